"""Mechanisms of session 14: police clashing with a crowd when the place names their country; a border reached by
troops is a place, not the neighbour. Cases marked as guards held before and must keep holding. Original
sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.models import Record

Coder = Callable[..., Record]


def coded(rec: Record) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in rec.events if e.modality in ("asserted", "intended")}


@pytest.mark.models
@pytest.mark.parametrize(("text", "lang"), [
    ("Police clashed with protesters in Conakry on Thursday.", "en"),
    ("Des policiers se sont affrontés jeudi à des manifestants à Conakry.", "fr"),
])
def test_police_of_no_stated_country_clashing_with_a_crowd_repress_it(code: Coder, text: str, lang: str) -> None:
    # (before: 190 from the police to the crowd, because the police had no country until the place gave one)
    got = coded(code(text, lang, date="2025-03-20"))
    assert ("GIN", "GIN", "175") in got, got
    assert not any(c.startswith("19") for _, _, c in got)


@pytest.mark.models
@pytest.mark.parametrize(("text", "lang"), [
    ("L'armée malienne a déployé mardi des renforts à la frontière algérienne.", "fr"),
    ("The Malian army deployed reinforcements to the Algerian border on Tuesday.", "en"),
])
def test_troops_sent_to_a_border_have_no_target(code: Coder, text: str, lang: str) -> None:
    # (before: 154 against Algeria, read off the border's adjective)
    got = coded(code(text, lang, date="2025-04-03"))
    assert ("MLI", None, "154") in got, got
    assert not any(t == "DZA" for _, t, _ in got)


@pytest.mark.models
def test_closing_a_border_with_a_neighbour_still_targets_it(code: Coder) -> None:
    # (guard: a border « de » / "with" something in the object keeps its partner)
    got = coded(code("Le Niger a annoncé mercredi la fermeture de sa frontière avec le Bénin.", "fr", date="2025-04-03"))
    assert any(s == "NER" and t == "BEN" and c.startswith("16") for s, t, c in got), got
