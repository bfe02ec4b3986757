"""Actor gaps found on the session-9 dev misses: a surname alone after the full name spelt differently from the
dictionary, an official the dictionaries lack described beside a comma or titled in a sentence that names one
state, gangs and their names, and a capital seen from above as a place."""

from __future__ import annotations

import pytest
from actor_spans import codes as _codes
from actor_spans import mentions as _spans

pytestmark = pytest.mark.models


def test_a_surname_alone_is_the_person_named_in_full_before() -> None:
    # the text spells the name "Zelenskiy", the dictionary "Zelenskyy": the surname still points back
    got = _spans("Ukrainian President Volodymyr Zelenskiy met donors in Rome on Monday. Two days later the "
                 "prime minister of Italy praised Zelenskiy for his courage.", "en")
    alone = [m for span, m in got if span == "Zelenskiy"]
    assert alone and alone[0].actor.code == "UKRGOV"
    fr = _spans("Le président ukrainien Volodymyr Zelenskiy a rencontré des donateurs lundi. Le chancelier allemand "
                "a ensuite reçu Zelenskiy à Berlin.", "fr")
    assert [m.actor.code for span, m in fr if span == "Zelenskiy"] == ["UKRGOV"]


def test_an_unknown_official_takes_the_state_of_the_description_beside_them() -> None:
    fr = _codes("L'accord a été signé par le ministre brésilien de l'Agriculture, Carlos Fávaro Neto, et par "
                "son homologue.", "fr")
    assert fr.get("Carlos Fávaro Neto") == "BRAGOV"
    fr2 = _codes("La Première ministre du Bangladesh a quitté Dacca. Le chef de l'armée, le général Rahimul Sarwar, "
                 "a promis des élections.", "fr")
    assert fr2.get("Rahimul Sarwar") == "BGDMIL"
    en = _codes("Kenya expelled a senior diplomat. Marta Oyelaran, the UN humanitarian coordinator, was told to "
                "leave within two days.", "en")
    assert en.get("Marta Oyelaran") == "UN"
    # a setting before the comma is no description
    assert _codes("Au Mali, Oumar Kanté Diallo a ouvert une boulangerie.", "fr").get("Oumar Kanté Diallo") is None


def test_a_titled_official_serves_the_one_state_the_sentence_names() -> None:
    got = _codes("Norway sent two more patrol boats to Ghana, Fisheries Minister Sindre Holmvik said during a "
                 "visit to Accra.", "en")
    assert got.get("Sindre Holmvik") == "NORGOV"
    # two states named: no guess
    two = _codes("Norway and Sweden signed the accord, Fisheries Minister Sindre Holmvik said.", "en")
    assert two.get("Sindre Holmvik") in (None, "GOV")


def test_gangs_and_the_names_they_go_by() -> None:
    fr = _codes("Washington a sanctionné la coalition de gangs Kraze Baryè et le gang Ti Makak Grif vendredi.", "fr")
    assert fr.get("Kraze Baryè") == "UAG"
    assert any(span.startswith("Ti Makak") and code == "UAG" for span, code in fr.items())
    en = _codes("Police said the shipment had been run by the Hijos de Lerma gang, which controls the port.", "en")
    assert en.get("Hijos de Lerma") == "UAG"
    assert _codes("Gangs torched a police station in Mirebalais overnight.", "en").get("Gangs") == "UAG"


def test_a_capital_seen_from_above_is_a_place() -> None:
    got = _codes("Armed men attacked a hamlet in the hills above Port-au-Prince on Friday.", "en")
    assert "Port-au-Prince" not in got
