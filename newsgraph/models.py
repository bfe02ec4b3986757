"""The records newsgraph produces, as plain frozen dataclasses.

Every span is `(start, end)` character offsets into `Article.text`. `to_dict()` gives the JSON
shape of ../shared/CONTRACT.md; nothing else in the code base decides field names.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    code: str | None
    country: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "code": self.code,
            "country": self.country,
            "kind": self.kind,
            "wikidata": self.wikidata,
        }


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass(frozen=True)
class Event:
    id: str
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    label: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: str | None
    date_precision: str
    location: Place | None
    modality: str
    confidence: float
    sentence: int
    span: Span
    evidence: str
    coder: str
    size: dict[str, int | None] = field(
        default_factory=lambda: {"dead": None, "injured": None, "arrested": None, "abducted": None}
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "label": self.label,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "sentence": self.sentence,
            "span": list(self.span),
            "evidence": self.evidence,
            "coder": self.coder,
            "size": dict(self.size),
        }


def event_id(article_id: str, span: Span, cameo: str, source_id: str | None, target_id: str | None) -> str:
    key = f"{article_id}|{span[0]}:{span[1]}|{cameo}|{source_id or ''}|{target_id or ''}"
    return sha256_hex(key)


@dataclass(frozen=True)
class Quote:
    speaker: Actor | None
    text: str
    span: Span
    cue: str | None
    direct: bool
    sentence: int | None = None
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "span": list(self.span),
            "cue": self.cue,
            "direct": self.direct,
            "sentence": self.sentence,
            "coder": self.coder,
        }


@dataclass(frozen=True)
class Claim:
    speaker: Actor | None
    text: str
    span: Span
    about: tuple[tuple[Actor, int], ...]
    sentence: int | None = None
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "span": list(self.span),
            "about": [{"actor": a.to_dict(), "polarity": p} for a, p in self.about],
            "sentence": self.sentence,
            "coder": self.coder,
        }


@dataclass(frozen=True)
class Stance:
    actor: Actor
    role: str
    spans: tuple[Span, ...]
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.to_dict(), "role": self.role, "spans": [list(s) for s in self.spans],
                "coder": self.coder}


@dataclass(frozen=True)
class Technique:
    technique: str
    span: Span
    text: str
    confidence: float
    sentence: int | None = None
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"technique": self.technique, "span": list(self.span), "text": self.text,
                "confidence": round(self.confidence, 3), "sentence": self.sentence, "coder": self.coder}


@dataclass(frozen=True)
class Frame:
    kind: str
    name: str
    score: float
    spans: tuple[Span, ...]
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "score": round(self.score, 3),
                "spans": [list(s) for s in self.spans], "coder": self.coder}


@dataclass(frozen=True)
class Mention:
    actor: Actor
    span: Span
    sentence: int


@dataclass
class Record:
    """One analysed article: the `analyze` record of the contract."""

    id: str
    path: str | None
    url: str | None
    title: str | None
    source: str | None
    date: str | None
    language: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stance: list[Stance] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    coder: str | None = None

    def actors(self) -> list[tuple[Actor, list[Span]]]:
        """Every distinct actor mentioned, in order of first mention, with its spans."""
        seen: dict[str, tuple[Actor, list[Span]]] = {}
        for m in sorted(self.mentions, key=lambda m: m.span):
            if m.actor.id not in seen:
                seen[m.actor.id] = (m.actor, [])
            spans = seen[m.actor.id][1]
            if m.span not in spans:
                spans.append(m.span)
        return list(seen.values())

    def to_dict(self) -> dict[str, Any]:
        actors = []
        for actor, spans in self.actors():
            d = actor.to_dict()
            d["mentions"] = [list(s) for s in spans]
            actors.append(d)
        return {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "language": self.language,
            "text": self.text,
            "actors": actors,
            "events": [e.to_dict() for e in self.events],
            "places": [p.to_dict() for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "stance": [s.to_dict() for s in self.stance],
            "techniques": [t.to_dict() for t in self.techniques],
            "frames": [f.to_dict() for f in self.frames],
            "warnings": list(self.warnings),
            "coder": self.coder,
        }
