"""English wire vocabulary added family by family (s12): phrasal verbs, support-verb idioms and plain verbs the
lexicon did not know code their CAMEO root, and the same words in everyday prose stay silent (real models,
sentences written for this test)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.models

CODED = [
    ("04", "Senegal's prime minister stopped over in Bamako on Monday."),
    ("07", "The United Nations airdropped food to besieged residents of El Fasher."),
    ("08", "The United States rolled back sanctions on Syria on Friday."),
    ("08", "Sudan's army chief Abdel Fattah al-Burhan stepped aside as head of the Sovereignty Council."),
    ("11", "Chad's government chastised France over the remarks."),
    ("11", "Moscow bristled at the European Union's new sanctions."),
    ("11", "Mali's foreign minister took issue with Algeria over the drone incident."),
    ("11", "The court in Bamako handed down a 10-year sentence to the former defence minister."),
    ("12", "Niger's junta shunned the ECOWAS summit in Abuja."),
    ("14", "Mining workers downed tools at the Loulo-Gounkoto complex in Mali."),
    ("17", "Nigeria arraigned 50 coup suspects before a military court."),
    ("17", "Kenyan police tracked down the suspects in Mombasa."),
    ("17", "Kenya's parliament impeached the deputy president."),
    ("19", "Nigerien troops fended off Islamic State fighters near Tillaberi."),
    ("19", "The army beat back an assault by JNIM fighters on the base at Boulkessi."),
]

# The same words in their everyday senses: no event at all.
SILENT = [
    "The engineers rolled back the software update after a bug.",
    "The ministry placed an order for new buses.",
    "The singer stepped aside to let her colleague speak.",
    "The team shunned publicity after the match.",
    "The rain pummelled the coast for two days.",
    "Students took issue with the new exam schedule.",
    "Fishermen boarded the boat at dawn.",
    "Nigeria's finance minister faced a barrage of criticism from lawmakers.",
    "Russia airdropped paratroopers near Kidal.",
    "The president faced an onslaught of criticism from the opposition.",
]


def _roots(texts: list[str]) -> list[set[str]]:
    arts = [RawArticle(text=t, path=None, date="2025-03-14", language="en") for t in texts]
    return [{e.root for e in rec.events if e.modality == "asserted"} for rec in analyze(arts)]


def test_new_wire_vocabulary_codes_its_root() -> None:
    got = _roots([text for _, text in CODED])
    missed = [(root, text, roots) for (root, text), roots in zip(CODED, got, strict=True) if root not in roots]
    assert not missed


def test_the_same_words_in_everyday_prose_code_nothing() -> None:
    got = _roots(SILENT)
    assert not [(text, roots) for text, roots in zip(SILENT, got, strict=True) if roots]
