"""A surname shared with a public figure, and a country before 's, on real parses (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from newsgraph.actors.gazetteer import gazetteer
from newsgraph.actors.resolve import guess_kind, resolve
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


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The National Union of Cocoa Farmers said on Tuesday that the new export tax would ruin small growers.", "en",
     "National Union of Cocoa Farmers"),
    ("Hier, l'Union nationale des éleveurs du Niger a dénoncé la fermeture des marchés à bétail.", "fr",
     "Union nationale des éleveurs"),
    ("À Niamey, l'Union des transporteurs routiers a suspendu ses rotations vers Cotonou.", "fr",
     "Union des transporteurs routiers"),
])
def test_a_union_of_workers_is_a_labour_body_with_its_whole_name(text: str, lang: str, name: str) -> None:
    """A union of farmers, herders or drivers is a trade union (LAB), not a union of states, and "National" at
    the front of its name is part of the name, not the sector noun "nationals"."""
    doc = parse(text, lang)
    ms = resolve(doc, gazetteer())
    unions = [m for m in ms if name in m.actor.name]
    assert unions, [(m.type, m.actor.name, m.actor.kind) for m in ms]
    assert unions[0].actor.kind == "LAB" and doc.text[unions[0].char_start:].startswith(name.split()[0]), \
        [(m.type, m.actor.name, m.actor.kind) for m in ms]


def test_a_union_of_states_stays_intergovernmental() -> None:
    assert guess_kind("Union of Sahel States") == "IGO"
    assert guess_kind("Union des Républiques du Sahel") == "IGO"
    assert guess_kind("Syndicat des commerçants importateurs") == "LAB"
