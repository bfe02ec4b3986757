"""Quotes in every quoting style with their speakers (real models)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.framing.quotes import find_quote_spans
from newsgraph.ingest.readers import RawArticle, read_file
from newsgraph.pipeline import analyze


def test_quote_marks_of_every_style() -> None:
    text = 'He said "we stay". Elle a dit « nous restons ». They called it “a friendly atmosphere”.'
    got = [text[s.start:s.end] for s in find_quote_spans(text)]
    assert got == ["we stay", "nous restons", "a friendly atmosphere"]


def test_guillemets_with_spaces_inside() -> None:
    text = "Le ministre a déclaré : «\u00a0Nous vaincrons\u00a0»."
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == ["Nous vaincrons"]


def _analyze(text: str, lang: str):
    return next(analyze([RawArticle(text=text, path=None, date="2025-04-10", language=lang)]))


@pytest.mark.models
def test_interrupted_quote_is_one_quote_with_its_speaker() -> None:
    rec = _analyze('"We will not yield," Niger\'s foreign minister said, "whatever the cost."', "en")
    direct = [q for q in rec.quotes if q.direct]
    assert len(direct) == 1
    q = direct[0]
    assert q.text == "We will not yield, whatever the cost."
    assert q.speaker is not None and q.speaker.code == "NERGOV"
    assert rec.text[q.span[0]] == "W" and rec.text[q.span[1] - 1] == "."


@pytest.mark.models
def test_reported_speech_and_according_to() -> None:
    rec = _analyze("The Malian army said that its drones destroyed a rebel base. According to ECOWAS, the border "
                   "will stay open.", "en")
    indirect = {q.text: q for q in rec.quotes if not q.direct}
    assert any("drones destroyed a rebel base" in t for t in indirect)
    assert any(q.speaker and q.speaker.code == "ECOWAS" and "border will stay open" in q.text
               for q in indirect.values())


@pytest.mark.models
def test_french_quotes_and_pronoun_speakers() -> None:
    rec = _analyze("« Nous ne céderons pas », a déclaré le ministre malien des Affaires étrangères, Abdoulaye Diop. "
                   "« La souveraineté n'est pas négociable », a-t-il ajouté.", "fr")
    direct = [q for q in rec.quotes if q.direct]
    assert len(direct) == 2
    assert all(q.speaker is not None and q.speaker.country == "MLI" for q in direct)


@pytest.mark.models
def test_the_seed_quotes(seed_dir: Path) -> None:
    art = read_file(str(next(seed_dir.glob("*.txt")))).articles[0]
    rec = next(analyze([art]))
    by_text = {q.text: q for q in rec.quotes if q.direct}
    assert by_text["indifferent or even hostile"].speaker.code == "SSCN"
    assert by_text["no amount of lies, demonization and malicious propaganda"].speaker.code == "SSCN"
    assert by_text["friendly and cordial atmosphere"].speaker is None   # nobody in particular
