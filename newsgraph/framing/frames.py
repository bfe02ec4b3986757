"""The 14 Media Frames Corpus frames of an article, each with a score and the sentences that carry it.

Every sentence is scored against every frame by a small one-vs-rest ridge classifier over multilingual
sentence embeddings, trained once per process on the example sentences of `data/frames_examples.yaml`
(English and French, written for newsgraph), plus a bonus for the frame's cue terms in
`data/frames.yaml`. An article's score for a frame is its best sentence's score plus the classifier's
output on the article's lead (news states its angle up front); the frames above `THRESHOLD` and
`RELATIVE` times the best frame's score (at most `MAX_FRAMES`, at least the best one) are kept, with
their sentences as evidence.
The threshold and weights were tuned on tests/data/gold/dev/framing.jsonl only.

The embeddings of the example sentences ship precomputed in `data/frames_embeddings.npz`, keyed by a
hash of the sentences; after editing the examples, run `python -m newsgraph.framing.frames` to rebuild
it (until then they are embedded once per process).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from newsgraph.errors import DataFileError
from newsgraph.framing.embed import MODEL_NAME, embed
from newsgraph.models import Frame, Record, Span
from newsgraph.nlp.document import Document

log = logging.getLogger(__name__)

VERSION = "0.1"
CODER = f"newsgraph-frames {VERSION}"
LANGUAGES = ("en", "fr")
FRAMES = (
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation", "Crime_and_punishment",
    "Security_and_defense", "Health_and_safety", "Quality_of_life", "Cultural_identity", "Public_opinion",
    "Political", "External_regulation_and_reputation",
)
# Tuned on the dev gold (see the module docstring).
CUE_WEIGHT = 0.18      # added to a sentence's score per distinct cue of the frame it holds ...
CUE_CAP = 1            # ... counting at most this many (one: a cue is a yes or no)
RIDGE = 10.0           # L2 penalty of the classifier
WHOLE_WEIGHT = 1.5     # weight of the classifier's output on the lead, added to the best sentence's
LEAD = 600             # the lead the classifier also reads: the sentences that start in its first LEAD chars
THRESHOLD = 0.3        # article score a frame needs ...
RELATIVE = 0.6         # ... and this share of the best frame's
MAX_FRAMES = 3
EVIDENCE = 0.6         # a sentence is evidence when its score is at least this share of the frame's best

DATA = resources.files("newsgraph.framing") / "data"


# -- cues -----------------------------------------------------------------------------------------
def compile_cues(terms: Sequence[Any], path: str, entry: str) -> re.Pattern[str] | None:
    """One case-insensitive regex for a list of cue terms; a `*` ending a word lets that word go on."""
    parts = []
    for term in terms:
        if not isinstance(term, str) or not term.strip() or term.strip() == "*":
            raise DataFileError(path, entry, f"a cue must be a non-empty string, not {term!r}")
        t = term.strip()
        rx = re.escape(t).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        parts.append(rx if t.endswith("*") else rx + r"\b")
    if not parts:
        return None
    # longest first, so "forces armées" wins over "forces" at the same place
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.I | re.U)


def cue_hits(rx: re.Pattern[str] | None, sentence: str) -> int:
    """How many distinct cue terms of `rx` the sentence holds."""
    if rx is None:
        return 0
    # cues are written with a straight apostrophe; typeset text often has a curly one
    return len({m.group(0).lower() for m in rx.finditer(sentence.replace("\u2019", "'"))})


# -- embeddings of shipped sentences, cached ---------------------------------------------------------
def text_hash(texts: Sequence[str]) -> str:
    return hashlib.sha256((MODEL_NAME + "\n" + "\n".join(texts)).encode("utf-8")).hexdigest()


def cached_embeddings(texts: Sequence[str], npz: Path | Any) -> np.ndarray:
    """Embeddings of `texts`, read from `npz` when it was built from exactly these texts."""
    key = text_hash(texts)
    try:
        with npz.open("rb") as fh:
            data = np.load(fh)
            if str(data["key"]) == key and data["vectors"].shape[0] == len(texts):
                return np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        pass
    log.info("%s is missing or stale; embedding %d sentences (rebuild it with python -m newsgraph.framing.frames)",
             getattr(npz, "name", npz), len(texts))
    return embed(list(texts))


def save_embeddings(texts: Sequence[str], path: Path) -> None:
    vectors = embed(list(texts)).astype(np.float16)  # half precision: a quarter of the size, same ranking
    with path.open("wb") as fh:
        np.savez_compressed(fh, key=np.array(text_hash(texts)), vectors=vectors)


# -- the frame definitions and their classifier ---------------------------------------------------
@dataclass(frozen=True)
class FrameDef:
    name: str
    description: str
    cues: dict[str, re.Pattern[str] | None]


def _read_yaml(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def definitions() -> tuple[FrameDef, ...]:
    path = "frames.yaml"
    out = []
    for i, row in enumerate(_read_yaml(path).get("frames") or []):
        name = row.get("name") if isinstance(row, dict) else None
        if name not in FRAMES:
            raise DataFileError(path, i, f"unknown frame {name!r}; the frames are {', '.join(FRAMES)}")
        cues = row.get("cues") or {}
        out.append(FrameDef(name, str(row.get("description") or ""),
                            {lang: compile_cues(cues.get(lang) or [], path, name) for lang in LANGUAGES}))
    if [d.name for d in out] != list(FRAMES):
        raise DataFileError(path, "-", "must list each of the 14 frames once, in the order of FRAMES")
    return tuple(out)


@lru_cache(maxsize=1)
def examples() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The example sentences and the index of the frame each one shows."""
    path = "frames_examples.yaml"
    texts: list[str] = []
    labels: list[int] = []
    for name, per_lang in (_read_yaml(path).get("examples") or {}).items():
        if name not in FRAMES:
            raise DataFileError(path, name, "unknown frame")
        for lang in LANGUAGES:
            rows = (per_lang or {}).get(lang) or []
            if not rows or not all(isinstance(s, str) and s.strip() for s in rows):
                raise DataFileError(path, name, f"needs a list of example sentences in {lang}")
            texts.extend(s.strip() for s in rows)
            labels.extend([FRAMES.index(name)] * len(rows))
    return tuple(texts), tuple(labels)


