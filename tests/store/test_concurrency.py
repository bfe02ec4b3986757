"""Concurrency on the real backends: SQLite readers querying while one writer stores articles (they never
see an error or half an article), and several PostgreSQL writers ingesting overlapping article sets at
once (no duplicates, nothing lost). Every thread stops by itself after a fixed amount of work."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from store.framing_fixture import MLI, RUS, _event

from newsgraph.ingest.readers import RawArticle, ReadResult
from newsgraph.ingest.text import article_id
from newsgraph.load import ingest
from newsgraph.models import Mention, Record
from newsgraph.store import open_store, writes
from newsgraph.store.filters import EventFilter
from newsgraph.store.queries import count_events, list_events

WORDS = ("army convoy ministry talks border drone village market treaty delegation summit sanctions envoy region "
         "minister election council embassy patrol attack ceasefire river harvest aid refugees school court "
         "gendarmerie mayor governor pipeline airport customs").split()
EVENTS_PER_ARTICLE = 4


def _texts(n: int, seed: int) -> list[str]:
    """n distinct texts, far from each other (no near-duplicates)."""
    rng = random.Random(seed)
    return [f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(60)) + "." for i in range(n)]


def _write_article(store, text: str, i: int) -> None:
    """What `newsgraph ingest` does for one article: the article, its source and its events, in one transaction."""
    aid = article_id(text)
    date = f"2025-01-{1 + i % 28:02d}"
    raw = RawArticle(text=text, path=f"w{i}.txt", date=date, language="en", source="Wire")
    events = [_event(aid, text[: 20 + k], RUS, MLI, ("040", "051", "111", "190")[k], date, None)
              for k in range(EVENTS_PER_ARTICLE)]
    record = Record(id=aid, path=raw.path, url=None, title=None, source="Wire", date=date, language="en", text=text,
                    mentions=[Mention(RUS, (0, 6), 0)], events=events, coder="test-1")
    with store.transaction():
        writes.insert_article(store, record, None)
        writes.add_source(store, aid, raw.source, None, raw.path, None, date, None)
        writes.replace_derived(store, record)


def test_sqlite_readers_never_see_errors_or_half_an_article(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    open_store(db).close()  # migrated once, before the threads start
    texts = _texts(40, seed=1)
    done = threading.Event()
    errors: list[BaseException] = []
    reads = [0, 0, 0]

    def writer() -> None:
        s = open_store(db)
        try:
            for i, text in enumerate(texts):
                _write_article(s, text, i)
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)
        finally:
            done.set()
            s.close()

    def reader(k: int) -> None:
        s = open_store(db)
        try:
            for _ in range(5000):  # bounded; stops early once the writer is done and one last read is made
                last = done.is_set()
                per_article = s.query("SELECT a.id, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n,"
                                      " (SELECT COUNT(*) FROM article_sources x WHERE x.article_id = a.id) AS m"
                                      " FROM articles a")
                assert all(r["n"] == EVENTS_PER_ARTICLE and r["m"] == 1 for r in per_article), per_article
                listed = list_events(s, EventFilter(root="04,05,11,19"), limit=1000)
                assert len(listed) % EVENTS_PER_ARTICLE == 0
                assert count_events(s, EventFilter()) % EVENTS_PER_ARTICLE == 0
                reads[k] += 1
                if last:
                    break
        except BaseException as exc:
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert all(n >= 1 for n in reads)
    s = open_store(db)
    assert int(s.scalar("SELECT COUNT(*) FROM articles")) == 40
    assert int(s.scalar("SELECT COUNT(*) FROM events")) == 40 * EVENTS_PER_ARTICLE
    s.close()


@pytest.mark.postgres
def test_postgres_writers_ingesting_overlapping_sets_lose_nothing_and_duplicate_nothing(pg_url: str) -> None:
    open_store(pg_url).close()
    texts = _texts(36, seed=2)
    writers = 4
    slices = [texts[k * 6: k * 6 + 18] for k in range(writers)]  # each text is ingested by up to three writers
    summaries: list = [None] * writers
    errors: list[BaseException] = []

    def work(k: int) -> None:
        s = open_store(pg_url)
        try:
            results = []
            for i, text in enumerate(slices[k]):
                raw = RawArticle(text=text, path=f"writer{k}/{i}.txt", date="2025-02-01", language="en",
                                 source=f"Outlet {k}")
                r = ReadResult(raw.path, text.encode(), [raw], format="text")
                raw.raw_id = r.raw_id
                results.append(r)
            summaries[k] = ingest([], s, nlp=False, results=results)
        except BaseException as exc:
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    distinct = {t for sl in slices for t in sl}
    s = open_store(pg_url)
    assert int(s.scalar("SELECT COUNT(*) FROM articles")) == len(distinct)
    assert {r["id"] for r in s.query("SELECT id FROM articles")} == {article_id(t) for t in distinct}
    pairs = {(article_id(t), f"Outlet {k}") for k, sl in enumerate(slices) for t in sl}
    stored = s.query("SELECT article_id, source FROM article_sources")
    assert len(stored) == len(pairs) and {(r["article_id"], r["source"]) for r in stored} == pairs
    assert sum(x.new for x in summaries) == len(distinct)
    assert sum(x.new + x.duplicates for x in summaries) == len(pairs)
    assert int(s.scalar("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL")) == 0
    s.close()
