"""The analysis pipeline: ordered stages, each taking the parsed `Document` and filling the `Record`.

A stage is any callable `stage(record, doc)` with a `name` and a `version`; the record's `coder`
field names every stage that ran, so each stored fact says what made it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from newsgraph import __version__
from newsgraph.ingest.langid import ANALYSED, identify
from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Record
from newsgraph.nlp import Document, parse_many

log = logging.getLogger(__name__)
CHUNK = 64


class Stage(Protocol):
    name: str
    version: str

    def __call__(self, record: Record, doc: Document) -> None: ...


def default_stages() -> list[Stage]:
    from newsgraph.actors.resolve import ActorStage
    from newsgraph.events.coder import EventStage
    from newsgraph.framing.claims import ClaimStage
    from newsgraph.framing.frames import FrameStage
    from newsgraph.framing.narratives import NarrativeStage
    from newsgraph.framing.quotes import QuoteStage
    from newsgraph.framing.stance import StanceStage
    from newsgraph.framing.techniques import TechniqueStage
    from newsgraph.geo.places import PlaceStage

    return [ActorStage(), PlaceStage(), EventStage(), QuoteStage(), TechniqueStage(), FrameStage(), NarrativeStage(),
            ClaimStage(), StanceStage()]


def coder_name(stages: list[Stage]) -> str:
    return f"newsgraph {__version__} (" + ", ".join(f"{s.name} {s.version}" for s in stages) + ")"


def new_record(raw: RawArticle) -> Record:
    from newsgraph.ingest.text import article_id

    language = identify(raw.text, raw.language)
    rec = Record(id=article_id(raw.text), path=raw.path, url=raw.url, title=raw.title, source=raw.source,
                 date=raw.date, language=language, text=raw.text, warnings=list(raw.warnings))
    if language not in ANALYSED:
        rec.warnings.append(f"unsupported language: {language}")
    return rec


def analyze(raws: Iterable[RawArticle], stages: list[Stage] | None = None,
            on_record: Callable[[Record], None] | None = None) -> Iterator[Record]:
    """Records for `raws`, in order. With `stages=[]` only identity, language and metadata are filled."""
    stages = default_stages() if stages is None else stages
    coder = coder_name(stages) if stages else None
    chunk: list[Record] = []
    for raw in raws:
        chunk.append(new_record(raw))
        if len(chunk) >= CHUNK:
            yield from _run(chunk, stages, coder)
            chunk = []
    if chunk:
        yield from _run(chunk, stages, coder)


def _run(records: list[Record], stages: list[Stage], coder: str | None) -> Iterator[Record]:
    if stages:
        for language in ANALYSED:
            todo = [r for r in records if r.language == language]
            for rec, doc in zip(todo, parse_many([r.text for r in todo], language)):
                for stage in stages:
                    _run_stage(stage, rec, doc)
                rec.coder = coder
    yield from records


def _run_stage(stage: Stage, rec: Record, doc: Document) -> None:
    """One stage on one article. A stage that fails on an article (a bug met on odd text) leaves a one-line
    warning on that record, naming the file, and the batch goes on; with NEWSGRAPH_STRICT=1 (the test suite)
    the error is raised so it cannot hide."""
    try:
        stage(rec, doc)
    except Exception as exc:  # noqa: BLE001 - any bug in a stage must not lose the rest of the batch
        if os.environ.get("NEWSGRAPH_STRICT") == "1":
            raise
        message = f"{rec.path or rec.id}: the {stage.name} stage failed on this article ({type(exc).__name__}: {exc})"
        rec.warnings.append(message)
        log.warning(message)
