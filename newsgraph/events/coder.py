"""Coding CAMEO events from a parsed document.

For each sentence the coder finds triggers — verbs in the verb lexicon, support verbs with an event
noun as object ("held talks"), event nouns with participants ("Russia's delivery of wheat to Mali"),
evaluations inside reported speech ("X noted that Y has been hostile") — and takes source and target
from the dependency parse: subject and object, passive agent, possessor, prepositional targets, and
the members of coordinated lists, one event each. Modality comes from the verbs around the trigger
(intention, negation, condition). Dates and places belong to the trigger they hang from in the parse.
A definite event noun that refers back to an earlier one ("The gathering ...") continues it: one
event with the date and place of the first mention and the participants of the second.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from newsgraph.actors.gazetteer import country_actor, gazetteer
from newsgraph.actors.resolve import CLAUSE_DEPS, ActorMention
from newsgraph.dates import find_dates
from newsgraph.events import lexicon
from newsgraph.events.lexicon import NounEntry, VerbEntry, code_info
from newsgraph.events.size import casualties
from newsgraph.geo.places import PlaceMention
from newsgraph.models import Actor, Event, Place, Record, event_id
from newsgraph.nlp.document import Document, Token

VERSION = "1.0"
CODER = f"newsgraph-events {VERSION}"

SUBJ = {"nsubj", "csubj", "expl:subj"}  # French inverted clitics: "a-t-il ajouté"
PASS_SUBJ = {"nsubjpass", "nsubj:pass"}
OBJ = {"dobj", "obj"}
AGENT = {"agent", "obl:agent"}
# Phrases that say where, not to whom. French "à/au/aux" also mark recipients ("livrer au Burkina"), so
# they are not here: a place after them is no actor anyway.
LOCATIVE = {"in", "at", "en", "dans", "near", "inside", "within", "près", "vers"}
DEFAULT_TARGET = {
    "en": ("with", "against", "to", "toward", "towards", "on", "from", "upon", "outside"),
    "fr": ("avec", "contre", "à", "au", "aux", "envers", "auprès", "de", "du", "des", "d", "sur", "devant"),
}
NOUN_TARGET = {
    "en": ("on", "against", "with", "between", "to", "of", "for", "toward", "towards", "among"),
    "fr": ("contre", "avec", "entre", "envers", "à", "au", "aux", "sur", "de", "du", "des", "d"),
}
FALLBACK_TARGET = {"en": ("in", "for"), "fr": ("en", "dans", "pour")}
PRONOUNS = {
    "en": {"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "itself", "themselves"},
    "fr": {"il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "lui", "eux", "celui-ci",
           "celle-ci"},
}
PERSONAL = {"he", "his", "him", "she", "her", "il", "elle", "lui"}
RELATIVE = {"which", "who", "that", "whom", "qui", "que", "lequel", "laquelle", "lesquels", "dont"}
GATHER = {"bring together", "gather", "bring", "unite", "convene", "assemble", "involve", "include",
          "réunir", "rassembler", "regrouper", "associer", "impliquer"}
MEETING_ROOTS = {"04"}
VIOLENT_ROOTS = {"18", "19", "20"}
SYMMETRIC = {"040", "041", "044", "046", "057", "030", "036", "0871", "060", "061", "062", "063", "064", "190", "193",
             "0311", "0312", "019"}
COMPLETION = {"begin", "start", "continue", "manage", "succeed", "resume", "keep", "go", "try", "attempt", "seek",
              "commencer", "continuer", "réussir", "parvenir", "poursuivre", "reprendre", "tenter", "chercher",
              "finir", "achever", "venir", "faire", "laisser", "make", "help", "aider"}
# A decision, a vote or a chosen occasion to act is reported as the act ("Alger a décidé de rappeler ses
# ambassadeurs", "used the summit to lambast ECOWAS"): the inner event is not merely planned.
# "the two men signed a pact", "les deux pays ont convenu": the pair of the event just told
PAIR_NOUNS = {"man", "men", "leader", "side", "country", "nation", "president", "minister", "government", "state",
              "party", "counterpart", "homme", "dirigeant", "partie", "pays", "président", "ministre",
              "gouvernement", "état", "chef", "homologue", "capitale", "capital"}
PAIR_WORDS = {"two": 2, "both": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
DOCUMENTS = {"letter", "statement", "communique", "resolution", "declaration", "report", "note", "message", "decree",
             "case", "complaint", "lawsuit", "petition", "suit", "plainte", "requête", "recours", "pétition",
             "lettre", "communiqué", "déclaration", "rapport", "texte", "message", "décret", "motion", "courrier"}
ABSTRACT = {"terrorism", "extremism", "insecurity", "crime", "migration", "trafficking", "banditry", "jihadism",
            "radicalisation", "radicalization", "poverty", "corruption", "impunity", "terrorisme", "extrémisme",
            "insécurité", "criminalité", "trafic", "banditisme", "djihadisme", "jihadisme", "radicalisation",
            "pauvreté", "corruption", "impunité", "immigration", "piracy", "piraterie"}
MEDIATION = re.compile(
    r"\b(?:sous l['’]égide|grâce à la médiation|avec la médiation|par l['’]entremise|under the auspices of|mediated by|"
    r"brokered by|with the mediation of)\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?(?:the\s+)?", re.I)
REPRISAL = {"retaliation", "reprisal", "response", "revenge", "représaille", "représailles", "riposte", "vengeance",
            "réponse"}
ELABORATE = {"target", "aim", "cover", "concern", "include", "cibler", "viser", "concerner", "inclure", "toucher"}
DECIDE = {"decide", "choose", "opt", "vote", "use", "décider", "choisir", "opter", "voter", "utiliser", "profiter",
          "résoudre"}
RECEIVE = {"receive", "obtain", "acquire", "get", "take", "buy", "purchase", "import", "recevoir",
           "obtenir", "acquérir", "acquerir", "réceptionner", "receptionner", "acheter", "importer"}
OPPOSE = {"oppose", "opposer", "pit", "involve", "impliquer", "mettre aux prises"}
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "nuit",
              "semaine", "jour", "veille", "lendemain", "heure", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "week", "day", "night", "morning", "evening", "year", "month", "an",
              "année", "mois", "aube"}
DOMESTIC_ROOTS = {"09", "14"}
DOMESTIC = {"172", "173", "175", "084", "081", "082", "083"}
TEMPORAL = {"during", "after", "before", "following", "amid", "since", "until", "pendant", "après", "apres", "avant",
            "lors", "depuis", "suite", "durant"}
HYPO_ADJ = {"possible", "eventuel", "éventuel", "potential", "hypothetical", "hypothetique", "hypothétique",
            "proposed", "propose", "proposé", "envisage", "envisagé", "rumoured", "rumored", "alleged", "presume",
            "présumé", "supposed", "suppose", "supposé", "putative", "allege", "presumer"}
PLANNED_ADJ = {"planned", "prevu", "prévu", "upcoming", "scheduled", "forthcoming", "prochain", "futur", "future"}
ANAPHORIC = {"commission", "bloc", "group", "organisation", "organization", "body", "alliance", "movement",
             "network", "agency", "institution", "coalition", "confederation", "union", "country", "nation",
             "groupe", "organisme", "mouvement", "reseau", "réseau", "agence", "confédération", "pays", "etat", "état", "collectif", "front", "mission", "force"}
ISSUE = {"promulgate", "issue", "sign", "adopt", "publish", "decree", "enact", "pass", "promulguer", "signer",
         "adopter", "publier", "prendre", "édicter", "edicter", "décréter", "decreter"}
COMMUNICATIVE_ROOTS = {"02", "10", "11", "12", "13"}
ADDRESSED_ROOTS = COMMUNICATIVE_ROOTS  # said to someone: "a réclamé à Alger"
DESCRIBE = {"describe", "call", "brand", "label", "term", "hail", "consider", "regard", "see", "view", "portray",
            "denounce", "décrire", "decrire", "qualifier", "considérer", "considerer", "présenter", "presenter",
            "traiter", "saluer", "dénoncer", "denoncer"}
ANNOUNCE = {"announce", "declare", "decide", "order", "approve", "decree", "proclaim", "confirm", "annoncer",
            "décider", "decider", "ordonner", "décréter", "decreter", "proclamer", "confirmer", "acter", "entériner"}
MUST = {"must", "devoir", "falloir"}
EXPLOSIVES = {"bomb", "mine", "landmine", "ied", "explosive", "device", "bombe", "engin", "explosif"}
CLAIM = {"claim", "revendiquer", "assume", "admit", "acknowledge", "reconnaître", "reconnaitre"}
ACCUSE_ROOTS = {"11", "12"}
DEFINITE = {"the", "this", "that", "these", "those", "le", "la", "les", "l'", "l’", "ce", "cette", "ces", "cet"}

COOP_INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
               "0841": "0353", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
               "057": "030", "045": "039", "046": "036"}
HOSTILE_INTENT = {"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "1621": "1311",
                  "1622": "1311", "1623": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                  "17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                  "175": "137", "18": "138", "19": "138", "20": "138", "191": "1381", "192": "1382",
                  "190": "1384", "193": "1384", "194": "1384", "195": "1384", "183": "1383", "180": "1383"}


def _folded(words: set[str]) -> set[str]:
    """Word lists are compared with folded lemmas (`lexicon.norm`) as well as raw lower-case text."""
    return words | {lexicon.norm(w) for w in words}


LOCATIVE = _folded(LOCATIVE)
PERSONAL = _folded(PERSONAL)
RELATIVE = _folded(RELATIVE)
GATHER = _folded(GATHER)
COMPLETION = _folded(COMPLETION)
DECIDE = _folded(DECIDE)
PAIR_NOUNS = _folded(PAIR_NOUNS)
ELABORATE = _folded(ELABORATE)
REPRISAL = _folded(REPRISAL)
ABSTRACT = _folded(ABSTRACT)
DOCUMENTS = _folded(DOCUMENTS)
RECEIVE = _folded(RECEIVE)
OPPOSE = _folded(OPPOSE)
TIME_WORDS = _folded(TIME_WORDS)
TEMPORAL = _folded(TEMPORAL)
HYPO_ADJ = _folded(HYPO_ADJ)
PLANNED_ADJ = _folded(PLANNED_ADJ)
ANAPHORIC = _folded(ANAPHORIC)
ISSUE = _folded(ISSUE)
DESCRIBE = _folded(DESCRIBE)
ANNOUNCE = _folded(ANNOUNCE)
MUST = _folded(MUST)
EXPLOSIVES = _folded(EXPLOSIVES)
CLAIM = _folded(CLAIM)
DEFINITE = _folded(DEFINITE)
PRONOUNS = {lang: _folded(ws) for lang, ws in PRONOUNS.items()}
DEFAULT_TARGET = {lang: tuple(_folded(set(ws))) for lang, ws in DEFAULT_TARGET.items()}
NOUN_TARGET = {lang: tuple(_folded(set(ws))) for lang, ws in NOUN_TARGET.items()}


def _side(a: Actor | None) -> str | None:
    if a is None:
        return None
    return a.country if a.country and a.code and a.code.startswith(a.country) else a.id


STATE_KINDS = {None, "GOV", "MIL", "COP", "JUD"}
NON_STATE = {"REB", "UAG", "OPP"}


def _one_per_country(actors: list[Actor]) -> list[Actor]:
    """"The gendarmerie school and the military airport of Bamako were attacked": one target, Mali. Bodies of
    one state named together are one side; named people and organisations stay apart."""
    out: list[Actor] = []
    seen: set[str] = set()
    for a in actors:
        key = a.country if a.country and a.code and a.code.startswith(a.country) else a.id
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def intended_code(code: str) -> str:
    """The 03x or 13x code for an intention to do `code` ("pledged to deepen ties", "vowed to strike")."""
    root = code[:2]
    if root in ("03", "13"):
        return code
    table = HOSTILE_INTENT if root >= "10" else COOP_INTENT
    for k in (code, code[:3], root):
        if k in table:
            return table[k]
    return "130" if root >= "10" else "030"


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


class EventStage:
    name = "events"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        coder = Coder(record, doc)
        record.events = coder.run()
        doc.annotations["subjects"] = coder.subjects  # salient actors per sentence, for later stages


class Coder:
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
        self.consumed: set[int] = set()
        self.dates: dict[int, list[tuple[int, tuple[str, str]]]] = {}
        self.triggers: set[int] = set()
        self.lemma_override: dict[int, Token] = {}
        self.last_pair: list[Actor] = []   # source and target of the latest event with both
        self.last_group: list[Actor] = []  # the latest list of three or more named together

    # -- the run ------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        events: dict[tuple[str | None, str | None, str, int], Event] = {}
        for sent in self.doc.sentences:
            self._dates_of(sent.index)
            triggers = self._triggers(sent.index)
            self.triggers = {t.token for t in triggers}
            subjects: list[Actor] = []
            for trig in triggers:
                for ev in self._events(trig, sent.index):
                    # "hailed Russia ... and thanked Moscow": one event per pair of sides, root and sentence
                    k = (_side(ev.source), _side(ev.target), ev.root, ev.sentence)
                    if k not in events or events[k].confidence < ev.confidence:
                        events[k] = ev
                if self.doc.tokens[trig.token].dep in ("ROOT", "root") or not subjects:
                    subjects.extend(a for a in trig.sources if a is not None)
            for ev in self._mediation(sent.index, [e for e in events.values() if e.sentence == sent.index]):
                events.setdefault((_side(ev.source), _side(ev.target), ev.root, ev.sentence), ev)
            if not subjects:
                subjects = [m.actor for m in self.mentions if m.sentence == sent.index and m.type != "adjective"
                            and self._is_subject_mention(m)][:2]
            self.subjects.append(subjects)
        return list(events.values())

    def _mediation(self, si: int, told: list[Event]) -> list[Event]:
        """"... ont signé à Doha, sous l'égide du Qatar, une déclaration", "talks in Muscat, mediated by Oman":
        the mediator mediates (045) between the parties of the sentence's meeting or agreement."""
        sent = self.doc.sentences[si]
        text = self.doc.text[sent.start_char:sent.end_char]
        parties: list[Actor] = []
        for ev in told:
            if ev.root in ("03", "04", "05") and ev.modality in ("asserted", "intended"):
                parties.extend(a for a in (ev.source, ev.target) if a is not None and a not in parties)
        if len(parties) < 2:
            return []
        out: list[Event] = []
        for match in MEDIATION.finditer(text):
            at = sent.start_char + match.end()
            m = next((x for x in self.mentions if x.sentence == si and x.char_start == at and
                      x.type not in ("adjective", "modifier", "sector_modifier")), None)
            if m is None:
                continue
            mediator = country_actor(m.actor.country, "GOV") if m.type == "capital" and m.actor.country else m.actor
            others = [a for a in parties if _side(a) != _side(mediator)]
            if len(others) >= 2:
                out.extend(self._events(Trigger(m.start, "045", "noun", 0.6, sources=[mediator], targets=others), si))
        return out

    def _is_subject_mention(self, m: ActorMention) -> bool:
        """A mention that is, or modifies, a clause's subject ("a JNIM spokesman declared")."""
        for i in m.tokens():
            t = self.doc.tokens[i]
            if t.dep in SUBJ | PASS_SUBJ:
                return True
            if t.dep in ("compound", "poss", "amod", "nmod", "nmod:poss") and t.head != t.i and \
                    self.doc.tokens[t.head].dep in SUBJ | PASS_SUBJ:
                return True
        return False

    # -- triggers -----------------------------------------------------------------------------
    def _triggers(self, si: int) -> list[Trigger]:
        s = self.doc.sentences[si]
        out: list[Trigger] = []
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if self.lang == "fr" and t.lemma in ("avoir", "être") and t.pos in ("VERB", "AUX") and \
                    self._kids(t.i, SUBJ | OBJ):
                for k in self._kids(t.i, {"advmod", "amod", "xcomp", "obj", "acl"}):
                    if k.pos in ("ADV", "ADJ", "NOUN") and k.i == t.i + 1 and (
                            self.verbs.get(lexicon.norm(k.text)) or self.verbs.get(self._lemma(k))):
                        self.lemma_override[t.i] = k  # the participle, mis-tagged, carries the meaning
                        self.consumed.add(k.i)
            if t.pos in ("VERB", "AUX") or (t.pos in ("ADJ", "NOUN") and t.tag in ("VBN", "VBD", "VBG")) or \
                    self._mistagged_verb(t):
                trig = self._verb_trigger(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("VERB", "AUX") and self._lemma(t) in self.cues["reporting"]:
                trig = self._must(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos == "ADJ" and self._lemma(t) in (self.cues["evaluative_negative"] | self.cues["evaluative_positive"]):
                trig = self._evaluation(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("ADJ", "VERB") and (self._lemma(t) in self.cues.get("mood_pessimistic", frozenset()) |
                                             self.cues.get("mood_optimistic", frozenset())):
                trig = self._mood(t)
                if trig:
                    out.append(trig)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.pos in ("NOUN", "PROPN") and i not in self.consumed:
                trig = self._noun_trigger(t, si)
                if trig:
                    out.append(trig)
        return out

    def _lemma(self, t: Token) -> str:
        return lexicon.norm(t.lemma or t.text)

    def _kids(self, i: int, deps: set[str] | None = None) -> list[Token]:
        return [self.doc.tokens[c] for c in self.doc.children[i] if deps is None or self.doc.tokens[c].dep in deps]

    def _mistagged_verb(self, t: Token) -> bool:
        """The small French model tags many present-tense verbs as nouns or adjectives ("Le Niger retire ses
        troupes"): a non-verb at the root of its clause with a subject or object is read as a verb."""
        if t.pos not in ("NOUN", "ADJ", "ADV", "PROPN") or t.i in self.consumed:
            return False
        if t.dep not in ("ROOT", "root", "conj", "ccomp", "xcomp", "advcl"):
            return False
        if not self._kids(t.i, SUBJ | OBJ):
            return False
        return bool(self.verbs.get(self._lemma(t)) or self.verbs.get(lexicon.norm(t.text)))

    def _verb_entry(self, t: Token) -> VerbEntry | None:
        carrier = self.lemma_override.get(t.i, t)
        entries = self.verbs.get(self._lemma(carrier)) or self.verbs.get(lexicon.norm(carrier.text))
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
                        objs = objs | {self._lemma(x) for x in self._kids(k.i, {"pobj", "obl"})}
            if e.reflexive and not reflexive:
                continue
            if e.object and not (e.object & objs):
                continue
            if best is None or e.specificity > best.specificity:
                best = e
        return best

    def _stranded(self, t: Token) -> bool:
        """A French verb the parser attached as a modifier, with no subject or object of its own."""
        return self.lang == "fr" and t.pos == "VERB" and t.dep in ("amod", "nmod", "obl", "obl:mod", "appos") and \
            not self._kids(t.i, SUBJ | OBJ | PASS_SUBJ)

    def _objects(self, t: Token) -> list[Token]:
        """Direct objects, skipping dates the French parser takes for objects ("a signé samedi la charte"),
        and French partitive objects it hangs on the recipient ("livrer au Burkina de nouveaux hélicoptères")."""
        out = []
        for x in self._kids(t.i, {"xcomp", "obl:mod"}):
            if self._lemma(x) in TIME_WORDS:  # "a convoqué jeudi l'ambassadeur": the day, read as a verb, took it
                out.extend(self._kids(x.i, OBJ))
        for o in self._kids(t.i, OBJ):
            if self._lemma(o) in TIME_WORDS:
                out.extend(k for k in self._kids(o.i, {"nmod", "appos", "obj", "conj"}) if self._lemma(k) not in TIME_WORDS)
            else:
                out.append(o)
        if not out and self._stranded(t):  # the next noun is the object
            s = self.doc.sentences[t.sent]
            for i in range(t.i + 1, min(s.end, t.i + 4)):
                if self.doc.tokens[i].pos in ("NOUN", "PROPN"):
                    out.append(self.doc.tokens[i])
                    break
                if self.doc.tokens[i].pos not in ("DET", "ADJ", "NUM"):
                    break
        if not out and self.lang == "fr":
            for k in self._kids(t.i, {"obl", "obl:arg", "obl:mod", "iobj"}):
                for n in self._kids(k.i, {"nmod"}):
                    if n.pos == "NOUN" and any(lexicon.norm(c.text) in ("de", "des", "d") for c in self._kids(n.i, {"case"})):
                        out.append(n)
        return out

    def _object_lemmas(self, t: Token) -> set[str]:
        out = set()
        objs = self._objects(t) or (self._kids(t.i, PASS_SUBJ) if self._passive(t) else [])
        for o in objs:
            out.add(self._lemma(o))
            for c in self._kids(o.i, {"compound", "amod", "conj", "nmod"}):
                out.add(self._lemma(c))
            for c in self._kids(o.i, {"prep"}):  # "a ban on broadcasts"
                out.update(self._lemma(x) for x in self._kids(c.i, {"pobj"}))
        if self.lang == "fr":  # "mettre en garde", "prendre en otage", "mettre à la disposition de"
            for k in self._kids(t.i, {"obl", "obl:arg", "obl:mod"}):
                if any(lexicon.norm(c.text) in ("en", "a", "au", "aux", "sous", "hors") for c in self._kids(k.i, {"case"})):
                    out.add(self._lemma(k))
        return out

    def _passive(self, t: Token) -> bool:
        return bool(self._kids(t.i, PASS_SUBJ | {"auxpass", "aux:pass"})) or \
            (t.tag == "VBN" or "VerbForm=Part" in t.morph) and bool(self._kids(t.i, AGENT))

    def _verb_trigger(self, t: Token) -> Trigger | None:
        naming = [k for k in self._kids(t.i, {"xcomp", "oprd"}) if self._lemma(k) not in TIME_WORDS]
        if self._kids(t.i, {"oprd"}) or (self._lemma(t) in ("call", "qualifier", "appeler", "term", "dub", "brand",
                                                              "label") and naming):
            return None  # "called the strike a grave mistake": naming, not an event
        lemma0 = self._lemma(t)
        if lemma0 in self.cues["intention_cooperative"] | self.cues["intention_hostile"] | self.cues["refusal"]:
            inner = [x for x in self._kids(t.i, {"xcomp"}) if self._codes_something(x)]
            if inner and lemma0 not in self.cues["refusal"]:
                return None  # "threatened to cut ties": the inner event, intended, is the one coded
            if inner:
                code = self._refused(inner[0])
                if code:
                    trig = Trigger(t.i, code, "verb", 0.7)
                    self._arguments(trig, t, None)
                    if not trig.targets:  # "refused to meet Jordan's King Abdullah": whom the refused act was for
                        trig.targets = [a for a in self._targets(inner[0], self._verb_entry(inner[0]))
                                        if a not in trig.sources]
                    return trig
        entry = self._verb_entry(t)
        code, kind, conf = None, "verb", 0.7
        if entry and entry.code == "light":
            for o in self._objects(t) + self._kids(t.i, {"obl", "obl:arg", "prep"}):  # "procéder à des frappes"
                if o.dep == "prep":
                    o = (self._kids(o.i, {"pobj"}) or [o])[0]
                n = self._noun_entry(o)
                if n:
                    code, kind = n.code, "light"
                    self.consumed.add(o.i)
                    break
        elif entry:
            code = entry.code
            conf += 0.1 if entry.object else 0.0
            for o in self._objects(t):
                n = self._noun_entry(o)
                if self._lemma(t) in CLAIM and n is not None and n.code[:2] in VIOLENT_ROOTS:
                    continue  # "JNIM a revendiqué l'attaque": the attack is coded too, with JNIM as its source
                self.consumed.add(o.i)
                if entry.object:  # "a suspendu une partie de son aide": the aid is this event's object, not another
                    self.consumed.update(k.i for k in self._kids(o.i, {"compound", "nmod", "conj"})
                                         if self._lemma(k) in entry.object)
            subj = self._kids(t.i, SUBJ)
            n = self._noun_entry(subj[0]) if subj else None
            if n and n.code[:2] in VIOLENT_ROOTS and code[:2] in VIOLENT_ROOTS:
                code = n.code  # "des frappes de drones ont tué 21 civils": the strikes are the event
                self.consumed.add(subj[0].i)
        if code is not None and code[:2] == "17" and any(
                lexicon.norm(m.text) in ("that", "que", "qu") for c in self._kids(t.i, {"ccomp"})
                for m in self._kids(c.i, {"mark"})):
            code = "112"  # "charging that Paris had acted against Niger": a charge made in words is an accusation
        lemma = self._lemma(t)
        phr = " ".join([lemma] + [lexicon.norm(k.text) for k in self._kids(t.i, {"prt", "compound:prt"})])
        if phr in GATHER or lemma in GATHER:
            gcode = self._gather_subject(t)
            subj = self._subject_token(t)
            if gcode is not None or (subj is not None and not self._actors_in(subj.i)[0] and (code is None or
                                                                                           code[:2] == "04")):
                code, kind = gcode or code or "040", "gather"
        if lemma in OPPOSE or phr in OPPOSE:
            subj = self._kids(t.i, SUBJ)
            n = self._noun_entry(subj[0]) if subj else None
            if n:  # "De violents combats ont opposé l'armée aux rebelles"
                self.consumed.add(subj[0].i)
                trig = Trigger(t.i, n.code, "verb", 0.7)
                self._modality(trig, t)
                parts: list[Actor] = []
                for o in self._objects(t):
                    parts.extend(a for a in self._actors_in(o.i)[0] if a not in parts)
                others: list[Actor] = []
                for k in self._kids(t.i, {"obl", "obl:arg", "prep", "iobj"}):
                    o = (self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k
                    others.extend(a for a in self._actors_in(o.i)[0] if a not in others and a not in parts)
                trig.sources, trig.targets = (parts, others) if others else (parts, [])
                return trig
        if code is None:
            if lemma in self.cues["intention_cooperative"] | self.cues["intention_hostile"] and \
                    not self._kids(t.i, {"xcomp", "ccomp"}) and self._kids(t.i, OBJ):
                o = self._kids(t.i, OBJ)[0]
                n = self._noun_entry(o)
                if n:  # "pledged support", "a promis une aide"
                    code, kind = n.code, "light"
                    self.consumed.add(o.i)
            if code is None:
                return None
        objs_now = self._objects(t)
        if code[:2] in VIOLENT_ROOTS and objs_now and all(self._lemma(o) in ABSTRACT for o in objs_now):
            return None  # "help the country fight terrorism": a policy aim, not an attack on anyone
        if t.dep in ("acl",) and ("Tense=Past" in t.morph or t.tag == "VBN") and code[:2] not in VIOLENT_ROOTS:
            return None  # "l'accord de paix signé en 2015": a past event named in passing, not today's news
        participle = t.tag == "VBG" or ("VerbForm=Part" in t.morph and "Tense=Pres" in t.morph)
        if participle and t.dep == "acl" and code[:2] not in VIOLENT_ROOTS and self.lang == "en" and not (
                code[:2] in ACCUSE_ROOTS and self._lemma(self.doc.tokens[t.head]) in DOCUMENTS):
            # "jihadists travelling on motorbikes", "a resolution calling for a truce": descriptions; but "filed
            # a case accusing Israel of genocide" is the filer's accusation
            return None
        if participle and t.dep in ("advcl", "acl", "xcomp", "conj") and self._lemma(t) in ELABORATE:
            return None  # "adopted sanctions against Russia, targeting its shadow fleet": the same act, detailed
        if participle and t.dep in ("advcl", "acl", "xcomp") and t.head != t.i:
            gov = t.head if self.doc.tokens[t.head].pos in ("VERB", "AUX") else self._governing_verb(self.doc.tokens[t.head])
            head_entry = self._verb_entry(self.doc.tokens[gov]) if gov is not None else None
            if head_entry and head_entry.code != "light" and head_entry.code[:3] == code[:3]:
                return None  # "signed a treaty creating the confederation": the same event, told twice
        if code[:2] in VIOLENT_ROOTS and t.dep in ("advcl", "conj", "xcomp") and t.tag == "VBG" and t.head != t.i:
            head_entry = self._verb_entry(self.doc.tokens[t.head])
            head_noun = [self._noun_entry(o) for o in self._kids(t.head, OBJ)]
            if (head_entry and head_entry.code[:2] in VIOLENT_ROOTS) or \
                    any(n and n.code[:2] in VIOLENT_ROOTS for n in head_noun):
                return None  # "attacked the camp, killing 12": one event, its toll in `size`
        if code[:2] in VIOLENT_ROOTS:
            subj = self._kids(t.i, SUBJ)
            if subj and subj[0].lower in RELATIVE and t.dep in ("relcl", "acl:relcl") and t.head != t.i:
                ante = self._noun_entry(self.doc.tokens[t.head])
                if ante is not None and ante.code[:2] in VIOLENT_ROOTS:
                    return None  # "the massacre, which killed 130 people": the massacre is the event
        trig = Trigger(t.i, code, kind, conf)
        self._modality(trig, t)
        self._arguments(trig, t, entry)
        if trig.code == "166" and trig.targets and all(
                a is not None and a.country is None and a.kind in ("IGO", "JUD") for a in trig.targets):
            trig.code = "161"  # "pulling out of the ICC / ECOWAS": leaving a body cuts relations, no troops move
        if trig.modality == "intended":
            trig.code = intended_code(trig.code)
        return trig

    def _codes_something(self, t: Token) -> bool:
        """Whether a verb would be coded on its own (a support verb only with a known event noun)."""
        e = self._verb_entry(t)
        if e is None:
            return False
        if e.code != "light":
            return True
        return any(self._noun_entry(o) for o in self._objects(t))

    def _next_actor(self, t: Token, sources: list[Actor]) -> list[Actor]:
        """When the parse gives no target, the first actor named after the trigger in its clause (the small
        models often hang the object on the wrong word), unless a verb, a relative or a place phrase intervenes."""
        s = self.doc.sentences[t.sent]
        for i in range(t.i + 1, min(s.end, t.i + 12)):
            tk = self.doc.tokens[i]
            if tk.pos in ("VERB", "SCONJ") or tk.dep == "mark" or tk.lower in RELATIVE or tk.text in (";", ":", "—", "(") or \
                    (tk.text == "," and i > t.i + 1):
                return []
            if tk.lower in LOCATIVE and tk.pos == "ADP":
                return []
            m = self.by_token.get(i)
            if m is not None and m.type not in ("adjective", "modifier") and m.actor not in sources:
                return [m.actor]
        return []

    def _refused(self, inner: Token) -> str | None:
        """"refused to meet" is 125, "refused to release" 1243: the refusal takes its code from what was refused."""
        e = self._verb_entry(inner)
        if e is None or e.code == "light":
            return "120"
        c = e.code
        for k, v in (("0841", "1243"), ("085", "1244"), ("086", "1245"), ("087", "1246"), ("045", "126"),
                     ("057", "127"), ("037", "127"), ("04", "125"), ("06", "121"), ("07", "122"), ("08", "124")):
            if c.startswith(k):
                return v
        return "120"

    def _gather_subject(self, t: Token) -> str | None:
        """For "X, which brought together A and B": the code of the meeting noun X, if X is one."""
        subj = self._subject_token(t)
        if subj is None:
            return None
        if subj.lower in RELATIVE and t.dep in ("relcl", "acl:relcl") and t.head != t.i:
            subj = self.doc.tokens[t.head]  # "The gathering, which brought together ..."
        n = self._noun_entry(subj)
        if n and n.code[:2] in MEETING_ROOTS:
            return n.code
        return None

    def _noun_entry(self, t: Token) -> NounEntry | None:
        entries = self.nouns.get(self._lemma(t)) or self.nouns.get(lexicon.norm(t.text))
        if not entries:
            return None
        mods = {self._lemma(k) for k in self._kids(t.i, {"amod", "compound", "nmod", "nummod"})}
        mods |= {self._lemma(x) for k in self._kids(t.i, {"nmod", "prep"}) for x in [k]}
        best = None
        for e in entries:
            if e.modifier and not (e.modifier & mods):
                continue
            if best is None or (e.modifier and not best.modifier):
                best = e
        return best

    # -- modality -----------------------------------------------------------------------------
    def _modality(self, trig: Trigger, t: Token) -> None:
        cues = self.cues
        chain = [t]
        cur = t
        for _ in range(4):
            if cur.dep in ("xcomp", "acl", "ccomp", "conj", "advcl", "acl:relcl") and cur.head != cur.i:
                cur = self.doc.tokens[cur.head]
                chain.append(cur)
            else:
                break
        if self._negated(t):
            trig.modality = "negated"
            return
        if self._unrealised(t):
            trig.modality = "hypothetical"
            return
        for a in self._kids(t.i, {"aux", "aux:tense"}):
            lem = self._lemma(a)
            if a.lower in ("would", "'d") and t.dep == "ccomp" and t.head != t.i and \
                    self._lemma(self.doc.tokens[t.head]) in cues["reporting"]:
                trig.modality = "intended"  # "said it would keep its borders open": the future of reported speech
                continue
            if lem in cues["hypothetical_aux"] or a.lower in cues["hypothetical_aux"] or "Mood=Cnd" in a.morph:
                trig.modality = "hypothetical"
                return
            if lem in cues["future_aux"] or a.lower in cues["future_aux"]:
                trig.modality = "intended"
        if "Mood=Cnd" in t.morph:
            trig.modality = "hypothetical"
            return
        if "Tense=Fut" in t.morph:
            trig.modality = "intended"
        for k in self._kids(t.i, {"advcl"}):
            if any(self._lemma(m) in cues["conditional_marks"] for m in self._kids(k.i, {"mark"})):
                trig.modality = "hypothetical"
                return
        if any(self._lemma(m) in cues["conditional_marks"] for m in self._kids(t.i, {"mark"})):
            trig.modality = "hypothetical"
            return
        # the verbs and nouns that govern the trigger: "pledged to", "its pledge to", "could", "refused to"
        for gov, dep_child in zip(chain[1:], chain[:-1]):
            if dep_child.dep not in ("xcomp", "acl", "ccomp"):
                continue
            lem = self._lemma(gov)
            if dep_child.dep in ("xcomp", "acl") and lem in cues["refusal"]:
                trig.modality = "negated"
                return
            if lem in cues["hypothetical_aux"] or "Mood=Cnd" in gov.morph or lem in cues["hypothetical_heads"]:
                trig.modality = "hypothetical"
                return
            if self._negated(gov):
                trig.modality = "negated"
                return
            if dep_child.dep in ("xcomp", "acl") and (lem in cues["intention_cooperative"] or
                                                     lem in cues["intention_hostile"]):
                trig.modality = "intended"
                return

    def _unrealised(self, t: Token) -> bool:
        """A purpose or content clause ("to demand", "urged X to withdraw", "pour protester", "accused X of
        executing") names an event that did not (yet) happen. Intentions are handled by the caller."""
        if t.head == t.i:
            return False
        if t.dep in ("advcl", "ccomp") and any(lexicon.norm(m.text) in ("until", "till", "jusqu", "jusqu'")
                                             for m in self._kids(t.i, {"mark", "case"})):
            return True  # "until all foreign troops left the country": a condition still to be met
        gov = self.doc.tokens[t.head]
        glem = self._lemma(gov)
        cues = self.cues
        if t.dep in ("ccomp", "xcomp") and gov.pos in ("VERB", "AUX"):
            ge = self._verb_entry(gov)
            if ge and ge.code != "light" and ge.code[:2] in ("02", "10"):
                return True  # "demanded that TikTok provide details": asked for, not done
        if t.dep == "pcomp" and gov.dep == "prep":
            # "accused X of executing", "consensus on strengthening": a gerund after a preposition names an
            # activity, not an event of the day; "responded by attacking" is the exception
            return gov.lower not in ("by", "en", "after", "après")
        infinitive = any(k.lower in ("to", "pour", "afin", "de", "d'", "d’") and k.dep in ("aux", "mark", "case")
                         for k in self._kids(t.i)) or ("VerbForm=Inf" in t.morph and self.lang == "fr")
        if not infinitive or t.dep not in ("xcomp", "advcl", "acl", "ccomp", "advcl:cleft", "obl", "obl:arg"):
            return False
        if t.dep in ("xcomp", "acl") and glem in cues["intention_cooperative"] | cues["intention_hostile"] | COMPLETION:
            return False
        if glem in DECIDE and t.dep in ("xcomp", "advcl", "ccomp"):
            return False
        return True

    def _negated(self, t: Token) -> bool:
        cues = self.cues["negation"]
        for k in self._kids(t.i):
            if k.dep in ("neg",) or (k.dep == "advmod" and self._lemma(k) in cues and self.lang == "fr") or \
                    (k.dep in ("advmod", "det") and k.lower in ("never", "not", "n't")):
                return True
            if k.dep in ("aux", "aux:tense", "aux:pass", "auxpass") and any(
                    c.dep in ("neg", "advmod") and self._lemma(c) in cues for c in self._kids(k.i)):
                return True
        return False

    # -- arguments ----------------------------------------------------------------------------
    def _arg_tokens(self, head: int) -> set[int]:
        """Tokens of an argument: its subtree without clauses, appositions, or locative phrases."""
        out = {head}
        stack = list(self.doc.children[head])
        while stack:
            j = stack.pop()
            t = self.doc.tokens[j]
            if t.dep in CLAUSE_DEPS:
                continue
            if t.dep in ("prep",) and t.lower in LOCATIVE:
                continue
            if t.dep in ("nmod", "obl", "obl:mod") and any(self.doc.tokens[c].dep == "case" and
                                                            self.doc.tokens[c].lower in LOCATIVE
                                                            for c in self.doc.children[j]):
                continue
            out.add(j)
            stack.extend(self.doc.children[j])
        return out

    def _actors_in(self, head: int, doer: bool = False) -> tuple[list[Actor], bool]:
        """Actors named in the argument headed by `head` (one per coordinated member), and whether a
        pronoun had to be resolved. With `doer`, an event noun ("Russia's backing of X") gives its doer."""
        t = self.doc.tokens[head]
        if t.lower.lstrip("-") in PRONOUNS.get(self.lang, set()) or (t.pos == "PRON" and t.lower not in RELATIVE and
                                                          t.text.islower() and t.i not in self.by_token):
            got = list(self._pronoun(t))
            for c in self._kids(t.i, {"conj"}):  # "he and Turkish Foreign Minister Hakan Fidan discussed"
                got.extend(a for a in self._actors_in(c.i)[0] if a not in got)
            return got, bool(got)
        for n in [t] + [p for p in self._kids(t.i, {"poss", "nmod:poss"}) if p.i not in self.by_token]:
            # "the two men", "both countries", "the three countries' move", "les trois pays"
            counted = [PAIR_WORDS[k.lower] for k in self._kids(n.i, {"nummod", "det", "predet", "preconj"})
                       if k.lower in PAIR_WORDS]
            m_n = self.by_token.get(n.i)
            if self._lemma(n) in PAIR_NOUNS and counted and (
                    m_n is None or (m_n.type == "sector" and m_n.actor.country is None)):
                for group in (self.last_pair, self.last_group):
                    if len(group) == counted[0]:
                        return list(group), True
        if t.lower in RELATIVE and t.head != t.i:
            verb = self.doc.tokens[t.head]
            if verb.dep in ("relcl", "acl:relcl", "acl") and verb.head != verb.i:
                return self._actors_in(verb.head, doer)
        tokens = self._arg_tokens(head)
        own = [k for k in self._kids(t.i, {"poss", "nmod:poss", "det"}) if k.lower in PRONOUNS.get(self.lang, set())]
        m0 = self.by_token.get(t.i)
        if own and m0 is not None and m0.type == "sector" and m0.actor.country is None:
            if doer:
                return [], False  # "recalled their ambassadors": the subject's own agents, not the target
            owners = self._pronoun(own[0])  # "its fighters" are the group's; "their troops" the state's
            kind = m0.actor.kind
            return [country_actor(o.country, kind) if o.country and o.id in (o.country, o.code) or
                    (o.code and o.code == o.country) else o for o in owners], True
        if doer and t.pos == "NOUN" and self._noun_entry(t):
            poss = self._kids(t.i, {"poss", "nmod:poss"})
            if self.lang == "fr":  # "le soutien de l'Ukraine aux groupes terroristes": Ukraine does the supporting
                poss += [k for k in self._kids(t.i, {"nmod"}) if self._case_word(k) in ("de", "du", "des", "d")]
            for p in poss:
                got, pron = self._actors_in(p.i)
                if got:
                    return got, pron
        shared = self._coordinated_modifiers(t)
        if shared:
            return shared, False
        found: list[ActorMention] = []
        for a in self._kids(t.i, {"appos"}):  # "un économiste, Ibrahim Maazou, a affirmé": the named person
            m = self.by_token.get(a.i)
            if m is not None and m.type == "person" and (t.i not in self.by_token or
                                                        self.by_token[t.i].type in ("sector", "composite")):
                return [m.actor], False
        for i in sorted(tokens):
            m = self.by_token.get(i)
            if m and m not in found and m.type not in ("adjective", "modifier"):
                found.append(m)
        if not found and t.pos in ("NOUN", "PROPN") and self._lemma(t) in ANAPHORIC and \
                {k.lower for k in self._kids(t.i, {"det"})} & DEFINITE:
            back = self._antecedent_body(t)  # "the commission said", "the group claimed", "le bloc a annoncé"
            if back is not None:
                return [back], True
        if len(found) > 1:
            found = self._outermost(found, tokens)
        if not found:
            for i in sorted(tokens):
                m = self.by_token.get(i)
                if m and m not in found:
                    found.append(m)
        pron = False
        if not found and not doer:  # "its pledge": the possessor does it (never a target: "cut its aid")
            for i in sorted(tokens):
                tk = self.doc.tokens[i]
                if tk.dep in ("poss", "nmod:poss", "det") and tk.lower in PRONOUNS.get(self.lang, set()):
                    got = self._pronoun(tk)
                    if got:
                        return got, True
        actors: list[Actor] = []
        for m in found:
            if m.actor not in actors:
                actors.append(m.actor)
        return actors, pron

    def _coordinated_modifiers(self, t: Token) -> list[Actor]:
        """"U.S. and British warships", "Malian and Burkinabe troops", "les armées malienne et burkinabè":
        one actor per country named in a coordinated modifier, with the noun's sector."""
        if t.pos == "ADP":
            objs = self._kids(t.i, {"pobj"})
            if not objs:
                return []
            t = objs[0]
        mods = [k for k in self._kids(t.i, {"compound", "amod", "nmod"}) if k.i in self.by_token]
        for k in list(mods):
            mods.extend(c for c in self._kids(k.i, {"conj"}) if c.i in self.by_token and c not in mods)
        if len(mods) < 2 or not any(c.dep == "conj" for c in mods):
            return []
        countries: list[str] = []
        for k in mods:
            m = self.by_token[k.i]
            if m.type not in ("adjective", "country") or not m.actor.country:
                return []
            if m.actor.country not in countries:
                countries.append(m.actor.country)
        if len(countries) < 2:
            return []
        head = self.by_token.get(t.i)
        kind = head.actor.kind if head is not None and head.type in ("sector", "composite") else None
        return [country_actor(c, kind) for c in countries]

    def _antecedent_body(self, t: Token) -> Actor | None:
        """The organisation (or, for "the country", the state) a definite common noun points back to."""
        want_country = self._lemma(t) in ("country", "pays", "nation", "state", "etat")
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.end > t.i or t.sent - m.sentence > 3:
                continue
            if want_country and m.type in ("country", "composite", "capital") and m.actor.country:
                return country_actor(m.actor.country)
            if not want_country and m.type in ("org", "unknown") and m.actor.kind not in ("MED",):
                return m.actor
        return None

    def _outermost(self, found: list[ActorMention], tokens: set[int]) -> list[ActorMention]:
        """Drop a mention nested in the complement of another ("partisans des putschistes", "the
        spokesman of the army"): the outer one is the actor. Coordinated members stay."""
        heads = {id(m): self._mention_head(m) for m in found}
        keep = []
        for m in found:
            cur = self.doc.tokens[heads[id(m)]]
            nested = False
            for _ in range(6):
                if cur.head == cur.i or cur.head not in tokens:
                    break
                if cur.dep == "conj":
                    break
                up = self.doc.tokens[cur.head]
                if any(up.i in o.tokens() for o in found if o is not m) and cur.dep in (
                        "pobj", "nmod", "prep", "poss", "nmod:poss", "compound", "amod"):
                    owner = next(o for o in found if o is not m and up.i in o.tokens())
                    if owner.type in ("sector", "composite") and m.type in ("sector",):
                        nested = True
                    break
                cur = up
            if not nested:
                keep.append(m)
        return keep or found

    def _mention_head(self, m: ActorMention) -> int:
        for i in range(m.end - 1, m.start - 1, -1):
            h = self.doc.tokens[i].head
            if h < m.start or h >= m.end or h == i:
                return i
        return m.end - 1

    def _pronoun(self, t: Token) -> list[Actor]:
        """The actor a pronoun points back to.

        Possessives: "his"/"her" prefer the clause's subject when it is a person, "their" the clause's
        subjects, "its" (and French "son", "sa", "ses", "leur") the nearest earlier actor in the sentence.
        Subject pronouns in a subordinate clause take the subject of the clause above; otherwise the
        subject of the previous sentences.
        """
        personal = t.lower.lstrip("-") in PERSONAL
        plural = t.lower.lstrip("-") in ("their", "they", "them", "leur", "leurs", "ils", "elles", "eux")
        sent_mentions = [m for m in self.mentions if m.sentence == t.sent and m.end <= t.i and m.type not in
                         ("adjective", "sector_modifier")]
        if t.lower in ("lui", "him", "her", "them", "eux", "leur", "it") and t.dep in (
                "iobj", "obj", "dobj", "dative", "obl", "obl:arg", "pobj"):
            subj = self._clause_subject_actors(t, resolve_relative=True)
            cands = [m for m in sorted(sent_mentions, key=lambda m: -m.start) if m.actor not in subj]
            for m in cands:
                if not personal or m.type == "person":
                    return [m.actor]
            if cands and t.lower not in ("it",):
                return [cands[0].actor]
        if t.dep in ("poss", "nmod:poss", "det") or t.lower in ("them", "eux", "lui"):
            clause_subj = self._clause_subject_actors(t)
            if personal or plural:
                cands = [a for a in clause_subj if not personal or a.id.startswith(("Q", "name:"))]
                if cands:
                    return cands if plural else cands[:1]
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

    def _clause_subject_actors(self, t: Token, resolve_relative: bool = False) -> list[Actor]:
        """Actors that are subjects of the verbs above `t` (its own clause first), excluding `t` itself."""
        cur = t
        for _ in range(6):
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                for subj in self._kids(cur.i, SUBJ):
                    if subj.lower in RELATIVE and resolve_relative and cur.head != cur.i:
                        subj = self.doc.tokens[cur.head]  # "Macron, qui lui a réaffirmé ...": qui is Macron
                    if subj.i == t.i or subj.lower in PRONOUNS.get(self.lang, set()) or subj.lower in RELATIVE:
                        continue
                    got: list[Actor] = []
                    for i in sorted(self._arg_tokens(subj.i)):
                        m = self.by_token.get(i)
                        if m and m.type not in ("adjective",) and m.actor not in got:
                            got.append(m.actor)
                    m = self.by_token.get(subj.i)
                    if m is not None and m.type in ("country", "org", "composite", "person"):
                        # "Mali, Burkina Faso and Niger announced that they ...": the parser may hang the list
                        # on its first member as appositions; it is still one subject
                        pool = [x for x in self.mentions if x.sentence == m.sentence and
                                x.type not in ("adjective", "modifier")]
                        got.extend(a for a in self._group_of(m, pool, both=True) if a not in got)
                    if got:
                        return got
        return []

    def _subject_token(self, t: Token) -> Token | None:
        if self._stranded(t):  # the nearest actor before it, with no verb between
            for i in range(t.i - 1, self.doc.sentences[t.sent].start - 1, -1):
                tk = self.doc.tokens[i]
                if tk.pos == "VERB":
                    break
                m = self.by_token.get(i)
                if m is not None and m.type not in ("adjective", "modifier"):
                    return self.doc.tokens[self._mention_head(m)]
        cur = t
        for _ in range(4):
            if self._passive(cur):
                ag = self._kids(cur.i, AGENT)
                if ag:
                    inner = self._kids(ag[0].i, {"pobj"})
                    return inner[0] if inner else ag[0]
                for j in self.doc.subtree(cur.i, CLAUSE_DEPS):  # the parser hung "par X" on a nearby noun
                    tk = self.doc.tokens[j]
                    if tk.lower in ("par", "by") and tk.dep in ("case", "prep", "agent") and tk.head != cur.i:
                        host = self.doc.tokens[tk.head] if tk.dep == "case" else (self._kids(j, {"pobj"}) or [None])[0]
                        if host is not None and any(i in self.by_token for i in self._arg_tokens(host.i)):
                            return host  # "par plusieurs centaines de combattants du JNIM"
                return None
            subj = [k for k in self._kids(cur.i, SUBJ) if k.lower not in ("-t", "t")]
            if subj:
                return subj[0]
            if cur.dep == "pcomp" and cur.head != cur.i and self.doc.tokens[cur.head].dep == "prep":
                cur = self.doc.tokens[self.doc.tokens[cur.head].head]  # "concluded by urging ..."
                continue
            if cur.dep in ("xcomp", "conj", "advcl", "acl", "ccomp") and cur.head != cur.i:
                head = self.doc.tokens[cur.head]
                if cur.dep == "acl" and head.pos in ("NOUN", "PROPN"):
                    if t.tag == "VBN" or "VerbForm=Part" in t.morph and "Tense=Past" in t.morph:
                        return None  # "the fighters killed in ..." — the noun is the patient
                    poss = self._kids(head.i, {"poss", "nmod:poss", "det"})
                    poss = [p for p in poss if p.lower in PRONOUNS.get(self.lang, set()) or p.i in self.by_token]
                    if poss:
                        return poss[0]
                    if any(i in self.by_token for i in self._arg_tokens(head.i)):
                        return head  # "a column of jihadists travelling": the noun's actors act
                    gov = self.doc.tokens[head.head] if head.head != head.i else None
                    if gov is None or self._lemma(gov) not in ISSUE:
                        return None
                    # "a promulgué un décret dissolvant les partis": the decree's author dissolves them
                    cur = head
                    while cur.head != cur.i and cur.pos not in ("VERB", "AUX"):
                        cur = self.doc.tokens[cur.head]
                    if cur.pos not in ("VERB", "AUX") or cur.i == head.i:
                        return None
                    continue
                cur = head
                continue
            return None
        return None

    def _sources(self, t: Token) -> tuple[list[Actor], bool]:
        subj = self._subject_token(t)
        if subj is None:
            if t.dep == "acl" and t.head != t.i and self._lemma(self.doc.tokens[t.head]) in DOCUMENTS:
                # "ont adressé une lettre dénonçant ...": the document's authors say it
                doc_noun = self.doc.tokens[t.head]
                owner = self._kids(doc_noun.i, {"poss", "nmod:poss"}) + [
                    k for k in self._kids(doc_noun.i, {"nmod"}) if self._case_word(k) in ("de", "du", "des", "d", "of")]
                for o in owner:
                    got, pron = self._actors_in(o.i)
                    if got:
                        return got, pron
                if doc_noun.head != doc_noun.i and doc_noun.dep in OBJ | {"obl", "obl:mod", "pobj"}:
                    gov = self.doc.tokens[doc_noun.head]
                    if gov.pos == "ADP" and gov.head != gov.i:
                        gov = self.doc.tokens[gov.head]
                    if gov.pos in ("VERB", "AUX"):
                        return self._sources(gov)
            return [], False
        heads = [subj] + [self.doc.tokens[c] for c in self.doc.children[t.i]
                          if self.doc.tokens[c].dep in SUBJ and c != subj.i]
        actors: list[Actor] = []
        pron = False
        for h in heads:
            got, p = self._actors_in(h.i)
            pron = pron or p
            actors.extend(a for a in got if a not in actors)
            m = self.by_token.get(h.i)
            if m is not None and m.type in ("country", "org", "composite", "person"):
                # "Le Mali, le Burkina Faso et le Niger ont signé": a list the parser split is still one subject
                pool = [x for x in self.mentions if x.sentence == m.sentence and x.type not in ("adjective", "modifier")]
                actors.extend(a for a in self._group_of(m, pool, both=True) if a not in actors)
        return actors, pron

    def _targets(self, t: Token, entry: VerbEntry | None, skip_objects: bool = False) -> list[Actor]:
        objs = self._kids(t.i, PASS_SUBJ) if self._passive(t) else self._objects(t)
        found: list[Actor] = []
        if entry is not None and entry.code[:2] == "07" and not skip_objects and not self._passive(t):
            # "delivered another IRIS-T system to Ukraine": what is given is no party; the recipient is
            got = self._targets(t, entry, skip_objects=True)
            if got:
                return got
        for o in ([] if skip_objects else objs):
            got, _ = self._actors_in(o.i, doer=True)
            found.extend(a for a in got if a not in found)
        if found:
            return found
        preps = entry.target if entry and entry.target else DEFAULT_TARGET.get(self.lang, ())
        if entry is not None and entry.code[:2] in VIOLENT_ROOTS and self.lang == "en":
            preps = tuple(preps) + ("at",)  # "fired missiles at U.S. warships": at is aimed, not where
        for word_set in (preps, FALLBACK_TARGET.get(self.lang, ()) if objs else ()):
            kids = self._kids(t.i)
            for p in [k for k in kids if k.dep == "prt"]:
                for k in self._kids(p.i, {"prep"}):  # "pulling out of the ICC"
                    got = [a for x in self._kids(k.i, {"pobj"}) for a in self._actors_in(x.i, doer=True)[0]]
                    found.extend(a for a in got if a not in found)
            for k in kids:
                obj = None
                if k.dep == "prep" and lexicon.norm(k.text) in word_set:
                    p = self._kids(k.i, {"pobj", "pcomp"})
                    obj = p[0] if p else None
                elif k.dep in ("obl", "obl:arg", "obl:mod", "iobj", "nmod") and any(
                        lexicon.norm(c.text) in word_set for c in self._kids(k.i, {"case"})):
                    obj = k
                elif k.dep in ("dative", "iobj") and (self.lang == "en" or k.pos == "PRON"):
                    obj = k  # "qui lui a réaffirmé le soutien de la France": "lui" receives it
                if obj is not None:
                    got, _ = self._actors_in(obj.i, doer=True)
                    found.extend(a for a in got if a not in found)
            if found:
                return found
        addressed = entry is not None and entry.code[:2] in ADDRESSED_ROOTS
        found.extend(a for a in self._surface_target(t, preps, addressed) if a not in found)
        if found:
            return found
        tprep = set(preps) | set(FALLBACK_TARGET.get(self.lang, ()))
        for o in objs:  # "recalled its ambassador to Algeria": the object's own complement
            for k in self._kids(o.i, {"prep", "nmod"}):
                word = lexicon.norm(k.text) if k.dep == "prep" else self._case_word(k)
                if word not in tprep:
                    continue
                got, _ = self._actors_in(k.i)
                found.extend(a for a in got if a not in found)
        if not found and self.lang == "fr" and not (entry is not None and entry.code in SYMMETRIC):
            for o in objs:  # (a signing's parties are its subjects: "La RDC et le Rwanda ont signé un accord")
                found.extend(a for a in self._partner_in(o) if a not in found)
        return found

    def _partner_in(self, o: Token) -> list[Actor]:
        """The other party named inside an agreement-like object, however deep the parse hangs it: "a
        dénoncé l'accord de coopération militaire qui le liait aux États-Unis". Only for objects that
        name a tie between parties (an event noun of roots 03-08), never places."""
        n = self._noun_entry(o)
        if n is None or n.code[:2] not in ("03", "04", "05", "06", "07", "08"):
            return []
        out: list[Actor] = []
        for i in self.doc.subtree(o.i):
            m = self.by_token.get(i)
            if m is None or m.start != i or m.type in ("modifier", "sector_modifier"):
                continue
            before = self.doc.tokens[i - 1] if i > 0 else None
            if before is not None and lexicon.norm(before.text) in LOCATIVE:
                continue
            if m.actor not in out:
                out.append(m.actor)
        return out

    def _surface_target(self, t: Token, preps: tuple[str, ...] | frozenset[str] | set[str],
                        addressed: bool = False) -> list[Actor]:
        """When the parse gives no target, the words right after the verb may: a target preposition and
        the actor it introduces ("a réclamé à Alger l'extradition", where the small French model reads
        "Alger" as a verb). Only up to the next comma or verb, and never a place after "in"/"en"."""
        toks = self.doc.tokens
        end = self.doc.sentences[t.sent].end
        i = t.i + 1
        while i < min(end, t.i + 6):
            tk = toks[i]
            if tk.text in (",", ";", ":", "(", "«", "\"") or (tk.pos in ("VERB", "AUX") and i not in self.by_token):
                break
            if tk.pos == "ADP":
                if lexicon.norm(tk.text) not in preps or lexicon.norm(tk.text) in LOCATIVE:
                    break  # only the first preposition after the verb: later ones hang on its object
                j = i + 1
                if j < end and toks[j].pos == "DET":
                    j += 1
                m = self.by_token.get(j)
                if m is not None and m.start == j and m.type not in ("adjective", "modifier", "sector_modifier"):
                    return [m.actor]
                if j < end and addressed:  # "a réclamé à Alger": a capital after "à" is read as a place upstream
                    for hit in gazetteer().find(toks[j].text, self.lang):
                        if hit.entry.type == "capital" and hit.entry.country and hit.end == len(toks[j].text):
                            return [country_actor(hit.entry.country, "GOV")]
                break
            i += 1
        return []

    def _arguments(self, trig: Trigger, t: Token, entry: VerbEntry | None) -> None:
        if trig.kind == "gather":
            subj = self._subject_token(t)
            parts: list[Actor] = []
            for o in self._kids(t.i, OBJ | {"prep", "obl", "obl:arg"}):
                got, _ = self._actors_in(o.i)
                parts.extend(a for a in got if a not in parts)
            if subj is not None:
                trig.antecedent = t.head if subj.lower in RELATIVE and t.dep in ("relcl", "acl:relcl") else subj.i
            listed = self._listed_after(t)
            if len(listed) > len(parts):
                parts = listed  # the parser lost the list ("rassemblé X et les ministres A (Mali), B ... et C")
            if len(parts) >= 2:
                trig.sources, trig.targets = [parts[0]], parts[1:]
            return
        sources, pron = self._sources(t)
        targets = self._targets(t, entry)
        if self._lemma(t) in ("strike", "hit", "step", "drive", "heurter", "sauter", "percuter") and \
                self._object_lemmas(t) & EXPLOSIVES:
            # "their vehicle struck a roadside bomb": the vehicle's people are the victims of a bombing
            trig.code = "1833"
            sources, targets = [], sources
        if targets and all(a in sources for a in targets):
            targets = self._targets(t, entry, skip_objects=True)
        if sources and not targets and trig.code[:2] in COMMUNICATIVE_ROOTS:
            for c in self._kids(t.i, {"ccomp", "xcomp"}):  # "alleged that Benin was letting France ...": Benin
                subj = self._kids(c.i, SUBJ | PASS_SUBJ)
                if subj:
                    targets = [a for a in self._actors_in(subj[0].i)[0] if a not in sources]
                    break
        if sources and not targets and trig.code[:2] not in ("01", "14") and trig.kind != "gather" and \
                not (len(sources) >= 2 and trig.code in SYMMETRIC):
            targets = self._next_actor(t, sources)
        if self._lemma(t) in RECEIVE and trig.code[:2] in ("06", "07", "03"):
            # "Mali took delivery of drones from Turkey": the giver is the source
            givers: list[Actor] = []
            for k in self._kids(t.i):
                word = lexicon.norm(k.text)
                if k.dep == "prep" and word in ("from",):
                    for p in self._kids(k.i, {"pobj"}):
                        givers.extend(self._actors_in(p.i)[0])
                elif k.dep in ("obl", "obl:arg", "obl:mod") and any(lexicon.norm(c.text) in ("de", "d", "du", "des")
                                                                     for c in self._kids(k.i, {"case"})):
                    givers.extend(self._actors_in(k.i)[0])
            for o in self._kids(t.i, OBJ):
                for k in self._kids(o.i, {"prep", "nmod"}):
                    if lexicon.norm(k.text) == "from" or any(lexicon.norm(c.text) in ("de", "d", "du", "des")
                                                               for c in self._kids(k.i, {"case"})):
                        for p in self._kids(k.i, {"pobj"}) or [k]:
                            givers.extend(a for a in self._actors_in(p.i)[0] if a not in givers)
            if givers:
                sources, targets = givers, sources
        trig.sources, trig.targets, trig.pronoun = sources, targets, pron
        # "both countries" after "lashed out at the United States and Britain" are the two named together
        for pair in (targets, sources, sources[:1] + targets[:1]):
            if len(pair) == 2 and _side(pair[0]) != _side(pair[1]):
                self.last_pair = list(pair)
                break
        for group in (targets, sources):
            if len({_side(a) for a in group}) >= 3:
                self.last_group = list(group)
                break

    def _listed_after(self, t: Token) -> list[Actor]:
        """The actors named after a gathering verb, in order, up to the end of its sentence: neither
        places ("à Moscou") nor the country in parentheses after a name ("Abdoulaye Diop (Mali)"); a
        title without a country gives way to the named people it introduces ("les ministres A, B et C")."""
        toks = self.doc.tokens
        found: list[ActorMention] = []
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.sentence != t.sent or m.start <= t.i or m.type in ("adjective", "modifier", "sector_modifier"):
                continue
            before = toks[m.start - 1] if m.start > 0 else None
            if before is not None and (before.text == "(" or (before.pos == "ADP" and lexicon.norm(before.text) in
                                                               LOCATIVE | {"a", "au", "aux", "to"})):
                continue
            if before is not None and before.pos == "DET" and m.start > 1 and lexicon.norm(
                    toks[m.start - 2].text) in LOCATIVE | {"a", "au", "aux"}:
                continue
            found.append(m)
        if any(m.type == "person" for m in found):
            found = [m for m in found if not (m.type in ("sector", "composite") and m.actor.country is None)]
        out: list[Actor] = []
        for m in found:
            if m.actor not in out:
                out.append(m.actor)
        return out

    # -- evaluations and nouns ----------------------------------------------------------------
    def _must(self, t: Token) -> Trigger | None:
        """"Russia said that Sudan must return the helicopter", "a déclaré que le Niger doit ...": a demand (100)
        from the speaker to the one who must act."""
        for c in self._kids(t.i, {"ccomp"}):
            if not any(self._lemma(a) in MUST or a.lower in MUST for a in self._kids(c.i, {"aux"})) and \
                    not (self.lang == "fr" and self._lemma(c) == "devoir"):
                continue
            who = self._kids(c.i, SUBJ)
            speaker, _ = self._sources(t)
            if not who or not speaker:
                continue
            targets = [a for a in self._actors_in(who[0].i)[0] if a not in speaker]
            if targets:
                trig = Trigger(c.i, "100", "verb", 0.6, sources=speaker, targets=targets)
                self._modality(trig, t)
                return trig
        return None

    def _evaluation(self, t: Token) -> Trigger | None:
        """"X noted that some foreign powers have been hostile": X criticises them (111), or praises (051).
        Also "X described Russia as a reliable ally" and "X branded it an instrument of neo-colonial repression"."""
        code = "111" if self._lemma(t) in self.cues["evaluative_negative"] or t.lower in self.cues[
            "evaluative_negative"] else "051"
        cur = t
        for _ in range(4):  # up from the adjective to a verb of describing, through "as" or a second object
            if cur.head == cur.i:
                break
            up = self.doc.tokens[cur.head]
            if up.pos in ("VERB",) and self._lemma(up) in DESCRIBE and cur.dep in ("pobj", "prep", "oprd", "xcomp",
                                                                                  "obl", "obl:mod", "advcl", "dobj",
                                                                                  "obj", "ccomp"):
                speaker, _ = self._sources(up)
                targets: list[Actor] = []
                for o in self._objects(up):
                    if o.i != cur.i:
                        targets.extend(a for a in self._actors_in(o.i)[0] if a not in targets)
                if speaker and targets:
                    return Trigger(t.i, code, "evaluation", 0.6, sources=speaker, targets=targets)
                break
            cur = up
        if t.dep not in ("acomp", "attr", "ROOT", "root", "conj", "xcomp", "ccomp", "advcl"):
            return None
        holder = t
        while holder.dep == "conj" and holder.head != holder.i:
            holder = self.doc.tokens[holder.head]
        subj_tok = None
        for cand in (holder, self.doc.tokens[holder.head]):
            s = self._kids(cand.i, SUBJ)
            if s:
                subj_tok = s[0]
                break
        if subj_tok is None:
            return None
        targets, _ = self._actors_in(subj_tok.i)
        if not targets:
            return None
        # the speaker: the reporting verb above the clause
        cur = self.doc.tokens[holder.head] if holder.dep in ("acomp", "attr") else holder
        speaker: list[Actor] = []
        for _ in range(5):
            if cur.head == cur.i:
                break
            up = self.doc.tokens[cur.head]
            if self._lemma(up) in self.cues["reporting"] and cur.dep in ("ccomp", "advcl", "conj", "parataxis",
                                                                          "xcomp"):
                speaker, _ = self._sources(up)
                break
            cur = up
        if cur.lemma and self._lemma(cur) in self.cues["reporting"] and not speaker:
            speaker, _ = self._sources(cur)
        if not speaker:
            return None
        return Trigger(t.i, code, "evaluation", 0.6, sources=speaker, targets=targets)

    def _mood(self, t: Token) -> Trigger | None:
        """"X said it was deeply concerned", "s'est dit préoccupé", "he was hopeful that ...": the holder's
        pessimistic (012) or optimistic (013) comment, about what follows "about", "over", "par", "de" or "sur"."""
        if t.dep == "amod" and t.head != t.i and (self.doc.tokens[t.head].pos == "PUNCT" or
                                                  self.doc.tokens[t.head].text in ("«", "»", "“", "”", '"')):
            pass  # « très inquiet »: the parser hangs the adjective on the guillemet
        elif t.dep not in ("acomp", "xcomp", "ccomp", "ROOT", "root", "advcl", "conj") or self._negated(t) or (
                t.dep == "acomp" and self._negated(self.doc.tokens[t.head])):  # "was not concerned"
            return None
        code = "012" if self._lemma(t) in self.cues.get("mood_pessimistic", frozenset()) else "013"
        holder: list[Actor] = []
        cur = t
        for _ in range(4):  # the adjective, its copula, the verb of saying: the first with a subject
            if [k for k in self._kids(cur.i, SUBJ) if k.text not in ("«", "»", "“", "”", '"')]:
                holder, _ = self._sources(cur)
                if holder:
                    break
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        if not holder:
            return None
        targets: list[Actor] = []
        for k in self._kids(t.i, {"prep", "obl", "obl:agent", "obl:arg", "obl:mod"}):
            o = (self._kids(k.i, {"pobj"}) or [k])[0] if k.dep == "prep" else k
            if self._case_word(o) in ("about", "over", "by", "at", "par", "de", "du", "des", "sur"):
                targets.extend(a for a in self._actors_in(o.i)[0] if a not in targets and a not in holder)
        return Trigger(t.i, code, "evaluation", 0.6, sources=holder, targets=targets)

    def _noun_trigger(self, t: Token, si: int) -> Trigger | None:
        entry = self._noun_entry(t)
        if entry is None:
            return None
        dets = {k.lower for k in self._kids(t.i, {"det"})}
        date = self._date_for(t.i)
        place = self._place_for(t.i)
        sources: list[Actor] = []
        targets: list[Actor] = []
        pron = False
        for k in self._kids(t.i, {"poss", "nmod:poss"}):
            got, pron = self._actors_in(k.i)
            sources.extend(got)
        for k in self._kids(t.i, {"amod", "compound"}):
            m = self.by_token.get(k.i)
            if m and m.actor not in sources:
                sources.append(m.actor)
        between: list[Actor] = []
        done: set[int] = set()
        if self.lang == "fr" and entry.code[:2] == "16" and not sources:
            # "le retrait des troupes françaises du Niger": who leaves is the "de" complement, and where from is
            # the "de" complement that follows (the parser hangs it on either noun)
            for k in self._kids(t.i, {"nmod"}):
                if self._case_word(k) not in ("de", "des", "du", "d"):
                    continue
                cands = [self.by_token[x.i] for x in [k] + self._kids(k.i, {"amod"}) if x.i in self.by_token]
                if not cands or cands[0].type not in ("sector", "composite", "org", "adjective"):
                    continue
                mover = cands[0]
                if mover.type == "adjective" and mover.actor.country:  # "des troupes françaises"
                    mover = replace(mover, actor=country_actor(mover.actor.country, "MIL"))
                if mover.actor.kind not in ("MIL", "IGO", "GOV"):
                    continue
                sources.append(mover.actor)
                done.add(k.i)
                inner = self._kids(k.i, {"nmod"})
                inner += [y for x in inner for y in self._kids(x.i, {"nmod"})]  # "des forces des États-Unis du Niger"
                for f in inner + [x for x in self._kids(t.i, {"nmod"}) if x.i != k.i]:
                    m = self.by_token.get(f.i)
                    if self._case_word(f) in ("de", "du", "d") and m is not None and m.actor.country and \
                            m.actor.country != mover.actor.country:
                        targets.append(country_actor(m.actor.country))
                        done.add(f.i)
                break
        for k in self._kids(t.i, {"prep", "nmod", "acl"}):
            if k.i in done:
                continue
            prep = lexicon.norm(k.text) if k.dep == "prep" else next(
                (lexicon.norm(c.text) for c in self._kids(k.i, {"case"})), "")
            obj = (self._kids(k.i, {"pobj"}) or [None])[0] if k.dep == "prep" else k
            if obj is None or prep in LOCATIVE:
                continue
            got, _ = self._actors_in(obj.i)
            if prep in ("by", "par") and not sources:
                sources.extend(got)
            elif prep in ("between", "entre", "among"):
                between.extend(got)
            elif prep in ("on", "about", "sur", "concernant") and entry.code[:2] in ("04", "01", "02", "03") and \
                    prep not in entry.target:
                continue  # "talks on Ukraine": a topic, not a party
            elif prep in (entry.target or NOUN_TARGET.get(self.lang, ())) or prep in NOUN_TARGET.get(self.lang, ()):
                if prep in ("of", "de") and entry.code[:2] not in VIOLENT_ROOTS | {"16", "17"}:
                    continue
                targets.extend(a for a in got if a not in targets)
        if len(between) == 1:  # "entre Israël et le Hamas" where the parser split the pair
            first = next((m for m in self.mentions if m.actor == between[0] and m.sentence == si), None)
            if first is not None:
                pool = [x for x in self.mentions if x.sentence == si and x.type not in ("adjective", "modifier")]
                between = self._group_of(first, pool, both=True)
        if len(between) >= 2 and not sources:
            sources, targets = [between[0]], between[1:]
        if not sources and entry.code[:2] in VIOLENT_ROOTS:
            cur = t
            for _ in range(4):  # "JNIM claimed responsibility for the assault", "a revendiqué l'attaque"
                if cur.head == cur.i:
                    break
                cur = self.doc.tokens[cur.head]
                if cur.pos == "VERB":
                    if self._lemma(cur) in CLAIM:
                        got, pron = self._sources(cur)
                        sources.extend(got)
                    break
        inherited_from: int | None = None
        if not sources and targets and t.dep in ("dobj", "obj") and t.head != t.i and \
                self._lemma(self.doc.tokens[t.head]) in ANNOUNCE:
            got, pron = self._sources(self.doc.tokens[t.head])  # "Macron a annoncé le retrait des militaires du Niger"
            sources = [a for a in got if a not in targets]
            inherited_from = t.head
        if not sources and targets and entry.code[:2] in ("04", "05", "03", "06", "07") and \
                t.dep in ("pobj", "obl", "obl:mod", "nmod", "appos", "npadvmod"):
            gov = self._governing_verb(t)  # "travelled to Bamako for talks with Goita": the traveller talks
            if gov is not None:
                got, pron = self._sources(self.doc.tokens[gov])
                sources = [a for a in got if a not in targets]
                inherited_from = gov
        if sources and not targets and entry.code[:2] in VIOLENT_ROOTS:
            home = (place.country if place else None) or self._sentence_country(si)
            if home and all(a.country != home for a in sources):
                targets = [country_actor(home)]  # "JNIM claimed the attack in Bamako"
        if not sources and not targets:
            if entry.code[:2] in MEETING_ROOTS:
                gov = self._governing_verb(t)
                if gov is not None:  # "met at a summit in Niamey on July 6": the verb holds the date
                    date = date or self._date_for(gov)
                    place = place or self._place_for(gov)
                self.pending.append(Pending(t.i, entry.code, si, date, place, self._lemma(t)))
            return None
        up = self.doc.tokens[t.head] if t.head != t.i else None
        if up is not None and up.dep == "prep":
            up = self.doc.tokens[up.head]
        if up is not None and self._lemma(up) in REPRISAL:
            return None  # "en représailles à l'assassinat de ...": the earlier event given as a reason
        if up is not None and up.i != t.i and up.pos == "NOUN":
            outer = self._noun_entry(up)
            if outer is not None and outer.code[:2] != entry.code[:2]:
                return None  # "an inquiry into the killing of civilians": the inquiry is the event
        if not (sources and targets):
            # a bare mention ("the attack on the convoy") is not coded unless it has both sides or is violent;
            # nor is one in a time phrase ("during a three-day assault on the camp"): it is the main event's
            temporal = t.dep in ("pobj", "obl", "obl:mod") and self._case_word(t) in TEMPORAL
            if not (entry.code[:2] in VIOLENT_ROOTS and targets) or temporal:
                return None
        trig = Trigger(t.i, entry.code, "noun", 0.5, sources=sources, targets=targets, pronoun=pron)
        self._modality(trig, t)
        if inherited_from is not None and trig.modality == "asserted":
            gov_trig = Trigger(inherited_from, entry.code, "noun", 0.5)
            self._modality(gov_trig, self.doc.tokens[inherited_from])
            trig.modality = gov_trig.modality  # "did not send a delegation to the summit": no summit for them
        mods = {self._lemma(k) for k in self._kids(t.i, {"amod", "advmod"})}
        if mods & HYPO_ADJ:
            trig.modality = "hypothetical"  # "une éventuelle rencontre", "a possible meeting"
        elif mods & PLANNED_ADJ and trig.modality == "asserted":
            trig.modality = "intended"
        if dets & DEFINITE and entry.code[:2] in MEETING_ROOTS:
            trig.antecedent = t.i
        return trig

    def _governing_verb(self, t: Token) -> int | None:
        cur = t
        for _ in range(4):
            if cur.head == cur.i:
                return None
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                return cur.i
        return None

    def _case_word(self, t: Token) -> str:
        if t.dep == "pobj" and t.head != t.i:
            return lexicon.norm(self.doc.tokens[t.head].text)
        cases = self._kids(t.i, {"case"})
        return lexicon.norm(cases[0].text) if cases else ""

    # -- dates and places ---------------------------------------------------------------------
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
        own = [d for tok, d in stated if self._owner(tok) == trig]
        if own:
            return own[0]
        free = [d for tok, d in stated if self._owner(tok) is None]
        if free:
            return free[0]
        if len(stated) == 1 and self.doc.tokens[trig].dep in ("ROOT", "root"):
            tok, d = stated[0]
            if self.doc.tokens[self._owner(tok) or tok].pos == "VERB":
                return d
        return None

    def _place_for(self, trig: int) -> Place | None:
        si = self.doc.tokens[trig].sent
        mine = [p for p in self.places if p.sentence == si]
        own = [p for p in mine if self._owner(p.start) == trig]
        if own:
            return own[0].place
        loose = [p for p in mine if self.doc.tokens[self._owner(p.start) or p.start].pos == "VERB"
                 and self._owner(p.start) not in self.triggers]
        return loose[0].place if loose else None

    # -- events -------------------------------------------------------------------------------
    def _events(self, trig: Trigger, si: int) -> list[Event]:
        date = self._date_for(trig.token)
        place = self._place_for(trig.token)
        if trig.antecedent is not None:
            ante = self._antecedent(trig)
            if ante:
                date = ante.date or date
                place = ante.place or place
                if trig.kind != "gather":
                    trig.code = ante.code if trig.code[:2] == ante.code[:2] else trig.code
        place_country = (place.country if place else None) or self._sentence_country(si)
        pairs: list[tuple[Actor | None, Actor | None]] | None = None
        if not trig.targets and len(trig.sources) >= 2 and trig.code in SYMMETRIC:
            pairs = [(a, b) for i, a in enumerate(trig.sources) for b in trig.sources[i + 1:]]
        if trig.code in ("042", "032", "036") and not trig.targets and trig.sources and place_country and \
                all(a.country != place_country for a in trig.sources):
            trig.targets = [country_actor(place_country, "GOV")]  # "arrived in Moscow for a visit"
        if trig.code in ("161", "160") and trig.sources and all(a.kind == "MIL" for a in trig.sources):
            trig.code = "166"  # troops leaving a country are a withdrawal, not a diplomatic break
        if (trig.code[:2] in VIOLENT_ROOTS or trig.code[:2] == "15") and not trig.targets and trig.sources and \
                place_country and \
                all(a.country != place_country or a.kind in NON_STATE for a in trig.sources if a):
            # "the RSF seized El-Fasher", "CSP fighters attacked a camp in Bourem": rebels strike their own state
            trig.targets = [country_actor(place_country)]  # "the Djibo camp was attacked by JNIM fighters"
        if trig.code[:2] == "14" and not trig.targets and place_country:
            trig.targets = [country_actor(place_country, "GOV")]  # a protest is addressed to the government
        if not trig.targets and trig.sources and (trig.code[:2] in DOMESTIC_ROOTS or trig.code[:3] in DOMESTIC):
            # a curfew, an inquiry, an arrest or a strike with no one named acts on the source's own country
            home = trig.sources[0].country or place_country
            if home:
                trig.targets = [country_actor(home)]
        sources = _one_per_country(trig.sources) or [None]
        targets = _one_per_country(trig.targets) or [None]
        if trig.code[:2] in VIOLENT_ROOTS and trig.sources == []:
            sources = [Actor(id="UAG", name="unidentified armed group", code="UAG", kind="UAG")]
        if not trig.sources and (not trig.targets or trig.code[:2] not in VIOLENT_ROOTS):
            return []  # only violence is coded without its doer (who then is an unidentified armed group)
        if trig.code[:2] == "16" and not trig.targets:
            return []  # reducing relations is always with someone: "quitter ses fonctions" is no such event
        if trig.code[:2] in MEETING_ROOTS and not trig.targets and trig.kind != "gather" and \
                all(a.id.startswith("---") for a in trig.sources):
            # "The ministers met at a summit in Niamey": who met is told later ("The gathering brought together")
            self.pending.append(Pending(trig.token, trig.code, si, date, place, self._lemma(self.doc.tokens[trig.token])))
            return []
        code = code_info(trig.code)
        sources = _one_per_country(trig.sources) or [None]
        targets = _one_per_country(trig.targets) or [None]
        if trig.code[:2] in VIOLENT_ROOTS and not trig.sources:
            sources = [Actor(id="UAG", name="unidentified armed group", code="UAG", kind="UAG")]
        s = self.doc.sentences[si]
        sentence = self.doc.sentence_text(si)
        size = casualties(sentence, self.lang) if code.root in VIOLENT_ROOTS | {"17"} else None
        out = []
        for src, tgt in pairs or [(a, b) for a in sources for b in targets]:
            if True:
                if src is not None and tgt is not None and src.id == tgt.id:
                    continue
                if trig.code in ("010", "01"):
                    continue  # a bare "said": the statement's content is coded instead
                src2 = self._localise(src, place_country, as_source=True)
                tgt2 = self._localise(tgt, place_country, victim=trig.code[:2] in VIOLENT_ROOTS | {"17"})
                if src2 is not None and tgt2 is not None and src2.country and src2.country == tgt2.country and \
                        src2.kind in STATE_KINDS and tgt2.kind in STATE_KINDS and \
                        trig.code[:2] not in DOMESTIC_ROOTS and trig.code[:3] not in DOMESTIC and \
                        trig.code[:2] not in ("17",):
                    continue  # "France handed over its military base": a state does not act on itself
                conf = trig.confidence - (0.15 if trig.pronoun else 0) - (0.1 if src is None or tgt is None else 0)
                d = date or ((self.record.date, "publication") if self.record.date else None)
                span = (s.start_char, s.end_char)
                ev = Event(
                    id=event_id(self.record.id, span, trig.code, src2.id if src2 else None, tgt2.id if tgt2 else None),
                    source=src2, target=tgt2, cameo=trig.code, root=code.root, label=code.name, plover=code.plover,
                    quad_class=code.quad_class, goldstein=code.goldstein, date=d[0] if d else None,
                    date_precision=d[1] if d else "publication", location=place, modality=trig.modality,
                    confidence=max(0.05, min(1.0, conf)), sentence=si, span=span, evidence=sentence, coder=CODER,
                )
                if size:
                    ev = replace(ev, size=size)
                out.append(ev)
        return out

    def _antecedent(self, trig: Trigger) -> Pending | None:
        tok = self.doc.tokens[trig.antecedent] if trig.antecedent is not None else None
        if tok is None:
            return None
        if not ({k.lower for k in self._kids(tok.i, {"det"})} & DEFINITE):
            return None
        for p in reversed(self.pending):
            if p.token != tok.i and p.sentence < tok.sent and tok.sent - p.sentence <= 3:
                # "met at a summit in Niamey on July 6": the verb and the noun of one sentence share what they know
                same = [q for q in self.pending if q.sentence == p.sentence]
                date = next((q.date for q in same if q.date), None)
                place = next((q.place for q in same if q.place), None)
                return Pending(p.token, p.code, p.sentence, date, place, p.noun)
        return None

    def _localise(self, actor: Actor | None, country: str | None, as_source: bool = False,
                  victim: bool = True) -> Actor | None:
        """A national body named without its country takes the country of the place where it acts."""
        if actor is None or actor.country or not country:
            return actor
        if actor.kind is None and actor.id.startswith("name:") and actor.code is None:
            # a person named without a title: a victim is usually of the place; a speaker, a doer or a visitor
            # met there ("refused to meet King Abdullah II in Tel Aviv") may be foreign
            return actor if as_source or not victim else replace(actor, country=country, code=country)
        if actor.kind in (None, "UAG", "IGO"):
            return actor
        if actor.id.startswith("---"):
            return country_actor(country, actor.kind)
        if actor.id.startswith("name:") and actor.code in (None, actor.kind):  # an unknown official
            return replace(actor, country=country, code=f"{country}{actor.kind}")
        return actor

    def _sentence_country(self, si: int) -> str | None:
        """The country of the places named in a sentence (else the one before), when they agree on one."""
        for k in (si, si - 1):
            countries = {p.place.country for p in self.places if p.sentence == k and p.place.country}
            if len(countries) == 1:
                return countries.pop()
            if countries:
                return None
        first = [m.actor.country for m in sorted(self.mentions, key=lambda m: m.start)
                 if m.sentence == si and m.actor.country and m.type not in ("person",)]
        return first[0] if first else None
