"""The spaCy layer: our own Document comes out, and sentences are cut where a reader would cut them."""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_many

pytestmark = pytest.mark.models


def sentences(text: str, lang: str) -> list[str]:
    doc = next(parse_many([text], lang))
    return [text[s.start_char:s.end_char] for s in doc.sentences]


def test_no_sentence_starts_inside_guillemets_or_after_an_opening_quote() -> None:
    text = ("Le secrétaire général de l'ONU s'est dit « profondément préoccupé » par la situation au Burkina "
            "Faso. Il a appelé au calme.")
    assert sentences(text, "fr") == [text[:text.index(" Il")], "Il a appelé au calme."]


def test_sentences_still_end_at_full_stops_and_line_breaks() -> None:
    text = "Mali recalls envoy\nMali recalled its ambassador to Algiers on Monday. Algeria did the same."
    got = sentences(text, "en")
    assert got[-2:] == ["Mali recalled its ambassador to Algiers on Monday.", "Algeria did the same."]
    assert got[0].startswith("Mali recalls envoy")
