"""Narratives: user-editable story definitions matched on an article's sentences.

A narrative (see `data/narratives.yaml`) has a name, a description, example sentences and cue terms
in English and French. A sentence carries a narrative when its embedding is close to one of the
narrative's examples, helped by the narrative's cues; the article gets a `Frame(kind="narrative")`
with the best sentence's score and every sentence that carries it as evidence. A sentence that refutes
what it says, or reports an accusation the paragraph answers (`data/narratives_voice.yaml`), tells no
narrative. A narrative may say how it casts actors (`casts`), which the stance stage reads.

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
from newsgraph.models import Actor, Frame, Record, Span
from newsgraph.nlp.document import Document

VERSION = "0.2"
CODER = f"newsgraph-narratives {VERSION}"
SHIPPED = "narratives.yaml"
NEUTRAL = "narratives_neutral.yaml"
VOICE = "narratives_voice.yaml"
ENV = "NEWSGRAPH_NARRATIVES"
# TOP and the cue weights were set on the seed article, the sample corpus and neutral wire copy; MATCH on
# tests/data/gold/dev/narratives.jsonl (F1 is flat from 0.25 to 0.275 there).
TOP = 2                # similarity to the neutral sentences: the mean of the best TOP (to a narrative: the best)
CUE_WEIGHT = 0.15      # added to a sentence's score per distinct cue of the narrative ...
CUE_CAP = 2            # ... counting at most this many
MATCH = 0.27           # a sentence carries the narrative from this score on (calibrated on the dev gold)


@dataclass(frozen=True)
class Narrative:
    name: str
    description: str
    examples: tuple[str, ...]
    cues: dict[str, re.Pattern[str] | None]
    source: str
    casts: tuple[tuple[str, dict[str, frozenset[str]]], ...] = ()

    def role_of(self, actor: Actor) -> str | None:
        """The role this narrative gives the actor (first matching cast entry), or None."""
        for role, spec in self.casts:
            if all(_field_matches(key, values, actor) for key, values in spec.items()):
                return role
        return None


CAST_ROLES = ("protagonist", "antagonist", "victim")
CAST_KEYS = ("country", "code", "kind")


def _field_matches(key: str, values: frozenset[str], actor: Actor) -> bool:
    if key == "country":   # as in the gold specs: the actor's country, or a code that starts with it
        return actor.country in values or any((actor.code or "").startswith(v) for v in values)
    return getattr(actor, key) in values


def _casts(row: dict[str, Any], path: str, entry: str) -> tuple[tuple[str, dict[str, frozenset[str]]], ...]:
    """`casts: {role: [spec, ...]}`, a spec mapping country, code or kind to a value or a list of them."""
    value = row.get("casts") or {}
    if not isinstance(value, dict) or set(value) - set(CAST_ROLES):
        raise DataFileError(path, entry, f"'casts' must map roles ({', '.join(CAST_ROLES)}) to lists of actor specs")
    out = []
    for role, specs in value.items():
        if not isinstance(specs, list):
            raise DataFileError(path, entry, f"casts.{role} must be a list of actor specs")
        for spec in specs:
            if not isinstance(spec, dict) or not spec or set(spec) - set(CAST_KEYS):
                raise DataFileError(path, entry, f"casts.{role}: a spec maps {', '.join(CAST_KEYS)} to values, "
                                                 f"not {spec!r}")
            out.append((role, {k: frozenset(v if isinstance(v, list) else [v]) for k, v in spec.items()}))
    return tuple(out)


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
        unknown = set(row) - {"name", "description", "examples", "cues", "casts"}
        if unknown:
            raise DataFileError(path, entry, f"unknown key {sorted(unknown)[0]!r}")
        examples = _per_language(row, "examples", path, entry)
        if not any(examples.values()):
            raise DataFileError(path, entry, "needs at least one example sentence (examples: en: [...] or fr: [...])")
        cues = _per_language(row, "cues", path, entry)
        out.append(Narrative(name.strip(), str(row.get("description") or "").strip(),
                             tuple(examples["en"] + examples["fr"]),
                             {lang: compile_cues(cues[lang], path, entry) for lang in LANGUAGES}, path,
                             _casts(row, path, entry)))
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


@lru_cache(maxsize=1)
def voice_cues() -> dict[str, dict[str, re.Pattern[str] | None]]:
    """The refute and accuse cues of `data/narratives_voice.yaml`, per language."""
    doc = yaml.safe_load((DATA / VOICE).read_text(encoding="utf-8")) or {}
    out: dict[str, dict[str, re.Pattern[str] | None]] = {}
    for key in ("refute", "accuse"):
        rows = _per_language({key: doc.get(key)}, key, VOICE, key)
        out[key] = {lang: compile_cues(rows[lang], VOICE, key) for lang in LANGUAGES}
    return out


def untold(sentences: Sequence[str], language: str) -> np.ndarray:
    """Which sentences tell no narrative whatever their words: those that refute or deny what they
    carry, and those that report an accusation in a paragraph where it is answered."""
    lang = language if language in LANGUAGES else "en"
    cues = voice_cues()
    refutes = np.array([cue_hits(cues["refute"][lang], s) > 0 for s in sentences], dtype=bool)
    accuses = np.array([cue_hits(cues["accuse"][lang], s) > 0 for s in sentences], dtype=bool)
    return np.asarray(refutes | (accuses & bool(refutes.any())), dtype=bool)


def _unit_scores(vecs: np.ndarray, texts: Sequence[str], lang: str) -> np.ndarray:
    ns = narratives()
    ex, owner = example_matrix()
    sims = vecs @ ex.T
    neutral = _top(sims[:, owner == -1])
    hits = np.array([cue_counts(s, lang) for s in texts], dtype=np.float32).reshape(len(texts), len(ns))
    out = np.zeros((len(texts), len(ns)), dtype=np.float32)
    for j in range(len(ns)):
        out[:, j] = sims[:, owner == j].max(axis=1) - neutral + CUE_WEIGHT * np.minimum(CUE_CAP, hits[:, j])
    return out


def cue_counts(sentence: str, lang: str) -> list[int]:
    """How many distinct cues of each narrative the sentence holds. A cue inside a longer cue of another
    narrative belongs to that one: "respects our sovereignty" praises a partner, and the word
    "sovereignty" in it is no claim of sovereignty."""
    text = sentence.replace("\u2019", "'")
    found = []
    for j, n in enumerate(narratives()):
        rx = n.cues[lang]
        if rx is not None:
            found += [(m.start(), m.end(), j, m.group(0).lower()) for m in rx.finditer(text)]
    counts: list[set[str]] = [set() for _ in narratives()]
    for a, b, j, words in found:
        if not any(j2 != j and a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2, j2, _ in found):
            counts[j].add(words)
    return [len(c) for c in counts]


def sentence_scores(sentences: Sequence[str], language: str, vectors: np.ndarray | None = None) -> np.ndarray:
    """(sentences, narratives): how much closer each sentence is to the narrative's examples than to the
    neutral reference sentences, plus the cue bonus."""
    if not sentences:
        return np.zeros((0, len(narratives())), dtype=np.float32)
    vecs = embed(list(sentences)) if vectors is None else vectors
    return _unit_scores(vecs, sentences, language if language in LANGUAGES else "en")


def find_narratives(text: str, language: str, spans: Sequence[Span] | None = None,
                    vectors: np.ndarray | None = None) -> list[Frame]:
    """Narratives told in `text`, best first, each with the sentences that carry it."""
    spans = list(spans) if spans is not None else split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    scores = sentence_scores(sentences, language, vectors)
    scores[untold(sentences, language)] = -1.0
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
