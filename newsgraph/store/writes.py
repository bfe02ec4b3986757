"""Writing articles, their sources, near-duplicate links and derived records."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from newsgraph.ingest import dedupe
from newsgraph.models import Actor, Record
from newsgraph.store.db import Store, now


def _key(*parts: Any) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


def save_raw(store: Store, raw_id: str, path: str | None, fmt: str | None, data: bytes) -> None:
    """Keep the input's bytes unchanged, once, before anything is derived from them."""
    with store.transaction():
        store.execute("INSERT INTO raw_inputs (id, path, format, size, content, received_at) VALUES (?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO NOTHING", (raw_id, path, fmt, len(data), data, now()))


def article_exists(store: Store, article_id: str) -> bool:
    """Whether the article is stored. Inside a PostgreSQL transaction this also takes a lock on the id
    until commit, so two writers inserting the same new text one after the other see each other's
    article instead of colliding on the primary key."""
    if store.dialect == "postgres" and store.in_transaction:
        store.execute("SELECT pg_advisory_xact_lock(?)", (_lock_key(article_id),))
    return store.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None


def _lock_key(article_id: str) -> int:
    """A signed 64-bit advisory-lock key for an article id (any string)."""
    return int(hashlib.sha256(article_id.encode()).hexdigest()[:15], 16)


