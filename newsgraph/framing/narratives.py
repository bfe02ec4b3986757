"""Narratives: user-editable story definitions matched on an article's sentences.

A narrative (see `data/narratives.yaml`) has a name, a description, example sentences and cue terms
in English and French. A sentence carries a narrative when its embedding is close to one of the
narrative's examples, helped by the narrative's cues; the article gets a `Frame(kind="narrative")`
with the best sentence's score and every sentence that carries it as evidence.

Users add narratives in files of the same shape named by `NEWSGRAPH_NARRATIVES` (files or folders,
separated by `:`); a bad entry raises `DataFileError` naming the file and the entry. The shipped
examples' embeddings are precomputed in `data/narratives_embeddings.npz` (rebuild with
`python -m newsgraph.framing.narratives` after editing them); a user's are computed once per process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from newsgraph.errors import DataFileError
from newsgraph.framing.embed import embed
from newsgraph.framing.frames import (
    DATA,
    LANGUAGES,
    cached_embeddings,
    compile_cues,
    cue_hits,
    embed_article,
    save_embeddings,
    split_sentences,
)
from newsgraph.models import Frame, Record, Span
from newsgraph.nlp.document import Document

VERSION = "0.1"
CODER = f"newsgraph-narratives {VERSION}"
SHIPPED = "narratives.yaml"
NEUTRAL = "narratives_neutral.yaml"
ENV = "NEWSGRAPH_NARRATIVES"
# Calibrated on the seed article, the bundled sample corpus and neutral wire copy (no gold exists).
TOP = 2                # similarity to the neutral sentences: the mean of the best TOP (to a narrative: the best)
CUE_WEIGHT = 0.15      # added to a sentence's score per distinct cue of the narrative ...
CUE_CAP = 2            # ... counting at most this many
MATCH = 0.3            # a sentence carries the narrative from this score on


@dataclass(frozen=True)
class Narrative:
    name: str
    description: str
    examples: tuple[str, ...]
    cues: dict[str, re.Pattern[str] | None]
    source: str


def _check_list(value: Any, path: str, entry: str, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() for s in value):
        raise DataFileError(path, entry, f"{what} must be a list of non-empty strings")
    return [s.strip() for s in value]


def _per_language(row: dict[str, Any], key: str, path: str, entry: str) -> dict[str, list[str]]:
    value = row.get(key) or {}
    if not isinstance(value, dict):
        raise DataFileError(path, entry, f"'{key}' must map a language (en, fr) to a list")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise DataFileError(path, entry, f"'{key}' has unknown language {sorted(unknown)[0]!r}; use en or fr")
    return {lang: _check_list(value.get(lang), path, entry, f"{key}.{lang}") for lang in LANGUAGES}


def parse(doc: Any, path: str) -> list[Narrative]:
    """The narratives of one parsed YAML file; raises DataFileError on the first bad entry."""
    rows = doc.get("narratives") if isinstance(doc, dict) else None
    if not isinstance(rows, list):
        raise DataFileError(path, "-", "expected a mapping with a 'narratives' list")
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise DataFileError(path, i, "each narrative must be a mapping with name, description, examples, cues")
        name = row.get("name")
        if not isinstance(name, str) or not name.strip():
            raise DataFileError(path, i, "a narrative needs a 'name'")
        entry = f"{i} ({name.strip()})"
        unknown = set(row) - {"name", "description", "examples", "cues"}
        if unknown:
            raise DataFileError(path, entry, f"unknown key {sorted(unknown)[0]!r}")
        examples = _per_language(row, "examples", path, entry)
        if not any(examples.values()):
            raise DataFileError(path, entry, "needs at least one example sentence (examples: en: [...] or fr: [...])")
        cues = _per_language(row, "cues", path, entry)
        out.append(Narrative(name.strip(), str(row.get("description") or "").strip(),
                             tuple(examples["en"] + examples["fr"]),
                             {lang: compile_cues(cues[lang], path, entry) for lang in LANGUAGES}, path))
    return out


def _user_files() -> list[Path]:
    files: list[Path] = []
    for part in filter(None, os.environ.get(ENV, "").split(os.pathsep)):
        p = Path(part)
        if p.is_dir():
            files.extend(sorted(p.glob("*.y*ml")))
        elif p.is_file():
            files.append(p)
        else:
            raise DataFileError(part, "-", f"{ENV} names a file or folder that does not exist")
    return files


def load_file(path: Path) -> list[Narrative]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DataFileError(str(path), "-", f"cannot be read as YAML: {reason}") from None
    return parse(doc, str(path))


@lru_cache(maxsize=1)
def shipped() -> tuple[Narrative, ...]:
    return tuple(parse(yaml.safe_load((DATA / SHIPPED).read_text(encoding="utf-8")), SHIPPED))


@lru_cache(maxsize=1)
def narratives() -> tuple[Narrative, ...]:
    """The shipped narratives followed by the user's; a user's narrative replaces a shipped one of its name."""
    found: dict[str, Narrative] = {}
    for n in shipped():
        found[n.name] = n
    for path in _user_files():
        seen: set[str] = set()
        for n in load_file(path):
            if n.name in seen:
                raise DataFileError(str(path), n.name, "the name is used twice in this file")
            seen.add(n.name)
            found[n.name] = n
    return tuple(found.values())


@lru_cache(maxsize=1)
def neutral_sentences() -> tuple[str, ...]:
    doc = yaml.safe_load((DATA / NEUTRAL).read_text(encoding="utf-8")) or {}
    rows = doc.get("sentences") or {}
    return tuple(s.strip() for lang in LANGUAGES for s in _check_list(rows.get(lang), NEUTRAL, lang, "sentences"))


def shipped_sentences() -> list[str]:
    """What data/narratives_embeddings.npz holds: the shipped examples, then the neutral sentences."""
    return [s for n in shipped() for s in n.examples] + list(neutral_sentences())


@lru_cache(maxsize=1)
def example_matrix() -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of every example and neutral sentence, and the narrative index of each (-1: neutral).

    Computed once per process; the shipped ones come precomputed.
    """
    ns = narratives()
    ship = shipped_sentences()
    user = [s for n in ns if n.source != SHIPPED for s in n.examples]
    vecs = {**dict(zip(ship, cached_embeddings(ship, DATA / "narratives_embeddings.npz"))),
            **dict(zip(user, embed(user)))}
    rows = [vecs[s] for n in ns for s in n.examples] + [vecs[s] for s in neutral_sentences()]
    owner = [i for i, n in enumerate(ns) for _ in n.examples] + [-1] * len(neutral_sentences())
    return np.asarray(rows, dtype=np.float32), np.asarray(owner)


