"""Repetition found by structure: the same loaded phrase or slogan said again in one article.

The cue patterns already catch parallel clauses inside a sentence ("every insult, every aggression").
This module catches the article-level case: a phrase that a cue marked as loaded language, a label
or a slogan, or a short exclamation, that comes back later in the same text. Each later occurrence
is a Repetition on its own span, as the gold guide asks ("the cue is a later occurrence").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsgraph.models import Technique

SOURCES = {"Loaded_Language", "Name_Calling-Labeling", "Slogans"}
MIN_CHARS = 6           # shorter matches ("lies") recur in plain prose
CONFIDENCE = 0.6
EXCLAMATION = re.compile(r"[«\"“]?\s*([^.!?«»\"“”]{6,60}?)\s*!")


def repeated_phrases(text: str, techniques: list[Technique], sentence_starts: list[int] | None,
                     coder: str) -> list[Technique]:
    """Repetition techniques for the later occurrences of loaded phrases and exclamations in `text`."""
    phrases = {t.text.strip().casefold() for t in techniques if t.technique in SOURCES}
    phrases |= {m.group(1).strip().casefold() for m in EXCLAMATION.finditer(text)}
    out: list[Technique] = []
    taken: list[tuple[int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if len(phrase) < MIN_CHARS:
            continue
        hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.I)]
        for a, b in hits[1:]:
            if any(a < y and x < b for x, y in taken):
                continue  # a longer repeated phrase already covers it
            taken.append((a, b))
            sentence = bisect_right(sentence_starts, a) - 1 if sentence_starts else None
            out.append(Technique(technique="Repetition", span=(a, b), text=text[a:b], confidence=CONFIDENCE,
                                 sentence=sentence, coder=coder))
    return out
