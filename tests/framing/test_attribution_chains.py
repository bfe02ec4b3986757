"""Speakers met again by a role noun, a locution or a sentence after the quote, and the cases where such a rule
must not fire (real models). Every sentence was written for this file; none is in the gold set, and each case
failed before the mechanism it tests was added."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import pytest

from newsgraph.evaluation import spec_matches
from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]

CASES = [
    # the standard attribution locutions besides « selon » and "according to"
    ("fr", "À en croire le gouverneur de Tahoua, les pluies de juillet ont détruit « plus de trois cents greniers ».",
     "plus de trois cents greniers", {"country": "NER"}),
    ("fr", "Aux yeux du ministre malien des Mines, le nouveau code minier reste « le plus juste de la sous-région ».",
     "le plus juste de la sous-région", {"country": "MLI"}),
    ("en", "In the view of Niger's finance minister, the new levy on imports is \"a matter of survival.\"",
     "a matter of survival", {"country": "NER"}),
    # a demonstrative title points back at the person just heard
    ("fr", "« Le marché de bétail ne rouvrira pas avant la saison des pluies », a déclaré Ibrahim Diallo, président de "
           "la Fédération des éleveurs du Yatenga. Aux yeux de ce responsable, l'État a « abandonné les pasteurs ».",
     "abandonné les pasteurs", {"name": ["Ibrahim Diallo"]}),
    # a definite « le diplomate » / "the diplomat" is the foreign envoy named before
    ("fr", "L'ambassadeur du Japon au Burkina Faso a inauguré mercredi un forage à Kaya. « Nous financerons dix puits "
           "de plus », a promis le diplomate.", "Nous financerons dix puits", {"country": "JPN"}),
    # « l'intéressé » is the person the story is about, like « il »
    ("fr", "L'ancien maire de Kaya, Paul Sawadogo, a été inculpé lundi pour détournement de fonds. L'intéressé a "
           "affirmé qu'il « n'a rien à se reprocher ».", "rien à se reprocher", {"name": ["Paul Sawadogo"]}),
    # a quote of whole sentences, then « Ainsi parle X »
    ("fr", "« Le puits est à sec depuis mars. Les bêtes meurent une à une. » Ainsi parle Oumarou Maïga, éleveur à "
           "Tillia.", "Les bêtes meurent une à une", {"name": ["Oumarou Maïga"]}),
    # « prévient-elle » between commas inside the marks attributes the quote that holds it
    ("fr", "Awa Traoré, mère de trois élèves, attend chaque matin devant le lycée fermé de Gao. « Nous ne partirons "
           "pas, prévient-elle, tant que l'école restera fermée. »", "tant que l'école restera fermée",
     {"name": ["Awa Traoré"]}),
    # a fronted participle with its own agent before the subject of « a salué »
    ("fr", "Reçu mardi à Ouagadougou par le capitaine Traoré, l'émissaire du président togolais a salué « le courage du "
           "peuple burkinabè ».", "le courage du peuple", {"country": "TGO"}),
    # an unnamed worker speaks for labour, a taxi driver for transporters (GUIDE-framing 7.6)
    ("en", "Workers at the cement plant in Malbaza said they had not been paid since May.",
     "they had not been paid since May", {"kind": "LAB"}),
    ("fr", "« L'essence coûte le double depuis lundi », soupire un chauffeur de taxi de Ouagadougou.",
     "L'essence coûte le double", {"kind": "BUS"}),
    # a wire agency that relays a body whose own verb and subject are given is not the speaker
    ("en", "The new customs code \"protects our farmers first,\" Niger's trade ministry added, as quoted by the "
           "Chinese agency Xinhua.", "protects our farmers first", {"country": "NER"}),
    # press reviews: a headline verb, outlets the dictionaries lack, "its front page" after the outlet's clause
    ("en", "\"Back to the drawing board,\" headlined Le Réveil du Liptako, a weekly in Dori.", "Back to the drawing board",
     {"name": ["Le Réveil du Liptako"]}),
    ("en", "In Lomé, The Coastal Herald was blunter: \"Nobody won,\" its front page read.", "Nobody won",
     {"name": ["The Coastal Herald"]}),
    ("fr", "Plus sévère, Le Veilleur du Sahel se demande « à quoi servent encore les urnes ».",
     "à quoi servent encore les urnes", {"name": ["Le Veilleur du Sahel"]}),
    # the outlet named inside the document's or the journalist's own phrase
    ("en", "An editorial in the Bamako paper Le Flambeau Soudanais warned that \"the harvest will not wait for "
           "diplomats.\"", "the harvest will not wait", {"name": ["Le Flambeau Soudanais"]}),
    ("fr", "Le quotidien d'État Sidwaya salue la mesure. L'éditorialiste du bimensuel L'Horizon Nouveau estime pour sa "
           "part que le texte « arrive trop tard ».", "arrive trop tard", {"name": ["L'Horizon Nouveau"]}),
]

ROUND_2 = [
    # a country named in an envoy's title is the visitor's: « le chef de l'État » stays the host
    ("fr", "Reçu lundi à Kosyam par le chef de l'État, l'envoyé spécial du président égyptien a salué « une coopération "
           "exemplaire ». Selon la présidence, le chef de l'État a rappelé que le Burkina « ne cède à aucune pression ».",
     "ne cède à aucune pression", {"country": "BFA"}),
    # « Côté malien, »: the side the sentence opens with gives an untitled official's country
    ("fr", "L'ambassadeur d'Italie a rencontré mardi les autorités nigériennes à Niamey. Côté malien, le porte-parole du "
           "gouvernement a répété que la route de Gao restait « ouverte aux convois ».",
     "ouverte aux convois", {"country": "MLI"}),
    # « À la BCEAO, un cadre »: an unnamed staff member speaks for the body the sentence opens at (and « rappelle »,
    # tagged an adjective, is still the reporting verb)
    ("fr", "Les marchés de Lomé ont reculé lundi. À la BCEAO, un cadre interrogé par téléphone rappelle que les réserves "
           "de change restent solides pour six mois.", "les réserves de change restent solides",
     {"name": ["BCEAO"]}),
    # « l'intéressé » between a fronted participle and its verb
    ("fr", "L'ancien ministre Boubacar Traoré, en exil depuis 2023, a été condamné jeudi à cinq ans de prison. Joint à "
           "Dakar, l'intéressé dénonce « une parodie de procès ».", "une parodie de procès",
     {"name": ["Boubacar Traoré"]}),
    # « les signataires de la lettre » are the authors of the letter
    ("fr", "Une trentaine de syndicats d'enseignants ont publié vendredi une lettre ouverte au Premier ministre. Les "
           "signataires de la lettre estiment que la réforme « frappe d'abord les plus pauvres ».",
     "frappe d'abord les plus pauvres", {"kind": "LAB"}),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words", "spec"), CASES)
def test_speaker_through_a_back_reference_or_locution(lang: str, text: str, words: str, spec: dict[str, object],
                                                     quote_in: QuoteIn) -> None:
    q = quote_in(text, lang, words)
    got = asdict(q.speaker) if q.speaker else None
    assert spec_matches(spec, got), f"{words!r}: got {got}"


# Shapes the second round fixed on dev items whose parse these sentences do not reproduce: they passed before the
# change too, and guard the behaviour rather than show the mechanism.
GUARDS = [
    # a partial quote that finishes a reported clause: one clause, and the words are the reporter's speaker's
    ("fr", "Le ministre burkinabè des Transports maintient que le pays n'a « jamais fermé » la frontière avec le Togo.",
     "jamais fermé", {"country": "BFA"}),
    # « précise le communiqué, lu sur ... »: a participle tagged as a name is not the subject
    ("fr", "Le Conseil des ministres du Niger a adopté mercredi un décret sur les loyers. « Aucune hausse ne sera tolérée "
           "avant décembre », précise encore le communiqué, lu sur la télévision nationale.",
     "Aucune hausse ne sera tolérée", {"country": "NER"}),
    # a state daily the dictionaries know, which NER takes for a person, speaks through the headline it chose
    ("en", "The Malian state daily L'Essor chose \"Sovereignty before all\" for its front page on Monday.",
     "Sovereignty before all", {"country": "MLI"}),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words", "spec"), ROUND_2 + GUARDS)
def test_speaker_through_a_frame_a_title_or_a_mistagged_verb(lang: str, text: str, words: str, spec: dict[str, object],
                                                             quote_in: QuoteIn) -> None:
    q = quote_in(text, lang, words)
    got = asdict(q.speaker) if q.speaker else None
    assert spec_matches(spec, got), f"{words!r}: got {got}"


@pytest.mark.models
def test_a_verb_of_saying_before_an_infinitive_reports_it(quote_in: QuoteIn) -> None:
    """« les commerçants disent écouler ... » with « disent » tagged an adverb: the infinitive clause is reported."""
    q = quote_in("À Gaya, les commerçants disent écouler à peine la moitié de leurs stocks depuis juin.", "fr",
                 "écouler à peine la moitié")
    assert q.speaker is not None and q.speaker.kind == "CVL"


@pytest.mark.models
def test_an_inner_incise_is_not_quoted(quote_in: QuoteIn) -> None:
    """« ..., poursuit-elle, ... » inside the marks attributes the quote and is left out of its text."""
    q = quote_in("Awa Traoré vend des légumes à Gao. « Les prix montent chaque semaine, poursuit-elle, et personne ne "
                 "nous écoute. »", "fr", "personne ne nous écoute")
    assert "poursuit" not in q.text and q.text.startswith("Les prix montent chaque semaine")
    assert q.speaker is not None and q.speaker.name == "Awa Traoré"


@pytest.mark.models
def test_a_country_after_an_envoy_to_it_stays_the_story_s(quote_in: QuoteIn) -> None:
    """"ambassador of China to Chad": Chad is the host, so an untitled minister there is Chadian."""
    q = quote_in("L'ambassadeur de Chine au Tchad a visité mardi le chantier de la route de Mongo. Le ministre des "
                 "Infrastructures a affirmé que les travaux « avancent bien ».", "fr", "avancent bien")
    assert q.speaker is not None and q.speaker.country == "TCD"


NOBODY = [
    # an indefinite diplomat is nobody in particular, even after an ambassador was named
    ("fr", "L'ambassadeur du Japon a inauguré mercredi un forage à Kaya. « Les bailleurs attendent des garanties », "
           "a confié un diplomate.", "Les bailleurs attendent des garanties"),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words"), NOBODY)
def test_no_speaker_is_invented(lang: str, text: str, words: str, quote_in: QuoteIn) -> None:
    assert quote_in(text, lang, words).speaker is None


@pytest.mark.models
def test_a_health_worker_stays_a_civilian(quote_in: QuoteIn) -> None:
    q = quote_in("\"We ran out of insulin on Friday,\" a health worker at the Zinder clinic said.", "en",
                 "We ran out of insulin")
    assert q.speaker is not None and q.speaker.kind == "CVL"


@pytest.mark.models
def test_the_idiom_in_the_eyes_of_the_law_has_no_speaker(quote_in: QuoteIn) -> None:
    """« Aux yeux de la loi » names no speaker: whatever the clause becomes, nobody says it."""
    from newsgraph.ingest.readers import RawArticle
    from newsgraph.pipeline import analyze

    rec = next(analyze([RawArticle(text="Aux yeux de la loi, tous les candidats inscrits sont égaux devant le scrutin.",
                                   path=None, date="2025-04-10", language="fr")]))
    assert all(q.speaker is None for q in rec.quotes)


@pytest.mark.models
def test_a_relaying_agency_speaks_when_nobody_else_does(quote_in: QuoteIn) -> None:
    """With no reporting verb of its own in the sentence, "as quoted by X" still names the source."""
    q = quote_in("Forty tonnes of rice \"reached Agadez on Sunday,\" as quoted by Xinhua.", "en", "reached Agadez")
    assert q.speaker is not None and q.speaker.country == "CHN"
