"""Read queries over the store."""

from __future__ import annotations

from typing import Any

from newsgraph.store.db import Store


def list_articles(store: Store, *, limit: int = 50, offset: int = 0, language: str | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    if language:
        where.append("a.language = ?")
        params.append(language)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return store.query(
        "SELECT a.id, a.date, a.language, a.source, a.title, a.url, a.duplicate_of, a.similarity, a.coder,"
        " (SELECT COUNT(*) FROM article_sources s WHERE s.article_id = a.id) AS sources,"
        " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events"
        f" FROM articles a {clause} ORDER BY a.date IS NULL, a.date DESC, a.id LIMIT ? OFFSET ?", (*params, limit, offset))


def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """What the store holds: counts by language, events by root and quad class, top actors and dyads."""
    out: dict[str, Any] = {}
    out["articles"] = store.scalar("SELECT COUNT(*) FROM articles")
    out["sources"] = store.scalar("SELECT COUNT(*) FROM article_sources")
    out["near_duplicates"] = store.scalar("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL")
    out["languages"] = store.query("SELECT language, COUNT(*) AS n FROM articles GROUP BY language ORDER BY n DESC")
    out["events"] = store.scalar("SELECT COUNT(*) FROM events")
    out["roots"] = store.query("SELECT root, MIN(label) AS example, COUNT(*) AS n FROM events GROUP BY root ORDER BY root")
    out["quad_classes"] = store.query("SELECT quad_class, COUNT(*) AS n FROM events GROUP BY quad_class"
                                      " ORDER BY quad_class")
    out["top_actors"] = store.query(
        "SELECT a.id, a.name, a.code, COUNT(*) AS n FROM actor_mentions m JOIN actors a ON a.id = m.actor_id"
        " WHERE a.id NOT LIKE '---%' GROUP BY a.id, a.name, a.code ORDER BY n DESC, a.id LIMIT ?", (top,))
    out["top_dyads"] = store.query(
        "SELECT source_code, target_code, COUNT(*) AS n, ROUND(AVG(goldstein), 2) AS mean_goldstein FROM events"
        " WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND duplicate = 0"
        " GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ?", (top,))
    return out


EVENT_COLUMNS = ("e.id, e.article_id, e.sentence, e.span_start, e.span_end, e.evidence, e.source_id, e.source_code,"
                 " e.source_country, e.source_kind, e.target_id, e.target_code, e.target_country, e.target_kind,"
                 " e.cameo, e.root, e.label, e.plover, e.quad_class, e.goldstein, e.date, e.date_precision,"
                 " e.modality, e.confidence, e.place_name, e.place_country, e.lat, e.lon, e.dead, e.injured,"
                 " e.arrested, e.abducted, e.duplicate, e.coder, a.url, a.source AS outlet, a.language")


# Newest events a list looks through first, walking the date index. On SQLite that index holds the columns
# most filters read, so the walk seldom touches the table and can go further.
PROBE = {"sqlite": 80_000, "postgres": 20_000}
_SINCE: dict[str, tuple[float, Any]] = {}  # url -> (when, date of the PROBE-th newest event)


def _probe_since(store: Store) -> Any:
    """The date of the PROBE-th newest event, remembered for a minute: any date gives the same rows (the
    probe is only trusted when it fills the page), a recent one just keeps the probe short."""
    import time

    hit = _SINCE.get(store.url)
    if hit and time.monotonic() - hit[0] < 60:
        return hit[1]
    since = store.scalar("SELECT date FROM events WHERE date IS NOT NULL ORDER BY date DESC LIMIT 1 OFFSET ?",
                         (PROBE[store.dialect],))
    _SINCE[store.url] = (time.monotonic(), since)
    return since


def list_events(store: Store, f: Any, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Events matching an EventFilter, newest first (undated last), with their provenance.

    A common filter (an actor in the news, a root) is served by walking the date index over the newest
    PROBE events only; when they hold fewer than offset + limit matches the filter is selective, and its
    own indexes find every match (few, so sorting their dates and ids is cheap). Both give the same rows in the
    same order.
    """
    from newsgraph.store.filters import where

    clause, params = where(f, store.dialect)
    order = "ORDER BY e.date DESC NULLS LAST, e.id DESC"
    sql = f"SELECT {EVENT_COLUMNS} FROM events e{{hint}} JOIN articles a ON a.id = e.article_id WHERE {clause}"
    since = _probe_since(store) if offset + limit <= PROBE[store.dialect] else None
    # The page is picked reading only dates and ids, then its rows (and their articles) are read alone,
    # instead of every candidate's before the sort (SQLite's walk is in index order and stops at the page).
    key = "rowid" if store.dialect == "sqlite" else "id"
    outer = f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.{key} IN"
    if since is not None:
        if store.dialect == "sqlite":
            rows = store.query(sql.format(hint=" INDEXED BY events_date_id") + f" AND e.date >= ? {order}"
                               " LIMIT ? OFFSET ?", (*params, since, limit, offset))
        else:
            page = (f"SELECT e.id FROM events e{_articles_if(clause)} WHERE {clause} AND e.date >= ? {order}"
                    " LIMIT ? OFFSET ?")
            rows = store.query(f"{outer} ({page}) {order}", (*params, since, limit, offset))
        if len(rows) == limit:
            return rows
    # Selective filter: its own indexes find the matches.
    page = f"SELECT e.{key} FROM events e{_articles_if(clause)} WHERE {clause} {order} LIMIT ? OFFSET ?"
    return store.query(f"{outer} ({page}) {order}", (*params, limit, offset))


def _articles_if(clause: str) -> str:
    """The join to articles, only when the WHERE clause filters on them (alias `a`)."""
    return " JOIN articles a ON a.id = e.article_id" if "a." in clause else ""


def count_events(store: Store, f: Any, *, cap: int | None = None) -> int:
    """How many events match; with `cap`, counting stops there (the answer is then `cap`)."""
    from dataclasses import replace

    from newsgraph.store.filters import evidence_match, evidence_words, where

    clause, params = where(f, store.dialect)
    inner = f"SELECT 1 FROM events e{_articles_if(clause)} WHERE {clause}"
    words = evidence_words(f.q)
    if store.dialect == "sqlite" and words:
        # Read the full-text matches as a join, so a capped count stops early instead of listing every match.
        clause, params = where(replace(f, q=None), store.dialect)
        inner = (f"SELECT 1 FROM events_text t JOIN events e ON e.rowid = t.rowid{_articles_if(clause)}"
                 f" WHERE events_text MATCH ? AND {clause}")
        params = [evidence_match(words), *params]
    if cap is None:
        return int(store.scalar(f"SELECT COUNT(*) FROM ({inner}) x", params))
    return int(store.scalar(f"SELECT COUNT(*) FROM ({inner} LIMIT ?) x", (*params, cap)))


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its sources and derived records (events, quotes, claims, stance, techniques, frames)."""
    import json

    rows = store.query("SELECT id, title, url, source, author, date, language, text, path, warnings, duplicate_of,"
                       " similarity, coder, analyzed_at, ingested_at FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    art = rows[0]
    art["warnings"] = json.loads(art["warnings"] or "[]")
    art["sources"] = store.query("SELECT source, url, path, title, date FROM article_sources WHERE article_id = ?"
                                 " ORDER BY added_at, id", (article_id,))
    art["events"] = [json.loads(r["record"]) for r in store.query(
        "SELECT record FROM events WHERE article_id = ? ORDER BY sentence, span_start, id", (article_id,))]
    art["quotes"] = [json.loads(r["record"]) for r in store.query(
        "SELECT record FROM quotes WHERE article_id = ? ORDER BY start_char", (article_id,))]
    art["claims"] = [json.loads(r["record"]) for r in store.query(
        "SELECT record FROM claims WHERE article_id = ? ORDER BY start_char, id", (article_id,))]
    art["stance"] = [json.loads(r["record"]) for r in store.query(
        "SELECT record FROM stances WHERE article_id = ? ORDER BY actor_id", (article_id,))]
    art["techniques"] = store.query("SELECT technique, text, start_char, end_char, confidence, coder FROM techniques"
                                    " WHERE article_id = ? ORDER BY start_char", (article_id,))
    art["frames"] = store.query("SELECT kind, name, score, spans, coder FROM frames WHERE article_id = ?"
                                " ORDER BY score DESC", (article_id,))
    art["places"] = store.query("SELECT name, country, admin1, lat, lon, precision, start_char, end_char FROM places"
                                " WHERE article_id = ? ORDER BY start_char", (article_id,))
    return art


def search(store: Store, q: str, *, kind: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search, accents and case folded, every word required; each hit with a highlighted snippet."""
    import re

    from newsgraph.errors import UsageError

    words = [w for w in re.findall(r"\w+", q) if w][:20]
    if not words:
        raise UsageError("search: give at least one word")
    if kind is not None and kind not in ("article", "quote", "event"):
        raise UsageError(f"--kind: expected article, quote or event, got {kind!r}")
    if store.dialect == "postgres":
        clause = "tsv @@ plainto_tsquery('simple', unaccent(?))"
        params: list[Any] = [" ".join(words)]
        if kind:
            clause += " AND kind = ?"
            params.append(kind)
        return store.query(
            "SELECT kind, ref, article_id, ts_headline('simple', body, plainto_tsquery('simple', unaccent(?)),"
            " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet FROM search_index"
            f" WHERE {clause} ORDER BY ts_rank(tsv, plainto_tsquery('simple', unaccent(?))) DESC, ref LIMIT ?",
            (" ".join(words), *params, " ".join(words), limit))
    match = " ".join('"' + w.replace('"', "") + '"' for w in words)  # quoted: no FTS syntax from users
    clause = "search_index MATCH ?"
    params = [match]
    if kind:
        clause += " AND kind = ?"
        params.append(kind)
    return store.query(
        "SELECT kind, ref, article_id, snippet(search_index, 3, '[', ']', '…', 16) AS snippet FROM search_index"
        f" WHERE {clause} ORDER BY rank, ref LIMIT ?", (*params, limit))


def _bucket(date: str, interval: str) -> str:
    import datetime as dt

    if interval == "day":
        return date
    if interval == "month":
        return date[:7]
    y, w, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{y}-W{w:02d}"


def _period(dialect: str, interval: str, column: str = "e.date") -> str:
    """SQL for the day (YYYY-MM-DD), ISO week (YYYY-Www) or month (YYYY-MM) of an ISO date column."""
    if interval == "day":
        return column
    if interval == "month":
        return f"SUBSTR({column}, 1, 7)"
    if dialect == "postgres":
        return f"TO_CHAR(CAST({column} AS DATE), 'IYYY-\"W\"IW')"
    # SQLite has no ISO week: the week's Thursday (3 days back, then the next Thursday) fixes its year and number
    thursday = f"DATE({column}, '-3 days', 'weekday 4')"
    return (f"(STRFTIME('%Y', {thursday}) || '-W' ||"
            f" PRINTF('%02d', (CAST(STRFTIME('%j', {thursday}) AS INTEGER) - 1) / 7 + 1))")


def _check_interval(interval: str) -> None:
    from newsgraph.errors import UsageError

    if interval not in ("day", "week", "month"):
        raise UsageError(f"interval: expected day, week or month, got {interval!r}")


def timeline(store: Store, f: Any = None, *, interval: str = "month", by: str = "quad_class") -> list[dict[str, Any]]:
    """Event counts per day, ISO week or month, split by quad class or root (duplicates counted once).

    Events are counted per day in SQL first, walking a covering index in its order (events_timeline or
    events_timeline_root), and the few thousand days are then summed into periods, also in SQL."""
    from newsgraph.errors import UsageError
    from newsgraph.store.filters import EventFilter, where

    _check_interval(interval)
    if by not in ("quad_class", "root"):
        raise UsageError(f"by: expected quad_class or root, got {by!r}")
    clause, params = where(f or EventFilter(), store.dialect)
    days = (f"SELECT e.date AS date, e.{by} AS k, COUNT(*) AS n FROM events e{_articles_if(clause)}"
            f" WHERE {clause} AND e.date IS NOT NULL GROUP BY e.date, e.{by}")
    rows = store.query(f"SELECT {_period(store.dialect, interval, 'd.date')} AS period, d.k AS k, SUM(d.n) AS n"
                       f" FROM ({days}) d GROUP BY 1, d.k", params)
    rows.sort(key=lambda r: (r["period"], str(r["k"])))
    return [{"period": r["period"], by: r["k"], "events": int(r["n"])} for r in rows]


def dyad_balance(store: Store, source: str, target: str, *, interval: str = "month", undirected: bool = True,
                 f: Any = None) -> list[dict[str, Any]]:
    """Per period: events, mean Goldstein (an event without a score counts as 0), cooperation (quad classes 1-2)
    against conflict (3-4), and the balance (cooperation - conflict) / events, between two actors. Grouped in
    SQL over the dyad indexes, which hold every column it reads."""
    from dataclasses import replace

    from newsgraph.store.filters import EventFilter, where

    _check_interval(interval)
    base = f or EventFilter()
    clause, params = where(replace(base, dyad=f"{source},{target}", undirected=undirected), store.dialect)
    rows = store.query(
        f"SELECT {_period(store.dialect, interval)} AS period, COUNT(*) AS n, SUM(COALESCE(e.goldstein, 0)) AS g,"
        " SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS c,"
        " SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS k"
        f" FROM events e{_articles_if(clause)} WHERE {clause} AND e.date IS NOT NULL GROUP BY 1", params)
    rows.sort(key=lambda r: r["period"])
    return [{"period": r["period"], "events": int(r["n"]), "mean_goldstein": round(float(r["g"]) / r["n"], 3),
             "cooperation": int(r["c"]), "conflict": int(r["k"]), "balance": round((int(r["c"]) - int(r["k"])) / r["n"], 3)}
            for r in rows]


def cooccurrence(store: Store, actor: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Actors mentioned in the same articles as `actor` (its id or code), most frequent first."""
    return store.query(
        "SELECT b.id, b.name, b.code, COUNT(DISTINCT m2.article_id) AS articles FROM actor_mentions m1"
        " JOIN actors a ON a.id = m1.actor_id JOIN actor_mentions m2 ON m2.article_id = m1.article_id"
        " JOIN actors b ON b.id = m2.actor_id WHERE (a.id = ? OR a.code = ?) AND b.id <> a.id"
        " AND b.id NOT LIKE '---%' GROUP BY b.id, b.name, b.code ORDER BY articles DESC, b.id LIMIT ?",
        (actor, actor, limit))


# -- actors, quotes and claims -----------------------------------------------------------------
def list_actors(store: Store, f: Any = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Actors with their mention count (in non-duplicate articles matching the filter) and event count
    (as source or target, events counted once), most mentioned first. Actors with neither are left out."""
    from newsgraph.store.filters import ActorFilter

    f = (f or ActorFilter()).validate()
    aw, ap = f.article_where()
    ew, ep = f.event_where()
    cw, cp = f.actor_where()
    return store.query(
        "WITH m AS (SELECT mm.actor_id AS id, COUNT(*) AS n, COUNT(DISTINCT mm.article_id) AS arts"
        f" FROM actor_mentions mm JOIN articles a ON a.id = mm.article_id WHERE {aw} GROUP BY mm.actor_id),"
        " ev AS (SELECT x.id, COUNT(*) AS n FROM ("
        f"SELECT e.source_id AS id, e.id AS eid FROM events e JOIN articles a ON a.id = e.article_id WHERE {ew}"
        f" UNION SELECT e.target_id AS id, e.id AS eid FROM events e JOIN articles a ON a.id = e.article_id WHERE {ew}"
        ") x WHERE x.id IS NOT NULL GROUP BY x.id)"
        " SELECT ac.id, ac.name, ac.code, ac.country, ac.kind, ac.wikidata, ac.aliases,"
        " COALESCE(m.n, 0) AS mentions, COALESCE(m.arts, 0) AS articles, COALESCE(ev.n, 0) AS events"
        " FROM actors ac LEFT JOIN m ON m.id = ac.id LEFT JOIN ev ON ev.id = ac.id"
        f" WHERE (m.n IS NOT NULL OR ev.n IS NOT NULL) AND {cw}"
        " ORDER BY mentions DESC, events DESC, ac.id LIMIT ? OFFSET ?",
        (*ap, *ep, *ep, *cp, limit, offset))


QUOTE_COLUMNS = ("qu.id, qu.article_id, qu.speaker_id, qu.speaker_code, sp.name AS speaker, qu.text, qu.cue, qu.direct,"
                 " qu.sentence, qu.start_char, qu.end_char, qu.coder, a.date, a.url, a.source AS outlet, a.language")


def list_quotes(store: Store, f: Any = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes with their speaker, cue and provenance (article, url, sentence, span), newest article first."""
    from newsgraph.store.filters import QuoteFilter

    clause, params = (f or QuoteFilter()).where()
    rows = store.query(f"SELECT {QUOTE_COLUMNS} FROM quotes qu JOIN articles a ON a.id = qu.article_id"
                       f" LEFT JOIN actors sp ON sp.id = qu.speaker_id WHERE {clause}"
                       " ORDER BY a.date IS NULL, a.date DESC, qu.article_id, qu.start_char LIMIT ? OFFSET ?",
                       (*params, limit, offset))
    for r in rows:
        r["direct"] = bool(r["direct"])
    return rows


def count_quotes(store: Store, f: Any = None) -> int:
    from newsgraph.store.filters import QuoteFilter

    clause, params = (f or QuoteFilter()).where()
    return int(store.scalar(f"SELECT COUNT(*) FROM quotes qu JOIN articles a ON a.id = qu.article_id WHERE {clause}",
                            params))


def list_claims(store: Store, f: Any = None, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Claims with their speaker, the actors they are about (with polarity) and provenance."""
    import json

    from newsgraph.store.filters import ClaimFilter

    clause, params = (f or ClaimFilter()).where()
    rows = store.query(
        "SELECT c.id, c.article_id, c.speaker_id, sp.code AS speaker_code, sp.name AS speaker, c.text, c.start_char,"
        " c.end_char, c.coder, c.record, a.date, a.url, a.source AS outlet, a.language FROM claims c"
        f" JOIN articles a ON a.id = c.article_id LEFT JOIN actors sp ON sp.id = c.speaker_id WHERE {clause}"
        " ORDER BY a.date IS NULL, a.date DESC, c.article_id, c.start_char LIMIT ? OFFSET ?", (*params, limit, offset))
    for r in rows:
        record = json.loads(r.pop("record"))
        r["about"] = [{"actor_id": x["actor"]["id"], "code": x["actor"].get("code"), "name": x["actor"].get("name"),
                       "polarity": x["polarity"]} for x in record.get("about", [])]
        r["sentence"] = record.get("sentence")
    return rows


def count_claims(store: Store, f: Any = None) -> int:
    from newsgraph.store.filters import ClaimFilter

    clause, params = (f or ClaimFilter()).where()
    return int(store.scalar(f"SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE {clause}",
                            params))


# -- more aggregations -------------------------------------------------------------------------
def top_places(store: Store, f: Any = None, *, limit: int = 20) -> list[dict[str, Any]]:
    """Places where most events happened (events with a location, duplicates counted once)."""
    from newsgraph.store.filters import EventFilter, where

    clause, params = where(f or EventFilter(), store.dialect)
    return store.query(
        "SELECT e.place_name AS place, e.place_country AS country, MIN(e.lat) AS lat, MIN(e.lon) AS lon,"
        " COUNT(*) AS events, COUNT(DISTINCT e.article_id) AS articles FROM events e"
        f" JOIN articles a ON a.id = e.article_id WHERE {clause} AND e.place_name IS NOT NULL"
        " GROUP BY e.place_name, e.place_country ORDER BY events DESC, place LIMIT ?", (*params, limit))


def quotes_by_speaker(store: Store, f: Any = None, *, limit: int = 20) -> list[dict[str, Any]]:
    """Speakers with most quotes: quotes, direct quotes and articles quoting them (quotes with no speaker left out)."""
    from newsgraph.store.filters import QuoteFilter

    clause, params = (f or QuoteFilter()).where()
    return store.query(
        "SELECT sp.id, sp.name, sp.code, COUNT(*) AS quotes, SUM(qu.direct) AS direct,"
        " COUNT(DISTINCT qu.article_id) AS articles FROM quotes qu JOIN articles a ON a.id = qu.article_id"
        f" JOIN actors sp ON sp.id = qu.speaker_id WHERE {clause} AND a.duplicate_of IS NULL"
        " GROUP BY sp.id, sp.name, sp.code ORDER BY quotes DESC, sp.id LIMIT ?", (*params, limit))


def narrative_trends(store: Store, *, interval: str = "month", by_outlet: bool = False, name: str | None = None,
                     date_from: str | None = None, date_to: str | None = None, language: str | None = None,
                     outlet: str | None = None) -> list[dict[str, Any]]:
    """Articles carrying each narrative (frames of kind 'narrative') per day, ISO week or month of
    publication, optionally per outlet; near-duplicates counted once, undated articles left out."""
    from newsgraph.errors import UsageError
    from newsgraph.store.filters import ActorFilter

    if interval not in ("day", "week", "month"):
        raise UsageError(f"interval: expected day, week or month, got {interval!r}")
    af = ActorFilter(date_from=date_from, date_to=date_to, language=language, outlet=outlet).validate()
    clause, params = af.article_where()
    if name:
        clause += " AND LOWER(fr.name) = LOWER(?)"
        params.append(name)
    rows = store.query(
        "SELECT a.date AS date, fr.name AS narrative, a.source AS outlet, COUNT(DISTINCT a.id) AS n FROM frames fr"
        f" JOIN articles a ON a.id = fr.article_id WHERE fr.kind = 'narrative' AND a.date IS NOT NULL AND {clause}"
        " GROUP BY a.date, fr.name, a.source", params)
    acc: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (_bucket(str(r["date"]), interval), str(r["narrative"]), str(r["outlet"] or "") if by_outlet else "")
        acc[key] = acc.get(key, 0) + int(r["n"])
    out = []
    for (period, narrative, src), n in sorted(acc.items()):
        row: dict[str, Any] = {"period": period, "narrative": narrative}
        if by_outlet:
            row["outlet"] = src or None
        row["articles"] = n
        out.append(row)
    return out
