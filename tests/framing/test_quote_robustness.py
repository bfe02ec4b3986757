"""Odd parses must not break the quote stage: a title and a name that each hang on the other."""

from __future__ import annotations

import os

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.pipeline import analyze

TEXTS = [
    ("fr", "La malnutrition aiguë touche désormais la moitié des enfants de la région, selon le rapport publié lundi "
           "par le Réseau de prévention des crises alimentaires (RPCA), une première depuis sa création."),
    ("fr", "La famine est confirmée dans le nord du pays, selon l'étude publiée jeudi par le Cadre harmonisé (CH), "
           "qui parle de conditions « catastrophiques »."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_name_and_its_title_hanging_on_each_other_do_not_loop(lang: str, text: str) -> None:
    assert os.environ.get("NEWSGRAPH_STRICT") == "1"   # (the suite raises stage errors instead of warning)
    rec = next(iter(analyze([RawArticle(path="x.txt", text=text, date="2025-08-23", language=lang)])))
    assert not rec.warnings