def add_source(store: Store, article_id: str, source: str | None, url: str | None, path: str | None,
               title: str | None, date: str | None, raw_id: str | None) -> bool:
    """Record that `article_id` was also published by `source`; False if that was known already."""
    key = _key(article_id, source, url, path)
    cur = store.execute(
        "INSERT INTO article_sources (id, article_id, source, url, path, title, date, raw_id, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (key, article_id, source, url, path, title, date, raw_id, now()))
    return bool(cur.rowcount)


def insert_article(store: Store, record: Record, raw_id: str | None, author: str | None = None) -> str | None:
    """Insert a new article (inside the caller's transaction). Returns the id of the original of its
    near-duplicate group (possibly itself) when it has near-duplicates, else None."""
    sig = dedupe.signature(record.text)
    store.execute(
        "INSERT INTO articles (id, title, url, source, author, date, language, text, path, raw_id, warnings, minhash,"
        " coder, analyzed_at, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id, record.title, record.url, record.source, author, record.date, record.language, record.text,
         record.path, raw_id, json.dumps(record.warnings, ensure_ascii=False), sig, record.coder,
         now() if record.coder else None, now()))
    index_text(store, "article", record.id, record.id, f"{record.title or ''} {record.text}")
    keys = dedupe.band_keys(sig)
    store.executemany("INSERT INTO article_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                      [(k, record.id) for k in keys])
    return _link_near_duplicates(store, record.id, sig, keys)


def _link_near_duplicates(store: Store, article_id: str, sig: bytes, keys: list[str]) -> str | None:
    """Point every member of the new article's near-duplicate group at the group's original; returns its id.

    The original is the earliest published, then the smallest id, whatever order articles came in,
    so parallel and repeated runs agree.
    """
    if store.dialect == "postgres":
        store.execute("SELECT pg_advisory_xact_lock(4243)")
    marks = ",".join("?" * len(keys))
    rows = store.query(f"SELECT DISTINCT a.id, a.date, a.minhash, a.duplicate_of FROM article_bands b "
                       f"JOIN articles a ON a.id = b.article_id WHERE b.band_key IN ({marks}) AND a.id <> ?",
                       (*keys, article_id))
    close = [r for r in rows if dedupe.similarity(sig, bytes(r["minhash"])) >= dedupe.THRESHOLD]
    if not close:
        return None
    group_ids = {article_id} | {r["id"] for r in close} | {r["duplicate_of"] for r in close if r["duplicate_of"]}
    marks = ",".join("?" * len(group_ids))
    members = store.query(f"SELECT id, date, minhash FROM articles WHERE id IN ({marks}) OR duplicate_of IN ({marks})",
                          (*group_ids, *group_ids))
    original = min(members, key=lambda r: (r["date"] or "9999-99-99", r["id"]))
    osig = bytes(original["minhash"])
    for m in members:
        if m["id"] == original["id"]:
            store.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE id = ?", (m["id"],))
            store.execute("UPDATE events SET duplicate = 0 WHERE article_id = ?", (m["id"],))
        else:
            sim = round(dedupe.similarity(bytes(m["minhash"]), osig), 4)
            store.execute("UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
                          (original["id"], sim, m["id"]))
            store.execute("UPDATE events SET duplicate = 1 WHERE article_id = ?", (m["id"],))
    return str(original["id"])


def index_text(store: Store, kind: str, ref: str, article_id: str, body: str) -> None:
    """Add one text to the full-text index (inside the caller's transaction)."""
    if store.dialect == "postgres":
        store.execute("INSERT INTO search_index (kind, ref, article_id, body, tsv) VALUES (?, ?, ?, ?,"
                      " to_tsvector('simple', unaccent(?)))", (kind, ref, article_id, body, body))
    else:
        store.execute("INSERT INTO search_index (kind, ref, article_id, body) VALUES (?, ?, ?, ?)",
                      (kind, ref, article_id, body))


def upsert_actor(store: Store, actor: Actor) -> None:
    store.execute("INSERT INTO actors (id, name, code, country, kind, wikidata, aliases) VALUES (?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO NOTHING",
                  (actor.id, actor.name, actor.code, actor.country, actor.kind, actor.wikidata,
                   json.dumps(list(actor.aliases), ensure_ascii=False)))


def replace_derived(store: Store, record: Record) -> None:
    """Replace every derived record of one article (inside the caller's transaction)."""
    aid = record.id
    if store.dialect == "sqlite":  # events_text indexes events by rowid: take the old rows' words out first
        store.execute("INSERT INTO events_text (events_text, rowid, evidence) SELECT 'delete', rowid, evidence"
                      " FROM events WHERE article_id = ?", (aid,))
    for table in ("actor_mentions", "places", "events", "quotes", "claim_about", "claims", "stances", "techniques",
                  "frames"):
        store.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
    store.execute("DELETE FROM search_index WHERE article_id = ? AND kind <> 'article'", (aid,))
    coder = record.coder or ""
    dup = 1 if store.scalar("SELECT duplicate_of FROM articles WHERE id = ?", (aid,)) else 0
    actors: dict[str, Actor] = {}
    for m in record.mentions:
        actors[m.actor.id] = m.actor
    for e in record.events:
        for a in (e.source, e.target):
            if a:
                actors[a.id] = a
    for q in record.quotes:
        if q.speaker:
            actors[q.speaker.id] = q.speaker
    for c in record.claims:
        for a in (c.speaker, *(about for about, _ in c.about)):
            if a:
                actors[a.id] = a
    for st in record.stance:
        actors[st.actor.id] = st.actor
    for _, a in sorted(actors.items()):  # one order for every writer: concurrent inserts cannot deadlock
        upsert_actor(store, a)
    store.executemany(
        "INSERT INTO actor_mentions (article_id, actor_id, sentence, start_char, end_char, coder) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(aid, m.actor.id, m.sentence, m.span[0], m.span[1], coder) for m in record.mentions])
    store.executemany(
        "INSERT INTO places (article_id, name, country, admin1, lat, lon, precision, start_char, end_char, coder)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(aid, p.name, p.country, p.admin1, p.lat, p.lon, p.precision, p.span[0], p.span[1], coder)
         for p in record.places])
    rows = []
    for e in record.events:
        s, t, loc = e.source, e.target, e.location
        rows.append((e.id, aid, e.sentence, e.span[0], e.span[1], e.evidence,
                     s.id if s else None, s.code if s else None, s.country if s else None, s.kind if s else None,
                     t.id if t else None, t.code if t else None, t.country if t else None, t.kind if t else None,
                     e.cameo, e.root, e.label, e.plover, e.quad_class, e.goldstein, e.date, e.date_precision,
                     e.modality, e.confidence, loc.name if loc else None, loc.country if loc else None,
                     loc.lat if loc else None, loc.lon if loc else None, e.size.get("dead"), e.size.get("injured"),
                     e.size.get("arrested"), e.size.get("abducted"), dup, e.coder,
                     json.dumps(e.to_dict(), ensure_ascii=False)))
    store.executemany(
        "INSERT INTO events (id, article_id, sentence, span_start, span_end, evidence, source_id, source_code,"
        " source_country, source_kind, target_id, target_code, target_country, target_kind, cameo, root, label,"
        " plover, quad_class, goldstein, date, date_precision, modality, confidence, place_name, place_country, lat,"
        " lon, dead, injured, arrested, abducted, duplicate, coder, record) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO NOTHING", rows)
    if store.dialect == "sqlite":
        store.execute("INSERT INTO events_text (rowid, evidence) SELECT rowid, evidence FROM events WHERE article_id = ?",
                      (aid,))
    store.executemany(
        "INSERT INTO quotes (id, article_id, speaker_id, speaker_code, text, start_char, end_char, cue, direct,"
        " sentence, coder, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        [(_key(aid, "quote", q.span), aid, q.speaker.id if q.speaker else None, q.speaker.code if q.speaker else None,
          q.text, q.span[0], q.span[1], q.cue, int(q.direct), q.sentence, coder,
          json.dumps(q.to_dict(), ensure_ascii=False)) for q in record.quotes])
    store.executemany(
        "INSERT INTO claims (id, article_id, speaker_id, text, start_char, end_char, coder, record)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        [(_key(aid, "claim", c.span), aid, c.speaker.id if c.speaker else None, c.text, c.span[0], c.span[1], coder,
          json.dumps(c.to_dict(), ensure_ascii=False)) for c in record.claims])
    store.executemany(
        "INSERT INTO claim_about (claim_id, article_id, actor_id, polarity) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(_key(aid, "claim", c.span), aid, a.id, int(p)) for c in record.claims for a, p in c.about])
    store.executemany(
        "INSERT INTO stances (article_id, actor_id, role, coder, record) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(aid, s.actor.id, s.role, coder, json.dumps(s.to_dict(), ensure_ascii=False)) for s in record.stance])
    store.executemany(
        "INSERT INTO techniques (id, article_id, technique, text, start_char, end_char, confidence, sentence, coder)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        [(_key(aid, "technique", t.technique, t.span), aid, t.technique, t.text, t.span[0], t.span[1], t.confidence,
          t.sentence, coder) for t in record.techniques])
    store.executemany(
        "INSERT INTO frames (id, article_id, kind, name, score, spans, coder) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO NOTHING",
        [(_key(aid, "frame", f.kind, f.name), aid, f.kind, f.name, f.score, json.dumps([list(s) for s in f.spans]),
          coder) for f in record.frames])
    for q in record.quotes:
        index_text(store, "quote", _key(aid, "quote", q.span), aid, q.text)
    seen: set[str] = set()
    for e in record.events:  # one entry per evidence sentence, however many events it holds
        if e.evidence not in seen:
            seen.add(e.evidence)
            index_text(store, "event", e.id, aid, e.evidence)
    store.execute("UPDATE articles SET coder = ?, analyzed_at = ? WHERE id = ?", (record.coder, now(), aid))
