"""Actor gaps the session-9 dev misses left after the first round: adjectives that stand for an international
body (« le rapport onusien », "European foreign ministers"), the two Koreas named by their halves, the
paramilitaries of a Sudan text, and titled officials with a nationality in sentences naming several states."""

from __future__ import annotations

import pytest
from actor_spans import codes as _codes

pytestmark = pytest.mark.models


def test_an_adjective_of_a_body_names_the_body_on_a_document_or_a_mission() -> None:
    got = _codes("Bamako a rejeté en bloc samedi les conclusions du rapport onusien sur les événements de Moura.", "fr")
    assert got.get("onusien") == "UN"
    mission = _codes("Une mission onusienne est arrivée mardi à Bangui.", "fr")
    assert mission.get("onusienne") == "UN"


def test_an_adjective_of_a_body_on_people_is_the_body() -> None:
    fr = _codes("Les ministres européens des Affaires étrangères ont menacé lundi d'adopter des sanctions contre "
                "les membres de la junte guinéenne.", "fr")
    assert fr.get("ministres européens") == "EU"
    en = _codes("European foreign ministers agreed on Tuesday to lift sanctions on Syria.", "en")
    assert en.get("European foreign ministers") == "EU"
    blue = _codes("Les casques bleus onusiens ont quitté Gao jeudi.", "fr")
    assert blue.get("casques bleus onusiens") == "UN"


def test_a_region_adjective_is_no_bloc_outside_its_offices() -> None:
    got = _codes("European countries pledged more aid to Niger.", "en")
    assert "EU" not in got.values()
    fr = _codes("Plusieurs pays européens ont promis une aide au Niger.", "fr")
    assert "EU" not in fr.values()


def test_the_halves_of_korea_once_both_are_named() -> None:
    got = _codes("North Korea blew up sections of two roads linking it to South Korea on Tuesday, South Korea's "
                 "military said. The South's army fired warning shots in response.", "en")
    assert got.get("South's army") == "KORMIL"
    fr = _codes("La Corée du Sud a accusé jeudi la Corée du Nord d'avoir lancé un missile. Le Nord a démenti.", "fr")
    assert fr.get("Nord") == "PRK"
    # one Korea named: "the North" may be anything
    assert "North" not in _codes("South Korea said the North fired a missile into the sea.", "en")


def test_the_paramilitaries_of_a_sudan_text_are_the_rsf() -> None:
    fr = _codes("Le chef de l'armée soudanaise a juré de venger les habitants de la ville, où les paramilitaires sont "
                "accusés d'avoir exécuté des centaines de civils.", "fr")
    assert fr.get("paramilitaires") == "SDNREB"
    en = _codes("The Sudanese army said the paramilitaries shelled El Fasher overnight.", "en")
    assert en.get("paramilitaries") == "SDNREB"
    # elsewhere the paramilitaries are someone else's
    assert "paramilitaries" not in _codes("In Colombia, the paramilitaries disarmed in 2006.", "en")


def test_a_titled_official_keeps_the_state_of_the_title_in_a_sentence_naming_several() -> None:
    fr = _codes("Le ministre malaisien des Affaires étrangères Darusman Hakimi a reçu ses homologues thaïlandais et "
                "cambodgien.", "fr")
    assert fr.get("Darusman Hakimi") == "MYSGOV"
    en = _codes("Thailand and Cambodia signed the deal, said Foreign Minister of Malaysia Darusman Hakimi.", "en")
    assert en.get("Darusman Hakimi") == "MYSGOV"
    # a verb between: the name is no holder of the title
    other = _codes("Le ministre malaisien des Affaires étrangères a reçu Darusman Hakimi à Bangkok.", "fr")
    assert other.get("Darusman Hakimi") != "MYSGOV"
