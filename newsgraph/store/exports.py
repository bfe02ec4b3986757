"""Exports that open in the tools analysts use, each row carrying its provenance.

Events (the default) go out as CSV, JSONL, Parquet, a GDELT-style tab-separated table, PLOVER JSON,
an actor network (GraphML or GEXF, for Gephi) or GeoJSON; any other table (`--table articles`,
`quotes`, `actors` ...) as CSV, JSONL or Parquet.
"""

from __future__ import annotations

import csv
import json
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.store.db import Store
from newsgraph.store.filters import EventFilter, where

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover", "graphml", "gexf", "geojson")
TABLES = ("events", "articles", "article_sources", "actors", "actor_mentions", "places", "quotes", "claims",
          "techniques", "frames", "stories", "alerts", "sources", "watchlists")
EVENT_EXPORT = ("e.id, e.article_id, a.url, a.source AS outlet, a.language, e.sentence, e.span_start, e.span_end,"
                " e.evidence, e.date, e.date_precision, e.source_id, e.source_code, e.source_country, e.source_kind,"
                " s.name AS source_name, e.target_id, e.target_code, e.target_country, e.target_kind,"
                " t.name AS target_name, e.cameo, e.root, e.label, e.plover, e.quad_class, e.goldstein, e.modality,"
                " e.confidence, e.place_name, e.place_country, e.lat, e.lon, e.dead, e.injured, e.arrested,"
                " e.abducted, e.duplicate, e.coder")
GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
                 "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
                 "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                 "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
                 "ActionGeo_Long", "SOURCEURL"]


def event_rows(store: Store, f: EventFilter | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    clause, params = where(f or EventFilter(), store.dialect)
    sql = (f"SELECT {EVENT_EXPORT} FROM events e JOIN articles a ON a.id = e.article_id"
           " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id"
           f" WHERE {clause} ORDER BY e.date, e.id")
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return store.query(sql, params)


def table_rows(store: Store, table: str) -> list[dict[str, Any]]:
    if table not in TABLES:
        raise UsageError(f"--table: expected one of {', '.join(TABLES)}, got {table!r}")
    rows = store.query(f"SELECT * FROM {table}")  # the name is one of TABLES, never user text
    for r in rows:
        for k, v in list(r.items()):
            if isinstance(v, (bytes, memoryview)):
                r[k] = bytes(v).hex()
    return rows


def export(store: Store, fmt: str, path: str, table: str = "events", f: EventFilter | None = None) -> int:
    """Write `path`; returns the number of rows (events, nodes or features) written."""
    if fmt not in FORMATS:
        raise UsageError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if table != "events" and fmt not in ("csv", "jsonl", "parquet"):
        raise UsageError(f"--format {fmt} exports events only; use csv, jsonl or parquet with --table {table}")
    rows = event_rows(store, f) if table == "events" else table_rows(store, table)
    writer = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet, "gdelt": _gdelt, "plover": _plover,
              "graphml": _network, "gexf": _network, "geojson": _geojson}[fmt]
    return writer(rows, path, fmt)


def _csv(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) if rows else ["id"])
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def _jsonl(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def _parquet(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())}), path)
    return len(rows)


def _gdelt(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(GDELT_COLUMNS)
        for r in rows:
            geo_type = 1 if r["place_name"] and r["place_name"] == r["place_country"] else (4 if r["lat"] else 0)
            w.writerow([r["id"], (r["date"] or "").replace("-", ""), r["source_code"] or "", r["source_name"] or "",
                        r["source_country"] or "", r["source_kind"] or "", r["target_code"] or "",
                        r["target_name"] or "", r["target_country"] or "", r["target_kind"] or "", 1, r["cameo"],
                        r["cameo"][:3], r["root"], r["quad_class"], r["goldstein"], 1, 1, 1, geo_type,
                        r["place_name"] or "", r["place_country"] or "", r["lat"] if r["lat"] is not None else "",
                        r["lon"] if r["lon"] is not None else "", r["url"] or ""])
    return len(rows)


def _plover(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    out = []
    for r in rows:
        out.append({
            "id": r["id"], "date": r["date"], "event": r["plover"], "cameo": r["cameo"], "mode": r["modality"],
            "source": [{"actorText": r["source_name"], "code": r["source_code"], "sector": r["source_kind"]}]
            if r["source_id"] else [],
            "target": [{"actorText": r["target_name"], "code": r["target_code"], "sector": r["target_kind"]}]
            if r["target_id"] else [],
            "text": r["evidence"], "location": {"name": r["place_name"], "country": r["place_country"],
                                                 "lat": r["lat"], "lon": r["lon"]},
            "size": {k: r[k] for k in ("dead", "injured", "arrested", "abducted")},
            "provenance": {"article_id": r["article_id"], "url": r["url"], "sentence": r["sentence"],
                           "span": [r["span_start"], r["span_end"]], "coder": r["coder"]},
        })
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return len(out)


def _network(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    """Actors as nodes; one edge per directed dyad with its event count and mean Goldstein value."""
    import networkx as nx

    g = nx.DiGraph()
    for r in rows:
        if not (r["source_id"] and r["target_id"]):
            continue
        for side in ("source", "target"):
            g.add_node(r[f"{side}_id"], label=r[f"{side}_name"] or r[f"{side}_code"] or r[f"{side}_id"],
                       code=r[f"{side}_code"] or "", country=r[f"{side}_country"] or "")
        s, t = r["source_id"], r["target_id"]
        if g.has_edge(s, t):
            e = g.edges[s, t]
            e["weight"] += 1
            e["goldstein_sum"] += float(r["goldstein"] or 0)
        else:
            g.add_edge(s, t, weight=1, goldstein_sum=float(r["goldstein"] or 0))
    for _, _, e in g.edges(data=True):
        e["mean_goldstein"] = round(e.pop("goldstein_sum") / e["weight"], 3)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)
    return g.number_of_nodes()


def _geojson(rows: list[dict[str, Any]], path: str, fmt: str) -> int:
    features = []
    for r in rows:
        if r["lat"] is None or r["lon"] is None:
            continue
        props = {k: v for k, v in r.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                         "properties": props})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False, default=str)
    return len(features)
