"""Speaker constructions that quote batch 20 (dev half) showed the code missing (real models). Every sentence was
written for this file; none is in the gold set, and each case failed before the mechanism it tests was added, unless marked as a guard."""

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


@pytest.mark.models
@pytest.mark.parametrize(("text", "lang", "words", "country"), [
    ("Niger and Russia signed the accord on Tuesday. The plant, said Niger's energy minister at the ceremony in "
     "Moscow, will \"end the power cuts in Niamey for good\".", "en", "end the power cuts", "NER"),
    ("Le projet, a affirmé le ministre burkinabè de l'Énergie, « changera la vie des habitants de Kaya ».", "fr",
     "changera la vie", "BFA"),
])
def test_a_speech_verb_and_its_subject_between_commas_speak_the_quote_after(quote_in: QuoteIn, text: str, lang: str,
                                                                            words: str, country: str) -> None:
    q = quote_in(text, lang, words)
    assert q.speaker is not None and q.speaker.country == country


@pytest.mark.models
def test_an_inverted_incise_may_name_the_place_before_its_subject(quote_in: QuoteIn) -> None:
    text = ("« Nos ports restent ouverts », assure le ministre ivoirien des Transports, interrogé lundi à Abidjan. "
            "« Ouverts aux marchandises, fermés aux convois, oui », réplique depuis Bamako son homologue malien.")
    q = quote_in(text, "fr", "Ouverts aux marchandises")
    assert q.speaker is not None and q.speaker.country == "MLI"


@pytest.mark.models
def test_who_asked_between_commas_is_not_who_speaks(quote_in: QuoteIn) -> None:
    # guard: « interrogé par l'AMAP » names the agency that asked; the trader speaks
    text = "À Bamako, un commerçant du Grand Marché, interrogé par l'AMAP, salue « une décision courageuse »."
    q = quote_in(text, "fr", "une décision courageuse")
    assert q.speaker is None or q.speaker.kind != "MED"
