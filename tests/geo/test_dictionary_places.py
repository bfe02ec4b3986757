"""The geocoder finds the provinces, regions and towns the actor dictionaries list as places of a country
(`countries.yaml` `places`), read from that one list, and reads a shared country name as the actor resolver did."""

from __future__ import annotations

import pytest

from newsgraph.actors.gazetteer import gazetteer
from newsgraph.actors.resolve import resolve
from newsgraph.geo.places import find_places
from newsgraph.nlp import parse

pytestmark = pytest.mark.models


def _places(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    doc = parse(text, lang)
    doc.annotations["mentions"] = resolve(doc, gazetteer())
    return {doc.text[p.place.span[0]:p.place.span[1]]: (p.place.country, p.place.precision) for p in find_places(doc)}


def test_provinces_of_the_actor_dictionaries_are_places() -> None:
    got = _places("Fighting raged in North Kivu and in Ituri province, and in eastern Congo.", "en")
    assert got.get("North Kivu") == ("COD", "admin1")
    assert got.get("Ituri province") == ("COD", "admin1")
    assert got.get("eastern Congo") == ("COD", "admin1")
    fr = _places("Les combats ont repris au Darfour et au Sud-Kordofan.", "fr")
    assert fr.get("Darfour") == ("SDN", "admin1")
    assert fr.get("Sud-Kordofan") == ("SDN", "admin1")


def test_every_dictionary_place_is_indexed_with_its_country() -> None:
    from newsgraph.actors.fold import key
    from newsgraph.geo.places import place_gazetteer

    index = place_gazetteer().index
    for name, iso in gazetteer().places:
        k = key(name)
        assert any(k2 == k and row["country"] == iso for k2, _s, row in index.get(k[0], ())), name


def test_a_shared_country_name_is_the_country_the_resolver_read() -> None:
    got = _places("Attackers killed dozens of worshippers in Congo's Ituri province. "
                  "MONUSCO, the UN mission in Congo, condemned the killings.", "en")
    assert got.get("Congo") == ("COD", "country")
