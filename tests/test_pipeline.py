"""The analysis pipeline keeps a batch going when one stage fails on one article."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Record
from newsgraph.nlp import Document
from newsgraph.pipeline import analyze, default_stages


class _FailsOnTheWordBoom:
    """A stage with a bug that only odd text meets."""

    name = "fragile"
    version = "0"

    def __call__(self, record: Record, doc: Document) -> None:
        if "boom" in record.text:
            raise IndexError("list index out of range")


def test_a_stage_failing_on_one_article_leaves_a_warning_and_the_batch_goes_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_STRICT", raising=False)
    stages = [s for s in default_stages() if s.name in ("actors", "places", "events")] + [_FailsOnTheWordBoom()]
    raws = [RawArticle(path="a.txt", text="Mali recalled its ambassador to Algeria on Monday. boom", date="2025-04-07",
                       language="en"),
            RawArticle(path="b.txt", text="Niger recalled its ambassador to Algeria on Monday.", date="2025-04-07",
                       language="en")]
    first, second = analyze(raws, stages)
    assert first.warnings == ["a.txt: the fragile stage failed on this article (IndexError: list index out of range)"]
    assert [e.root for e in first.events] == ["16"]  # what the stages before it found is kept
    assert not second.warnings and [e.root for e in second.events] == ["16"]


def test_under_the_test_suite_a_failing_stage_raises() -> None:
    stages = [_FailsOnTheWordBoom()]
    with pytest.raises(IndexError):
        list(analyze([RawArticle(path="a.txt", text="boom", date="2025-04-07", language="en")], stages))
