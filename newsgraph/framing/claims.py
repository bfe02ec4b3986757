"""Claims: who asserts what about which actors, and whether it casts them well or badly.

A claim is one clause of a sentence (a proposition, not the whole paragraph). Its speaker is the
speaker of the quote or reported speech that holds it, else the actor of an evaluative speech act
("the Network praised Russia ..."), else nobody — the article's own voice. The actors it is about
are the actors named in the clause and those its polarity cues are said of, each with a polarity
from -1 to 1: cues of `data/claims_polarity.yaml` ("stood alongside", "hostile", "l'ingérence de la
France"), flipped by negation, and the events coded in the sentence (praise +1 and criticism -1 for
the one judged, cooperation +1 and hostility -1 for the one who acts). The article's own neutral
narration is no claim: an unattributed clause is kept only when it judges someone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.actors.fold import fold
from newsgraph.actors.resolve import ActorMention
from newsgraph.errors import DataFileError
from newsgraph.events import lexicon
from newsgraph.events.coder import DESCRIBE, OBJ, PASS_SUBJ, SUBJ, Coder
from newsgraph.models import Actor, Claim, Event, Quote, Record
from newsgraph.nlp.document import Document, Token

VERSION = "0.1"
CODER = f"newsgraph-claims {VERSION}"

# Dependencies that open a clause of their own; a coordinated verb is a clause, coordinated adjectives
# ("indifferent or even hostile") are not.
BOUNDARY = frozenset({"ccomp", "advcl", "conj", "relcl", "acl:relcl", "parataxis", "csubj", "advcl:cleft"})
ARMED = frozenset({"REB", "UAG"})
STATE = frozenset({"GOV", "MIL", "COP"})
PRAISE_ROOTS = frozenset({"05"})
CRITICISE_ROOTS = frozenset({"11"})
COOPERATE_ROOTS = frozenset({"05", "06", "07", "08"})
# threats, shows of force and violence; reducing relations and coercion ("withdrew from ECOWAS", "arrested
# twelve protesters") are reported in neutral copy too often to count as a judgement
HOSTILE_ROOTS = frozenset({"13", "15", "18", "19", "20"})
SCORED_MODALITIES = frozenset({"asserted", "intended"})
NEGATORS = {"en": {"not", "n't", "never", "no", "without"},
            "fr": {"ne", "n'", "n’", "jamais", "aucun", "aucune", "sans", "nullement"}}
JUDGED_PREPS = {"en": {"for", "to", "towards", "toward", "of", "against", "on"},
                "fr": {"pour", "envers", "à", "au", "aux", "de", "du", "des", "d", "contre", "vis-à-vis"}}
DOER_PREPS = {"en": {"by", "of", "from"}, "fr": {"par", "de", "du", "des", "d"}}
ACCORDING = {"according", "selon", "d'après", "d’après"}


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    polarity: int
    judges: bool        # said of its object ("praised Moscow"), not its subject


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, tuple[Cue, ...]]     # first word -> cues starting with it, longest first
    patient_nouns: frozenset[str]


def _words(entry: str) -> tuple[str, ...]:
    words = [lexicon.norm(w) for w in entry.replace("’", "'").split()]
    if words and words[0] in ("se", "s'"):
        words = words[1:]
    return tuple(w for w in words if w)


@lru_cache(maxsize=4)
def load_lexicon(language: str) -> Lexicon:
    """The polarity cues of one language, validated."""
    path = "claims_polarity.yaml"
    raw = (resources.files("newsgraph.framing") / "data" / path).read_text(encoding="utf-8")
    block = (yaml.safe_load(raw) or {}).get(language) or {}
    kinds = {"positive": (1, False), "negative": (-1, False), "judges_positive": (1, True),
             "judges_negative": (-1, True)}
    by_first: dict[str, list[Cue]] = {}
    for name in block:
        if name not in kinds and name != "patient_nouns":
            raise DataFileError(path, f"{language}.{name}", "unknown list (positive, negative, judges_positive, "
                                                           "judges_negative, patient_nouns)")
    for name, (polarity, judges) in kinds.items():
        for i, entry in enumerate(block.get(name) or []):
            words = _words(str(entry))
            if not words:
                raise DataFileError(path, f"{language}.{name}[{i}]", "empty cue")
            by_first.setdefault(words[0], []).append(Cue(words, polarity, judges))
    cues = {k: tuple(sorted(set(v), key=lambda c: -len(c.words))) for k, v in by_first.items()}
    patients = frozenset(w for e in block.get("patient_nouns") or [] for w in _words(str(e)))
    return Lexicon(cues, patients)


def same_actor(a: Actor, b: Actor) -> int:
    """How surely two actors are the same one (0 = not): an event's localised "Niger (civilians)" is the
    article's "villagers"; its "Russia (government)" the article's "Russia"."""
    if a.id == b.id:
        return 3
    if a.code and a.code == b.code and (a.kind == b.kind):
        return 2
    for g, other in ((a, b), (b, a)):   # a bare "villagers" is any country's civilians named by its sector
        if g.id.startswith("---") and g.kind == other.kind and (other.code or "") == (other.country or "") + (
                other.kind or "") and (g.country is None or g.country == other.country):
            return 1
    if a.country and a.country == b.country and (a.kind is None or b.kind is None) and \
            not (a.id.startswith("name:") or b.id.startswith("name:")):
        return 1
    return 0


def best_match(actor: Actor, pool: Iterable[Actor]) -> Actor | None:
    best, score = None, 0
    for cand in pool:
        s = same_actor(actor, cand)
        if s > score:
            best, score = cand, s
    return best


class ClaimStage:
    name = "claims"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        if doc.language not in ("en", "fr"):
            record.claims = []
            return
        record.claims = ClaimFinder(record, doc).run()


@dataclass
class _Clause:
    head: int
    tokens: list[int]
    span: tuple[int, int]


class ClaimFinder:
    """Clauses of a parsed article with their speaker and the polarity they give each actor."""

    def __init__(self, record: Record, doc: Document) -> None:
        self.record, self.doc, self.lang = record, doc, doc.language
        self.coder = Coder(record, doc)
        self.lex = load_lexicon(self.lang)
        self.mentions: list[ActorMention] = doc.annotations.get("mentions", [])
        self.salient: list[list[Actor]] = doc.annotations.get("subjects", [])
        self.reporting = lexicon.cues(self.lang).get("reporting", frozenset())

    def run(self) -> list[Claim]:
        out: list[Claim] = []
        for s in self.doc.sentences:
            self.coder.subjects = self.salient[:s.index]
            events = [e for e in self.record.events if e.sentence == s.index and e.modality in SCORED_MODALITIES]
            for clause in self.clauses(s.index):
                claim = self._claim(clause, s.index, events)
                if claim is not None:
                    out.append(claim)
        return out

    # -- clauses ------------------------------------------------------------------------------
    def clauses(self, si: int) -> list[_Clause]:
        """The clauses of a sentence, each with its own tokens (not those of the clauses under it),
        without "according to X" / "selon X" and without the marks that open it ("that", "while")."""
        s = self.doc.sentences[si]
        dropped = self._attribution_phrases(si)
        groups: dict[int, list[int]] = {}
        for i in range(s.start, s.end):
            if i in dropped or not self.doc.tokens[i].text.strip():
                continue
            groups.setdefault(self._clause_head(i), []).append(i)
        out = []
        for head, toks in groups.items():
            toks = [i for i in toks if self.doc.tokens[i].pos not in ("PUNCT",) or
                    toks[0] < i < toks[-1]]
            while toks and (self.doc.tokens[toks[0]].dep in ("mark", "cc", "punct", "prep", "case")
                            and self.doc.tokens[toks[0]].head != toks[0] or self.doc.tokens[toks[0]].pos == "PUNCT"):
                toks = toks[1:]
            while toks and self.doc.tokens[toks[-1]].pos in ("PUNCT", "CCONJ", "SCONJ"):
                toks = toks[:-1]
            if not toks:
                continue
            span = (self.doc.tokens[toks[0]].idx, self.doc.tokens[toks[-1]].end)
            out.append(_Clause(head, toks, span))
        return sorted(out, key=lambda c: c.span)

    def _is_clausal(self, t: Token) -> bool:
        if t.pos in ("VERB", "AUX"):
            return True
        return bool(self.coder._kids(t.i, SUBJ | PASS_SUBJ | {"cop"}))

    def _clause_head(self, i: int) -> int:
        cur = self.doc.tokens[i]
        for _ in range(40):
            if cur.head == cur.i:
                return cur.i
            if cur.dep in BOUNDARY and self._is_clausal(cur):
                return cur.i
            cur = self.doc.tokens[cur.head]
        return cur.i

    def _attribution_phrases(self, si: int) -> set[int]:
        """Tokens of "according to the ministry" / "selon le communiqué": who says, not what is said."""
        s = self.doc.sentences[si]
        out: set[int] = set()
        for i in range(s.start, s.end):
            t = self.doc.tokens[i]
            if t.lower not in ACCORDING:
                continue
            root = t.head if t.dep == "case" and t.head != t.i else t.i
            out.update(self.doc.subtree(root))
        return out

    # -- one claim ----------------------------------------------------------------------------
    def _claim(self, clause: _Clause, si: int, events: list[Event]) -> Claim | None:
        quote = self._quote_holding(clause)
        head = self.doc.tokens[clause.head]
        about: dict[str, tuple[Actor, int]] = {}   # actor id -> (actor, summed evidence)

        def add(actor: Actor, pol: int) -> None:
            old = about.get(actor.id)
            about[actor.id] = (actor, (old[1] if old else 0) + pol)

        skip: set[int] = set()
        if self._is_attribution(head):   # "The Network noted that ...": its subject speaks, is not spoken of
            subj = self.coder._subject_token(head)
            if subj is not None:
                skip.update(self.doc.subtree(subj.i))
        for m in self.mentions:
            if m.type not in ("adjective", "modifier") and any(i in clause.tokens for i in m.tokens()) and \
                    not any(i in skip for i in m.tokens()):
                add(m.actor, 0)
        judge: list[Actor] = []
        for anchor, cue in self._cue_hits(clause):
            if cue.judges:
                judge.extend(a for a in self._judge_of(anchor) if a not in judge)
                for actor in self._judged(anchor):
                    add(actor, cue.polarity * self._sign(anchor))
            else:
                for actor, pol in self._said_of(anchor, cue):
                    add(actor, pol)
        speaker: Actor | None = None
        attributed = quote is not None
        if quote is not None:
            speaker = quote.speaker
        local = [a for a, _ in about.values()]
        for e in events:
            self._event_evidence(e, local, add)
            if quote is None and e.root in PRAISE_ROOTS | CRITICISE_ROOTS and e.source is not None and \
                    e.target is not None and best_match(e.target, local) is not None:
                judge.extend(a for a in [e.source] if a not in judge)
        if quote is None and judge:
            speaker = judge[0]
            attributed = True
        if quote is None and not judge:
            inverted = self._inverted_attribution(head)
            if inverted:
                speaker, attributed = inverted[0], True
        if speaker is not None:
            about.pop(speaker.id, None)
            mine = best_match(speaker, [a for a, _ in about.values()])
            if mine is not None and same_actor(mine, speaker) >= 2:
                about.pop(mine.id, None)
        result = tuple((a, (v > 0) - (v < 0)) for a, v in about.values())
        if not result or (not attributed and all(p == 0 for _, p in result)):
            return None
        text = self.doc.text[clause.span[0]:clause.span[1]]
        if len(text.split()) < 3:
            return None
        return Claim(speaker=speaker, text=text, span=clause.span, about=result, sentence=si, coder=CODER)

    def _quote_holding(self, clause: _Clause) -> Quote | None:
        """The quote or reported speech the clause belongs to: the smallest one holding it, else the one
        covering most of it."""
        a, b = clause.span
        holding = [q for q in self.record.quotes if q.span[0] <= a and b <= q.span[1]]
        if holding:
            return min(holding, key=lambda q: q.span[1] - q.span[0])
        best, cover = None, 0
        for q in self.record.quotes:
            c = min(b, q.span[1]) - max(a, q.span[0])
            if c > cover:
                best, cover = q, c
        return best if best is not None and cover * 2 >= b - a else None

    def _inverted_attribution(self, head: Token) -> list[Actor]:
        """"X ..., a martelé le porte-parole": a reporting verb hung under the clause it reports."""
        for k in self.coder._kids(head.i, {"parataxis", "dep", "advcl", "conj"}):
            if k.pos in ("VERB", "AUX") and lexicon.norm(k.lemma) in self.reporting and \
                    not self.coder._kids(k.i, {"ccomp", "obj", "dobj"}):
                got = self.coder._sources(k)[0]
                if got:
                    return got
        return []

    def _is_attribution(self, t: Token) -> bool:
        lemma = lexicon.norm(t.lemma)
        if lemma not in self.reporting and lemma not in lexicon.cues(self.lang).get("intention_hostile", ()):
            return False
        return bool(self.coder._kids(t.i, {"ccomp", "xcomp", "parataxis", "advcl"})) or any(
            q.sentence == t.sent and q.cue == t.text for q in self.record.quotes)

    def _event_evidence(self, e: Event, local: list[Actor], add: Any) -> None:
        """Praise and criticism judge the target; cooperation and hostility are the source's deeds.
        Force used by a state against armed groups is not held against the state."""
        src = best_match(e.source, local) if e.source is not None else None
        tgt = best_match(e.target, local) if e.target is not None else None
        if e.root in PRAISE_ROOTS and tgt is not None:
            add(tgt, 1)
        if e.root in CRITICISE_ROOTS and tgt is not None:
            add(tgt, -1)
        if src is None or e.source is None:
            return
        if e.root in COOPERATE_ROOTS - PRAISE_ROOTS:
            add(src, 1)
        elif e.root in HOSTILE_ROOTS:
            if e.source.kind in STATE and e.target is not None and e.target.kind in ARMED:
                return
            add(src, -1)

    # -- cues ---------------------------------------------------------------------------------
    def _cue_hits(self, clause: _Clause) -> list[tuple[Token, Cue]]:
        toks = clause.tokens
        forms = [{lexicon.norm(self.doc.tokens[i].lemma), fold(self.doc.tokens[i].lower)} for i in toks]
        hits: list[tuple[Token, Cue]] = []
        used: set[int] = set()
        for k in range(len(toks)):
            if k in used:
                continue
            for first in forms[k]:
                for cue in self.lex.cues.get(first, ()):
                    n = len(cue.words)
                    if k + n <= len(toks) and all(cue.words[j] in forms[k + j] for j in range(n)) and \
                            toks[k + n - 1] - toks[k] == n - 1:
                        idx = list(range(toks[k], toks[k] + n))
                        hits.append((self.doc.tokens[self._phrase_head(idx)], cue))
                        used.update(range(k, k + n))
                        break
                if k in used:
                    break
        return hits

    def _phrase_head(self, idx: list[int]) -> int:
        for i in idx:
            h = self.doc.tokens[i].head
            if h not in idx or h == i:
                return i
        return idx[0]

    def _negated(self, t: Token) -> bool:
        """A negation on the cue or on the predicate it belongs to, up to its clause's head."""
        negators = NEGATORS.get(self.lang, set())
        cur = t
        for _ in range(5):
            for k in self.coder._kids(cur.i):
                if k.dep == "neg" or (k.lower in negators and k.dep in ("advmod", "det", "neg", "mark", "case")):
                    return True
                if k.dep in ("aux", "aux:tense", "aux:pass", "auxpass", "cop") and any(
                        c.lower in negators for c in self.coder._kids(k.i)):
                    return True
            if cur.head == cur.i or (cur.dep in BOUNDARY and self._is_clausal(cur)):
                break
            cur = self.doc.tokens[cur.head]
        return False

    def _sign(self, t: Token) -> int:
        return -1 if self._negated(t) else 1

    def _actors(self, t: Token | None, doer: bool = False) -> list[Actor]:
        if t is None:
            return []
        return self.coder._actors_in(t.i, doer=doer)[0]

    def _said_of(self, t: Token, cue: Cue) -> list[tuple[Actor, int]]:
        """The actors a positive or negative cue is said of, with the polarity it gives them."""
        base = t
        while base.dep == "conj" and base.head != base.i and self.doc.tokens[base.head].pos == t.pos:
            base = self.doc.tokens[base.head]
        if len(cue.words) > 1 or t.pos in ("VERB", "AUX"):
            holders = self._doer(base)
        elif t.pos == "ADJ" and base.dep in ("amod", "compound", "nmod") and base.head != base.i:
            holders = self._nominal(self.doc.tokens[base.head], cue_noun=False)
        else:
            holders = self._nominal(base, cue_noun=True)
        pol = cue.polarity * self._sign(t)
        if cue.polarity > 0 and any(a.kind in ARMED for a in self._beneficiaries(t)):
            pol = -pol   # help given to armed groups
        return [(a, pol) for a in holders]

    def _doer(self, t: Token) -> list[Actor]:
        """The subject of a verb or verbal phrase; for "deter Russia from supporting" the object above."""
        if t.dep in ("xcomp", "pcomp") and t.head != t.i:
            up = self.doc.tokens[t.head]
            if up.dep == "prep" and up.head != up.i:
                up = self.doc.tokens[up.head]
            for o in self.coder._kids(up.i, OBJ):
                got = self._actors(o)
                if got:
                    return got
        cur = t
        for _ in range(4):  # up from a phrase ("aux côtés de") to the verb or predicate that has the subject
            subj = self.coder._kids(cur.i, SUBJ)
            if subj or cur.pos in ("VERB", "AUX"):
                return self.coder._sources(cur)[0]
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
        return []

    def _nominal(self, n: Token, cue_noun: bool) -> list[Actor]:
        """What a noun (or the noun an adjective describes) is said of: the actor it names, its
        possessor or national adjective, its doer complement, the subject it is predicated of, or the
        one described as it."""
        described = self._described(n)   # "qualifie les médias de « mercenaires »": the media, not mercenaries
        if described:
            return described
        m = self.coder.by_token.get(n.i)
        if m is not None and m.type not in ("adjective", "modifier"):
            return [m.actor]
        return self._owner(n, cue_noun) or self._predicate_subject(n)

    def _owner(self, n: Token, cue_noun: bool = True) -> list[Actor]:
        """The possessor, national adjective or doer complement of a noun ("Russia's support", "French
        meddling", "l'ingérence de la France", "l'attaque perpétrée par des terroristes")."""
        for k in self.coder._kids(n.i, {"poss", "nmod:poss"}):
            got = self._actors(k)
            if got:
                return got
        for k in self.coder._kids(n.i, {"amod", "compound", "nmod"}):
            mk = self.coder.by_token.get(k.i)
            if mk is not None and mk.type in ("adjective", "country", "org", "composite"):
                return [mk.actor]
        preps = DOER_PREPS[self.lang] - ({"of", "de", "du", "des", "d"} if
                                         lexicon.norm(n.lemma) in self.lex.patient_nouns else set())
        if cue_noun:
            for k in self._complements(n, preps):
                got = self._actors(k)
                if got:
                    return got
        for k in self.coder._kids(n.i, {"acl"}):   # "perpétrée par des terroristes", "carried out by JNIM"
            for ag in self._complements(k, {"by", "par"}) + self.coder._kids(k.i, {"obl:agent"}):
                got = self._actors(ag)
                if got:
                    return got
        return []

    def _complements(self, n: Token, preps: set[str]) -> list[Token]:
        out = []
        for k in self.coder._kids(n.i, {"prep", "nmod", "obl", "agent"}):
            if k.dep in ("prep", "agent") and lexicon.norm(k.text) in preps:
                out.extend(self.coder._kids(k.i, {"pobj"}))
            elif k.dep in ("nmod", "obl") and any(lexicon.norm(c.text) in preps for c in self.coder._kids(k.i, {"case"})):
                out.append(k)
        return out

    def _predicate_subject(self, n: Token) -> list[Actor]:
        cands = [n]
        # an adjective hanging from a verb is predicated of its subject, whatever the parser calls it
        # ("restent hostiles" comes out as an object)
        if (n.dep in ("attr", "acomp", "oprd", "xcomp") or n.pos == "ADJ") and n.head != n.i:
            cands.append(self.doc.tokens[n.head])
        for c in cands:
            subj = self.coder._kids(c.i, SUBJ)
            if subj:
                return self._actors(subj[0])
            if c is not n and c.pos in ("VERB", "AUX") and self.coder._kids(c.i, PASS_SUBJ):
                return self._actors(self.coder._kids(c.i, PASS_SUBJ)[0])
        return []

    def _described(self, n: Token) -> list[Actor]:
        """"described Russia as a reliable partner", "a qualifié la France de puissance hostile"."""
        cur = n
        for _ in range(3):
            if cur.head == cur.i:
                break
            up = self.doc.tokens[cur.head]
            if up.pos == "VERB" and lexicon.norm(up.lemma) in DESCRIBE:
                objs = [o for o in self.coder._objects(up) if o.i != cur.i] or self.coder._kids(up.i, PASS_SUBJ)
                return [a for o in objs for a in self._actors(o)]
            cur = up
        return []

    def _beneficiaries(self, t: Token) -> list[Actor]:
        objs = self.coder._objects(t) if t.pos in ("VERB", "AUX") else []
        objs += self._complements(t, JUDGED_PREPS[self.lang])
        return [a for o in objs for a in self._actors(o, doer=True)]

    def _judged(self, t: Token) -> list[Actor]:
        """Who a judging verb or noun judges: its object ("condemned the junta"), the subject of its
        passive, or its complement ("gratitude for Russia's support")."""
        if t.pos in ("VERB", "AUX"):
            if self.coder._passive(t):
                return [a for s in self.coder._kids(t.i, PASS_SUBJ) for a in self._actors(s, doer=True)]
            got = [a for o in self.coder._objects(t) for a in self._judged_in(o)]
            if got:
                return got
        return [a for o in self._complements(t, JUDGED_PREPS[self.lang]) for a in self._judged_in(o)]

    def _judged_in(self, o: Token) -> list[Actor]:
        """The actor an object names, else the owner or doer of what it names — never those it is done to
        ("condemned the attack on civilians" does not condemn the civilians)."""
        m = self.coder.by_token.get(o.i)
        if m is not None and m.type not in ("adjective", "modifier"):
            return self._actors(o, doer=True) or [m.actor]   # with its coordinated members
        return self._owner(o)

    def _judge_of(self, t: Token) -> list[Actor]:
        if t.pos in ("VERB", "AUX"):
            if self.coder._passive(t):
                ag = self.coder._kids(t.i, {"agent", "obl:agent"})
                return self._actors(ag[0]) if ag else []
            return self.coder._sources(t)[0]
        poss = self.coder._kids(t.i, {"poss", "nmod:poss"})
        if poss:
            return self._actors(poss[0])
        cur = t   # "expressed gratitude": the subject of the verb that governs the noun
        for _ in range(2):
            if cur.head == cur.i:
                break
            cur = self.doc.tokens[cur.head]
            if cur.pos in ("VERB", "AUX"):
                return self.coder._sources(cur)[0]
        return []


