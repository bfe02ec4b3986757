"""Coding CAMEO events from a parsed document.

For each sentence the coder finds triggers — verbs in the verb lexicon, support verbs with an event
noun as object ("held talks"), event nouns with participants ("Russia's delivery of wheat to Mali"),
evaluations inside reported speech ("X noted that Y has been hostile") — and takes source and target
from the dependency parse: subject and object, passive agent, possessor, prepositional targets, and
the members of coordinated lists, one event each. Modality comes from the verbs around the trigger
(intention, negation, condition). Dates and places belong to the trigger they hang from in the parse.
A definite event noun that refers back to an earlier one ("The gathering ...") continues it: one
event with the date and place of the first mention and the participants of the second.

The coder is split by what each part reads: `words` (word lists), `base` (state and parse helpers),
`triggers` and `speech` (what happened, and its code), `modality`, `arguments` and `reference` (who did
it to whom), `dates_places` (when and where); this module runs them and builds the `Event` records.
Every public name of those modules that callers used from here is still importable from here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsgraph.actors.gazetteer import ARMED_KINDS, country_actor
from newsgraph.actors.resolve import POINTING_BACK, ActorMention
from newsgraph.dates import MONTHS
from newsgraph.events.arguments import localise
from newsgraph.events.base import Pending, Trigger, lemma_of, reaction, side, standalone
from newsgraph.events.lexicon import code_info, norm
from newsgraph.events.size import casualties
from newsgraph.events.triggers import COOP_INTENT, HOSTILE_INTENT, TriggerMixin, intended_code
from newsgraph.events.words import (
    ABSTRACT,
    ACCUSE_ROOTS,
    ADDRESSED_ROOTS,
    AGENT,
    AIMED_ROOTS,
    ANAPHORIC,
    ANNOUNCE,
    BACKING,
    CAPTURE_CODES,
    CLAIM,
    CLASHES,
    COMMUNICATIVE_ROOTS,
    COMPLETION,
    DECIDE,
    DEFAULT_TARGET,
    DEFINITE,
    DESCRIBE,
    DOCUMENTS,
    DOMESTIC,
    DOMESTIC_ROOTS,
    ELABORATE,
    ENVOYS,
    EXPLOSIVES,
    FALLBACK_TARGET,
    GATHER,
    HOLD,
    HOSTAGES,
    HYPO_ADJ,
    ISSUE,
    KILL,
    LOCATIVE,
    MEDIATION,
    MEETING_ROOTS,
    MUST,
    NON_STATE,
    NOUN_TARGET,
    OBJ,
    OPPOSE,
    PAIR_NOUNS,
    PAIR_WORDS,
    PASS_SUBJ,
    PERSONAL,
    PLANNED_ADJ,
    PRONOUNS,
    RECEIVE,
    RELATIVE,
    RELEASE_CODES,
    RELEASE_NOUNS,
    REPRISAL,
    RESPONSIBILITY,
    SHARED_NOUNS,
    SUBJ,
    SYMMETRIC,
    TEMPORAL,
    TIME_WORDS,
    UNNAMED_ARMED,
    VIOLENT_ROOTS,
)
from newsgraph.models import Actor, Event, Place, Record, event_id
from newsgraph.nlp.document import Document, Token

__all__ = [
    "ABSTRACT",
    "ACCUSE_ROOTS",
    "ADDRESSED_ROOTS",
    "AGENT",
    "ANAPHORIC",
    "ANNOUNCE",
    "CLAIM",
    "CODER",
    "COMMUNICATIVE_ROOTS",
    "COMPLETION",
    "COOP_INTENT",
    "Coder",
    "DECIDE",
    "DEFAULT_TARGET",
    "DEFINITE",
    "DESCRIBE",
    "DOCUMENTS",
    "DOMESTIC",
    "DOMESTIC_ROOTS",
    "ELABORATE",
    "EXPLOSIVES",
    "EventStage",
    "FALLBACK_TARGET",
    "GATHER",
    "HOSTILE_INTENT",
    "HYPO_ADJ",
    "ISSUE",
    "LOCATIVE",
    "MEDIATION",
    "MEETING_ROOTS",
    "MUST",
    "NOUN_TARGET",
    "OBJ",
    "OPPOSE",
    "PAIR_NOUNS",
    "PAIR_WORDS",
    "PASS_SUBJ",
    "PERSONAL",
    "PLANNED_ADJ",
    "PRONOUNS",
    "Pending",
    "RECEIVE",
    "RELATIVE",
    "REPRISAL",
    "SUBJ",
    "SYMMETRIC",
    "TEMPORAL",
    "TIME_WORDS",
    "Trigger",
    "VERSION",
    "VIOLENT_ROOTS",
    "intended_code",
]

VERSION = "1.9"

CODER = f"newsgraph-events {VERSION}"


STATE_KINDS = {None, "GOV", "MIL", "COP", "JUD"}
UNNAMED_GROUP = Actor(id="UAG", name="unidentified armed group", code="UAG", kind="UAG")

HISTORY_DAYS = 300  # a stated date this many days before publication is background (GUIDE Batch 4 and 5)


def history(date: tuple[str, str], published: str) -> bool:
    """A stated date that ended `HISTORY_DAYS` or more before publication: the act is history told as background."""
    try:
        day = dt.date.fromisoformat(date[0][:10])
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    if date[1] == "year":
        day = day.replace(month=12, day=31)
    elif date[1] == "month":
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (pub - day).days >= HISTORY_DAYS


# Verbs of striking back, aimed at whoever struck first when they name no one.
ANSWER_BACK = {"retaliate", "respond", "avenge", "riposter", "répliquer", "repliquer", "venger", "se venger"}
HOSTILE_ROOTS = {"15", "16", "17", "18", "19", "20"}
SINCE_WORDS = {"since", "depuis"}
SINCE_DAYS = 60  # a toll or a standing activity counted from this long before publication is background
SINCE_FILLERS = {"early", "late", "mid", "the", "start", "end", "of", "debut", "début", "fin", "mi", "de", "d'", "d’"}


def since_start(words: list[str], published: dt.date) -> dt.date | None:
    """The day a "since"/« depuis » span starts: a year ("since 2009"), a month and year, or a month alone
    ("since October", « depuis début août »: the last such month before publication). None for anything else
    ("since Monday", « depuis un an » are read elsewhere or not at all)."""
    year = month = None
    for w in words[:4]:
        low = w.lower()
        if re.fullmatch(r"(?:19|20)\d\d", w):
            year = int(w)
            break
        if low in MONTHS and month is None:
            month = MONTHS[low]
        elif low not in SINCE_FILLERS or month is not None:
            break
    if year is not None:
        return dt.date(year, month or 1, 1)
    if month is not None:
        return dt.date(published.year if month <= published.month else published.year - 1, month, 1)
    return None


SPAN_FILLERS = {"more", "than", "over", "nearly", "almost", "about", "some", "plus", "de", "d'", "d’", "près", "pres",
                "presque", "environ", "quelque", "bien", "well", "the", "past", "last", "dernières", "dernieres",
                "derniers"}
SPAN_COUNTS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "several": 2,
               "plusieurs": 2, "many": 2, "des": 2, "nombreuses": 2, "nombreux": 2, "half": 0.5, "demi": 0.5,
               "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8,
               "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "fifteen": 15, "quinze": 15, "twenty": 20, "vingt": 20,
               "thirty": 30, "trente": 30}
SPAN_UNITS = {"year": 365, "years": 365, "an": 365, "ans": 365, "année": 365, "années": 365, "annee": 365,
              "annees": 365, "decade": 3650, "decades": 3650, "décennie": 3650, "décennies": 3650, "decennie": 3650,
              "decennies": 3650, "century": 36500, "siècle": 36500, "siecle": 36500}


def span_days(words: list[str]) -> float | None:
    """The length, in days, of a span of years told by its length ("for half a century", « depuis plus d'un an »,
    "for decades"); None for anything else (a span of days or months may be the act's own: "suspended for six
    months")."""
    count: float | None = None
    for k, w in enumerate(words[:6]):
        low = w.lower()
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        if low == "an" and after.isalpha() and after not in SPAN_FILLERS:
            low = "a"  # "for an hour": the English article, not « un an »
        if low in SPAN_UNITS:
            return SPAN_UNITS[low] * (count if count is not None else 2)  # "for decades", « depuis des années »
        if re.fullmatch(r"\d+", low):
            count = (count or 1) * int(low)
        elif low in SPAN_COUNTS:
            count = (count or 1) * SPAN_COUNTS[low]
        elif low not in SPAN_FILLERS and not (low == "of" and count == 0.5):
            return None
    return None


def _without_unnamed_repeats(events: list[Event]) -> list[Event]:
    """Violence by unnamed men that the paragraph tells with its doer named, in the same sentence or the one
    before or after ("were killed in an attack ... The ADF ..."), or that strikes that doer: one attack, coded once,
    by whoever the text names."""
    named = [e for e in events if e.root in VIOLENT_ROOTS and e.source is not None and
             e.source.id not in UNNAMED_ARMED and e.modality == "asserted"]

    def repeated(e: Event) -> bool:
        if e.root not in VIOLENT_ROOTS or e.source is None or e.source.id not in UNNAMED_ARMED or e.target is None:
            return False
        near = [n for n in named if abs(n.sentence - e.sentence) <= 1]
        # (not the attacked side's fire back at the unnamed attackers: "The army said it had killed several of them")
        return any(side(n.source) == side(e.target) and n.target is not None and n.target.id not in UNNAMED_ARMED
                   for n in near) or \
            any(n.target is not None and n.target.country and n.target.country == e.target.country and
                n.sentence == e.sentence for n in near)
    return [e for e in events if not repeated(e)]


OWN_FORCES = ("150", "151", "152", "153", "154")  # acts a state does on its own forces: alert, mobilise, deploy


def _half(e: Event) -> bool:
    """"Ouagadougou a démenti toute implication", "The ruling party welcomed the ruling": an act always done to
    someone, told with no one it is done to (the whole event is kept while the sentence is read: it may be reacted
    to or answered). A reaction to violence whose doer nobody names is kept (`Coder.unattributed`)."""
    return e.target is None and e.root in AIMED_ROOTS


def _party(a: Actor | None, ev: Event) -> str | None:
    """The side an actor stands for when telling two events apart: a state body is its state, and so, in words, are
    its opposition and rebels; in a fight they are not ("the army recaptured Wad Madani from the RSF, a year after the
    paramilitaries overran it" is two events)."""
    return a.id if a is not None and a.kind in NON_STATE and ev.root in VIOLENT_ROOTS else side(a)


def _one_per_country(actors: list[Actor]) -> list[Actor]:
    """"The gendarmerie school and the military airport of Bamako were attacked": one target, Mali. Bodies of
    one state named together are one side; named people and organisations stay apart."""
    out: list[Actor] = []
    seen: dict[str | None, int] = {}
    for a in actors:
        key = side(a)
        if key in seen:
            kept = out[seen[key]]
            if _generic(kept) and not _generic(a) and a.kind == kept.kind:
                out[seen[key]] = a  # « des militaires russes de l'Africa Corps »: the named force speaks for them
            continue
        seen[key] = len(out)
        out.append(a)
    return out


def _generic(a: Actor) -> bool:
    """A state's body named only by its country and kind (RUSMIL), not by its own name."""
    return bool(a.country) and a.id in (a.country, f"{a.country}{a.kind or ''}")



def _forces(a: Actor) -> bool:
    """Troops, instructors, police units: a force, not an official (officials have a person's id)."""
    return a.kind in ("MIL", "COP") and not a.id.startswith(("Q", "name:"))


class EventStage:
    name = "events"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        coder = Coder(record, doc)
        record.events = coder.run()
        doc.annotations["subjects"] = coder.subjects  # salient actors per sentence, for later stages



class Coder(TriggerMixin):
    """Codes the events of one parsed document: `Coder(record, doc).run()`."""

    def run(self) -> list[Event]:
        events: dict[tuple[str | None, str | None, str, int], Event] = {}
        for sent in self.doc.sentences:
            self._dates_of(sent.index)
            triggers = self._triggers(sent.index)
            self.triggers = {t.token for t in triggers}
            subjects: list[Actor] = []
            self.told_here = []
            for trig in triggers:
                told = self._events(trig, sent.index)
                self.told_here.extend(told)
                if len(trig.sources) < 2 and len(trig.targets) < 2:
                    # "Faye arrived in Bamako. The two heads of state signed": a host found only once the event was
                    # placed still makes the pair the next sentence points back to
                    both = [[e.source, e.target] for e in told if e.source is not None and e.target is not None and
                            side(e.source) != side(e.target) and e.cameo[:3] != "045"]
                    if both:
                        self.last_pair = [a for a in both[-1] if a is not None]
                self.accusers.extend((e.sentence, e.source) for e in told if e.root == "11" and e.source is not None)
                self.captors.extend((e.sentence, e.source) for e in told if e.cameo[:3] in CAPTURE_CODES and
                                    e.source is not None and e.modality == "asserted")
                if self._retold_attack(trig, told, events):
                    continue
                for ev in told:
                    # "hailed Russia ... and thanked Moscow": one event per pair of sides, action (3-digit code) and sentence
                    k = (_party(ev.source, ev), _party(ev.target, ev), ev.cameo[:3], ev.sentence)
                    if k not in events or events[k].confidence < ev.confidence:
                        events[k] = ev
                if self.doc.tokens[trig.token].dep in ("ROOT", "root") or not subjects:
                    subjects.extend(a for a in trig.sources if a is not None)
            mediated = self._mediation(sent.index, [e for e in events.values() if e.sentence == sent.index])
            for ev in mediated:
                events.setdefault((side(ev.source), side(ev.target), ev.cameo[:3], ev.sentence), ev)
            for ev in mediated:  # "mediated by Qatar": once its parties are known, no mediation aimed at no one
                events.pop((side(ev.source), None, "045", ev.sentence), None)
            if not subjects:
                subjects = [m.actor for m in self.mentions if m.sentence == sent.index and m.type != "adjective"
                            and self._is_subject_mention(m)][:2]
            self.subjects.append(subjects)
            self.told_before.extend(self.told_here)
        return [e for e in _without_unnamed_repeats(list(events.values()))
                if e.id in self.unattributed or not _half(e)]

    def _retold_attack(self, trig: Trigger, told: list[Event],
                       events: dict[tuple[str | None, str | None, str, int], Event]) -> bool:
        """"Deux soldats ont été tués dimanche dans une embuscade. L'attaque a été revendiquée par l'EIGS": a
        definite attack noun in a later sentence retells an attack of the two sentences before, whose doer was
        not named; the claimant becomes that attack's source and no second attack is coded. True when merged."""
        claim = trig.code == "015"
        if not told or not (claim or trig.code[:2] in VIOLENT_ROOTS):
            return False  # (checked first: this runs for every trigger)
        tok = self.doc.tokens[trig.token]
        if claim:  # "JNIM later claimed the raid", "claimed responsibility for the massacre": credit, keep the claim
            objs = self._objects(tok) + self._kids(tok.i, PASS_SUBJ)
            objs += [x for o in objs for p in self._kids(o.i, {"prep", "nmod"}) for x in [p] + self._kids(p.i, {"pobj"})]
            entries = [(o, self._noun_entry(o)) for o in objs if o.pos == "NOUN"]
            tok = next((o for o, n in entries if n is not None and n.code[:2] in VIOLENT_ROOTS), tok)
        elif trig.kind != "noun":  # "L'assaut, revendiqué par le JNIM, a fait trente morts": the subject is the event
            tok = next((k for k in self._kids(tok.i, SUBJ) if self._noun_entry(k)), tok)
        noun = self._noun_entry(tok) if tok.pos == "NOUN" else None
        credit = claim and tok.i == trig.token and any(
            lemma_of(o) in RESPONSIBILITY for o in self._objects(tok))  # "JNIM claimed responsibility on Monday"
        if credit or (noun is None and self._told_by_its_doer(tok, told, events)):
            pass  # "The al Qaeda affiliate said its fighters had targeted a gendarmerie school": the same attack
        elif noun is None or noun.code[:2] not in VIOLENT_ROOTS or not told or \
                (trig.code[:2] not in VIOLENT_ROOTS and not claim) or \
                not ({k.lower for k in self._kids(tok.i, {"det"})} & DEFINITE):
            return False
        doers = [e.source for e in told if e.source is not None and e.source.id not in UNNAMED_ARMED]
        for key, early in reversed(list(events.items())):
            if not (0 < told[0].sentence - early.sentence <= 2) or early.root not in VIOLENT_ROOTS:
                continue
            if early.source is not None and early.source.id not in UNNAMED_ARMED:
                if claim:
                    continue  # (the army's fire told since: the claim credits the attack before it)
                # the attack already has its doer: the same doer's "the massacre" retells it (and the claim that
                # credited it is kept); another doer's may be another attack
                return not claim and side(early.source) in {side(d) for d in doers}
            if doers and early.target is not None and any(side(d) == side(early.target) for d in doers):
                return False  # "The army said it had repelled the assault": the attacked side tells it, not its doer
            if doers:
                del events[key]
                src = doers[0]
                merged = replace(early, source=src, id=event_id(self.record.id, early.span, early.cameo, src.id,
                                                               early.target.id if early.target else None))
                events[(side(merged.source), side(merged.target), merged.cameo[:3], merged.sentence)] = merged
                self._attackers_named(events, early, src)
            return not claim
        return False

    def _attackers_named(self, events: dict[tuple[str | None, str | None, str, int], Event], attack: Event,
                         doer: Actor) -> None:
        """"The army said it had repelled the assault and killed several of the attackers. JNIM claimed
        responsibility": once the attack has its doer, the attacked side's fire at the unnamed attackers, told
        since, is at that doer."""
        for key, e in list(events.items()):
            if attack.sentence <= e.sentence and e.root in VIOLENT_ROOTS and e.target is not None and \
                    e.target.id in UNNAMED_ARMED and e.source is not None and attack.target is not None and \
                    side(e.source) == side(attack.target):
                del events[key]
                moved = replace(e, target=doer, id=event_id(self.record.id, e.span, e.cameo,
                                                            e.source.id, doer.id))
                events[(side(moved.source), side(moved.target), moved.cameo[:3], moved.sentence)] = moved

    def _told_by_its_doer(self, tok: Token, told: list[Event],
                          events: dict[tuple[str | None, str | None, str, int], Event]) -> bool:
        """A violent verb in what a group says it did ("said its fighters had targeted"), after an attack on the
        same country in the two sentences before: the attack retold, credited to it if its doer was unnamed."""
        if tok.pos != "VERB" or tok.dep != "ccomp" or tok.head == tok.i or \
                lemma_of(self.doc.tokens[tok.head]) not in self.cues["reporting"]:
            return False
        hit = {e.target.country for e in told if e.target is not None and e.target.country}
        where = self._place_for(tok.i)
        return any(e.root in VIOLENT_ROOTS and e.target is not None and (not hit or e.target.country in hit) and
                   0 < told[0].sentence - e.sentence <= 2 and
                   (where is None or e.location is None or where.name == e.location.name)  # "in Boulkessi": another
                   for e in events.values())

    def _mediators(self, si: int) -> list[tuple[int, Actor]]:
        """(first token, actor) of each mediator a sentence names right after "sous l'égide de", "brokered by",
        "mediated by"; a capital so named is its government."""
        sent = self.doc.sentences[si]
        text = self.doc.text[sent.start_char:sent.end_char]
        out: list[tuple[int, Actor]] = []
        for match in MEDIATION.finditer(text):
            at = sent.start_char + match.end()
            m = next((x for x in self.mentions if x.sentence == si and x.char_start == at and
                      standalone(x, strict=True)), None)
            while m is not None:
                out.append((m.start, country_actor(m.actor.country, "GOV") if m.type == "capital" and m.actor.country
                            else m.actor))
                m = self._next_in_list(m)  # "mediated by Qatar and Turkey"
        return out + self.brokers.get(si, [])

    def _next_in_list(self, m: ActorMention) -> ActorMention | None:
        """The mention coordinated right after another (", " / "and" / « et », an article between)."""
        end = self.doc.sentences[m.sentence].end
        i = m.end
        if i >= end or self.doc.tokens[i].lower not in (",", "and", "et"):
            return None
        i += 1
        while i < end and self.doc.tokens[i].pos == "DET" or (i < end and self.doc.tokens[i].lower in ("de", "du")):
            i += 1
        return next((x for x in self.mentions if x.sentence == m.sentence and x.start == i and
                     standalone(x, strict=True)), None)

    def _mediation(self, si: int, told: list[Event]) -> list[Event]:
        """"... ont signé à Doha, sous l'égide du Qatar, une déclaration", "talks in Muscat, mediated by Oman":
        the mediator mediates (045) between the parties of the sentence's meeting or agreement."""
        parties: list[Actor] = []
        for ev in told:
            if ev.root in ("03", "04", "05", "08") and ev.modality in ("asserted", "intended"):
                parties.extend(a for a in (ev.source, ev.target) if a is not None and a not in parties)
        # a release obtained through a mediator may involve one state only (« le Niger a libéré ... le fils de
        # l'ancien président, à la suite d'une médiation du Togo »)
        least = 1 if any(ev.root == "08" for ev in told) else 2
        if len(parties) < least:
            return []
        out: list[Event] = []
        mediators = self._mediators(si)
        for start, mediator in mediators:
            # (a mediator the sentence already has hosting a party keeps that: "in the presence of Lourenco, who
            # hosted the talks")
            hosted = {side(e.target) for e in told if e.root == "04" and e.source is not None and
                      side(e.source) == side(mediator)}
            others = [a for a in parties if all(side(a) != side(m) for _, m in mediators) and side(a) not in hosted]
            if len(others) >= least:
                out.extend(self._events(Trigger(start, "045", "noun", 0.6, sources=[mediator], targets=others), si))
        return out

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
        if trig.targets and len(trig.sources) >= 2 and trig.code in SYMMETRIC and \
                all(side(a) in {side(m) for _, m in self._mediators(si)} for a in trig.targets):
            trig.targets = []  # "ont signé un accord négocié sous l'égide des États-Unis": the mediator is no party
        doers = {side(a) for a in trig.sources}
        if trig.code[:2] in ("03", "06") and len(doers) >= 2 and any(a.kind in NON_STATE for a in trig.targets):
            # « Des soldats nigériens et tchadiens ont mené une opération conjointe contre Boko Haram »: two states
            # working together against an armed group cooperate with each other, not with the group
            trig.targets = [a for a in trig.targets if a.kind not in NON_STATE and side(a) not in doers]
        if not trig.targets and len(trig.sources) >= 2 and (trig.code in SYMMETRIC or (
                trig.modality == "intended" and trig.code[:2] == "03") or self._their_shared(trig)):
            # "Nigeria and Niger agreed to restore military cooperation": what they intend, they do together
            pairs = [(a, b) for i, a in enumerate(trig.sources) for b in trig.sources[i + 1:]]
        if not trig.targets and reaction(trig.code) and trig.sources and \
                self._reacts_to_act(self.doc.tokens[trig.token]):
            # "X designated the gang a terrorist organisation, a decision Haiti welcomed": the act told just before
            trig.targets = self._doers_of_last_act(si, trig.sources, self._reacted_roots(self.doc.tokens[trig.token]))
        if not trig.targets and trig.code[:3] == "016" and trig.sources and \
                "11" in self._reacted_roots(self.doc.tokens[trig.token]):
            # « Khartoum, qui a rejeté des accusations « sans fondement » »: denying accusations answers the accuser
            trig.targets = self._doers_of_last_act(si, trig.sources, {"11"})
        # "condemned the attack on Menaka": a reaction to violence whose doer no one names is aimed at no one
        unattributed = not trig.targets and reaction(trig.code) and \
            bool(self._reacted_roots(self.doc.tokens[trig.token]) & VIOLENT_ROOTS)
        if not trig.targets and trig.sources and self._answers_back(trig.token, trig.sources):
            trig.targets = self._last_aggressor(si, trig.sources)
        if not trig.targets and trig.code[:2] == "15" and trig.sources and \
                all(a.kind in STATE_KINDS for a in trig.sources):
            # "ISWAP militants attacked a military base ... The army said it had sent reinforcements to the area":
            # a state readying its forces after an attack on it readies them against the attackers
            trig.targets = self._last_aggressor(si, trig.sources, rebels=True,
                                                home=place_country or self._article_country(si), place=place)
        self._recode_by_parties(trig)
        self._default_targets(trig, si, place_country)
        if trig.code == "042" and trig.sources and trig.targets and all(_forces(a) for a in trig.sources) and \
                all(a.country and a.country not in {s.country for s in trig.sources} for a in trig.targets):
            trig.code = "062"  # "Russian instructors arrived in Niamey": foreign forces come to work with the host
        if not trig.sources and (not trig.targets or trig.code[:2] not in VIOLENT_ROOTS):
            return []  # only violence is coded without its doer (who then is an unidentified armed group)
        if date is not None and self.record.date and history(date, self.record.date) and \
                self.doc.tokens[trig.token].dep != "ccomp":
            # "Mali's first coup came in 1968", « l'accord d'Alger signé en 2015 »: background; what an inquiry
            # now concludes happened in 2022 is news
            return []
        if self._since_long_ago(trig.token):
            # "has killed more than 40,000 people since 2009", « ont fait 20 000 morts depuis 2015 »: a tally or a
            # standing activity, not an act of the day
            return []
        if self._participle_act(trig) and trig.code != "015" and (not trig.targets or (date is not None and date[1] == "year")):
            # "wheat donated by Moscow", « les mines cédées l'an dernier par »: a description, not today's act,
            # unless it says on whom it was done
            return []
        if trig.code in ("057", "043") and not trig.targets and not pairs:
            return []  # "approved a plan": an agreement is with someone, and so is hosting
        if trig.code[:2] == "16" and not trig.targets and trig.sources:
            # « a fermé son espace aérien aux aéronefs en provenance ou à destination du Mali », « la dénonciation de
            # l'accord de coopération militaire avec les États-Unis »: the parse leaves them deep in what is cut
            trig.targets = self._parties_in(self.doc.tokens[trig.token], trig.sources)
        if trig.code[:2] == "16" and not trig.targets:
            return []  # reducing relations is always with someone: "quitter ses fonctions" is no such event
        if trig.code[:2] in MEETING_ROOTS and not trig.targets and trig.kind != "gather" and \
                all(a.id.startswith("---") for a in trig.sources):
            # "The ministers met at a summit in Niamey": who met is told later ("The gathering brought together")
            self.pending.append(Pending(trig.token, trig.code, si, date, place, lemma_of(self.doc.tokens[trig.token])))
            return []
        out = self._emit(trig, si, date, place, place_country or self._article_country(si), pairs)
        if unattributed and not trig.targets:
            self.unattributed.update(e.id for e in out)
        return out

    def _their_shared(self, trig: Trigger) -> bool:
        """"Czechia and Albania have upgraded their diplomatic ties", « ont renforcé leurs relations »: a
        cooperative act two or more doers do on the ties they share (`SHARED_NOUNS`) is done between them."""
        if trig.code[:2] not in ("03", "05", "06"):
            return False  # (aid and deliveries go to a third party: "delivered their first drones")
        tok = self.doc.tokens[trig.token]
        return any(lemma_of(o) in SHARED_NOUNS and any(k.lower in ("their", "leur", "leurs") for k in
                                                       self._kids(o.i, {"poss", "nmod:poss", "det"}))
                   for o in self._objects(tok))

    def _parties_in(self, tok: Token, sources: list[Actor]) -> list[Actor]:
        """The states and named bodies in a verb's object phrase and complements, other than `sources`' own: whom a
        reduction of relations or a protest's purpose is aimed at when the parse leaves them deep in the phrase."""
        objects = (self._objects(tok) or [self.doc.tokens[i] for i in self.consumed if self.doc.tokens[i].head == tok.i]
                   ) + self._kids(tok.i, {"obl:arg", "prep", "iobj", "dative"})
        own = {side(a) for a in sources} | {a.country for a in sources if a.country}
        out: list[Actor] = []
        for o in objects:
            for j in self.doc.subtree(o.i):
                m = self.by_token.get(j)
                if m is None or m.start != j or not standalone(m, strict=True) or m.actor.id.startswith("---"):
                    continue
                if side(m.actor) in own or m.actor.country in own or m.actor in out:
                    continue
                out.append(m.actor)
        return out

    def _answers_back(self, i: int, sources: list[Actor]) -> bool:
        """A verb of striking back with no one to strike at: "vowed to retaliate", "would respond", « promis de
        riposter », "hit back" (its own side may be named: "at a time of its choosing")."""
        mine = {a.country for a in sources}
        for t in [self.doc.tokens[i]] + self._kids(i, {"xcomp"}):  # (the trigger may be the vow: "vowed to")
            lemma = lemma_of(t)
            if (lemma in ANSWER_BACK or lemma == "hit" and any(k.lower == "back" for k in self._kids(t.i))) and \
                    not any(a.country not in mine for o in self._objects(t) for a in self._actors_in(o.i)[0]):
                return True
        return False

    def _last_aggressor(self, si: int, sources: list[Actor], rebels: bool = False, home: str | None = None,
                        place: Place | None = None) -> list[Actor]:
        """Who did the last hostile act, in the three sentences before, to the side that answers it ("India struck
        nine sites in Pakistan. Pakistan vowed to retaliate"); with `rebels`, also armed groups of its own country
        ("ISWAP militants attacked a base in Borno. The army sent reinforcements"), in this sentence or the one
        before and not somewhere else than the attack (`place`: "... sent reinforcements to Ouagadougou for the
        parade" answers no attack near Djibo); `home` stands for sources named without their country ("the
        army")."""
        mine = {a.country for a in sources if a.country} or ({home} if home else set())
        for e in reversed(self.told_before + self.told_here):
            if rebels and (e.sentence < si - 1 or (place is not None and e.location is not None and
                                                   place.name != e.location.name and
                                                   place.admin1 != e.location.admin1)):
                continue
            if si - POINTING_BACK <= e.sentence <= si and e.root in HOSTILE_ROOTS and e.modality == "asserted" and \
                    e.target is not None and e.target.country in mine and e.source is not None and \
                    (e.source.country not in mine or (rebels and e.source.kind in NON_STATE)) and \
                    e.source.code not in UNNAMED_ARMED:
                return [e.source]
        return []

    def _since_long_ago(self, i: int) -> bool:
        """Whether the trigger (or the verb it is coordinated with) counts from a "since"/« depuis » start at
        least `SINCE_DAYS` before publication."""
        published = self.ref
        if published is None:
            return False
        t = self.doc.tokens[i]
        owners = {i, t.head} if t.dep == "conj" else {i}
        if t.pos == "NOUN":  # "with attacks on army posts rising since the 2023 coup", "attacks have risen since"
            owners |= {k.i for k in self._kids(i, {"acl", "amod", "relcl"}) if k.pos == "VERB"}
            if t.dep in ("nsubj", "nsubj:pass") and t.head != i:
                owners.add(t.head)
        sent = self.doc.sentences[t.sent]
        for k in range(sent.start, sent.end):
            # (the span hangs on the trigger itself: "since" as its preposition, « depuis » as the case of its
            # complement; not on a participle below it, « détenus depuis décembre 2023 ont été libérés »)
            tok = self.doc.tokens[k]
            if tok.lower not in SINCE_WORDS and tok.lower != "for":
                continue  # (this runs for every token of every trigger's sentence)
            hung = tok.head in owners or self.doc.tokens[tok.head].head in owners and tok.dep == "case"
            words = [x.text for x in self.doc.tokens[k + 1:min(k + 7, sent.end)]]
            if tok.lower in SINCE_WORDS and hung:
                start = since_start(words, published)
                if start is not None and (published - start).days >= SINCE_DAYS:
                    return True
            # "its mines have supplied French plants for half a century", « assiègent la ville depuis plus d'un
            # an »: a standing activity counted in years (in English only in the perfect or the present: "was
            # jailed for two years" is an act)
            standing = tok.lower in ("depuis", "for") and self._standing_tense(t)
            if standing and hung and (span_days(words) or 0) >= 365:
                return True
        return False

    def _standing_tense(self, t: Token) -> bool:
        """A verb in the English perfect ("have supplied") or simple present ("hosts"), or a French finite verb
        in the present or the imperfect (« assiègent », « occupait »)."""
        if self.lang == "fr":
            return t.pos == "VERB" and "VerbForm=Fin" in t.morph and ("Tense=Pres" in t.morph or "Tense=Imp" in t.morph)
        aux = {lemma_of(a) for a in self._kids(t.i, {"aux"})}
        return "have" in aux or (t.tag in ("VBZ", "VBP") and not aux)

    def _recode_by_parties(self, trig: Trigger) -> None:
        """Codes that depend on who acts on whom: troops leave where diplomats break, states leave blocs,
        states restrict the press, rebels retreat."""
        srcs = [a for a in trig.sources if a is not None]
        if trig.code in ("161", "160") and srcs and all(a.kind == "MIL" for a in srcs):
            trig.code = "166"  # troops leaving a country are a withdrawal, not a diplomatic break
        if trig.code == "166" and srcs and trig.targets and all(a.kind in (None, "GOV") for a in srcs) and \
                all(a.kind == "IGO" for a in trig.targets):
            trig.code = "161"  # a state leaving a bloc breaks with it; its troops leaving a place withdraw
        if trig.code[:2] == "16" and trig.targets and all(a.kind == "MED" for a in trig.targets) and \
                any(a.kind in STATE_KINDS - {None} or (a.kind is None and a.country) for a in srcs):
            trig.code = "1721"  # « a suspendu la BBC », "banned France 24": a state restricting the press
        if trig.code == "051" and trig.kind == "verb" and trig.targets and lemma_of(self.doc.tokens[trig.token]) in BACKING and \
                all(a.kind in ARMED_KINDS for a in trig.targets) and any(a.kind != "REB" for a in srcs):
            trig.code = "070"  # a state "backing" rebels (« soutenus par le Rwanda ») arms them, not praises them
        if trig.code == "1823" and lemma_of(self.doc.tokens[trig.token]) in KILL and trig.targets and srcs and \
                all(a.kind in ARMED_KINDS for a in trig.targets) and \
                all(a.kind in STATE_KINDS - {None} or (a.kind is None and a.country) for a in srcs):
            trig.code = "190"  # « l'armée affirme avoir tué 80 assaillants »: a state's forces killing armed men fight
        if trig.code[:3] in ("190", "193") and srcs:
            clash = lemma_of(self.doc.tokens[trig.token]) in CLASHES

            def force(a: Actor) -> bool:
                return a.kind == "COP" or (a.kind == "MIL" and clash)

            splits = [(srcs, trig.targets), (trig.targets, srcs)] if trig.targets else \
                [([a for a in srcs if force(a)], [a for a in srcs if not force(a)])]  # « entre policiers et manifestants »
            for one, other in splits:
                crowd = [a for a in other if a.kind in ("CVL", "OPP")]
                home = {a.country for a in one}
                crowd_home = {a.country for a in crowd} - {None}
                # ("Police clashed with protesters in Conakry": police of no stated country are those of the crowd's)
                if one and all(force(a) for a in one) and crowd and \
                        (crowd_home <= home or (None in home and len(crowd_home) <= 1)):
                    # « Des heurts ont opposé les forces de l'ordre à des manifestants »: a state's forces fighting its
                    # own crowd repress it (GUIDE: clashes between police and protesters are 175, the protest apart)
                    trig.code, trig.sources, trig.targets = "175", list(one), crowd
                    break
        if trig.code in ("161", "160", "166") and any(a.kind in NON_STATE for a in srcs) and \
                not any(a.kind in ("GOV", "MIL", "IGO") for a in srcs):
            trig.code = "0874"  # rebels pulling out of a town retreat (a state's troops withdraw: 166)

    def _default_targets(self, trig: Trigger, si: int, place_country: str | None) -> None:
        """The side the text leaves implicit, from the kind of act and where it happened: a visit's host, the
        state attacked on its own ground, the captor of whom a release is asked, a protest's government."""
        if trig.code in ("042", "032", "036") and not trig.targets and trig.sources and place_country and \
                all(a.country != place_country for a in trig.sources):
            trig.targets = [country_actor(place_country, "GOV")]  # "arrived in Moscow for a visit"
        srcs = [a for a in trig.sources if a is not None]
        if trig.code[:3] in OWN_FORCES and srcs and trig.targets and \
                all(a.kind in ("MIL", "COP") and a.country in {None} | {s.country for s in srcs} for a in trig.targets):
            trig.targets = []  # « a placé les forces de défense en état d'alerte »: a state readies its own forces
        if trig.code[:3] == "166" and not trig.targets and srcs and place_country and \
                all(a.country != place_country for a in srcs):
            trig.targets = [country_actor(place_country)]  # "ont quitté la base d'Agadez": the country left
        posted = self._envoy_posting(trig, {a.country for a in srcs}) if trig.code[:3] == "161" and srcs else []
        if posted:
            # « le rappel de son ambassadeur à Paris, en signe de protestation ... pour le Sahara occidental »: the
            # states envoys are called home from, whatever else the sentence names
            trig.targets = [country_actor(c) for c in posted]
        elif trig.code[:2] == "16" and trig.code[:3] != "166" and srcs and all(a.country for a in srcs) and \
                all(a.country is None for a in trig.targets):
            # « a rappelé son ambassadeur à Nairobi »: relations are cut with the state whose capital is named
            abroad = self._place_abroad(trig, {a.country for a in srcs})
            trig.targets = [country_actor(abroad)] if abroad else trig.targets
        held = place_country or (srcs[0].country if srcs else None)  # "weapons were laid down": no one named
        if trig.code == "0874" and not trig.targets and held:
            # "se sont retirés de Walikale": rebels retreat before the state whose ground they held
            trig.targets = [country_actor(held)]
        # (« Un drone a frappé dimanche un dépôt de carburant de l'aéroport de Port-Soudan », "A roadside bomb
        # exploded in Mogadishu": violence no one is named doing or suffering, told as the sentence's act)
        unnamed = not trig.sources and trig.code[:2] in VIOLENT_ROOTS and trig.kind != "noun" and \
            self.doc.tokens[trig.token].dep in ("ROOT", "root")
        if (trig.code[:2] in VIOLENT_ROOTS or trig.code[:2] == "15") and not trig.targets and \
                (trig.sources or unnamed) and place_country and \
                all((a.country or (place_country if a.id.startswith("---") else None)) != place_country or
                    a.kind in NON_STATE for a in trig.sources if a):  # (an unnamed state body is the place's)
            # "the RSF seized El-Fasher", "CSP fighters attacked a camp in Bourem": rebels strike their own state;
            # violence with no doer strikes the state where it falls
            trig.targets = [country_actor(place_country)]  # "the Djibo camp was attacked by JNIM fighters"
        if trig.code[:3] == "192" and not trig.targets and trig.sources and place_country and all(
                a.kind in ("GOV", "MIL") and a.country == place_country for a in trig.sources):
            # "Kidal was retaken by the Malian army": a state retaking its own ground takes it from armed men
            trig.targets = [UNNAMED_GROUP]
        if trig.code in RELEASE_CODES:
            trig.targets = self._captor(trig, si) or trig.targets
        if not trig.sources and trig.kind != "noun" and self._passive(self.doc.tokens[trig.token]):
            self._state_as_agent(trig, place_country)
        if trig.code == "043" and not trig.targets and trig.sources:
            # "signed a pact in Luanda in the presence of Lourenco, who hosted the talks": the host receives each
            # party to the sentence's meeting or agreement
            hosts = {side(a) for a in trig.sources}
            trig.targets = [a for e in self.told_here if e.root in ("03", "04", "05") and e.modality == "asserted"
                            for a in (e.source, e.target) if a is not None and side(a) not in hosts]
        if trig.code[:2] == "14" and not trig.targets and trig.sources:
            # « ont manifesté pour réclamer le départ des soldats français », "protested to demand the release of":
            # a protest is aimed at whom its purpose names
            tok = self.doc.tokens[trig.token]
            trig.targets = [a for k in self._kids(tok.i, {"advcl", "xcomp"}) if k.pos == "VERB" and
                            any(norm(m.text) in ("pour", "to", "afin") for m in self._kids(k.i, {"mark"}))
                            for a in self._parties_in(k, trig.sources)]
        if trig.code[:2] == "14" and not trig.targets and place_country:
            trig.targets = [country_actor(place_country, "GOV")]  # a protest is addressed to the government
        if not trig.targets and trig.sources and (trig.code[:2] in DOMESTIC_ROOTS or trig.code[:3] in DOMESTIC) and \
                trig.code[:3] not in OWN_FORCES:  # (a state readying its own forces has no target, above)
            # a curfew, an inquiry, an arrest or a strike with no one named acts on the source's own country
            home = trig.sources[0].country or place_country
            if home:
                trig.targets = [country_actor(home)]

    def _envoy_posting(self, trig: Trigger, home: set[str | None]) -> list[str]:
        """The foreign countries where the envoys the act names are posted: "its ambassador in Paris", « son
        ambassadeur à Bamako » (a place hung on the envoy noun, or right after it), "its ambassadors to Bamako and
        Niamey" (each member of a list of places)."""
        clause = self.doc.subtree(trig.token, frozenset({"ccomp", "advcl", "conj", "parataxis", "nsubj"}))
        envoys = {i for i in clause if lemma_of(self.doc.tokens[i]) in ENVOYS}
        out: list[str] = []
        for p in self.places:
            tok = self.doc.tokens[p.start]
            seen = {tok.i}
            while tok.dep == "conj" and tok.head not in seen and tok.head in self.place_by_token:
                seen.add(tok.head)
                tok = self.doc.tokens[tok.head]  # "to Bamako and Niamey": Niamey as posted as Bamako
            right_after = tok.i >= 2 and tok.i - 2 in envoys and \
                self.doc.tokens[tok.i - 1].lower in ("à", "in", "au", "en", "to")
            if (tok.head in envoys and tok.i > tok.head or right_after) and p.place.country and \
                    p.place.country not in home and p.place.country not in out:
                out.append(p.place.country)
        return out

    def _place_abroad(self, trig: Trigger, home: set[str | None]) -> str | None:
        """The country of a place named in the act's own clause outside the doers' countries."""
        clause = set(self.doc.subtree(trig.token, frozenset({"ccomp", "advcl", "conj", "parataxis", "nsubj"})))
        for p in self.places:
            if p.start in clause and p.place.country and p.place.country not in home:
                return p.place.country
        return None

    def _emit(self, trig: Trigger, si: int, date: tuple[str, str] | None, place: Place | None,
              place_country: str | None, pairs: list[tuple[Actor | None, Actor | None]] | None) -> list[Event]:
        """One event per (source, target) pair of a finished trigger, with its provenance; `place_country` is where
        a state body named without its country belongs."""
        code = code_info(trig.code)
        # None stands for a side left unnamed: the event is still coded, with less confidence
        sources: list[Actor | None] = list(_one_per_country(trig.sources)) or [None]
        targets: list[Actor | None] = list(_one_per_country(trig.targets)) or [None]
        if trig.code[:2] in VIOLENT_ROOTS and not trig.sources:
            sources = [UNNAMED_GROUP]
        s = self.doc.sentences[si]
        sentence = self.doc.sentence_text(si)
        size = casualties(sentence, self.lang) if code.root in VIOLENT_ROOTS | {"17"} else None
        out = []
        for src, tgt in pairs or [(a, b) for a in sources for b in targets]:
            if src is not None and tgt is not None and src.id == tgt.id:
                continue
            if trig.code in ("010", "01"):
                continue  # a bare "said": the statement's content is coded instead
            src2 = localise(src, place_country, as_source=True)
            tgt2 = localise(tgt, place_country, victim=trig.code[:2] in VIOLENT_ROOTS | {"17"})
            if src2 is not None and not src2.country and src2.kind in STATE_KINDS - {None} and tgt2 is not None and \
                    tgt2.country and (trig.code[:2] in DOMESTIC_ROOTS or trig.code[:3] in DOMESTIC):
                # « placé sous mandat de dépôt par la chambre d'instruction de la Cour suprême »: a court, police or
                # ministry named without its country acts at home, on its own nationals
                src2 = localise(src, tgt2.country, as_source=True)
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

    def _state_as_agent(self, trig: Trigger, place_country: str | None) -> None:
        """Acts only a state does, told in the passive with no agent: « a été placé en garde à vue à Niamey »,
        "was detained in Conakry" are the arrests of the authorities of the place (or of the person's country);
        « les forces armées nigériennes ont été placées en état d'alerte » is Niger raising its own alert."""
        if trig.code[:3] in ("173", "174"):
            home = place_country or next((a.country for a in trig.targets if a.country), None)
            if home:
                trig.sources = [country_actor(home, "GOV")]
        elif trig.code == "0841":
            # "were released on Wednesday": whoever held them, the last captor of the two sentences before, else the
            # state of the place where they were held (« détenus depuis décembre à Ouagadougou »), never for hostages
            tok = self.doc.tokens[trig.token]
            captor = [a for s, a in reversed(self.captors) if 0 <= tok.sent - s <= 2][:1]
            freed = [j for k in self._kids(tok.i, PASS_SUBJ) for j in self.doc.subtree(k.i)]
            hostages = any(lemma_of(self.doc.tokens[j]) in HOSTAGES for j in freed)
            if captor:
                trig.sources = captor
            elif place_country and not hostages:
                trig.sources = [country_actor(place_country, "GOV")]
        elif trig.code[:3] in ("150", "152") and trig.targets and all(a.kind in ("MIL", "COP") for a in trig.targets):
            home = trig.targets[0].country
            if home:
                trig.sources, trig.targets = [country_actor(home, "GOV")], []

    def _captor(self, trig: Trigger, si: int) -> list[Actor]:
        """Whom a demand for a release is aimed at: who holds the captives. "the release of two nationals held
        by the Burkinabe authorities" names it; « Niamey a exigé leur libération », after « ont été interpellés
        par la police béninoise », points back to the last arrest or abduction of the two sentences before."""
        tok = self.doc.tokens[trig.token]
        objs = self._objects(tok) + [tok] + self._kids(tok.i, {"obl", "obl:arg"})
        objs += [x for p in self._kids(tok.i, {"prep"}) for x in self._kids(p.i, {"pobj"})]  # "called for the release"
        nouns = [o for o in objs if lemma_of(o) in RELEASE_NOUNS]
        for noun in nouns:
            captives = [x for k in self._kids(noun.i, {"nmod", "prep"}) for x in [k] + self._kids(k.i, {"pobj"})]
            for c in captives:
                for k in self._kids(c.i, {"acl", "amod", "acl:relcl", "relcl"}):
                    if lemma_of(k) in HOLD and self._kids(k.i, AGENT):  # "held by", « détenus par »
                        return self._sources(k)[0]
        named = nouns and any(self._actors_in(k.i)[0] for n in nouns for k in self._kids(n.i, {"nmod", "prep"}))
        if not nouns or named:
            return []  # the captives are named and their captor is not: the demand stays aimed as the parse says
        return [a for s, a in reversed(self.captors) if 0 <= si - s <= 2][:1]

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
