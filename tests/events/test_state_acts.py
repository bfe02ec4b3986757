"""Acts only a state does, told in the French press's support-verb and agentless-passive forms. Original
sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]


def pairs(rec: Record, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in rec.events if e.cameo.startswith(cameo) and e.modality == "asserted"]


def test_an_arrest_with_no_agent_or_by_a_court_with_no_country_is_at_home(code: Coder) -> None:
    assert pairs(code("Le journaliste nigérien a été placé en garde à vue lundi à Niamey.", "fr"), "173") == \
        [("NER", "NER")]
    rec = code("L'ancien ministre malien a été placé mardi sous mandat de dépôt par la chambre d'accusation de la "
               "Cour suprême.", "fr")
    assert pairs(rec, "173") == [("MLI", "MLI")]


def test_forces_placed_on_alert_are_their_own_state_raising_it(code: Coder) -> None:
    rec = code("Les forces armées nigériennes ont été placées en état d'alerte maximale dimanche.", "fr")
    assert pairs(rec, "15") == [("NER", None)]


def test_a_support_verb_reaches_the_event_noun_through_a_quantity(code: Coder) -> None:
    rec = code("La police togolaise a procédé à plusieurs dizaines d'interpellations samedi à Lomé.", "fr")
    assert pairs(rec, "173") == [("TGO", "TGO")]


def test_a_deadline_to_leave_the_country_is_an_expulsion(code: Coder) -> None:
    rec = code("Le gouvernement tchadien a donné vendredi 72 heures à l'ambassadeur de France pour quitter le pays.",
               "fr")
    assert pairs(rec, "174") == [("TCD", "FRA")]
    assert not pairs(rec, "139")


def test_a_court_sentencing_a_national_of_its_own_country_is_coded(code: Coder) -> None:
    rec = code("A military court in Bamako sentenced a former Malian minister to ten years in prison on Monday.", "en")
    assert pairs(rec, "116") == [("MLI", "MLI")]


def test_a_refusal_is_aimed_at_whom_the_refused_act_was_for_before_anyone_named_later(code: Coder) -> None:
    rec = code("La junte guinéenne a refusé mardi de recevoir une délégation conjointe de la CEDEAO et de l'ONU, "
               "invoquant « des raisons de sécurité » dans un contexte de colère de la population.", "fr")
    assert {e.target.code for e in rec.events if e.root == "12" and e.target} == {"ECOWAS", "UN"}


def test_foreign_forces_arriving_in_a_country_are_military_aid_not_a_visit(code: Coder) -> None:
    rec = code("A first contingent of Rwandan soldiers arrived in Maputo on Friday to help Mozambican forces fight "
               "insurgents.", "en")
    assert pairs(rec, "074") == [("RWA", "MOZ")]
    rec = code("Des instructeurs militaires turcs sont arrivés mardi à Ouagadougou, a annoncé la télévision nationale.",
               "fr")
    assert pairs(rec, "074") == [("TUR", "BFA")]
    rec = code("The Russian foreign minister arrived in Bamako on Tuesday.", "en")
    assert pairs(rec, "042") == [("RUS", "MLI")]


def test_a_state_suspending_a_media_outlet_restricts_the_press(code: Coder) -> None:
    rec = code("Le Niger a suspendu mardi la BBC pour trois mois.", "fr")
    assert [(e.source.country, e.cameo) for e in rec.events if e.source] == [("NER", "1721")]


def test_a_delivery_by_a_state_reaches_the_recipient_wherever_the_parse_hangs_it(code: Coder) -> None:
    rec = code("La livraison par la Russie de nouveaux hélicoptères de combat à l'armée malienne a été confirmée jeudi "
               "par l'état-major.", "fr")
    assert [(e.source.country, e.target.country, e.root) for e in rec.events if e.source and e.target] == \
        [("RUS", "MLI", "07")]  # and « hélicoptères de combat » is no fighting


def test_a_host_named_in_a_relative_receives_each_party_to_the_agreement(code: Coder) -> None:
    rec = code("The presidents of Burundi and Rwanda signed a security pact in Luanda on Monday in the presence of "
               "Angolan President Joao Lourenco, who hosted the talks.", "en")
    assert sorted(pairs(rec, "043")) == [("AGO", "BDI"), ("AGO", "RWA")]


def test_a_body_named_without_its_country_takes_the_country_named_not_the_victims_nationality(code: Coder) -> None:
    rec = code("Two Turkish engineers were ordered out of Mali by the security ministry on Monday.", "en")
    assert pairs(rec, "174") == [("MLI", "TUR")]


def test_an_order_to_leave_the_country_is_an_expulsion_of_whom_it_is_given_to(code: Coder) -> None:
    rec = code("Burkina Faso's government ordered two French journalists to leave the country on Thursday.", "en")
    assert [(e.source.country, e.target.country, e.root) for e in rec.events
            if e.source and e.target and e.modality == "asserted"] == [("BFA", "FRA", "17")]
    rec = code("Les autorités maliennes ont sommé lundi le représentant de l'ONG suisse de quitter le territoire.",
               "fr")
    assert ("MLI", "17") in {(e.source.country, e.root) for e in rec.events if e.source and e.modality == "asserted"}


def test_a_reaction_to_the_move_is_aimed_at_whoever_made_it(code: Coder) -> None:
    rec = code("Mali and Niger expelled the Ivorian ambassador on Monday. Abidjan condemned the move as hostile.", "en")
    assert {e.target.country for e in rec.events if e.root == "11" and e.target} == {"MLI", "NER"}
    rec = code("Le Burkina Faso a suspendu mardi la diffusion de RFI. Reporters sans frontières a dénoncé cette "
               "décision.", "fr")
    assert [e.target.country for e in rec.events if e.root == "11" and e.target] == ["BFA"]


def test_a_state_hitting_back_by_an_act_is_that_act_only(code: Coder) -> None:
    rec = code("Niamey hit back on Friday by expelling two Ivorian diplomats.", "en")
    assert {e.root for e in rec.events} - {"01"} == {"16"}
    rec = code("Bamako a riposté jeudi en suspendant la diffusion de France 24.", "fr")
    assert {e.root for e in rec.events} - {"01"} == {"17"}


def test_a_mediation_named_by_a_noun_makes_its_author_the_mediator_of_the_release(code: Coder) -> None:
    rec = code("Le Burkina Faso a libéré dimanche deux ressortissants ivoiriens à la suite d'une médiation du Ghana.",
               "fr")
    got = {(e.source.country, e.target.country, e.cameo) for e in rec.events if e.source and e.target}
    assert ("GHA", "BFA", "045") in got
    assert not [g for g in got if g[1] == "GHA"]  # the mediator is no one's target


def test_a_phrase_after_in_solidarity_names_no_party_wherever_the_parser_hangs_it(code: Coder) -> None:
    rec = code("Burkina Faso said on Monday it was breaking off relations with Kyiv in solidarity with Bamako.", "en")
    assert {(e.source.country, e.target.country) for e in rec.events if e.root == "16" and e.source and e.target} \
        == {("BFA", "UKR")}


def test_calling_the_decision_unacceptable_criticises_whoever_took_it(code: Coder) -> None:
    rec = code("Algeria closed its airspace to Malian aircraft on Monday. Bamako called the decision unjustified and "
               "hostile.", "en")
    assert ("MLI", "DZA") in {(e.source.country, e.target.country) for e in rec.events
                              if e.root == "11" and e.source and e.target}
    rec = code("Le Niger a fermé lundi sa frontière avec le Bénin. Cotonou a qualifié cette décision "
               "d'inacceptable.", "fr")
    assert ("BEN", "NER") in {(e.source.country, e.target.country) for e in rec.events
                              if e.root == "11" and e.source and e.target}


def test_halting_a_cooperative_act_reduces_relations_with_the_partner(code: Coder) -> None:
    rec = code("Mali stopped military cooperation with France on Friday.", "en")
    assert [(e.source.country, e.target.country, e.cameo) for e in rec.events if e.source and e.target] == \
        [("MLI", "FRA", "1622")]
    rec = code("Le Tchad a interrompu jeudi les négociations avec les rebelles du FACT.", "fr")
    assert [e.cameo for e in rec.events if e.root == "16"] == ["164"]


def test_an_event_that_took_place_between_two_parties_is_theirs(code: Coder) -> None:
    rec = code("Un échange de prisonniers a eu lieu samedi entre le Soudan et le Soudan du Sud grâce à la médiation de "
               "l'Égypte.", "fr")
    got = {(e.source.country, e.target.country, e.root) for e in rec.events if e.source and e.target}
    assert {("SDN", "SSD", "08"), ("EGY", "SDN", "04"), ("EGY", "SSD", "04")} <= got
    rec = code("Talks took place in Doha on Tuesday between Rwanda and Burundi.", "en")
    assert [(e.source.country, e.target.country, e.root) for e in rec.events] == [("RWA", "BDI", "04")]


def test_a_threat_is_aimed_at_whom_its_condition_names(code: Coder) -> None:
    rec = code("Le gouvernement malien a menacé jeudi de fermer la frontière si la Mauritanie ne libérait pas les "
               "commerçants arrêtés.", "fr")
    assert {(e.source.country, e.target.country, e.root) for e in rec.events if e.root in ("13", "16") and e.source
            and e.target} == {("MLI", "MRT", "13")}
    rec = code("Turkey threatened on Monday to strike Kurdish fighters in northern Syria unless Washington halted "
               "its arms deliveries.", "en")
    assert ("TUR", "USA", "13") in {(e.source.country, e.target.country, e.root) for e in rec.events
                                    if e.source and e.target}


def test_the_inverted_subject_of_a_reflexive_meeting_verb_are_its_parties(code: Coder) -> None:
    rec = code("C'est à Bamako que se sont réunis jeudi les ministres de la Défense du Tchad, du Niger et du Mali.",
               "fr")
    pairs = {frozenset((e.source.country, e.target.country)) for e in rec.events
             if e.root == "04" and e.source and e.target}
    assert pairs == {frozenset(p) for p in (("TCD", "NER"), ("TCD", "MLI"), ("NER", "MLI"))}


def test_detainees_released_with_no_agent_are_freed_by_the_state_that_held_them_not_hostages(code: Coder) -> None:
    rec = code("Trois journalistes ivoiriens détenus depuis mars 2024 à Niamey ont été libérés jeudi.", "fr",
               date="2025-06-13")
    got = [(e.source.country, e.target.country, e.root, e.date) for e in rec.events if e.source and e.target]
    assert got == [("NER", "CIV", "08", "2025-06-12")]  # dated by "jeudi", not by "depuis mars 2024"
    rec = code("Deux otages italiens ont été libérés jeudi dans le centre du Mali.", "fr", date="2025-06-13")
    assert not [e for e in rec.events if e.source and e.source.country == "MLI"]


def test_a_threatened_curfew_is_aimed_at_the_states_own_people(code: Coder) -> None:
    rec = code("Chad's government said on Monday it would impose a curfew in N'Djamena after two nights of riots.", "en")
    got = [(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in rec.events if e.cameo.startswith("132")]
    assert got == [("TCD", "TCD")]


def test_sending_a_team_to_investigate_is_the_inquiry_where_it_is_sent(code: Coder) -> None:
    rec = code("The African Union sent a team of 12 experts to Chad on Monday to investigate the killings in Mandakao.",
               "en")
    got = [(e.source.code if e.source else None, e.target.country if e.target else None, e.modality)
           for e in rec.events if e.cameo.startswith("09")]
    assert got == [("AU", "TCD", "asserted")]
    rec = code("Le Togo a dépêché mardi une mission à Niamey pour enquêter sur les violences.", "fr")
    assert pairs(rec, "09") == [("TGO", "NER")]
