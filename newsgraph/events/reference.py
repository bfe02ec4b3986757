"""Pointing back: the actors a pronoun, a possessive or a definite noun refers to.

"its troops", "they said", "the commission", and the coordinated list a mention belongs to ("Mali,
Burkina Faso and Niger"), which plural pronouns and split subjects take as one.
"""

from __future__ import annotations

import re

from newsgraph.actors.gazetteer import country_actor
from newsgraph.actors.resolve import ActorMention
from newsgraph.events.base import CoderBase, lemma_of, standalone
from newsgraph.events.words import PASS_SUBJ, PERSONAL, PRONOUNS, RELATIVE, SUBJ
from newsgraph.models import Actor
from newsgraph.nlp.document import Token

# A state's own people and envoys: "its nationals", « ses ressortissants », « son ambassadeur ». Not its soldiers:
# « Le Mali a exigé de la France le retrait de ses soldats » asks for the soldiers of the state named nearer.
OWNED_PEOPLE = {"national", "nationals", "citizen", "citizens", "diplomat", "diplomats", "ambassador", "envoy",
                "ressortissant", "ressortissants", "ressortissante", "ressortissantes", "citoyen", "citoyens",
                "diplomate", "diplomates", "ambassadeur", "emissaire"}


class ReferenceMixin(CoderBase):
    """Resolves pronouns and definite nouns to earlier actors."""

    def _pronoun(self, t: Token) -> list[Actor]:
        """The actor a pronoun points back to.

        Possessives: "his"/"her" prefer the clause's subject when it is a person, "their" the clause's
        subjects, "its" (and French "son", "sa", "ses", "leur") the nearest earlier actor in the sentence.
        Subject pronouns in a subordinate clause take the subject of the clause above; otherwise the
        subject of the previous sentences.
        """
        # French "il"/"elle" stand for any masculine or feminine noun ("le gouvernement ... qu'il ne négocierait
        # pas"), not only for people as "he"/"she" do
        personal = t.lower.lstrip("-") in PERSONAL and (self.lang != "fr" or t.lower == "lui")
        plural = t.lower.lstrip("-") in ("their", "they", "them", "leur", "leurs", "ils", "elles", "eux")
        sent_mentions = [m for m in self.mentions if m.sentence == t.sent and m.end <= t.i and m.type not in
                         ("adjective", "sector_modifier")]
        if t.lower in ("lui", "him", "her", "them", "eux", "leur", "it") and t.dep in (
                "iobj", "obj", "dobj", "dative", "obl", "obl:arg", "pobj"):
            subj = self._clause_subject_actors(t, resolve_relative=True)
            earlier = [m for m in sorted(sent_mentions, key=lambda m: -m.start) if m.actor not in subj]
            for m in earlier:
                if not personal or m.type == "person":
                    return [m.actor]
            if earlier and t.lower not in ("it",):
                return [earlier[0].actor]
        if t.dep in ("poss", "nmod:poss", "det") or t.lower in ("them", "eux", "lui"):
            clause_subj = self._clause_subject_actors(t)
            if personal or plural:
                cands = [a for a in clause_subj if not personal or a.id.startswith(("Q", "name:"))]
                if cands:
                    return cands if plural else cands[:1]
            owner = self._owning_subject(t, sent_mentions) if not personal and not plural else None
            if owner is not None:
                return [owner]
            for m in sorted(sent_mentions, key=lambda m: -m.start):
                if (not personal or m.type == "person") and (t.lower != "its" or m.type != "person"):
                    if plural:
                        group = self._group_of(m, sent_mentions)
                        return group
                    return [m.actor]
        else:
            clause_subj = self._clause_subject_actors(t)
            if clause_subj:
                cands = [a for a in clause_subj if not personal or a.id.startswith(("Q", "name:"))]
                if cands:
                    return cands if plural else cands[:1]
        for subjects in reversed(self.subjects[-3:]):
            cands = [a for a in subjects if not personal or a.id.startswith(("Q", "name:"))]
            if cands:
                return cands if plural else cands[:1]
        if personal:  # "il a dénoncé" after "le ministre ...": a titled official without a name
            for subjects in reversed(self.subjects[-2:]):
                if subjects:
                    return subjects[:1]
        return []

    def _owning_subject(self, t: Token, sent_mentions: list[ActorMention]) -> Actor | None:
        """« Le Bénin a exigé du Niger la libération de cinq de ses ressortissants »: "its"/« son, sa, ses » on
        a state's people or envoys belongs to the state that is the sentence's subject, not to a state named nearer
        in a complement (« du Niger »)."""
        if t.lower not in ("its", "son", "sa", "ses") or t.head == t.i or \
                lemma_of(self.doc.tokens[t.head]) not in OWNED_PEOPLE:
            return None
        for k in self._kids(self._root_of(t).i, SUBJ):
            m = self.by_token.get(k.i)
            if m is not None and m.type in ("country", "capital", "composite") and m.actor.country and \
                    any(x is m for x in sent_mentions):
                return m.actor
        # "China will provide Niger with rice, its ambassador said": else the nearest state before that is a subject
        for m in sorted(sent_mentions, key=lambda m: -m.start):
            if m.type in ("country", "capital", "composite") and m.actor.country and \
                    any(self.doc.tokens[i].dep in SUBJ | PASS_SUBJ for i in m.tokens()):
                return m.actor
        return None

    def _clause_subject_actors(self, t: Token, resolve_relative: bool = False) -> list[Actor]:
        """Actors that are subjects of the verbs above `t` (its own clause first), excluding `t` itself."""
        cur = t
        for _ in range(6):
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                # (a passive subject too: « X a été reçu par Y, avant de s'envoler pour Ouagadougou, où il ... »)
                for subj in self._kids(cur.i, SUBJ | PASS_SUBJ):
                    if subj.lower in RELATIVE and resolve_relative and cur.head != cur.i:
                        subj = self.doc.tokens[cur.head]  # "Macron, qui lui a réaffirmé ...": qui is Macron
                    if subj.i == t.i or subj.lower in PRONOUNS.get(self.lang, set()) or subj.lower in RELATIVE:
                        continue
                    # (« Le général Abdourahamane Tiani »: the person the title's apposition names)
                    got: list[Actor] = [m.actor for a in self._kids(subj.i, {"appos"})
                                        if (m := self.by_token.get(a.i)) is not None and m.type == "person"]
                    named = [m for i in sorted(self._arg_tokens(subj.i)) if (m := self.by_token.get(i)) is not None
                             and m.type != "adjective"]
                    if any(m.type not in ("modifier", "sector_modifier") for m in named):
                        # "Russia's Wagner Group said that it ...": the group, not the country qualifying it
                        named = [m for m in named if m.type not in ("modifier", "sector_modifier")]
                    got.extend(m.actor for m in named if m.actor not in got)
                    m = self.by_token.get(subj.i)
                    if m is not None and m.type in ("country", "org", "composite", "person"):
                        # "Mali, Burkina Faso and Niger announced that they ...": the parser may hang the list
                        # on its first member as appositions; it is still one subject
                        pool = [x for x in self.mentions if x.sentence == m.sentence and
                                standalone(x)]
                        got.extend(a for a in self._group_of(m, pool, both=True) if a not in got)
                    if got:
                        return got
        return []

    def _group_of(self, m: ActorMention, pool: list[ActorMention], both: bool = False) -> list[Actor]:
        """The coordinated list a mention belongs to ("Mali, Burkina Faso and Niger", "le Mali, le Burkina
        Faso et le Niger"): neighbours joined only by commas, "and"/"et" and articles."""
        def joined(a: ActorMention, b: ActorMention) -> bool:
            between = self.doc.text[self.doc.tokens[a.end - 1].end:self.doc.tokens[b.start].idx]
            words = re.sub(r"\b(the|le|la|les|l['’]|du|de la|des)\b", " ", between.lower()).replace("l’", " ")
            return words.strip() in (",", "and", ", and", "et", ", et", "as well as", "ainsi que", "")
        group = [m]
        for other in sorted(pool, key=lambda x: -x.start):
            if other.end <= group[-1].start and joined(other, group[-1]):
                group.append(other)
        group.reverse()
        if both:
            for other in sorted(pool, key=lambda x: x.start):
                if other.start >= group[-1].end and joined(group[-1], other):
                    group.append(other)
        if len(group) > 1:  # a list needs its "and" ("En visite en Tanzanie, le président ..." is none)
            span = self.doc.text[self.doc.tokens[group[0].start].idx:self.doc.tokens[group[-1].end - 1].end].lower()
            if not re.search(r"\b(and|et|as well as|ainsi que)\b", span):
                group = [m]
        return [g.actor for g in group if g.actor is not None] if len(group) > 1 or not both else [m.actor]

    def _antecedent_body(self, t: Token, other_than: str | None = None) -> Actor | None:
        """The organisation (or, for "the country", the state other than `other_than`) a definite common noun
        points back to."""
        want_country = lemma_of(t) in ("country", "pays", "nation", "state", "etat")
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.end > t.i or t.sent - m.sentence > 3:
                continue
            if want_country and m.type in ("country", "composite", "capital") and m.actor.country and \
                    m.actor.country != other_than:
                return country_actor(m.actor.country)
            if not want_country and m.type in ("org", "unknown") and m.actor.kind not in ("MED",):
                return m.actor
        return None
