"""Acts told through what they left behind: a participle that names its doer (« les sanctions imposées au Soudan
par les États-Unis »), an armed group "backed by" a state, and an envoy recalled from a capital. Original
sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]
Codes = Callable[..., set[tuple[str | None, str | None, str]]]


def test_a_participle_naming_its_doer_codes_the_act_on_the_noun_it_describes(
        code: Coder, coded: Codes) -> None:
    rec = code("Le Tchad a dénoncé mardi les sanctions imposées au Soudan par les États-Unis.", "fr")
    assert ("USA", "SDN", "163") in coded(rec, asserted_only=True)
    rec = code("Chad on Tuesday criticised the sanctions imposed on Sudan by the United States.", "en")
    assert ("USA", "SDN", "163") in coded(rec, asserted_only=True)


def test_a_described_act_dated_last_year_or_aimed_at_no_one_stays_background(
        code: Coder, coded: Codes) -> None:
    rec = code("Le Ghana a racheté mardi la raffinerie de Tema, vendue l'an dernier par un groupe nigérian à la "
               "société Vanco.", "fr", date="2025-06-12")
    assert not [c for c in coded(rec, asserted_only=True) if c[2].startswith("08")]
    rec = code("Burkina Faso on Monday took delivery of 30 tonnes of rice donated by India.", "en")
    assert not [c for c in coded(rec, asserted_only=True) if c[0] == "IND" and c[1] is None]


def test_a_state_backing_an_armed_group_aids_it_rather_than_praising_it(code: Coder, coded: Codes) -> None:
    rec = code("The fighters, backed by Uganda, took control of Bunia on Thursday.", "en")
    got = {(c[0], c[2]) for c in coded(rec, asserted_only=True)}
    assert ("UGA", "070") in got and ("UGA", "051") not in got


def test_an_envoy_recalled_from_a_capital_cuts_ties_with_its_country(code: Coder, coded: Codes) -> None:
    rec = code("Khartoum a rappelé jeudi son ambassadeur à Nairobi pour consultations.", "fr")
    assert ("SDN", "KEN", "161") in coded(rec, asserted_only=True)
    rec = code("Alger a annoncé mardi le rappel de son ambassadeur à Paris.", "fr")
    assert ("DZA", "FRA", "161") in coded(rec, asserted_only=True)


def test_putting_a_group_on_a_terrorist_list_is_a_sanction(code: Coder, coded: Codes) -> None:
    rec = code("Washington a inscrit lundi le Front de résistance sur sa liste des organisations terroristes.", "fr")
    assert [c for c in coded(rec, asserted_only=True) if c[0] == "USA" and c[2] == "163"]
    rec = code("The United States on Friday designated the Houthis a foreign terrorist organization.", "en")
    assert [c for c in coded(rec, asserted_only=True) if c[0] == "USA" and c[2] == "163"]


def test_a_reaction_to_an_act_named_by_a_noun_is_aimed_at_its_doer(code: Coder, coded: Codes) -> None:
    rec = code("Chad on Tuesday criticised the sanctions imposed on Sudan by the United States.", "en")
    got = {(c[0], c[1]) for c in coded(rec, asserted_only=True) if c[2].startswith("11")}
    assert got == {("TCD", "USA")}
    rec = code("The United States on Friday designated the Houthis a foreign terrorist organization, a "
               "decision the Saudi government welcomed.", "en")
    assert ("SAU", "USA") in {(c[0], c[1]) for c in coded(rec, asserted_only=True) if c[2].startswith("05")}
    rec = code("Des drones maliens ont frappé lundi un camp près de Tinzaouaten. Alger a dénoncé une agression.", "fr")
    assert ("DZA", "MLI") in {(c[0], c[1]) for c in coded(rec, asserted_only=True) if c[2].startswith("11")}


def test_every_mediator_listed_mediates_between_the_parties_and_not_with_each_other(
        code: Coder, coded: Codes) -> None:
    rec = code("Ethiopia and Eritrea agreed to a truce on Monday after talks in Jeddah mediated by Saudi Arabia and "
               "Kenya.", "en")
    got = {(c[0], c[1]) for c in coded(rec, asserted_only=True) if c[2] == "045"}
    assert {("SAU", "ETH"), ("SAU", "ERI"), ("KEN", "ETH"), ("KEN", "ERI")} <= got
    assert not [g for g in got if g[1] in (None, "SAU", "KEN")]


def test_a_cause_that_makes_a_state_act_is_that_states_act(code: Coder, coded: Codes) -> None:
    rec = code("The massacre prompted Ghana to recall its ambassador from Ouagadougou on Friday.", "en")
    assert ("GHA", "BFA", "161") in coded(rec, asserted_only=True)
    rec = code("Les bombardements ont conduit Berlin à suspendre jeudi ses ventes d'armes à Israël.", "fr")
    got = coded(rec, asserted_only=True)
    assert [c for c in got if c[0] == "DEU" and c[1] == "ISR" and c[2].startswith("16")]
    assert not [c for c in got if c[1] == "DEU"]  # Berlin, an actor here, was attacked by no one


def test_whoever_obtains_a_truce_between_two_parties_mediates_it(code: Coder, coded: Codes) -> None:
    rec = code("Le Qatar a annoncé lundi avoir obtenu une trêve entre le Soudan et le Tchad.", "fr")
    got = coded(rec, asserted_only=True)
    assert {("QAT", "SDN", "045"), ("QAT", "TCD", "045")} <= got
    assert [c for c in got if {c[0], c[1]} == {"SDN", "TCD"} and c[2].startswith("08")]


def test_hosting_a_ceremony_is_hosting_its_parties_not_welcoming_an_accord(code: Coder, coded: Codes) -> None:
    rec = code("Le Mali et le Niger ont signé lundi un accord de défense, en présence du président togolais qui "
               "accueillait la cérémonie et les accords.", "fr")
    got = coded(rec, asserted_only=True)
    assert ("TGO", "MLI", "043") in got and ("TGO", "NER", "043") in got
    assert not [c for c in got if c[2].startswith("05") and c[0] == "TGO"]


def test_the_two_neighbours_are_the_two_sides_just_named_not_their_mediators(
        code: Coder, coded: Codes) -> None:
    rec = code("Ethiopia and Eritrea agreed to a truce on Monday after talks mediated by Saudi Arabia and Kenya, "
               "ending a month of fighting between the two neighbours.", "en")
    got = {(c[0], c[1]) for c in coded(rec, asserted_only=True) if c[2].startswith("19")}
    assert got and got <= {("ETH", "ERI"), ("ERI", "ETH")}
