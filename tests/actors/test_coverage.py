"""Actors that unseen news names resolve from the shipped dictionaries, in English and French:
armed groups of the Sahel and beyond, regional bodies, UN agencies and missions, officials."""

from __future__ import annotations

import pytest

from newsgraph.actors.gazetteer import gazetteer
from newsgraph.actors.resolve import resolve
from newsgraph.nlp import parse

pytestmark = pytest.mark.models


def _codes(text: str, lang: str) -> dict[str, str | None]:
    doc = parse(text, lang)
    return {doc.text[m.char_start:m.char_end]: m.actor.code for m in resolve(doc, gazetteer())
            if m.type != "adjective"}


def test_armed_groups_in_english() -> None:
    got = _codes("Fighters of Hayat Tahrir al-Sham and of Islamic State's Sahel branch were named in the report, "
                 "while GATIA and the Movement for the Salvation of Azawad said Ansaru had no role.", "en")
    assert got.get("Hayat Tahrir al-Sham") == "HTS"
    assert "ISSP" in got.values()
    assert got.get("GATIA") == "MLIREB" and got.get("Movement for the Salvation of Azawad") == "MLIREB"
    assert got.get("Ansaru") == "ANSARU"


def test_armed_groups_in_french() -> None:
    got = _codes("Selon le rapport, la province du Sahel de l'État islamique et Hayat Tahrir al-Cham ont recruté, "
                 "tandis que le Mouvement arabe de l'Azawad accusait les milices Koglweogo.", "fr")
    assert "ISSP" in got.values()
    assert got.get("Hayat Tahrir al-Cham") == "HTS"
    assert got.get("Mouvement arabe de l'Azawad") == "MLIREB"
    assert "BFAUAG" in got.values()


def test_regional_bodies_and_un_agencies() -> None:
    en = _codes("The Liptako-Gourma Authority, IGAD and the UN nuclear watchdog met UNFPA officials in Niamey.", "en")
    assert {"LIPTAKO_GOURMA", "IGAD", "IAEA", "UNFPA"} <= set(en.values())
    fr = _codes("L'Autorité du Liptako-Gourma, la SADC, l'AIEA et la Finul ont salué Amnistie internationale.",
                "fr")
    assert {"LIPTAKO_GOURMA", "SADC", "IAEA", "UNIFIL", "AMNESTY"} <= set(fr.values())


def test_officials_act_for_their_body_or_country() -> None:
    en = _codes("Rafael Grossi and Sergei Naryshkin spoke after Amina Mohammed arrived.", "en")
    assert en.get("Rafael Grossi") == "IAEA" and en.get("Sergei Naryshkin") == "RUSGOV"
    assert en.get("Amina Mohammed") == "UN"
    fr = _codes("Agnès Callamard a rencontré Alkassoum Indattou puis Daoud Aly Mohammedine à Bamako.", "fr")
    assert fr.get("Agnès Callamard") == "AMNESTY"
    assert fr.get("Alkassoum Indattou") == "NERGOV" and fr.get("Daoud Aly Mohammedine") == "MLIGOV"