# -- scoring ---------------------------------------------------------------------------------------
def _has_span(text: str, has: str) -> tuple[int, int] | None:
    i = fold(text).find(fold(has))
    return (i, i + len(has)) if i >= 0 else None


def _claim_guess(item: dict[str, Any], record: dict[str, Any], gold: dict[str, Any]) -> tuple[int, Any, bool]:
    """The polarity and speaker the record gives the gold claim's actor over its words: (polarity,
    speaker, found). No claim there means polarity 0 and no speaker."""
    from newsgraph.evaluation import spec_matches

    where = _has_span(item["text"], gold["has"])
    best: tuple[int, Any, bool] = (0, None, False)
    for c in record.get("claims") or []:
        if where is None or c["span"][1] <= where[0] or where[1] <= c["span"][0]:
            continue
        for ab in c["about"]:
            if spec_matches(gold["about"], ab["actor"]):
                if not best[2] or (ab["polarity"] == gold["polarity"] and best[0] != gold["polarity"]):
                    best = (ab["polarity"], c["speaker"], True)
    return best


def score_claims_records(items: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Claim polarity and speaker accuracy, and stance role accuracy, per language and overall."""
    from newsgraph.evaluation import spec_matches

    tally: dict[str, dict[str, list[int]]] = {}

    def count(lang: str, key: str, ok: bool) -> None:
        for k in (lang, "all"):
            tally.setdefault(k, {}).setdefault(key, [0, 0])
            tally[k][key][0] += int(ok)
            tally[k][key][1] += 1

    for item in items:
        rec = records.get(item["id"]) or {}
        lang = item.get("lang", "?")
        for g in item.get("claims") or []:
            pol, speaker, found = _claim_guess(item, rec, g)
            count(lang, "claim_polarity", pol == g["polarity"])
            if "speaker" in g:
                right = found and (speaker is None if g["speaker"] is None else spec_matches(g["speaker"], speaker))
                count(lang, "claim_speaker", bool(right))
                count(lang, "claim_joint", bool(right) and pol == g["polarity"])
        for g in item.get("stance") or []:
            roles = {s["role"] for s in rec.get("stance") or [] if spec_matches(g["actor"], s["actor"])}
            count(lang, "stance_role", g["role"] in roles)
    return {lang: {k: {"correct": c, "total": n, "accuracy": round(c / n, 3) if n else None}
                   for k, (c, n) in sorted(keys.items())} for lang, keys in sorted(tally.items())}


def score_claims(gold_paths: Iterable[str]) -> dict[str, Any]:
    """Score claims and stance on gold files (`tests/data/gold/{dev,test}/claims.jsonl`, conventions in
    `tests/data/gold/GUIDE-framing.md`), analysing each item through the `analyze` path."""
    from newsgraph.evaluation import load_gold, predict

    items = [i for i in load_gold(list(gold_paths)) if "claims" in i or "stance" in i]
    return score_claims_records(items, predict(items))


if __name__ == "__main__":  # python -m newsgraph.framing.claims tests/data/gold/test/claims.jsonl
    import json
    import sys

    print(json.dumps(score_claims(sys.argv[1:]), indent=2))
