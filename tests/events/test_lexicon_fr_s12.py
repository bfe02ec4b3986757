"""French wire vocabulary added family by family (S12): each sentence codes its CAMEO root, or its exact code where
a wrong reading used to win, and the same words in their everyday senses stay silent (real models, sentences
written for this test)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Record
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.models

CODED_ROOT = [
    ("01", "Les autorités de Ouagadougou ont rebaptisé samedi l'avenue de la France."),
    ("01", "Le gouvernement nigérien s'est inscrit en faux contre les accusations de Paris."),
    ("04", "Le ministre malien de la Défense a débattu mardi avec son homologue turc de la coopération militaire."),
    ("04", "Le Togo a abrité jeudi une table ronde entre le Burkina Faso et la CEDEAO."),
    ("05", "Le Tchad a finalisé lundi un accord de défense avec la Hongrie."),
    ("07", "Washington a dépêché mercredi des équipes de secours en Jamaïque."),
    ("07", "L'Algérie a volé au secours du Niger après les inondations de septembre."),
    ("08", "La cour d'appel de Dakar a acquitté mardi l'ancien ministre de l'Énergie."),
    ("08", "Les syndicats d'enseignants burkinabè ont suspendu vendredi leur mot d'ordre de grève."),
    ("11", "Le Premier ministre guinéen a voué aux gémonies la CEDEAO."),
    ("12", "La Cour suprême ivoirienne a débouté l'opposition."),
    ("12", "Le Mali a boudé le sommet de la CEDEAO à Abuja."),
    ("12", "Les putschistes nigériens ont passé outre les mises en garde de la CEDEAO."),
    ("14", "Des centaines de jeunes sont descendus dans les rues de Lomé dimanche."),
    ("14", "Les enseignants entrent en grève à Bamako."),
    ("15", "Le Niger a rappelé ses réservistes."),
    ("17", "La Cour d'État a levé vendredi l'immunité de l'ancien président Mohamed Bazoum."),
    ("17", "La Cour pénale internationale a rendu public un mandat d'arrêt contre Iyad Ag Ghaly."),
    ("17", "Des militaires ont déposé le président Bazoum."),
    ("17", "La Cour constitutionnelle a invalidé la candidature de l'opposant."),
    ("18", "Des policiers ont roué de coups un manifestant à Conakry."),
    ("18", "Des jihadistes ont fouetté des habitants de Djibo."),
    ("19", "Des hommes armés ont assailli un poste de police à Kaya."),
    ("19", "L'armée burkinabè a mis en déroute les assaillants."),
]

# Idioms whose literal reading used to give another code.
CODED_EXACT = [
    ("115", "Le Burkina Faso a attaqué en justice le quotidien français Le Monde."),
    ("163", "Le Niger a suspendu la délivrance de visas aux ressortissants américains."),
    ("194", "Les rebelles ont tiré des obus sur Goma."),
]

# The same words where nothing happens between actors.
SILENT = [
    ("08", "Le gouvernement acquitte sa dette envers les enseignants."),
    ("04", "Les députés ont débattu du projet de loi de finances."),
    ("05", "Le romancier a finalisé son manuscrit."),
    ("01", "Le journal a rebaptisé sa rubrique économique."),
    ("14", "Les élèves sont descendus dans la cour de l'école."),
    ("17", "Les journalistes ont braqué les projecteurs sur la crise."),
    ("07", "Le vendeur a glissé une enveloppe au client."),
    ("17", "Le ministre a fait le procès de la France."),  # criticism, not a trial
    ("17", "Le député malien a rendu son mandat au président de l'Assemblée."),
    ("19", "Les journalistes ont assailli le ministre nigérien de questions."),
    ("05", "Le président ivoirien s'entend bien avec son homologue ghanéen."),
    ("08", "Le directeur général de la police nigérienne a quitté ses fonctions."),
    ("04", "Depuis la venue au pouvoir des militaires au Niger, la France a retiré ses troupes."),
    ("19", "Le bouclage du financement du projet avec la Banque mondiale est prévu en mars."),
    ("07", "La société malienne approvisionne la Guinée en carburant."),
    ("19", "L'entreprise malienne est criblée de dettes."),
]


def _records(texts: list[str]) -> list[Record]:
    return list(analyze([RawArticle(text=t, path=None, date="2025-06-12", language="fr") for t in texts]))


def _asserted(rec: Record, attr: str) -> set[str]:
    return {getattr(e, attr) for e in rec.events if e.modality == "asserted"}


def test_new_french_wire_words_code_their_root() -> None:
    got = _records([text for _, text in CODED_ROOT])
    missed = [(root, text, _asserted(rec, "root")) for (root, text), rec in zip(CODED_ROOT, got, strict=True)
              if root not in _asserted(rec, "root")]
    assert not missed


def test_french_idioms_beat_their_literal_reading() -> None:
    got = _records([text for _, text in CODED_EXACT])
    wrong = [(code, text, _asserted(rec, "cameo")) for (code, text), rec in zip(CODED_EXACT, got, strict=True)
             if code not in _asserted(rec, "cameo")]
    assert not wrong


def test_new_french_words_stay_silent_in_their_everyday_senses() -> None:
    got = _records([text for _, text in SILENT])
    fired = [(root, text, _asserted(rec, "root")) for (root, text), rec in zip(SILENT, got, strict=True)
             if root in _asserted(rec, "root")]
    assert not fired
