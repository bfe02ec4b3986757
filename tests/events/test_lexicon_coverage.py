"""Lexicon coverage: common news words added by vocabulary (not by sentence) code their CAMEO root in both
languages, and the ambiguous ones stay silent on ordinary prose (real models, sentences written for this test)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.models

CODED = [
    # English
    ("en", "17", "Mutinous soldiers deposed the president of Gabon on Wednesday."),
    ("en", "17", "Army officers toppled Sudan's government in a dawn operation."),
    ("en", "11", "Chad's foreign minister tore into France at a news conference in N'Djamena."),
    ("en", "11", "Niger's prime minister poured scorn on the European Union."),
    ("en", "05", "Senegal and Mauritania hammered out a deal on gas exports."),
    ("en", "19", "Burkinabe troops dislodged Islamic State fighters from a hill near Markoye."),
    ("en", "04", "Ghana's president played host to Burkina Faso's prime minister in Accra."),
    ("en", "14", "Guinean soldiers mutinied at a barracks in Conakry."),
    ("en", "11", "Guinea's prime minister took aim at ECOWAS on Friday."),
    ("en", "16", "Niger turned its back on the International Organisation of La Francophonie."),
    ("en", "17", "Chad's military government placed him under house arrest in N'Djamena."),
    # French
    ("fr", "17", "Des militaires gabonais ont renversé le président Ali Bongo."),
    ("fr", "11", "Le ministre tchadien des Affaires étrangères a étrillé la France mardi."),
    ("fr", "16", "Le Niger a résilié l'accord de coopération militaire avec les États-Unis."),
    ("fr", "19", "L'armée burkinabè a reconquis la ville de Djibo face aux jihadistes de l'État islamique."),
    ("fr", "19", "L'armée malienne a délogé les rebelles du FLA de leurs positions près de Tinzaouaten."),
    ("fr", "18", "Des hommes armés ont blessé deux policiers sénégalais près de Kédougou."),
    ("fr", "08", "La junte guinéenne a remis en liberté trois responsables de l'opposition."),
    ("fr", "08", "Le Premier ministre nigérien a démissionné."),
    ("fr", "04", "Le président ghanéen a fait escale à Ouagadougou."),
    ("fr", "11", "Le Sénégal a traduit en justice trois soldats gambiens."),
    ("fr", "03", "Le Maroc a tendu la main à l'Algérie."),
    ("fr", "16", "Le Tchad a tourné le dos à la France."),
    ("fr", "17", "Des assaillants ont mis le feu à une mairie au Niger."),
]

# The same verbs in their everyday senses: the object lists keep them silent.
SILENT = [
    ("en", "17", "A strong wind toppled trees across Dakar on Sunday."),
    ("en", "05", "The blacksmith hammered out a new blade in his workshop."),
    ("fr", "17", "Un camion s'est renversé près de Gao et le vent a renversé des arbres."),
    ("fr", "11", "Le ministre a traduit son discours en anglais."),
]


def _roots(lang: str, texts: list[str]) -> list[set[str]]:
    arts = [RawArticle(text=t, path=None, date="2025-03-14", language=lang) for t in texts]
    return [{e.root for e in rec.events if e.modality == "asserted"} for rec in analyze(arts)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_new_vocabulary_codes_its_root(lang: str) -> None:
    items = [(root, text) for lg, root, text in CODED if lg == lang]
    got = _roots(lang, [text for _, text in items])
    missed = [(root, text, roots) for (root, text), roots in zip(items, got, strict=True) if root not in roots]
    assert not missed


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ambiguous_new_verbs_stay_silent_without_their_objects(lang: str) -> None:
    items = [(root, text) for lg, root, text in SILENT if lg == lang]
    got = _roots(lang, [text for _, text in items])
    fired = [(root, text, roots) for (root, text), roots in zip(items, got, strict=True) if root in roots]
    assert not fired
