"""French constructions the English coder already reads, found by the French/English parity audit
(benchmarks/parity.py). Original sentences, none of them in the parity set."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]


def _triples(rec: Record) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.root)
            for e in rec.events if e.modality in ("asserted", "intended")}


def test_a_meeting_named_in_a_lors_de_phrase_is_the_speakers_meeting(code: Coder) -> None:
    rec = code("Le chef de l'État sénégalais a plaidé vendredi pour la paix lors d'une rencontre avec le président "
               "gambien Adama Barrow.", "fr")
    assert ("SEN", "GMB", "04") in _triples(rec)


def test_the_partner_hung_on_a_frame_noun_belongs_to_the_meeting_it_frames(code: Coder) -> None:
    rec = code("À l'issue d'un entretien avec son homologue togolais, le président béninois a salué le renforcement "
               "de la coopération sécuritaire.", "fr")
    assert ("BEN", "TGO", "04") in _triples(rec)


def test_the_subject_of_a_french_verb_conjugated_with_etre_is_its_doer_not_its_patient(code: Coder) -> None:
    rec = code("Des instructeurs russes sont arrivés dimanche à Lomé avec des véhicules blindés.", "fr")
    assert ("RUS", "TGO", "07") in _triples(rec)
    rec = code("Le Ghana et le Togo sont parvenus mardi à un accord sur la sécurité de leur frontière.", "fr")
    assert ("GHA", "TGO", "05") in _triples(rec) or ("TGO", "GHA", "05") in _triples(rec)


def test_plus_without_ne_is_a_comparative_not_a_negation(code: Coder) -> None:
    rec = code("Des hommes armés ont tué plus d'une dizaine de soldats près de Kidal, selon des sources locales.", "fr")
    assert [e.modality for e in rec.events if e.root in ("18", "19", "20")] == ["asserted"]
    rec = code("L'armée n'a plus bombardé la ville depuis la trêve.", "fr")
    assert all(e.modality != "asserted" for e in rec.events if e.root == "19")


def test_dissolving_an_institution_named_by_a_noun_restricts_political_life(code: Coder) -> None:
    rec = code("Le président tchadien a annoncé la dissolution de l'Assemblée nationale.", "fr")
    assert ("TCD", "TCD", "17") in _triples(rec)


def test_the_agent_of_a_passive_is_found_when_the_parser_reads_the_town_as_a_verb(code: Coder) -> None:
    rec = code("Le Premier ministre tchadien a été reçu à Alger par le président Tebboune.", "fr")
    assert ("DZA", "TCD", "04") in _triples(rec)


def test_what_is_given_after_the_recipient_is_the_object_of_the_giving_verb(code: Coder) -> None:
    rec = code("L'Inde a fourni au Niger des véhicules blindés et des radars.", "fr")
    assert ("IND", "NER", "07") in _triples(rec)
    rec = code("L'Égypte a fourni au Niger des blindés et des munitions.", "fr")
    assert ("EGY", "NER", "07") in _triples(rec)


def test_relaunching_a_project_is_economic_cooperation_in_french_too(code: Coder) -> None:
    rec = code("Le Sénégal et la Mauritanie ont décidé de relancer le projet de gazoduc commun.", "fr")
    assert {e.root for e in rec.events} & {"03", "06"}


def test_playing_the_mediator_between_two_parties_is_mediation(code: Coder) -> None:
    rec = code("L'Angola a joué les médiateurs entre Kinshasa et Kigali, a indiqué la présidence angolaise.", "fr")
    assert ("AGO", "COD", "04") in _triples(rec)


def test_the_subject_of_a_pronominal_verb_is_its_doer(code: Coder) -> None:
    rec = code("Des étudiants se sont rassemblés à Dakar pour dénoncer la hausse des frais d'inscription.", "fr")
    assert ("SEN", "SEN", "14") in _triples(rec)
    rec = code("Les syndicats d'enseignants se sont mis en grève lundi à Niamey.", "fr")
    assert [e.root for e in rec.events] == ["14"]


def test_what_a_purpose_clause_would_help_do_is_not_done(code: Coder) -> None:
    rec = code("Des policiers kényans sont arrivés à Mogadiscio pour aider la police somalienne à combattre les "
               "shebab.", "fr")
    assert not [e for e in rec.events if e.root == "19" and e.modality == "asserted"]


def test_a_first_group_participle_tagged_as_a_noun_is_read_as_its_verb(code: Coder) -> None:
    rec = code("Le Tchad a sollicité du Japon une aide alimentaire d'urgence.", "fr")
    assert ("TCD", "JPN", "02") in _triples(rec)


def test_what_comes_en_provenance_de_a_country_was_given_by_it(code: Coder) -> None:
    rec = code("Le Burkina Faso a réceptionné des blindés en provenance de Chine.", "fr")
    assert ("CHN", "BFA", "07") in _triples(rec)


def test_forces_arriving_abroad_aid_the_state_of_the_place_however_the_place_hangs(code: Coder) -> None:
    rec = code("Des formateurs militaires turcs sont arrivés lundi soir à Conakry avec des drones de surveillance.",
               "fr")
    assert ("TUR", "GIN", "07") in _triples(rec)


def test_making_use_of_tear_gas_against_people_is_repression(code: Coder) -> None:
    rec = code("Les gendarmes ont fait usage de gaz lacrymogènes contre des étudiants à Bamako.", "fr")
    assert ("MLI", "MLI", "17") in _triples(rec)


def test_par_telephone_is_a_means_not_an_agent(code: Coder) -> None:
    rec = code("Le président sénégalais a félicité par téléphone Mahamat Idriss Déby pour sa victoire.", "fr")
    assert ("SEN", "TCD", "05") in _triples(rec)
