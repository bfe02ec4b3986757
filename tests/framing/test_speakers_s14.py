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


@pytest.mark.models
def test_a_pronoun_incise_stands_for_whom_the_colon_clause_names(quote_in: QuoteIn) -> None:
    # someone else spoke in the sentence before; the clause before the colon names the new speaker
    text = ("Depuis Abidjan, où il vit en exil, l'ancien député Ousmane Traoré a dénoncé « une mascarade électorale ». "
            "À Ouagadougou, un membre de l'Assemblée législative de transition balaie ces accusations : « Ceux qui "
            "fuient le pays ne le connaissent plus », a-t-il lancé.")
    q = quote_in(text, "fr", "Ceux qui fuient le pays")
    assert q.speaker is not None and q.speaker.code == "BFAGOV"
