"""A surname shared with a public figure, and a country before 's, on real parses (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from newsgraph.actors.gazetteer import gazetteer
from newsgraph.actors.resolve import resolve
from newsgraph.nlp import parse

pytestmark = pytest.mark.models


def _mentions(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = parse(text, lang)
    return [(doc.text[m.char_start:m.char_end], m.type, m.actor.name) for m in resolve(doc, gazetteer())]


def test_a_surname_after_another_given_name_is_not_the_public_figure() -> None:
    """The small French model tags « Mariam » as a common noun at the start of a sentence; it is still the given
    name of a Mariam Ouattara who is not Alassane Ouattara."""
    got = _mentions("Mariam Ouattara, présidente de l'Association des femmes rurales de Bouaké, a dénoncé « un "
                    "abandon total ».", "fr")
    assert not any("Alassane" in name for _, _, name in got), got
    assert any(text == "Mariam Ouattara" and kind == "person" for text, kind, _ in got), got


def test_the_surname_alone_is_still_the_public_figure() -> None:
    got = _mentions("Le président Ouattara a reçu lundi les maires de la région de Bouaké.", "fr")
    assert any("Alassane" in name for _, _, name in got), got


def test_a_country_before_s_is_not_a_person() -> None:
    """"Mali's Aminata Dicko": the model may tag Mali as a person; Mali gives her its country and stays a
    country."""
    doc = parse("Mali's Aminata Dicko, a nurse in Mopti, said the clinic had closed.", "en")
    ms = resolve(doc, gazetteer())
    mali = [m for m in ms if doc.text[m.char_start:m.char_end] == "Mali"]
    assert mali and all(m.type != "person" for m in mali), [(m.type, m.actor.name) for m in ms]
    dicko = [m for m in ms if m.type == "person" and "Dicko" in m.actor.name]
    assert dicko and dicko[0].actor.country == "MLI"
