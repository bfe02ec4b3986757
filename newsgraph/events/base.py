"""The shared base of the event coder.

`CoderBase` holds the per-document state every rule reads (mentions, places, lexicons, what the sentences
before told) and the helpers over the dependency parse that every part needs: a token's children, its
objects, whether it is passive, and the verb or noun lexicon entry a word carries. `Trigger` is the record
a rule fills in; `Pending` an event noun waiting for its participants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeGuard

from newsgraph.actors.resolve import CLAUSE_DEPS, ActorMention
from newsgraph.events import lexicon
from newsgraph.events.lexicon import NounEntry, VerbEntry
from newsgraph.events.words import (
    AGENT,
    BORDER_PREPS,
    BORDERS,
    BY_MEANS,
    COMPLEMENTIZERS,
    DE_CASES,
    FR_CONDITIONAL_STEMS,
    FR_ETRE_VERBS,
    LOCATIVE,
    MISSION_ROOTS,
    NOT_PARTY,
    OBJ,
    PASS_SUBJ,
    QUANTITY,
    SHIFTED_JUDGEMENTS,
    STATIVE_PARTICIPLES,
    SUBJ,
    TIME_WORDS,
)
from newsgraph.geo.places import PlaceMention
from newsgraph.models import Actor, Event, Place, Record
from newsgraph.nlp.document import Document, Token


def reaction(code: str) -> bool:
    """Praise, criticism and rejection: acts aimed at whoever did what they react to."""
    return code[:2] in ("05", "12") or code[:3] in ("110", "111")


def standalone(m: ActorMention | None, strict: bool = False) -> TypeGuard[ActorMention]:
    """Whether a mention names an actor that can be a party, rather than qualifying a noun ("Malian" in
    "Malian troops", « de l'AES » in « les ministres de l'AES » read as a modifier). `strict` also turns away
    sector words used as modifiers ("army" in "army spokesman")."""
    if m is None or m.type in ("adjective", "modifier"):
        return False
    return not (strict and m.type == "sector_modifier")


def side(a: Actor | None) -> str | None:
    """The side an actor stands for: its state for a state body, else itself ("the two sides")."""
    if a is None:
        return None
    if a.country and a.code and a.code.startswith(a.country):
        return a.country
    if a.kind == "IGO" and a.code and a.code != a.kind:
        return a.code  # "the ECOWAS Commission" and its president Omar Touray are ECOWAS
    return a.id


def lemma_of(t: Token) -> str:
    """The folded lemma (or text) every word list is compared with."""
    return lexicon.norm(t.lemma or t.text)


# Object pronouns a French gerund may carry between « en » and its participle (« en les accusant »).
GERUND_CLITICS = {"le", "la", "les", "l'", "l", "lui", "leur", "se", "s'", "s", "y", "me", "m'", "nous", "vous"}


@dataclass
class Trigger:
    token: int
    code: str
    kind: str                      # verb, light, noun, evaluation, gather
    confidence: float
    modality: str = "asserted"
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    pronoun: bool = False
    date: tuple[str, str] | None = None
    place: Place | None = None
    antecedent: int | None = None  # token of an earlier event noun this trigger continues


@dataclass
class Pending:
    """An event noun with no participants yet ("a ministerial meeting in Moscow on April 3")."""

    token: int
    code: str
    sentence: int
    date: tuple[str, str] | None
    place: Place | None
    noun: str


class CoderBase:
    """Per-document state and parse helpers; the mixins in `newsgraph.events` add the rules."""

    def __init__(self, record: Record, doc: Document) -> None:
        self.record = record
        self.doc = doc
        self.lang = doc.language
        self.verbs = lexicon.verbs(self.lang)
        self.nouns = lexicon.nouns(self.lang)
        self.cues = lexicon.cues(self.lang)
        self.mentions: list[ActorMention] = doc.annotations.get("mentions", [])
        self.places: list[PlaceMention] = doc.annotations.get("places", [])
        self.by_token: dict[int, ActorMention] = {}
        for m in self.mentions:
            for i in m.tokens():
                self.by_token.setdefault(i, m)
        self.place_by_token = {i: p for p in self.places for i in range(p.start, p.end)}
        self.ref = dt.date.fromisoformat(record.date) if record.date else None
        self.subjects: list[list[Actor]] = []   # subject actors of each sentence's main events
        self.pending: list[Pending] = []
        self.brokers: dict[int, list[tuple[int, Actor]]] = {}  # sentence -> (token, actor) that obtained a truce
        self.consumed: set[int] = set()
        self.dates: dict[int, list[tuple[int, tuple[str, str]]]] = {}
        self.triggers: set[int] = set()
        self.lemma_override: dict[int, Token] = {}
        self.last_pair: list[Actor] = []   # source and target of the latest event with both
        self.last_group: list[Actor] = []  # the latest list of three or more named together
        self.accusers: list[tuple[int, Actor]] = []  # (sentence, source) of each accusation coded so far
        self.captors: list[tuple[int, Actor]] = []  # (sentence, source) of each arrest or abduction coded so far
        self.told_here: list[Event] = []  # the events coded so far in the sentence being coded
        self.told_before: list[Event] = []  # the events of the sentences before it
        self.unattributed: set[str] = set()  # ids of reactions to violence whose doer nobody names
        self.pair_roots: set[int] = set()  # sentence roots whose subject is being read for "the two sides"

    def _kids(self, i: int, deps: set[str] | None = None) -> list[Token]:
        return [self.doc.tokens[c] for c in self.doc.children[i] if deps is None or self.doc.tokens[c].dep in deps]

    def _case_word(self, t: Token) -> str:
        if t.dep == "pobj" and t.head != t.i:
            return lexicon.norm(self.doc.tokens[t.head].text)
        cases = self._kids(t.i, {"case"})
        return lexicon.norm(cases[0].text) if cases else ""

    def _prep_word(self, k: Token) -> str:
        """The preposition of an argument, whether the parse makes it the head ("prep", "agent", "dative") or a
        "case" child of the noun."""
        return lexicon.norm(k.text) if k.dep in ("prep", "agent", "dative") else self._case_word(k)

    def _governing_verb(self, t: Token) -> int | None:
        cur = t
        for _ in range(4):
            if cur.head == cur.i:
                return None
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                return cur.i
        return None

    def _mention_head(self, m: ActorMention) -> int:
        for i in range(m.end - 1, m.start - 1, -1):
            h = self.doc.tokens[i].head
            if h < m.start or h >= m.end or h == i:
                return i
        return m.end - 1

    def _conditions(self, t: Token) -> list[Token]:
        """The clauses that set a condition on `t` ("if cooperation founders", « si le Hezbollah n'était pas
        désarmé », "unless Washington halted")."""
        return [k for k in self._kids(t.i, {"advcl"})
                if any(lemma_of(m) in self.cues["conditional_marks"] for m in self._kids(k.i, {"mark"}))]

    def _arg_tokens(self, head: int) -> set[int]:
        """Tokens of an argument: its subtree without clauses, appositions, or locative phrases."""
        out = {head}
        stack = list(self.doc.children[head])
        while stack:
            j = stack.pop()
            t = self.doc.tokens[j]
            if t.dep in CLAUSE_DEPS or (t.dep == "pcomp" and t.pos == "VERB"):
                continue  # (a gerund is a clause: "accusing the organisation of colluding with armed groups")
            if t.dep in ("prep",) and t.lower in LOCATIVE:
                continue
            if t.dep in ("nmod", "obl", "obl:mod") and any(self.doc.tokens[c].dep == "case" and
                                                            self.doc.tokens[c].lower in LOCATIVE
                                                            for c in self.doc.children[j]):
                continue
            if self._border_phrase(t):
                continue  # « des renforts à la frontière algérienne », "troops to the Malian border": a place
            if (t.pos == "ADP" and j > 0 and lemma_of(self.doc.tokens[j - 1]) in NOT_PARTY) or \
                    (t.dep in ("nmod", "obl", "obl:mod", "pobj") and lemma_of(t) in NOT_PARTY):
                # "relations with Kyiv in solidarity with Bamako", hung on "relations"; « libéré deux ressortissants
                # à la suite d'une médiation du Ghana », hung on the object: no party of the act
                continue
            out.add(j)
            stack.extend(self.doc.children[j])
        return out

    @staticmethod
    def _present_participle(t: Token) -> bool:
        """"accusing", « accusant »."""
        return t.tag == "VBG" or ("VerbForm=Part" in t.morph and "Tense=Pres" in t.morph)

    def _root_of(self, t: Token) -> Token:
        """The root of `t`'s sentence."""
        while t.head != t.i:
            t = self.doc.tokens[t.head]
        return t

    def _gerund(self, t: Token) -> bool:
        """A French gerund: « en » and a present participle, object pronouns between (« en les accusant »)."""
        if self.lang != "fr" or not self._present_participle(t):
            return False
        i = t.i - 1
        while i >= 0 and t.i - i <= 2 and lexicon.norm(self.doc.tokens[i].text) in GERUND_CLITICS:
            i -= 1
        return i >= 0 and self.doc.tokens[i].lower == "en"

    def _after_comma_participle(self, t: Token) -> bool:
        """A present participle opening an adverbial clause after a comma (", accusing", « , accusant »)."""
        return t.dep == "advcl" and t.i > 0 and self.doc.tokens[t.i - 1].text == "," and self._present_participle(t)

    def _border_phrase(self, t: Token) -> bool:
        """Whether `t` heads a phrase that sends or finds something at a border (« à la frontière algérienne »,
        "to the Malian border"): the neighbour its adjective names is where, not a party. A border "of" or « de »
        something stays (« la fermeture de la frontière avec l'Algérie »)."""
        if t.dep in ("nmod", "obl", "obl:mod") and lemma_of(t) in BORDERS:
            return not any(self.doc.tokens[c].dep == "case" and self.doc.tokens[c].lower in DE_CASES
                           for c in self.doc.children[t.i])
        return t.dep == "prep" and t.lower in BORDER_PREPS and \
            any(self.doc.tokens[c].dep == "pobj" and lemma_of(self.doc.tokens[c]) in BORDERS for c in self.doc.children[t.i])

    def _demand_clauses(self, t: Token) -> list[int]:
        """The « que » / "that" tokens that open what a demand or an appeal `t` asks for, however the parser hung
        them (« a exigé lundi, dans un communiqué publié à Niamey, que les forces quittent ... et que le M23
        dépose les armes »): the first one after it in its sentence with no other verb between (a past
        participle is a description; "estimant que", "noting that" open other words), not right after a noun
        (« le cessez-le-feu que la Russie a signé » is a relative), and those coordinated with it (« et que »)."""
        s = self.doc.sentences[t.sent]
        out: list[int] = []
        for i in range(t.i + 1, s.end):
            k = self.doc.tokens[i]
            opener = lexicon.norm(k.text).rstrip("'’") in COMPLEMENTIZERS and k.pos in ("SCONJ", "ADP") and \
                self.doc.tokens[i - 1].pos not in ("NOUN", "PROPN")
            if opener and (not out or lexicon.norm(self.doc.tokens[i - 1].text) in ("et", "and", "ou", "or")):
                out.append(i)
            elif not out and k.pos in ("VERB", "AUX") and not (k.tag == "VBN" or (
                    "VerbForm=Part" in k.morph and "Tense=Past" in k.morph)):
                break
        return out

    def _actor_before(self, i: int, sent: int) -> Actor | None:
        """The actor named right before token `i` in its sentence, punctuation aside ("un ressortissant
        français, accusé", « le capitaine Traoré, à qui »); not a nationality adjective."""
        start = self.doc.sentences[sent].start
        j = i - 1
        while j > start and self.doc.tokens[j].pos == "PUNCT":
            j -= 1
        m = self.by_token.get(j) if j >= start else None
        return m.actor if standalone(m) else None

    def _stranded(self, t: Token) -> bool:
        """A French verb the parser attached as a modifier, with no subject or object of its own."""
        return self.lang == "fr" and t.pos == "VERB" and t.dep in ("amod", "nmod", "obl", "obl:mod", "appos") and \
            not self._kids(t.i, SUBJ | OBJ | PASS_SUBJ)

    def _conditional(self, t: Token) -> bool:
        """A verb in the conditional. The small French model tags « livrerait » as an imperfect, so a French
        verb whose stem before the ending is its infinitive (or a known irregular stem) is read as one."""
        if "Mood=Cnd" in t.morph:
            return True
        if self.lang != "fr" or t.pos not in ("VERB", "AUX"):
            return False
        w, lem = t.lower, (t.lemma or "").lower()
        for end in ("aient", "ait", "ais", "ions", "iez"):
            if w.endswith(end):
                stem = w[:-len(end)]
                return stem == lem or (lem.endswith("re") and stem == lem[:-1]) or stem in FR_CONDITIONAL_STEMS
        return False

    def _stative(self, t: Token) -> bool:
        """"Israel is opposed to French mediation", « le Mali est opposé à »: a participle naming its subject's
        state, with no agent, is no passive; nor is a French verb conjugated with « être » (« sont arrivés ») or a
        pronominal one (« se sont rassemblés »), which the small parser gives a passive subject."""
        if self._agents(t):
            return False
        if lemma_of(t) in STATIVE_PARTICIPLES:
            return True
        return self.lang == "fr" and (lemma_of(t) in FR_ETRE_VERBS or self._pronominal_past(t))

    def _pronominal_past(self, t: Token) -> bool:
        """« se sont rassemblés », « s'est retirée »: a reflexive clitic and « être » as tense auxiliary only."""
        kids = self._kids(t.i)
        return any(k.lower in ("se", "s'", "s’") and k.dep.startswith("expl") for k in kids) and \
            not any(k.dep in ("aux:pass", "auxpass") for k in kids)

    def _passive(self, t: Token) -> bool:
        if self._stative(t):
            return False
        if any(lemma_of(k) == "have" for k in self._kids(t.i, {"aux"})) and \
                not self._kids(t.i, {"auxpass", "aux:pass"}):
            return False  # "it had beaten back an assault by JNIM": a perfect, active; the "by" is the assault's
        return bool(self._kids(t.i, PASS_SUBJ | {"auxpass", "aux:pass"})) or \
            (t.tag == "VBN" or "VerbForm=Part" in t.morph) and bool(self._agents(t))

    def _agents(self, t: Token) -> list[Token]:
        """The "by" / « par » phrases of a verb that name a doer, not a means (« a félicité par téléphone »)."""
        return [k for k in self._kids(t.i, AGENT) if not self._means(k)]

    def _means(self, k: Token) -> bool:
        """An agent phrase whose head or first word is a means (« par téléphone », with or without a name after)."""
        cases = self._kids(k.i, {"case"})
        first = self.doc.tokens[cases[0].i + 1] if cases and cases[0].i + 1 < len(self.doc.tokens) else k
        return lemma_of(k) in BY_MEANS or lemma_of(first) in BY_MEANS

    def _objects(self, t: Token) -> list[Token]:
        """Direct objects, skipping dates the French parser takes for objects ("a signé samedi la charte"),
        and French partitive objects it hangs on the recipient ("livrer au Burkina de nouveaux hélicoptères")."""
        out = []
        for x in self._kids(t.i, {"xcomp", "obl:mod"}):
            if lemma_of(x) in TIME_WORDS:  # "a convoqué jeudi l'ambassadeur": the day, read as a verb, took it
                out.extend(self._kids(x.i, OBJ))
        for o in self._kids(t.i, OBJ):
            counted = self._kids(o.i, {"nummod"}) or [k for k in self._kids(o.i, {"det"})
                                                      if k.lower in ("un", "une", "a", "an", "one")]
            if lemma_of(o) in TIME_WORDS and not counted:  # "cinquante jours", « une semaine » are spans
                out.extend(k for k in self._kids(o.i, {"nmod", "appos", "obj", "conj"}) if lemma_of(k) not in TIME_WORDS)
            else:
                out.append(o)
        if not out and self.lang == "en":
            # "has dismissed as baseless accusations by Niger's leader that ...": the object moved after its judgement
            for p in self._kids(t.i, {"prep"}):
                if p.lower == "as" and p.i > t.i:
                    out.extend(n for n in self._kids(p.i, {"pobj"}) if n.pos == "NOUN" and any(
                        lemma_of(a) in SHIFTED_JUDGEMENTS for a in self._kids(n.i, {"amod"})))
        if not out and self.lang == "en":
            # "declared the French ambassador persona non grata", "found the former minister guilty of": the small
            # model reads the object and its predicate as a clause of their own; the object and the predicate
            for c in self._kids(t.i, {"ccomp", "oprd"}):
                if c.pos in ("NOUN", "ADJ", "PROPN") and not self._kids(c.i, {"aux", "auxpass", "cop", "mark", "neg"}):
                    # (not "found him not guilty": an acquittal is no verdict of guilt)
                    out.extend(self._kids(c.i, {"nsubj"}) + [c])
        if not out and self._stranded(t):  # the next noun is the object
            s = self.doc.sentences[t.sent]
            for i in range(t.i + 1, min(s.end, t.i + 4)):
                if self.doc.tokens[i].pos in ("NOUN", "PROPN"):
                    out.append(self.doc.tokens[i])
                    break
                if self.doc.tokens[i].pos not in ("DET", "ADJ", "NUM"):
                    break
        if not out and self.lang == "fr":
            for k in self._kids(t.i, AGENT):  # « a félicité par téléphone Alassane Ouattara »: whom, hung on the means
                if lemma_of(k) in BY_MEANS:
                    out.extend(self._kids(k.i, {"appos"}))
                elif self._means(k):
                    out.append(k)
            for k in self._kids(t.i, {"obl:arg", "obl:mod"}):  # "a envoyé lundi des soldats": the date took the object slot
                cases = [lexicon.norm(c.text) for c in self._kids(k.i, {"case"})]
                if k.pos == "NOUN" and (not cases or any(c in ("des", "du") for c in cases)) and \
                        lemma_of(k) not in TIME_WORDS:
                    out.append(k)  # (with no preposition at all: « tuant au moins cinq soldats », « fourni au Tchad une aide »)
                elif cases and cases[0] in ("a", "au", "aux"):
                    out.extend(self._kids(k.i, OBJ))  # « a fourni au Niger des véhicules »: hung on the recipient
            for k in self._kids(t.i, {"obl", "obl:arg", "obl:mod", "iobj"}):
                for n in self._kids(k.i, {"nmod"}):
                    if n.pos == "NOUN" and any(lexicon.norm(c.text) in ("de", "des", "d", "du") for c in
                                               self._kids(n.i, {"case", "det"})):
                        out.append(n)
        return out

    def _agent_actors(self, t: Token) -> list[Actor]:
        """The actors a verb's "by" / « par » agent names, each the agent itself (« par le Mali devant la Cour »:
        Mali, not the court)."""
        out: list[Actor] = []
        for k in self._kids(t.i, AGENT):
            m = self.by_token.get(next(iter(self._kids(k.i, {"pobj"})), k).i)
            if standalone(m) and m.actor not in out:
                out.append(m.actor)
        return out

    def _named_agent(self, t: Token) -> bool:
        """Whether a participle names the actor who did it (« des accusations rejetées par Paris », "sanctions
        imposed by Washington"): today's act told through its result, unless dated years back."""
        return bool(self._agent_actors(t))

    def _purpose(self, k: Token) -> bool:
        """Whether a clause is a purpose infinitive ("to investigate", « pour dénoncer », « afin de »)."""
        return any(m.lower in ("to", "pour", "afin") for m in self._kids(k.i, {"aux", "mark", "case"}))

    def _mission(self, t: Token) -> Token | None:
        """The purpose of a dispatch, when it is an inquiry or a mediation: "sent personnel to Bosnia to
        investigate", « a dépêché une mission à Niamey pour enquêter »."""
        for k in self._kids(t.i, {"advcl", "xcomp", "acl"}):
            if not self._purpose(k):
                continue
            entry = self._verb_entry(k)
            if entry is not None and entry.code != "light" and (entry.code[:2] in MISSION_ROOTS or
                                                                 entry.code[:3] in MISSION_ROOTS):
                return k
        return None

    def _described(self, t: Token) -> list[Token]:
        """The noun a past participle describes, which underwent the act: « les sanctions imposées au Soudan »,
        "the aid pledged by Japan"."""
        if t.dep == "acl" and t.head != t.i and ("Tense=Past" in t.morph or t.tag == "VBN"):
            return [self.doc.tokens[t.head]]
        return []

    def _object_lemmas(self, t: Token) -> set[str]:
        out = set()
        # (a passive's subject is what is acted on, whatever else the parser reads as an object: « Une dizaine de
        # véhicules blindés ont été remis ... au titre de la coopération militaire »)
        objs = self._objects(t) + (self._kids(t.i, PASS_SUBJ) if self._passive(t) else []) or self._described(t)
        if not objs:
            out |= self._object_words_after(t)
        for o in objs:
            out.add(lemma_of(o))
            m = self.by_token.get(o.i)
            if m is not None and m.type == "country":  # "was leaving Mali": a country named is a country
                out.update(("country", "pays"))
            for c in self._kids(o.i, {"compound", "amod", "conj", "nmod"}):
                out.add(lemma_of(c))
            for c in self._kids(o.i, {"prep"}):  # "a ban on broadcasts"
                out.update(lemma_of(x) for x in self._kids(c.i, {"pobj"}))
            out |= self._counted(o)  # « dissoudre l'ensemble des partis », "banned all of the parties"
            if self.lang == "fr":  # « placé les forces de défense et de sécurité en état d'alerte »: « en X » sinks
                out |= self._state_put_in(o)
        # "gave the envoys 48 hours to leave": the English parser hangs the second object, a counted span of
        # time, as an adverb
        out.update(lemma_of(k) for k in self._kids(t.i, {"npadvmod"})
                   if lemma_of(k) in TIME_WORDS and self._kids(k.i, {"nummod"}))
        if self.lang == "fr":  # "mettre en garde", "prendre en otage", "mettre à la disposition de"
            days = [x for x in self._kids(t.i, {"xcomp", "obl:mod"}) if lemma_of(x) in TIME_WORDS]
            # (« sont parvenus jeudi à un compromis »: the day, read as a verb, took the complement)
            for k in self._kids(t.i, {"obl", "obl:arg", "obl:mod"}) + [y for x in days for y in self._kids(x.i, {"obl:arg"})]:
                if out & {"usage", "recours"}:  # « a fait usage de gaz lacrymogènes »: what is used
                    out.update(lemma_of(x) for x in [k] + self._kids(k.i, {"amod", "acl"}))
                if any(lexicon.norm(c.text) in ("en", "a", "au", "aux", "sous", "hors") for c in self._kids(k.i, {"case"})):
                    out.add(lemma_of(k))
                    if lemma_of(k) == "etat" or lexicon.norm(k.text) == "etat":  # « placer en état d'alerte »
                        out.update(lemma_of(n) for n in self._kids(k.i, {"nmod"}))
        return out

    # Relations no noun right after its verb can bear in a sound parse: where the parser left the verb's object.
    MISPARSED_OBJECT = frozenset({"punct", "dep", "ccomp", "xcomp", "nsubj", "nsubj:pass", "appos"})

    def _object_words_after(self, t: Token) -> set[str]:
        """"signed the minerals deal" (read "minerals" as a subject and "deal" as a verb), « ont signé mercredi à
        Washington l'accord » (« accord » hung on the city): when the parser gives a verb no object, the nouns of
        the determined phrases that follow it in its clause stand for it."""
        out: set[str] = set()
        toks = self.doc.tokens
        determined = False
        for j in range(t.i + 1, min(t.i + 10, len(toks))):
            x = toks[j]
            if x.sent != t.sent or x.pos in ("PUNCT", "SCONJ", "AUX") and x.text not in ("'", "’", "-") or \
                    x.pos == "VERB" and not determined or lexicon.norm(x.text) in ("that", "que", "qu'", "qui", "which"):
                break
            if x.pos == "DET":
                determined = True
            elif determined and x.text.islower() and x.pos in ("NOUN", "VERB") and x.dep in self.MISPARSED_OBJECT:
                out.add(lemma_of(x))
        return out

    def _detached_complement(self, t: Token) -> list[Token]:
        """« portant dissolution de l'ensemble des partis »: a French « de X » right after an object, which the
        parser hangs on the verb, is the object's complement."""
        if self.lang != "fr" or t.dep != "obj" or t.head == t.i:
            return []
        return [k for k in self._kids(t.head, {"obl:arg", "obl"}) if k.i > t.i and
                all(self.doc.tokens[j].pos in ("DET", "ADP") for j in range(t.i + 1, k.i)) and
                any(lexicon.norm(c.text) in ("de", "du", "des", "d'") for c in self._kids(k.i, {"case"}))]

    def _state_put_in(self, o: Token) -> set[str]:
        """« en état d'alerte », « en détention » hung by the parser inside a long object: the state the object
        is put in (with what « état » is of)."""
        out: set[str] = set()
        todo, seen = [o], 0
        while todo and seen < 12:  # (the object phrase, not the whole sentence: « en X » beyond it is another's)
            x = todo.pop()
            seen += 1
            kids = self._kids(x.i, {"nmod", "conj"})
            todo.extend(kids)
            if x is not o and any(lexicon.norm(c.text) == "en" for c in self._kids(x.i, {"case"})):
                out.add(lemma_of(x))
                if lemma_of(x) == "etat":
                    out.update(lemma_of(n) for n in self._kids(x.i, {"nmod"}))
        return out

    def _counted(self, t: Token) -> set[str]:
        """Lemmas of what a quantity word among `t`'s complements counts (« l'ensemble des partis »: parti)."""
        out: set[str] = set()
        for q in [t] + self._kids(t.i, {"nmod", "prep"}) + [x for p in self._kids(t.i, {"prep"})
                                                        for x in self._kids(p.i, {"pobj"})]:
            if lemma_of(q) in QUANTITY:
                out.update(lemma_of(x) for x in self._counted_nouns(q) if x.dep != "prep")
        return out

    def _counted_nouns(self, q: Token) -> list[Token]:
        """The nouns quantity word `q` counts, in order ("a series of raids": raids; a preposition with no
        object stands for itself)."""
        return [(self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k for k in self._kids(q.i, {"nmod", "prep"})]

    def _fr_participle_infinitive(self, t: Token) -> str:
        """« a sollicité », « a réceptionné »: a French past participle of the first group that the small model
        tags as a noun and leaves as its own lemma, read as its infinitive ("" when it is none)."""
        if self.lang != "fr" or t.pos not in ("NOUN", "ADJ", "ADV", "PROPN"):
            return ""
        text = t.text.lower()
        for end in ("ées", "és", "ée", "é"):
            if text.endswith(end) and len(text) > len(end) + 2:
                return lexicon.norm(text[:-len(end)] + "er")
        return ""

    def _verb_entry(self, t: Token) -> VerbEntry | None:
        carrier = self.lemma_override.get(t.i, t)
        entries = self.verbs.get(lemma_of(carrier)) or self.verbs.get(lexicon.norm(carrier.text)) or \
            self.verbs.get(self._fr_participle_infinitive(carrier))
        if not entries:
            return None
        kids = self._kids(t.i)
        # a particle or preposition belongs to the verb only right after it ("called on X", not
        # "called Tinubu on Monday"); an adverb or the object may stand between ("pulled its troops out")
        particles = {lexicon.norm(k.text) for k in kids if k.dep in ("prt", "compound:prt") or (
            k.dep in ("prep", "advmod", "case", "dep", "fixed") and 0 < k.i - t.i <= 2)}
        particles |= {lexicon.norm(self.doc.tokens[c].text) for k in kids if k.dep in ("obl", "obl:arg", "obl:mod")
                      for c in self.doc.children[k.i] if self.doc.tokens[c].dep == "case"}
        reflexive = any(k.lower in ("se", "s'", "s’", "me", "m'", "nous", "vous", "te") and
                        k.dep in ("expl:comp", "expl:pv", "obj", "iobj", "expl", "expl:pass") for k in kids)
        objs = self._object_lemmas(t)
        best: VerbEntry | None = None
        for e in entries:
            if e.particle and e.particle not in particles:
                continue
            if e.particle and e.object:  # "call for calm", "appeal for restraint": the object follows the particle
                for k in kids:
                    if lexicon.norm(k.text) == e.particle:
                        objs = objs | {lemma_of(x) for x in self._kids(k.i, {"pobj", "obl"})}
            if e.reflexive and not reflexive:
                continue
            if e.object and not (e.object & objs):
                continue
            if best is None or e.specificity > best.specificity:
                best = e
        return best

    def _noun_entry(self, t: Token) -> NounEntry | None:
        entries = self.nouns.get(lemma_of(t)) or self.nouns.get(lexicon.norm(t.text))
        if not entries:
            return None
        mods = {lemma_of(k) for k in self._kids(t.i, {"amod", "compound", "nmod", "nummod"})}
        mods |= self._counted(t)  # « la dissolution de l'ensemble des partis »
        for k in self._detached_complement(t):  # « un décret portant dissolution de l'ensemble des partis »
            mods |= {lemma_of(k)} | self._counted(k)
        mods |= {lemma_of(k) for k in self._kids(t.i, {"prep"})}  # "talks on", "an attack against"
        best = None
        for e in entries:
            if e.modifier and not (e.modifier & mods):
                continue
            if best is None or (e.modifier and not best.modifier):
                best = e
        return best
