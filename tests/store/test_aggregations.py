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


def test_weeks_are_iso_weeks_across_year_ends(db_url: str) -> None:
    import datetime as dt

    dates = ["2024-12-30", "2021-01-03", "2020-12-31", "2026-01-01", "2027-01-01"]
    store = _store_with(db_url, [(f"Russia met Mali on day {i}.", d, RUS, MLI, "040") for i, d in enumerate(dates)])
    rows = timeline(store, interval="week", by="root")
    expected: dict[str, int] = {}
    for d in dates:
        y, w, _ = dt.date.fromisoformat(d).isocalendar()
        expected[f"{y}-W{w:02d}"] = expected.get(f"{y}-W{w:02d}", 0) + 1
    assert {r["period"]: r["events"] for r in rows} == expected
    assert "2025-W01" in expected and "2020-W53" in expected
    balance = dyad_balance(store, "RUS", "MLI", interval="week")
    assert {r["period"]: r["events"] for r in balance} == expected
    store.close()


def test_event_text_filter_uses_words_folding_accents_and_case(s) -> None:
    def hits(q: str) -> list[str]:
        from newsgraph.store.queries import count_events, list_events

        rows = list_events(s, EventFilter(q=q))
        assert count_events(s, EventFilter(q=q)) == len(rows)
        return sorted(r["evidence"] for r in rows)

    assert hits("MOSCOW") == ["Russia met Mali in Moscow on the third."]
    assert hits("crit russia") == ["Mali criticised Russia over a delay."]  # word starts, every word needed
    assert hits("malian") == ["JNIM attacked a Malian army post."]
    assert hits("mali moscow") == ["Russia met Mali in Moscow on the third."]
    assert hits("oscow") == []  # inside a word is not a word
    assert hits("%") == [] and hits("'; --") == []
    assert len(hits("  ")) == 4  # no filter at all


def test_event_text_filter_folds_accents_and_follows_reanalysis(db_url: str) -> None:
    from newsgraph.store.queries import list_events

    text = "Le président Goïta a reçu l'émissaire russe à Koulouba."
    store = _store_with(db_url, [(text, "2025-03-01", MLI, RUS, "040")])
    assert [r["evidence"] for r in list_events(store, EventFilter(q="goita emissaire"))] == [text]
    assert list_events(store, EventFilter(q="GOÏTA"))
    rec_id = list_events(store, EventFilter())[0]["article_id"]
    from newsgraph.models import Record

    empty = Record(id=rec_id, path=None, url=None, title=None, source=None, date="2025-03-01", language="fr",
                   text=text, coder="test")
    with store.transaction():
        writes.replace_derived(store, empty)  # re-analysed: no event any more
    assert list_events(store, EventFilter(q="goita")) == []
    store.close()
