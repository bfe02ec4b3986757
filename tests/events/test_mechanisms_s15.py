"""Mechanisms of session 15: a verb whose object the parser misplaced still sees it ("signed the minerals deal" with
"deal" read as a verb, « ont signé mercredi à Washington l'accord » with « accord » hung on the city). Original
sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.models import Record

Coder = Callable[..., Record]
Codes = Callable[..., set[tuple[str | None, str | None, str]]]


@pytest.mark.models
@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Mali and Russia signed the minerals deal on Wednesday.", "en", {"MLI", "RUS"}),
    ("Les États-Unis et l'Ukraine ont signé mercredi à Washington l'accord sur les ressources minérales.", "fr",
     {"USA", "UKR"}),
])
def test_an_agreement_the_parser_misattached_is_still_signed(code: Coder, coded: Codes, text: str, lang: str,
                                                              pair: set[str]) -> None:
    got = coded(code(text, lang))
    assert any(c == "057" and {s, t} == pair for s, t, c in got), got
