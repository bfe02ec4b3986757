"""The actor dictionaries: countries, organisations, people and sector nouns, in English and French.

The data files live in `newsgraph/actors/data/` (see SOURCES.md there). Users add their own files
of organisations or people with the same schema through `NEWSGRAPH_DICTIONARIES` (a list of YAML
files or folders, separated by `:`). `Gazetteer.find()` returns every longest dictionary match in a
text, with its character span.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.actors.fold import key, words
from newsgraph.errors import DataFileError
from newsgraph.models import Actor

KINDS = {"GOV", "MIL", "COP", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "IGO", "EDU", "REL", "LAB", "REF", "UAG"}
ARMED_KINDS = frozenset({"REB", "UAG"})   # the kinds of armed men: rebels, and attackers the text does not name
PRIORITY = {"person": 0, "org": 1, "country": 2, "capital": 3, "place": 3, "adjective": 4, "sector": 5}
_QID = re.compile(r"^Q[0-9]+$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Entry:
    """What a dictionary alias stands for."""

    type: str                 # person, org, country, capital, place, adjective, sector
    actor: Actor | None       # for person, org, country, capital, place (the country it lies in)
    country: str | None = None
    kind: str | None = None
    alias: str = ""
    language: str | None = None
    roles: tuple[tuple[str, str | None, str | None], ...] = ()   # (office, from, to) for people
    # An alias that names bodies of different countries ("ANP": Algeria's army, Niger's press agency): every
    # reading, this entry first; resolve.py chooses one by the countries the text names. Empty when unambiguous.
    readings: tuple[Entry, ...] = ()
    # An adjective of a body that also reads as a region's ("European"): it names the body only on an office
    # ("European foreign ministers" meet as the EU's council), never on other nouns ("European countries").
    offices_only: bool = False
    # A sector noun that names a body only beside a state word: weapons stand for a state's armed forces
    # ("Israeli warplanes", « drones russes ») but alone ("drones flew over") for no one.
    with_state: bool = False
    # A name another country owns ("Congo" is the Republic of the Congo's; in "eastern Congo", beside M23 and Goma,
    # the DR Congo's): a reading only, chosen when the text names this country more, never by default.
    secondary: bool = False


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int


def _data_file(name: str) -> Any:
    path = resources.files("newsgraph.actors") / "data" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def name_id(name: str) -> str:
    return "name:" + " ".join(key(name))


def _check(path: str, i: int | str, cond: bool, reason: str) -> None:
    if not cond:
        raise DataFileError(path, i, reason)


class Gazetteer:
    """Alias index over every dictionary entry."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.countries: dict[str, Actor] = {}
        self.country_names: dict[str, str] = {}
        self.actors: dict[str, Actor] = {}
        self.orgs: dict[str, Actor] = {}   # organisation actors by their dictionary id
        # folded words of a common noun -> the bodies a definite use of it stands for in a text naming the body or
        # its country (« les paramilitaires » in a Sudan text are the RSF)
        self.descriptions: dict[tuple[str, ...], list[Actor]] = {}
        # actor id -> the kinds a body had over time, (kind, from, to): a party governs, then is in opposition
        self.periods: dict[str, tuple[tuple[str, str | None, str | None], ...]] = {}
        self.default_kinds: dict[str, str | None] = {}   # actor id -> its kind outside those periods
        # (name, ISO3) of the provinces, regions and towns of `countries.yaml` `places`: the geocoder indexes them
        # too (newsgraph.geo.places), so both read one list
        self.places: list[tuple[str, str]] = []

    # -- building -------------------------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        k = key(alias)
        if not k:
            return
        bucket = self.index.setdefault(k[0], [])
        for i, (k2, e2) in enumerate(bucket):
            if k2 == k and _same_case_class(e2.alias, alias):
                if PRIORITY[entry.type] < PRIORITY[e2.type]:
                    bucket[i] = (k, entry)
                elif _another_reading(e2, entry):
                    # the country owning a shared name is the first reading, whichever file order brought it
                    readings = sorted((*(e2.readings or (e2,)), replace(entry, alias=alias)), key=lambda r: r.secondary)
                    bucket[i] = (k, replace(readings[0], readings=tuple(readings)))
                elif entry.type == e2.type and entry.language != e2.language and entry.kind == e2.kind \
                        and entry.country == e2.country:
                    bucket[i] = (k, replace(e2, language=None))  # spelled alike in both languages
                return
        bucket.append((k, Entry(entry.type, entry.actor, entry.country, entry.kind, alias, entry.language,
                                entry.roles, offices_only=entry.offices_only, with_state=entry.with_state,
                                secondary=entry.secondary)))

    def load_countries(self, rows: list[dict[str, Any]], path: str = "countries.yaml") -> None:
        for i, row in enumerate(rows):
            raw_iso = row.get("iso3")
            _check(path, i, isinstance(raw_iso, str) and bool(_ISO3.match(raw_iso)), f"bad iso3 {raw_iso!r}")
            iso = str(raw_iso)
            qid = row.get("wikidata")
            _check(path, iso, qid is None or bool(_QID.match(str(qid))), f"bad wikidata {qid!r}")
            en = row.get("en") or {}
            fr = row.get("fr") or {}
            names = list(en.get("names") or []) + list(fr.get("names") or [])
            _check(path, iso, bool(names), "no names")
            actor = Actor(id=qid or iso, name=names[0], code=iso, country=iso, kind=None, wikidata=qid,
                          aliases=tuple(dict.fromkeys(names[1:])))
            self.countries[iso] = actor
            self.country_names[iso] = names[0]
            for lang, block in (("en", en), ("fr", fr)):
                for n in block.get("names") or []:
                    self.add(n, Entry("country", actor, iso, None, n, lang))
                for n in block.get("capitals") or []:
                    self.add(n, Entry("capital", actor, iso, "GOV", n, lang))
                for n in block.get("adjectives") or []:
                    self.add(n, Entry("adjective", None, iso, None, n, lang))
                for n in block.get("shared_names") or []:
                    self.add(n, Entry("country", actor, iso, None, n, lang, secondary=True))
                # provinces, regions and towns the places gazetteer lacks: where things happen, in this country
                for n in block.get("places") or []:
                    self.add(n, Entry("place", actor, iso, None, n, lang))
                    self.places.append((n, iso))

    def load_organisations(self, rows: list[dict[str, Any]], path: str = "organisations.yaml") -> None:
        for i, row in enumerate(rows):
            _check(path, i, bool(row.get("id")) and bool(row.get("name")), "id and name are required")
            oid, name = str(row["id"]), str(row["name"])
            code = row.get("code")
            kind, country, qid = row.get("kind"), row.get("country"), row.get("wikidata")
            _check(path, oid, kind is None or kind in KINDS, f"unknown kind {kind!r}")
            _check(path, oid, country is None or bool(_ISO3.match(str(country))), f"bad country {country!r}")
            _check(path, oid, qid is None or bool(_QID.match(str(qid))), f"bad wikidata {qid!r}")
            aliases = [a for lang in ("en", "fr") for a in (row.get(lang) or [])]
            periods = _periods(path, oid, row.get("periods"))
            if periods:   # the body as it is at the data's date; resolve.py dates it to the article's
                kind = kind_at(periods, kind, None)
                code = str(country) + kind if country and kind else code
            actor = Actor(id=qid or oid, name=name, code=code or oid, country=country, kind=kind,
                          wikidata=qid, aliases=tuple(dict.fromkeys(a for a in aliases if a != name)))
            if periods:
                self.periods[actor.id] = periods
                self.default_kinds[actor.id] = row.get("kind")
            self.actors[actor.id] = actor
            self.orgs[oid] = actor
            self.add(name, Entry("org", actor, country, kind, name))
            for lang in ("en", "fr"):
                for a in row.get(lang) or []:
                    self.add(a, Entry("org", actor, country, kind, a, lang))
                # « onusien » stands for the UN as « malien » for Mali: an adjective entry carrying the body
                for a in (row.get("adjectives") or {}).get(lang) or []:
                    self.add(a, Entry("adjective", actor, country, kind, a, lang))
                for a in (row.get("office_adjectives") or {}).get(lang) or []:
                    self.add(a, Entry("adjective", actor, country, kind, a, lang, offices_only=True))
                for a in (row.get("described_as") or {}).get(lang) or []:
                    self.descriptions.setdefault(key(a), []).append(actor)

    def load_people(self, rows: list[dict[str, Any]], path: str = "people.yaml") -> None:
        for i, row in enumerate(rows):
            _check(path, i, bool(row.get("name")), "name is required")
            name = str(row["name"])
            country, kind, qid = row.get("country"), row.get("kind"), row.get("wikidata")
            _check(path, name, country is None or bool(_ISO3.match(str(country))), f"bad country {country!r}")
            _check(path, name, kind is None or kind in KINDS, f"unknown kind {kind!r}")
            _check(path, name, qid is None or bool(_QID.match(str(qid))), f"bad wikidata {qid!r}")
            roles = []
            for r in row.get("roles") or []:
                roles.append((str(r.get("office")), _date(r.get("from")), _date(r.get("to"))))
            org = row.get("org")  # the head of a body acts for it: "ECOWAS Commission president Omar Touray"
            _check(path, name, org is None or str(org) in self.orgs, f"unknown organisation {org!r}")
            code = (country or "") + (kind or "") if country else kind
            aliases = tuple(row.get("aliases") or ())
            if org is not None:  # acting for the body, the official is also known by its name
                code = self.orgs[str(org)].code
                aliases += (self.orgs[str(org)].name,)
            actor = Actor(id=qid or name_id(name), name=name, code=code, country=country, kind=kind,
                          wikidata=qid, aliases=aliases)
            self.actors[actor.id] = actor
            for a in [name, *(row.get("aliases") or [])]:
                self.add(a, Entry("person", actor, country, kind, a, roles=tuple(roles)))

    def load_sectors(self, rows: list[dict[str, Any]], path: str = "sectors.yaml") -> None:
        for i, row in enumerate(rows):
            kind = row.get("kind")
            _check(path, i, kind in KINDS, f"unknown kind {kind!r}")
            with_state = row.get("with_state") or {}
            _check(path, i, isinstance(with_state, dict), "with_state must map en/fr to lists")
            for lang in ("en", "fr"):
                for term in row.get(lang) or []:
                    self.add(term, Entry("sector", None, None, kind, term, lang))
                for term in with_state.get(lang) or []:
                    self.add(term, Entry("sector", None, None, kind, term, lang, with_state=True))

    # -- matching -------------------------------------------------------------------------------
    def find(self, text: str, language: str | None = None) -> list[Match]:
        """Longest dictionary matches, left to right, that respect the alias's case."""
        ws = words(text)
        out: list[Match] = []
        i = 0
        while i < len(ws):
            best: tuple[int, Entry] | None = None
            for k, entry in self.index.get(ws[i][0], ()):
                n = len(k)
                if n <= (best[0] if best else 0) or i + n > len(ws):
                    continue
                if tuple(w for w, _, _ in ws[i:i + n]) != k:
                    continue
                if entry.language and language and entry.language != language and entry.type in ("sector", "adjective"):
                    continue
                if not _case_ok(entry.alias, text[ws[i][1]:ws[i + n - 1][2]]) or _broken(text, ws[i:i + n], entry.alias):
                    continue
                if best is None or n > best[0] or PRIORITY[entry.type] < PRIORITY[best[1].type]:
                    best = (n, entry)
            if best:
                n, entry = best
                out.append(Match(entry, ws[i][1], ws[i + n - 1][2]))
                i += n
            else:
                i += 1
        return out


