"""Speakers the twelfth framing batch showed were missed (real models): a role set after a name that a later
« l'avocate » or "the lawyer" points back to, a verb the parser swallowed into an apposition (« X, économiste à ...,
juge que », « Un éleveur, joint par téléphone, parle d'« ... » »), a body last heard through a pronoun that a
definite « l'organisation » points back to, a body's name between commas after its noun, an outlet whose title opens
the sentence with its article elided or follows its noun and a nationality, a body's view given with "For the
ministry,", an attribution set between commas inside the sentence, a definite office that the actor resolver points
back to its holder, a singular pronoun that skips a plural subject, a role word the parser tagged a verb
(« un enseignant raconte »), and « son porte-parole » of the body that became the subject since the last speaker. Every
sentence was written for this file; none is in the gold set, and each case failed before the mechanism it tests was
added."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import pytest

from newsgraph.evaluation import spec_matches
from newsgraph.models import Quote

QuoteIn = Callable[[str, str, str], Quote]

CASES = [
    # a role set after the name is what a definite title points back with, in either gender
    ("fr", "« Le dossier est vide », estime Awa Traoré, avocate de l'ancien ministre. L'avocate affirme que son "
           "client sera libéré « avant la fin du mois ».", "avant la fin du mois", {"name": ["Awa Traoré"]}),
    ("en", "\"My client was never charged,\" said Idrissa Maïga, the lawyer of a blogger held in Niamey. The lawyer said "
           "he would appeal \"to every court that will hear us\".", "to every court that will hear us",
     {"name": ["Idrissa Maïga"]}),
    # the verb after an apposition, which the parser read as one more noun
    ("fr", "Moussa Coulibaly, économiste au Centre d'études stratégiques de Bamako, juge pour sa part que la mesure "
           "« arrive trop tard ».", "arrive trop tard", {"name": ["Moussa Coulibaly"]}),
    ("fr", "Un éleveur de la commune, joint par téléphone, parle d'« une saison sans pluie ni récolte ».",
     "une saison sans pluie ni récolte", {"kind": "CVL"}),
    # a definite body noun is the body heard last (here through « Elle »), not the one named last
    ("fr", "La Commission de l'Union africaine a publié lundi une note après la réunion des ministres de l'AES. Elle y "
           "estime que le dialogue « reste la seule voie ». L'organisation appelle aussi les parties à « s'abstenir "
           "de toute escalade ».", "s'abstenir de toute escalade", {"name": ["African Union", "Union africaine", "AU", "UA"]}),
    # a body's name between the commas after its noun, though the parser broke it
    ("en", "Togo's opposition coalition, the Dynamique pour la majorité du peuple, said on Friday that the new "
           "constitution was \"a coup against the people\".", "a coup against the people",
     {"name": ["Dynamique pour la majorité du peuple"]}),
    # an outlet's title opening the sentence with its article elided
    ("fr", "La presse de Ouagadougou commente la réforme. L'Express du Faso se demande « qui paiera la facture ».",
     "qui paiera la facture", {"name": ["L'Express du Faso"]}),
    # an outlet named after its noun and a nationality; its editorialist speaks for it
    ("fr", "Le bihebdomadaire nigérien L'Événement juge la réforme « mal préparée ». L'éditorialiste ajoute que les "
           "commerçants « n'ont pas été consultés ».", "n'ont pas été consultés", {"name": ["L'Événement"]}),
    # "For the ministry," is a body's view
    ("en", "For the Beninese foreign ministry, the closure of the border is \"a decision Niamey alone took\".",
     "a decision Niamey alone took", {"country": "BEN"}),
    # an attribution between commas inside the sentence, before the quoted words
    ("fr", "Le vice-ministre turc du Commerce a été reçu lundi à Niamey par le chef de l'État nigérien. À l'issue de "
           "l'audience, le responsable turc a salué « un partenariat exemplaire ». Le président, a-t-il ajouté, lui a "
           "remis « une liste de projets prioritaires ».", "une liste de projets prioritaires", {"country": "TUR"}),
    # a definite office named alone is the holder the actor resolver points it back to, not the host state
    ("en", "Turkey's trade minister, Kemal Aydın, toured the Katako market in Niamey on Tuesday with Nigerien traders. "
           "\"Turkish firms will rebuild the market,\" the minister said.", "Turkish firms will rebuild",
     {"country": "TUR"}),
    # « il », "he" stand for one: a plural subject in between is not what they point back to
    ("en", "Niger's trade minister visited the Katako market on Monday. The traders complained about the new levy. "
           "\"We will review it before June,\" he said.", "We will review it", {"kind": "GOV"}),
    ("fr", "Le ministre nigérien du Commerce a visité lundi le marché de Katako. Les commerçants se sont plaints de la "
           "nouvelle taxe. « Nous la réviserons avant juin », a-t-il assuré.", "Nous la réviserons", {"kind": "GOV"}),
    # a role word after its article is the person « il » stands for, though the parser tagged it a verb
    ("fr", "Revenu de la région de Gao, un enseignant raconte la fermeture de son école. « Ils ont brûlé tous les "
           "cahiers », témoigne-t-il.", "Ils ont brûlé tous les cahiers", {"kind": "EDU"}),
    # « son porte-parole » is the body that became the subject after the outlet that spoke
    ("fr", "Citant des habitants, la radio Studio Tamani rapporte que des hommes du Front de libération de l'Azawad ont "
           "été aperçus près de Tessalit. Contacté par téléphone, le mouvement a démenti. « Nos positions n'ont pas "
           "changé », a affirmé son porte-parole.", "Nos positions n'ont pas", {"name": ["Front de libération de l'Azawad", "FLA"]}),
]


@pytest.mark.models
@pytest.mark.parametrize(("lang", "text", "words", "spec"), CASES)
def test_speakers_of_batch_twelve_mechanisms(lang: str, text: str, words: str, spec: dict[str, object],
                                             quote_in: QuoteIn) -> None:
    q = quote_in(text, lang, words)
    got = asdict(q.speaker) if q.speaker else None
    assert spec_matches(spec, got), f"{words!r}: got {got}"
