"""Every dictionary entry loads and validates; user dictionaries plug in; bad entries are named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsgraph.actors.gazetteer import KINDS, Gazetteer, gazetteer, load_user_file
from newsgraph.errors import DataFileError

DATA = Path(__file__).resolve().parents[2] / "newsgraph" / "actors" / "data"


def test_every_shipped_entry_validates() -> None:
    g = Gazetteer()
    g.load_countries(yaml.safe_load((DATA / "countries.yaml").read_text()))
    g.load_organisations(yaml.safe_load((DATA / "organisations.yaml").read_text()))
    g.load_people(yaml.safe_load((DATA / "people.yaml").read_text()))
    g.load_sectors(yaml.safe_load((DATA / "sectors.yaml").read_text()))
    assert len(g.countries) >= 249
    assert {"MLI", "BFA", "NER", "RUS", "FRA", "USA", "DZA", "XKX"} <= set(g.countries)
    assert len(g.actors) >= 200


def test_countries_have_names_adjectives_and_capitals_in_both_languages() -> None:
    rows = {r["iso3"]: r for r in yaml.safe_load((DATA / "countries.yaml").read_text())}
    for iso in ("MLI", "BFA", "NER", "RUS", "FRA", "DZA", "USA", "CIV", "TCD", "MRT", "SEN", "NGA"):
        for lang in ("en", "fr"):
            assert rows[iso][lang]["names"] and rows[iso][lang]["adjectives"], (iso, lang)
    assert "Moscou" in rows["RUS"]["fr"]["capitals"] and "Alger" in rows["DZA"]["fr"]["capitals"]


def test_people_entries_have_office_country_and_period() -> None:
    people = yaml.safe_load((DATA / "people.yaml").read_text())
    names = {p["name"] for p in people}
    for who in ("Sergey Lavrov", "Assimi Goïta", "Ibrahim Traoré", "Abdourahamane Tiani", "Emmanuel Macron"):
        assert any(who.split()[-1] in n for n in names), who
    for p in people:
        assert p["roles"], p["name"]
        assert all(r.get("office") and r.get("from") for r in p["roles"]), p["name"]
        assert p.get("kind") is None or p["kind"] in KINDS


def test_sahel_bodies_and_armed_groups_are_known() -> None:
    g = gazetteer()
    found = {m.entry.actor.code for m in g.find("JNIM, the AES, ECOWAS, MINUSMA, Wagner and the Africa Corps",
                                                "en") if m.entry.actor}
    assert {"JNIM", "AES", "ECOWAS"} <= found
    fr = {m.entry.actor.code for m in g.find("le GSIM, la CEDEAO et l'Alliance des États du Sahel", "fr")
          if m.entry.actor}
    assert {"JNIM", "ECOWAS", "AES"} <= fr


def test_acronyms_match_only_in_capitals() -> None:
    g = gazetteer()
    assert not [m for m in g.find("tell us about the aes of it", "en") if m.entry.actor]


def test_user_dictionary_adds_an_organisation(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("- id: SSR\n  name: Sahel Study Ring\n  code: SSR\n  country: MLI\n  kind: NGO\n  wikidata: null\n"
                 "  en: [Sahel Study Ring]\n  fr: [Cercle d'études du Sahel]\n", encoding="utf-8")
    g = Gazetteer()
    load_user_file(g, f)
    hits = g.find("Le Cercle d’études du Sahel a publié un rapport.", "fr")
    assert hits and hits[0].entry.actor and hits[0].entry.actor.code == "SSR"


def test_a_bad_entry_is_named(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("- id: X\n  name: Bad\n  kind: WIZARDS\n  en: [Bad]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="bad.yaml: entry X: unknown kind 'WIZARDS'"):
        load_user_file(Gazetteer(), f)


def test_sector_terms_belong_to_one_kind_per_language() -> None:
    rows = yaml.safe_load((DATA / "sectors.yaml").read_text())
    for lang in ("en", "fr"):
        seen: dict[str, str] = {}
        for row in rows:
            for term in row.get(lang) or []:
                assert seen.setdefault(term, row["kind"]) == row["kind"], (lang, term)


def test_organisation_ids_are_unique_across_files() -> None:
    ids: list[str] = []
    for name in ("organisations.yaml", "groups.yaml"):
        ids.extend(str(r["id"]) for r in yaml.safe_load((DATA / name).read_text()))
    assert len(ids) == len(set(ids))
