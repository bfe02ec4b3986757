"""The command line as a user meets it: analyze, ingest, articles, stats, help and the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.ingest.text import article_id, normalise

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args), input=input)
    return r.exit_code, r.stdout, r.stderr


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert main.commands, "no commands"
    for name, cmd in main.commands.items():
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage:" in out, name
        assert cmd.help, f"{name} has no help text"
        assert f"newsgraph {name}" in readme, f"`newsgraph {name}` is not documented in README.md"


def test_the_quick_start_is_the_two_make_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(make \w+)", quick, re.M)
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_usage_errors_exit_2() -> None:
    code, _, err = run("analyze")
    assert code == 2
    code, _, _ = run("analyze", "x.txt", "--format", "xml")
    assert code == 2


@pytest.mark.models
def test_analyze_the_seed_prints_one_contract_record(seed_dir: Path) -> None:
    code, out, err = run("analyze", str(seed_dir), "--format", "jsonl")
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1
    rec = json.loads(lines[0])
    path = next(seed_dir.glob("*.txt"))
    raw = path.read_text(encoding="utf-8")
    assert rec["date"] == "2025-04-10"
    assert rec["language"] == "en"
    assert rec["path"] == str(path)
    assert rec["text"] == normalise(raw.split("2025-04-10", 1)[1])
    assert rec["id"] == article_id(rec["text"])
    for key in ("url", "title", "source", "actors", "events", "places", "quotes", "claims", "stance", "techniques",
                "frames", "warnings"):
        assert key in rec
    for e in rec["events"]:
        assert rec["text"][e["span"][0]:e["span"][1]] == e["evidence"]


@pytest.mark.models
def test_analyze_reads_stdin() -> None:
    code, out, _ = run("analyze", "-", input="date 2024-07-06 Mali, Burkina Faso and Niger signed a treaty in Niamey.")
    assert code == 0
    rec = json.loads(out)
    assert rec["date"] == "2024-07-06" and rec["path"] is None


@pytest.mark.models
def test_mixed_folder_good_out_bad_named_exit_1(mixed_folder: Path) -> None:
    code, out, err = run("analyze", str(mixed_folder), "--format", "jsonl")
    assert code == 1
    recs = [json.loads(line) for line in out.splitlines() if line.strip()]
    # every good article: seed 1, plain 1, html 1, json 2+1, jsonl 2, csv 2, rss 2, atom 1, the founding article 1
    assert len(recs) == 14
    langs = {r["language"] for r in recs}
    assert langs == {"en", "fr"}
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    for name in ("empty.txt", "garbage.txt", "picture.png", "truncated.json", "broken.jsonl", "not-a-feed.rss",
                 "empty-page.html", "no-text-column.csv"):
        assert any(name in e for e in errors), f"{name} not named on stderr"
    assert any("dump.jsonl:line 2:" in e for e in errors)
    assert any("export.csv:line 3:" in e for e in errors)
    assert all(len(e.splitlines()) == 1 for e in errors)


@pytest.mark.models
def test_ingest_twice_adds_nothing(mixed_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
    code1, _, err1 = run("ingest", str(mixed_folder), "--db", db)
    assert code1 == 1, err1
    assert "14 new" in err1 and "failed" in err1
    code_a, out_a, _ = run("articles", "--db", db, "--format", "jsonl", "--limit", "1000")
    code2, _, err2 = run("ingest", str(mixed_folder), "--db", db)
    assert "0 new" in err2 and "14 already stored" in err2
    code_b, out_b, _ = run("articles", "--db", db, "--format", "jsonl", "--limit", "1000")
    assert out_a == out_b
    assert len(out_a.splitlines()) == 14


def test_db_option_after_the_subcommand_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("NEWSGRAPH_DB", str(db))
    code, out, err = run("articles", "--format", "jsonl")
    assert code == 0 and db.exists()
    code, out, err = run("stats", "--db", str(tmp_path / "other.db"), "--format", "json")
    assert code == 0 and json.loads(out)["articles"] == 0


def test_ingest_without_nlp_and_stats(sample_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    code, _, err = run("ingest", str(sample_dir), "--db", db, "--no-nlp")
    assert code == 0, err
    code, out, _ = run("stats", "--db", db, "--format", "json")
    o = json.loads(out)
    assert o["articles"] >= 40
    langs = {r["language"]: r["n"] for r in o["languages"]}
    assert langs.get("fr", 0) >= 20 and langs.get("en", 0) >= 20
    assert o["near_duplicates"] >= 1
    assert o["sources"] > o["articles"]  # the same text from two outlets


def test_a_database_path_in_a_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    code, out, err = run("articles", "--db", str(tmp_path / "no" / "such" / "x.db"))
    assert code == 1
    assert err.startswith("error: cannot open") and len(err.strip().splitlines()) == 1


def test_the_code_passes_the_linter() -> None:
    import shutil
    import subprocess
    import sys

    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    r = subprocess.run([ruff, "check", "newsgraph", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-2000:]


@pytest.fixture
def framing_db(tmp_path: Path) -> tuple[str, list[str]]:
    from store.framing_fixture import build

    from newsgraph.store import open_store

    db = str(tmp_path / "f.db")
    s = open_store(db)
    ids = build(s)
    s.close()
    return db, ids


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_actors_quotes_and_claims_commands(framing_db: tuple[str, list[str]]) -> None:
    db, ids = framing_db
    code, out, err = run("actors", "--db", db, "--country", "MLI", "--format", "jsonl")
    assert code == 0, err
    assert {r["id"] for r in _jsonl(out)} == {"MLIGOV", "Q57358553"}
    code, out, _ = run("actors", "--db", db, "--name", "Kremlin", "--format", "csv")
    header, row = out.splitlines()[:2]
    assert header.startswith("id,name,code") and row.startswith("RUSGOV,")
    code, out, _ = run("quotes", "--db", db, "--speaker", "Goïta", "--format", "jsonl")
    (q,) = _jsonl(out)
    assert q["text"] == "Nous ne céderons jamais." and q["article_id"] == ids[0] and q["url"].endswith("/0")
    assert (q["cue"], q["start_char"] < q["end_char"]) == ("said", True)
    code, out, _ = run("quotes", "--db", db, "--indirect", "--format", "jsonl")
    assert [r["direct"] for r in _jsonl(out)] == [False]
    code, out, _ = run("quotes", "--db", db, "--q", "lies", "--date-from", "2025-04-01")
    assert code == 0 and "warned" in out
    code, out, _ = run("claims", "--db", db, "--about", "FRA", "--polarity", "-1", "--format", "jsonl")
    (c,) = _jsonl(out)
    assert c["text"] == "France was hostile" and c["about"][0]["polarity"] == -1
    code, out, _ = run("claims", "--db", db, "--speaker", "the Network")
    assert code == 0 and "FRAGOV -1" in out and "RUSGOV +1" in out


@pytest.mark.parametrize("args", [
    ["actors", "--country", "Mali"], ["actors", "--date-from", "yesterday"], ["quotes", "--date-to", "2025-02-30"],
    ["claims", "--polarity", "2"], ["events", "--technique", "x'--"], ["stats", "--timeline", "month", "--by", "place"],
])
def test_bad_filter_values_are_one_line_and_exit_2(framing_db: tuple[str, list[str]], args: list[str]) -> None:
    code, out, err = run(*args, "--db", framing_db[0])
    assert code == 2 and err.startswith("error: ") and len(err.strip().splitlines()) == 1, err


def test_stats_places_speakers_and_narratives(framing_db: tuple[str, list[str]]) -> None:
    db, ids = framing_db
    code, out, err = run("stats", "--db", db, "--by", "place", "--format", "json")
    assert code == 0, err
    assert [(r["place"], r["events"]) for r in _jsonl(out)] == [("Bamako", 2), ("Gao", 1)]
    code, out, _ = run("stats", "--db", db, "--by", "speaker", "--language", "fr", "--format", "json")
    assert [r["code"] for r in _jsonl(out)] == ["MLIGOV"]
    code, out, _ = run("stats", "--db", db, "--narratives", "--by-outlet", "--format", "json")
    rows = _jsonl(out)
    assert {"period": "2025-04", "narrative": "russia_reliable_partner", "outlet": "Wire", "articles": 1} in rows
    code, out, _ = run("stats", "--db", db, "--narratives", "--interval", "week", "--narrative", "west_hostile",
                       "--format", "json")
    assert _jsonl(out) == [{"period": "2025-W12", "narrative": "west_hostile", "articles": 1}]
    code, out, _ = run("events", "--db", db, "--narrative", "west_hostile", "--format", "jsonl")
    assert {e["article_id"] for e in _jsonl(out)} == {ids[1]}
