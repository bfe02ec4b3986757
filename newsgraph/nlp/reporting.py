"""The French verbs of saying, one list for the parse repairs and the event coder's modality cues
(`data/reporting_fr.yaml`), read and checked once."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError

PATH = "newsgraph/nlp/data/reporting_fr.yaml"
KEYS = ("reporting", "aside_only")


def check(doc: object, path: str = PATH) -> dict[str, frozenset[str]]:
    """The lists of a parsed reporting file; a missing key, an empty list, a word that is not a string, a word
    listed twice or a word in both lists is a `DataFileError` naming the file and the key."""
    if not isinstance(doc, dict):
        raise DataFileError(path, 0, "expected a mapping of lists")
    out: dict[str, frozenset[str]] = {}
    for key in KEYS:
        words = doc.get(key)
        if not isinstance(words, list) or not words:
            raise DataFileError(path, key, "missing or empty list")
        if not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(path, key, "every entry must be a non-empty string (quote words YAML reads otherwise)")
        if len(set(words)) != len(words):
            raise DataFileError(path, key, "a word is listed twice")
        out[key] = frozenset(words)
    both = out["reporting"] & out["aside_only"]
    if both:
        raise DataFileError(path, "aside_only", f"also under reporting: {', '.join(sorted(both))}")
    return out


@cache
def french_reporting() -> dict[str, frozenset[str]]:
    """`reporting` (both readers) and `aside_only` (the parse repairs alone)."""
    text = (resources.files("newsgraph.nlp") / "data" / "reporting_fr.yaml").read_text(encoding="utf-8")
    return check(yaml.safe_load(text))
