"""Intentions, wishes and readiness, and the partner a relative clause names. Original sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]


def test_a_pledge_of_money_in_financing_is_an_intended_aid(code: Coder) -> None:
    rec = code("Chinese President Xi Jinping pledged 360 billion yuan in financing to Africa over the next three "
               "years.", "en")
    assert [(e.source.country, e.cameo, e.modality) for e in rec.events if e.source] == [("CHN", "0331", "intended")]


def test_what_a_speaker_says_it_wishes_or_is_ready_to_do_is_intended(code: Coder) -> None:
    rec = code("Le chef de l'État nigérien a dit souhaiter une coopération « pragmatique » avec Accra dans la lutte "
               "contre le terrorisme.", "fr")
    assert [(e.root, e.target.country, e.modality) for e in rec.events if e.target] == [("03", "GHA", "intended")]
    rec = code("L'Ukraine s'est dite prête à accepter un cessez-le-feu de 30 jours avec la Russie.", "fr")
    assert [(e.root, e.modality) for e in rec.events] == [("03", "intended")]


def test_the_partner_of_a_relative_after_a_qui_is_its_antecedent(code: Coder) -> None:
    rec = code("Vladimir Poutine a reçu samedi le capitaine Ibrahim Traoré, à qui il a promis d'intensifier la "
               "coopération militaire.", "fr")
    assert ("RUS", "BFA", "03") in {(e.source.country, e.target.country, e.root) for e in rec.events
                                    if e.source and e.target}


def test_an_accusation_called_baseless_is_rejected_and_the_accused_named_before_the_participle(code: Coder) -> None:
    rec = code("Parmi les personnes interpellées figure un ressortissant français, accusé par Bamako de travailler "
               "pour les services de renseignement de son pays. Le Quai d'Orsay a qualifié samedi ces accusations de "
               "« sans fondement ».", "fr")
    got = {(e.source.country, e.target.country, e.cameo) for e in rec.events if e.source and e.target}
    assert ("MLI", "FRA", "112") in got
    assert ("FRA", "MLI", "016") in got


def test_a_demand_is_made_of_the_subject_of_each_que_clause_and_their_content_is_not_asserted(code: Coder) -> None:
    rec = code("L'Union africaine a exigé lundi, dans un communiqué publié à Addis-Abeba, que les forces rwandaises "
               "quittent le territoire congolais et que le M23 dépose les armes.", "fr")
    asked = {e.target.code for e in rec.events if e.root == "10" and e.target}
    assert asked == {"M23", "RWAMIL"}
    assert not [e for e in rec.events if e.root in ("08", "16") and e.modality == "asserted"]


def test_an_appeal_to_all_sides_is_made_of_the_country_at_war(code: Coder) -> None:
    rec = code("Speaking in Juba, the African Union envoy urged all sides on Monday to respect the ceasefire.", "en")
    assert [e.target.country for e in rec.events if e.root == "02" and e.target] == ["SSD"]


def test_what_someone_is_accused_of_is_not_reported_as_happening_however_deep(code: Coder) -> None:
    for text, lang in [
        ("Mali cut ties with Ukraine on Sunday, accusing Kyiv of backing the armed groups that killed dozens of "
         "Malian soldiers near the Algerian border.", "en"),
        ("Bamako a rompu ses relations avec Kiev, accusant l'Ukraine de soutenir les groupes armés qui ont tué des "
         "dizaines de soldats maliens.", "fr"),
    ]:
        rec = code(text, lang)
        assert not [e for e in rec.events if e.root in ("05", "18", "19") and e.modality == "asserted"], text
        assert [(e.source.country, e.target.country) for e in rec.events
                if e.root == "11" and e.source and e.target] == [("MLI", "UKR")], text


def test_a_threat_is_aimed_at_the_place_of_what_it_threatens_and_covers_each_coordinated_act(code: Coder) -> None:
    rec = code("The US president threatened on Saturday to intervene militarily in Nigeria and to cut off all aid to "
               "the country.", "en")
    assert {e.target.country for e in rec.events if e.root == "13" and e.target} == {"NGA"}
    assert not [e for e in rec.events if e.modality == "asserted" and e.root not in ("01", "13")]
    rec = code("Le président américain a menacé samedi d'intervenir militairement au Nigeria.", "fr")
    assert [e.target.country for e in rec.events if e.root == "13" and e.target] == ["NGA"]


def test_he_after_a_passive_is_the_one_who_was_received_not_the_host(code: Coder) -> None:
    rec = code("Le Premier ministre togolais a été reçu lundi à Niamey par le général Tiani, puis il s'est rendu à "
               "Bamako.", "fr")
    assert ("TGO", "MLI") in {(e.source.country, e.target.country) for e in rec.events
                              if e.root == "04" and e.source and e.target and e.modality == "asserted"}
    assert not [e for e in rec.events if e.source and e.source.country == "NER" and e.target
                and e.target.country == "MLI"]
