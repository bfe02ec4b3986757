"""Quoted words found by their marks: curly, straight, guillemets (with or without inner spaces)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PAIRS = [("“", "”"), ("«", "»"), ("„", "“"), ("‹", "›")]
SPACES = " \u00a0\u202f"


@dataclass
class QuoteSpan:
    start: int   # first quoted character
    end: int     # one past the last quoted character
    parts: list[tuple[int, int]] = field(default_factory=list)

    def inside(self, char: int) -> bool:
        """Whether a character lies within the quoted words (not the attribution between two parts)."""
        return any(a <= char < b for a, b in self.parts)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Character spans inside quote marks, curly, guillemets and straight; innermost text only."""
    found: list[tuple[int, int]] = []
    for open_, close in PAIRS:
        i = 0
        while True:
            a = text.find(open_, i)
            if a < 0:
                break
            b = text.find(close, a + 1)
            if b < 0:
                break
            if b - a > 1 and "\n\n" not in text[a:b]:
                found.append((a + 1, b))
            i = b + 1
    # straight double quotes: pair them in order, within a paragraph
    for para in re.finditer(r"[^\n]+", text):
        qs = [m.start() + para.start() for m in re.finditer('"', para.group(0))]
        for a, b in zip(qs[0::2], qs[1::2]):
            found.append((a + 1, b))
    stripped = set()
    for a, b in found:
        while a < b and text[a] in SPACES:
            a += 1
        while b > a and text[b - 1] in SPACES:
            b -= 1
        if b > a:
            stripped.add((a, b))
    return [QuoteSpan(a, b, [(a, b)]) for a, b in sorted(stripped)
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in stripped)]
