"""Stance: protagonists, antagonists, victims and neutral actors with the sentences that show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.framing.stance import decide, load_victims
from newsgraph.ingest.readers import RawArticle, read_file
from newsgraph.models import Record, Stance
from newsgraph.pipeline import analyze

TEXTS = {
    "en_victims": "Jihadists killed 20 villagers in Tillabéri on Sunday, local officials said.",
    "fr_victims": "Des jihadistes ont tué 20 villageois à Tillabéri dimanche, selon des sources locales.",
    "fr_displaced": "Plus de 2 000 civils ont été déplacés après les violences dans la commune de Djibo, selon le HCR.",
    "fr_army": "Les Forces armées maliennes ont neutralisé une quinzaine de terroristes lors d'une opération près "
               "de Douentza, selon un communiqué de l'état-major.",
    "en_neutral": "Mali's foreign minister met his Russian counterpart in Moscow on Tuesday. The two ministers "
                  "discussed trade and security, the ministry said in a statement.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, Record]:
    raws = [RawArticle(text=t, path=k, date="2025-04-10", language=k[:2]) for k, t in TEXTS.items()]
    return {r.path or "": r for r in analyze(raws)}


def _roles(rec: Record, kind: str) -> set[str]:
    return {s.role for s in rec.stance if s.actor.kind == kind}


@pytest.mark.models
@pytest.mark.parametrize("key", ["en_victims", "fr_victims"])
def test_killed_villagers_are_victims_and_the_jihadists_antagonists(records: dict[str, Record], key: str) -> None:
    rec = records[key]
    assert _roles(rec, "CVL") == {"victim"}
    assert _roles(rec, "UAG") == {"antagonist"}
    victim = next(s for s in rec.stance if s.role == "victim")
    assert victim.spans and all("20 vill" in rec.text[a:b] for a, b in victim.spans)


@pytest.mark.models
def test_displaced_civilians_are_victims(records: dict[str, Record]) -> None:
    assert _roles(records["fr_displaced"], "CVL") == {"victim"}


@pytest.mark.models
def test_an_army_fighting_armed_groups_is_not_their_antagonist(records: dict[str, Record]) -> None:
    rec = records["fr_army"]
    army = [s for s in rec.stance if s.actor.country == "MLI" and s.actor.kind == "MIL"]
    assert army and army[0].role == "protagonist"
    assert _roles(rec, "UAG") == {"antagonist"}


@pytest.mark.models
def test_a_neutral_wire_report_casts_everyone_as_neutral(records: dict[str, Record]) -> None:
    rec = records["en_neutral"]
    assert rec.stance and {s.role for s in rec.stance} == {"neutral"}
    assert all(s.spans for s in rec.stance)


@pytest.mark.models
def test_the_seed_stance(seed_dir: Path) -> None:
    art = read_file(str(next(seed_dir.glob("*.txt")))).articles[0]
    rec = next(analyze([art]))
    by_id: dict[str, Stance] = {s.actor.id: s for s in rec.stance}
    assert by_id["Q159"].role == "protagonist"
    assert by_id["FOREIGN_POWERS"].role == "antagonist"
    assert any("indifferent or even hostile" in rec.text[a:b] for a, b in by_id["FOREIGN_POWERS"].spans)
    assert {a.id for a, _ in rec.actors()} == set(by_id)      # every actor of the article is cast


def test_roles_from_evidence() -> None:
    assert decide({}) == "neutral"
    assert decide({"protagonist": 1.0, "antagonist": 1.0}) == "neutral"
    assert decide({"victim": 1.0, "antagonist": 0.5}) == "victim"
    assert decide({"victim": 0.5, "antagonist": 0.0}) == "neutral"
    assert decide({"protagonist": 2.0, "victim": 1.0}) == "protagonist"
    assert decide({"antagonist": 1.5, "protagonist": 0.5}) == "antagonist"


def test_victim_lexicons_load_in_both_languages() -> None:
    for lang in ("en", "fr"):
        lex = load_victims(lang)
        assert lex.harm and lex.suffer and lex.nouns and lex.harm_nouns
    assert "tuer" in load_victims("fr").harm and "kill" in load_victims("en").harm


@pytest.mark.models
@pytest.mark.parametrize("text, lang, code, role", [
    # no event or claim casts the AES here; the narrative its sentence tells does
    ("Un seul peuple, un seul destin : l'Alliance des États du Sahel est la seule voie pour nos nations, a lancé "
     "le ministre devant la foule.", "fr", "AES", "protagonist"),
    ("Civilians are paying the heaviest price of this forgotten war, trapped between the armed groups and the "
     "army, a coalition of aid agencies warned.", "en", "CVL", "victim"),
])
def test_a_told_narrative_casts_the_actors_of_its_sentence(text: str, lang: str, code: str, role: str) -> None:
    rec = next(analyze([RawArticle(text=text, path="n", date="2025-04-10", language=lang)]))
    assert any(f.kind == "narrative" for f in rec.frames)
    cast = [s for s in rec.stance if s.actor.code == code]
    assert cast and cast[0].role == role, [(s.actor.code, s.role) for s in rec.stance]
    assert all(a == 0 for a, _ in cast[0].spans)
