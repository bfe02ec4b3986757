"""Connections, numbered migrations and transactions for SQLite and PostgreSQL.

SQL in this package is written once, with `?` placeholders; `Store.sql()` adapts it for psycopg.
Every write goes through `Store.transaction()`, so an interrupted batch never leaves half an
article behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

from newsgraph.errors import ModelMissingError, StoreError

DEFAULT_DB = "newsgraph.db"


def default_db(explicit: str | None = None) -> str:
    """`--db` if given, else `NEWSGRAPH_DB`, else `newsgraph.db` in the current folder."""
    return explicit or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A migrated database connection. Use `open_store()` to get one."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = "postgres" if url.startswith(("postgresql://", "postgres://")) else "sqlite"
        self._depth = 0
        if self.dialect == "postgres":
            try:
                import psycopg
            except ImportError:
                raise ModelMissingError("psycopg", "pip install 'newsgraph[postgres]'") from None
            try:
                self.conn: Any = psycopg.connect(url, autocommit=True)
            except psycopg.Error as exc:
                raise StoreError(f"cannot connect to {_redact(url)}: {str(exc).strip().splitlines()[0]}") from None
        else:
            path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                raise StoreError(f"cannot open {path}: folder {folder} does not exist")
            try:
                self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA busy_timeout=30000")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot open {path}: {exc} (is it a newsgraph SQLite database?)") from None

    # -- SQL plumbing -------------------------------------------------------------------------
    def sql(self, query: str) -> str:
        if self.dialect == "postgres":
            return query.replace("%", "%%").replace("?", "%s")
        return query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(self.sql(query), tuple(params))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database error: {exc}") from exc

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgres":
            with self.conn.cursor() as cur:
                cur.executemany(self.sql(query), [tuple(r) for r in rows])
        else:
            self.conn.executemany(query, [tuple(r) for r in rows])

    def bulk_insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many rows at once (inside the caller's transaction): COPY on PostgreSQL, executemany on
        SQLite. `table` and `columns` come from code, never from users."""
        if not rows:
            return
        if self.dialect == "postgres":
            with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        else:
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                  [tuple(r) for r in rows])

    @contextlib.contextmanager
    def bulk_load(self, table: str) -> Iterator[Store]:
        """Load a large batch into `table` fast; for loading a fresh or offline database only (the benchmark's
        loader uses it), never for the normal ingest path.

        The table's secondary indexes are dropped for the load and rebuilt after it (one sort instead of a
        million random index updates), and on SQLite the disk is not synced until the end (synchronous=OFF,
        a large page cache, foreign keys not checked): a crash mid-load can corrupt the file, which is why
        ingest does not use it.
        `table` comes from code, never from users."""
        if self.dialect == "sqlite":
            indexes = [r["sql"] for r in self.query("SELECT sql FROM sqlite_master WHERE type = 'index'"
                                                      " AND tbl_name = ? AND sql IS NOT NULL", (table,))]
            names = [r["name"] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'index'"
                                                    " AND tbl_name = ? AND sql IS NOT NULL", (table,))]
            self.conn.execute("PRAGMA synchronous=OFF")
            self.conn.execute("PRAGMA foreign_keys=OFF")  # a lookup per row; the loader's rows are consistent
            self.conn.execute("PRAGMA cache_size=-1000000")  # KiB: about 1 GB while loading
        else:
            rows = self.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ? AND indexname NOT IN"
                              " (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))", (table,))
            names, indexes = [r["indexname"] for r in rows], [r["indexdef"] for r in rows]
            self.conn.execute("SET maintenance_work_mem = '512MB'")  # index rebuilds sort in memory
        for name in names:
            self.conn.execute(f'DROP INDEX "{name}"')
        try:
            yield self
        finally:
            for sql in indexes:
                self.conn.execute(sql)
            if self.dialect == "sqlite":
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA cache_size=-2000")

    def query(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(query, params)
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, query: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(query, params).fetchone()
        return row[0] if row else None

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- migrations ---------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply every numbered migration not yet applied; returns the versions applied now."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                     " applied_at TEXT NOT NULL)")
        done = {r["version"] for r in self.query("SELECT version FROM schema_migrations")}
        applied = []
        for version, name, body in _migrations(self.dialect):
            if version in done:
                continue
            with self.transaction():
                if self.dialect == "postgres":
                    self.execute("SELECT pg_advisory_xact_lock(4242)")
                    if self.scalar("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)):
                        continue
                for statement in _statements(body):
                    self.conn.execute(statement)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                             (version, name, now()))
            applied.append(version)
        return applied


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _migrations(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, SQL) in order. `NNNN_name.sql` serves both; `NNNN_name.<dialect>.sql` one only."""
    found: dict[int, tuple[str, str]] = {}
    folder = resources.files("newsgraph.store") / "migrations"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        m = re.match(r"(\d{4})_(\w+?)(?:\.(sqlite|postgres))?\.sql$", entry.name)
        if not m or (m.group(3) and m.group(3) != dialect):
            continue
        body = entry.read_text(encoding="utf-8")
        if dialect == "postgres":
            body = re.sub(r"\bBLOB\b", "BYTEA", body)
        found[int(m.group(1))] = (m.group(2), body)
    return [(v, n, b) for v, (n, b) in sorted(found.items())]


def _statements(body: str) -> list[str]:
    body = re.sub(r"--[^\n]*", "", body)
    return [s.strip() for s in body.split(";") if s.strip()]


def open_store(url: str | None = None) -> Store:
    store = Store(default_db(url))
    store.migrate()
    return store
