"""The HTTP API: read endpoints, the one error shape, the token on writes, hostile parameters."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.load import ingest
from newsgraph.store import open_store


@pytest.fixture
def client(tmp_path: Path, sample_dir: Path) -> TestClient:
    db = str(tmp_path / "api.db")
    s = open_store(db)
    ingest([str(sample_dir)], s, nlp=False)
    s.close()
    return TestClient(create_app(db, token="s3cret"))


def _is_error(r, status: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]


def test_articles_list_and_one(client: TestClient) -> None:
    r = client.get("/api/articles", params={"limit": 5})
    assert r.status_code == 200 and len(r.json()["items"]) == 5
    aid = r.json()["items"][0]["id"]
    one = client.get(f"/api/articles/{aid}").json()
    assert one["id"] == aid and one["text"] and one["sources"]
    _is_error(client.get("/api/articles/nope"), 404)


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/articles" in spec["paths"]
    assert client.get("/api/docs").status_code == 200


@pytest.mark.parametrize("params", [
    {"root": "1x"}, {"quad_class": 9}, {"quad_class": "abc"}, {"limit": -1}, {"limit": 10**12},
    {"goldstein_min": "nan"}, {"goldstein_max": 1e308}, {"date_from": "2025-13-45"}, {"date_to": "'; DROP TABLE--"},
    {"cameo": "04; DELETE FROM events"}, {"modality": "maybe"}, {"near": "91,0,10"}, {"dyad": "RUS"},
    {"offset": "ten"},
])
def test_bad_parameters_answer_422_with_the_error_shape(client: TestClient, params: dict) -> None:
    _is_error(client.get("/api/events", params=params), 422)


def test_hostile_text_filters_do_not_touch_the_database(client: TestClient) -> None:
    before = client.get("/api/stats").json()["articles"]
    for value in ["x'); DROP TABLE articles;--", "%", "_", "\\", "' OR '1'='1", "a" * 400]:
        r = client.get("/api/events", params={"actor": value, "q": value, "outlet": value})
        assert r.status_code == 200 and r.json()["items"] == []
    assert client.get("/api/stats").json()["articles"] == before


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"text": "Le Niger a suspendu la diffusion de la BBC pour trois mois.", "date": "2024-12-12"}
    _is_error(client.post("/api/articles", json=body), 401)
    _is_error(client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}), 403)
    _is_error(client.post("/api/articles", json=body, headers={"Authorization": "Basic s3cret"}), 401)


def test_no_token_configured_means_no_writes(tmp_path: Path) -> None:
    c = TestClient(create_app(str(tmp_path / "x.db"), token=""))
    _is_error(c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "}), 403)


def test_bad_upload_bodies(client: TestClient) -> None:
    h = {"Authorization": "Bearer s3cret"}
    _is_error(client.post("/api/articles", content=b"not json", headers=h), 422)
    _is_error(client.post("/api/articles", json={"title": "no text"}, headers=h), 422)
    _is_error(client.post("/api/articles", json={"text": 5}, headers=h), 422)
    _is_error(client.post("/api/articles", files={"file": ("x.bin", b"\x00\x01\x02\x00", "application/octet-stream")},
                          headers=h), 422)


@pytest.fixture
def fclient(tmp_path: Path) -> tuple[TestClient, list[str]]:
    from store.framing_fixture import build

    db = str(tmp_path / "f.db")
    s = open_store(db)
    ids = build(s)
    s.close()
    return TestClient(create_app(db, token="s3cret")), ids


def test_actors_quotes_and_claims_over_http(fclient) -> None:
    c, ids = fclient
    actors = c.get("/api/actors", params={"country": "MLI"}).json()["items"]
    assert {a["id"] for a in actors} == {"MLIGOV", "Q57358553"}
    assert "Bamako" in next(a for a in actors if a["id"] == "MLIGOV")["aliases"]
    page = c.get("/api/actors", params={"limit": 1, "offset": 1}).json()["items"]
    assert len(page) == 1 and page[0]["id"] == c.get("/api/actors").json()["items"][1]["id"]
    quotes = c.get("/api/quotes", params={"speaker": "Goïta", "direct": "true"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["article_id"] == ids[0]
    assert c.get("/api/quotes", params={"direct": "false"}).json()["total"] == 1
    claims = c.get("/api/claims", params={"about": "RUS", "polarity": "1", "date_from": "2025-03-01"}).json()
    assert claims["total"] == 2 and all(x["about"][0]["polarity"] == 1 for x in claims["items"])
    one = c.get(f"/api/articles/{ids[1]}").json()
    assert len(one["claims"]) == 2 and {s["role"] for s in one["stance"]} == {"protagonist", "antagonist"}


def test_stats_routes_for_places_speakers_and_narratives(fclient) -> None:
    c, ids = fclient
    places = c.get("/api/stats/places").json()["items"]
    assert [(p["place"], p["events"]) for p in places] == [("Bamako", 2), ("Gao", 1)]
    speakers = c.get("/api/stats/speakers", params={"outlet": "Wire"}).json()["items"]
    assert {r["id"] for r in speakers} == {"RUSGOV", "name:sahel solidarity campaign network"}
    trend = c.get("/api/stats/narratives", params={"interval": "month", "by_outlet": "true",
                                                   "narrative": "russia_reliable_partner"}).json()["items"]
    assert [(r["period"], r["outlet"], r["articles"]) for r in trend] == [("2025-03", "Wire", 1), ("2025-04", "Wire", 1)]
    events = c.get("/api/events", params={"technique": "Slogans"}).json()
    assert events["total"] == 1 and events["items"][0]["article_id"] == ids[0]
    assert c.get("/api/events", params={"speaker": "the Network"}).json()["total"] == 1


@pytest.mark.parametrize("path,params", [
    ("/api/actors", {"country": "Mali"}), ("/api/actors", {"kind": "'; --"}), ("/api/actors", {"date_from": "x"}),
    ("/api/actors", {"limit": 0}), ("/api/quotes", {"direct": "perhaps"}), ("/api/quotes", {"date_to": "2025-02-30"}),
    ("/api/quotes", {"offset": -5}), ("/api/claims", {"polarity": "2"}), ("/api/claims", {"polarity": "x" * 50}),
    ("/api/claims", {"speaker": "a" * 600}), ("/api/events", {"technique": "x' OR 1=1--"}),
    ("/api/stats/narratives", {"interval": "year"}), ("/api/stats/places", {"limit": 10**9}),
    ("/api/stats/speakers", {"date_from": "2025-1-1"}),
])
def test_hostile_framing_parameters_answer_422(fclient, path: str, params: dict) -> None:
    c, _ = fclient
    _is_error(c.get(path, params=params), 422)


def test_hostile_framing_text_changes_nothing(fclient) -> None:
    c, _ = fclient
    before = c.get("/api/quotes").json()["total"]
    for value in ["x'); DROP TABLE quotes;--", "%", "_", "\\", "' OR '1'='1"]:
        for path, key in [("/api/quotes", "speaker"), ("/api/quotes", "q"), ("/api/claims", "about"),
                          ("/api/actors", "name"), ("/api/events", "narrative"), ("/api/events", "speaker")]:
            r = c.get(path, params={key: value})
            assert r.status_code == 200 and r.json()["items"] == [], (path, key, value)
    assert c.get("/api/quotes").json()["total"] == before