def _periods(path: str, oid: str, rows: Any) -> tuple[tuple[str, str | None, str | None], ...]:
    """`periods: [{kind: GOV, from: 2010-12-04, to: null}]`: the kinds a body had, with their dates."""
    out = []
    for r in rows or []:
        _check(path, oid, isinstance(r, dict) and r.get("kind") in KINDS, f"bad period {r!r}: a kind is required")
        out.append((str(r["kind"]), _date(r.get("from")), _date(r.get("to"))))
    return tuple(out)


def kind_at(periods: tuple[tuple[str, str | None, str | None], ...], default: str | None,
            date: str | None) -> str | None:
    """The kind of a body on `date` (YYYY-MM-DD; None: at the data's date, when periods with no end still run).
    A period's dates may be a year or a month: compared as text prefixes, they hold for the whole of it (an end day
    itself is no longer in the period)."""
    for kind, start, end in periods:
        if date is None:
            if end is None:
                return kind
            continue
        if (start is None or start[:len(date)] <= date[:len(start)]) and \
                (end is None or (date[:len(end)] <= end[:len(date)] if len(end) < 10 else date < end)):
            # (an end given as a year or a month holds to its last day; a full day is the first day out)
            return kind
    return default


def _another_reading(known: Entry, new: Entry) -> bool:
    """True when `new` is a body of another country spelled like the body `known` already indexed: both are kept
    and the context chooses ("ANP"). Bodies of one country spelled alike cannot be told apart; the first stays.
    Two countries share a name only where the data says so (`shared_names`: "Congo")."""
    readings = known.readings or (known,)
    if new.type == known.type == "country" and (new.secondary or any(r.secondary for r in readings)):
        return all(r.country != new.country for r in readings)
    return new.type == known.type == "org" and new.actor is not None and bool(new.country) and \
        all(r.actor is not None and r.actor.id != new.actor.id and r.country != new.country for r in readings)