@lru_cache(maxsize=1)
def classifier() -> np.ndarray:
    """Ridge weights (DIM + 1, frames): one-vs-rest targets, closed form, so it is deterministic and instant."""
    texts, labels = examples()
    x = cached_embeddings(texts, DATA / "frames_embeddings.npz")
    x = np.hstack([x, np.ones((len(x), 1), dtype=np.float32)])
    y = np.zeros((len(texts), len(FRAMES)), dtype=np.float32)
    y[np.arange(len(labels)), labels] = 1.0
    gram = x.T @ x + RIDGE * np.eye(x.shape[1], dtype=np.float32)
    return np.linalg.solve(gram, x.T @ y).astype(np.float32)


def cue_matrix(sentences: Sequence[str], language: str) -> np.ndarray:
    """(sentences, frames): how many distinct cues of each frame a sentence holds, capped at CUE_CAP."""
    lang = language if language in LANGUAGES else "en"
    out = np.zeros((len(sentences), len(FRAMES)), dtype=np.float32)
    for j, d in enumerate(definitions()):
        out[:, j] = [min(CUE_CAP, cue_hits(d.cues[lang], s)) for s in sentences]
    return out


def predict(vectors: np.ndarray) -> np.ndarray:
    """The classifier's output, (rows, frames), for embedding rows."""
    w = classifier()
    return np.asarray(vectors @ w[:-1] + w[-1], dtype=np.float32)


