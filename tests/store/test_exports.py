"""Every export read back with the library its users would use, on a store filled by the real pipeline."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.load import ingest
from newsgraph.store import open_store
from newsgraph.store.exports import export
from newsgraph.store.filters import EventFilter

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, ) -> str:
    from conftest import SAMPLE  # tests/conftest.py, importable however pytest is started

    db = str(tmp_path_factory.mktemp("exports") / "x.db")
    s = open_store(db)
    ingest([str(SAMPLE / "001-aes-lavrov-moscow-talks.txt"), str(SAMPLE / "011-aes-rappel-ambassadeurs-alger.txt"),
            str(SAMPLE / "028-barsalogho-attack.txt"), str(SAMPLE / "025-djibo-attaque.txt")], s)
    s.close()
    return db


def _run(db: str, fmt: str, path: Path, **kw) -> int:
    s = open_store(db)
    try:
        return export(s, fmt, str(path), **kw)
    finally:
        s.close()


def test_csv_and_jsonl_carry_provenance(filled: str, tmp_path: Path) -> None:
    import pandas as pd

    n = _run(filled, "csv", tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv")
    assert n == len(df) > 0
    for col in ("article_id", "url", "sentence", "span_start", "span_end", "evidence", "coder", "cameo"):
        assert col in df.columns
    _run(filled, "jsonl", tmp_path / "e.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(rows) == n and all(r["coder"] for r in rows)


def test_parquet_reads_back_with_pyarrow(filled: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    n = _run(filled, "parquet", tmp_path / "e.parquet")
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.num_rows == n and "goldstein" in t.column_names
    m = _run(filled, "parquet", tmp_path / "a.parquet", table="articles")
    assert pq.read_table(tmp_path / "a.parquet").num_rows == m == 4


def test_gdelt_table_has_gdelt_columns(filled: str, tmp_path: Path) -> None:
    _run(filled, "gdelt", tmp_path / "e.tsv")
    with open(tmp_path / "e.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and {"GLOBALEVENTID", "SQLDATE", "Actor1Code", "EventCode", "QuadClass", "GoldsteinScale",
                     "SOURCEURL"} <= set(rows[0])
    assert all(len(r["SQLDATE"]) == 8 for r in rows)


def test_plover_json(filled: str, tmp_path: Path) -> None:
    _run(filled, "plover", tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text())
    assert data and all(d["cameo"] and d["provenance"]["span"] and "event" in d for d in data)
    assert any(d["event"] for d in data)  # the PLOVER type, where CAMEO maps to one


def test_actor_network_in_graphml_and_gexf(filled: str, tmp_path: Path) -> None:
    import networkx as nx

    n = _run(filled, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() == n > 0 and g.number_of_edges() > 0
    assert all("weight" in d and "mean_goldstein" in d for _, _, d in g.edges(data=True))
    _run(filled, "gexf", tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == n


def test_geojson_points(filled: str, tmp_path: Path) -> None:
    n = _run(filled, "geojson", tmp_path / "e.geojson")
    fc = json.loads((tmp_path / "e.geojson").read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n
    for feat in fc["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_filters_apply_and_bad_requests_are_usage_errors(filled: str, tmp_path: Path) -> None:
    total = _run(filled, "jsonl", tmp_path / "all.jsonl")
    some = _run(filled, "jsonl", tmp_path / "some.jsonl", f=EventFilter(root="18,19,20"))
    assert some < total
    with pytest.raises(UsageError):
        _run(filled, "geojson", tmp_path / "x", table="articles")
    with pytest.raises(UsageError):
        _run(filled, "csv", tmp_path / "x", table="sqlite_master")
