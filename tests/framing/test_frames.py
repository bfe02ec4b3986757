"""Frames: the 14 Media Frames Corpus frames on real sentences in English and French, with evidence."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsgraph.framing import frames as F
from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Frame
from newsgraph.pipeline import analyze

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"

SANCTIONS_EN = ("The sanctions imposed by the regional bloc have pushed up the price of rice and cooking oil in "
                "Niamey by a third. Traders say their imports are stuck at the Benin border and their turnover has "
                "collapsed. The government estimates the loss of customs revenue at 80 billion CFA francs.")
SANCTIONS_FR = ("Les sanctions imposées par l'organisation régionale ont fait grimper d'un tiers le prix du riz et de "
                "l'huile à Niamey. Les commerçants affirment que leurs marchandises sont bloquées à la frontière "
                "béninoise et que leur chiffre d'affaires s'est effondré. Le gouvernement chiffre la perte de "
                "recettes douanières à 80 milliards de francs CFA.")
SECURITY_EN = ("Gunmen on motorbikes attacked an army post near Djibo at dawn on Sunday, the armed forces said. "
               "Soldiers repelled the assault after two hours of fighting and an air strike destroyed several "
               "vehicles of the attackers. The jihadist group active in the area has not claimed the attack.")
SECURITY_FR = ("Des hommes armés à moto ont attaqué dimanche à l'aube un poste de l'armée près de Djibo, selon "
               "l'état-major. Les soldats ont repoussé l'assaut après deux heures de combat et une frappe aérienne a "
               "détruit plusieurs véhicules des assaillants. Le groupe djihadiste actif dans la zone n'a pas "
               "revendiqué l'attaque.")


def names(frames: list[Frame]) -> list[str]:
    return [f.name for f in frames]


def test_every_frame_is_defined_with_cues_and_examples_in_both_languages() -> None:
    defs = F.definitions()
    assert [d.name for d in defs] == list(F.FRAMES) and len(F.FRAMES) == 14
    assert all(d.description and d.cues["en"] is not None and d.cues["fr"] is not None for d in defs)
    texts, labels = F.examples()
    for j, name in enumerate(F.FRAMES):
        mine = [t for t, lab in zip(texts, labels) if lab == j]
        assert len(mine) >= 16, name     # at least 8 per language, checked per language by examples()


def test_frame_names_are_the_gold_files_names() -> None:
    for part in ("dev", "test"):
        for line in (GOLD / part / "framing.jsonl").read_text(encoding="utf-8").splitlines():
            assert set(json.loads(line)["frames"]) <= set(F.FRAMES)


def test_the_shipped_embeddings_match_the_example_sentences() -> None:
    # after editing frames_examples.yaml, run `python -m newsgraph.framing.frames` to rebuild them
    texts, _ = F.examples()
    with (F.DATA / "frames_embeddings.npz").open("rb") as fh:
        data = np.load(fh)
        assert str(data["key"]) == F.text_hash(texts) and data["vectors"].shape == (len(texts), 512)


def test_cues_match_whole_words_and_word_endings() -> None:
    rx = F.compile_cues(["sanction*", "prix", "arms", "forces armées", "resté* fidèle*"], "t.yaml", "x")
    assert F.cue_hits(rx, "Les sanctions ont fait monter les prix.") == 2
    assert F.cue_hits(rx, "Les forces  armées sont restées fidèles.") == 2
    assert F.cue_hits(rx, "Disarmed farmers in the sanctuary: armsful of straw") == 0   # whole words only
    assert F.cue_hits(F.compile_cues(["Russia's support"], "t.yaml", "x"), "Russia’s support") == 1


@pytest.mark.parametrize("text, lang", [(SANCTIONS_EN, "en"), (SANCTIONS_FR, "fr")])
def test_an_economic_sanctions_paragraph_is_economic(text: str, lang: str) -> None:
    got = F.find_frames(text, lang)
    assert "Economic" in names(got)[:2], names(got)
    econ = next(f for f in got if f.name == "Economic")
    assert 0 < econ.score <= 1 and econ.kind == "frame" and econ.coder == F.CODER
    evidence = [text[a:b] for a, b in econ.spans]
    assert any("prix" in s or "price" in s for s in evidence), evidence


@pytest.mark.parametrize("text, lang", [(SECURITY_EN, "en"), (SECURITY_FR, "fr")])
def test_a_security_report_is_security_and_not_economic(text: str, lang: str) -> None:
    got = names(F.find_frames(text, lang))
    assert got[0] == "Security_and_defense" and "Economic" not in got, got


def test_at_most_three_frames_and_every_span_is_a_sentence() -> None:
    text = SANCTIONS_EN + " " + SECURITY_EN
    got = F.find_frames(text, "en")
    assert 1 <= len(got) <= F.MAX_FRAMES
    starts = {a for a, _ in F.split_sentences(text)}
    assert all(a in starts and text[a:b].strip() for f in got for a, b in f.spans)
    assert {"Economic", "Security_and_defense"} <= set(names(got))


def test_empty_text_has_no_frame() -> None:
    assert F.find_frames("", "en") == [] and F.find_frames("   ", "fr") == []


@pytest.mark.models
def test_the_stage_fills_frames_through_the_pipeline() -> None:
    raws = [RawArticle(text=SECURITY_FR, path="sec", date="2025-04-10", language="fr")]
    rec = next(analyze(raws, stages=[F.FrameStage()]))
    frames = [f for f in rec.frames if f.kind == "frame"]
    assert frames and frames[0].name == "Security_and_defense"
    assert all(rec.text[a:b].strip() for f in frames for a, b in f.spans)
    assert rec.coder and "frames " + F.VERSION in rec.coder
