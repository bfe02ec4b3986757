"""Stance: how an article casts each actor it names — protagonist, antagonist, victim or neutral.

The evidence, sentence by sentence: the events coded there (who cooperates or is praised, who
threatens, attacks or is criticised, who is attacked), the polarity the article's claims give the
actor, and victim vocabulary (`data/stance_victims.yaml`: "killed 20 villagers", "les déplacés",
"an attack on civilians"), and the narratives the article tells, which cast the actors of their
sentences (`casts` in `data/narratives.yaml`). Each actor takes the role with the most evidence — victim when it
suffers at least as much as it is praised or blamed — and keeps the sentences that show it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError
from newsgraph.events import lexicon
from newsgraph.events.coder import OBJ, PASS_SUBJ, SUBJ, Coder
from newsgraph.framing.claims import ARMED, SCORED_MODALITIES, STATE, best_match
from newsgraph.framing.narratives import narratives
from newsgraph.models import Actor, Event, Record, Span, Stance
from newsgraph.nlp.document import Document, Token

VERSION = "0.2"
CODER = f"newsgraph-stance {VERSION}"

ROLES = ("protagonist", "antagonist", "victim", "neutral")
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})   # not 16: leaving a bloc is no hostility
COOPERATE_ROOTS = frozenset({"05", "06", "07", "08"})
NARRATIVE_WEIGHT = 1.0   # per sentence that tells a narrative casting the actor (as one event or claim)
HARM_PREPS = {"en": {"on", "against", "upon", "targeting"}, "fr": {"contre", "sur", "visant"}}
AMONG_PREPS = {"en": {"of", "among"}, "fr": {"de", "du", "des", "d", "parmi"}}


@dataclass(frozen=True)
class VictimLexicon:
    harm: frozenset[str]
    suffer: frozenset[str]
    nouns: frozenset[str]
    harm_nouns: frozenset[str]


@lru_cache(maxsize=4)
def load_victims(language: str) -> VictimLexicon:
    path = "stance_victims.yaml"
    raw = (resources.files("newsgraph.framing") / "data" / path).read_text(encoding="utf-8")
    block = (yaml.safe_load(raw) or {}).get(language) or {}
    lists = {}
    for name in ("harm", "suffer", "nouns", "harm_nouns"):
        vals = block.get(name)
        if not isinstance(vals, list) or not vals:
            raise DataFileError(path, f"{language}.{name}", "a non-empty list of lemmas is required")
        # multiword entries ("take hostage") are found by their first word, the verb
        lists[name] = frozenset(lexicon.norm(str(v).split()[0]) for v in vals)
    return VictimLexicon(lists["harm"], lists["suffer"], lists["nouns"], lists["harm_nouns"])


@dataclass
class _Evidence:
    score: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    spans: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))

    def add(self, role: str, weight: float, span: Span) -> None:
        self.score[role] += weight
        if span not in self.spans[role]:
            self.spans[role].append(span)


class StanceStage:
    name = "stance"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        if doc.language not in ("en", "fr"):
            record.stance = []
            return
        record.stance = StanceFinder(record, doc).run()


def decide(score: dict[str, float]) -> str:
    """Victim when it suffers at least as much as anything else says of it; else the larger of
    protagonist and antagonist; neutral on no evidence or a tie."""
    pro, anti, vic = score.get("protagonist", 0.0), score.get("antagonist", 0.0), score.get("victim", 0.0)
    if vic >= 1 and vic >= pro and vic >= anti:
        return "victim"
    if pro > anti:
        return "protagonist"
    if anti > pro:
        return "antagonist"
    return "neutral"


class StanceFinder:
    def __init__(self, record: Record, doc: Document) -> None:
        self.record, self.doc, self.lang = record, doc, doc.language
        self.coder = Coder(record, doc)
        self.lex = load_victims(self.lang)
        self.evidence: dict[str, _Evidence] = defaultdict(_Evidence)
        self.by_sentence: dict[int, list[Actor]] = defaultdict(list)
        for m in record.mentions:
            if m.actor not in self.by_sentence[m.sentence]:
                self.by_sentence[m.sentence].append(m.actor)

    def run(self) -> list[Stance]:
        for e in self.record.events:
            if e.modality in SCORED_MODALITIES:
                self._event(e)
        for c in self.record.claims:
            span = self._sentence_span(c.sentence) if c.sentence is not None else c.span
            for actor, pol in c.about:
                if pol:
                    self.evidence[actor.id].add("protagonist" if pol > 0 else "antagonist", 1.0, span)
        self._narratives()
        for m in self.record.mentions:   # refugees and the displaced are victims by what names them
            if m.actor.kind == "REF":
                self.evidence[m.actor.id].add("victim", 1.0, self._sentence_span(m.sentence))
        salient: list[list[Actor]] = self.doc.annotations.get("subjects", [])
        for s in self.doc.sentences:
            self.coder.subjects = salient[:s.index]
            self._victim_words(s.index)
        out = []
        for actor, spans in self.record.actors():
            ev = self.evidence.get(actor.id)
            role = decide(ev.score) if ev else "neutral"
            shown = sorted(ev.spans[role]) if ev and role != "neutral" else sorted(
                {self._sentence_span(self._sentence_of(sp)) for sp in spans[:3]})
            out.append(Stance(actor=actor, role=role, spans=tuple(shown), coder=CODER))
        return out

    # -- evidence -----------------------------------------------------------------------------
    def _local(self, actor: Actor | None, si: int) -> Actor | None:
        if actor is None:
            return None
        return best_match(actor, self.by_sentence.get(si, []))

    def _event(self, e: Event) -> None:
        src, tgt = self._local(e.source, e.sentence), self._local(e.target, e.sentence)
        span = e.span
        state_on_armed = bool(e.source and e.target and e.source.kind in STATE and e.target.kind in ARMED)
        if src is not None:
            if e.root in COOPERATE_ROOTS:
                self.evidence[src.id].add("protagonist", 1.0, span)
            elif e.root in HOSTILE_ROOTS:
                # a state's forces fighting armed groups are cast as defenders, the groups as the enemy
                self.evidence[src.id].add("protagonist" if state_on_armed else "antagonist",
                                          0.5 if state_on_armed else 1.0, span)
        if tgt is None:
            return
        if e.root == "05":
            self.evidence[tgt.id].add("protagonist", 1.0, span)
        elif e.root == "11":
            self.evidence[tgt.id].add("antagonist", 1.0, span)
        elif e.root in VIOLENT_ROOTS | {"17"}:
            if state_on_armed:
                self.evidence[tgt.id].add("antagonist", 0.5, span)
            else:
                self.evidence[tgt.id].add("victim", 1.0 if e.root in VIOLENT_ROOTS else 0.5, span)

    def _narratives(self) -> None:
        """A sentence that tells a narrative casts the actors it names as the narrative's `casts` say: the
        Russia of "a sincere partner who keeps its word" is a protagonist even when no event or claim
        was coded there."""
        by_name = {n.name: n for n in narratives()}
        for f in self.record.frames:
            n = by_name.get(f.name) if f.kind == "narrative" else None
            if n is None or not n.casts:
                continue
            for span in f.spans:
                si = self._sentence_of(span)
                for actor in self.by_sentence.get(si, []):
                    role = n.role_of(actor)
                    if role is not None:
                        self.evidence[actor.id].add(role, NARRATIVE_WEIGHT, self._sentence_span(si))

    def _victim_words(self, si: int) -> None:
        s = self.doc.sentences[si]
        span = self._sentence_span(si)
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            lemma = lexicon.norm(t.lemma)
            if t.pos in ("VERB", "AUX") or t.dep in ("acl", "amod") and lemma in self.lex.harm:
                if lemma in self.lex.harm:
                    self._harm(t, span)
                elif lemma in self.lex.suffer and t.pos in ("VERB", "AUX"):
                    for a in self.coder._sources(t)[0] + self._among(t):
                        self.evidence[a.id].add("victim", 1.0, span)
            if t.pos in ("NOUN", "PROPN", "ADJ") and lemma in self.lex.nouns:
                for a in self._named_by(t) or self._among(t):
                    self.evidence[a.id].add("victim", 1.0, span)
            if t.pos == "NOUN" and lemma in self.lex.harm_nouns:
                for a in self._harmed_by_noun(t):
                    self.evidence[a.id].add("victim", 1.0, span)

    def _harm(self, t: Token, span: Span) -> None:
        """"killed 20 villagers", "ont été enlevés", "civilians displaced by the fighting"."""
        if self.coder._passive(t) or (t.dep in ("acl", "amod") and ("VerbForm=Part" in t.morph or t.tag == "VBN")):
            patients = [a for k in self.coder._kids(t.i, PASS_SUBJ) for a in self._actors(k)]
            if not patients and t.dep in ("acl", "amod") and t.head != t.i:
                patients = self._actors(self.doc.tokens[t.head])
            doers = self.coder._sources(t)[0] if self.coder._kids(t.i, {"agent", "obl:agent"}) else []
        else:
            patients = [a for o in self.coder._kids(t.i, OBJ) for a in self._actors(o)]
            doers = self.coder._sources(t)[0]
        armed_by_state = any(d.kind in STATE for d in doers)
        for a in patients:
            if armed_by_state and a.kind in ARMED:
                continue
            self.evidence[a.id].add("victim", 1.0, span)
        if patients:
            for d in doers:
                if not (d.kind in STATE and all(p.kind in ARMED for p in patients)):
                    self.evidence[d.id].add("antagonist", 0.5, span)

    def _named_by(self, t: Token) -> list[Actor]:
        """The actor a victim noun names ("les déplacés"), is said of ("were victims") or counts
        ("victims among civilians")."""
        m = self.coder.by_token.get(t.i)
        if m is not None and m.type not in ("adjective", "modifier"):
            return [m.actor]
        for k in self.coder._kids(t.i, {"prep", "nmod"}):
            inner = self.coder._kids(k.i, {"pobj"}) if k.dep == "prep" else [k]
            word = lexicon.norm(k.text) if k.dep == "prep" else " ".join(
                lexicon.norm(c.text) for c in self.coder._kids(k.i, {"case"}))
            if word in AMONG_PREPS[self.lang] and inner:
                got = self._actors(inner[0])
                if got:
                    return got
        holders = [t]
        if t.dep in ("attr", "acomp", "oprd") and t.head != t.i:
            holders.append(self.doc.tokens[t.head])
        for h in holders:
            for subj in self.coder._kids(h.i, SUBJ | PASS_SUBJ):
                got = self._actors(subj)
                if got:
                    return got
        if t.dep in ("appos",) and t.head != t.i:
            return self._actors(self.doc.tokens[t.head])
        return []

    def _among(self, t: Token) -> list[Actor]:
        """"a fait douze morts parmi les civils", "deaths among civilians": the group the dead belong to,
        hung on the word or on the verb above it."""
        out: list[Actor] = []
        cur = t
        for _ in range(3):
            for k in self.coder._kids(cur.i, {"prep", "nmod", "obl", "obl:mod"}):
                inner = self.coder._kids(k.i, {"pobj"}) if k.dep == "prep" else [k]
                word = lexicon.norm(k.text) if k.dep == "prep" else " ".join(
                    lexicon.norm(c.text) for c in self.coder._kids(k.i, {"case"}))
                if word in ("among", "amongst", "parmi"):
                    out.extend(a for i in inner for a in self._actors(i) if a not in out)
            if out or cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        return out

    def _harmed_by_noun(self, t: Token) -> list[Actor]:
        """"an attack on civilians", "le terrorisme contre les populations"."""
        out: list[Actor] = []
        for k in self.coder._kids(t.i, {"prep", "nmod", "acl"}):
            if k.dep == "prep" and lexicon.norm(k.text) in HARM_PREPS[self.lang]:
                for p in self.coder._kids(k.i, {"pobj"}):
                    out.extend(self._actors(p))
            elif k.dep == "nmod" and any(lexicon.norm(c.text) in HARM_PREPS[self.lang]
                                         for c in self.coder._kids(k.i, {"case"})):
                out.extend(self._actors(k))
            elif k.dep == "acl" and lexicon.norm(k.lemma) in ("target", "viser", "cibler"):
                for o in self.coder._kids(k.i, OBJ):
                    out.extend(self._actors(o))
        return [a for a in out if a.kind not in ARMED]

    # -- helpers ------------------------------------------------------------------------------
    def _actors(self, t: Token) -> list[Actor]:
        got = self.coder._actors_in(t.i)[0]
        return [self._local(a, t.sent) or a for a in got]

    def _sentence_span(self, si: int) -> Span:
        s = self.doc.sentences[si]
        return (s.start_char, s.end_char)

    def _sentence_of(self, span: Span) -> int:
        tok = self.doc.token_at(span[0])
        return self.doc.tokens[tok].sent if tok is not None else 0
