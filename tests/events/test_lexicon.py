"""The coder's data files load and validate; the shipped CAMEO table is the reference one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events import lexicon

SHARED_CAMEO = Path(__file__).resolve().parents[3] / "shared" / "reference" / "cameo.tsv"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_lexicons_load_and_cover_every_root(language: str) -> None:
    verbs = lexicon.verbs(language)
    nouns = lexicon.nouns(language)
    roots = {e.code[:2] for entries in verbs.values() for e in entries if e.code != "light"}
    roots |= {e.code[:2] for entries in nouns.values() for e in entries}
    assert {f"{r:02d}" for r in range(1, 21)} <= roots
    assert sum(len(v) for v in verbs.values()) > 500
    assert sum(len(v) for v in nouns.values()) > 150


def test_every_code_has_its_reference_values() -> None:
    table = lexicon.cameo()
    assert table["043"].name == "Host a visit" and table["043"].goldstein == 2.8 and table["043"].quad_class == 1
    assert table["161"].plover == "SANCTION"
    assert lexicon.code_info("04321").code == "043"  # an unknown sub-code falls back to its parent


def test_shipped_table_matches_the_shared_reference() -> None:
    if not SHARED_CAMEO.exists():
        pytest.skip("../shared is not beside the project")
    shipped = (Path(lexicon.__file__).parent / "data" / "cameo.tsv").read_text(encoding="utf-8")
    assert shipped == SHARED_CAMEO.read_text(encoding="utf-8")


def test_modality_cues_exist_for_both_languages() -> None:
    for language in ("en", "fr"):
        cues = lexicon.cues(language)
        for key in ("intention_cooperative", "intention_hostile", "negation", "reporting", "hypothetical_aux"):
            assert key in cues
