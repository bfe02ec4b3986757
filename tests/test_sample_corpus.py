"""The bundled sample corpus: size, languages, formats, and every file readable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsgraph.ingest.langid import identify
from newsgraph.ingest.readers import iter_inputs


def test_sample_corpus_is_complete_and_clean(sample_dir: Path) -> None:
    results = list(iter_inputs([str(sample_dir)]))
    assert all(not r.errors for r in results), [str(e) for r in results for e in r.errors]
    articles = [a for r in results for a in r.articles]
    texts = {a.text for a in articles}
    assert len(texts) >= 40
    langs = Counter(identify(t) for t in texts)
    assert langs["fr"] >= 20 and langs["en"] >= 20
    formats = Counter(r.format for r in results)
    assert formats["seed"] >= 20 and formats["html"] >= 3 and formats["jsonl"] >= 1 and formats["feed"] >= 1
    assert all(a.date for a in articles), "every sample article has a publication date"


def test_samples_are_labelled(sample_dir: Path) -> None:
    notice = (sample_dir.parent / "SAMPLES.md").read_text(encoding="utf-8").lower()
    assert "sample" in notice and "original" in notice
