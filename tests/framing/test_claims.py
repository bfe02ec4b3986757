"""Claims: the speaker, the clause and the actors it is about with their polarity (real models)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.framing.claims import load_lexicon, same_actor, score_claims_records
from newsgraph.ingest.readers import RawArticle, read_file
from newsgraph.models import Actor, Claim, Record
from newsgraph.pipeline import analyze

TEXTS = {
    "fr_reported": "La Russie a toujours été aux côtés du peuple malien, a déclaré le ministre malien des Affaires "
                   "étrangères, Abdoulaye Diop.",
    "fr_negated": "Selon le ministre malien des Affaires étrangères, la Turquie est un partenaire fiable. Selon le "
                  "même ministre, la France n'a jamais été un partenaire fiable.",
    "en_neutral": "Mali's foreign minister met his Russian counterpart in Moscow on Tuesday. The two ministers "
                  "discussed trade and security, the ministry said in a statement.",
    "fr_neutral": "Le ministre nigérien du Pétrole a rencontré jeudi à Niamey l'ambassadeur de Chine, a indiqué un "
                  "communiqué du gouvernement.",
    "en_armed_help": "The junta accused France of supporting terrorist groups in the north of the country.",
    "en_praise": "ECOWAS praised Senegal for the peaceful conduct of its presidential election.",
}


@pytest.fixture(scope="module")
def records() -> dict[str, Record]:
    lang = {k: k[:2] for k in TEXTS}
    raws = [RawArticle(text=t, path=k, date="2025-04-10", language=lang[k]) for k, t in TEXTS.items()]
    return {r.path or "": r for r in analyze(raws)}


def _about(claims: list[Claim], code_or_country: str) -> list[tuple[Claim, int]]:
    return [(c, p) for c in claims for a, p in c.about if code_or_country in (a.code, a.country)]


@pytest.mark.models
def test_the_seed_claims(seed_dir: Path) -> None:
    art = read_file(str(next(seed_dir.glob("*.txt")))).articles[0]
    rec = next(analyze([art]))
    russia = [(c, p) for c, p in _about(rec.claims, "RUS") if "Russia has stood alongside the region" in c.text]
    assert russia, [c.text for c in rec.claims]
    claim, pol = russia[0]
    assert pol == 1 and claim.speaker is not None and claim.speaker.code == "SSCN"
    assert "hostile" not in claim.text and len(claim.text) < 120    # the clause, not the paragraph
    assert rec.text[claim.span[0]:claim.span[1]] == claim.text
    foreign = [(c, p) for c in rec.claims for a, p in c.about if a.id == "FOREIGN_POWERS"]
    assert foreign and all(p == -1 for _, p in foreign)
    c = foreign[0][0]
    assert "some foreign powers have been" in c.text and "indifferent or even hostile" in c.text
    assert c.speaker is not None and c.speaker.code == "SSCN"
    assert "stood alongside" not in c.text
    assert all(cl.coder and cl.coder.startswith("newsgraph-claims") and cl.sentence is not None for cl in rec.claims)


@pytest.mark.models
def test_french_reported_claim_has_its_speaker(records: dict[str, Record]) -> None:
    got = _about(records["fr_reported"].claims, "RUS")
    assert got and got[0][1] == 1
    assert got[0][0].speaker is not None and got[0][0].speaker.country == "MLI"
    assert "a déclaré" not in got[0][0].text


@pytest.mark.models
def test_negation_flips_polarity(records: dict[str, Record]) -> None:
    claims = records["fr_negated"].claims
    assert [p for _, p in _about(claims, "TUR")] == [1]
    assert [p for _, p in _about(claims, "FRA")] == [-1]


@pytest.mark.models
def test_neutral_wire_reports_give_no_polarised_claims(records: dict[str, Record]) -> None:
    for key in ("en_neutral", "fr_neutral"):
        assert all(p == 0 for c in records[key].claims for _, p in c.about), key


@pytest.mark.models
def test_help_to_armed_groups_is_no_praise(records: dict[str, Record]) -> None:
    got = _about(records["en_armed_help"].claims, "FRA")
    assert got and all(p == -1 for _, p in got)


@pytest.mark.models
def test_praise_is_the_praisers_claim(records: dict[str, Record]) -> None:
    got = _about(records["en_praise"].claims, "SEN")
    assert got and got[0][1] == 1
    assert got[0][0].speaker is not None and got[0][0].speaker.code == "ECOWAS"


def test_lexicons_load_in_both_languages() -> None:
    for lang in ("en", "fr"):
        lex = load_lexicon(lang)
        cues = [c for group in lex.cues.values() for c in group]
        assert {c.polarity for c in cues} == {1, -1}
        assert any(c.judges for c in cues) and any(len(c.words) > 1 for c in cues)
        assert lex.patient_nouns


def test_same_actor_joins_localised_sector_actors_only() -> None:
    villagers = Actor(id="---CVL", name="civilians", code="CVL", kind="CVL")
    niger_civilians = Actor(id="NERCVL", name="Niger (civilians)", code="NERCVL", country="NER", kind="CVL")
    foreign = Actor(id="FOREIGN_POWERS", name="foreign powers", code="FOREIGN", kind="GOV")
    governments = Actor(id="---GOV", name="government", code="GOV", kind="GOV")
    assert same_actor(villagers, niger_civilians) and same_actor(niger_civilians, villagers)
    assert not same_actor(foreign, governments)


def test_scoring_counts_polarity_speaker_and_stance() -> None:
    item = {"id": "x", "lang": "en", "text": "Mali said France was hostile. Rain fell.",
            "claims": [{"has": "France was hostile", "about": {"country": "FRA"}, "polarity": -1,
                        "speaker": {"country": "MLI"}},
                       {"has": "Rain fell", "about": {"country": "MLI"}, "polarity": 0}],
            "stance": [{"actor": {"country": "FRA"}, "role": "antagonist"},
                       {"actor": {"country": "MLI"}, "role": "protagonist"}]}
    france = {"id": "Q142", "name": "France", "code": "FRA", "country": "FRA", "kind": None, "aliases": []}
    mali = {"id": "Q912", "name": "Mali", "code": "MLI", "country": "MLI", "kind": None, "aliases": []}
    record = {"claims": [{"speaker": mali, "text": "France was hostile", "span": [10, 28],
                          "about": [{"actor": france, "polarity": -1}]}],
              "stance": [{"actor": france, "role": "antagonist"}, {"actor": mali, "role": "neutral"}]}
    got = score_claims_records([item], {"x": record})["en"]
    assert got["claim_polarity"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert got["claim_speaker"]["correct"] == 1
    assert got["stance_role"] == {"correct": 1, "total": 2, "accuracy": 0.5}
