"""Who is speaking: the speaker phrase of a quote resolved to an actor, with a memory of who spoke before.

A speaker phrase is resolved, in order, as a pronoun ("he said", « a-t-il ajouté », "it added": the last
suitable speaker), a named person (with the country of their state title), a document ("the
statement", « conclut le texte »: its author), an organisation named in the phrase ("a JNIM
spokesman", « le porte-parole de la CEDEAO »), a spokesperson "for X" / "X's spokesman", a country
body ("Mali's government"), an outlet ("national television", "the presenter"), a common noun
pointing back at an organisation ("the commission"), a title pointing back at a named speaker ("the
minister"), and a role noun (a resident, an imam, the prosecutor) whose sector is known. Speakers
that are nobody in particular (analysts, sources, a poll) give None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from newsgraph.actors.gazetteer import country_actor, name_id, sector_actor
from newsgraph.actors.resolve import ActorMention, guess_kind
from newsgraph.events.coder import Coder
from newsgraph.framing.quote_lexicon import QuoteLexicon, first_name_genders, norm, quote_lexicon
from newsgraph.framing.quote_marks import find_quote_spans
from newsgraph.models import Actor
from newsgraph.nlp.document import Document, Token

STATE_KINDS = {"GOV", "MIL", "COP", "JUD"}
PERSONAL = {"he", "she", "him", "her", "il", "elle", "lui"}
BODY = {"it", "its"}
PLURAL = {"they", "them", "ils", "elles", "eux", "leur"}
POSSESSIVE = {"its", "his", "her", "their", "son", "sa", "ses", "leur", "leurs"}
ONE_OF = {"one", "un", "une", "l'un", "l'une"}
SOME_OF = {"plusieurs", "certains", "certaines", "several", "some", "many", "beaucoup", "nombre"}   # ... of them
OWNER_DEPS = {"poss", "nmod:poss", "nmod", "prep", "pobj", "compound"}
OWNER_PREPS = {"of", "for", "from", "de", "du", "des", "d'", "pour", "at"}
LATTER = {"dernier", "derniere", "celui-ci", "celle-ci", "latter"}
POINTING = {"ce", "cette", "the"}
SAME = {"meme", "same"}
DEMONSTRATIVE = {"ce", "cet", "cette", "this", "that"}
FIRST_SECOND = {"premier", "premiere", "second", "seconde", "former"}   # « a assuré le premier », "the former said"
CONCERNED = {"interesse", "interessee"}   # « l'intéressé »: the person the story is about, like « il »
ORATOR = {"orateur": "il", "oratrice": "elle"}   # « l'orateur »: whoever is speaking, like the pronoun
NAME_LINKS = {"de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "of", "the", "for", "and"}
TOPIC = {"on", "about", "over", "regarding", "concerning", "sur", "concernant"}
ARTICLES = ("L'", "L’", "Le", "La", "Les", "The")
ARTICLE_WORDS = {"un", "une", "le", "la", "l'", "l’", "a", "an", "the"}
THEIR = {"leur", "leurs", "their"}
HOST = {"host", "hote", "hotesse"}   # who receives a visit: the subject of the verb of receiving
HOSTS = HOST | {"counterpart", "homologue"}   # the other party of a visit or a talk
RECEIVING = {"receive", "host", "welcome", "recevoir", "accueillir"}   # verbs whose subject is the host
VISITORS = {"visitor", "guest", "visiteur", "visiteuse", "invite", "invitee"}   # who came: not the article's state
PARTY = {"parti", "party"}   # a body whose sector its noun shows, when nobody names it
LEADERS = {"chef", "leader", "dirigeant", "commandant", "emir", "chief", "head", "commander"}   # who speaks for a group
STRESSED_AFTER = {"selon", "pour", "apres", "avec", "chez", "d'apres", "d’apres"}
FEMININE = {"she", "her", "elle", "elles"}
MASCULINE = {"he", "him", "his", "il", "ils"}
_PRONOUN_GENDER = {**{w: "F" for w in FEMININE}, **{w: "M" for w in MASCULINE}}
FEMININE_TITLES = {"spokeswoman", "chairwoman", "congresswoman", "mrs", "ms", "madame", "mme", "ambassadrice",
                   "directrice", "presidente", "procureure", "deputee", "ministre-deleguee"}
MASCULINE_TITLES = {"spokesman", "chairman", "congressman", "mr", "monsieur"}
DEPUTY = re.compile(r"^(vice|sous|deputy|pro)[- ]")
# endings of French nouns with one form for both genders (« l'économiste », « la / le juge »): only a determiner or a
# name shows which
EPICENE_ENDINGS = ("iste", "logue", "aire", "tre", "ble", "ge", "graphe", "ete", "bre", "ole", "ique", "phe")
FORMER = {"ancien", "ancienne", "former", "ex"}   # « l'ancien ministre X »: who held the office once speaks for himself
PLACE_OF = {"de", "d'", "d’", "du", "of", "from", "in", "a"}   # « une habitante de Djibo », "a trader from Téra"
MEMORY = 4   # sentences a pronoun or a document may reach back
SIDE = {"cote", "side"}                   # « Côté béninois, », "On the Beninese side,"
# the words of a fronted side before the impersonal « on » (« Du côté de l'opposition, on », « Dans l'entourage du
# ministre, on », « Au sein du parti, on »): the side's own noun follows them
ON_SIDE = {"du", "de", "d'", "d’", "des", "la", "le", "l'", "l’", "les", "cote", "dans", "entourage", "au", "sein",
           "chez", "a", "aux"}
MARKS_OPEN = {"«", "“", '"'}
AT = {"a", "au", "aux", "chez", "at"}
INSIDE = {"at", "within", "inside", "au", "aupres", "sein", "dans"}   # "a source at the ministry"    # « À la BCEAO, »
CLOSE = {"proche", "proches", "close"}   # « une source proche de la présidence »: its circle
READING = {"read", "lire", "lu", "lue"}
AIRED = {"lu", "lue", "lus", "diffuse", "diffusee", "retransmis", "retransmise", "read", "broadcast", "aired",
         "televised"}   # « un communiqué lu à l'ORTM », "a statement read on ORTB"


@dataclass(frozen=True)
class Said:
    """A speaker the text has used: the actor, where, and how it was referred to."""

    actor: Actor
    char: int                 # where the speaker phrase is
    person: bool              # spoken of as a person ("he", "the minister"), not a body ("it", "the ministry")
    role: str | None = None   # the title that named it ("minister", "avocat"), to link later "the minister"
    named: bool = False       # a name was given (a person or organisation), not just a title
    gender: str | None = None  # "F" or "M" when the text shows it (« la ministre », "she said"), else None


class Speakers:
    def __init__(self, doc: Document, coder: Coder) -> None:
        self.doc, self.coder = doc, coder
        self.lex: QuoteLexicon = quote_lexicon(doc.language)
        self.mentions: list[ActorMention] = doc.annotations.get("mentions", [])
        self.by_token: dict[int, ActorMention] = {}
        for m in self.mentions:
            for i in m.tokens():
                self.by_token.setdefault(i, m)
        self.quoted = [(q.start, q.end) for q in find_quote_spans(doc.text)]  # (once: every lookup back reads it)
        self.home = home_country(doc, self.mentions, self.quoted)
        self.history: list[Said] = []
        self.subjects: list[list[Actor]] = doc.annotations.get("subjects", [])
        self.owning: set[int] = set()  # documents whose author is being looked for (a note seen by reporters ...)

    # -- memory -----------------------------------------------------------------------------------
    def remember(self, said: Said | None) -> None:
        if said is not None:
            self.history.append(said)

    def last(self, char: int, person: bool | None = None, gender: str | None = None) -> Said | None:
        """The latest speaker before `char`, within a few sentences, preferring the wanted kind and never one
        of the other gender ("she" after a woman and a man spoke is the woman)."""
        near = [s for s in self.history if s.char < char and self._sentences_between(s.char, char) <= MEMORY
                and not _other_gender(s.gender, gender)]
        if person is not None:
            fit = [s for s in near if s.person == person]
            if fit:
                return fit[-1]
        return near[-1] if near else None

    def known_gender(self, said: Said) -> str | None:
        """A speaker's gender as shown where it is met, else as a pronoun already taken for it showed it ("Rasmata
        Zongo ... She had told ... He promised": he is not Zongo)."""
        return said.gender or next((s.gender for s in reversed(self.history) if s.gender and s.person and
                                    s.actor.id == said.actor.id), None)

    def gender_of(self, head: Token, depth: int = 0) -> str | None:
        """The gender the text gives a speaker phrase: a gendered pronoun, the determiner or adjective of a
        noun that has one form for both (« la ministre », « cette porte-parole »), a feminine title ("spokeswoman",
        « l'ambassadrice »), or the title a name is set beside (« La ministre ..., Awa Ouédraogo »)."""
        word = _clitic(head.lower)
        if word in FEMININE or norm(head.text) in FEMININE_TITLES:
            return "F"
        if word in MASCULINE or norm(head.text) in MASCULINE_TITLES:
            return "M"
        if word == "lui" and head.i > 0 and (self.doc.tokens[head.i - 1].pos == "ADP" or
                                             norm(self.doc.tokens[head.i - 1].text) in STRESSED_AFTER):
            return "M"   # « selon lui », « pour lui »: the stressed pronoun after a preposition is a man (« selon elle »)
        if head.pos == "PROPN" or head.pos == "NOUN" and not head.text.islower():   # a name: the tagger guesses
            title = self.doc.tokens[head.head] if head.dep in ("appos", "flat:name") and head.head != head.i else None
            title = title or next(iter(self.coder._kids(head.i, {"appos"})), None)
            # (a name and its title may each hang on the other: look one step only)
            titled = self.gender_of(title, depth + 1) if title is not None and title.pos == "NOUN" and depth == 0 \
                else None
            return titled or self._first_name_gender(head)
        if head.pos != "NOUN" or self.doc.language != "fr":
            return None
        for k in self.coder._kids(head.i, {"det", "amod"}):
            if k.i < head.i and "Gender=Fem" in k.morph:
                return "F"
            if k.i < head.i and k.dep == "det" and "Gender=Masc" in k.morph:
                return "M"
        if norm(head.text) in HOSTS - {"hotesse"}:
            return None   # « son homologue »: one form for both, whatever the tagger says
        if re.search(r"(trice|esse)$", norm(head.text)) or "Gender=Fem" in head.morph and \
                not norm(head.text).endswith(EPICENE_ENDINGS):   # (« l'économiste »: the tagger guesses)
            return "F"
        if "Gender=Masc" in head.morph and not head.text.endswith("e"):
            return "M"   # (« ministre », « diplomate »: one form for both, whatever the tagger says)
        return None

    def _first_name_gender(self, head: Token) -> str | None:
        """"Rasmata Zongo", « Ramatou Garba »: the gender the given name of a named person shows, when the
        name opens its mention (or the run of capitalised words the name head closes)."""
        m = self.by_token.get(head.i)
        if m is not None and m.type == "person":
            first = self.doc.tokens[m.start]
        else:
            i = head.i
            while i > 0 and self.doc.tokens[i - 1].pos == "PROPN" and self.doc.tokens[i - 1].sent == head.sent:
                i -= 1
            first = self.doc.tokens[i]
        return first_name_genders().get(norm(first.text))

    def _gendered_since(self, head: Token, gender: str, after: int) -> Said | None:
        """"Its author was Niger's prime minister, who spoke after Burkina Faso's foreign minister, Rasmata Zongo.
        She had told ...": a person whose name or title shows the pronoun's gender, named after the last speaker
        (whose gender the text never showed), is whom the pronoun stands for."""
        start = self.doc.token_at(after)
        for i in range(head.i - 1, (start if start is not None else head.i) - 1, -1):
            t = self.doc.tokens[i]
            m = self.by_token.get(i)
            if m is None or m.type != "person" or self.coder._mention_head(m) != i or \
                    any(a <= t.idx < b for a, b in self.quoted):
                continue
            if self.gender_of(t) != gender:
                continue
            said = self.phrase(t)
            if said is not None and said.person:
                return replace(said, char=head.idx, gender=gender)
        return None

    def _sentences_between(self, a: int, b: int) -> int:
        return len(re.findall(r"[.!?](?:\s|$)", self.doc.text[a:b]))

    # -- a speaker phrase -------------------------------------------------------------------------
    def phrase(self, head: Token) -> Said | None:
        """The speaker a phrase headed by `head` names, or None for nobody in particular."""
        said = self._phrase(head)
        if said is None:
            return None
        gender = self.gender_of(head) if said.person and not self._quantity_noun(head) else None
        return replace(said, actor=self.state_body(said.actor), gender=gender or said.gender)

    def state_body(self, actor: Actor) -> Actor:
        """« Au Mali, le Conseil national de la transition ... Le Conseil estime »: a state body the dictionaries
        lack, known only by its sector, belongs to the article's state."""
        if actor.country or actor.kind not in STATE_KINDS or actor.code not in (None, actor.kind) or not self.home:
            return actor
        return replace(actor, country=self.home, code=self.home + (actor.kind or ""))

    def _phrase(self, head: Token) -> Said | None:
        word = _clitic(head.lower)
        if head.pos in ("PRON", "DET") or word in PERSONAL | BODY | PLURAL:
            if word in PERSONAL | BODY | PLURAL:
                return self._pronoun(head, word)
            if word == "on":
                return self._on_at(head)
        back = self._same_as_before(head, word) or self._their_leader(head) or self._host(head) or \
            self._visitor(head) or self._surname_met(head)
        if back is not None:
            return back
        outlet = self._outlet_name(head) or self._outlet_apposed(head) or self._outlet_beside(head)
        if outlet is not None:
            return outlet
        np = self._np(head)
        found = [m for m in self.mentions if any(i in np for i in m.tokens()) and m.type not in ("adjective",)]
        role, kind = self._role(head, np)
        lemma = norm(head.lemma)
        # « par le capitaine X, l'émissaire du président togolais »: a role noun the resolver linked to the name
        # it stands beside is no name given in this phrase
        found = [m for m in found if m.type not in ("person", "unknown") or not self._place_of(m, head, kind)]
        people = [m for m in found if m.type == "person" and any(self.doc.tokens[i].text[:1].isupper()
                                                                 for i in m.tokens())]
        former = self._former_role(people[0].start) if people else None
        if former is not None:   # « l'ancien ministre malien X »: no longer the state's voice; « L'ancien ministre »
            actor = people[0].actor   # later points back here
            if actor.kind in STATE_KINDS:
                actor = replace(actor, code=None, country=None, kind=None)
            return Said(actor, head.idx, person=True, role=former, named=True)
        if people:
            mine = self._possessive_owner(head, np, people[0])
            if mine is not None:   # « Sa porte-parole ..., Mariam Sawadogo » after the WFP speaks for the WFP
                return mine
            if role is None:
                role, kind = self._title_before(people[0])
            if role is None and people[0].start > 0 and self.doc.tokens[people[0].start - 1].text == ",":
                titled = self._titled_person(people[0].actor, self.doc.tokens[people[0].end - 1])
                if titled is not None:   # « Le ministre malien de la Justice, X, leur reproche »: the title apposed
                    return replace(titled, char=head.idx)
            said = self._person(people[0].actor, np, role, kind, head)
            # "said Moussa Konaté, the lawyer of ...": the role set after the name is what "the lawyer" will point
            # back with, though it decides nothing about whom the person speaks for, but for a state office of
            # no body ("said Rabi Ahmed, the councillor in charge of social affairs": the article's state)
            return said if said.role else self._apposed_office(people[0], head) or \
                replace(said, role=self._role_apposed(people[0]))
        name = self._apposed_name(head) or self._unlisted_person(head, found) or self._name_after_role(head, np)
        if name is not None:   # "un responsable de coopérative, Ali Ouattara": a person the dictionaries lack
            return self._person(Actor(id=name_id(name), name=name, code=None), np, role, kind, head)
        body = self._apposed_body(head, found)
        if body is not None:   # « Une page Facebook très suivie au Burkina, Faso Vérité, affirme »
            return body
        apposed = [m for m in found if m.type in ("org", "unknown") and m.start > head.i + 1 and
                   self.doc.tokens[m.start - 1].text == ","]
        if apposed:   # « Une chaîne Telegram proche de Moscou, Debout Afrique, affirme »: the name set beside it
            return Said(apposed[0].actor, head.idx, person=False, named=True)
        if word in ONE_OF and head.pos in ("PRON", "NUM", "DET") or word in SOME_OF and self._of_them(head):
            return self._one_of(head)
        printed = self._outlet_in_np(head) if lemma in self.lex.statement or lemma in self.lex.media_staff else None
        if printed is not None:   # "an editorial in the paper X", « l'éditorialiste du bihebdomadaire X »
            return replace(printed, person=lemma in self.lex.media_staff)
        if lemma in self.lex.statement or norm(head.text) in self.lex.statement:
            return self._owner(head, np)
        if lemma in self.lex.signers or norm(head.text) in self.lex.signers:
            return self._signed(head, np)
        if lemma in self.lex.nobody and self._author_by(head) is not None:   # "a survey by the Institute"
            return self._author_by(head)
        if lemma in self.lex.nobody and self._inside_state_body(head) is not None:
            return self._inside_state_body(head)
        if lemma in self.lex.nobody and self._circle(head) is not None:
            return self._circle(head)
        # « des notables du centre »: for a civilian, "of the <common noun>" is a place, not a body to point back to
        owner = None if kind in ("CVL", "REF", "OPP") and self._owned_by_person(head) else \
            self._owner_named(head, follow_back=kind not in ("CVL", "REF"))
        if owner is None and role is not None and not self._definite(head):
            owner = self._workplace(head)   # « À la BCEAO, un cadre ... rappelle »
        if owner is not None and not owner.named and kind is not None and kind not in STATE_KINDS and \
                owner.actor.country and lemma not in self.lex.bodies and kind not in ("CVL", "REF"):
            return Said(country_actor(owner.actor.country, kind), head.idx, person=True, role=role)  # "a Nigerien
            # truck owner" is a Nigerien business, not Niger's state
        if owner is not None and owner.actor.code is None and owner.actor.country is None and \
                self._place_after(head, kind):
            owner = None   # « un commerçant de Kalaban Coura »: a place read as a person or a body owns no one
        if owner is not None and kind in ("CVL", "REF") and not owner.named:
            owner = None   # « un proche de l'ancien ministre » speaks for nobody's state
        if owner is not None and (role is not None or lemma in self.lex.media_staff or owner.named and head.pos == "NOUN"):
            return replace(owner, char=head.idx, person=True, role=role)  # "a JNIM spokesman", "its leader"
        sector = self._sector_owner(head, np, kind)
        if sector is not None:
            return sector
        if kind is not None and kind not in STATE_KINDS and norm(head.lemma) not in self.lex.bodies:
            return self._titled(head, np, role, kind)   # "un imam de Ouagadougou" is no government
        bodies = [m for m in found if m.type in ("org", "unknown") and not self._not_a_body(m, lemma, kind)]
        bodies.sort(key=lambda m: head.i not in m.tokens())   # "Al-Qaeda-linked JNIM": the body the phrase is headed by
        if not bodies and self._proper_body(head) is not None:
            return Said(self._proper_body(head) or sector_actor("GOV"), head.idx, person=False, named=True)
        if bodies:
            spoke = self._pointed_back_speaker(head, bodies[0], lemma)
            if spoke is not None:
                return spoke
            return Said(bodies[0].actor, head.idx, person=role is not None and lemma not in self.lex.bodies,
                        role=role, named=True)
        states = [m for m in found if m.type in ("composite", "capital")]
        if states:
            return Said(states[0].actor, head.idx, person=lemma not in self.lex.bodies, role=role)
        if lemma in self.lex.media or lemma in self.lex.media_staff:
            return self._outlet(head, np, lemma)
        if lemma in self.lex.bodies and self._definite(head):
            back = self._antecedent_body(head, lemma)
            if back is not None:
                return back
        countries = [m for m in found if m.type == "country" and m.actor.country]
        if countries:
            return Said(country_actor(countries[0].actor.country or ""), head.idx, person=False)
        if lemma in self.lex.nobody and kind is None:
            return None
        if kind is None:
            sectors = [m for m in found if m.type == "sector" and m.actor.kind]
            kind = sectors[0].actor.kind if sectors else None
            members = [m for m in sectors[1:] if m.actor.kind not in STATE_KINDS | {"NGO"} and m.start > head.i]
            if kind == "NGO" and members and head.i in sectors[0].tokens():
                kind = members[0].actor.kind   # « Des associations de journalistes »: journalists' groups (MED)
            if kind is not None and role is None and kind not in STATE_KINDS and self._definite(head):
                named = self._named_body_of_kind(head, kind)
                if named is not None:   # « L'Union des syndicats ... (USTG) ... la centrale syndicale exige »
                    return named
        if kind is None:
            return None
        return self._titled(head, np, role, kind)

    def _possessive_owner(self, head: Token, np: set[int], person: ActorMention) -> Said | None:
        """« Sa porte-parole au Burkina Faso, Mariam Sawadogo, a indiqué » after « Le Programme alimentaire mondial
        », "its spokeswoman, Mariam Sawadogo," after a body: a person named beside a role noun that a possessive
        ties to a body speaks for that body (its code, country and sector), not for the article's state because
        the role is a government's word."""
        toks = self.doc.tokens
        for i in sorted(np):
            t = toks[i]
            if i >= person.start or t.pos != "NOUN" or \
                    (norm(t.lemma) not in self.lex.roles and norm(t.text) not in self.lex.roles) or \
                    not any(norm(k.text) in POSSESSIVE - {"his", "her"} for k in self.coder._kids(i, {"det", "poss", "nmod:poss"})):
                continue
            owner = self._owner_named(t)
            if owner is None or owner.person or owner.actor.code is None or \
                    owner.actor.id == person.actor.id or self._sentences_between(owner.char, t.idx) > 1:
                return None
            role = norm(t.lemma) if norm(t.lemma) in self.lex.roles else norm(t.text)
            a = owner.actor
            actor = replace(person.actor, code=a.code, country=a.country, kind=a.kind)
            return Said(actor, head.idx, person=True, role=role, named=True)
        return None

    def _named_body_of_kind(self, head: Token, kind: str) -> Said | None:
        """« la centrale syndicale », « l'ONG », "the rights group": a definite noun of a sector with no name of its
        own points back at the body of that sector named last before it (not at the sector of the article's
        state)."""
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= head.i or self._sentences_between(self.doc.tokens[m.start].idx, head.idx) > MEMORY:
                continue
            if m.type in ("org", "unknown") and m.actor.kind == kind and \
                    not any(a <= self.doc.tokens[m.start].idx < b for a, b in self.quoted):
                speaker = self._speaker_around(m, kind)
                return replace(speaker, char=head.idx) if speaker is not None else \
                    Said(m.actor, head.idx, person=False, named=True)
        return None

    def _pointed_back_speaker(self, head: Token, m: ActorMention, lemma: str) -> Said | None:
        """"the company", « le groupe » that the actor resolver pointed back at a body named earlier: when that body
        was named inside what another body of its sector said, the noun stands for the one that spoke."""
        if lemma not in self.lex.bodies or not head.text.islower() or not self._definite(head) or \
                m.actor.kind is None:
            return None
        earlier = [e for e in self.mentions if e.actor.id == m.actor.id and e.end <= head.i and e.start < m.start]
        if not earlier:
            return None
        speaker = self._speaker_around(earlier[0], m.actor.kind)
        return replace(speaker, char=head.idx) if speaker is not None else None

    def _speaker_around(self, m: ActorMention, kind: str) -> Said | None:
        """"Orano, the French nuclear group, said it had lost control of its subsidiary Somaïr. According to the
        company, ...": a body named after the verb of a body of the same sector that spoke in its sentence is
        part of what that body said; "the company" is the one that spoke."""
        start = self.doc.tokens[m.start]
        for said in reversed(self.history):
            if said.char >= start.idx:
                continue
            at = self.doc.token_at(said.char)
            if at is None or self.doc.tokens[at].sent != start.sent:
                break
            if said.named and not said.person and said.actor.kind == kind and said.actor.id != m.actor.id:
                return said
        return None

    def _same_as_before(self, head: Token, word: str) -> Said | None:
        """« ce dernier », « celui-ci », "the latter" point back like « il »; « la même source », "the same
        source" is the speaker just heard."""
        dets = {norm(k.text) for k in self.coder._kids(head.i, {"det", "amod"})}
        nxt = self.doc.tokens[head.i + 1].lower if head.i + 1 < len(self.doc.tokens) else ""
        if norm(word) in LATTER and (dets & POINTING or word in ("latter", "celui-ci", "celle-ci")) or \
                word in ("celui", "celle") and nxt == "-ci":
            return self._latest_named(head) or self._pronoun(head, "il")
        if norm(word) in FIRST_SECOND and self._definite(head) and not self._titled_next(head):
            got = self._one_of_two(head, norm(word))
            if got is not None:
                return got
        if norm(head.lemma) in self.lex.nobody and (dets & SAME or dets & DEMONSTRATIVE and head.pos == "NOUN"):
            # « ce que cette source qualifie de « ... » », "this source said": the source just heard; one named
            # before with the same noun (« une source sécuritaire ... cette source ») is that one, even nobody
            first = self.doc.sentences[max(0, head.sent - MEMORY)].start
            same = next((t for t in reversed(self.doc.tokens[first:head.i]) if norm(t.lemma) == norm(head.lemma)
                         and t.pos == "NOUN" and not any(a <= t.idx < b for a, b in self.quoted)), None)
            if same is not None:
                said = self.phrase(same)
                return replace(said, char=head.idx) if said is not None else None
            said = self.last(head.idx)
            return replace(said, char=head.idx) if said is not None else None
        if norm(word) in CONCERNED and (self._definite(head) or head.i > 0 and
                                        norm(self.doc.tokens[head.i - 1].text) in ("l'", "l’")):
            # (« l'intéressé dénonce » with « intéressé » tagged a participle: the article may hang elsewhere)
            return self._pronoun(head, "elle" if norm(word).endswith("ee") else "il")
        if norm(word) in ORATOR and self._definite(head):   # (never « un orateur », a new speaker)
            said = self._pronoun(head, ORATOR[norm(word)])
            return said if said is not None and said.person else None
        if dets & DEMONSTRATIVE and self._role_noun(head):
            return self._same_person(head)
        return None

    def _titled_next(self, head: Token) -> bool:
        """« le premier ministre », « le second tour »: « premier » and « second » that qualify a noun."""
        nxt = self.doc.tokens[head.i + 1] if head.i + 1 < len(self.doc.tokens) else None
        return nxt is not None and nxt.sent == head.sent and nxt.pos in ("NOUN", "PROPN", "ADJ")

    def _one_of_two(self, head: Token, word: str) -> Said | None:
        """« Le ministre de la Sécurité et le commandant de la gendarmerie ont visité Solenzo. « ... », a assuré le
        premier. Le second ... »: the first or the second of two persons named in the sentence before."""
        toks = self.doc.tokens
        for si in range(head.sent - 1, max(-1, head.sent - 4), -1):
            s = self.doc.sentences[si]
            heads: list[Token] = []
            for t in toks[s.start:s.end]:
                if t.pos not in ("NOUN", "PROPN") or any(a <= t.idx < b for a, b in self.quoted):
                    continue
                m = self.by_token.get(t.i)
                if m is not None and m.type == "person" and self.coder._mention_head(m) == t.i or \
                        norm(t.lemma) in self.lex.roles and self.lex.roles[norm(t.lemma)] not in ("CVL",) or \
                        norm(t.text) in self.lex.roles and self.lex.roles[norm(t.text)] not in ("CVL",):
                    if not heads or t.i not in self.doc.subtree(heads[-1].i, stop=frozenset({"conj", "cc"})):
                        heads.append(t)
            if len(heads) >= 2:
                said = self.phrase(heads[0] if word in ("premier", "premiere", "former") else heads[1])
                return replace(said, char=head.idx) if said is not None else None
        return None

    def _latest_named(self, head: Token) -> Said | None:
        """« Il s'exprimait ... au terme d'une rencontre avec son homologue sénégalais. Ce dernier s'est dit ... »:
        « ce dernier », "the latter" is the person named last before it, in its sentence or the one before, though
        that person never spoke and was no subject; the last speaker only when no one else was named since."""
        toks = self.doc.tokens
        first = self.doc.sentences[max(0, head.sent - 1)].start
        word = norm(head.text)
        gender = "F" if word in ("derniere", "celle-ci", "celle") else "M" if word in ("dernier", "celui-ci", "celui") \
            else self.gender_of(head)
        for t in reversed(toks[first:head.i]):
            if t.pos not in ("NOUN", "PROPN") or any(a <= t.idx < b for a, b in self.quoted) or \
                    "Number=Plur" in t.morph:
                continue
            m = self.by_token.get(t.i)
            if not (m is not None and m.type == "person" and self.coder._mention_head(m) == t.i or
                    norm(t.lemma) in self.lex.roles or norm(t.text) in self.lex.roles or norm(t.lemma) in HOSTS):
                continue
            said = self.phrase(t)
            if said is None or not said.person or _other_gender(self.known_gender(said), gender):
                continue
            return replace(said, char=head.idx)
        return None

    def _host(self, head: Token) -> Said | None:
        """"His host, Mali's foreign minister,", "his host was more guarded", « son homologue »: the other party of
        the one the possessive points to. The office set beside it says who; else the state named in the text
        other than the visitor's ("met his Algerian counterpart in Algiers")."""
        if norm(head.lemma) not in HOSTS and norm(head.text) not in HOSTS:
            return None
        if not {norm(k.text) for k in self.coder._kids(head.i, {"det", "poss", "nmod:poss"})} & POSSESSIVE:
            return self._receiver(head) if self._definite(head) else None
        for k in self.coder._kids(head.i, {"appos"}):
            said = self.phrase(k)
            if said is not None:
                return replace(said, char=head.idx, role=said.role or "host")
        visitor = self.last(head.idx, person=True)
        if visitor is None or not visitor.actor.country:
            return None
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if first <= m.start < head.i and m.actor.country and m.actor.country != visitor.actor.country and \
                    m.type in ("country", "capital", "composite", "adjective") and \
                    not any(a <= self.doc.tokens[m.start].idx < b for a, b in self.quoted):
                return Said(country_actor(m.actor.country, "GOV"), head.idx, person=True, role="host")
        return None

    def _receiver(self, head: Token) -> Said | None:
        """"Senegal's foreign minister received his Malian counterpart ... the host said", « l'hôte »: the definite
        host is the subject of the verb of receiving met last before it."""
        if norm(head.lemma) not in HOST and norm(head.text) not in HOST:
            return None
        toks = self.doc.tokens
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for t in reversed(toks[first:head.i]):
            if norm(t.lemma) not in RECEIVING or t.pos != "VERB" or self._quoted_token(t):
                continue
            subj = next((k for k in self.coder._kids(t.i, {"nsubj"}) if k.pos in ("NOUN", "PROPN")), None)
            said = self.phrase(subj) if subj is not None else None
            if said is not None:
                return replace(said, char=head.idx, person=True, role=said.role or "host")
            return None
        return None

    def _visitor(self, head: Token) -> Said | None:
        """"Russia's deputy defence minister arrived in Bamako ... The visitor told ...", « le visiteur »: the definite
        visitor is the official of the state other than the article's named last before it (a person of that state
        heard or named, else its government)."""
        if norm(head.lemma) not in VISITORS and norm(head.text) not in VISITORS or not self._definite(head):
            return None
        # the host is the state of the capital where the visit takes place, else the article's state
        host = next((m.actor.country for m in sorted(self.mentions, key=lambda m: m.start) if m.type == "capital"
                     and m.start < head.i and not any(a <= self.doc.tokens[m.start].idx < b for a, b in self.quoted)),
                    None) or self.home
        if host is None:
            return None
        said = next((s for s in reversed(self.history) if s.char < head.idx and s.person and s.actor.country and
                     s.actor.country != host and self._sentences_between(s.char, head.idx) <= MEMORY), None)
        if said is not None:
            return replace(said, char=head.idx, role=said.role or "visitor")
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if first <= m.start < head.i and m.actor.country and m.actor.country != host and \
                    m.type in ("country", "adjective", "composite", "person") and \
                    not any(a <= self.doc.tokens[m.start].idx < b for a, b in self.quoted):
                return Said(country_actor(m.actor.country, "GOV"), head.idx, person=True, role="visitor")
        return None

    def _their_leader(self, head: Token) -> Said | None:
        """« Leur chef nous a dit » after « des hommes armés », "their commander" after "gunmen": the leader of a
        group named before in the plural speaks for that group."""
        if norm(head.lemma) not in LEADERS and norm(head.text) not in LEADERS or \
                not {norm(k.text) for k in self.coder._kids(head.i, {"det", "poss", "nmod:poss"})} & THEIR:
            return None
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= head.i or self._sentences_between(self.doc.tokens[m.start].idx, head.idx) > MEMORY:
                continue
            if m.type in ("sector", "org", "unknown") and m.actor.kind and \
                    any("Number=Plur" in self.doc.tokens[i].morph for i in m.tokens()):
                return Said(self.localise(m.actor), head.idx, person=True, role=norm(head.lemma))
        return None

    def _sector_owner(self, head: Token, np: set[int], kind: str | None) -> Said | None:
        """« le représentant de l'une des ONG », "a spokesman for one of the unions", « le président d'un syndicat »:
        an office ("representative", "spokesman", « responsable ») held in an unnamed body of a non-state sector
        speaks for that sector, not for the state its title would give."""
        if kind not in STATE_KINDS or norm(head.lemma) in self.lex.bodies:
            return None
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.type != "sector" or m.start <= head.i or m.start not in np or m.actor.kind in STATE_KINDS | {None, "MED"}:
                continue
            if any(self.doc.tokens[i].pos in ("VERB", "AUX") for i in range(head.i + 1, m.start)):
                return None   # the body is named in a clause of its own, not as the office's owner
            named = self.by_token.get(head.i)
            if named is not None and named.type == "person" and named.actor.name and not named.actor.country:
                # « Ramatou Garba, présidente d'une association de femmes rurales »: the title of a named person
                # in an unnamed non-state body is that person, whose name is what a reader can check
                return Said(replace(named.actor, kind=m.actor.kind), head.idx, person=True, role=norm(head.lemma),
                            named=True)
            country = self._country_in(np)
            actor = country_actor(country, m.actor.kind) if country else m.actor
            return Said(actor, head.idx, person=True, role=norm(head.lemma))
        named = self.by_token.get(head.i)
        if named is not None and named.type == "person" and named.actor.name and not named.actor.country and \
                self._in_unnamed_body(head, np):   # « Aminata Coulibaly, présidente d'une coopérative de ... »
            return Said(replace(named.actor, kind=None), head.idx, person=True, role=norm(head.lemma), named=True)
        for i in sorted(np):   # « Un responsable d'un ancien parti »: a party nobody names is a party all the same
            t = self.doc.tokens[i]
            if i > head.i and norm(t.lemma) in PARTY and i not in self.by_token and \
                    {norm(k.text) for k in self.coder._kids(i, {"det"})} & {"un", "une", "a", "an"}:
                country = self._country_in(np)
                return Said(country_actor(country, "OPP") if country else sector_actor("OPP"), head.idx, person=True,
                            role=norm(head.lemma))
        return None

    def _in_unnamed_body(self, head: Token, np: set[int]) -> bool:
        """Whether the office is held in a body the text does not name: « d'une coopérative », "of an association"."""
        for i in sorted(np):
            t = self.doc.tokens[i]
            if i > head.i and t.pos == "NOUN" and norm(t.lemma) in self.lex.bodies and i not in self.by_token and \
                    {norm(k.text) for k in self.coder._kids(i, {"det"})} & {"un", "une", "a", "an"}:
                return True
        return False

    def _role_noun(self, head: Token) -> bool:
        """A title or role noun ("official", « responsable », « l'éditorialiste ») rather than a name."""
        return any(w in self.lex.roles or w in self.lex.media_staff for w in (norm(head.lemma), norm(head.text)))

    def _same_person(self, head: Token) -> Said | None:
        """« ce responsable », "this official": a demonstrative title points back at the person just heard, one
        with the same title first."""
        near = [s for s in self.history if s.char < head.idx and s.person and
                self._sentences_between(s.char, head.idx) <= MEMORY]
        same = [s for s in near if _same_role(s.role, norm(head.lemma)) or _same_role(s.role, norm(head.text))]
        pool = same or near
        return replace(pool[-1], char=head.idx) if pool else None

    def _not_a_body(self, m: ActorMention, lemma: str, kind: str | None) -> bool:
        """Names the resolver took for a new body: « la Commission » alone is the body named before, and the
        portfolio in « le ministère de l'Éducation » is no body at all."""
        if m.type != "unknown":
            return False
        if m.end - m.start == 1 and norm(self.doc.tokens[m.start].lemma) in self.lex.bodies:
            return True
        return kind in STATE_KINDS and lemma in self.lex.bodies and m.start > 0

    def _np(self, head: Token) -> set[int]:
        toks = set(self.coder._arg_tokens(head.i)) - self._topic(head)
        for k in self.coder._kids(head.i, {"appos", "flat:name", "nsubj", "conj"}):
            if k.i > head.i and k.sent == head.sent and (k.dep not in ("nsubj", "conj") or k.pos == "PROPN") and \
                    (k.dep != "conj" or self._apposed_conj(k)):
                toks |= set(self.doc.subtree(k.i))   # "le directeur régional, le Dr Mamadou Dembélé"
        nxt = head.i + 1   # "the lawyer, Sidiki Keita, told", "the opposition figure Ousmane X mocked" parsed as
        while nxt < len(self.doc.tokens) and nxt - head.i < 6:   # two subjects
            if nxt in self.by_token and self.by_token[nxt].type == "person":
                toks |= set(self.by_token[nxt].tokens())
                break
            if self.doc.tokens[nxt].pos not in ("ADJ", "PUNCT", "DET", "NOUN") or \
                    self.doc.tokens[nxt].text in ("»", '"', "”"):
                break
            nxt += 1
        return toks

    def _topic(self, head: Token) -> set[int]:
        """"Mali's foreign minister on the ECOWAS exit": what a speaker speaks about is not who they speak for."""
        out: set[int] = set()
        for k in self.coder._kids(head.i, {"prep", "nmod"}):
            if self.coder._prep_word(k) in TOPIC:
                out |= set(self.doc.subtree(k.i))
        return out

    def _apposed_conj(self, k: Token) -> bool:
        """« Une chaîne Telegram proche de Moscou, Debout Afrique, affirme »: a name between commas with no
        conjunction, which the parser took for a conjunct, is an apposition."""
        toks = self.doc.tokens
        sub = self.doc.subtree(k.i)
        return toks[min(sub) - 1].text == "," and max(sub) + 1 < len(toks) and toks[max(sub) + 1].text == "," and \
            not any(toks[c].dep == "cc" for c in self.doc.children[k.i])

    def _role(self, head: Token, np: set[int]) -> tuple[str | None, str | None]:
        """The title or role the phrase's head gives ("secrétaire général", "community leader") and its kind."""
        for form in ("text", "lemma"):
            def word(i: int) -> str:
                t = self.doc.tokens[i]
                return norm(t.lemma if form == "lemma" and i == head.i else t.text)
            # "head of Malian diplomacy" is the role "head of diplomacy" with its country inside
            kept = [i for i in sorted(np) if i == head.i or getattr(self.by_token.get(i), "type", "") != "adjective"]
            words = [word(i) for i in kept if i >= head.i]
            before = [word(i) for i in kept if i < head.i]
            for n in (4, 3, 2):   # longest role first, starting at the head or one word before it
                for seq in (words[:n], (before[-1:] + words)[:n]):
                    cand = " ".join(seq)
                    if len(seq) == n and cand in self.lex.roles:
                        return cand, self.lex.roles[cand]
        for w in (norm(head.lemma), norm(head.text)):
            if w in self.lex.roles:
                return w, self.lex.roles[w]
            base = DEPUTY.sub("", w)   # « la vice-ministre », "vice-president": the office it stands in for
            if base != w and base in self.lex.roles:
                return base, self.lex.roles[base]
        for i in sorted(np):   # « un influent imam de ... »: the parser may make an adjective the head
            t = self.doc.tokens[i]
            if i > head.i and t.pos == "ADP":
                break
            if self._close_to(t):
                continue   # « une source proche de la présidence »: « proche » here is no relative
            for w in (norm(t.text), norm(t.lemma)):
                if w in self.lex.roles and t.pos in ("NOUN", "ADV", "ADJ", "PROPN"):
                    return w, self.lex.roles[w]
        return None, None

    def _place_of(self, m: ActorMention, head: Token, kind: str | None) -> bool:
        """« un commerçant de Kalaban Coura », « une habitante de Djibo jointe par téléphone », "a trader from Téra":
        a capitalised name after « de » / "of" under a civilian's or a worker's noun is where they live or work (NER
        often takes an unknown place for a person); their own name is set beside the noun ("Oumar, a driver from
        Kalaban Coura")."""
        toks = self.doc.tokens
        return kind in ("CVL", "REF", "BUS", "LAB", "EDU") and m.start > head.i and norm(toks[m.start - 1].text) in PLACE_OF

    def _place_after(self, head: Token, kind: str | None) -> bool:
        """Whether a civilian's or a worker's noun is followed by « de » / "of" / "from" and a bare capitalised name
        (« une habitante de Djibo jointe par téléphone »): the name is a place, not who they speak for."""
        toks = self.doc.tokens
        j = head.i + 1
        while j < len(toks) and toks[j].pos == "ADJ":
            j += 1
        return kind in ("CVL", "REF", "BUS", "LAB", "EDU") and j + 1 < len(toks) and norm(toks[j].text) in PLACE_OF \
            and toks[j + 1].text[:1].isupper() and toks[j + 1].pos in ("PROPN", "NOUN", "X")

    def _former_role(self, start: int) -> str | None:
        """The office written before a name with « ancien » / "former" / « ex- » (« l'ancien ministre malien X »,
        "former prime minister X"): the person held it once, and now speaks for himself."""
        toks = self.doc.tokens
        role = None
        for j in range(start - 1, max(start - 6, -1), -1):
            t = toks[j]
            if t.pos not in ("ADJ", "NOUN", "PROPN", "DET", "X") and t.text != "-" or t.text in (",", "»", '"'):
                break
            w = norm(t.text)
            if w in self.lex.roles and self.lex.roles[w] in STATE_KINDS:
                role = w
            if (w in FORMER or w.startswith("ex-")) and role is not None:
                return role
            if w.startswith("ex-") and DEPUTY.sub("", w[3:]) in self.lex.roles:
                return w[3:]
        return None

    def _definite(self, head: Token) -> bool:
        dets = {norm(k.text) for k in self.coder._kids(head.i, {"det", "poss", "nmod:poss"})}
        return bool(dets & {"the", "this", "that", "le", "la", "l'", "les", "ce", "cette", "cet", "its", "son", "sa",
                            "leur"}) or bool(self.coder._kids(head.i, {"poss", "nmod:poss"}))

    # -- kinds of speaker ---------------------------------------------------------------------------
    def _pronoun(self, head: Token, word: str) -> Said | None:
        person = True if word in PERSONAL else False if word in BODY else None
        gender = _PRONOUN_GENDER.get(word) or self.gender_of(head)   # (« ce dernier » comes as « il »)
        said = self.last(head.idx, person, gender)
        if said is not None and person and gender is not None and self.known_gender(said) is None:
            shown = self._gendered_since(head, gender, said.char)
            if shown is not None:
                return shown
        if said is not None and person and not said.person:
            # "The report speaks of ... Niger's minister rejected it. "...," he said": a person named as a subject
            # since the last body spoke is nearer than that body
            nearer = self._subject_before(head, word, after=said.char)
            if nearer is not None and nearer.person:
                return nearer
        if said is not None and person is not None:
            since = self._new_subject_since(head, word, said, person)
            if since is not None:
                return since
        if said is not None:
            return replace(said, char=head.idx)
        got_subject = self._subject_before(head, word)   # nobody spoke yet: the subject of the sentences before
        if got_subject is not None:
            return got_subject
        if person and gender is not None:
            named = self._person_before(head, gender)
            if named is not None:
                return named
        got = self._coder_pronoun(head)
        if got:
            titled = self._titled_person(got[0], head)
            if titled is not None:
                return titled
            return Said(self.localise(got[0]), head.idx, person=word in PERSONAL)
        return None

    def _new_subject_since(self, head: Token, word: str, said: Said, person: bool) -> Said | None:
        """"The French minister said ... His host was more guarded. Relations would improve, he said", "Sidwaya
        wrote ... Le Pays, a private daily, was more cautious: it asked": a titled or named person (for "he") or a
        named body (for "it") made the main subject of a sentence of its own, or of a clause ending in a colon
        before the pronoun, after the last speaker's sentence, is whom the pronoun now stands for."""
        said_tok = self.doc.token_at(said.char)
        if said_tok is None:
            return None
        toks = self.doc.tokens
        for si in range(head.sent, toks[said_tok].sent, -1):
            s = self.doc.sentences[si]
            end = s.end
            if si == head.sent:   # the pronoun's own sentence only up to a colon before it
                end = next((i for i in range(head.i - 1, s.start, -1) if toks[i].text == ":"), s.start)
            for t in toks[s.start:end]:
                root = toks[t.head]   # (a clause before a colon may hang on the verb after it)
                if t.dep not in ("nsubj", "nsubj:pass", "nsubjpass") or root.head != root.i and \
                        not (si == head.sent and root.dep in ("ccomp", "parataxis")) or \
                        t.pos not in ("NOUN", "PROPN") or "Number=Plur" in t.morph or \
                        any(a <= t.idx < b for a, b in self.quoted):
                    continue
                got = self.phrase(t)
                if got is None or got.actor.id == said.actor.id:
                    continue
                if person and got.person and (got.role or got.named) and \
                        not _other_gender(self.known_gender(got), _PRONOUN_GENDER.get(word)) or \
                        not person and not got.person and (got.named or got.actor.kind == "MED"):
                    return replace(got, char=head.idx)
        return None

    def _owned_by_person(self, head: Token) -> bool:
        """"His wife said", « sa mère raconte »: a relative or a lawyer of someone speaks for themself, not for
        the person they belong to."""
        return any(norm(k.text) in ("his", "her", "their", "son", "sa", "ses", "leur", "leurs")
                   for k in self.coder._kids(head.i, {"poss", "nmod:poss", "det"}))

    def _outlet_name(self, head: Token) -> Said | None:
        """« Le quotidien L'Observateur rapporte », "the weekly Le Reporter": a capitalised title with its own
        article, written right after an outlet noun, is the outlet's name, even when it is a common word."""
        toks = self.doc.tokens
        start = head.i
        if start > 0 and toks[start - 1].text in ARTICLES and \
                head.i - 1 != self.doc.sentences[head.sent].start:
            start -= 1
        if start == head.i:   # only a title with its own article: « la chaîne Telegram » names a platform
            return None
        noun = start - 1
        while noun > 0 and toks[noun].dep == "amod" and toks[noun].text.islower():
            noun -= 1   # « le quotidien malien Le Républicain »: a nationality between the outlet noun and its name
        if not head.text[:1].isupper() or start == 0 or norm(toks[noun].lemma) not in self.lex.media or \
                toks[noun].pos != "NOUN" or any(m.type in ("org", "person") for m in self.mentions
                                                     if m.start <= head.i < m.end):
            return None
        end = head.i + 1
        while end < len(toks) and toks[end].text[:1].isupper() and toks[end].pos in ("PROPN", "NOUN", "ADJ"):
            end += 1
        name = self.doc.span_text(start, end)
        return Said(Actor(id=name_id(name), name=name, code=None), head.idx, person=False, named=True)

    def _outlet_beside(self, head: Token) -> Said | None:
        """« Le Sahélien, hebdomadaire satirique de Niamey, titre »: the outlet noun set beside an outlet's name,
        which the parser took for the subject, is that outlet (not the state of the town it is based in)."""
        if head.dep != "appos" or head.head >= head.i or norm(head.lemma) not in self.lex.media:
            return None
        apposed = self._outlet_apposed(self.doc.tokens[head.head])
        return replace(apposed, char=head.idx) if apposed is not None else None

    def _outlet_apposed(self, head: Token) -> Said | None:
        """"Le Pays, a private daily, was more cautious", « L'Aube, quotidien privé, titre »: a capitalised title
        with an outlet noun set beside it after a comma is that outlet, even when it is a common word."""
        toks = self.doc.tokens
        if head.pos != "PROPN" or not head.text[:1].isupper() or head.i + 2 >= len(toks) or \
                any(m.type in ("org", "person") for m in self.mentions if m.start <= head.i < m.end):
            return None
        # (the noun may open the apposition with no article, as French writes it: « Le Sahélien, hebdomadaire
        # satirique de Niamey, titre »)
        # (or the parser may join it as a conjunct with no conjunction: « Le Phare, quotidien privé de Niamey, »)
        nouns = [k for k in self.coder._kids(head.i, {"appos", "conj"}) if k.i > head.i and
                 norm(k.lemma) in self.lex.media and
                 toks[min(i for i in self.doc.subtree(k.i) if toks[i].pos != "PUNCT") - 1].text == "," and
                 (k.dep == "appos" or not any(c.pos == "CCONJ" for c in self.coder._kids(k.i, {"cc"})))]
        if not nouns:
            return None
        start = head.i
        while start > 0 and toks[start - 1].dep in ("compound", "det") and toks[start - 1].text[:1].isupper():
            start -= 1
        name = self.doc.span_text(start, head.i + 1)
        return Said(Actor(id=name_id(name), name=name, code=None), head.idx, person=False, named=True)

    def _outlet_in_np(self, head: Token) -> Said | None:
        """The outlet a document or a journalist's own phrase names by an outlet noun and its title ("in the Dakar
        paper Le Témoin", « du bihebdomadaire L'Étincelle »), even when the dictionaries lack it."""
        toks = self.doc.tokens
        for k in self.doc.subtree(head.i):
            if k <= head.i or k + 2 >= len(toks) or toks[k].sent != head.sent or norm(toks[k].lemma) not in self.lex.media:
                continue
            title = toks[k + 2] if toks[k + 1].text in ARTICLES else toks[k + 1]
            m = self.by_token.get(title.i)
            if m is not None and m.type in ("org", "unknown"):
                return Said(m.actor, head.idx, person=False, named=True)
            said = self._outlet_name(title) if title.i > k + 1 else None
            if said is not None:
                return replace(said, char=head.idx)
        return None

    def _title_before(self, m: ActorMention) -> tuple[str | None, str | None]:
        """« le sergent-chef Karim Ouédraogo », "Lieutenant-Colonel Issa Kaboré": a rank or title written just
        before a name, which the parser often splits or hangs elsewhere."""
        toks = self.doc.tokens
        for n in (4, 3, 2, 1):
            if m.start - n < 0:
                continue
            words = [toks[i].text for i in range(m.start - n, m.start)]
            cand = norm("".join(w if w == "-" or i == 0 or words[i - 1] == "-" else " " + w
                                for i, w in enumerate(words)))
            if cand in self.lex.roles:
                return cand, self.lex.roles[cand]
        return None, None

    def _apposed_office(self, m: ActorMention, head: Token) -> Said | None:
        """"Rabi Ahmed, the councillor in charge of social affairs": a state title set after a name, whose phrase
        names no body or organisation ("the president of the association" is none), makes the person the
        state's."""
        role = self._role_apposed(m)
        kind = self.lex.roles.get(role) if role is not None else None
        if role is None or kind not in STATE_KINDS or role in self.lex.foreign_roles:
            return None
        toks = self.doc.tokens
        noun = next((t for t in toks[m.end + 1:m.end + 6] if t.pos == "NOUN"), None)
        if noun is None:
            return None
        np = self._np(noun)
        if any(norm(toks[i].lemma) in self.lex.bodies or norm(toks[i].text) in self.lex.bodies or
               self.by_token.get(i) is not None and self.by_token[i].type not in ("adjective", "sector")
               for i in np if i != noun.i):
            return None
        said = self._person(m.actor, np, role, kind, head)
        return said if said.actor.country else None

    def _role_apposed(self, m: ActorMention) -> str | None:
        """« X, avocat d'un journaliste », "X, the lawyer of ...": the role noun set between commas after a name, read
        from the words themselves (the parser often hangs the apposition elsewhere or takes the noun for a verb)."""
        toks = self.doc.tokens
        j = m.end
        if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].sent != toks[m.start].sent:
            return None
        words: list[str] = []
        for t in toks[j + 1:j + 6]:
            if t.pos in ("ADP", "VERB", "AUX", "PUNCT") and words or t.text in (",", ".", "»", '"'):
                break
            if norm(t.text) not in ("a", "an", "the", "un", "une", "le", "la", "l'", "l’"):
                words.append(norm(t.text))
        for n in range(len(words), 0, -1):   # the longest role first: « secrétaire général » before « secrétaire »
            for start in range(0, len(words) - n + 1):
                cand = " ".join(words[start:start + n])
                if cand in self.lex.roles or cand in self.lex.media_staff:
                    return cand
        return None

    def _subject_before(self, head: Token, word: str, after: int = -1) -> Said | None:
        """« Le ministre nigérien du Pétrole, X, a visité ... « ... », a-t-il déclaré », « Aïssata Maïga ... a été
        reçue par le ministre. « ... », regrette-t-elle »: the grammatical subject of the nearest sentence before,
        of a gender that fits the pronoun, when no speaker was heard yet."""
        quoted = self.quoted
        for si in range(head.sent, max(-1, head.sent - MEMORY - 1), -1):
            s = self.doc.sentences[si]
            for t in self.doc.tokens[s.start:s.end]:
                if t.idx >= head.idx or t.idx <= after or t.dep not in ("nsubj", "nsubj:pass", "nsubjpass") or \
                        t.pos not in ("NOUN", "PROPN") or any(a <= t.idx < b for a, b in quoted):
                    continue
                if t.pos == "NOUN" and t.text.islower() and not self._quantity_noun(t) and \
                        _other_gender(self.gender_of(t), _PRONOUN_GENDER.get(word)):
                    continue   # the tagger guesses the gender of names, so only nouns are checked (« Une
                    # cinquantaine de responsables ... Ils »: a noun of quantity has the gender of no one)
                if word in PERSONAL and t.pos == "NOUN" and "Number=Plur" in t.morph:
                    continue   # "The traders, he added, ...": « il » and "he" stand for one
                said = self.phrase(t)
                if said is not None and (said.person or word not in PERSONAL) and \
                        not _other_gender(self.known_gender(said), _PRONOUN_GENDER.get(word)):
                    return replace(said, char=head.idx)
        return None

    def _person_before(self, head: Token, want: str) -> Said | None:
        """« La ministre ... a reçu l'ambassadeur du Japon, Kenji Sato. ... Ce dernier a promis »: a gendered
        pronoun that no speaker or subject fits is the nearest person named or titled before it (a name, or a
        singular title such as « l'ambassadeur »), outside quotes, whose gender does not clash with it."""
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for i in range(head.i - 1, first - 1, -1):
            t = self.doc.tokens[i]
            if any(a <= t.idx < b for a, b in self.quoted) or "Number=Plur" in t.morph:
                continue
            m = self.by_token.get(i)
            person = m is not None and m.type == "person" and self.coder._mention_head(m) == i or \
                m is None and t.pos == "PROPN" and norm(t.text) in first_name_genders()
            # (« Salamata a fui ... », a given name alone that the name finder missed, is a person too;
            # « un enseignant raconte »: a role word after its article is a noun, whatever tag the parser gave it)
            titled = self._role_noun(t) and (t.pos == "NOUN" or i > 0 and norm(self.doc.tokens[i - 1].text) in ARTICLE_WORDS)
            if not person and not titled or _other_gender(self.gender_of(t), want):
                continue
            said = self.phrase(t)
            if said is not None and said.person and not _other_gender(self.known_gender(said), want):
                return replace(said, char=head.idx)
        return None

    def _titled_person(self, actor: Actor, at: Token) -> Said | None:
        """A person met before with a title ("le gouverneur de Tillabéri, le général X"; "X, présidente de
        l'association"), spoken of again: the person with the country of a state title."""
        mention = next((m for m in reversed(self.mentions) if m.actor.id == actor.id and m.type == "person"
                        and m.start <= at.i), None)
        if mention is None:
            return None
        name = self.doc.tokens[self.coder._mention_head(mention)]
        cands = [self.doc.tokens[name.head]] if name.dep in ("appos", "flat:name") and name.head != name.i else []
        cands += self.coder._kids(name.i, {"appos"})
        j = mention.start - 1
        if j >= 0 and self.doc.tokens[j].pos in ("NOUN", "PROPN"):   # "le général X", "Colonel X"
            cands.append(self.doc.tokens[j])
        for c in list(cands):   # « Le ministre nigérien des Mines, le colonel X »: titles set beside titles
            if c.dep == "appos" and c.head != c.i and c.sent == name.sent:
                cands.append(self.doc.tokens[c.head])
        whole = set().union(*(self._np(c) for c in cands)) if cands else set()
        for c in cands:
            np = self._np(c)
            role, kind = self._role(c, np)
            if role is not None:
                return replace(self._person(actor, np | whole, role, kind, c), char=at.idx)
        return None

    def _apposed_name(self, head: Token) -> str | None:
        """A capitalised name set beside a role noun ("the lawyer, Sidiki Keita,"), which NER missed."""
        toks = self.doc.tokens
        j = head.i + 1
        while j < len(toks) and j - head.i < 14 and toks[j].text not in (",",) and toks[j].sent == head.sent:
            j += 1
        if j >= len(toks) or toks[j].text != "," or self.lex.roles.get(norm(head.lemma)) is None and \
                norm(head.lemma) not in self.lex.media_staff:
            return None
        k = j + 1
        while k < len(toks) and toks[k].text in ("le", "la", "l'", "Me", "Dr", "Mr", "Mrs", "Ms", "M.", "Mme"):
            k += 1
        names = []
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].pos in ("PROPN", "NOUN", "ADJ", "X") and \
                not any(k in m.tokens() and m.type != "person" for m in self.mentions):
            names.append(toks[k].text)
            k += 1
        if len(names) >= 2 and k < len(toks) and toks[k].text in (",", ".") or len(names) >= 2 and k == len(toks):
            return " ".join(names)
        return None

    def _proper_body(self, head: Token) -> Actor | None:
        """"the Movement for the Renaissance of Mali", « le Mouvement nigérien pour la démocratie », « Faso
        Vérité »: an organisation the dictionaries lack, named by a capitalised phrase."""
        if head.dep in ("compound", "flat:name") and head.head > head.i:   # "The Northern Ledger" from "Northern"
            head = self.doc.tokens[head.head]
        lemma = norm(head.lemma)
        if not head.text[:1].isupper() or head.i == self.doc.sentences[head.sent].start or \
                not (lemma in self.lex.bodies or lemma in self.lex.media or head.pos == "PROPN" or self._titled_work(head)):
            return None
        toks = sorted(i for i in self.coder._arg_tokens(head.i) if i >= head.i)
        end = head.i
        for i in toks:
            if i != end + 1 and i != head.i or self.doc.tokens[i].text in (",", "(", "»", "«") or \
                    i != head.i and (self.doc.tokens[i].pos in ("VERB", "AUX", "SCONJ") or self._mistagged_verb(i) or
                                     i + 1 < len(self.doc.tokens) and
                                     norm(self.doc.tokens[i + 1].text) in ("que", "qu'", "qu’", "that")):
                break   # « L'ONG maintient que ... »: the name ends before the verb the parser hung on it
            end = i
        if lemma in self.lex.bodies:
            end = max(end, self._name_run(head.i))
        end = self._name_tail(end)
        name = self.doc.span_text(self._title_start(head), end + 1)
        if len(name.split()) < 2 and (head.pos == "PROPN" and lemma not in self.lex.bodies or self._definite(head)):
            return None   # « la Commission » points back at the body named before
        kind = guess_kind(name)
        return Actor(id=name_id(name), name=name, code=kind, kind=kind)

    def _title_start(self, head: Token) -> int:
        """"In Abuja, The Northern Ledger was gloomier": the capitalised words the parser hung before a name's head
        (and a capitalised article inside the sentence) belong to the name."""
        toks = self.doc.tokens
        first = self.doc.sentences[head.sent].start
        start = head.i
        while start - 1 > first and toks[start - 1].head == head.i and \
                toks[start - 1].dep in ("compound", "flat:name", "flat") and toks[start - 1].text[:1].isupper():
            start -= 1
        if start < head.i and start - 1 > first and toks[start - 1].text in ARTICLES:
            start -= 1
        elif start - 1 == first and self._elided_title(first, start):
            start -= 1   # « L'Observateur Paalga se demande »: a title opening the sentence, its article elided
        return start - 1 if start == head.i and self._titled_work(head) else start

    def _elided_title(self, first: int, start: int) -> bool:
        """Whether the sentence opens on a title whose article is glued to its first word (« L'Observateur » then
        another capitalised word): unlike a plain capital, the elided article shows the name began there."""
        toks = self.doc.tokens
        word = toks[first].text
        glued = re.match(r"^[LlDd]['’]\w", word) is not None or word in ("L'", "L’") and toks[first + 1].text[:1].isupper()
        return glued and toks[start].text[:1].isupper()

    def _titled_work(self, head: Token) -> bool:
        """« Plus mesuré, Le Pays Libre se demande »: a capitalised article inside a sentence opens a title."""
        prev, first = head.i - 1, self.doc.sentences[head.sent].start
        toks = self.doc.tokens
        if prev == first and self._elided_title(first, head.i) and head.i + 1 < len(toks):
            return toks[head.i + 1].text[:1].isupper()   # « L'Observateur Paalga » opening the sentence
        return prev > first and toks[prev].text in ARTICLES and head.text[:1].isupper()

    def _name_tail(self, end: int) -> int:
        """« Le Réveil du Liptako », « le Rassemblement pour l'alternance au Tchad (RAT) »: a name goes on over
        small linking words to a capitalised word, or up to the acronym in brackets that closes it."""
        toks = self.doc.tokens
        j = end + 1
        while j < len(toks) and j - end <= 10 and toks[j].sent == toks[end].sent and \
                (norm(toks[j].text) in NAME_LINKS or toks[j].text[:1].islower() and toks[j].pos in ("NOUN", "ADJ", "ADP", "DET")):
            j += 1
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].text.isupper() and toks[j + 2].text == ")":
            return j - 1
        k = end + 1
        while k < len(toks) and k - end <= 2 and norm(toks[k].text) in NAME_LINKS:
            k += 1
        if k > end + 1 and k < len(toks) and toks[k].text[:1].isupper() and toks[k].pos in ("PROPN", "NOUN") and \
                toks[k].sent == toks[end].sent:
            return self._name_tail(k)
        return end

    def _name_run(self, start: int) -> int:
        """« Le Syndicat autonome des agents de la santé humaine et animale du Niger dénonce »: the last word of a
        body's name read along the text (nouns, adjectives and the small words that link them), where the parse
        cut it into pieces; it stops at a verb, a clause or a punctuation mark."""
        toks = self.doc.tokens
        end = j = start
        while j + 1 < len(toks) and j - start < 16:
            j += 1
            t = toks[j]
            if t.sent != toks[start].sent or t.pos in ("VERB", "AUX", "SCONJ", "PRON", "PUNCT") or \
                    self._mistagged_verb(j) or norm(t.text) in ("que", "qu'", "qu’", "that"):
                break
            if norm(t.text) in NAME_LINKS:
                continue
            if t.pos not in ("NOUN", "PROPN", "ADJ"):
                break
            end = j
        return end

    def _mistagged_verb(self, i: int) -> bool:
        t = self.doc.tokens[i]
        return verb_after_noun(self.doc, t) and self.lex.reporting_verb(t.text, t.lemma) is not None

    def _coder_pronoun(self, t: Token) -> list[Actor]:
        """The event coder's reading of a pronoun, with the sentence subjects known up to it."""
        self.coder.subjects = self.subjects[:t.sent]
        return self.coder._pronoun(t)

    def _person(self, actor: Actor, np: set[int], role: str | None, kind: str | None, head: Token) -> Said:
        if actor.country is None and kind in STATE_KINDS and actor.kind in (None, *STATE_KINDS) and \
                not self._held_in_body(np):
            # (the president of an association, "the EU's special representative" is no official of the state;
            # an envoy is of the state their title names, « l'ambassadeur du Japon, Kenji Sato », never the home's)
            country = self._country_in(np) or (None if role in self.lex.foreign_roles else
                                               self._side_country(head) or self.home)
            if country:   # a state official named without their country speaks for the article's state
                actor = replace(actor, country=country, code=country + (kind or ""), kind=actor.kind or kind)
        return Said(actor, head.idx, person=True, role=role, named=True)

    def _held_in_body(self, np: set[int]) -> bool:
        """Whether the phrase names a body with no country of its own ("the European Union's", « de la CEDEAO »)
        that the title belongs to."""
        return any(m.type == "org" and not m.actor.country and m.actor.kind not in STATE_KINDS and
                   any(i in np for i in m.tokens()) for m in self.mentions)

    def _one_of(self, head: Token) -> Said | None:
        """"one said" after "residents of the capital": one of the group named last."""
        group = None   # the last group named before: a sector mention, or a plural role noun of no state
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start < head.i and m.type == "sector" and m.actor.kind and m.actor.kind not in STATE_KINDS:
                group = (m.start, Said(self.localise(m.actor), head.idx, person=True))
                break
            if m.start < head.i and m.type == "composite" and m.actor.kind and m.actor.kind not in STATE_KINDS and \
                    any("Number=Plur" in self.doc.tokens[i].morph for i in m.tokens()):
                group = (m.start, Said(m.actor, head.idx, person=True))   # « Les enseignants de Kidal ... l'un d'eux »
                break
        first = self.doc.sentences[max(0, head.sent - 1)].start
        for t in reversed(self.doc.tokens[first:head.i]):   # « les chefs de village. Plusieurs d'entre eux »
            if group is not None and t.i <= group[0]:
                break
            if t.pos != "NOUN" or "Number=Plur" not in t.morph or any(a <= t.idx < b for a, b in self.quoted):
                continue
            _, kind = self._role(t, self._np(t))
            if kind is not None and kind not in STATE_KINDS:
                actor = country_actor(self.home, kind) if self.home else sector_actor(kind)
                return Said(actor, head.idx, person=True)
        return group[1] if group is not None else None

    def _of_them(self, head: Token) -> bool:
        """« Plusieurs d'entre eux », "several of them": a part of the group named before."""
        nxt = [norm(t.text) for t in self.doc.tokens[head.i + 1:head.i + 3]]
        return nxt[:1] in (["d'entre"], ["d’entre"]) or nxt[:2] in (["d'", "entre"], ["d’", "entre"], ["of", "them"])

    def _owner(self, head: Token, np: set[int]) -> Said | None:
        """"the statement said", "In its statement, the Network ...", « conclut le texte »: the author."""
        if head.i in self.owning:
            return None  # "a note seen by reporters": the reporters' outlet search led back to this document
        self.owning.add(head.i)
        try:
            named = self._owner_named(head) or self._author_by(head)
        finally:
            self.owning.discard(head.i)
        if named is not None:
            return replace(named, char=head.idx, person=False)
        said = self._text_met_before(head) or self.last(head.idx, False) or self.last(head.idx)
        if said is not None:
            return replace(said, char=head.idx)
        outlet = self._read_on(head)
        if outlet is not None:
            return outlet
        author = self._sentence_subject(head)
        if author is not None:
            return author
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start < head.i and m.type in ("org", "unknown", "composite", "person"):
                return Said(m.actor, head.idx, person=False, named=m.type != "composite")
        return None

    def _text_met_before(self, head: Token) -> Said | None:
        """« ont-elles prévenu dans une déclaration signée à Bamako. ... Pour les signataires de la déclaration, »:
        a text named again with the definite article is the one met before, and its author is who spoke in the
        sentence that named it, not whoever was heard last."""
        if not self._definite(head):
            return None
        lemma = norm(head.lemma)
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for i in range(head.i - 1, first - 1, -1):
            t = self.doc.tokens[i]
            if t.sent == head.sent or norm(t.lemma) != lemma or any(a <= t.idx < b for a, b in self.quoted):
                continue
            s = self.doc.sentences[t.sent]
            there = [x for x in self.history if s.start_char <= x.char < s.end_char]
            return replace(there[-1], char=head.idx) if there else None
        return None

    def _signed(self, head: Token, np: set[int]) -> Said | None:
        """« Les signataires du texte estiment », "the signatories said": the authors of the text named in the
        phrase, else of the last text named before it."""
        texts = [i for i in sorted(np) if i != head.i and norm(self.doc.tokens[i].lemma) in self.lex.statement]
        if not texts:
            first = self.doc.sentences[max(0, head.sent - MEMORY)].start
            texts = [i for i in range(first, head.i) if self.doc.tokens[i].pos == "NOUN" and
                     norm(self.doc.tokens[i].lemma) in self.lex.statement][-1:]
        if not texts:
            return None
        text = self.doc.tokens[texts[0]]
        said = self._owner(text, self._np(text))
        return replace(said, char=head.idx, person=False) if said is not None else None

    def _read_on(self, head: Token) -> Said | None:
        """« un communiqué lu à la télévision nationale », "a statement broadcast on state radio": the state
        whose outlet carried it."""
        for k in self.doc.subtree(head.i):
            t = self.doc.tokens[k]
            if k != head.i and t.pos == "NOUN" and norm(t.lemma) in self.lex.media:
                said = self._outlet(t, self._np(t), norm(t.lemma))
                if said is not None:
                    return replace(said, char=head.idx, person=False)
        return None

    def _sentence_subject(self, head: Token) -> Said | None:
        """« Le Réseau a publié un communiqué ... « ... », affirme le texte »: a document nobody was heard
        from yet is by the actor the sentences before are about, else by the subject of its own sentence."""
        sents = list(range(head.sent - 1, max(-1, head.sent - MEMORY - 1), -1))
        if head.dep not in ("nsubj", "nsubj:pass", "nsubjpass"):
            sents.append(head.sent)   # "X dismissed Y, according to a statement": X's statement
        for si in sents:
            read = self._subject_read(si, head)
            if read is not None:   # « Une cinquantaine de responsables de partis d'opposition ont signé une lettre »:
                return read        # the subject as a speaker phrase reads it (the opposition), not as the coder does
            for a in self.subjects[si] if si < len(self.subjects) else []:
                if a.kind not in ("UAG", "CVL", "REF"):
                    return Said(self.localise(a), head.idx, person=False, named=not a.id.startswith("---"))
        for si in sents:
            group = self._unnamed_group(si)
            if group is not None:
                return Said(group, head.idx, person=False)
        return None

    def _subject_read(self, si: int, head: Token) -> Said | None:
        """The subject of sentence `si`'s main verb read as a speaker phrase, when it is a group of people counted
        by a noun of quantity (« Une cinquantaine de responsables de partis d'opposition »), whose sector the
        coder's reading of the role word (a state's « responsables ») would lose."""
        subj = self._main_subject(si)
        if subj is None or subj.i == head.i or self._quoted_token(subj) or not self._quantity_noun(subj):
            return None
        said = self.phrase(subj)
        if said is None or said.actor.kind in ("UAG", "CVL", "REF", None) or said.actor.kind in STATE_KINDS:
            return None
        return replace(said, char=head.idx, person=False)

    def _unnamed_group(self, si: int) -> Actor | None:
        """« Une dizaine de partis dissous ont adressé une lettre ... », "Several unions sent a letter": the subject
        of a sentence that no resolver made an actor, read by its noun (under a word of quantity) as the sector it
        belongs to: parties are the opposition, unions labour, and so on; the state's own bodies are left out."""
        subj = self._main_subject(si)
        if subj is None or subj.i in self.by_token or self._quoted_token(subj):
            return None
        if self._quantity_noun(subj):   # « Une dizaine de partis », « un groupe d'enseignants »
            subj = next((k for k in self.coder._kids(subj.i, {"nmod", "prep"}) if k.i > subj.i), subj)
            if subj.dep == "prep":
                subj = next(iter(self.coder._kids(subj.i, {"pobj"})), subj)
        lemma = norm(subj.lemma)
        kind = "OPP" if lemma in PARTY else self.lex.roles.get(lemma)
        if kind is None or kind in STATE_KINDS | {"CVL", "REF", "UAG"} or "Number=Plur" not in subj.morph and \
                not subj.text.endswith("s"):
            return None
        country = self._country_in(set(self.doc.subtree(subj.i))) or self.home
        return country_actor(country, kind) if country else sector_actor(kind)

    def _main_subject(self, si: int) -> Token | None:
        """The nominal subject of sentence `si`'s root."""
        s = self.doc.sentences[si]
        root = next((t for t in self.doc.tokens[s.start:s.end] if t.head == t.i), None)
        return next(iter(self.coder._kids(root.i, {"nsubj"})), None) if root is not None else None

    def _quantity_noun(self, t: Token) -> bool:
        """« une cinquantaine », « la majorité », « un groupe », "a dozen": a noun that counts or gathers the people
        named after it (the lexicon's `quantity` list), so has the gender and the sector of none of them."""
        return norm(t.lemma) in self.lex.quantity

    def _quoted_token(self, t: Token) -> bool:
        return any(a <= t.idx < b for a, b in self.quoted)

    def _apposed_body(self, head: Token, found: list[ActorMention]) -> Said | None:
        """An outlet or body noun with its name set beside it ("a Facebook page, Faso Vérité,") that the
        dictionaries lack."""
        lemma = norm(head.lemma)
        if lemma not in self.lex.media and lemma not in self.lex.bodies or self.lex.roles.get(lemma) in STATE_KINDS \
                or any(m.type in ("org", "unknown", "person") for m in found):
            return None
        for k in self.coder._kids(head.i, {"appos"}):
            if k.i > head.i and self.doc.tokens[k.i - 1].text == "," and k.text[:1].isupper() and \
                    k.pos in ("PROPN", "NOUN", "X"):
                parts = [k.i] + [c.i for c in self.coder._kids(k.i, {"flat:name", "flat", "compound"})]
                name = self.doc.span_text(min(parts), max(parts) + 1)
                return Said(Actor(id=name_id(name), name=name, code=None), head.idx, person=False, named=True)
        between = self._name_between_commas(head)
        if between is not None:   # "Guinea's opposition alliance, the Forces vives de Guinée, said": the parse
            return Said(Actor(id=name_id(between), name=between, code=None), head.idx, person=False, named=True)
        toks = self.doc.tokens   # « l'agence Sahel Info Alternatif »: the name straight after the noun
        end = head.i + 1
        while end < len(toks) and toks[end].pos == "PROPN" and toks[end].text[:1].isupper() and \
                toks[end].sent == head.sent and end not in self.by_token:
            end += 1
        if end - head.i >= 2:
            name = self.doc.span_text(head.i + 1, end)
            return Said(Actor(id=name_id(name), name=name, code=None), head.idx, person=False, named=True)
        return None

    def _name_between_commas(self, head: Token) -> str | None:
        """The words between the two commas after a body noun, read as its name when they open on a capital after
        an optional article (the parser often breaks a name that holds lower-case or foreign words)."""
        toks = self.doc.tokens
        j = head.i + 1
        if j >= len(toks) or toks[j].text != ",":
            return None
        start = j + 1
        if start < len(toks) and norm(toks[start].text) in ARTICLE_WORDS | {"les"}:
            start += 1
        end = start
        while end < len(toks) and toks[end].text != "," and end - start < 8 and toks[end].sent == head.sent:
            end += 1
        if end >= len(toks) or toks[end].text != "," or end == start or not toks[start].text[:1].isupper() or \
                any(a <= toks[i].idx < b for i in range(start, end) for a, b in self.quoted):
            return None
        return self.doc.span_text(start, end)

    def _unlisted_person(self, head: Token, found: list[ActorMention]) -> str | None:
        """"said Moussa, a taxi driver": a name the parser knows for a person (or a given name of the list, « Arrivée
        à Kaya ..., Salamata a fui ») but the dictionaries do not (a name they know for an organisation, "the state daily Sidwaya", is that organisation whatever NER says)."""
        if head.pos != "PROPN" or any(m.type == "person" or m.type == "org" and head.i in m.tokens() for m in found) or \
                head.ent not in ("PERSON", "PER") and norm(head.text) not in first_name_genders() and not (
                head.text[:1].isupper() and not any(m.start <= head.i for m in found) and   # (« ..., a displaced
                # woman ... in a school »: a body named in the apposition is none of the name's)
                (any(norm(k.lemma) in self.lex.roles for k in self.coder._kids(head.i, {"appos"})) or
                 self._role_after_comma(head))):
            return None   # "said Rasmané, a tailor": a name NER missed, set beside a role
        toks = [head.i] + [k.i for k in self.coder._kids(head.i, {"flat:name", "flat", "compound"})]
        return self.doc.span_text(min(toks), max(toks) + 1)

    def _name_after_role(self, head: Token, np: set[int]) -> str | None:
        """"the columnist Emeka Obi argued", « l'économiste Idrissa Sanou »: two or more capitalised words straight
        after a role noun, which NER did not tag (a name it has never seen) and no dictionary lists, are that
        person's name."""
        toks = self.doc.tokens
        lemma = norm(head.lemma)
        if head.pos != "NOUN" or not head.text.islower() or \
                (lemma not in self.lex.roles and norm(head.text) not in self.lex.roles and lemma not in self.lex.media_staff):
            return None
        k = head.i + 1
        names: list[int] = []
        while k < len(toks) and toks[k].sent == head.sent and toks[k].pos == "PROPN" and k in np and \
                toks[k].text[:1].isupper() and toks[k].text.replace("-", "").isalpha() and not toks[k].text.isupper() and \
                not self._quoted_token(toks[k]) and not any(k in m.tokens() for m in self.mentions):
            names.append(k)
            k += 1
        if len(names) < 2 or k < len(toks) and toks[k].pos == "PROPN" and toks[k].sent == head.sent:
            return None
        return self.doc.span_text(names[0], names[-1] + 1)

    def _surname_met(self, head: Token) -> Said | None:
        """"Obi accused ECOWAS of ..." after "the columnist Emeka Obi argued": a lone capitalised name no resolver
        knows, the last word of a person's name heard before, is that person."""
        if head.pos != "PROPN" or not head.text[:1].isupper() or head.i in self.by_token or \
                self.coder._kids(head.i, {"flat:name", "flat", "compound"}):
            return None
        for said in reversed(self.history):
            if said.person and said.named and said.char < head.idx and said.actor.name.split()[-1] == head.text and \
                    len(said.actor.name.split()) >= 2:
                return replace(said, char=head.idx)
        return None

    def _role_after_comma(self, head: Token) -> bool:
        """« confie Salif, étudiant en droit »: a role noun straight after the comma, whatever tag the parser gave
        it (the small French model reads « étudiant » as a verb)."""
        toks = self.doc.tokens
        j = head.i + 1
        if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].sent != head.sent:
            return False
        k = j + 1 + (norm(toks[j + 1].text) in ("a", "an", "un", "une"))
        return k < len(toks) and (norm(toks[k].text) in self.lex.roles or norm(toks[k].lemma) in self.lex.roles)

    def _inside_state_body(self, head: Token) -> Said | None:
        """"A source at the defence ministry", « une source au sein de l'état-major », « un cadre au ministère »: an
        anonymous source placed inside a state body speaks for that state, though nobody in particular speaks."""
        toks = self.doc.tokens
        for k in self.doc.subtree(head.i):
            t = toks[k]
            if k <= head.i or t.sent != head.sent or t.pos not in ("NOUN", "PROPN") or k - head.i > 6:
                continue
            words = {norm(toks[j].text) for j in range(max(head.i + 1, k - 4), k)}
            if not words & INSIDE or words & {"near", "close", "proche", "proches"}:   # "close to" is outside
                continue
            said = self.phrase(t)
            if said is not None and said.actor.kind in STATE_KINDS and said.actor.country:
                return replace(said, char=head.idx, person=True, named=False, role=None)
        return None

    def _close_to(self, t: Token) -> bool:
        """« proche de », "close to": an adjective of closeness, not the noun « un proche » (a relative)."""
        toks = self.doc.tokens
        return norm(t.text) in CLOSE and t.i + 1 < len(toks) and norm(toks[t.i + 1].text) in ("de", "du", "des", "d'",
                                                                                              "d’", "to")

    def _circle(self, head: Token) -> Said | None:
        """« une source proche de la présidence », "sources close to the junta": someone in a body's circle speaks
        for that body (a state's, or a named organisation), though nobody in particular speaks."""
        toks = self.doc.tokens
        for k in self.doc.subtree(head.i):
            if k <= head.i or k - head.i > 3 or not self._close_to(toks[k]):
                continue
            for o in range(k + 2, min(k + 7, self.doc.sentences[head.sent].end)):
                if toks[o].pos not in ("NOUN", "PROPN"):
                    continue
                said = self.phrase(toks[o])
                if said is not None and (said.actor.kind in STATE_KINDS and said.actor.country or
                                         said.named and not said.person):
                    return replace(said, char=head.idx, person=True, named=False, role=None)
                return None
        return None

    def _author_by(self, head: Token) -> Said | None:
        """"a survey published by the Institute", « un message diffusé par le groupe »: the body named after "by"
        / « par » in the document's own phrase."""
        for k in self.doc.subtree(head.i):
            t = self.doc.tokens[k]
            if norm(t.text) not in ("by", "par") or t.sent != head.sent:
                continue
            host = self.coder._kids(k, {"pobj"}) or ([self.doc.tokens[t.head]] if t.dep == "case" else [])
            for h in host:
                m = self.by_token.get(h.i)
                if m is not None and m.type in ("org", "unknown", "person"):
                    return Said(m.actor, head.idx, person=False, named=True)
                # « le bilan communiqué par le ministère »: a state body or an outlet is the author too
                said = self.phrase(h) if h.i != head.i and h.pos in ("NOUN", "PROPN") else None
                if said is not None and self._mere_reader(t, said):
                    continue   # "The statement, read by a man whose face was covered": a voice, not the author
                if said is not None:
                    return replace(said, char=head.idx, person=False)
        return None

    def _mere_reader(self, by: Token, said: Said) -> bool:
        """Whether the one after "by" / « par » only read the document out and speaks for nobody: an unnamed
        civilian under a verb of reading (« lu par un jeune homme »), unlike a spokesman or a body."""
        verb = self.doc.tokens[by.head] if by.dep in ("prep", "agent") else \
            self.doc.tokens[self.doc.tokens[by.head].head]
        return norm(verb.lemma) in READING and not said.named and said.actor.kind in (None, "CVL", "REF")

    def _owner_named(self, head: Token, follow_back: bool = True) -> Said | None:
        """The body a phrase belongs to: "X's spokesman", "spokesman for X", « porte-parole de X », "its
        statement"."""
        kids = self.coder._kids(head.i, OWNER_DEPS | {"det"})
        for k in list(kids):   # « le président en exercice de la Confédération »: the body is the office's
            if k.dep == "nmod" and any(norm(c.text) in ("en", "in") for c in self.coder._kids(k.i, {"case"})):
                kids += self.coder._kids(k.i, {"nmod"})
        for k in kids:
            if k.dep == "det" and norm(k.text) not in POSSESSIVE:
                continue
            if norm(k.text) in POSSESSIVE:
                said = self.last(head.idx, False) or self.last(head.idx)
                nearer = self._subject_before(head, "it", after=said.char) if said is not None and \
                    norm(k.text) in BODY | {"son", "sa", "ses"} else None   # (« son porte-parole » after « le
                # mouvement a démenti »: the body that became the subject since the last one spoke)
                if nearer is not None and not nearer.person:   # "X was gloomier: "...," its front page read"
                    return nearer
                if said is not None:
                    return said
                got = self._coder_pronoun(k)
                return Said(got[0], head.idx, person=False) if got else None
            if k.dep in ("prep",):
                if norm(k.text) not in OWNER_PREPS:
                    continue
                objs = self.coder._kids(k.i, {"pobj"})
                if not objs:
                    continue
                k = objs[0]
            elif k.dep == "nmod" and not any(norm(c.text) in OWNER_PREPS for c in self.coder._kids(k.i, {"case"})):
                continue
            m = self.by_token.get(k.i)
            if m is not None and (m.type == "composite" and m.start <= head.i or m.type == "sector") and \
                    k.text[:1].isupper():
                # « le porte-parole du Syndicat national des enseignants du Niger (SNEN) »: the resolver read the
                # title as Niger's or the union as Niger's labour; the union, named in full, speaks
                proper = self._proper_body(k)
                if proper is not None and proper.kind not in STATE_KINDS and len(proper.name.split()) > 2:
                    return Said(proper, head.idx, person=False, named=True)
            if m is not None and self._not_a_body(m, norm(head.lemma), self.lex.roles.get(norm(head.lemma))):
                continue
            named = self._named_with_noun(k, norm(k.lemma)) if m is not None and m.type == "sector" and \
                self._definite(k) else None
            if named is not None:   # « la radio Oméga Médias ... le directeur de la radio »
                return replace(named, char=head.idx)
            if m is not None and m.type == "sector" and m.actor.kind:   # « le représentant de la société »
                country = self._country_in(set(self.coder._arg_tokens(head.i)) - set(self.doc.subtree(k.i))) or \
                    self._side_country(head)
                actor = country_actor(country, m.actor.kind) if country else self.localise(m.actor)
                return Said(actor, head.idx, person=False)   # « le ministre français des Armées »: France
            if m is None and self._proper_body(k) is not None:
                return Said(self._proper_body(k) or sector_actor("GOV"), head.idx, person=False, named=True)
            if m is not None and m.type in ("org", "unknown", "person", "composite", "country", "capital"):
                return Said(m.actor if m.type not in ("country",) else country_actor(m.actor.country or ""),
                            head.idx, person=False, named=m.type in ("org", "unknown", "person"))
            lemma = norm(k.lemma)
            if follow_back and (lemma in self.lex.bodies or lemma in self.lex.media):
                back = self._antecedent_body(k, lemma)   # "the collective's leader", "le porte-parole du mouvement"
                if back is not None:
                    return back
        return None

    def _antecedent_body(self, head: Token, lemma: str) -> Said | None:
        """The organisation a definite "the commission" or « l'institution » points back to: one whose name
        holds the word, else the latest one named (or that spoke)."""
        if self.lex.roles.get(lemma) in STATE_KINDS:   # « le ministère » after a union: the state, not the union
            return None
        before = [m for m in self.mentions if m.end <= head.i and m.type in ("org", "unknown")]
        for m in reversed(before):
            if lemma in norm(m.actor.name).split() or any(lemma in norm(a).split() for a in m.actor.aliases):
                return Said(m.actor, head.idx, person=False, named=True)
        for earlier in reversed(self.history):
            if earlier.char < head.idx and earlier.named and lemma in norm(earlier.actor.name).split():
                return replace(earlier, char=head.idx, person=False)
        named = self._named_with_noun(head, lemma)
        if named is not None:
            return named
        said = self.last(head.idx, False)
        if said is not None and said.named and not said.person:
            return replace(said, char=head.idx)
        heard = self._last_heard(head, {m.actor.id for m in before})
        if heard is not None:   # « La Commission de la CEDEAO ... l'AES. Elle y indique ... L'institution appelle »
            return heard
        if before:
            return Said(before[-1].actor, head.idx, person=False, named=True)
        return None

    def _last_heard(self, head: Token, ids: set[str]) -> Said | None:
        """Of the bodies named before, the one heard last (also through a pronoun), not merely the last named."""
        for said in reversed(self.history):
            if said.char < head.idx and said.actor.id in ids and self._sentences_between(said.char, head.idx) <= MEMORY:
                return Said(said.actor, head.idx, person=False, named=True)
        return None

    def _named_with_noun(self, head: Token, lemma: str) -> Said | None:
        """« la chaîne TV5 Monde ... Le directeur de la chaîne »: a definite noun is the body that the same noun
        introduced with its name earlier."""
        for i in range(head.i - 1, -1, -1):
            t = self.doc.tokens[i]
            if norm(t.lemma) != lemma or t.pos != "NOUN":
                continue
            m = self.by_token.get(i + 1)
            if m is not None and m.type in ("org", "unknown"):
                return Said(m.actor, head.idx, person=False, named=True)
            body = self._apposed_body(t, [])
            if body is not None:
                return replace(body, char=head.idx)
        return None

    def _outlet(self, head: Token, np: set[int], lemma: str) -> Said | None:
        """An outlet, or someone speaking for one ("the presenter"): a named outlet before it, else a state
        outlet of the article's state ("national television", « le quotidien d'État »)."""
        named = self._name_after_outlet(head) if lemma in self.lex.media else None
        if named is not None and not self._state_outlet(np):   # « le quotidien malien Le Républicain qualifie »:
            return named        # the parser took the noun for the subject and the name for a second one
        if lemma in self.lex.media and self._state_outlet(np):   # « le quotidien public Le Sahel »: its state
            country = self._country_in(np) or self.home
            return Said(country_actor(country, "MED"), head.idx, person=False) if country else None
        if lemma in self.lex.media and self._definite(head):
            back = self._earlier_outlet(head) or self._antecedent_body(head, lemma)   # an outlet before a body
            if back is not None:
                return back
        if lemma in self.lex.media_staff:
            for i in range(head.i - 1, -1, -1):   # the nearest outlet named before the staff member
                t = self.doc.tokens[i]
                m = self.by_token.get(i)
                if norm(t.lemma) in self.lex.statement and t.pos == "NOUN":   # "a narrator says" in a video
                    owner = self._owner(t, self._np(t))
                    if owner is not None:
                        return replace(owner, char=head.idx, person=True)
                if m is not None and m.type in ("org", "unknown") and (m.actor.kind in ("MED", None)):
                    return Said(m.actor, head.idx, person=True, named=True)
                if norm(t.lemma) in self.lex.media:
                    named = self._name_after_outlet(t)
                    if named is not None:   # « le quotidien malien Le Républicain ... L'éditorialiste »
                        return replace(named, char=head.idx, person=True)
                    outlet_np = self._np(t)
                    if self._state_outlet(outlet_np):
                        country = self._country_in(outlet_np) or self.home
                        return Said(country_actor(country, "MED"), head.idx, person=True) if country else None
        return None

    def _name_after_outlet(self, head: Token) -> Said | None:
        """The outlet's own name written after its noun and a nationality (« le quotidien malien Le Républicain »)."""
        toks = self.doc.tokens
        j = head.i + 1
        while j < len(toks) and toks[j].text.islower() and toks[j].dep == "amod" and toks[j].head == head.i:
            j += 1
        if j + 1 < len(toks) and toks[j].text in ARTICLES and toks[j + 1].text[:1].isupper():
            j += 1
        if j >= len(toks) or j == head.i + 1 or not toks[j].text[:1].isupper():
            return None
        said = self._outlet_name(toks[j])
        return replace(said, char=head.idx) if said is not None else None

    def _earlier_outlet(self, head: Token) -> Said | None:
        """« Le quotidien d'État ... l'éditorialiste ... Le journal assure »: a definite outlet noun is the outlet
        that spoke or was named before it."""
        for said in reversed(self.history):
            if said.char < head.idx and said.actor.kind == "MED" and \
                    self._sentences_between(said.char, head.idx) <= MEMORY:
                return replace(said, char=head.idx, person=False)
        for i in range(head.i - 1, -1, -1):
            t = self.doc.tokens[i]
            if norm(t.lemma) in self.lex.media and t.pos == "NOUN" and self._state_outlet(self._np(t)):
                country = self._country_in(self._np(t)) or self.home
                return Said(country_actor(country, "MED"), head.idx, person=False) if country else None
        return None

    def _state_outlet(self, np: set[int]) -> bool:
        text = " ".join(norm(self.doc.tokens[i].text) for i in sorted(np))
        return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in self.lex.state_marks)

    def _titled(self, head: Token, np: set[int], role: str | None, kind: str) -> Said | None:
        """A role without a name: "the minister" is the minister named before; a state role without a
        country speaks for the article's state; a resident is a civilian."""
        person = role is not None and role not in self.lex.bodies and norm(head.lemma) not in self.lex.bodies
        own = self._country_in(np)   # "Niger's prime minister" points back at no minister of another state
        if role is not None:
            for said in reversed(self.history):
                if _same_role(said.role, role) and said.char < head.idx and said.named and \
                        (own is None or said.actor.country in (None, own)):
                    return replace(said, char=head.idx)
            holder = self._holder_pointed_back(head, role) or self._civilian_pointed_back(head, kind)
            if holder is not None:
                return holder
            ranked = self._ranked_before(head, kind) if kind == "MIL" and self._definite(head) else None
            if ranked is not None:
                return ranked
        country = self._country_in(np) or self._side_country(head)
        if kind in STATE_KINDS:
            if country is None and role in self.lex.foreign_roles:   # "regional diplomats": not the article's
                return self._envoy_before(head) if self._definite(head) else None   # own state
            country = country or self.home
            actor = country_actor(country, kind) if country else sector_actor(kind)
            return Said(actor, head.idx, person=person, role=role)
        country = country or self.home
        return Said(country_actor(country, kind) if country else sector_actor(kind), head.idx, person=person,
                    role=role)

    def _holder_pointed_back(self, head: Token, role: str) -> Said | None:
        """"Lavrov met Diop ... the minister said": the holder the actor resolver found for a definite office named
        alone (its rule for every stage, actors.resolve POINTING_BACK), when it found one and set no country of
        its own in the title."""
        m = self.by_token.get(head.i)
        if m is None or m.type != "person" or not self._definite(head) or head.text[:1].isupper() or \
                any(self.doc.tokens[i].text[:1].isupper() for i in m.tokens()):
            return None   # (a name of its own is no title pointing back)
        return Said(m.actor, head.idx, person=True, role=role, named=True)

    def _civilian_pointed_back(self, head: Token, kind: str) -> Said | None:
        """"Aminata Kéïta runs a cereal shop ... she said. According to the trader, ...": a definite role of no state
        (a trader, a herder, « la commerçante ») is the person named without a title who was heard just before,
        when the gender fits."""
        if kind in STATE_KINDS or not self._definite(head) or self._owned_by_person(head):
            return None
        gender = self.gender_of(head)
        for said in reversed(self.history):
            if said.char >= head.idx or self._sentences_between(said.char, head.idx) > MEMORY:
                continue
            if said.person and said.named and said.role is None and said.actor.country is None and \
                    said.actor.code is None and not _other_gender(self.known_gender(said), gender):
                return replace(said, char=head.idx)
            return None   # someone else spoke since
        return None

    def _ranked_before(self, head: Token, kind: str) -> Said | None:
        """« Le ministre des Mines, le colonel X, et son homologue russe ... a déclaré l'officier », "General X ...
        the general said": a definite military title is the nearest person named before it with a rank or title
        of that kind, though they held another office too."""
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.type != "person" or not first <= m.start < head.i or \
                    any(a <= self.doc.tokens[m.start].idx < b for a, b in self.quoted):
                continue
            role, found = self._title_before(m)
            if found == kind:   # (the country comes from the whole title: « Le ministre nigérien ..., le colonel X »)
                said = self._titled_person(m.actor, head) or self.phrase(self.doc.tokens[self.coder._mention_head(m)])
                if said is not None and said.person:
                    return replace(said, char=head.idx, role=role)
        return None

    def _envoy_before(self, head: Token) -> Said | None:
        """« L'ambassadeur de Chine ... a affirmé le diplomate », "the envoy ... the diplomat said": a definite
        diplomatic title without a country is the foreign envoy heard or named just before."""
        near = [s for s in self.history if s.char < head.idx and s.person and s.role in self.lex.foreign_roles
                and self._sentences_between(s.char, head.idx) <= MEMORY]
        if near:
            return replace(near[-1], char=head.idx)
        # « La ministre sénégalaise ... s'est dite « optimiste ». « ... », a insisté la diplomate »: a foreign official
        # heard in the sentence before, of a gender that fits, is the one the title sums up
        gender = self.gender_of(head)
        foreign = [s for s in self.history if s.char < head.idx and s.person and s.actor.country and self.home and
                   s.actor.country != self.home and self._sentences_between(s.char, head.idx) <= 1 and
                   not _other_gender(self.known_gender(s), gender)]
        if foreign:
            return replace(foreign[-1], char=head.idx)
        quoted = self.quoted
        first = self.doc.sentences[max(0, head.sent - MEMORY)].start
        for i in range(head.i - 1, first - 1, -1):
            t = self.doc.tokens[i]
            if t.pos != "NOUN" or norm(t.lemma) not in self.lex.foreign_roles or \
                    any(a <= t.idx < b for a, b in quoted):
                continue
            np = self._np(t)
            if self._country_in(np) is not None:
                said = self.phrase(t)
                return replace(said, char=head.idx) if said is not None else None
        # "The EU's special representative, X, arrived in Niamey ... The envoy told": a person named as the subject
        # just before, whose title ties them to a foreign state or a body, is the one met again by the title
        said = self._subject_before(head, "il")
        if said is not None and said.person and said.named and said.actor.country != self.home:
            return said
        return None

    def _frame(self, head: Token) -> tuple[str, ActorMention] | None:
        """The actor named by a short phrase that opens the speaker's sentence before a comma, and how: "side"
        for « Côté béninois, », « Du côté de Niamey, », "On the Beninese side," (the side of a dispute that
        speaks next), "at" for « À la BCEAO, », "At the central bank," (the body the speaker works at)."""
        s = self.doc.sentences[head.sent]
        toks = self.doc.tokens
        comma = next((i for i in range(s.start, head.i) if toks[i].text == ","), None)
        if comma is None or comma - s.start > 6:
            return None
        words = [norm(t.text) for t in toks[s.start:comma]]
        how = "side" if SIDE & set(words) else "at" if words[0] in AT else None
        for i in range(s.start, comma):
            m = self.by_token.get(i)
            if how == "side" and m is not None and m.actor.country or how == "at" and m is not None and m.type == "org":
                return how, m
        return None

    def _side_country(self, head: Token) -> str | None:
        """« Côté béninois, le porte-parole du gouvernement a répété »: the country of the side the sentence
        opens with; else the country of a fronted place phrase (« Au poste malien de Koury, le sergent X », "In
        Niger, the minister"): where a state's agent serves, never a speaker itself; else the country of the
        state outlet the speaker's words were read on (« dans un communiqué lu à l'ORTM »)."""
        frame = self._frame(head)
        if frame is not None and frame[0] == "side":
            return frame[1].actor.country
        return self._fronted_place_country(head) or self._aired_country(head)

    def _fronted_place_country(self, head: Token) -> str | None:
        """The country a locative phrase opening the sentence names by a country or its adjective (« Au poste
        malien de Koury, », « Au Niger, », "At the Malian post,"), when no body is named in it."""
        s = self.doc.sentences[head.sent]
        toks = self.doc.tokens
        if s.start >= head.i or norm(toks[s.start].text) not in AT | {"in", "en", "dans", "on", "sur"}:
            return None
        comma = next((i for i in range(s.start, head.i) if toks[i].text == ","), None)
        if comma is None or comma - s.start > 8:
            return None
        found = [self.by_token[i] for i in range(s.start, comma) if i in self.by_token]
        if any(m.type in ("org", "unknown", "person") for m in found):
            return None   # « À la BCEAO, »: a body, read as the speaker's workplace
        return next((m.actor.country for m in found if m.type in ("adjective", "country") and m.actor.country), None)

    def _aired_country(self, head: Token) -> str | None:
        """« Le gouvernement a annoncé, dans un communiqué lu à l'ORTM, ... »: the country of a state outlet that
        the sentence says read or aired the speaker's words."""
        toks = self.doc.tokens
        s = self.doc.sentences[head.sent]
        for i in range(s.start, s.end):
            if norm(toks[i].text) not in AIRED:
                continue
            for j in range(i + 1, min(i + 5, s.end)):
                m = self.by_token.get(j)
                if m is not None and m.type == "org" and m.actor.kind == "MED" and m.actor.country:
                    return m.actor.country
        return None

    def _on_at(self, head: Token) -> Said | None:
        """« Au ministère nigérien du Pétrole, on se veut serein : », « Chez les transporteurs, on dénonce »: the
        impersonal « on » is the body or group the sentence opens at."""
        s = self.doc.sentences[head.sent]
        toks = self.doc.tokens
        if s.start >= head.i or norm(toks[s.start].text) not in AT | ON_SIDE:
            return None
        comma = head.i - 1
        if toks[comma].text != "," or comma - s.start > 12 or \
                any(t.pos in ("VERB", "AUX") or t.text in MARKS_OPEN for t in toks[s.start:comma]):
            return None
        words = [t for t in toks[s.start:comma] if norm(t.text) not in ON_SIDE]
        # « Du côté des organisateurs, le collectif M62, on revendique »: the name set beside the side, else its noun
        named = next((self.by_token[t.i] for t in words if t.i in self.by_token and
                      self.by_token[t.i].type in ("org", "unknown", "person")), None)
        noun = self.doc.tokens[self.coder._mention_head(named)] if named is not None else \
            next((t for t in words if t.pos in ("NOUN", "PROPN") and t.text != ","), None)
        said = self.phrase(noun) if noun is not None else None
        if said is None and noun is None:   # « Côté burkinabè, on se montre prudent »: that state's side
            country = next((self.by_token[t.i].actor.country for t in words if t.i in self.by_token and
                            self.by_token[t.i].type in ("adjective", "country")), None)
            said = Said(country_actor(country, "GOV"), head.idx, person=False) if country else None
        return replace(said, char=head.idx, person=False) if said is not None else None

    def _workplace(self, head: Token) -> Said | None:
        """« À la BCEAO, un cadre joint par téléphone rappelle »: an unnamed staff member speaks for the body the
        sentence opens at."""
        frame = self._frame(head)
        return Said(frame[1].actor, head.idx, person=True, named=True) if frame is not None and frame[0] == "at" \
            else None

    def _country_in(self, np: set[int]) -> str | None:
        for i in sorted(np):
            m = self.by_token.get(i)
            if m is not None and m.actor.country and m.type in ("adjective", "country", "composite", "capital",
                                                               "modifier"):
                return m.actor.country
        return None

    def localise(self, actor: Actor) -> Actor:
        """A national body without a country ("a government spokesman") speaks for the article's state."""
        if actor.country or not actor.id.startswith("---") or not self.home:
            return actor
        return country_actor(self.home, actor.kind)


