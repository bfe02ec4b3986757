"""Where the coder's newer rules must stay silent: ordinary sentences that look like their constructions. Each
sentence once set a rule off wrongly. Original sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]


def test_a_that_clause_of_other_words_or_a_relative_is_not_what_an_appeal_asks_for(code: Coder) -> None:
    rec = code("The UN called for restraint, noting that soldiers had killed thirty civilians near Gao.", "en")
    assert [e.modality for e in rec.events if e.root == "18"] == ["asserted"]
    assert [e.target for e in rec.events if e.root == "02"] == [None]
    rec = code("The African Union called for respect of the ceasefire that Russia signed last year.", "en")
    assert [e.target for e in rec.events if e.root == "02"] == [None]


def test_who_confirms_or_reports_an_attack_did_not_carry_it_out(code: Coder) -> None:
    rec = code("The attack, reported by the Malian army, killed ten soldiers near Gao.", "en")
    assert [(e.source.code, e.target.country) for e in rec.events if e.root == "19" and e.source and e.target] == \
        [("UAG", "MLI")]
    assert not [e for e in code("L'attaque, confirmée par l'armée malienne, a fait dix morts.", "fr").events
                if e.source and e.source.country == "MLI"]


def test_a_minister_arriving_after_a_sentence_about_forces_is_a_visit(code: Coder) -> None:
    rec = code("After clashes between security forces and protesters, the French foreign minister arrived in Bamako "
               "on Monday.", "en")
    assert ("FRA", "042") in {(e.source.country, e.cameo) for e in rec.events if e.source}
    assert not [e for e in rec.events if e.cameo == "074"]


def test_the_actor_before_a_participle_is_never_taken_from_the_sentence_before(code: Coder) -> None:
    rec = code("Le ministre a rencontré Vladimir Poutine. Accusé par Bamako d'espionnage, le diplomate a été expulsé.",
               "fr")
    assert not [e for e in rec.events if e.root == "11" and e.target and e.target.country == "RUS"]


def test_a_bomber_aircraft_is_no_suicide_bomber_and_a_square_is_no_country(code: Coder) -> None:
    rec = code("A Russian bomber exploded over Syria on Monday, killing its crew.", "en")
    assert not [e for e in rec.events if e.cameo == "1831"]
    rec = code("Le gouvernement a donné 48 heures aux manifestants pour quitter la place de l'Indépendance.", "fr")
    assert not [e for e in rec.events if e.cameo == "174"]
