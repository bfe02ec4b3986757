"""Speaker constructions that quote batch 20 (dev half) showed the code missing (real models). Every sentence was
written for this file; none is in the gold set, and each case failed before the mechanism it tests was added."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]


@pytest.mark.models
@pytest.mark.parametrize(("text", "lang", "words", "name"), [
    ("Excerpts from our interview with Aïcha Diallo, an agronomist at the University of Ségou. Q: Will the harvest "
     "be late? A: \"By three weeks at least, and the rains are not over.\"", "en", "By three weeks", "Aïcha Diallo"),
    ("Extraits de notre entretien avec Boubacar Maïga, économiste à Bamako. Question : l'inflation va-t-elle "
     "ralentir ? R : « Pas avant la fin de la saison des pluies. »", "fr", "Pas avant la fin", "Boubacar Maïga"),
])
def test_an_answer_after_an_interview_label_is_the_interviewee_s(quote_in: QuoteIn, text: str, lang: str,
                                                                words: str, name: str) -> None:
    q = quote_in(text, lang, words)
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.models
def test_a_capital_after_depuis_is_where_the_interviewee_speaks_from(quote_in: QuoteIn) -> None:
    text = ("L'opposant guinéen Mamadou Bah, dont le parti a été suspendu, a répondu à nos questions depuis Dakar. "
            "Comptez-vous rentrer ? « Quand la transition aura rendu le pouvoir aux civils. »")
    q = quote_in(text, "fr", "Quand la transition")
    assert q.speaker is not None and q.speaker.name == "Mamadou Bah", "« depuis Dakar » is a place, not Senegal"
