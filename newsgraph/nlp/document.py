"""Our own parsed document: tokens with character offsets into the article text, sentences, entities.

Hand-built `Document`s are how the unit tests exercise the actor and event stages without models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Token:
    i: int            # index in the document
    text: str
    idx: int          # character offset in the article text
    lemma: str
    pos: str          # universal POS
    dep: str          # dependency label (ClearNLP for English, UD for French)
    head: int         # index of the head token (itself for the root)
    sent: int         # sentence index
    ent: str = ""     # entity label, "" outside entities
    morph: str = ""   # e.g. "Tense=Past|VerbForm=Part|Voice=Pass"
    tag: str = ""

    @property
    def end(self) -> int:
        return self.idx + len(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int        # first token
    end: int          # one past the last token
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


@dataclass
class Document:
    text: str
    language: str
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity] = field(default_factory=list)
    # What earlier pipeline stages found, for later ones (e.g. "mentions" for the event coder).
    annotations: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return kids

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start_char:s.end_char]

    def subtree(self, i: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """Token indices under `i` (itself included), not descending into children whose dep is in `stop`."""
        out = [i]
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            if self.tokens[j].dep in stop:
                continue
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def token_at(self, char: int) -> int | None:
        """Index of the token covering character offset `char`, if any."""
        lo, hi = 0, len(self.tokens) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            t = self.tokens[mid]
            if char < t.idx:
                hi = mid - 1
            elif char >= t.end:
                lo = mid + 1
            else:
                return mid
        return None

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].idx:self.tokens[end - 1].end]
