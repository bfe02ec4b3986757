"""Case and accent folding that keeps character offsets: one output character per input character."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = {"’": "'", "‘": "'", "`": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    if ch in _APOS:
        return _APOS[ch]
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Lower case without accents, same length as `text`."""
    return "".join(fold_char(c) for c in text)


WORD = re.compile(r"\w+", re.U)


def words(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for every word of `text`."""
    folded = fold(text)
    return [(m.group(0), m.start(), m.end()) for m in WORD.finditer(folded)]


def key(text: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words(text))