def verb_after_noun(doc: Document, t: Token) -> bool:
    """« Reporters sans frontières juge ces propos », « Un notable présent estime pour sa part », « Le Syndicat
    ... du Niger dénonce », « Le gouverneur de la région promet »: a present form the tagger took for a noun or adjective straight after a noun is the
    verb of that noun (a noun after a noun takes a determiner or a preposition first)."""
    prev = doc.tokens[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.sent == t.sent and prev.pos in ("NOUN", "PROPN", "ADJ") and \
        t.pos in ("NOUN", "ADJ", "PROPN") and t.text.islower() and re.search(r"(e|ent|t)$", t.text) is not None
    # (« t » for the verbs in -ir and -re: « Le gouverneur ... promet pour sa part », « admet », « avertit »)


def _same_role(a: str | None, b: str | None) -> bool:
    """The same title in either gender: « avocate » and « avocat », « directrice » and « directeur »."""
    def base(w: str) -> str:
        return re.sub(r"trice$", "teur", w).rstrip("e")
    return a is not None and b is not None and base(a) == base(b)


def _other_gender(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _clitic(word: str) -> str:
    """« a-t-il », « dit-elle »: the pronoun without its hyphens."""
    return re.sub(r"^-?(t-)?", "", word)


def home_country(doc: Document, mentions: list[ActorMention], quoted: list[tuple[int, int]]) -> str | None:
    """The state an article is about: the country of the places and state bodies it names, earliest weighing
    most, outside the `quoted` spans. Unnamed officials and state media are taken to belong to it."""
    lex = quote_lexicon(doc.language)

    def weight(tok: int, sentence: int) -> float:   # earlier weighs more; words inside quotes less
        inside = any(a <= doc.tokens[tok].idx < b for a, b in quoted)
        return (0.3 if inside else 1.0) / (1 + 0.5 * sentence)

    def in_quote(tok: int) -> bool:
        return any(a <= doc.tokens[tok].idx < b for a, b in quoted)

    score: dict[str, float] = {}
    place_tokens: set[int] = set()
    for p in doc.annotations.get("places", []):
        place_tokens.update(range(p.start, p.end))
        if p.place.country and not in_quote(p.start) and not _names_a_text(doc, p.start, p.end, lex):
            score[p.place.country] = score.get(p.place.country, 0.0) + \
                (3.0 if p.place.precision in ("city", "admin1", "point") else 1.0) * weight(p.start, p.sentence)
            # where things happen says most; a place a speaker names in their own words says little
    quoted_only = _countries_quoted_only(doc, mentions, in_quote)
    for si, subjects in enumerate(doc.annotations.get("subjects", [])):
        for a in subjects:
            if a.country and a.country not in quoted_only.get(si, ()) and a.kind != "MED":
                score[a.country] = score.get(a.country, 0.0) + 2.0 / (1 + 0.5 * si)
            # a subject inside quoted words (« « L'Algérie s'ingère », a-t-il martelé ») is the speaker's topic,
            # and the outlet that reached a speaker (« Joint par RFI ») is no sign of where the story is
    foreign = lex.foreign_roles | EMBASSY
    abroad: set[str] = set()
    bodies: set[str] = set()
    for m in mentions:
        if m.actor.country and m.actor.id not in bodies and _state_body(m, lex):   # « le Conseil national de
            bodies.add(m.actor.id)                                                 # Transition », « lu à l'ORTM »
            score[m.actor.country] = score.get(m.actor.country, 0.0) + 2.0 * weight(m.start, m.sentence)
        if m.actor.country and m.type in ("country", "composite", "capital", "adjective", "modifier"):
            if m.type == "capital" and (place_tokens & set(m.tokens()) or _names_a_text(doc, m.start, m.end, lex)):
                continue   # one city counts once, as a place
            score[m.actor.country] = score.get(m.actor.country, 0.0) + weight(m.start, m.sentence)
            if any(norm(doc.tokens[i].lemma) in foreign or norm(doc.tokens[i].text) in foreign for i in m.tokens()) \
                    or _in_foreign_title(doc, m, foreign):
                abroad.add(m.actor.country)   # "the French ambassador": France is the foreign party here
    home = {c: v for c, v in score.items() if c not in abroad} or score
    return max(home, key=lambda c: home[c]) if home else None


def _in_foreign_title(doc: Document, m: ActorMention, foreign: frozenset[str]) -> bool:
    """« l'envoyé spécial du président turc », "the envoy of Turkey's president": a country named in the title of
    an envoy (through « de » / "of", not « au Niger » / "to Niger") is the visitor's, not the story's."""
    toks = doc.tokens
    cur = next((toks[i] for i in m.tokens() if not m.start <= toks[i].head < m.end), None)
    for _ in range(3):
        if cur is None or cur.head == cur.i or any(norm(toks[k].text) in AWAY for k in doc.children[cur.i]):
            return False
        cur = toks[cur.head]
        if cur.sent != toks[m.start].sent:
            return False
        if norm(cur.lemma) in foreign or norm(cur.text) in foreign:
            return True
    return False


def _names_a_text(doc: Document, start: int, end: int, lex: QuoteLexicon) -> bool:
    """« l'accord d'Alger », « le Statut de Rome », "the Rome Statute": a city in the name of an agreement is no
    place the article is about."""
    toks = doc.tokens
    before = [norm(toks[i].lemma) for i in range(max(0, start - 2), start)]
    after = norm(toks[end].lemma) if end < len(toks) else ""
    return len(before) == 2 and before[1] in ("de", "d'", "d’", "of") and before[0] in lex.agreements or \
        after in lex.agreements


def _countries_quoted_only(doc: Document, mentions: list[ActorMention],
                           in_quote: Callable[[int], bool]) -> dict[int, set[str]]:
    """The countries each sentence names inside quoted words only."""
    inside: dict[int, set[str]] = {}
    outside: dict[int, set[str]] = {}
    for m in mentions:
        if m.actor.country:
            (inside if in_quote(m.start) else outside).setdefault(m.sentence, set()).add(m.actor.country)
    return {si: cs - outside.get(si, set()) for si, cs in inside.items()}


def _state_body(m: ActorMention, lex: QuoteLexicon) -> bool:
    """A state body the dictionaries know: a ministry, an assembly, an army, or an outlet they call national or
    state-run (« télévision nationale malienne »; a foreign broadcaster is no sign of where the story is)."""
    if m.type != "org":
        return False
    if m.actor.kind in STATE_KINDS:
        return True
    names = " ".join(norm(n) for n in (m.actor.name, *m.actor.aliases))
    return m.actor.kind == "MED" and any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", names)
                                         for w in lex.state_marks)


EMBASSY = frozenset({"ambassador", "embassy", "ambassadeur", "ambassadrice", "ambassade"})
AWAY = frozenset({"a", "au", "aux", "en", "in", "to", "aupres"})   # "envoy to Niger": the host, not the visitor
