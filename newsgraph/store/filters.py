"""Event filters shared by the command line and the HTTP API, turned into parameterised SQL.

Every value is bound as a parameter; column names come only from this module. Validation happens
here too, so a bad value gives the same `UsageError` (CLI exit 2, HTTP 422) wherever it comes from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, fields
from typing import Any

from newsgraph.errors import UsageError

MODALITIES = ("asserted", "intended", "negated", "hypothetical")


@dataclass
class EventFilter:
    actor: str | None = None         # code (RUSGOV, RUS), id, or name/alias; either side
    source: str | None = None
    target: str | None = None
    dyad: str | None = None          # "RUS,MLI"
    undirected: bool = False         # with dyad: either direction
    cameo: str | None = None         # exact code, or a prefix ending in '*' ("04*")
    root: str | None = None          # "04" or "04,05"
    plover: str | None = None
    quad_class: int | None = None
    goldstein_min: float | None = None
    goldstein_max: float | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None       # either actor's country
    place: str | None = None         # the event's location: country code or place name
    near: str | None = None          # "lat,lon,km"
    language: str | None = None
    outlet: str | None = None
    modality: str | None = None
    q: str | None = None             # words in the evidence sentence
    article: str | None = None
    include_duplicates: bool = False

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def validate(self) -> EventFilter:
        for name in ("date_from", "date_to"):
            v = getattr(self, name)
            if v is not None:
                try:
                    dt.date.fromisoformat(v)
                except (TypeError, ValueError):
                    raise UsageError(f"{name}: expected a date as YYYY-MM-DD, got {v!r}") from None
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise UsageError(f"quad_class: expected 1, 2, 3 or 4, got {self.quad_class!r}")
        for name in ("goldstein_min", "goldstein_max"):
            v = getattr(self, name)
            if v is not None and (not math.isfinite(v) or not -10 <= v <= 10):
                raise UsageError(f"{name}: expected a number from -10 to 10, got {v!r}")
        if self.root is not None and not all(re.fullmatch(r"\d\d", r.strip()) for r in self.root.split(",")):
            raise UsageError(f"root: expected two-digit CAMEO roots separated by commas, got {self.root!r}")
        if self.cameo is not None and not re.fullmatch(r"\d{2,4}\*?", self.cameo):
            raise UsageError(f"cameo: expected a CAMEO code such as 043 (or a prefix such as 04*), got {self.cameo!r}")
        if self.modality is not None and self.modality not in MODALITIES:
            raise UsageError(f"modality: expected one of {', '.join(MODALITIES)}, got {self.modality!r}")
        if self.dyad is not None and len([p for p in self.dyad.split(",") if p.strip()]) != 2:
            raise UsageError(f"dyad: expected two actors separated by a comma, got {self.dyad!r}")
        if self.near is not None:
            parts = self.near.split(",")
            try:
                lat, lon, km = (float(p) for p in parts)
            except ValueError:
                raise UsageError(f"near: expected lat,lon,km, got {self.near!r}") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20000):
                raise UsageError(f"near: coordinates or radius out of range in {self.near!r}")
        return self


def _contains(v: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching `v` anywhere, case folded; % and _ in `v` are literal."""
    return "%" + v.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _actor_clause(column_prefix: str, value: str, params: list[Any]) -> str:
    """Match one side of an event against an actor given by code, id, name or alias."""
    v = value.strip()
    c = column_prefix
    if re.fullmatch(r"[A-Z]{3}", v):  # a country: the country or any of its sectors
        params.extend([v, v + "%"])
        return f"({c}_country = ? OR {c}_code LIKE ?)"
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,15}", v):
        params.extend([v, v])
        return f"({c}_code = ? OR {c}_id = ?)"
    like = _contains(v)
    params.extend([v, like, like])
    return (f"({c}_id = ? OR {c}_id IN (SELECT id FROM actors WHERE LOWER(name) LIKE ? ESCAPE '\\'"
            f" OR LOWER(aliases) LIKE ? ESCAPE '\\'))")


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (alias `e` for events, `a` for articles) and its parameters."""
    f.validate()
    clauses: list[str] = []
    params: list[Any] = []
    if not f.include_duplicates:
        clauses.append("e.duplicate = 0")
    if f.actor:
        p1: list[Any] = []
        a = _actor_clause("e.source", f.actor, p1)
        b = _actor_clause("e.target", f.actor, p1)
        clauses.append(f"({a} OR {b})")
        params.extend(p1)
    if f.source:
        clauses.append(_actor_clause("e.source", f.source, params))
    if f.target:
        clauses.append(_actor_clause("e.target", f.target, params))
    if f.dyad:
        s, t = (p.strip() for p in f.dyad.split(","))
        p2: list[Any] = []
        fwd = f"({_actor_clause('e.source', s, p2)} AND {_actor_clause('e.target', t, p2)})"
        if f.undirected:
            rev = f"({_actor_clause('e.source', t, p2)} AND {_actor_clause('e.target', s, p2)})"
            clauses.append(f"({fwd} OR {rev})")
        else:
            clauses.append(fwd)
        params.extend(p2)
    if f.cameo:
        if f.cameo.endswith("*"):
            clauses.append("e.cameo LIKE ?")
            params.append(f.cameo[:-1] + "%")
        else:
            clauses.append("e.cameo = ?")
            params.append(f.cameo)
    if f.root:
        roots = [r.strip() for r in f.root.split(",")]
        clauses.append(f"e.root IN ({','.join('?' * len(roots))})")
        params.extend(roots)
    simple = [("plover", "e.plover = ?"), ("quad_class", "e.quad_class = ?"), ("goldstein_min", "e.goldstein >= ?"),
              ("goldstein_max", "e.goldstein <= ?"), ("date_from", "e.date >= ?"), ("date_to", "e.date <= ?"),
              ("modality", "e.modality = ?"), ("language", "a.language = ?"), ("outlet", "a.source = ?"),
              ("article", "e.article_id = ?")]
    for name, sql in simple:
        v = getattr(f, name)
        if v is not None:
            clauses.append(sql)
            params.append(v)
    if f.country:
        clauses.append("(e.source_country = ? OR e.target_country = ?)")
        params.extend([f.country, f.country])
    if f.place:
        if re.fullmatch(r"[A-Z]{3}", f.place):
            clauses.append("e.place_country = ?")
            params.append(f.place)
        else:
            clauses.append("LOWER(e.place_name) = LOWER(?)")
            params.append(f.place)
    if f.near:
        lat, lon, km = (float(p) for p in f.near.split(","))
        dlat = km / 111.0
        dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        clauses.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        params.extend([lat - dlat, lat + dlat, lon - dlon, lon + dlon])
    if f.q:
        for word in f.q.split()[:10]:
            clauses.append("LOWER(e.evidence) LIKE ? ESCAPE '\\'")
            params.append(_contains(word))
    return (" AND ".join(clauses) if clauses else "1 = 1"), params