def choose(scores: np.ndarray, spans: Sequence[Span], whole: np.ndarray | None = None) -> list[Frame]:
    """The article's frames from its sentence scores (and the classifier's output on the lead), best first."""
    if not len(spans):
        return []
    best = scores.max(axis=0) + (WHOLE_WEIGHT * whole if whole is not None else 0.0)
    top = float(best.max())
    order = [j for j in np.argsort(-best) if best[j] >= max(THRESHOLD, RELATIVE * top)][:MAX_FRAMES]
    order = order or [int(np.argmax(best))]
    out = []
    for j in order:
        cut = EVIDENCE * scores[:, j].max()
        ev = tuple(spans[i] for i in range(len(spans)) if scores[i, j] >= cut)
        out.append(Frame(kind="frame", name=FRAMES[j], score=float(min(1.0, max(0.0, best[j]))), spans=ev,
                         coder=CODER))
    return out


# -- sentences and the stage ------------------------------------------------------------------------
_SPLIT = re.compile(r"[^.!?…]+(?:[.!?…]+[»”\"')\]]*|$)", re.U)


def split_sentences(text: str) -> list[Span]:
    """A plain splitter for callers without a parsed document (spans of non-blank sentences)."""
    out = []
    for m in _SPLIT.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def find_frames(text: str, language: str, spans: Sequence[Span] | None = None,
                vectors: np.ndarray | None = None) -> list[Frame]:
    """Frames of `text` from its sentence `spans` (split plainly when not given).

    `vectors` are the embeddings of the sentences followed by that of the lead, as `embed_article`
    makes them; they are computed here when not given.
    """
    spans = list(spans) if spans is not None else split_sentences(text)
    if vectors is None:
        spans = [s for s in spans if text[s[0]:s[1]].strip()]
        vectors = embed([text[a:b] for a, b in spans] + [lead(text, spans)]) if spans else None
    if not spans or vectors is None:
        return []
    sentences = [text[a:b] for a, b in spans]
    scores = predict(vectors[:len(spans)]) + CUE_WEIGHT * cue_matrix(sentences, language)
    return choose(scores, spans, predict(vectors[len(spans):len(spans) + 1])[0])


def lead(text: str, spans: Sequence[Span]) -> str:
    """The article's opening: its sentences that start within the first LEAD characters.

    News puts its frame up front, and a bounded lead keeps long articles from doubling the embedding cost.
    """
    end = max((b for a, b in spans if a < LEAD), default=spans[0][1] if spans else 0)
    return text[:end]


def embed_article(record: Record, doc: Document) -> tuple[list[Span], np.ndarray, np.ndarray]:
    """The article's sentence spans, their embeddings and the embedding of its lead.

    The sentence embeddings are kept in `doc.annotations["sentence_vectors"]` as `(spans, vectors)`, so
    the frame and narrative stages (and any stage that stores them there first) embed each sentence once;
    without them, sentences and lead go to `embed` in one call.
    """
    shared = doc.annotations.get("sentence_vectors")
    if shared is None:
        spans = [(s.start_char, s.end_char) for s in doc.sentences if record.text[s.start_char:s.end_char].strip()]
        vectors = embed([record.text[a:b] for a, b in spans] + [lead(record.text, spans)])
        doc.annotations["sentence_vectors"] = (spans, vectors[:len(spans)])
        doc.annotations["lead_vector"] = vectors[len(spans):]
    spans, sentence_vectors = doc.annotations["sentence_vectors"]
    if "lead_vector" not in doc.annotations:
        doc.annotations["lead_vector"] = embed([lead(record.text, spans)])
    return list(spans), sentence_vectors, doc.annotations["lead_vector"]


class FrameStage:
    name = "frames"
    version = VERSION

    def __call__(self, record: Record, doc: Document) -> None:
        if record.language not in LANGUAGES:
            return
        spans, sentence_vectors, lead_vector = embed_article(record, doc)
        frames = find_frames(record.text, record.language, spans, np.vstack([sentence_vectors, lead_vector]))
        record.frames = [f for f in record.frames if f.kind != "frame"] + frames


def main() -> None:
    """Rebuild data/frames_embeddings.npz after the example sentences changed."""
    texts, _ = examples()
    path = Path(str(DATA / "frames_embeddings.npz"))
    save_embeddings(texts, path)
    print(f"{path}: {len(texts)} sentences")


if __name__ == "__main__":
    main()
