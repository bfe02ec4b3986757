"""Persuasion techniques (SemEval-2023 Task 3 labels) on the spans that carry them.

This stage matches the cue patterns of `data/techniques.yaml` (user-editable, per language). Each
match is a technique on its evidence span with the pattern's confidence. Overlapping matches of one
label are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError
from newsgraph.models import Record, Technique
from newsgraph.nlp.document import Document

VERSION = "0.1"
CODER = f"newsgraph-techniques {VERSION}"

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
        for a, b, c in merged:
            start, end = int(a), int(b)
            out.append(Technique(technique=label, span=(start, end), text=text[start:end], confidence=c,
                                 sentence=bisect_right(sentence_starts, start) - 1 if sentence_starts else None,
                                 coder=CODER))
    return sorted(out, key=lambda t: (t.span, t.technique))


class TechniqueStage:
    name = "techniques"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        starts = [s.start_char for s in doc.sentences]
        record.techniques = find_techniques(record.text, record.language, starts)
