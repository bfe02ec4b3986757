"""The FastAPI application factory: read endpoints for stored records, a token-guarded upload, and one
JSON error shape for every failure: `{"error": {"status": int, "type": str, "message": str}}`.

The store is opened per request from the configured database URL, so the app holds no connection
between requests and several workers (or readers beside a writer) can share a database.
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.errors import NewsgraphError, StoreError, UsageError
from newsgraph.store import open_store
from newsgraph.store.db import Store
from newsgraph.store.filters import EventFilter

MAX_UPLOAD = 10 * 1024 * 1024
COUNT_CAP = 1_000  # event lists count matches up to here ("total_exact": false beyond): a page stays fast


class ApiError(Exception):
    def __init__(self, status: int, message: str, type_: str = "error") -> None:
        self.status, self.message, self.type = status, message, type_


def _error(status: int, type_: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "type": type_, "message": message}}, status_code=status)


def _json(body: dict[str, Any]) -> JSONResponse:
    """A response from plain JSON values (what the store returns): written by json.dumps directly, skipping
    FastAPI's generic encoder, which takes longer than the query itself on a page of 100 events."""
    return JSONResponse(body)


def get_store(request: Request) -> Iterator[Store]:
    s = open_store(request.app.state.db)
    try:
        yield s
    finally:
        s.close()


def writer(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need the configured token as a bearer token; with none configured, every write is refused."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "writes are disabled: no token is configured (set NEWSGRAPH_TOKEN)", "forbidden")
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "this endpoint needs Authorization: Bearer <token>", "unauthorized")
    if not hmac.compare_digest(authorization[7:].encode(), expected.encode()):
        raise ApiError(403, "wrong token", "forbidden")


