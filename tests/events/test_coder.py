"""The event coder on sentences that exercise each mechanism, in English and French (real models)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Record
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.models


def code(text: str, lang: str, date: str = "2025-04-10") -> Record:
    return next(analyze([RawArticle(text=text, path=None, date=date, language=lang)]))


def triples(rec: Record, modality: str | None = "asserted") -> set[tuple[str | None, str | None, str]]:
    return {((e.source.code if e.source else None), (e.target.code if e.target else None), e.cameo)
            for e in rec.events if modality is None or e.modality == modality}


def test_host_a_visit_split_over_a_list_with_date_and_place() -> None:
    rec = code("Russian Foreign Minister Sergey Lavrov hosted the foreign ministers of Mali, Burkina Faso and Niger "
               "in Moscow on Thursday.", "en")
    got = [e for e in rec.events if e.cameo == "043"]
    assert {(e.source.code, e.target.code) for e in got} == {("RUSGOV", "MLIGOV"), ("RUSGOV", "BFAGOV"),
                                                            ("RUSGOV", "NERGOV")}
    for e in got:
        assert e.quad_class == 1 and e.goldstein == 2.8 and e.plover == "CONSULT"
        assert e.date == "2025-04-10" and e.date_precision == "day"       # "on Thursday", published Thursday
        assert e.location is not None and e.location.name == "Moscow" and e.location.country == "RUS"
        assert rec.text[e.span[0]:e.span[1]] == e.evidence
        assert e.coder.startswith("newsgraph-events")


def test_french_list_recalls_ambassadors() -> None:
    rec = code("Le Mali, le Burkina Faso et le Niger ont rappelé leurs ambassadeurs en Algérie.", "fr")
    got = {(s, t) for s, t, c in triples(rec) if c.startswith("16")}
    assert got == {("MLI", "DZA"), ("BFA", "DZA"), ("NER", "DZA")}


def test_passive_voice_takes_the_agent_as_source() -> None:
    rec = code("The convoy was ambushed by JNIM fighters near Djibo on Monday.", "en")
    assert any(e.source and e.source.code == "JNIM" and e.root in ("18", "19") for e in rec.events)


def test_negated_events_are_not_asserted() -> None:
    rec = code("Mali did not sign the agreement with Algeria.", "en")
    assert not any(e.cameo == "057" and e.modality in ("asserted", "intended") for e in rec.events)
    rec = code("Le Niger n'a pas signé l'accord avec la France.", "fr")
    assert not any(e.root == "05" and e.modality in ("asserted", "intended") for e in rec.events)


def test_intentions_are_03_and_13_with_modality_intended() -> None:
    rec = code("Russia pledged to deliver military equipment to Burkina Faso.", "en")
    assert any(e.root == "03" and e.modality == "intended" and e.source and e.source.code.startswith("RUS")
               for e in rec.events)
    rec = code("La Russie va livrer au Burkina Faso de nouveaux hélicoptères.", "fr")
    assert any(e.root == "03" and e.modality == "intended" for e in rec.events)
    rec = code("The junta vowed to strike back at the militants.", "en")
    assert any(e.root == "13" and e.modality == "intended" for e in rec.events)


def test_conditionals_are_not_asserted() -> None:
    rec = code("If ECOWAS intervenes, Mali could attack Nigeria.", "en")
    assert not any(e.root == "19" and e.modality == "asserted" for e in rec.events)


def test_reported_speech_codes_the_inner_event() -> None:
    rec = code("The ministry said that gunmen attacked a police post in Tillaberi.", "en")
    assert any(e.root in ("18", "19") and e.source and e.source.kind == "UAG" for e in rec.events)


def test_meeting_referred_back_is_one_event_with_the_first_date_and_place() -> None:
    rec = code("The ministers met at a summit in Niamey on July 6, 2024. The gathering, which brought together "
               "Mali's Assimi Goita and Niger's Abdourahamane Tiani, ended with a joint statement.", "en")
    meetings = [e for e in rec.events if e.root == "04"]
    assert meetings, "no meeting coded"
    assert all(e.date == "2024-07-06" for e in meetings)
    assert all(e.location and e.location.name == "Niamey" for e in meetings)


def test_national_body_takes_the_country_of_the_place() -> None:
    rec = code("Gunmen killed twelve villagers in an attack near Menaka on Sunday.", "en", "2024-03-12")
    kills = [e for e in rec.events if e.root in ("18", "19", "20")]
    assert kills and kills[0].source.code == "UAG"
    assert kills[0].target and kills[0].target.country == "MLI"
    assert kills[0].size["dead"] == 12


def test_every_event_keeps_its_provenance() -> None:
    rec = code("Algeria recalled its ambassador from Bamako on Sunday.", "en")
    assert rec.events
    for e in rec.events:
        assert len(e.id) == 64 and e.sentence == 0 and e.span[0] < e.span[1] and e.coder


def test_the_two_men_are_the_pair_just_named() -> None:
    rec = code("North Korean leader Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday. The two men signed "
               "a mutual defence pact at the end of the visit.", "en")
    pacts = {frozenset((s, t)) for s, t, c in triples(rec) if c == "057"}
    assert frozenset(("PRK", "RUS")) in {frozenset(x[:3] for x in p) for p in pacts}   # Kim Jong Un is PRKGOV
    rec = code("China lashed out at the United States and Britain after both countries alleged that Chinese "
               "state-backed hackers had targeted lawmakers.", "en")
    accusers = {s for s, t, c in triples(rec) if c.startswith("112") and t == "CHN"}
    assert accusers == {"USA", "GBR"}


def test_a_decision_to_act_is_the_act() -> None:
    rec = code("En riposte, Alger a décidé lundi de rappeler ses ambassadeurs au Mali et au Niger.", "fr")
    assert {(s, t) for s, t, c in triples(rec) if c == "161"} == {("DZAGOV", "MLI"), ("DZAGOV", "NER")}


def test_accented_french_words_in_the_coder_rules_are_matched() -> None:
    # "réunir" is a gathering verb: the meeting named before gets the people it brought together
    rec = code("Une rencontre de plus de deux heures a eu lieu lundi à la Maison Blanche. L'entretien a réuni "
               "Donald Trump et Volodymyr Zelensky.", "fr", "2025-08-19")
    assert any({s, t} == {"USAGOV", "UKRGOV"} and c.startswith("04") for s, t, c in triples(rec))


def test_a_speakers_mood_is_a_pessimistic_or_optimistic_comment() -> None:
    rec = code("Le secrétaire général de l'ONU, António Guterres, s'est dit « profondément préoccupé » par la "
               "situation au Burkina Faso.", "fr")
    assert any(s == "UN" and c == "012" for s, t, c in triples(rec))
    rec = code("Secretary of State Marco Rubio said on Wednesday he was hopeful that Russia would accept the "
               "proposal.", "en")
    assert any(s and s.startswith("USA") and c == "013" for s, t, c in triples(rec))
    rec = code("The ministry said it was not concerned about the exercise.", "en")
    assert not any(c == "012" for s, t, c in triples(rec))


def test_a_gathering_lists_the_people_it_brought_together_even_when_the_parse_loses_the_list() -> None:
    rec = code("Cette réunion a rassemblé Sergueï Lavrov et les ministres des Affaires étrangères Abdoulaye Diop "
               "(Mali), Karamoko Jean-Marie Traoré (Burkina Faso) et Bakary Yaou Sangaré (Niger).", "fr")
    met = {t for s, t, c in triples(rec) if c.startswith("04") and s == "RUSGOV"}
    assert met == {"MLIGOV", "BFAGOV", "NERGOV"}


def test_a_demand_addressed_to_a_capital_targets_its_government() -> None:
    # the small French model reads "Alger" as a verb here; the words after the demand still say to whom
    rec = code("Bamako a réclamé à Alger l'extradition de plusieurs responsables rebelles.", "fr")
    assert any(s == "MLIGOV" and t == "DZAGOV" and c.startswith("10") for s, t, c in triples(rec))
    # but a signing "à Bamako" happens in Bamako: the capital there is a place, not a party
    rec = code("Le Mali, le Burkina Faso et le Niger ont signé samedi à Bamako la charte du Liptako-Gourma.", "fr")
    assert not any(t == "MLIGOV" for s, t, c in triples(rec))


def test_leaving_an_international_body_cuts_relations_and_they_is_the_whole_list() -> None:
    rec = code("Mali, Burkina Faso and Niger announced on Monday that they were pulling out of the International "
               "Criminal Court.", "en")
    assert {s for s, t, c in triples(rec) if t == "ICC" and c == "161"} == {"MLI", "BFA", "NER"}
    rec = code("The last French soldiers left Niger on Friday, pulling out of the country after a decade.", "en")
    assert not any(c == "161" for s, t, c in triples(rec))


def test_the_partner_named_inside_a_denounced_agreement_is_the_target() -> None:
    rec = code("Le gouvernement nigérien a dénoncé l'accord de coopération militaire qui le liait aux États-Unis.", "fr")
    assert any(s == "NERGOV" and t == "USA" and c.startswith("16") for s, t, c in triples(rec))
    rec = code("La RDC et le Rwanda ont signé vendredi à Washington un accord de paix négocié sous l'égide des "
               "États-Unis.", "fr")
    signed = {frozenset((s, t)) for s, t, c in triples(rec) if c == "057"}
    assert frozenset(("COD", "RWA")) in signed and not any("USA" in p for p in signed)


def test_descriptions_and_elaborations_are_not_events_of_their_own() -> None:
    rec = code("Burkinabe air force jets pounded a column of jihadists travelling on motorbikes near Djibo.", "en")
    assert not any(c.startswith("04") for s, t, c in triples(rec))
    rec = code("The European Union adopted a package of sanctions against Russia on Monday, targeting its shadow "
               "fleet.", "en")
    assert not any(c[:2] in ("18", "19", "20") for s, t, c in triples(rec))
    rec = code("Washington a suspendu une partie de son aide au Niger.", "fr")
    got = triples(rec)
    assert any(c.startswith("162") and t == "NER" for s, t, c in got)
    assert not any(c.startswith("07") for s, t, c in got)


def test_a_document_says_what_its_authors_say_and_the_doer_of_a_denounced_act_is_the_target() -> None:
    rec = code("Le Mali, le Burkina Faso et le Niger ont adressé au Conseil de sécurité une lettre dénonçant le "
               "soutien de l'Ukraine aux groupes terroristes.", "fr")
    assert {s for s, t, c in triples(rec) if c.startswith("11") and t == "UKR"} == {"MLI", "BFA", "NER"}
    assert not any(c.startswith("11") and t == "UAG" for s, t, c in triples(rec))


def test_coordinated_country_modifiers_give_one_actor_each() -> None:
    rec = code("Yemen's Houthis fired a barrage of drones and missiles at U.S. and British warships on Tuesday.", "en")
    assert {t for s, t, c in triples(rec) if s == "HOUTHIS" and c[:2] in ("19", "18")} == {"USA", "GBR"}
    rec = code("Malian and Burkinabe troops carried out a joint operation along their border, killing dozens of "
               "militants.", "en")
    assert {s for s, t, c in triples(rec) if t == "UAG" and c.startswith("19")} == {"MLIMIL", "BFAMIL"}


def test_a_charge_made_in_words_is_an_accusation_and_until_clauses_are_not_events() -> None:
    rec = code("Niger's junta ordered the French ambassador to leave, charging that Paris had acted against Niger's "
               "interests.", "en")
    assert any(s == "NERGOV" and t and t.startswith("FRA") and c.startswith("112") for s, t, c in triples(rec))
    assert not any(c.startswith("173") for s, t, c in triples(rec))
    rec = code("A JNIM commander vowed to keep fighting until all foreign troops left the country.", "en")
    assert not any(e.root == "16" and e.modality == "asserted" for e in rec.events)


def test_soldiers_leaving_a_country_withdraw_from_it() -> None:
    rec = code("The last French soldiers stationed in Niger left the country on Friday.", "en")
    assert any(s == "FRAMIL" and t == "NER" and c == "166" for s, t, c in triples(rec))


def test_a_refusal_is_aimed_at_whom_the_refused_act_was_for_and_a_gift_at_its_recipient() -> None:
    rec = code("Despite warnings of starvation, the Israeli government is refusing to lift the curfew on "
               "Palestinians in the West Bank.", "en")
    assert any(s == "ISRGOV" and t and t.startswith("PSE") and c.startswith("12") for s, t, c in triples(rec))
    rec = code("Germany delivered another IRIS-T air defence system to Ukraine, Defence Minister Boris Pistorius "
               "said.", "en")
    assert any(s.startswith("DEU") and t == "UKR" and c.startswith("07") for s, t, c in triples(rec))


def test_french_parse_slips_around_days_and_guillemets_and_rebels_striking_their_own_state() -> None:
    rec = code("En retour, les autorités algériennes ont convoqué jeudi l'ambassadeur du Mali à Alger.", "fr")
    assert any(s == "DZAGOV" and t and t.startswith("MLI") and c.startswith("11") for s, t, c in triples(rec))
    rec = code("Le Programme alimentaire mondial s'est dit « très inquiet » de la situation humanitaire à Djibo.", "fr")
    assert any(s == "WFP" and c == "012" for s, t, c in triples(rec))
    rec = code("Les Forces de soutien rapide se sont emparées dimanche d'El-Fasher, au Darfour.", "fr")
    assert any(t == "SDN" and c.startswith("19") for s, t, c in triples(rec))


def test_the_three_countries_are_the_three_just_listed() -> None:
    rec = code("Iran recalled its ambassadors to Britain, France and Germany on Saturday, denouncing the three "
               "countries' move as illegal.", "en")
    assert {t for s, t, c in triples(rec) if s == "IRN" and c.startswith("11")} == {"GBR", "FRA", "DEU"}


def test_fighting_an_abstraction_is_no_attack() -> None:
    rec = code("Hungary plans to send soldiers to Chad to help the country fight terrorism and illegal migration.", "en")
    assert not any(e.source and e.source.code == "TCD" for e in rec.events)  # Chad fights no one here
    rec = code("L'armée malienne a combattu les jihadistes près de Tessit.", "fr")
    assert any(c.startswith("19") for s, t, c in triples(rec))


def test_a_case_filed_accusing_someone_is_also_an_accusation() -> None:
    rec = code("South Africa filed a case at the International Court of Justice on Friday accusing Israel of "
               "committing genocide in Gaza.", "en")
    got = triples(rec)
    assert any(s == "ZAF" and t == "ISR" and c.startswith("112") for s, t, c in got)
    # (the lawsuit itself names no defendant apart from the accusation: no half event "ZAF sues no one")
    assert not any(c == "115" and t is None for s, t, c in got)


def test_a_french_withdrawal_noun_names_who_leaves_and_where_from() -> None:
    rec = code("Le retrait des troupes françaises du Niger s'est achevé vendredi.", "fr")
    assert any(s == "FRAMIL" and t == "NER" and c.startswith("166") for s, t, c in triples(rec))


def test_a_mediator_named_under_its_auspices_mediates_between_the_parties() -> None:
    rec = code("Des délégations russe et ukrainienne se sont rencontrées vendredi à Istanbul, sous l'égide de la "
               "Turquie, pour des négociations directes.", "fr")
    assert {t for s, t, c in triples(rec) if s == "TUR" and c == "045"} == {"RUS", "UKR"}
    rec = code("La RDC et le Rwanda ont signé vendredi à Washington un accord de paix.", "fr")
    assert not any(c == "045" for s, t, c in triples(rec))  # no mediator named, none invented


def test_an_event_given_as_the_reason_for_a_reprisal_is_not_coded_again() -> None:
    rec = code("Téhéran a tiré mardi soir quelque 200 missiles balistiques sur Israël, en représailles à "
               "l'assassinat de dirigeants du Hezbollah.", "fr")
    got = triples(rec)
    assert any(s and s.startswith("IRN") and t == "ISR" and c.startswith("19") for s, t, c in got)
    assert not any(t == "HEZBOLLAH" for s, t, c in got)


def test_a_claim_in_a_later_sentence_gives_the_attack_its_doer_without_a_second_attack() -> None:
    rec = code("Trois gendarmes ont été tués samedi dans une embuscade près de Djibo. L'attaque a été revendiquée "
               "dimanche par le JNIM.", "fr")
    violent = [e for e in rec.events if e.root in ("18", "19", "20")]
    assert len(violent) == 1 and violent[0].source.code == "JNIM" and violent[0].sentence == 0
    assert ("JNIM", None, "015") in triples(rec)
    rec = code("L'embuscade, revendiquée par le JNIM, a fait une vingtaine de morts parmi les soldats.", "fr")
    assert any(e.source and e.source.code == "JNIM" and e.root == "19" for e in rec.events)


def test_a_list_the_parser_cut_off_from_its_verb_is_still_the_subject() -> None:
    rec = code("Dans une déclaration commune lue jeudi, le Niger, le Mali et le Tchad ont dénoncé les « pressions » "
               "de la France.", "fr")
    assert {s for s, t, c in triples(rec) if t == "FRA" and c.startswith("11")} == {"NER", "MLI", "TCD"}


def test_a_participle_on_the_object_names_whom_the_act_concerns() -> None:
    rec = code("L'Union africaine a levé mardi une partie des sanctions imposées au Gabon.", "fr")
    assert any(t == "GAB" and c.startswith("08") for s, t, c in triples(rec))
    rec = code("Mali's army took delivery of four helicopters supplied by Russia on Monday.", "en")
    assert any(s.startswith("RUS") and t.startswith("MLI") and c.startswith("07") for s, t, c in triples(rec))


def test_killing_soldiers_is_combat_and_a_bomb_makes_it_a_bombing() -> None:
    rec = code("Des jihadistes ont tué jeudi sept soldats nigériens près de Tillabéri.", "fr")
    assert any(c.startswith("19") and t and t.startswith("NER") for s, t, c in triples(rec))
    rec = code("Cinq soldats tchadiens ont été tués par l'explosion d'une mine près de la frontière.", "fr")
    assert any(c == "1833" for s, t, c in triples(rec))


def test_who_announces_or_orders_an_act_named_by_a_noun_does_it() -> None:
    rec = code("Le procureur de Niamey a annoncé mercredi l'ouverture d'une enquête sur des détournements de fonds "
               "publics.", "fr")
    assert any(s and s.startswith("NER") and c.startswith("09") for s, t, c in triples(rec))


def test_declining_to_comment_is_a_declined_comment_not_a_rejection() -> None:
    rec = code("The French foreign ministry declined to comment on Monday on the expulsion of its diplomats.", "en")
    assert any(s and s.startswith("FRA") and c == "011" for s, t, c in triples(rec))
    assert not any(c.startswith("12") for s, t, c in triples(rec))


def test_forces_sent_abroad_to_help_are_military_aid_and_to_fight_a_deployment() -> None:
    rec = code("Le Sénégal a envoyé lundi des soldats en Gambie pour appuyer l'armée gambienne.", "fr")
    assert ("SEN", "GMBGOV", "074") in triples(rec)
    rec = code("Turkey will send military instructors to Niger next month, the ministry said.", "en")
    assert any(s.startswith("TUR") and t == "NERGOV" and c.startswith("03") for s, t, c in triples(rec, "intended"))


def test_a_pledge_that_an_ally_will_keep_supplying_is_an_intention_and_a_warning_has_no_self_target() -> None:
    rec = code("The German chancellor pledged that Berlin would keep supplying Ukraine with air defence systems.", "en")
    assert any(t == "UKR" and c.startswith("03") for s, t, c in triples(rec, "intended"))
    assert not any(c.startswith("07") for s, t, c in triples(rec))
    rec = code("Morocco's foreign ministry warned that the kingdom would respond firmly to any new incursion.", "en")
    assert any(s and s.startswith("MAR") and c.startswith("13") for s, t, c in triples(rec))


def test_an_international_bodys_head_and_the_body_are_one_side() -> None:
    rec = code("La Commission de l'Union africaine et son président Mahmoud Ali Youssouf ont appelé jeudi le Tchad "
               "au dialogue.", "fr")
    assert len([e for e in rec.events if e.root == "02" and e.target and e.target.code.startswith("TCD")]) == 1


def test_withdrawals_target_the_country_left_and_rebels_retreat() -> None:
    rec = code("Les derniers soldats allemands ont quitté mardi la base aérienne de Niamey.", "fr")
    assert any(s.startswith("DEU") and t and t.startswith("NER") and c == "166" for s, t, c in triples(rec))
    rec = code("Le départ des soldats allemands de la base aérienne de Niamey s'est achevé mardi.", "fr")
    assert any(s.startswith("DEU") and t and t.startswith("NER") and c == "166" for s, t, c in triples(rec))
    rec = code("Les rebelles du M23 se sont retirés jeudi de la ville de Walikale.", "fr")
    assert ("M23", "COD", "0874") in triples(rec)


def test_a_visit_and_the_talks_held_during_it_are_two_actions() -> None:
    rec = code("Ghana's president travelled to Ouagadougou on Monday for talks with Captain Ibrahim Traore.", "en")
    got = {c[:3] for s, t, c in triples(rec) if s.startswith("GHA") and t.startswith("BFA")}
    assert {"042", "040"} <= got


def test_a_warning_that_promises_force_is_a_threat_against_whom_it_names() -> None:
    rec = code("Moscow vowed on Friday that Kyiv would receive a devastating response to any strike on Crimea.", "en")
    assert any(s.startswith("RUS") and t and t.startswith("UKR") and c == "138" for s, t, c in triples(rec))
    rec = code("Niamey a prévenu jeudi que toute incursion de l'armée béninoise serait considérée comme un acte de "
               "guerre.", "fr")
    assert any(s.startswith("NER") and t and t.startswith("BEN") and c == "138" for s, t, c in triples(rec))


def test_a_deadline_given_to_someone_is_an_ultimatum() -> None:
    rec = code("Le président américain a donné jeudi trente jours au Venezuela pour libérer les détenus.", "fr")
    assert any(s.startswith("USA") and t and t.startswith("VEN") and c == "139" for s, t, c in triples(rec))


def test_arms_laid_down_by_no_one_named_are_coded_without_failing() -> None:
    # a retreat (0874) with neither a doer nor a place once crashed the coder looking for the doer's country
    rec = code("The weapons were laid down on Monday.", "en")
    assert not any(e.source is not None for e in rec.events)


def test_someone_accused_in_passing_is_accused_by_who_acts_on_them() -> None:
    rec = code("Burkinabè police on Monday detained a Belgian aid worker accused of spying for a foreign power.", "en")
    assert any(s.startswith("BFA") and t and t.startswith("BEL") and c.startswith("11") for s, t, c in triples(rec))
    rec = code("Les autorités maliennes ont arrêté mardi un diplomate ivoirien, accusé d'ingérence dans les affaires "
               "intérieures.", "fr")
    assert any(s.startswith("MLI") and t and t.startswith("CIV") and c.startswith("11") for s, t, c in triples(rec))


def test_a_pledge_of_support_for_an_army_is_no_threat() -> None:
    rec = code("Paris pledged that France would support Niger's forces and promised new equipment.", "en")
    assert not any(c.startswith("13") for s, t, c in triples(rec, None))
    rec = code("Le gouvernement a mis en place jeudi une cellule de crise pour répondre à la guerre.", "fr")
    assert not any(c == "138" for s, t, c in triples(rec, None))


def test_a_rejected_accusation_targets_whoever_made_it() -> None:
    rec = code("Amnesty International accused Burkinabè troops of killing civilians near Djibo. The government in "
               "Ouagadougou dismissed the allegations on Friday.", "en")
    assert any(s.startswith("BFA") and t == "AMNESTY" and c[:2] in ("01", "12") for s, t, c in triples(rec))
    rec = code("Niamey a qualifié de « mensonges » les accusations portées par le Bénin.", "fr")
    assert any(s.startswith("NER") and t and t.startswith("BEN") and c == "016" for s, t, c in triples(rec))


def test_a_group_claiming_an_earlier_massacre_becomes_its_doer_once() -> None:
    rec = code("Gunmen attacked a market near Ménaka on Tuesday, killing 30 civilians. Islamic State Sahel claimed "
               "the massacre on Wednesday.", "en")
    violent = [e for e in rec.events if e.root in ("18", "19", "20") and e.modality == "asserted"]
    assert violent and all(e.source.code == "ISSP" for e in violent) and len({e.sentence for e in violent}) == 1
    assert ("ISSP", None, "015") in triples(rec)


def test_the_mediator_of_an_agreement_is_not_a_party_to_it() -> None:
    rec = code("Ethiopia and Eritrea signed a border agreement on Monday brokered by Saudi Arabia.", "en")
    signed = {(s[:3], t[:3]) for s, t, c in triples(rec) if c == "057" and s and t}
    assert signed & {("ETH", "ERI"), ("ERI", "ETH")} and not any("SAU" in pair for pair in signed)


def test_a_stated_refusal_to_cooperate_is_a_rejection() -> None:
    rec = code("The Nigerien government said it would not renew the uranium agreement with France.", "en")
    assert ("NERGOV", "FRA", "127") in triples(rec)
    rec = code("Le Burkina Faso ne va pas renouveler l'accord de défense avec la France.", "fr")
    assert ("BFA", "FRA", "127") in triples(rec)
    rec = code("Le gouvernement malien a affirmé qu'il ne négocierait pas avec les groupes armés.", "fr")
    assert any(e.root == "12" and e.source and e.source.code == "MLIGOV" for e in rec.events)
    # a plain negated past act is no refusal
    rec = code("Mali did not sign the agreement with Algeria.", "en")
    assert not [e for e in rec.events if e.root == "12"]


def test_french_conditional_is_hypothetical_unless_it_is_the_future_of_reported_speech() -> None:
    rec = code("La Russie livrerait des armes au Mali, selon la presse.", "fr")
    assert not triples(rec) and triples(rec, "hypothetical")
    rec = code("Le ministre a annoncé que le Mali livrerait du carburant au Niger.", "fr")
    assert any(e.root == "03" and e.modality == "intended" for e in rec.events)


def test_ready_to_and_opposed_to_keep_their_subject() -> None:
    rec = code("Senegal is ready to contribute troops to a regional force in Guinea-Bissau.", "en")
    assert any(e.source and e.source.country == "SEN" and e.modality == "intended" for e in rec.events)
    rec = code("Algeria is opposed to a Moroccan military presence in the Sahel.", "en")
    assert any(e.source and e.source.country == "DZA" and e.target and e.target.country == "MAR"
               for e in rec.events)


def test_allowing_and_protesting_in_words() -> None:
    rec = code("The junta allowed opposition parties to resume their activities on Monday.", "en")
    assert any(e.root == "08" for e in rec.events if e.modality == "asserted")
    rec = code("Amnesty International protested that Malian authorities were detaining journalists.", "en")
    assert any(e.cameo == "111" and e.target and e.target.country == "MLI" for e in rec.events)
    rec = code("Le Niger a protesté auprès du Bénin après la fermeture de la frontière.", "fr")
    assert ("NER", "BEN", "114") in triples(rec)


def test_background_history_rumours_and_conditions_are_not_news() -> None:
    rec = code("Mali's first coup came in 1968, when Lieutenant Moussa Traoré overthrew President Modibo Keïta.",
               "en", date="2025-03-02")
    assert not triples(rec)
    rec = code("Guinea's government denied rumours that junta leader Mamadi Doumbouya had been wounded in an attack.",
               "en")
    assert not [e for e in rec.events if e.root == "18" and e.modality == "asserted"]
    rec = code("Si la CEDEAO venait à rétablir ses sanctions contre le Niger, les prix pourraient flamber.", "fr")
    assert not [e for e in rec.events if e.root == "16" and e.modality == "asserted"]
    rec = code("ECOWAS urged the juntas to keep negotiating with the bloc on free movement.", "en")
    assert not [e for e in rec.events if e.root == "04" and e.modality == "asserted"]


def test_a_warning_that_the_parse_breaks_and_a_deadline_of_a_week() -> None:
    rec = code("Le ministre algérien des Affaires étrangères a averti jeudi le Mali que toute nouvelle violation de "
               "l'espace aérien « recevrait une réponse appropriée ».", "fr")
    assert ("DZAGOV", "MLI", "138") in triples(rec)
    rec = code("Les dirigeants de la CEDEAO ont donné une semaine aux militaires du Niger pour libérer le président.",
               "fr")
    assert any(e.cameo == "139" and e.target and e.target.country == "NER" for e in rec.events)


def test_the_withdrawal_of_states_from_a_bloc_is_a_break_with_it() -> None:
    rec = code("ECOWAS said that the withdrawal of Mali, Burkina Faso and Niger from the bloc had taken effect.", "en")
    got = {(e.source.code, e.cameo) for e in rec.events if e.target and e.target.code == "ECOWAS"}
    assert got == {("MLI", "161"), ("BFA", "161"), ("NER", "161")}


def test_the_antecedent_of_a_french_relative_is_the_object() -> None:
    rec = code("Le Niger a quitté l'Organisation internationale de la Francophonie, qu'il accuse d'être un outil "
               "de l'ancienne puissance coloniale.", "fr")
    assert any(e.root == "11" and e.target and e.target.code == "OIF" for e in rec.events)


def test_refusing_a_named_act_and_calling_a_thing_something() -> None:
    rec = code("Niamey a exclu toute réouverture de la frontière avec le Bénin.", "fr")
    assert any(e.root == "12" and e.target and e.target.country == "BEN" for e in rec.events)
    rec = code("Mali's foreign ministry called the decision hasty.", "en")
    assert not [e for e in rec.events if e.cameo == "041"]


def test_forces_sent_to_help_a_state_named_by_its_capital_or_as_the_helped() -> None:
    rec = code("La Turquie a envoyé à Ouagadougou une trentaine d'instructeurs militaires.", "fr")
    assert ("TUR", "BFAGOV", "074") in triples(rec)
    rec = code("Chad said it had sent troops to help Cameroon drive Boko Haram fighters out of the border area.", "en")
    assert any(e.cameo == "074" and e.target and e.target.country == "CMR" for e in rec.events)


def test_who_looks_on_or_is_supported_is_no_party() -> None:
    rec = code("Ethiopia and Eritrea signed a peace agreement in Riyadh in the presence of the Saudi crown prince.",
               "en")
    assert {(e.source.country, e.target.country) for e in rec.events if e.root == "05"} <= {("ETH", "ERI"),
                                                                                              ("ERI", "ETH")}
    assert [e for e in rec.events if e.root == "05"]


def test_the_killing_an_inquiry_looks_into_is_no_event_of_its_own() -> None:
    rec = code("Niger's prosecutor has opened an inquiry into the killing of herders near Tillabéri.", "en")
    assert not [e for e in rec.events if e.root == "18" or e.root == "20"]
    assert [e for e in rec.events if e.root == "09"]


def test_coordinated_parties_intend_a_joint_act_with_each_other() -> None:
    rec = code("Ghana and Togo agreed on Monday to restore full military cooperation.", "en")
    assert {frozenset((e.source.code, e.target.code)) for e in rec.events if e.root == "03"} == {
        frozenset(("GHA", "TGO"))}


def test_a_threat_stays_issued_whatever_its_condition() -> None:
    rec = code("Malian truckers threatened on Monday to block the border unless Senegal scrapped the new toll.", "en")
    assert any(e.root == "13" and e.modality in ("asserted", "intended") for e in rec.events)


def test_reiterated_demands_and_officials_named_by_their_body() -> None:
    rec = code("A senior Algerian minister reiterated that Mali must return to the Algiers agreement.", "en")
    assert any(e.root == "10" and e.source.country == "DZA" and e.target and e.target.country == "MLI"
               for e in rec.events)
    rec = code("Hanna Tetlow, the African Union Peace and Security Commissioner, condemned the attack on Menaka.",
               "en")
    assert any(e.root == "11" and e.source and e.source.code == "AU" for e in rec.events)


def test_french_scheduled_acts_visits_in_passing_and_what_a_protest_is_against() -> None:
    rec = code("Lors de cette tournée, le Premier ministre nigérien doit s'entretenir avec le président tchadien.", "fr")
    assert any(e.root == "03" and e.modality == "intended" and e.source.country == "NER" and e.target and
               e.target.country == "TCD" for e in rec.events)
    rec = code("En visite au Ghana, le président sénégalais a plaidé pour le dialogue avec les pays de l'AES.", "fr")
    assert any(e.cameo == "042" and e.source.country == "SEN" and e.target and e.target.country == "GHA"
               for e in rec.events)
    rec = code("Des milliers de jeunes ont manifesté vendredi à Bamako pour exiger le départ de l'ambassadeur de France.",
               "fr")
    assert any(e.root == "14" and e.target and e.target.country == "FRA" for e in rec.events)


def test_the_speaker_of_a_french_incise_is_the_noun_after_its_verb() -> None:
    rec = code("Deux militants ont été arrêtés jeudi à Niamey, a dénoncé la Ligue nigérienne des droits de l'homme.",
               "fr")
    got = [e for e in rec.events if e.root == "11"]
    assert got and all(e.source and e.source.country == "NER" and e.source.kind != "GOV" for e in got)
    assert any(e.target and e.target.country == "NER" for e in got)


def test_a_when_clause_takes_the_date_it_hangs_on() -> None:
    rec = code("Niger's first coup came in 1974, when Lieutenant Colonel Seyni Kountché overthrew President Hamani "
               "Diori.", "en", date="2025-03-02")
    assert not [e for e in rec.events if e.root == "17"]


def test_an_attack_a_group_says_it_carried_out_is_the_one_told_before_unless_elsewhere() -> None:
    rec = code("Gunmen stormed an army post near Djibo on Sunday, killing twelve soldiers. JNIM said on Monday that "
               "its fighters had attacked the post.", "en")
    assert [(e.source.code if e.source else None) for e in rec.events if e.root == "19"] == ["JNIM"]
    rec = code("Gunmen attacked a village near Gao on Monday. JNIM said its fighters had killed ten soldiers in "
               "Boulkessi.", "en")
    assert len([e for e in rec.events if e.root in ("18", "19")]) == 2


def test_a_refusal_named_inside_an_accusation_is_not_asserted() -> None:
    rec = code("Mali accused Algeria on Monday of refusing to release the detained herders.", "en")
    assert not [e for e in rec.events if e.root == "12" and e.modality == "asserted"]
    assert any(e.root == "11" and e.target and e.target.country == "DZA" for e in rec.events)


def test_a_second_finite_verb_takes_the_actor_right_before_it_when_the_parse_strays() -> None:
    rec = code("The rebels freed four soldiers on Friday and Mali released twelve fighters in the exchange.", "en")
    assert any(e.root == "08" and e.source and e.source.code == "MLI" for e in rec.events)


def test_a_state_retaking_its_own_ground_takes_it_from_armed_men() -> None:
    rec = code("Ménaka was retaken by the Malian army on Sunday after two years in rebel hands.", "en")
    assert any(e.root == "19" and e.source.country == "MLI" and e.target and e.target.code == "UAG"
               for e in rec.events)
