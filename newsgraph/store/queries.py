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
        " GROUP BY a.id, a.name, a.code ORDER BY n DESC, a.id LIMIT ?", (top,))
    out["top_dyads"] = store.query(
        "SELECT source_code, target_code, COUNT(*) AS n, ROUND(AVG(goldstein), 2) AS mean_goldstein FROM events"
        " WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND duplicate = 0"
        " GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ?", (top,))
    return out
