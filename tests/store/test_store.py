"""The store on both backends: migrations, identity, sources, near-duplicates, transactions."""

from __future__ import annotations

import pytest

from newsgraph.ingest.readers import RawArticle, ReadResult
from newsgraph.load import ingest
from newsgraph.store import open_store
from newsgraph.store.db import Store

WIRE = ("Mali, Burkina Faso and Niger announced on Sunday their immediate withdrawal from the Economic Community of "
        "West African States, accusing the regional bloc of betraying its founding ideals and of imposing illegal "
        "and inhumane sanctions on their populations. The three countries, all run by military governments since "
        "coups between 2020 and 2023, said in a joint statement read on state television that ECOWAS had become a "
        "threat to its own member states. The bloc said it had not been formally notified.")


def _result(path: str, *articles: RawArticle) -> ReadResult:
    data = "\n".join(a.text for a in articles).encode()
    r = ReadResult(path, data, list(articles), format="text")
    for a in articles:
        a.path, a.raw_id = path, r.raw_id
    return r


def _art(text: str, date: str | None = "2024-01-28", source: str | None = "Wire A") -> RawArticle:
    return RawArticle(text=text, path=None, date=date, source=source)


def _count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT COUNT(*) FROM {table}"))


def test_migrations_are_idempotent(db_url: str) -> None:
    s = open_store(db_url)
    assert s.migrate() == []  # already applied
    tables = {"articles", "article_sources", "raw_inputs", "actors", "actor_mentions", "events", "places", "quotes",
              "claims", "techniques", "frames", "stories", "alerts", "sources", "watchlists"}
    for t in tables:
        assert _count(s, t) == 0
    s.close()


def test_same_text_from_another_outlet_adds_a_source_not_an_article(db_url: str) -> None:
    s = open_store(db_url)
    first = ingest([], s, nlp=False, results=[_result("a.txt", _art(WIRE, source="Wire A"))])
    again = ingest([], s, nlp=False, results=[_result("a.txt", _art(WIRE, source="Wire A"))])
    other = ingest([], s, nlp=False, results=[_result("b.txt", _art(WIRE, source="Wire B"))])
    assert (first.new, again.new, again.unchanged, other.new, other.duplicates) == (1, 0, 1, 0, 1)
    assert _count(s, "articles") == 1
    assert sorted(r["source"] for r in s.query("SELECT source FROM article_sources")) == ["Wire A", "Wire B"]
    assert _count(s, "raw_inputs") == 1  # identical bytes are kept once
    s.close()


def test_raw_bytes_are_kept_unchanged(db_url: str) -> None:
    s = open_store(db_url)
    r = _result("a.txt", _art(WIRE))
    ingest([], s, nlp=False, results=[r])
    stored = s.scalar("SELECT content FROM raw_inputs WHERE id = ?", (r.raw_id,))
    assert bytes(stored) == r.raw
    s.close()


def _near(text: str) -> str:
    return text.replace("on Sunday", "on Sunday evening").replace("The bloc said", "ECOWAS said")


@pytest.mark.parametrize("order", ["original-first", "copy-first"])
def test_near_duplicates_point_at_the_earliest_whatever_the_order(db_url: str, order: str) -> None:
    s = open_store(db_url)
    original = _art(WIRE, date="2024-01-28", source="Wire A")
    copy = _art(_near(WIRE), date="2024-01-29", source="Wire B")
    unrelated = _art("The World Food Programme delivered food to Djibo on Monday after months of blockade by "
                     "jihadist groups, the agency said in a statement.", date="2024-01-29", source="Wire C")
    seq = [original, copy, unrelated] if order == "original-first" else [copy, unrelated, original]
    for i, a in enumerate(seq):
        ingest([], s, nlp=False, results=[_result(f"{i}.txt", a)])
    rows = {r["source"]: r for r in s.query("SELECT source, id, duplicate_of, similarity FROM articles")}
    assert rows["Wire A"]["duplicate_of"] is None
    assert rows["Wire B"]["duplicate_of"] == rows["Wire A"]["id"]
    assert 0.8 <= rows["Wire B"]["similarity"] < 1.0
    assert sum(1 for r in rows.values() if r["duplicate_of"]) == 1
    s.close()


