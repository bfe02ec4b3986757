"""Speakers the dev half of quote batch 14 and the open dev cases showed were missed (real models): "she" after a
man with no shown gender and a woman whose given name shows hers, a title of one state that is not the named
holder of the same title in another state, and an outlet's name with its noun set beside it (« Le Sahélien, hebdomadaire satirique de Niamey, titre »). Every
sentence was written for this file; none is in the gold set, and each case failed before the mechanism it tests
was added."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import pytest

from newsgraph.evaluation import spec_matches
from newsgraph.framing.quote_lexicon import first_name_genders
from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]

CASES = [
    # "she" is the woman whose given name shows her gender, named after a man who spoke but whose gender the text
    # never showed
    ("en", "\"We will build the road ourselves.\" The line drew applause in Bamako on Friday. Its author was Mali's "
           "prime minister, who spoke after Burkina Faso's transport minister, Salamata Ouédraogo. She had told the "
           "audience that her country would pay \"its full share of the works\".", "its full share of the works",
     {"country": "BFA"}),
    # and the title of one state is not the holder of the same title named after it in another state (this case
    # passed before only because "she" was then taken for the prime minister; it fails with the first mechanism
    # alone)
    ("en", "\"We will build the road ourselves.\" The line drew applause in Bamako on Friday. Its author was Mali's "
           "prime minister, who spoke after Burkina Faso's transport minister, Salamata Ouédraogo. She had told the "
           "audience that her country would pay \"its full share of the works\".", "We will build the road",
     {"country": "MLI"}),
    # an outlet's name with its noun set beside it without an article is the outlet, not the state of its town
    ("fr", "Au lendemain du sommet, Le Flambeau, hebdomadaire indépendant de Bamako, titre « Et maintenant, la "
           "monnaie ? ».", "Et maintenant, la monnaie", {"name": ["Le Flambeau"]}),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words", "spec"), CASES)
def test_speakers_of_batch_fourteen_mechanisms(lang: str, text: str, words: str, spec: dict[str, object],
                                               quote_in: QuoteIn) -> None:
    q = quote_in(text, lang, words)
    got = asdict(q.speaker) if q.speaker else None
    assert spec_matches(spec, got), f"{words!r}: got {got}"


def test_given_names_carry_their_gender_whatever_the_accents() -> None:
    genders = first_name_genders()
    assert genders["rasmata"] == "F" and genders["aissata"] == "F"   # (folded: « Aïssata »)
    assert genders["moussa"] == "M"
    assert "kadi" not in genders   # a name given to both is left out
