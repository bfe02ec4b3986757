"""The store at scale: bulk-insert N synthetic events (default one million) into SQLite or PostgreSQL, then
time ten typical API queries through the real FastAPI app.

    .venv/bin/python benchmarks/store_scale.py [--events 1000000] [--db PATH|postgresql://...] [--repeat 20]

The events follow a news-like distribution: actors drawn Zipf-like from the shipped gazetteers (the
Sahel's governments and armies, Russia, France, JNIM, ECOWAS ... at the head), CAMEO codes weighted
like wire news (many 01/04/05 statements and consultations, few 18/19/20 assaults and fights), dates
over 2019-2025 with more recent years busier, places from the shipped gazetteer weighted by
population. About five events per article; articles are stored too (events reference them).

Prints the insert rate, then for each query the p50 and p95 latency in milliseconds over `--repeat`
requests with varying parameters, issued in-process through starlette's TestClient.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

from newsgraph.actors.gazetteer import country_actor, gazetteer
from newsgraph.events.lexicon import cameo
from newsgraph.models import Actor, event_id, sha256_hex
from newsgraph.store import open_store
from newsgraph.store.db import Store, now

HEAD = ["MLIGOV", "RUSGOV", "FRAGOV", "MLIMIL", "BFAGOV", "NERGOV", "JNIM", "ECOWAS", "USAGOV", "UN", "BFAMIL",
        "NERMIL", "AES", "DZAGOV", "CHNGOV", "UAG", "MLICVL", "EU", "SENGOV", "CIVGOV", "TCDGOV", "GBRGOV",
        "MRTGOV", "RUSMIL", "FRAMIL", "UKRGOV", "TURGOV", "NGAGOV", "MLIREB", "MLIOPP"]
ROOT_WEIGHTS = {"01": 15, "02": 7, "03": 7, "04": 19, "05": 10, "06": 3, "07": 3, "08": 3, "09": 2, "10": 3,
                "11": 6, "12": 3, "13": 3, "14": 2, "15": 1, "16": 2, "17": 4, "18": 3, "19": 3.5, "20": 0.5}
MODALITIES = [("asserted", 85), ("intended", 8), ("negated", 4), ("hypothetical", 3)]
TOPICS = ("talks security cooperation drone convoy border sanctions summit treaty aid election uranium gold "
          "ambassador troops withdrawal attack ceasefire refugees famine jihadists mercenaries airport mine "
          "pipeline delegation envoy market").split()
OUTLETS = ["Wire A", "Wire B", "Le Sahel", "L'Essor", "ORTM", "RFI", "Jeune Afrique", "TASS", "Sputnik Afrique",
           "Reuters", "AFP", "Studio Tamani", "Aïr Info", "Burkina24", "Lefaso.net", "Mali Web", "ActuNiger",
           "APS", "Xinhua", "Anadolu", "BBC Afrique", "Voice of America", "Al Jazeera", "Le Monde", "Mediapart",
           "The Guardian", "Premium Times", "Maliweb", "Sidwaya", "Le Pays"]
START, END = dt.date(2019, 1, 1), dt.date(2025, 12, 31)
EVENT_COLUMNS = ["id", "article_id", "sentence", "span_start", "span_end", "evidence", "source_id", "source_code",
                 "source_country", "source_kind", "target_id", "target_code", "target_country", "target_kind",
                 "cameo", "root", "label", "plover", "quad_class", "goldstein", "date", "date_precision",
                 "modality", "confidence", "place_name", "place_country", "lat", "lon", "dead", "injured",
                 "arrested", "abducted", "duplicate", "coder", "record"]
ARTICLE_COLUMNS = ["id", "title", "url", "source", "date", "language", "text", "warnings", "coder", "analyzed_at",
                   "ingested_at"]


class Weighted:
    """Draw items with given weights (cumulative table + bisection)."""

    def __init__(self, items: list[Any], weights: list[float]) -> None:
        self.items = items
        self.cum = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def zipf(items: list[Any], s: float = 1.1) -> Weighted:
    return Weighted(items, [1 / (r + 1) ** s for r in range(len(items))])


def actor_pool(rng: random.Random) -> list[Actor]:
    """Every country (and its government and army) and every named body of the gazetteers; the head first."""
    g = gazetteer()
    pool: dict[str, Actor] = {}
    for iso in g.countries:
        for kind in (None, "GOV", "MIL"):
            a = country_actor(iso, kind)
            pool[a.id] = a
    for a in g.actors.values():
        pool.setdefault(a.id, a)
    by_code = {a.code: a for a in pool.values() if a.code}
    head = [by_code.get(c) or Actor(id=c, name=c, code=c) for c in HEAD]
    rest = [a for a in pool.values() if a.id not in {h.id for h in head}]
    rng.shuffle(rest)
    return head + rest


def places() -> Weighted:
    text = (resources.files("newsgraph.geo") / "data" / "places.tsv").read_text(encoding="utf-8")
    rows = [r for r in csv.DictReader(text.splitlines(), delimiter="\t") if r["lat"] and r["lon"]]
    return Weighted(rows, [float(r["population"] or 1000) ** 0.6 for r in rows])


def codes() -> Weighted:
    table = cameo()
    items, weights = [], []
    for code, c in table.items():
        siblings = sum(1 for x in table.values() if x.root == c.root)
        share = 0.5 if code == c.root or len(code) == 2 else 0.5 / max(1, siblings - 1)
        items.append(c)
        weights.append(ROOT_WEIGHTS.get(c.root, 1) * share)
    return Weighted(items, weights)


def dates() -> Weighted:
    days = [START + dt.timedelta(d) for d in range((END - START).days + 1)]
    return Weighted([d.isoformat() for d in days], [1 + i / len(days) * 2 for i in range(len(days))])


def generate(n_events: int, seed: int = 7) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """(article row, its event rows), about five events per article, until n_events events."""
    rng = random.Random(seed)
    actors = zipf(actor_pool(rng))
    code, day, place, outlet = codes(), dates(), places(), zipf(OUTLETS, 0.8)
    modality = Weighted([m for m, _ in MODALITIES], [w for _, w in MODALITIES])
    topic = zipf(TOPICS, 0.9)
    stamp = now()
    made = 0
    i = 0
    while made < n_events:
        k = min(n_events - made, rng.randint(1, 9))
        date = day(rng)
        lang = "fr" if rng.random() < 0.45 else "en"
        sentences, events = [], []
        text_len = 0
        for j in range(k):
            src, tgt = actors(rng), actors(rng)
            while tgt.id == src.id:
                tgt = actors(rng)
            c = code(rng)
            p = place(rng) if rng.random() < 0.7 else None
            where = f" in {p['name']}" if p else ""
            evidence = (f"{src.name} and {tgt.name}: {c.name.lower()} over {topic(rng)} and {topic(rng)}{where}, "
                        f"report {i}.{j}.")
            span = (text_len, text_len + len(evidence))
            sentences.append(evidence)
            text_len += len(evidence) + 1
            events.append((src, tgt, c, p, evidence, span, j))
        text = " ".join(sentences)
        aid = sha256_hex(text)
        article = (aid, None, f"https://news.example/{i}", outlet(rng), date, lang, text, "[]", "bench-1", stamp, stamp)
        rows = []
        for src, tgt, c, p, evidence, span, j in events:
            eid = event_id(aid, span, c.code, src.id, tgt.id)
            mod = modality(rng)
            record = {"id": eid, "source": src.to_dict(), "target": tgt.to_dict(), "cameo": c.code, "root": c.root,
                      "label": c.name, "plover": c.plover, "quad_class": c.quad_class, "goldstein": c.goldstein,
                      "date": date, "date_precision": "publication", "modality": mod, "confidence": 0.8,
                      "sentence": j, "span": list(span), "evidence": evidence, "coder": "bench-1"}
            rows.append((eid, aid, j, span[0], span[1], evidence, src.id, src.code, src.country, src.kind, tgt.id,
                         tgt.code, tgt.country, tgt.kind, c.code, c.root, c.name, c.plover, c.quad_class, c.goldstein,
                         date, "publication", mod, 0.8, p["name"] if p else None, p["country"] if p else None,
                         float(p["lat"]) if p else None, float(p["lon"]) if p else None, None, None, None, None, 0,
                         "bench-1", json.dumps(record, ensure_ascii=False)))
        made += k
        i += 1
        yield article, rows


def load(store: Store, n_events: int, batch: int = 50_000) -> tuple[int, int, float]:
    """Bulk-insert through `Store.bulk_load` (secondary indexes rebuilt at the end; COPY on PostgreSQL, large
    executemany transactions on SQLite), then index every evidence sentence and article for full-text search
    as ingest does. Returns (articles, events, seconds), generation excluded from the time."""
    rng = random.Random(1)
    actors = {a.id: a for a in actor_pool(rng)}
    with store.transaction():
        store.executemany("INSERT INTO actors (id, name, code, country, kind, wikidata, aliases) VALUES"
                          " (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                          [(a.id, a.name, a.code, a.country, a.kind, a.wikidata, json.dumps(list(a.aliases)))
                           for a in actors.values()])
    n_articles = n_events_done = 0
    spent = 0.0
    arts: list[tuple[Any, ...]] = []
    evs: list[tuple[Any, ...]] = []

    cpu = 0.0  # this process's CPU time in the database work: the machine may be busy with other work

    def flush() -> float:
        nonlocal cpu
        t0, c0 = time.perf_counter(), time.process_time()
        with store.transaction():
            store.bulk_insert("articles", ARTICLE_COLUMNS, arts)
            store.bulk_insert("events", EVENT_COLUMNS, evs)
        cpu += time.process_time() - c0
        return time.perf_counter() - t0

    t_start = time.perf_counter()
    with store.bulk_load("events"), store.bulk_load("articles"):
        for article, rows in generate(n_events):
            arts.append(article)
            evs.extend(rows)
            n_articles += 1
            n_events_done += len(rows)
            if len(evs) >= batch:
                spent += flush()
                arts, evs = [], []
                print(f"\r{n_events_done} events", end="", file=sys.stderr, flush=True)
        spent += flush()
        t0, c0 = time.perf_counter(), time.process_time()
    spent += time.perf_counter() - t0  # the index rebuilds
    cpu += time.process_time() - c0
    print(f"\n  rows and indexes {spent:.1f} s (wall {time.perf_counter() - t_start:.1f} s with generation)",
          file=sys.stderr)
    t0, c0 = time.perf_counter(), time.process_time()
    with store.bulk_load("search_index"), store.transaction():
        index_all(store)
    # PostgreSQL: VACUUM too, as autovacuum soon would, so the visibility map lets index-only scans skip the table
    store.execute("VACUUM ANALYZE" if store.dialect == "postgres" else "ANALYZE")
    fts = time.perf_counter() - t0
    cpu += time.process_time() - c0
    print(f"  full-text indexes and (VACUUM) ANALYZE {fts:.1f} s; CPU time of this process in all the database work"
          f" {cpu:.1f} s ({n_events_done / max(cpu, 1e-9):,.0f} events per CPU second; PostgreSQL works in its"
          " own processes)", file=sys.stderr)
    return n_articles, n_events_done, spent + fts


def index_all(store: Store) -> None:
    """Index every article and evidence sentence for full-text search, as ingest does one article at a time
    (on PostgreSQL the event lists' own text index is an expression index, rebuilt with the others)."""
    if store.dialect == "postgres":
        store.execute("SET maintenance_work_mem = '512MB'")
        tsv = ", to_tsvector('simple', unaccent({}))"
        body = "COALESCE(title, '') || ' ' || text"
        store.execute(f"INSERT INTO search_index (kind, ref, article_id, body, tsv) SELECT 'article', id, id,"
                      f" {body}{tsv.format(body)} FROM articles")
        store.execute(f"INSERT INTO search_index (kind, ref, article_id, body, tsv) SELECT 'event', id, article_id,"
                      f" evidence{tsv.format('evidence')} FROM events")
    else:
        store.execute("INSERT INTO search_index (kind, ref, article_id, body) SELECT 'article', id, id,"
                      " COALESCE(title, '') || ' ' || text FROM articles")
        store.execute("INSERT INTO search_index (kind, ref, article_id, body) SELECT 'event', id, article_id,"
                      " evidence FROM events")
        store.execute("INSERT INTO events_text (events_text) VALUES ('rebuild')")  # the event lists' text filter


def queries(rng: random.Random) -> list[tuple[str, str, Callable[[], dict[str, Any]]]]:
    """The ten typical queries: (name, kind, a function giving fresh parameters for one request)."""
    head3 = ["MLIGOV", "RUSGOV", "FRAGOV", "BFAGOV", "NERGOV", "JNIM", "ECOWAS", "USAGOV"]
    countries = ["MLI", "RUS", "FRA", "BFA", "NER", "DZA", "CHN", "SEN"]
    towns = ["Bamako", "Gao", "Niamey", "Ouagadougou", "Timbuktu", "Kidal", "Mopti", "Agadez"]

    def month() -> tuple[str, str]:
        d = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), 1)
        last = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return d.isoformat(), last.isoformat()

    def date_range() -> dict[str, Any]:
        a, b = month()
        return {"date_from": a, "date_to": b}

    return [
        ("events by actor", "list", lambda: {"actor": rng.choice(head3)}),
        ("events by dyad", "list", lambda: {"dyad": ",".join(rng.sample(countries[:5], 2))}),
        ("events by root", "list", lambda: {"root": rng.choice(["14", "17", "18", "19", "20"])}),
        ("events by date range", "list", date_range),
        ("events by country", "list", lambda: {"country": rng.choice(countries)}),
        ("quad class + Goldstein", "list", lambda: {"quad_class": 4, "goldstein_min": -10,
                                                    "goldstein_max": rng.choice([-9, -8, -7])}),
        ("events by text", "list", lambda: {"q": rng.choice(["drone", "uranium convoy", "mercenaries", "gold"])}),
        ("events by place", "list", lambda: {"place": rng.choice(towns)}),
        ("monthly dyad balance", "aggregation",
         lambda: dict(zip(("source", "target"), rng.sample(countries[:5], 2), strict=True)) | {"interval": "month"}),
        ("timeline by month", "aggregation", lambda: {"interval": "month", "by": rng.choice(["quad_class", "root"])}),
    ]


