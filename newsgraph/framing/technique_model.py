"""The sentence classifier behind the technique stage: one-vs-rest logistic regression over embeddings.

Each sentence is embedded with `newsgraph.framing.embed` (multilingual, so one model serves English and
French) and scored by one logistic regression per label. The weights ship in
`data/technique_weights.npz`, rebuilt by `benchmarks/train_techniques.py` from the sentences of
`data/technique_sentences.yaml` and the dev split of the framing gold; the file also carries the
per-label thresholds chosen out of fold (never on the test split), the stricter floor that applies
in narration, and a note of its training data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from newsgraph.errors import DataFileError

WEIGHTS = "technique_weights.npz"
SENTENCES = "technique_sentences.yaml"
NONE = "none"


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    weights: np.ndarray      # (labels, dim)
    bias: np.ndarray         # (labels,)
    alone: np.ndarray        # (labels,) probability above which the classifier speaks without a cue
    agree: float             # probability that confirms a weak cue of the same label
    narration: float         # the stricter floor for a label of its own in narration (see technique_voice)
    note: str

    def predict(self, embeddings: np.ndarray) -> np.ndarray:
        """Probabilities, one row per embedded sentence and one column per label."""
        return sigmoid(embeddings @ self.weights.T + self.bias)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when the weights file is absent (the stage then uses cues only)."""
    ref = resources.files("newsgraph.framing") / "data" / WEIGHTS
    if not ref.is_file():
        return None
    with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
        return Model(labels=tuple(str(x) for x in z["labels"]), weights=z["weights"].astype(np.float32),
                     bias=z["bias"].astype(np.float32), alone=z["alone"].astype(np.float32),
                     agree=float(z["agree"]), narration=float(z["narration"]) if "narration" in z else 1.0,
                     note=str(z["note"]))


def training_sentences() -> list[tuple[str, str, str]]:
    """(text, language, label) for every sentence of the shipped training file; `none` marks neutral prose."""
    doc: Any = yaml.safe_load((resources.files("newsgraph.framing") / "data" / SENTENCES).read_text(encoding="utf-8"))
    out: list[tuple[str, str, str]] = []
    for label, by_lang in (doc.get("sentences") or {}).items():
        if not isinstance(by_lang, dict):
            raise DataFileError(SENTENCES, 0, f"{label}: expected languages (en, fr) under the label")
        for lang, texts in by_lang.items():
            if lang not in ("en", "fr"):
                raise DataFileError(SENTENCES, 0, f"{label}: language must be en or fr, not {lang!r}")
            out.extend((str(t), lang, str(label)) for t in texts or [])
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 400, lr: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest logistic regression by full-batch gradient descent with class-balanced weights.

    `x` is (n, dim), `y` is (n, labels) of 0/1. Deterministic: zero start, no sampling. Positives are
    up-weighted to half the loss of each label because most labels have few examples.
    """
    n, dim = x.shape
    k = y.shape[1]
    pos = np.maximum(y.sum(axis=0), 1.0)
    neg = np.maximum(n - y.sum(axis=0), 1.0)
    sample_w = np.where(y > 0, n / (2 * pos), n / (2 * neg))
    w = np.zeros((k, dim))
    b = np.zeros(k)
    for _ in range(steps):
        p = sigmoid(x @ w.T + b)
        g = (p - y) * sample_w / n
        w -= lr * (g.T @ x + l2 * w)
        b -= lr * g.sum(axis=0)
    return w, b