def test_a_failed_write_leaves_nothing_behind(db_url: str) -> None:
    s = open_store(db_url)
    with pytest.raises(RuntimeError):
        with s.transaction():
            s.execute("INSERT INTO sources (id, name, added_at) VALUES (?, ?, ?)", ("x", "Outlet", "2025-01-01"))
            raise RuntimeError("interrupted")
    assert _count(s, "sources") == 0
    s.close()


def test_hostile_text_is_stored_verbatim_through_parameters(db_url: str) -> None:
    s = open_store(db_url)
    nasty = "Robert'); DROP TABLE articles;-- a 100% « test » with ? and %s placeholders in Bamako, Mali, on Monday."
    ingest([], s, nlp=False, results=[_result("x.txt", _art(nasty))])
    assert s.scalar("SELECT text FROM articles") == nasty
    assert _count(s, "articles") == 1
    s.close()


def test_default_database_follows_the_contract(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from newsgraph.store.db import default_db

    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    assert default_db() == "newsgraph.db"
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.db"))
    assert default_db() == str(tmp_path / "env.db")
    assert default_db("explicit.db") == "explicit.db"


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path) -> None:
    from newsgraph.errors import StoreError

    p = tmp_path / "notes.db"
    p.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open|database error"):
        open_store(str(p))


def test_sample_corpus_ingests_on_both_backends(db_url: str, sample_dir) -> None:
    s = open_store(db_url)
    first = ingest([str(sample_dir)], s, nlp=False)
    again = ingest([str(sample_dir)], s, nlp=False)
    assert first.failed == [] and first.new >= 40 and first.duplicates >= 1 and first.near_duplicates >= 1
    assert again.new == 0 and again.duplicates == 0
    assert _count(s, "articles") == first.new
    s.close()


@pytest.mark.models
def test_derived_records_are_stored_and_replaced_in_one_piece(db_url: str, seed_dir) -> None:
    from newsgraph.ingest.readers import iter_inputs
    from newsgraph.pipeline import analyze
    from newsgraph.store import writes

    s = open_store(db_url)
    summary = ingest([str(seed_dir)], s)
    assert summary.new == 1 and summary.events > 0
    n_events = _count(s, "events")
    assert n_events == summary.events and _count(s, "quotes") > 0 and _count(s, "actor_mentions") > 0
    row = s.query("SELECT source_code, target_code, root, date, evidence, coder FROM events WHERE root = '04'"
                  " ORDER BY target_code")
    assert [r["target_code"] for r in row] == ["BFAGOV", "MLIGOV", "NERGOV"]
    assert all(r["date"] == "2025-04-03" and r["coder"] for r in row)
    # a newer coder replaces every derived record of the article, in one transaction
    record = next(analyze(a for r in iter_inputs([str(seed_dir)]) for a in r.articles))
    with s.transaction():
        writes.replace_derived(s, record)
    assert _count(s, "events") == n_events
    s.close()


def test_full_text_search_folds_accents_and_survives_hostile_queries(db_url: str) -> None:
    from newsgraph.errors import UsageError
    from newsgraph.store.queries import search

    s = open_store(db_url)
    text = "Le Mali a rappelé son ambassadeur à Alger après la destruction d'un drone près de Tinzaouaten."
    ingest([], s, nlp=False, results=[_result("fr.txt", _art(text, source="Gazette"))])
    ingest([], s, nlp=False, results=[_result("en.txt", _art(WIRE))])
    hits = search(s, "rappele ambassadeur")           # no accents in the query
    assert len(hits) == 1 and hits[0]["kind"] == "article" and "[" in hits[0]["snippet"]
    assert search(s, "ECOWAS sanctions")[0]["article_id"] != hits[0]["article_id"]
    for hostile in ['"', "a OR b", "NEAR(x y)", "*", "'; DROP TABLE articles;--", 'x" AND y']:
        try:
            search(s, hostile)                        # never a database error: results, or a usage error
        except UsageError:
            pass
    with pytest.raises(UsageError):
        search(s, "   ")
    s.close()
