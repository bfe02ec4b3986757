"""Speaker constructions the dev half of quote batch 17 showed were missed (real models): verbs of fear and doubt
that report an opinion (« on redoute », « redoutent que », "doubt that"), irregular French forms the lemmatiser
leaves as they are (« a-t-il promis », « écrivent les signataires »), a text whose authors are a group no resolver
names (« Une dizaine de partis dissous ont adressé une lettre », "Several dissolved parties sent a letter"), a
participle set between commas after the subject (« Le ministre ..., invité du journal, a affirmé »), « ce
dernier » after a named person whose epicene title the tagger took for a feminine one (« l'économiste X »), "the
company" that the actor resolver pointed at a body named inside what another body of its sector said, and a
canton chief. Every sentence was written for this file; none is in the gold set, and each case failed before the
mechanism it tests was added."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import pytest

from newsgraph.evaluation import spec_matches
from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]

CASES = [
    # a verb of fear reports an opinion; « Chez X, on » speaks for the side named
    ("fr", "Le prix du ciment a encore augmenté à Ouagadougou. Chez les transporteurs, on redoute « une hausse des "
     "tarifs » avant la fin du mois.", "une hausse des tarifs", {"kind": "BUS"}),
    ("fr", "Le prix du ciment a encore augmenté à Ouagadougou. Chez les commerçants, on craint « une saison "
     "perdue ».", "une saison perdue", {"kind": "CVL"}),
    # an irregular participle after an inverted pronoun is the verb of speech
    ("fr", "Le préfet de Dori s'est rendu sur les lieux mardi. « Les coupables seront punis », a-t-il promis.",
     "Les coupables seront punis", {"country": "BFA"}),
    # an irregular present set after the quote, and a letter whose authors no resolver names
    ("fr", "Une dizaine de partis dissous ont adressé lundi une lettre ouverte au président de la transition "
     "malienne pour réclamer la restitution de leurs sièges. « La dissolution des partis n'a aucune base légale », "
     "écrivent les signataires.", "La dissolution des partis", {"kind": "OPP"}),
    ("en", "Several dissolved parties sent an open letter to Mali's transitional president on Monday. \"The "
           "dissolution has no legal basis,\" the signatories wrote. The letter also denounced \"a witch hunt\" "
           "against their members.", "a witch hunt", {"kind": "OPP"}),
    # a participle between commas that the parser made the verb of the subject
    ("fr", "Le ministre de la Défense, invité du journal, a affirmé que « chaque Malien est un soldat ».",
     "chaque Malien est un soldat", {"country": "MLI"}),
    # « ce dernier » is the man named last; « l'économiste » has one form for both genders
    ("fr", "Le gouvernement nigérien a annoncé une nouvelle taxe. Aux yeux de l'économiste Abdoulkarim Sanda, la "
     "mesure est « mal calibrée ». Ce dernier rappelle que les recettes ont baissé.", "les recettes ont baissé",
     {"name": ["Abdoulkarim Sanda"]}),
    # "the company" is the body that spoke, not the one named inside what it said
    ("en", "Orano, the French nuclear fuel company, said on Friday it had started arbitration over its Nigerien "
           "unit Somaïr. According to the company, the mine's output has stopped since June.",
     "the mine's output has stopped", {"name": ["Orano"]}),
    # a canton chief is a notable
    ("fr", "Les pluies ont emporté la digue de Mao et une centaine de cases, selon le chef de canton.",
     "Les pluies ont emporté la digue", {"kind": "CVL"}),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words", "spec"), CASES)
def test_speaker_constructions(lang: str, text: str, words: str, spec: dict[str, object], quote_in: QuoteIn) -> None:
    q = quote_in(text, lang, words)
    got = asdict(q.speaker) if q.speaker else None
    assert spec_matches(spec, got), f"{words!r}: got {got}"


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "Des sources humanitaires redoutent que les pluies ne coupent la route de Djibo.",
     "les pluies ne coupent la route"),
    ("en", "The two capitals have exchanged protests since March. Analysts in Dakar doubt that either side will "
           "back down before the summit.", "either side will back down"),
])
def test_fear_and_doubt_report_an_opinion_of_nobody_in_particular(lang: str, text: str, words: str,
                                                                  quote_in: QuoteIn) -> None:
    assert quote_in(text, lang, words).speaker is None
