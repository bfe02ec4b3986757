"""What the coder leaves out rather than half-codes: an act always done to someone, told with no one it is done to.
Original sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.models import Record

pytestmark = pytest.mark.models

Coder = Callable[..., Record]
Codes = Callable[..., set[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement a salué jeudi une décision « historique ».", "fr"),
    ("Kenya's ruling party welcomed the ruling on Tuesday.", "en"),
])
def test_a_reaction_with_no_one_it_is_aimed_at_is_not_half_coded(
        code: Coder, coded: Codes, text: str, lang: str) -> None:
    # (before, each gave a praise (05) aimed at no one)
    assert coded(code(text, lang), roots=True) == set()


def test_the_same_reaction_aimed_at_someone_is_coded(code: Coder, coded: Codes) -> None:
    # (the control: what is dropped above is the missing side, not the act)
    rec = code("Ouagadougou a dénoncé mardi les propos du ministre français.", "fr")
    assert ("BFA", "FRA", "11") in coded(rec, roots=True)
    rec = code("Kenya's ruling party welcomed the decision by Uganda to reopen the border on Tuesday.", "en")
    assert any(r == "05" and t == "UGA" for s, t, r in coded(rec, roots=True))


@pytest.mark.parametrize(("text", "lang"), [
    ("Hanna Tetlow, the African Union Peace and Security Commissioner, condemned the attack on Menaka.", "en"),
    ("Le gouvernement burkinabè a condamné « avec la plus grande fermeté » l'attaque de Barsalogho.", "fr"),
])
def test_condemning_an_attack_whose_doer_no_one_names_is_still_coded(
        code: Coder, coded: Codes, text: str, lang: str) -> None:
    rec = code(text, lang)
    assert any(r == "11" and t is None for s, t, r in coded(rec, roots=True))


def test_statements_threats_and_force_posture_keep_an_unnamed_other_side(code: Coder, coded: Codes) -> None:
    rec = code("Mali and Burkina Faso warned on Monday that any military intervention in Niger would be considered a "
               "declaration of war against them.", "en")
    assert {("MLI", None, "13"), ("BFA", None, "13")} <= coded(rec, roots=True)
    rec = code("Le Niger a placé jeudi ses forces armées en état d'alerte maximale.", "fr")
    assert any(s == "NER" and r == "15" for s, t, r in coded(rec, roots=True))


def test_a_compound_past_the_parser_reads_as_a_future_is_no_intention(code: Coder) -> None:
    # the small French model gives « démenti » after « a » the morphology of a future; a past participle with its
    # auxiliary is done, not intended
    rec = code("Ouagadougou a démenti mardi les accusations portées par la France contre ses forces.", "fr")
    assert [e.modality for e in rec.events if e.source and e.source.country == "BFA"] == ["asserted"]
    assert not [e for e in rec.events if e.root == "03"]


def test_demands_made_of_no_one_in_particular_are_coded(code: Coder, coded: Codes) -> None:
    rec = code("The opposition leader demanded immediate elections on Monday.", "en")
    assert any(r == "10" and t is None for s, t, r in coded(rec, roots=True))


def test_an_agreement_not_reached_is_no_agreement(code: Coder, coded: Codes) -> None:
    # (a guard: the negation keeps the cooperative act out)
    rec = code("Les Palestiniens et les Israéliens ne sont pas parvenus dimanche à un accord, malgré des heures de "
               "négociations.", "fr")
    assert not [r for s, t, r in coded(rec, roots=True) if r in ("05", "06")]


def test_a_cooperative_act_on_what_two_doers_share_is_done_between_them(code: Coder, coded: Codes) -> None:
    rec = code("Czechia and Albania have upgraded their diplomatic ties to ambassadorial level.", "en")
    got = coded(rec, roots=True)
    assert {frozenset((s, t)) for s, t, r in got if r == "05"} == {frozenset(("CZE", "ALB"))}


@pytest.mark.parametrize("text", [
    "Russia and Turkey delivered their first combat drones last month.",
    "France and Germany stepped up their humanitarian aid on Monday.",
])
def test_aid_the_doers_give_together_is_not_given_to_each_other(code: Coder, coded: Codes, text: str) -> None:
    rec = code(text, "en")
    got = coded(rec, roots=True)
    assert not [(s, t) for s, t, r in got if s and t and {s, t} <= {"RUS", "TUR", "FRA", "DEU"}]