# Punctuation that ends a name: "Burkina, Faso Vérité" is a country word and then an outlet, never "Burkina Faso".
_BREAKS = re.compile(r"[,;:!?()\[\]«»\"“”\n]|\.\s")   # and a sentence's end: "Congo. Kinshasa"


def _broken(text: str, ws: list[tuple[str, int, int]], alias: str) -> bool:
    """True when punctuation stands between two of the matched words and the alias has none of its own
    ("Bonaire, Sint Eustatius and Saba" keeps its comma)."""
    return not _BREAKS.search(alias) and any(_BREAKS.search(text, a[2], b[1]) for a, b in zip(ws, ws[1:]))


def _date(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


def _same_case_class(a: str, b: str) -> bool:
    return _case_class(a) == _case_class(b)


def is_acronym(text: str, longest: int, shortest: int = 2, lower: int = 0) -> bool:
    """True when `text` has `shortest` to `longest` letters, at most `lower` of them not upper case, and at least two
    upper case ones when it has two letters or more: the one test behind "UN", "ECOWAS", "MoU"-like acronyms."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return shortest <= len(letters) <= longest and len(letters) - upper <= lower and upper >= min(2, len(letters))


def _case_class(alias: str) -> str:
    if is_acronym(alias, 6, shortest=1):
        return "acronym"
    if alias[:1].isupper():
        return "capital"
    return "lower"


def _case_ok(alias: str, found: str) -> bool:
    cls = _case_class(alias)
    if cls == "acronym":
        return [c for c in found if c.isalpha()] == [c for c in alias if c.isalpha()]
    if cls == "capital":
        return found[:1].isupper()
    return True


def _user_files() -> list[Path]:
    spec = os.environ.get("NEWSGRAPH_DICTIONARIES", "")
    files: list[Path] = []
    for part in filter(None, spec.split(os.pathsep)):
        p = Path(part)
        if p.is_dir():
            files.extend(sorted(p.glob("*.y*ml")))
        elif p.exists():
            files.append(p)
        else:
            raise DataFileError(part, "-", "NEWSGRAPH_DICTIONARIES names a file or folder that does not exist")
    return files


def load_user_file(g: Gazetteer, path: Path) -> None:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(rows, list):
        raise DataFileError(str(path), "-", "expected a YAML list of organisations or people")
    people = [r for r in rows if isinstance(r, dict) and ("roles" in r or "aliases" in r)]
    orgs = [r for r in rows if isinstance(r, dict) and r not in people]
    g.load_people(people, str(path))
    g.load_organisations(orgs, str(path))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped dictionaries plus the user's, loaded once."""
    g = Gazetteer()
    g.load_countries(_data_file("countries.yaml") or [])
    g.load_organisations(_data_file("organisations.yaml") or [])
    g.load_organisations(_data_file("groups.yaml") or [], "groups.yaml")
    g.load_people(_data_file("people.yaml") or [])
    g.load_sectors(_data_file("sectors.yaml") or [])
    for path in _user_files():
        load_user_file(g, path)
    return g


def country_actor(iso3: str, kind: str | None = None) -> Actor:
    """The actor for a country's sector: `RUS` + `GOV` -> RUSGOV."""
    g = gazetteer()
    base = g.countries.get(iso3)
    name = base.name if base else iso3
    if kind is None:
        return base or Actor(id=iso3, name=name, code=iso3, country=iso3)
    return Actor(id=f"{iso3}{kind}", name=f"{name} ({_KIND_NAMES.get(kind, kind)})", code=f"{iso3}{kind}",
                 country=iso3, kind=kind)


def sector_actor(kind: str, words_: Iterable[str] = ()) -> Actor:
    """A national body whose country is not (yet) known."""
    return Actor(id=f"---{kind}", name=_KIND_NAMES.get(kind, kind), code=kind, country=None, kind=kind)


_KIND_NAMES = {"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "OPP": "opposition",
               "REB": "rebels", "CVL": "civilians", "MED": "media", "BUS": "business", "NGO": "NGO",
               "IGO": "international organisation", "EDU": "education", "REL": "religious", "LAB": "labour",
               "REF": "refugees", "UAG": "unidentified armed group"}
