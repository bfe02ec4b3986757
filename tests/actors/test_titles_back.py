"""A definite office named alone ("the minister", « le président ») points back at the holder named before."""

from __future__ import annotations

from actor_spans import mentions


def _actor_of(text: str, lang: str, span: str) -> tuple[str | None, str | None]:
    found = [(s, m) for s, m in mentions(text, lang) if s.lower() == span.lower()]
    assert found, f"no mention {span!r} in {[s for s, _ in mentions(text, lang)]}"
    m = found[-1][1]
    return m.actor.country, m.actor.name


def test_the_minister_is_the_minister_named_before() -> None:
    text = ("Ghana's Foreign Minister Samuel Okudzeto Ablakwa visited Ouagadougou on Friday. "
            "The minister later told reporters that trade routes would reopen.")
    country, _ = _actor_of(text, "en", "minister")
    assert country == "GHA"


def test_same_office_beats_the_nearest_person() -> None:
    text = ("Chadian President Mahamat Idriss Deby received Togo's foreign minister Robert Dussey in N'Djamena. "
            "The president thanked Lome for its mediation.")
    country, _ = _actor_of(text, "en", "president")
    assert country == "TCD"


def test_french_title_points_back() -> None:
    text = ("Le ministre nigérien des Affaires étrangères, Bakary Yaou Sangaré, s'est rendu mardi à Rabat. "
            "Le ministre a ensuite rencontré des investisseurs marocains.")
    country, _ = _actor_of(text, "fr", "ministre")
    assert country == "NER"


def test_no_holder_named_before_leaves_the_office_open() -> None:
    text = "The minister told reporters on Monday that the border would reopen, a state radio said."
    country, _ = _actor_of(text, "en", "minister")
    assert country is None


def test_plural_offices_do_not_point_at_one_person() -> None:
    text = ("Senegalese Prime Minister Ousmane Sonko arrived in Bamako on Sunday. "
            "The ministers of both countries signed three agreements.")
    found = [m for s, m in mentions(text, "en") if s.lower().startswith("minister")]
    assert all(m.actor.country != "SEN" or m.type != "person" for m in found)


def test_a_monarch_named_by_another_word() -> None:
    text = ("Le roi de Jordanie, Abdallah II, a reçu jeudi à Amman le président mauritanien. "
            "Le souverain a souligné la solidité des liens entre les deux pays.")
    country, _ = _actor_of(text, "fr", "souverain")
    assert country == "JOR"


def test_a_collective_body_is_the_state_named_before() -> None:
    text = ("Nigerien troops clashed with gunmen near Tillaberi on Sunday. "
            "The army said twelve assailants had been killed.")
    country, _ = _actor_of(text, "en", "army")
    assert country == "NER"


def test_a_collective_body_is_the_subject_state_before() -> None:
    text = ("Le Tchad a reçu mardi une délégation soudanaise, selon la présidence. "
            "Le gouvernement a ensuite annoncé la réouverture de la frontière.")
    country, _ = _actor_of(text, "fr", "gouvernement")
    assert country == "TCD"


def test_the_attackers_are_the_armed_group_named_just_before() -> None:
    text = ("L'État islamique au Sahel a revendiqué mercredi l'attaque contre le camp de Tessit. "
            "Selon l'armée, les assaillants ont été repoussés après trois heures de combats.")
    spans = [(s, m) for s, m in mentions(text, "fr") if "assaillants" in s]
    assert spans and spans[0][1].actor.kind in ("UAG", "REB") and spans[0][1].actor.code not in ("UAG", None)


def test_the_kingdom_is_the_monarchy_named_before() -> None:
    text = ("Le président nigérien a été reçu mardi à Riyad par le prince héritier saoudien. "
            "Niamey espère attirer des investissements du royaume dans le secteur minier.")
    spans = [m for s, m in mentions(text, "fr") if s.lower() == "royaume"]
    assert spans and spans[0].actor.country == "SAU"


def test_a_kingdom_named_in_full_is_not_pointing_back() -> None:
    text = "Le Maroc a reçu mardi une délégation du Royaume-Uni."
    assert not [m for s, m in mentions(text, "fr") if s.lower() == "royaume"]


def test_two_holders_of_the_office_in_one_sentence_leave_it_open() -> None:
    text = ("Turkey's defence minister was received in Bamako on Monday by Mali's defence minister. "
            "The minister said drones would be delivered before the rainy season.")
    country, _ = _actor_of(text, "en", "minister")
    assert country is None


def test_a_nationality_said_of_a_thing_is_no_state_for_a_body() -> None:
    text = ("Des manifestants brandissaient des drapeaux turcs devant l'Assemblée. "
            "Les autorités ont promis une enquête.")
    country, _ = _actor_of(text, "fr", "autorités")
    assert country != "TUR"