def _top(sims: np.ndarray) -> np.ndarray:
    return np.asarray(np.sort(sims, axis=1)[:, -TOP:].mean(axis=1))


def sentence_scores(sentences: Sequence[str], language: str, vectors: np.ndarray | None = None) -> np.ndarray:
    """(sentences, narratives): how much closer each sentence is to the narrative's examples than to the
    neutral reference sentences, plus the cue bonus."""
    ns = narratives()
    out = np.zeros((len(sentences), len(ns)), dtype=np.float32)
    if not sentences:
        return out
    vecs = embed(list(sentences)) if vectors is None else vectors
    ex, owner = example_matrix()
    sims = vecs @ ex.T
    neutral = _top(sims[:, owner == -1])
    lang = language if language in LANGUAGES else "en"
    for j, n in enumerate(ns):
        hits = np.array([min(CUE_CAP, cue_hits(n.cues[lang], s)) for s in sentences], dtype=np.float32)
        out[:, j] = sims[:, owner == j].max(axis=1) - neutral + CUE_WEIGHT * hits
    return out


def find_narratives(text: str, language: str, spans: Sequence[Span] | None = None,
                    vectors: np.ndarray | None = None) -> list[Frame]:
    """Narratives told in `text`, best first, each with the sentences that carry it."""
    spans = list(spans) if spans is not None else split_sentences(text)
    scores = sentence_scores([text[a:b] for a, b in spans], language, vectors)
    out = []
    for j, n in enumerate(narratives()):
        hit = [i for i in range(len(spans)) if scores[i, j] >= MATCH]
        if hit:
            # reported on 0-1 with the threshold at 0.5
            best = float(scores[hit, j].max()) / (2 * MATCH)
            out.append(Frame(kind="narrative", name=n.name, score=min(1.0, best),
                             spans=tuple(spans[i] for i in hit), coder=CODER))
    return sorted(out, key=lambda f: -f.score)


class NarrativeStage:
    name = "narratives"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        if record.language not in LANGUAGES:
            return
        spans, sentence_vectors, _ = embed_article(record, doc)
        found = find_narratives(record.text, record.language, spans, sentence_vectors)
        record.frames = [f for f in record.frames if f.kind != "narrative"] + found


def main() -> None:
    """Rebuild data/narratives_embeddings.npz after the shipped examples changed."""
    texts = shipped_sentences()
    path = Path(str(DATA / "narratives_embeddings.npz"))
    save_embeddings(texts, path)
    print(f"{path}: {len(texts)} sentences")


if __name__ == "__main__":
    main()
