"""Near-duplicate detection with MinHash signatures and LSH band keys.

Signatures and band keys are stored with each article, so a second run, or a parallel worker,
finds the same candidates and makes the same decisions as the first. The decision itself (which
article is the original) lives in the store, which sees every candidate.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SEED = 20250410
SHINGLE = 3
THRESHOLD = 0.8

_WORD = re.compile(r"\w+", re.U)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes:
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    m.update_batch(list(shingles(text)))
    return bytes(np.asarray(m.hashvalues, dtype=np.uint64).tobytes())


def band_keys(sig: bytes) -> list[str]:
    """One key per band, `"<band>:<hash>"`: articles sharing any key are candidates."""
    values = np.frombuffer(sig, dtype=np.uint64)
    keys = []
    for b in range(BANDS):
        chunk = values[b * ROWS:(b + 1) * ROWS].tobytes()
        keys.append(f"{b}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    va = np.frombuffer(a, dtype=np.uint64)
    vb = np.frombuffer(b, dtype=np.uint64)
    return float(np.count_nonzero(va == vb)) / len(va)
