"""Sentence embeddings: offline, unit length, language-independent, and each text computed once."""

from __future__ import annotations

import numpy as np

from newsgraph.framing import embed as emb


def test_a_sentence_and_its_translation_are_closer_than_an_unrelated_sentence() -> None:
    v = emb.embed(["Russia is a reliable security partner.", "La Russie est un partenaire de sécurité fiable.",
                   "The price of onions rose at the market."])
    assert v.shape == (3, emb.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = emb.cosine(v, v)
    assert sims[0, 1] > sims[0, 2] + 0.2


def test_repeated_texts_come_from_the_cache_and_match_a_fresh_computation() -> None:
    texts = ["Le Niger a rappelé son ambassadeur.", "Mali closed its border."]
    first = emb.embed(texts)
    assert all(t in emb._cache for t in texts)
    again = emb.embed(list(reversed(texts)) + texts)
    assert np.allclose(again[0], first[1]) and np.allclose(again[2], first[0])
    assert np.allclose(emb.embed_uncached(texts), first, atol=1e-5)
    assert emb.embed([]).shape == (0, emb.DIM)
