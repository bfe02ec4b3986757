"""Filters shared by the command line and the HTTP API (events, actors, quotes, claims), turned into
parameterised SQL.

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
    speaker: str | None = None       # events of articles that quote this actor (code, name or alias)
    technique: str | None = None     # events of articles carrying this persuasion technique
    narrative: str | None = None     # events of articles carrying this narrative
    include_duplicates: bool = False

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def validate(self) -> EventFilter:
        check_dates(self)
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
        if self.technique is not None:
            check_label("technique", self.technique)
        if self.near is not None:
            parts = self.near.split(",")
            try:
                lat, lon, km = (float(p) for p in parts)
            except ValueError:
                raise UsageError(f"near: expected lat,lon,km, got {self.near!r}") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20000):
                raise UsageError(f"near: coordinates or radius out of range in {self.near!r}")
        return self


def check_dates(obj: Any) -> None:
    for name in ("date_from", "date_to"):
        v = getattr(obj, name)
        if v is not None:
            try:
                dt.date.fromisoformat(v)
            except (TypeError, ValueError):
                raise UsageError(f"{name}: expected a date as YYYY-MM-DD, got {v!r}") from None


def check_label(name: str, v: str) -> None:
    if not re.fullmatch(r"[A-Za-z][A-Za-z_-]{0,79}", v):
        raise UsageError(f"{name}: expected a label such as Loaded_Language, got {v!r}")


def _contains(v: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching `v` anywhere, case folded; % and _ in `v` are literal."""
    return "%" + v.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _actor_atoms(column_prefix: str, value: str) -> list[tuple[str, list[Any]]]:
    """The alternative conditions under which one side of an event is the actor `value`: a country (RUS: the
    country's own actor and all its sectors) or a bare code (UAG), a code or id (RUSGOV, JNIM), or a name or
    alias. Each condition is one indexed equality, so an OR of them (or of their pairs) stays indexed."""
    v = value.strip()
    c = column_prefix
    if re.fullmatch(r"[A-Z]{3}", v):
        return [(f"{c}_country = ?", [v]), (f"{c}_code = ?", [v])]
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,15}", v):
        return [(f"{c}_code = ?", [v]), (f"{c}_id = ?", [v])]
    like = _contains(v)
    return [(f"{c}_id = ?", [v]), (f"{c}_id IN (SELECT id FROM actors WHERE LOWER(name) LIKE ? ESCAPE '\\'"
                                   " OR LOWER(aliases) LIKE ? ESCAPE '\\')", [like, like])]


def _any_of(alternatives: list[tuple[str, list[Any]]], params: list[Any]) -> str:
    for _, p in alternatives:
        params.extend(p)
    return "(" + " OR ".join(sql for sql, _ in alternatives) + ")"


def _actor_clause(column_prefix: str, value: str, params: list[Any]) -> str:
    """Match one side of an event against an actor given by code, id, name or alias."""
    return _any_of(_actor_atoms(column_prefix, value), params)


def _pairs(s: str, t: str) -> list[tuple[str, list[Any]]]:
    """Source `s` and target `t`, as an OR of (source condition AND target condition) pairs."""
    return [(f"({a} AND {b})", pa + pb) for a, pa in _actor_atoms("e.source", s)
            for b, pb in _actor_atoms("e.target", t)]


def _next_prefix(v: str) -> str:
    """The smallest string above every string starting with `v` (upper-case ASCII `v`)."""
    return v[:-1] + chr(ord(v[-1]) + 1)


def actor_ids(value: str, params: list[Any]) -> str:
    """A subquery of the ids of the actors `value` names: a country (RUS: the country and its sectors),
    a code or id (RUSGOV, JNIM), or words of a name or alias (case folded)."""
    v = value.strip()
    if re.fullmatch(r"[A-Z]{3}", v):
        params.extend([v, v, _next_prefix(v), v])
        return "SELECT id FROM actors WHERE country = ? OR (code >= ? AND code < ?) OR id = ?"
    like = _contains(v)
    params.extend([v, v, like, like])
    return ("SELECT id FROM actors WHERE code = ? OR id = ? OR LOWER(name) LIKE ? ESCAPE '\\'"
            " OR LOWER(aliases) LIKE ? ESCAPE '\\'")


