"""The coder's word lists are a data file (events/data/words.yaml) that a user reads and extends: every list
loads and is clean, every list is the `words` constant of the same name, and a word added to the file reaches
that constant, folded where the list is folded."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsgraph.errors import DataFileError
from newsgraph.events import lexicon, words
from newsgraph.nlp import repair

DATA = Path(words.__file__).parent / "data" / words.PATH


def _lists() -> Iterator[tuple[str, str | None, list[str]]]:
    """(key, language or None, words) for every list of the shipped file."""
    for key, value in words.load().items():
        if isinstance(value, dict):
            yield from ((key, lang, ws) for lang, ws in value.items())
        else:
            yield key, None, value


def test_no_word_carries_stray_whitespace() -> None:
    # (empty lists, duplicates and non-strings are refused by `words.load` at import, tested below)
    for key, lang, ws in _lists():
        assert all(w == w.strip() for w in ws), (key, lang)


def test_a_folded_list_names_no_word_twice_with_and_without_accents() -> None:
    # a folded list covers « prévu » and « prevu » with « prévu » alone; a twin differing by case or accents is
    # a word listed twice
    assert {"time_words", "envoys", "hypo_adj", "pronouns", "default_target"} <= words.FOLDED_LISTS
    for key, lang, ws in _lists():
        if key in words.FOLDED_LISTS:
            forms: dict[str, str] = {}
            for w in ws:
                assert lexicon.norm(w) not in forms, f"{key}: {w!r} and {forms[lexicon.norm(w)]!r}"
                forms[lexicon.norm(w)] = w


def test_every_list_is_the_words_constant_of_its_name() -> None:
    for key, lang, ws in _lists():
        name = key.upper()
        assert hasattr(words, name), f"words.yaml's {key} is read by nothing"
        constant: Any = getattr(words, name)
        if lang is not None:
            constant = constant[lang]
        for w in ws:
            assert w in constant, (key, w)
            if key in words.FOLDED_LISTS:
                assert lexicon.norm(w) in constant, (key, w)


@pytest.fixture
def edited_words(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[dict[str, Any]], None]]:
    """Rebuilds `words` from an edited copy of words.yaml, then from the shipped file again."""
    read = lexicon._read

    def edit(doc: dict[str, Any]) -> None:
        text = yaml.safe_dump(doc, allow_unicode=True)
        monkeypatch.setattr(lexicon, "_read", lambda name: text if name == words.PATH else read(name))
        importlib.reload(words)

    try:
        yield edit
    finally:
        monkeypatch.undo()
        importlib.reload(words)


def test_a_word_added_to_the_file_reaches_the_coder(edited_words: Callable[[dict[str, Any]], None]) -> None:
    doc = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert "montgolfière" not in words.WEAPONS
    doc["weapons"].append("montgolfière")
    doc["fr_etre_verbs"].append("accourir")
    doc["mediator_preps"].append("via")
    doc["pronouns"]["fr"].append("celles-là")
    edited_words(doc)
    assert {"montgolfière", "montgolfiere"} <= words.WEAPONS  # folded: the word without its accent too
    assert "accourir" in words.FR_ETRE_VERBS and isinstance(words.FR_ETRE_VERBS, frozenset)
    assert words.MEDIATOR_PREPS[-1] == "via" and isinstance(words.MEDIATOR_PREPS, tuple)
    assert "celles-la" in words.PRONOUNS["fr"] and "celles-la" not in words.PRONOUNS["en"]


@pytest.mark.parametrize(("text", "says"), [
    ("weapons: [drone, no]", "double quotes"),      # YAML reads an unquoted `no` as false
    ("weapons: [drone, obus, drone]", "listed twice: drone"),
    ("weapons: []", "non-empty list"),
    ("pronouns:\n  en: [it]\n  fr:\n", "non-empty list"),
])
def test_a_bad_list_is_refused_with_the_fix(text: str, says: str) -> None:
    with pytest.raises(DataFileError, match=says):
        words.load(text)


def test_french_reporting_verbs_are_one_list_for_the_repairs_and_the_coder() -> None:
    # newsgraph/nlp/data/reporting_fr.yaml holds them once: a verb added there opens a reporting aside in the
    # parse repairs and is a reporting cue of the coder, and modality.yaml repeats none of them
    nlp_data = Path(repair.__file__).parent / "data" / "reporting_fr.yaml"
    shared = yaml.safe_load(nlp_data.read_text(encoding="utf-8"))
    modality = yaml.safe_load((DATA.parent / "modality.yaml").read_text(encoding="utf-8"))["fr"]["reporting"]
    cues = lexicon.cues("fr")["reporting"]
    assert "dire" in shared["reporting"] and not set(shared["reporting"]) & set(modality)
    assert set(shared["reporting"]) <= repair.REPORTING
    assert {lexicon.norm(v) for v in shared["reporting"]} <= cues
    # the verbs only the aside counts stay out of the coder's cues, and the coder's own out of the aside
    assert set(shared["aside_only"]) <= repair.REPORTING
    assert not {lexicon.norm(v) for v in shared["aside_only"]} & cues
    assert not set(modality) & repair.REPORTING
