"""Shared fixtures. Tests that need a service (PostgreSQL, Chromium) skip loudly on a developer's
machine without it and fail under CI=true, where .ci/run provides them."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsgraph.models import Quote, Record

os.environ.setdefault("NEWSGRAPH_STRICT", "1")  # a stage's bug fails the test instead of becoming a warning

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "newsgraph" / "data" / "sample"


def need_service(what: str, hint: str) -> None:
    """Skip (loudly) without the service; under CI=true a missing service is a failure."""
    msg = f"{what} is not available: {hint}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {msg}")
    pytest.skip(f"SKIPPED — {msg}")


@pytest.fixture
def ingest_data() -> Path:
    return DATA / "ingest"


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def seed_dir() -> Path:
    d = SHARED / "corpus" / "seed"
    if not d.is_dir():
        pytest.skip("../shared/corpus/seed is not beside the project")
    return d


def _pg_url() -> str:
    url = os.environ.get("NEWSGRAPH_TEST_PG")
    if not url:
        need_service("PostgreSQL", "set NEWSGRAPH_TEST_PG to a postgresql:// URL (bash .ci/run starts one)")
    try:
        import psycopg  # noqa: F401  (only to know it is installed)
    except ImportError:
        need_service("psycopg", "pip install 'newsgraph[postgres]'")
    return url  # type: ignore[return-value]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    import psycopg

    base = _pg_url()
    name = f"ng_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The store's tests run against both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def mixed_folder(tmp_path: Path, ingest_data: Path, seed_dir: Path) -> Path:
    """Every good format and a broken file of each kind, in one folder."""
    folder = tmp_path / "mixed"
    shutil.copytree(ingest_data / "good", folder / "good")
    shutil.copytree(ingest_data / "bad", folder / "bad")
    shutil.copy(next(seed_dir.glob("*.txt")), folder / "seed-article.txt")
    return folder


@pytest.fixture(scope="session")
def code() -> Callable[..., Record]:
    """`code(text, lang, date="2025-03-13")`: one article through the actor, place and event stages only, the
    way `newsgraph analyze` codes events (quotes and framing, which events never use, are skipped)."""
    from newsgraph.ingest.readers import RawArticle
    from newsgraph.pipeline import analyze, default_stages

    stages = [s for s in default_stages() if s.name in ("actors", "places", "events")]

    def run(text: str, lang: str, date: str = "2025-03-13") -> Record:
        return next(iter(analyze([RawArticle(path="t.txt", text=text, date=date, language=lang)], stages)))

    return run


@pytest.fixture(scope="session")
def coded() -> Callable[..., set[tuple[str | None, str | None, str]]]:
    """`coded(rec, roots=False, asserted_only=False)`: a coded record's events as (source country, target country,
    CAMEO code) triples, a missing side as None. With roots=True the code is its two-digit root; events asserted or
    intended are kept, only asserted ones with asserted_only=True."""

    def triples(rec: Record, roots: bool = False, asserted_only: bool = False
                ) -> set[tuple[str | None, str | None, str]]:
        moods = ("asserted",) if asserted_only else ("asserted", "intended")
        return {(e.source.country if e.source else None, e.target.country if e.target else None,
                 e.root if roots else e.cameo)
                for e in rec.events if e.modality in moods}

    return triples


@pytest.fixture(scope="session")
def quotes_of() -> Callable[[str, str], list[Quote]]:
    """`quotes_of(text, lang)`: every quote the whole pipeline finds in `text`."""
    from newsgraph.ingest.readers import RawArticle
    from newsgraph.pipeline import analyze

    def run(text: str, lang: str) -> list[Quote]:
        return next(analyze([RawArticle(text=text, path=None, date="2025-04-10", language=lang)])).quotes

    return run


@pytest.fixture(scope="session")
def quote_in(quotes_of: Callable[[str, str], list[Quote]]) -> Callable[[str, str, str], Quote]:
    """`quote_in(text, lang, words)`: the quote holding `words` when the whole pipeline analyses `text`."""

    def find(text: str, lang: str, words: str) -> Quote:
        quotes = quotes_of(text, lang)
        found = [q for q in quotes if words in q.text]
        assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
        return found[0]

    return find
