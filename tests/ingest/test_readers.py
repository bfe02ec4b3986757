"""Every reader on real-looking files: the good articles come out, each broken part is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest.readers import iter_inputs, read_bytes, read_file
from newsgraph.ingest.text import article_id, normalise


def _one(path: Path) -> tuple[list, list]:
    r = read_file(str(path))
    return r.articles, r.errors


def test_seed_format_with_leading_whitespace(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "seed.txt")
    assert not errs and len(arts) == 1
    a = arts[0]
    assert a.date == "2025-01-29"
    assert a.text.startswith("Mali, Burkina Faso and Niger formally left")
    assert a.text.endswith("open to the three states.")
    assert a.warnings == []


def test_the_founding_article_is_read_exactly(seed_dir: Path) -> None:
    path = next(seed_dir.glob("*.txt"))
    raw = path.read_text(encoding="utf-8")
    a = read_file(str(path)).articles[0]
    assert a.date == "2025-04-10"
    assert a.text == normalise(raw.split("2025-04-10", 1)[1])
    assert article_id(a.text) == article_id(normalise(a.text))


def test_plain_text_without_header_has_no_date_and_says_so(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "plain.txt")
    assert not errs
    assert arts[0].date is None
    assert "no publication date found" in arts[0].warnings


def test_html_main_text_and_metadata(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "page.html")
    assert not errs and len(arts) == 1
    a = arts[0]
    assert a.title == "Le Mali rappelle son ambassadeur à Alger"
    assert a.date == "2025-04-07"
    assert a.url == "https://gazette.test/2025/04/07/mali-rappel-ambassadeur"
    assert a.source == "Gazette test"
    assert a.language == "fr"
    assert "d’un drone de l’armée malienne près de Tinzaouaten" in a.text  # entities decoded
    assert "Accueil" not in a.text and "Tous droits" not in a.text        # boilerplate dropped
    assert not a.text.startswith("Le Mali rappelle")                     # headline is the title, not text


def test_json_list_and_single_object_with_field_aliases(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "items.json")
    assert not errs
    assert [a.date for a in arts] == ["2024-02-12", "2023-10-31"]
    assert [a.source for a in arts] == ["Wire Test", "Gazette test"]
    assert [a.language for a in arts] == ["en", "fr"]
    one, errs = _one(ingest_data / "good" / "one.json")
    assert not errs and one[0].title == "ECOWAS lifts sanctions on Niger" and one[0].date == "2024-02-24"
    assert one[0].url == "https://wire.test/ecowas-niger-sanctions"


def test_jsonl_bad_line_is_named_and_the_rest_goes_on(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "dump.jsonl")
    assert [a.where for a in arts] == ["line 1", "line 3"]
    assert len(errs) == 1 and errs[0].where == "line 2" and "invalid JSON" in errs[0].reason
    assert arts[1].date == "2024-09-18"


def test_csv_bad_row_is_named(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "export.csv")
    assert [a.title for a in arts] == ["Algeria closes airspace to Mali", "Le Burkina expulse trois diplomates français"]
    assert arts[1].date == "2024-04-18"
    assert len(errs) == 1 and errs[0].where == "line 3" and "expected 6 fields, found 7" in errs[0].reason


def test_rss_full_content_preferred_over_summary(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "feed.rss")
    assert not errs and len(arts) == 2
    assert arts[0].text.startswith("Burkina Faso suspended the broadcasts")
    assert "“likely to create disorder”" in arts[0].text
    assert arts[0].date == "2024-04-25" and arts[0].url == "https://feed.test/bf-voa-bbc"
    assert arts[0].source == "Sahel Test Feed"
    assert arts[1].text.startswith("Mali’s military government")  # summary, entity decoded


def test_atom_feed_sniffed_from_content_and_empty_entry_named(ingest_data: Path) -> None:
    arts, errs = _one(ingest_data / "good" / "updates.xml")
    assert len(arts) == 1 and arts[0].date == "2024-07-06" and arts[0].language == "fr"
    assert "Confédération des États du Sahel" in arts[0].text
    assert len(errs) == 1 and errs[0].where == "entry 2"


def test_feed_content_in_a_file_with_another_extension() -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
            b'<description>Niger expelled the French ambassador on Friday.</description>'
            b'<pubDate>Fri, 22 Sep 2023 10:00:00 GMT</pubDate></item></channel></rss>')
    r = read_bytes(feed, "download.txt", ".txt")
    assert r.format == "feed" and r.articles[0].date == "2023-09-22"


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("garbage.txt", "binary"),
    ("picture.png", "binary"),
    ("truncated.json", "invalid JSON"),
    ("not-a-feed.rss", "not a feed"),
    ("empty-page.html", "no article text"),
    ("no-text-column.csv", "no text column"),
])
def test_each_broken_file_gives_one_reason(ingest_data: Path, name: str, reason: str) -> None:
    arts, errs = _one(ingest_data / "bad" / name)
    assert arts == []
    assert len(errs) == 1
    assert reason in errs[0].reason
    assert str(errs[0]).startswith(str(ingest_data / "bad" / name))


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("Mali. " * 1000)
    r = read_file(str(p), max_bytes=100)
    assert r.articles == [] and "too large" in r.errors[0].reason and "--max-bytes" in r.errors[0].reason


def test_folders_are_read_recursively_and_nothing_is_skipped_silently(tmp_path: Path, ingest_data: Path) -> None:
    import shutil

    shutil.copytree(ingest_data, tmp_path / "in")
    (tmp_path / "in" / ".hidden").write_text("x")
    (tmp_path / "in" / "notes.docx").write_text("a word file")
    results = list(iter_inputs([str(tmp_path / "in")]))
    named = {Path(r.path).name for r in results}
    files = {p.name for p in (tmp_path / "in").rglob("*") if p.is_file()}
    assert files <= named
    by_name = {Path(r.path).name: r for r in results}
    assert "unsupported file type '.docx'" in by_name["notes.docx"].errors[0].reason
    assert "hidden" in by_name[".hidden"].errors[0].reason


def test_missing_path_is_an_error_not_a_crash() -> None:
    r = list(iter_inputs(["/nonexistent/file.txt"]))
    assert "no such file" in r[0].errors[0].reason


def test_normalisation_gives_one_identity_for_the_same_text() -> None:
    a = normalise("  Le Mali\r\na rappelé\r\n")
    b = normalise("Le Mali\na rappele\u0301")  # decomposed accent
    assert a == b == "Le Mali\na rappelé"
    assert article_id(a) == article_id(b)
