"""Actors whose identity depends on the words around them: militias tied to the state, a backer that is not the
backed group's country, seats of government and periphrases named for their country, and an acronym that two
countries' bodies share, read by the countries the text names."""

from __future__ import annotations

import pytest
from actor_spans import codes as _codes
from actor_spans import mentions as _spans

pytestmark = pytest.mark.models


def test_pro_government_militias_are_the_states_military() -> None:
    got = _codes("Residents said pro-government militias burned two hamlets near Djibo on Sunday.", "en")
    assert got.get("militias") == "MIL" and "government" not in got   # no country here: the coder gives the place's
    assert "MLIMIL" in _codes("Malian pro-government militias were accused of killing herders.", "en").values()
    fr = _codes("Des milices progouvernementales ont incendié des greniers près de Bankass.", "fr")
    assert fr.get("milices") == "MIL"
    fr2 = _codes("Les supplétifs de l'armée burkinabè ont été déployés autour de Djibo.", "fr")
    assert fr2.get("supplétifs") == "BFAMIL"
    # militias with no tie to the state stay unnamed armed men
    assert _codes("Militias attacked the convoy near Djibo.", "en").get("Militias") == "UAG"


def test_a_backer_is_not_the_country_of_those_it_backs() -> None:
    got = _spans("Rwanda-backed rebels advanced towards Uvira on Thursday.", "en")
    assert not any(m.actor.country == "RWA" for _, m in got)
    assert [m.actor.kind for span, m in got if span.endswith("rebels")] == ["UAG"]   # unnamed (GUIDE rule 12)
    got2 = _spans("Russian-backed separatists shelled the town overnight.", "en")
    assert not any(m.actor.country == "RUS" for _, m in got2)
    fr = _spans("Les rebelles pro-rwandais ont repris Walikale mercredi.", "fr")
    assert not any(m.actor.country == "RWA" for _, m in fr)
    # a named group keeps its own identity and the backer is no actor of the sentence
    got3 = _codes("Iran-backed Houthis fired two missiles at a tanker.", "en")
    assert "HOUTHIS" in got3.values() and not any(c and c.startswith("IRN") for c in got3.values())
    # "-led" still names who leads: a coalition led by a state is that state's
    assert any(c and c.startswith("SAU") for c in _codes("A Saudi-led coalition struck the port.", "en").values())


def test_seats_of_government_and_periphrases_name_their_country() -> None:
    assert _codes("Downing Street said the talks would resume on Monday.", "en").get("Downing Street") == "GBRGOV"
    fr = _spans("L'Élysée a salué la décision du royaume chérifien, que l'Hexagone soutient depuis 2024.", "fr")
    countries = {m.actor.country for _, m in fr}
    assert {"FRA", "MAR"} <= countries
    fr2 = _codes("La présidence française a remercié le souverain chérifien pour son soutien.", "fr")
    assert fr2.get("souverain chérifien") == "MARGOV"
    fr3 = _codes("La diplomatie hexagonale a convoqué l'ambassadeur.", "fr")
    assert fr3.get("diplomatie hexagonale") == "FRAGOV"


def test_an_acronym_two_countries_share_is_read_by_the_countries_named() -> None:
    army = _codes("L'ANP a abattu un drone armé près de Tamanrasset, a indiqué le ministère algérien de la Défense.",
                  "fr")
    assert army.get("ANP") == "DZAMIL"
    agency = _codes("Selon l'ANP, des hommes armés ont attaqué un marché près de Tillabéri.", "fr")
    assert agency.get("ANP") == "NERMED"
    # the countries of the whole article count when the sentence names none
    two = _spans("Le gouvernement nigérien a suspendu la chaîne. L'ANP a diffusé le communiqué.", "fr")
    assert [m.actor.code for span, m in two if span == "ANP"] == ["NERMED"]
    guinea = _codes("À Conakry, le CNT a adopté mardi le projet de Constitution.", "fr")
    assert guinea.get("CNT") == "GINGOV"
    mali = _codes("Au Mali, le Conseil national de la transition a voté jeudi la loi de finances.", "fr")
    assert mali.get("Conseil national de la transition") == "MLIGOV"
    sudan = _codes("The RSF shelled the outskirts of El Fasher, the Sudanese army said.", "en")
    assert sudan.get("RSF") == "SDNREB"
    press = _codes("RSF said two journalists were detained in Bamako.", "en")
    assert press.get("RSF") == "RSF"