def measure(db: str, repeat: int) -> list[dict[str, Any]]:
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    client = TestClient(create_app(db, token=""))
    rng = random.Random(3)
    out = []
    for name, kind, params in queries(rng):
        path = {"monthly dyad balance": "/api/stats/balance", "timeline by month": "/api/stats/timeline"}.get(
            name, "/api/events")
        client.get(path, params=params())  # warm the caches once
        times = []
        for _ in range(repeat):
            p = params()
            t0 = time.perf_counter()
            r = client.get(path, params=p)
            times.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{name}: {r.status_code} {r.text[:200]}")
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out.append({"query": name, "kind": kind, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="SQLite path or postgresql:// URL (default: a fresh temporary file).")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--keep", action="store_true", help="Reuse --db if it already holds events (skip the insert).")
    args = ap.parse_args()
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = os.path.join(tmp.name, "scale.db")
    store = open_store(db)
    try:
        have = int(store.scalar("SELECT COUNT(*) FROM events"))
        if have and not args.keep:
            raise SystemExit(f"{db} already holds {have} events: give an empty database (or --keep to reuse it)")
        if not have:
            n_art, n_ev, secs = load(store, args.events)
            print(f"inserted {n_ev} events and {n_art} articles in {secs:.1f} s: {n_ev / secs:,.0f} events/s "
                  f"({store.dialect})")
        else:
            print(f"reusing {have} events in {db}")
    finally:
        store.close()
    rows = measure(db, args.repeat)
    width = max(len(r["query"]) for r in rows)
    print(f"{'query':{width}}  {'kind':11}  {'p50 ms':>8}  {'p95 ms':>8}")
    for r in rows:
        print(f"{r['query']:{width}}  {r['kind']:11}  {r['p50_ms']:8.1f}  {r['p95_ms']:8.1f}")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
