"""The irregular French participles are a data file the parse repairs read; a broken edit is refused with the file
and the entry named."""

from __future__ import annotations

import pytest

from newsgraph.errors import DataFileError
from newsgraph.nlp.participles import check, irregular, participle_infinitive


def test_the_shipped_table_gives_irregular_and_regular_infinitives() -> None:
    assert irregular()["dissous"] == "dissoudre"
    assert [participle_infinitive(w) for w in ("dissoutes", "remis", "évacuées", "saisie")] == \
        ["dissoudre", "remettre", "évacuer", "saisir"]
    assert participle_infinitive("de") is None


@pytest.mark.parametrize(("doc", "entry"), [
    ({"dissous": ""}, "dissous"),
    ({"dissous": None}, "dissous"),
    ({"Dissous": "dissoudre"}, "Dissous"),
])
def test_a_broken_edit_is_refused_naming_the_file_and_the_entry(doc: dict[str, object], entry: str) -> None:
    with pytest.raises(DataFileError, match=f"participles_fr.yaml: entry {entry}"):
        check(doc)


def test_a_file_that_is_no_mapping_is_refused() -> None:
    with pytest.raises(DataFileError, match="participles_fr.yaml"):
        check(["dissous"])