Db = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Text = Annotated[str | None, Query(max_length=500)]
Date = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def create_app(db: str | None = None, token: str | None = None) -> FastAPI:
    """The API over database `db` (default: $NEWSGRAPH_DB or newsgraph.db). Writes need `token`
    (default: $NEWSGRAPH_TOKEN); with no token configured every write answers 403."""
    app = FastAPI(title="newsgraph", version=__version__, docs_url="/api/docs", redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.db = db
    app.state.token = token if token is not None else os.environ.get("NEWSGRAPH_TOKEN") or None
    open_store(db).close()  # migrate once at start-up

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.type, exc.message)

    @app.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError) -> JSONResponse:
        return _error(422, "invalid_parameter", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body"))
            parts.append(f"{loc}: {e.get('msg')}")
        return _error(422, "invalid_parameter", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(NewsgraphError)
    async def _ng(request: Request, exc: NewsgraphError) -> JSONResponse:
        status = 503 if isinstance(exc, StoreError) else 400
        return _error(status, type(exc).__name__, str(exc))

    @app.get("/api/events", summary="Events, filtered, newest first, with provenance")
    def events(
        s: Db, limit: Limit = 100, offset: Offset = 0,
        actor: str | None = None, source: str | None = None, target: str | None = None, dyad: str | None = None,
        undirected: bool = False, cameo: str | None = None, root: str | None = None, plover: str | None = None,
        quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
        goldstein_min: Annotated[float | None, Query(ge=-10, le=10)] = None,
        goldstein_max: Annotated[float | None, Query(ge=-10, le=10)] = None,
        date_from: str | None = None, date_to: str | None = None, country: str | None = None,
        place: str | None = None, near: str | None = None, language: str | None = None, outlet: str | None = None,
        modality: str | None = None, q: Text = None, article: str | None = None, speaker: Text = None,
        technique: Text = None, narrative: Text = None, include_duplicates: bool = False,
    ) -> JSONResponse:
        from newsgraph.store.queries import count_events, list_events

        f = EventFilter(actor=actor, source=source, target=target, dyad=dyad, undirected=undirected, cameo=cameo,
                        root=root, plover=plover, quad_class=quad_class, goldstein_min=goldstein_min,
                        goldstein_max=goldstein_max, date_from=date_from, date_to=date_to, country=country,
                        place=place, near=near, language=language, outlet=outlet, modality=modality, q=q,
                        article=article, speaker=speaker, technique=technique, narrative=narrative,
                        include_duplicates=include_duplicates).validate()
        total = count_events(s, f, cap=COUNT_CAP)
        return _json({"total": total, "total_exact": total < COUNT_CAP, "limit": limit, "offset": offset,
                      "items": list_events(s, f, limit=limit, offset=offset)})

    @app.get("/api/actors", summary="Actors with their mention and event counts, most mentioned first")
    def actors(s: Db, limit: Limit = 100, offset: Offset = 0, name: Text = None, country: Text = None,
               kind: Text = None, date_from: Date = None, date_to: Date = None, language: Text = None,
               outlet: Text = None) -> dict[str, Any]:
        from newsgraph.store.filters import ActorFilter
        from newsgraph.store.queries import list_actors

        f = ActorFilter(name=name, country=country, kind=kind, date_from=date_from, date_to=date_to,
                        language=language, outlet=outlet).validate()
        items = list_actors(s, f, limit=limit, offset=offset)
        for r in items:
            r["aliases"] = json.loads(r["aliases"] or "[]")
        return {"limit": limit, "offset": offset, "items": items}

    @app.get("/api/quotes", summary="Quotes with speaker, cue and provenance, newest first")
    def quotes(s: Db, limit: Limit = 100, offset: Offset = 0, speaker: Text = None, q: Text = None,
               article: Text = None, date_from: Date = None, date_to: Date = None, language: Text = None,
               outlet: Text = None, direct: bool | None = None) -> dict[str, Any]:
        from newsgraph.store.filters import QuoteFilter
        from newsgraph.store.queries import count_quotes, list_quotes

        f = QuoteFilter(speaker=speaker, q=q, article=article, date_from=date_from, date_to=date_to,
                        language=language, outlet=outlet, direct=direct).validate()
        return {"total": count_quotes(s, f), "limit": limit, "offset": offset,
                "items": list_quotes(s, f, limit=limit, offset=offset)}

    @app.get("/api/claims", summary="Claims: speaker, proposition, the actors it is about with polarity")
    def claims(s: Db, limit: Limit = 100, offset: Offset = 0, speaker: Text = None, about: Text = None,
               polarity: Annotated[str | None, Query(max_length=10)] = None, q: Text = None, article: Text = None,
               date_from: Date = None, date_to: Date = None, language: Text = None,
               outlet: Text = None) -> dict[str, Any]:
        from newsgraph.store.filters import ClaimFilter
        from newsgraph.store.queries import count_claims, list_claims

        f = ClaimFilter(speaker=speaker, about=about, polarity=polarity, q=q, article=article, date_from=date_from,
                        date_to=date_to, language=language, outlet=outlet).validate()
        return {"total": count_claims(s, f), "limit": limit, "offset": offset,
                "items": list_claims(s, f, limit=limit, offset=offset)}

    @app.get("/api/articles", summary="Stored articles, newest first")
    def articles(s: Db, limit: Limit = 50, offset: Offset = 0, language: str | None = None) -> dict[str, Any]:
        from newsgraph.store.queries import list_articles

        return {"limit": limit, "offset": offset,
                "items": list_articles(s, limit=limit, offset=offset, language=language)}

    @app.get("/api/articles/{article_id}", summary="One article with its derived records")
    def article(s: Db, article_id: str) -> dict[str, Any]:
        from newsgraph.store.queries import get_article

        got = get_article(s, article_id)
        if got is None:
            raise ApiError(404, f"no article {article_id!r}", "not_found")
        return got

    @app.get("/api/search", summary="Full-text search over articles, quotes and evidence sentences")
    def search(s: Db, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20,
               kind: str | None = None) -> dict[str, Any]:
        from newsgraph.store.queries import search as run

        return {"q": q, "items": run(s, q, kind=kind, limit=limit)}

    @app.get("/api/stats/timeline", summary="Event counts per day, week or month by quad class or root")
    def stats_timeline(s: Db, interval: str = "month", by: str = "quad_class", root: str | None = None,
                       country: str | None = None, actor: str | None = None, date_from: str | None = None,
                       date_to: str | None = None) -> JSONResponse:
        from newsgraph.store.queries import timeline

        f = EventFilter(actor=actor, root=root, country=country, date_from=date_from, date_to=date_to).validate()
        return _json({"interval": interval, "by": by, "items": timeline(s, f, interval=interval, by=by)})

    @app.get("/api/stats/balance", summary="Cooperation-conflict balance and mean Goldstein of a dyad over time")
    def stats_balance(s: Db, source: Annotated[str, Query(min_length=1, max_length=100)],
                      target: Annotated[str, Query(min_length=1, max_length=100)], interval: str = "month",
                      undirected: bool = True) -> JSONResponse:
        from newsgraph.store.queries import dyad_balance

        if interval not in ("day", "week", "month"):
            raise UsageError(f"interval: expected day, week or month, got {interval!r}")
        return _json({"items": dyad_balance(s, source, target, interval=interval, undirected=undirected)})

    @app.get("/api/stats/cooccurrence", summary="Actors mentioned in the same articles as an actor")
    def stats_cooccurrence(s: Db, actor: Annotated[str, Query(min_length=1, max_length=100)],
                           limit: Limit = 20) -> dict[str, Any]:
        from newsgraph.store.queries import cooccurrence

        return {"actor": actor, "items": cooccurrence(s, actor, limit=limit)}

    @app.get("/api/stats/places", summary="Places with most events")
    def stats_places(s: Db, limit: Limit = 20, root: Text = None, country: Text = None, actor: Text = None,
                     date_from: Date = None, date_to: Date = None, language: Text = None,
                     outlet: Text = None) -> dict[str, Any]:
        from newsgraph.store.queries import top_places

        f = EventFilter(actor=actor, root=root, country=country, date_from=date_from, date_to=date_to,
                        language=language, outlet=outlet).validate()
        return {"items": top_places(s, f, limit=limit)}

    @app.get("/api/stats/speakers", summary="Speakers with most quotes")
    def stats_speakers(s: Db, limit: Limit = 20, date_from: Date = None, date_to: Date = None,
                       language: Text = None, outlet: Text = None) -> dict[str, Any]:
        from newsgraph.store.filters import QuoteFilter
        from newsgraph.store.queries import quotes_by_speaker

        f = QuoteFilter(date_from=date_from, date_to=date_to, language=language, outlet=outlet).validate()
        return {"items": quotes_by_speaker(s, f, limit=limit)}

    @app.get("/api/stats/narratives", summary="Articles per narrative per day, week or month (and outlet)")
    def stats_narratives(s: Db, interval: str = "month", by_outlet: bool = False, narrative: Text = None,
                         date_from: Date = None, date_to: Date = None, language: Text = None,
                         outlet: Text = None) -> dict[str, Any]:
        from newsgraph.store.queries import narrative_trends

        return {"interval": interval, "by_outlet": by_outlet,
                "items": narrative_trends(s, interval=interval, by_outlet=by_outlet, name=narrative,
                                          date_from=date_from, date_to=date_to, language=language, outlet=outlet)}

    @app.get("/api/stats", summary="What the database holds")
    def stats(s: Db, top: Annotated[int, Query(ge=1, le=1000)] = 10) -> dict[str, Any]:
        from newsgraph.store.queries import overview

        return overview(s, top)

    @app.post("/api/articles", status_code=201, summary="Ingest an article (JSON) or a file (multipart)",
              dependencies=[Depends(writer)])
    async def post_article(request: Request, s: Db) -> dict[str, Any]:
        from newsgraph.ingest.readers import read_bytes
        from newsgraph.load import ingest

        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            async with request.form(max_files=1) as form:
                upload = form.get("file")
                if upload is None or isinstance(upload, str):
                    raise ApiError(422, "multipart upload needs a `file` field", "invalid_parameter")
                data = await upload.read(MAX_UPLOAD + 1)
                name = os.path.basename(upload.filename or "upload.txt")
            ext = os.path.splitext(name)[1].lower()
        else:
            body = await request.body()
            if len(body) > MAX_UPLOAD:
                raise ApiError(413, "request too large", "too_large")
            try:
                obj = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise ApiError(422, "expected a JSON object with `text` (or a multipart file upload)",
                               "invalid_parameter") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                raise ApiError(422, "`text` is required and must be a non-empty string", "invalid_parameter")
            for k in ("title", "date", "url", "source", "language"):
                if k in obj and obj[k] is not None and not isinstance(obj[k], str):
                    raise ApiError(422, f"`{k}` must be a string", "invalid_parameter")
            data, name, ext = json.dumps(obj, ensure_ascii=False).encode(), "api.json", ".json"
        if len(data) > MAX_UPLOAD:
            raise ApiError(413, "upload too large", "too_large")
        result = read_bytes(data, name, ext)
        if not result.articles:
            msg = "; ".join(e.reason for e in result.errors) or "no article found"
            raise ApiError(422, msg, "invalid_input")
        summary = ingest([], s, results=[result])
        from newsgraph.ingest.text import article_id

        return {"ids": [article_id(a.text) for a in result.articles], "summary": summary.as_dict()}

    return app
