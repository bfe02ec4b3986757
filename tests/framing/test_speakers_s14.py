"""Speaker constructions that quote batches 17 to 19 (dev halves) showed the code missing (real models). Every
sentence was written for this file; none is in the gold set, and each case failed before the mechanism it tests was
added."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]


@pytest.mark.models
@pytest.mark.parametrize("text", [
    # the parser hangs « lancé » on the quoted « il n'y a » and reads « a-t-il » as part of the quote's clause
    "À Dakar, le président de la Commission de l'UEMOA a mis en garde contre « la tentation du repli » des États "
    "membres. « Hors de l'Union, il n'y a que la cherté et la pénurie », a-t-il lancé.",
    "Le ministre de l'Énergie a parlé jeudi. « Sans le barrage, il n'y a que le noir et la chaleur », a-t-il lancé.",
])
def test_an_inverted_incise_after_the_marks_is_read_whatever_the_parse(quote_in: QuoteIn, text: str) -> None:
    q = quote_in(text, "fr", "il n'y a que")
    assert q.speaker is not None, "« a-t-il lancé » points back at the speaker named before"
    assert q.cue == "lancé"
