"""Persuasion techniques (SemEval-2023 Task 3 labels) on the spans that carry them.

Two sources are combined. The cue patterns of `data/techniques.yaml` (user-editable, per language)
give spans: each match is a technique on its evidence span with the pattern's confidence, and
overlapping matches of one label are merged. The sentence classifier of `technique_model` (trained
on written sentences, shipped as weights) gives each sentence a probability per label. A cue is kept
when it is sure (confidence >= CUE_SURE) or the classifier agrees with it; the classifier alone adds
a label, on the whole sentence, when its probability passes that label's threshold and, in a sentence
that only narrates (no quote, no "we"/"you", no question or exclamation: `technique_voice`), also the
model's stricter narration floor. Wire copy that reports accusations, labels or casualties is
narration; the classifier reads its topic as a technique, so there it must be very sure. Repetition
is found structurally (`technique_repetition`), never by the classifier.

Set NEWSGRAPH_TECHNIQUE_CLASSIFIER=0 to run on cues only (faster: no sentence embeddings).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml

from newsgraph.errors import DataFileError
from newsgraph.framing.technique_model import Model, load_model
from newsgraph.framing.technique_repetition import repeated_phrases
from newsgraph.framing.technique_voice import voiced
from newsgraph.models import Record, Technique
from newsgraph.nlp.document import Document

VERSION = "0.4"
CODER = f"newsgraph-techniques {VERSION}"

CUE_SURE = 0.6          # a cue this confident stands without the classifier; weaker ones need its agreement
MAX_PER_SENTENCE = 1    # the classifier adds at most this many labels to one sentence

LABELS = {
    "Appeal_to_Authority", "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Fear-Prejudice", "Flag_Waving",
    "Causal_Oversimplification", "False_Dilemma-No_Choice", "Consequential_Oversimplification", "Straw_Man",
    "Red_Herring", "Whataboutism", "Slogans", "Appeal_to_Time", "Conversation_Killer", "Loaded_Language",
    "Repetition", "Exaggeration-Minimisation", "Obfuscation-Vagueness-Confusion", "Name_Calling-Labeling", "Doubt",
    "Guilt_by_Association", "Appeal_to_Hypocrisy", "Questioning_the_Reputation",
}


@dataclass(frozen=True)
class Pattern:
    label: str
    lang: str
    regex: re.Pattern[str]
    confidence: float


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    path = "techniques.yaml"
    doc = yaml.safe_load((resources.files("newsgraph.framing") / "data" / path).read_text(encoding="utf-8")) or {}
    out = []
    for i, row in enumerate(doc.get("patterns") or []):
        label = row.get("label")
        if label not in LABELS:
            raise DataFileError(path, i, f"unknown technique {label!r}")
        try:
            rx = re.compile(str(row.get("regex")), re.I | re.U)
        except re.error as exc:
            raise DataFileError(path, i, f"bad regex: {exc}") from None
        lang = str(row.get("lang") or "any")
        if lang not in ("en", "fr", "any"):
            raise DataFileError(path, i, f"lang must be en, fr or any, not {lang!r}")
        out.append(Pattern(label, lang, rx, float(row.get("confidence") or 0.5)))
    return tuple(out)


def find_techniques(text: str, language: str, sentence_starts: list[int] | None = None) -> list[Technique]:
    """Techniques in `text`; `sentence_starts` (character offsets, ascending) gives each its sentence index."""
    found: dict[str, list[tuple[int, int, float]]] = {}
    for p in patterns():
        if p.lang not in (language, "any"):
            continue
        for m in p.regex.finditer(text):
            if m.end() > m.start():
                found.setdefault(p.label, []).append((m.start(), m.end(), p.confidence))
    out = []
    for label, spans in found.items():
        spans.sort()
        merged: list[list[float]] = []
        for a, b, c in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
                merged[-1][2] = max(merged[-1][2], c)
            else:
                merged.append([a, b, c])
        for fa, fb, c in merged:
            start, end = int(fa), int(fb)
            out.append(Technique(technique=label, span=(start, end), text=text[start:end], confidence=c,
                                 sentence=bisect_right(sentence_starts, start) - 1 if sentence_starts else None,
                                 coder=CODER))
    out.extend(repeated_phrases(text, out, sentence_starts, CODER))
    return sorted(out, key=lambda t: (t.span, t.technique))


def classifier_enabled() -> bool:
    return os.environ.get("NEWSGRAPH_TECHNIQUE_CLASSIFIER", "1").strip().lower() not in ("0", "false", "no", "off")


def detect(text: str, language: str, sentences: list[tuple[int, int]], model: Model | None = None) -> list[Technique]:
    """Cue techniques checked and completed by the classifier; `sentences` are (start, end) offsets in order.

    Without a model (none given and none shipped, or the classifier switched off) this is the cues alone.
    """
    starts = [a for a, _ in sentences]
    cues = find_techniques(text, language, starts)
    if model is None and classifier_enabled():
        model = load_model()
    if model is None or not sentences:
        return cues
    from newsgraph.framing.embed import embed

    probs = model.predict(embed([text[a:b] for a, b in sentences]))  # one call per article
    return combine(text, sentences, cues, probs, model)


def combine(text: str, sentences: list[tuple[int, int]], cues: list[Technique], probs: np.ndarray,
            model: Model) -> list[Technique]:
    """Keep sure cues and confirmed weak ones; add the classifier's confident labels on their sentence.

    A label of the classifier's own needs `model.alone[label]`, and in a narrating sentence at least
    `model.narration` as well."""
    column = {label: j for j, label in enumerate(model.labels)}
    out: list[Technique] = []
    covered: set[tuple[int, str]] = set()
    for t in cues:
        j = column.get(t.technique)
        s = t.sentence if t.sentence is not None and 0 <= t.sentence < len(sentences) else None
        if j is None or s is None:
            out.append(t)
            continue
        p = float(probs[s, j])
        if t.confidence < CUE_SURE and p < model.agree:
            continue
        out.append(replace(t, confidence=round(1 - (1 - t.confidence) * (1 - p), 3)))
        covered.add((s, t.technique))
    for s, ((a, b), speaks) in enumerate(zip(sentences, voiced(text, sentences))):
        ranked = sorted(range(len(model.labels)), key=lambda j: -probs[s, j])[:MAX_PER_SENTENCE]
        for j in ranked:
            label = model.labels[j]
            if probs[s, j] < alone_threshold(model, j, speaks) or (s, label) in covered:
                continue
            a2, b2 = _trim(text, a, b)
            out.append(Technique(technique=label, span=(a2, b2), text=text[a2:b2], confidence=round(float(probs[s, j]), 3),
                                 sentence=s, coder=CODER))
    return sorted(out, key=lambda t: (t.span, t.technique))


def alone_threshold(model: Model, j: int, speaks: bool) -> float:
    """The probability at which the classifier adds label `j` on its own: stricter in narration."""
    return float(model.alone[j]) if speaks else max(float(model.alone[j]), model.narration)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


class TechniqueStage:
    name = "techniques"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        spans = [(s.start_char, s.end_char) for s in doc.sentences]
        record.techniques = detect(record.text, record.language, spans)
