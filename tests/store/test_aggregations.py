"""Aggregations on both backends, over hand-built records (no models): timelines, dyad balance, co-occurrence."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import code_info
from newsgraph.ingest.readers import RawArticle, ReadResult
from newsgraph.load import ingest
from newsgraph.models import Actor, Event, Mention, Record, event_id
from newsgraph.store import open_store, writes
from newsgraph.store.filters import EventFilter
from newsgraph.store.queries import cooccurrence, dyad_balance, timeline

RUS = Actor(id="RUSGOV", name="Russia (government)", code="RUSGOV", country="RUS", kind="GOV")
MLI = Actor(id="MLIGOV", name="Mali (government)", code="MLIGOV", country="MLI", kind="GOV")
JNIM = Actor(id="JNIM", name="JNIM", code="JNIM", kind="REB")


def _store_with(db_url: str, items: list[tuple[str, str, Actor, Actor, str]]):
    s = open_store(db_url)
    for i, (text, date, src, tgt, cameo) in enumerate(items):
        raw = RawArticle(text=text, path=f"{i}.txt", date=date, language="en")
        r = ReadResult(f"{i}.txt", text.encode(), [raw], format="text")
        ingest([], s, nlp=False, results=[r])
        from newsgraph.ingest.text import article_id

        aid = article_id(text)
        c = code_info(cameo)
        span = (0, len(text))
        ev = Event(id=event_id(aid, span, cameo, src.id, tgt.id), source=src, target=tgt, cameo=cameo, root=c.root,
                   label=c.name, plover=c.plover, quad_class=c.quad_class, goldstein=c.goldstein, date=date,
                   date_precision="day", location=None, modality="asserted", confidence=0.8, sentence=0, span=span,
                   evidence=text, coder="test")
        rec = Record(id=aid, path=raw.path, url=None, title=None, source=None, date=date, language="en", text=text,
                     mentions=[Mention(src, (0, 3), 0), Mention(tgt, (4, 7), 0)], events=[ev], coder="test")
        with s.transaction():
            writes.replace_derived(s, rec)
    return s


ITEMS = [
    ("Russia met Mali in Moscow on the third.", "2025-04-03", RUS, MLI, "040"),
    ("Russia praised Mali for its courage.", "2025-04-10", RUS, MLI, "051"),
    ("Mali criticised Russia over a delay.", "2025-05-02", MLI, RUS, "111"),
    ("JNIM attacked a Malian army post.", "2025-05-20", JNIM, MLI, "190"),
]


@pytest.fixture
def s(db_url: str):
    store = _store_with(db_url, ITEMS)
    yield store
    store.close()


def test_timeline_by_month_and_quad_class(s) -> None:
    rows = timeline(s, interval="month", by="quad_class")
    got = {(r["period"], r["quad_class"]): r["events"] for r in rows}
    assert got == {("2025-04", 1): 2, ("2025-05", 3): 1, ("2025-05", 4): 1}
    weeks = timeline(s, EventFilter(root="19"), interval="week", by="root")
    assert weeks == [{"period": "2025-W21", "root": "19", "events": 1}]


def test_dyad_balance_over_time(s) -> None:
    rows = dyad_balance(s, "RUS", "MLI", interval="month")
    assert [r["period"] for r in rows] == ["2025-04", "2025-05"]
    april, may = rows
    assert april["events"] == 2 and april["balance"] == 1.0 and april["mean_goldstein"] == pytest.approx(2.2)
    assert may["events"] == 1 and may["conflict"] == 1 and may["balance"] == -1.0
    assert dyad_balance(s, "RUS", "MLI", undirected=False)[0]["events"] == 2


def test_cooccurrence(s) -> None:
    rows = cooccurrence(s, "MLIGOV")
    assert {r["id"]: r["articles"] for r in rows} == {"RUSGOV": 3, "JNIM": 1}
