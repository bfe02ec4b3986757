"""A tiny run of the scale benchmark's generator and loader (benchmarks/store_scale.py): the synthetic
events are valid, news-like and stored whole. The benchmark itself is not part of the suite."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from newsgraph.store import open_store
from newsgraph.store.filters import EventFilter
from newsgraph.store.queries import count_events, list_events

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "store_scale.py"


def _bench():
    spec = importlib.util.spec_from_file_location("store_scale", BENCH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generator_is_news_like_and_loads(db_url: str) -> None:
    bench = _bench()
    rows = [r for _, evs in bench.generate(2000) for r in evs]
    assert len(rows) == 2000
    col = {name: i for i, name in enumerate(bench.EVENT_COLUMNS)}
    roots = Counter(r[col["root"]] for r in rows)
    assert roots["04"] > roots["19"] > 0 and roots["01"] > roots["18"]
    actors = Counter(r[col["source_id"]] for r in rows)
    assert actors.most_common(1)[0][1] > 20 * (actors.most_common()[len(actors) // 2][1])  # Zipf-like head
    years = Counter(r[col["date"]][:4] for r in rows)
    assert len(years) >= 6 and years["2025"] > years["2019"]
    s = open_store(db_url)
    n_articles, n_events, _ = bench.load(s, 2000)
    assert n_events == 2000 == count_events(s, EventFilter())
    newest = list_events(s, EventFilter(actor="MLIGOV"), limit=5)
    assert len(newest) == 5 and newest[0]["date"] >= newest[-1]["date"]
    s.close()


def test_newest_first_walk_and_selective_path_give_the_same_pages(db_url: str, monkeypatch) -> None:
    from newsgraph.store import queries

    bench = _bench()
    s = open_store(db_url)
    bench.load(s, 600)
    filters = [EventFilter(), EventFilter(actor="MLIGOV"), EventFilter(dyad="MLI,RUS", undirected=True),
               EventFilter(root="04,05"), EventFilter(country="FRA"), EventFilter(quad_class=4, goldstein_max=-5),
               EventFilter(q="talks"), EventFilter(place="Bamako"), EventFilter(language="fr", modality="asserted")]
    pages = [(5, 0), (20, 7)]

    def run(probe: int) -> list[list[str]]:
        monkeypatch.setattr(queries, "PROBE", {"sqlite": probe, "postgres": probe})
        queries._SINCE.clear()
        return [[r["id"] for r in list_events(s, f, limit=n, offset=o)] for f in filters for n, o in pages]

    walked, selective = run(150), run(10**9)
    assert walked == selective
    assert all(len(ids) == len(set(ids)) for ids in walked) and sum(map(len, walked)) > 100
    for f in filters[1:]:  # every listed event matches on its own count
        assert len(list_events(s, f, limit=1000)) == count_events(s, f)
    s.close()