def _article_clauses(obj: Any, clauses: list[str], params: list[Any], *, dates: bool = True) -> None:
    """Filters on the article (alias `a`): publication dates, language, outlet, id."""
    simple = [("language", "a.language = ?"), ("outlet", "a.source = ?"), ("article", "a.id = ?")]
    if dates:
        simple += [("date_from", "a.date >= ?"), ("date_to", "a.date <= ?")]
    for name, sql in simple:
        v = getattr(obj, name, None)
        if v is not None:
            clauses.append(sql)
            params.append(v)


def _words(column: str, q: str | None, clauses: list[str], params: list[Any]) -> None:
    for word in (q or "").split()[:10]:
        clauses.append(f"LOWER({column}) LIKE ? ESCAPE '\\'")
        params.append(_contains(word))


@dataclass
class ActorFilter:
    """Actors, with their mentions (in articles published in the date range) and events (dated in it)."""

    name: str | None = None          # code, id, name or alias
    country: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    language: str | None = None
    outlet: str | None = None

    def validate(self) -> ActorFilter:
        check_dates(self)
        if self.country is not None and not re.fullmatch(r"[A-Z]{3}", self.country):
            raise UsageError(f"country: expected an ISO3 code such as MLI, got {self.country!r}")
        if self.kind is not None and not re.fullmatch(r"[A-Z]{3}", self.kind):
            raise UsageError(f"kind: expected a sector code such as GOV or MIL, got {self.kind!r}")
        return self

    def actor_where(self) -> tuple[str, list[Any]]:
        """Conditions on the actor itself (alias `ac`)."""
        clauses: list[str] = ["ac.id NOT LIKE '---%'"]
        params: list[Any] = []
        if self.name:
            clauses.append(f"ac.id IN ({actor_ids(self.name, params)})")
        if self.country:
            clauses.append("ac.country = ?")
            params.append(self.country)
        if self.kind:
            clauses.append("ac.kind = ?")
            params.append(self.kind)
        return " AND ".join(clauses), params

    def article_where(self) -> tuple[str, list[Any]]:
        """Conditions on the article a mention comes from (alias `a`)."""
        clauses: list[str] = ["a.duplicate_of IS NULL"]
        params: list[Any] = []
        _article_clauses(self, clauses, params)
        return " AND ".join(clauses), params

    def event_where(self) -> tuple[str, list[Any]]:
        """Conditions on the events counted (alias `e`, article `a`): dated in the range, not duplicates."""
        clauses: list[str] = ["e.duplicate = 0"]
        params: list[Any] = []
        _article_clauses(self, clauses, params, dates=False)
        if self.date_from:
            clauses.append("e.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("e.date <= ?")
            params.append(self.date_to)
        return " AND ".join(clauses), params


@dataclass
class QuoteFilter:
    speaker: str | None = None       # code, id, name or alias
    q: str | None = None             # words in the quote
    article: str | None = None
    date_from: str | None = None     # the article's publication date
    date_to: str | None = None
    language: str | None = None
    outlet: str | None = None
    direct: bool | None = None       # True: quoted words only; False: reported speech only

    def validate(self) -> QuoteFilter:
        check_dates(self)
        return self

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (alias `qu` for quotes, `a` for articles) and its parameters."""
        self.validate()
        clauses: list[str] = []
        params: list[Any] = []
        if self.speaker:
            clauses.append(f"qu.speaker_id IN ({actor_ids(self.speaker, params)})")
        _words("qu.text", self.q, clauses, params)
        _article_clauses(self, clauses, params)
        if self.direct is not None:
            clauses.append("qu.direct = ?")
            params.append(int(self.direct))
        return (" AND ".join(clauses) if clauses else "1 = 1"), params


POLARITIES = {"-1": -1, "0": 0, "1": 1, "+1": 1, "negative": -1, "neutral": 0, "positive": 1}


@dataclass
class ClaimFilter:
    speaker: str | None = None
    about: str | None = None         # an actor the claim is about
    polarity: str | int | None = None  # -1, 0, 1 (or negative, neutral, positive): towards --about, else anyone
    q: str | None = None
    article: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    language: str | None = None
    outlet: str | None = None

    def validate(self) -> ClaimFilter:
        check_dates(self)
        if self.polarity is not None and str(self.polarity).strip().lower() not in POLARITIES:
            raise UsageError(f"polarity: expected -1, 0 or 1 (or negative, neutral, positive), got {self.polarity!r}")
        return self

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (alias `c` for claims, `a` for articles) and its parameters."""
        self.validate()
        clauses: list[str] = []
        params: list[Any] = []
        if self.speaker:
            clauses.append(f"c.speaker_id IN ({actor_ids(self.speaker, params)})")
        if self.about is not None or self.polarity is not None:
            sub = []
            if self.about:
                sub.append(f"ca.actor_id IN ({actor_ids(self.about, params)})")
            if self.polarity is not None:
                sub.append("ca.polarity = ?")
                params.append(POLARITIES[str(self.polarity).strip().lower()])
            clauses.append(f"c.id IN (SELECT ca.claim_id FROM claim_about ca WHERE {' AND '.join(sub) or '1 = 1'})")
        _words("c.text", self.q, clauses, params)
        _article_clauses(self, clauses, params)
        return (" AND ".join(clauses) if clauses else "1 = 1"), params


WORD = re.compile(r"[^\W_]+")  # the runs of letters and digits both full-text tokenizers see as words


def evidence_words(q: str | None) -> list[str] | None:
    """The words the text filter looks for: None when `q` is empty (no filter), [] when it has no letter or
    digit (nothing matches), else up to ten words."""
    if q is None or not q.strip():
        return None
    return WORD.findall(q)[:10]


def evidence_match(words: list[str]) -> str:
    """The SQLite FTS5 query for `words`: each a word or the start of one, all required."""
    return " ".join(f'"{w}"*' for w in words)  # quoted: no FTS syntax from users


def _evidence_words(q: str | None, dialect: str, clauses: list[str], params: list[Any]) -> None:
    """Events whose evidence sentence has every word of `q` as a word or the start of one, case and accents
    folded ("drone" finds "Drones", "goita" finds "Goïta"), looked up in the full-text index of evidence
    sentences."""
    words = evidence_words(q)
    if words is None:
        return
    if not words:
        clauses.append("1 = 0")
    elif dialect == "postgres":  # served by the GIN index events_evidence_words (same expression)
        clauses.append("to_tsvector('simple', newsgraph_fold(e.evidence)) @@ to_tsquery('simple', newsgraph_fold(?))")
        params.append(" & ".join(f"{w}:*" for w in words))
    else:
        clauses.append("e.rowid IN (SELECT rowid FROM events_text WHERE events_text MATCH ?)")
        params.append(evidence_match(words))


def where(f: EventFilter, dialect: str = "sqlite") -> tuple[str, list[Any]]:
    """The WHERE clause (alias `e` for events, `a` for articles) and its parameters, for `dialect` (the text
    filter reads each backend's own full-text index)."""
    f.validate()
    clauses: list[str] = []
    params: list[Any] = []
    if not f.include_duplicates:
        clauses.append("e.duplicate = 0")
    if f.actor:
        clauses.append(_any_of(_actor_atoms("e.source", f.actor) + _actor_atoms("e.target", f.actor), params))
    if f.source:
        clauses.append(_actor_clause("e.source", f.source, params))
    if f.target:
        clauses.append(_actor_clause("e.target", f.target, params))
    if f.dyad:
        s, t = (p.strip() for p in f.dyad.split(","))
        pairs = _pairs(s, t) + (_pairs(t, s) if f.undirected else [])
        clauses.append(_any_of(pairs, params))
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
            clauses.append("LOWER(e.place_name) = LOWER(?)")  # served by an index on LOWER(place_name)
            params.append(f.place)
    if f.near:
        lat, lon, km = (float(p) for p in f.near.split(","))
        dlat = km / 111.0
        dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        clauses.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        params.extend([lat - dlat, lat + dlat, lon - dlon, lon + dlon])
    _evidence_words(f.q, dialect, clauses, params)
    if f.speaker:
        clauses.append(f"e.article_id IN (SELECT qu.article_id FROM quotes qu WHERE qu.speaker_id IN"
                       f" ({actor_ids(f.speaker, params)}))")
    if f.technique:
        clauses.append("e.article_id IN (SELECT article_id FROM techniques WHERE technique = ?)")
        params.append(f.technique)
    if f.narrative:
        clauses.append("e.article_id IN (SELECT article_id FROM frames WHERE kind = 'narrative'"
                       " AND LOWER(name) = LOWER(?))")
        params.append(f.narrative)
    return (" AND ".join(clauses) if clauses else "1 = 1"), params
