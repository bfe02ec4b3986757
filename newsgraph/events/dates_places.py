"""When and where: the dates and places a trigger owns in the parse.

A date or place belongs to the first trigger-like word above it in the dependency tree; one that hangs from
a verb that is no trigger (or from nothing) may serve the sentence's triggers.
"""

from __future__ import annotations

from newsgraph.dates import find_dates
from newsgraph.events import lexicon
from newsgraph.events.base import CoderBase
from newsgraph.events.words import OBJ, SET_IN, SUBJ, WHEN_WORDS
from newsgraph.geo.places import PlaceMention
from newsgraph.models import Place


class DatePlaceMixin(CoderBase):
    """Dates and places of triggers, and the country a sentence is set in."""

    def _dates_of(self, si: int) -> None:
        s = self.doc.sentences[si]
        text = self.doc.sentence_text(si)
        out = []
        for iso, precision, (a, b) in find_dates(text, self.ref):
            tok = self.doc.token_at(s.start_char + a)
            if tok is not None:
                out.append((tok, (iso, precision)))
        self.dates[si] = out

    def _owner(self, tok: int) -> int | None:
        """The first trigger-like token above `tok` in the parse: a verb, or a noun in the noun lexicon."""
        cur = self.doc.tokens[tok]
        for _ in range(12):
            if cur.head == cur.i:
                return cur.i
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB",) or (cur.pos == "NOUN" and self._noun_entry(cur)) or cur.i in self.triggers:
                return cur.i
        return None

    def _date_for(self, trig: int) -> tuple[str, str] | None:
        si = self.doc.tokens[trig].sent
        stated = self.dates.get(si, [])
        # "since December 2023", « depuis décembre 2023 » starts a state, not the act: another date goes first
        stated = sorted(stated, key=lambda td: any(lexicon.norm(self.doc.tokens[i].text) in ("depuis", "since")
                                                    for i in (td[0] - 1, td[0]) if i >= 0))
        own = [d for tok, d in stated if self._owner(tok) == trig]
        if own:
            return own[0]
        t = self.doc.tokens[trig]
        if t.head != t.i and t.dep in ("advcl", "xcomp", "conj", "acl") and \
                self._present_participle(t):
            # "Ten years ago, jihadists stormed the hotel, killing twenty": the toll shares the act's date
            head = [d for tok, d in stated if self._owner(tok) == t.head]
            if head:
                return head[0]
        free = [d for tok, d in stated if self._owner(tok) is None]
        if free:
            return free[0]
        if len(stated) == 1 and self.doc.tokens[trig].dep in ("ROOT", "root"):
            tok, d = stated[0]
            if self.doc.tokens[self._owner(tok) or tok].pos == "VERB":
                return d
        t = self.doc.tokens[trig]
        if t.head != t.i and any(lexicon.norm(k.text) in WHEN_WORDS for k in self._kids(t.i)
                                 if k.dep in ("advmod", "mark", "obl", "obl:mod")):
            # "Mali's first coup came in 1968, when Moussa Traoré seized power": the date the clause hangs on
            for tok, d in stated:
                if tok in (t.head, self.doc.tokens[t.head].head) or self._owner(tok) == t.head:
                    return d
        return None

    def _place_for(self, trig: int) -> Place | None:
        si = self.doc.tokens[trig].sent
        mine = self._sites(si)
        own = [p for p in mine if self._owner(p.start) == trig]
        if own:
            return own[0].place
        loose = [p for p in mine if self.doc.tokens[self._owner(p.start) or p.start].pos == "VERB"
                 and self._owner(p.start) not in self.triggers]
        return loose[0].place if loose else None

    def _sites(self, si: int) -> list[PlaceMention]:
        """The places a sentence names as places: a capital that is a verb's subject or object acts ("Paris a
        réclamé", "a conduit Berlin à suspendre"), a metonym rather than where anything happened."""
        return [p for p in self.places if p.sentence == si and not any(
            self.doc.tokens[i].dep in SUBJ | OBJ for i in range(p.start, p.end))]

    def _sentence_country(self, si: int) -> str | None:
        """The country of the places named in a sentence (else the one before), when they agree on one."""
        for k in (si, si - 1):
            countries = {p.place.country for p in self._sites(k) if p.place.country}
            if len(countries) == 1:
                return countries.pop()
            if countries:
                return None
        named = sorted((m for m in self.mentions if m.sentence == si and m.actor.country and m.type != "person"),
                       key=lambda m: (m.type not in ("country", "capital"), m.start))
        # a country named as such ("ordered out of Mali") before a nationality ("Two Turkish engineers")
        return named[0].actor.country if named else None

    def _article_country(self, si: int) -> str | None:
        """The one country of every place the article has set something in so far ("in Abidjan", « à Abidjan »; not
        "the Algiers accord"), for a state body it names without a country (« Le gouvernement a annoncé le
        déploiement de 44 000 policiers », two sentences after « à Abidjan »)."""
        earlier = {p.place.country for p in self.places if p.sentence <= si and p.start > 0 and p.place.country and
                   self.doc.tokens[p.start - 1].lower in SET_IN}
        if not earlier and not any(p.sentence <= si and p.place.country for p in self.places):
            # « Les enseignants maliens ont entamé une grève. Le ministre de l'Éducation a invité les syndicats »:
            # an article that names no place and one country only is set in that country
            earlier = {m.actor.country for m in self.mentions if m.sentence <= si and m.actor.country}
        return earlier.pop() if len(earlier) == 1 else None
