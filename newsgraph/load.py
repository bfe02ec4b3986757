"""Loading files into the store: read, keep the raw bytes, deduplicate, analyse, write.

`ingest()` is what `newsgraph ingest` and the API's upload call. Each article is written in its
own transaction together with its derived records, so an interrupted run leaves every article
either fully stored or absent, and a second run of the same files adds nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph.errors import InputError
from newsgraph.ingest.readers import DEFAULT_MAX_BYTES, RawArticle, ReadResult, iter_inputs
from newsgraph.models import Record
from newsgraph.pipeline import Stage, analyze, default_stages
from newsgraph.store import writes
from newsgraph.store.db import Store


@dataclass
class IngestSummary:
    files: int = 0
    read: int = 0
    new: int = 0
    duplicates: int = 0        # same text already stored: a source was added
    unchanged: int = 0         # same text from the same source: nothing to do
    near_duplicates: int = 0
    events: int = 0
    failed: list[InputError] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"files": self.files, "read": self.read, "new": self.new, "duplicates": self.duplicates,
                "unchanged": self.unchanged, "near_duplicates": self.near_duplicates, "events": self.events,
                "failed": [str(e) for e in self.failed]}


def ingest(paths: Iterable[str], store: Store, *, nlp: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
           on_error: Callable[[InputError], None] | None = None,
           on_file: Callable[[ReadResult], None] | None = None,
           results: Iterable[ReadResult] | None = None) -> IngestSummary:
    summary = IngestSummary()
    stages: list[Stage] = default_stages() if nlp else []

    def fresh() -> Iterator[RawArticle]:
        for result in (results if results is not None else iter_inputs(paths, max_bytes)):
            summary.files += 1
            if result.raw is not None and result.raw_id is not None and (result.articles or not result.errors):
                writes.save_raw(store, result.raw_id, result.path, result.format, result.raw)
            for err in result.errors:
                summary.failed.append(err)
                if on_error:
                    on_error(err)
            for art in result.articles:
                summary.read += 1
                if _known(store, art, summary):
                    continue
                yield art
            if on_file:
                on_file(result)

    # analyze() yields records in the order it was given the articles, a chunk behind
    waiting: deque[RawArticle] = deque()

    def remember() -> Iterator[RawArticle]:
        for art in fresh():
            waiting.append(art)
            yield art

    for record in analyze(remember(), stages):
        _store(store, record, waiting.popleft(), summary)
    return summary


def _known(store: Store, art: RawArticle, summary: IngestSummary) -> bool:
    from newsgraph.ingest.text import article_id

    aid = article_id(art.text)
    if not writes.article_exists(store, aid):
        return False
    with store.transaction():
        added = writes.add_source(store, aid, art.source, art.url, art.path, art.title, art.date, art.raw_id)
    if added:
        summary.duplicates += 1
    else:
        summary.unchanged += 1
    return True


def _store(store: Store, record: Record, art: RawArticle, summary: IngestSummary) -> None:
    with store.transaction():
        if writes.article_exists(store, record.id):  # the same text twice in one batch
            if writes.add_source(store, record.id, art.source, art.url, art.path, art.title, art.date, art.raw_id):
                summary.duplicates += 1
            else:
                summary.unchanged += 1
            return
        original = writes.insert_article(store, record, art.raw_id, art.author)
        writes.add_source(store, record.id, art.source, art.url, art.path, art.title, art.date, art.raw_id)
        if record.coder:
            writes.replace_derived(store, record)
    summary.new += 1
    summary.events += len(record.events)
    if original:
        summary.near_duplicates += 1
