"""The French verbs of saying are one data file read by the parse repairs and the coder's cues; a broken edit is
refused with the file and the key named."""

from __future__ import annotations

import pytest

from newsgraph.errors import DataFileError
from newsgraph.events import lexicon
from newsgraph.nlp import repair
from newsgraph.nlp.reporting import check, french_reporting


def test_both_readers_take_the_shipped_lists() -> None:
    lists = french_reporting()
    assert lists["reporting"] <= repair.REPORTING and lists["aside_only"] <= repair.REPORTING
    cues = lexicon.cues("fr")["reporting"]
    assert {lexicon.norm(w) for w in lists["reporting"]} <= cues


@pytest.mark.parametrize(("doc", "key"), [
    ({"reporting": ["dire"]}, "aside_only"),
    ({"reporting": [], "aside_only": ["juger"]}, "reporting"),
    ({"reporting": ["dire", "dire"], "aside_only": ["juger"]}, "reporting"),
    ({"reporting": ["dire", False], "aside_only": ["juger"]}, "reporting"),
    ({"reporting": ["dire"], "aside_only": ["dire"]}, "aside_only"),
])
def test_a_broken_edit_is_refused_naming_the_file_and_the_key(doc: dict[str, object], key: str) -> None:
    with pytest.raises(DataFileError, match=f"reporting_fr.yaml: entry {key}"):
        check(doc)
