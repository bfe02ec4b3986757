"""The only place that speaks SQL: SQLite by default, PostgreSQL for teams."""

from newsgraph.store.db import Store, default_db, open_store

__all__ = ["Store", "default_db", "open_store"]
