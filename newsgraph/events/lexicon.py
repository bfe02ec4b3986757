"""The event coder's data: CAMEO table, verb and noun lexicons, modality cues. Loaded once, validated."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from newsgraph.actors.fold import fold
from newsgraph.errors import DataFileError
from newsgraph.nlp.reporting import french_reporting


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None


@dataclass(frozen=True)
class VerbEntry:
    verb: str                        # lemma, without particle or reflexive pronoun
    particle: str | None             # "on" in "call on"
    reflexive: bool                  # French "se retirer"
    code: str                        # CAMEO code or "light"
    object: frozenset[str] | None
    target: tuple[str, ...]

    @property
    def specificity(self) -> int:
        return (2 if self.particle else 0) + (1 if self.reflexive else 0) + (2 if self.object else 0)


@dataclass(frozen=True)
class NounEntry:
    noun: str
    code: str
    modifier: frozenset[str] | None
    target: tuple[str, ...]


def _read(name: str) -> str:
    return (resources.files("newsgraph.events") / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cameo() -> dict[str, Code]:
    out = {}
    for row in csv.DictReader(_read("cameo.tsv").splitlines(), delimiter="\t"):
        out[row["code"]] = Code(row["code"], row["name"], row["root"], float(row["goldstein"]),
                                int(row["gdelt_quad_class"]), row["plover"] or None)
    return out


def code_info(code: str) -> Code:
    table = cameo()
    while code not in table and len(code) > 2:
        code = code[:-1]
    return table[code]


def norm(s: str) -> str:
    """The form lexicon keys are stored and looked up in: folded (lower case, no accents), single-spaced."""
    return " ".join(fold(s).split())


def _check_code(path: str, i: int, code: Any, allow_light: bool) -> str:
    code = str(code) if code is not None else ""
    if allow_light and code == "light":
        return code
    if code not in cameo():
        raise DataFileError(path, i, f"unknown CAMEO code {code!r}")
    return code


@cache
def verbs(language: str) -> dict[str, list[VerbEntry]]:
    """verb lemma (folded) -> entries."""
    path = f"verbs_{language}.yaml"
    doc = yaml.safe_load(_read(path)) or {}
    out: dict[str, list[VerbEntry]] = {}
    for i, row in enumerate(doc.get("entries") or []):
        if not isinstance(row, dict) or not row.get("verb"):
            raise DataFileError(path, i, "each entry needs a `verb`")
        code = _check_code(path, i, row.get("code"), allow_light=True)
        words = str(row["verb"]).replace("’", "'").split()
        reflexive = False
        if words[0] in ("se", "s'") or words[0].startswith("s'"):
            reflexive = True
            words = [words[0][2:]] + words[1:] if words[0].startswith("s'") and len(words[0]) > 2 else words[1:]
        if not words:
            raise DataFileError(path, i, "empty verb")
        verb = norm(words[0])
        particle = norm(" ".join(words[1:])) if len(words) > 1 else None
        obj = row.get("object")
        entry = VerbEntry(verb, particle, reflexive, code,
                          frozenset(norm(str(o)) for o in obj) if obj else None,
                          tuple(norm(str(t)) for t in (row.get("target") or ())))
        out.setdefault(verb, []).append(entry)
    return out


@cache
def nouns(language: str) -> dict[str, list[NounEntry]]:
    path = f"nouns_{language}.yaml"
    doc = yaml.safe_load(_read(path)) or {}
    out: dict[str, list[NounEntry]] = {}
    for i, row in enumerate(doc.get("entries") or []):
        if not isinstance(row, dict) or not row.get("noun"):
            raise DataFileError(path, i, "each entry needs a `noun`")
        code = _check_code(path, i, row.get("code"), allow_light=False)
        mod = row.get("modifier")
        entry = NounEntry(norm(str(row["noun"])), code, frozenset(norm(str(m)) for m in mod) if mod else None,
                          tuple(norm(str(t)) for t in (row.get("target") or ())))
        out.setdefault(entry.noun, []).append(entry)
    return out


@cache
def cues(language: str) -> dict[str, frozenset[str]]:
    doc = yaml.safe_load(_read("modality.yaml")) or {}
    block = doc.get(language) or {}
    out = {k: frozenset(norm(str(v)) for v in (vals or [])) for k, vals in block.items()}
    if language == "fr":  # the French verbs of saying, one list with the parse repairs'
        out["reporting"] = out.get("reporting", frozenset()) | frozenset(
            norm(v) for v in french_reporting()["reporting"])
    return out
