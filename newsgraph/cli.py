"""The `newsgraph` command line. Every command is a thin wrapper over a library function."""

from __future__ import annotations

import csv
import functools
import json
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsgraph import __version__
from newsgraph.errors import InputError, NewsgraphError, UsageError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("newsgraph")


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def report_input_error(e: InputError) -> None:
    _err(f"error: {e}")


def db_option(f: F) -> F:
    return click.option("--db", "db", default=None, metavar="PATH|URL",
                        help="SQLite file or postgresql:// URL (default: $NEWSGRAPH_DB or ./newsgraph.db).")(f)


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    def deco(f: F) -> F:
        return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
                            help="Output format.")(f)
    return deco


def handle_errors(f: F) -> F:
    """Library errors become one line on stderr and exit status 1 (usage errors 2)."""
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except UsageError as exc:
            _err(f"error: {exc}")
            sys.exit(2)
        except NewsgraphError as exc:
            _err(f"error: {exc}")
            sys.exit(1)
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """newsgraph: dated news in English and French turned into checkable event data.

    Every fact keeps its evidence: article id, sentence, character span and coder version.
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


# -- analyze -----------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option("jsonl", "json", "table", default="jsonl")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
              help="Files larger than this are refused.")
@handle_errors
def analyze(paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    """Analyse files and print one record per article (no database).

    PATHS are files, folders (read recursively) or - for standard input. Exit status: 0 when every input
    was read, 1 when some failed (each named on stderr), 2 for a usage error.
    """
    from newsgraph.ingest.readers import iter_inputs
    from newsgraph.pipeline import analyze as run

    failed = 0

    def articles() -> Any:
        nonlocal failed
        for result in iter_inputs(paths, max_bytes):
            for e in result.errors:
                failed += 1
                report_input_error(e)
            yield from result.articles

    records = []
    for record in run(articles()):
        d = record.to_dict()
        if fmt == "jsonl":
            click.echo(json.dumps(d, ensure_ascii=False))
        else:
            records.append(d)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "table":
        _table(["id", "date", "lang", "actors", "events", "quotes", "title / path"],
               [[r["id"][:12], r["date"] or "", r["language"], len(r["actors"]), len(r["events"]), len(r["quotes"]),
                 (r["title"] or r["path"] or "")[:60]] for r in records])
        for r in records:
            for e in r["events"]:
                click.echo(f"  {r['id'][:12]} {(e['source'] or {}).get('code') or '-'} -> "
                           f"{(e['target'] or {}).get('code') or '-'} {e['cameo']} {e['label']} [{e['date']}] "
                           f"({e['modality']})")
    sys.exit(1 if failed else 0)


# -- ingest ------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--no-nlp", is_flag=True, help="Store articles without analysing them (fast; analyse later).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
              help="Files larger than this are refused.")
@click.option("--quiet", "-q", is_flag=True, help="No summary.")
@handle_errors
def ingest(paths: tuple[str, ...], db: str | None, no_nlp: bool, max_bytes: int, quiet: bool) -> None:
    """Read files into the database: raw bytes kept, duplicates merged, articles analysed.

    Prints a summary (read, new, duplicates, near-duplicates, failed with reasons). Exit status 1 when
    some inputs failed; the others are stored.
    """
    from newsgraph.load import ingest as run
    from newsgraph.store import open_store

    store = open_store(db)
    progress = _progress(paths)
    try:
        summary = run(paths, store, nlp=not no_nlp, max_bytes=max_bytes, on_error=report_input_error,
                      on_file=(lambda r: progress.advance()) if progress else None)
    finally:
        if progress:
            progress.stop()
        store.close()
    if not quiet:
        _err(f"read {summary.read} articles from {summary.files} files: {summary.new} new, "
             f"{summary.duplicates} duplicates (source added), {summary.unchanged} already stored, "
             f"{summary.near_duplicates} near-duplicates, {summary.events} events, {len(summary.failed)} failed")
    sys.exit(1 if summary.failed else 0)


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.progress import Progress

        self.p = Progress(transient=True, console=_console_err())
        self.task = self.p.add_task("ingesting", total=total)
        self.p.start()

    def advance(self) -> None:
        self.p.advance(self.task)

    def stop(self) -> None:
        self.p.stop()


def _console_err() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _progress(paths: tuple[str, ...]) -> _Progress | None:
    """A progress bar on long runs, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    total = 0
    for p in paths:
        if os.path.isdir(p):
            total += sum(len(f) for _, _, f in os.walk(p))
        else:
            total += 1
    return _Progress(total) if total >= 20 else None


# -- articles ----------------------------------------------------------------------------------
@main.command()
@db_option
@format_option("table", "jsonl", "csv")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--language", default=None, help="Only articles in this language (ISO 639-1).")
@handle_errors
def articles(db: str | None, fmt: str, limit: int, offset: int, language: str | None) -> None:
    """List the articles stored, newest first."""
    from newsgraph.store import open_store
    from newsgraph.store.queries import list_articles

    store = open_store(db)
    try:
        rows = list_articles(store, limit=limit, offset=offset, language=language)
    finally:
        store.close()
    _emit(rows, fmt, ["id", "date", "language", "source", "sources", "events", "duplicate_of", "title"])


# -- events ------------------------------------------------------------------------------------
_FILTER_HELP = {
    "actor": "Either side: a code (RUSGOV, RUS), an actor id, or a name or alias.",
    "source": "The source actor (code, id, name or alias).", "target": "The target actor.",
    "dyad": "SOURCE,TARGET (directed unless --undirected).", "undirected": "With --dyad: either direction.",
    "cameo": "A CAMEO code (043), or a prefix with * (04*).", "root": "CAMEO roots, comma-separated (16,17).",
    "plover": "PLOVER type (CONSULT, SANCTION ...).", "quad-class": "GDELT quad class 1-4.",
    "goldstein-min": "Lowest Goldstein value.", "goldstein-max": "Highest Goldstein value.",
    "date-from": "Events on or after this date (YYYY-MM-DD).", "date-to": "Events on or before this date.",
    "country": "Either actor's country (ISO3).", "place": "The event's location: ISO3 country or place name.",
    "near": "LAT,LON,KM: events located within KM of a point.", "language": "Article language (en, fr ...).",
    "outlet": "The outlet that published the article.", "modality": "asserted, intended, negated or hypothetical.",
    "q": "Words that must appear in the evidence sentence.", "article": "One article's id.",
    "include-duplicates": "Also events of near-duplicate articles.",
    "speaker": "Events of articles that quote this actor (code, name or alias).",
    "technique": "Events of articles carrying this persuasion technique (Loaded_Language ...).",
    "narrative": "Events of articles carrying this narrative (its name).",
}


def filter_options(f: F) -> F:
    from newsgraph.store.filters import EventFilter

    for name in reversed(EventFilter.names()):
        opt = "--" + name.replace("_", "-")
        kwargs: dict[str, Any] = {"default": None, "help": _FILTER_HELP.get(opt[2:], "")}
        if name in ("undirected", "include_duplicates"):
            kwargs = {"is_flag": True, "default": False, "help": _FILTER_HELP.get(opt[2:], "")}
        elif name == "quad_class":
            kwargs["type"] = click.IntRange(1, 4)
        elif name in ("goldstein_min", "goldstein_max"):
            kwargs["type"] = click.FloatRange(-10, 10)
        f = click.option(opt, name, **kwargs)(f)
    return f


@main.command()
@db_option
@filter_options
@format_option("table", "jsonl", "csv")
@click.option("--limit", type=click.IntRange(min=1, max=1_000_000), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@handle_errors
def events(db: str | None, fmt: str, limit: int, offset: int, **filters: Any) -> None:
    """List stored events with their provenance, filtered (filters combine)."""
    from newsgraph.store import open_store
    from newsgraph.store.filters import EventFilter
    from newsgraph.store.queries import list_events

    f = EventFilter(**filters).validate()
    store = open_store(db)
    try:
        rows = list_events(store, f, limit=limit, offset=offset)
    finally:
        store.close()
    _emit(rows, fmt, ["date", "source_code", "target_code", "cameo", "label", "modality", "place_name", "goldstein",
                      "evidence"] if fmt == "table" else list(rows[0].keys()) if rows else ["id"])


# -- actors, quotes, claims --------------------------------------------------------------------
def article_options(f: F) -> F:
    """Filters on the article a record comes from: publication dates, language, outlet."""
    for opt, help_ in reversed([("--date-from", "Articles published on or after this date (YYYY-MM-DD)."),
                                ("--date-to", "Articles published on or before this date."),
                                ("--language", "Article language (en, fr ...)."),
                                ("--outlet", "The outlet that published the article.")]):
        f = click.option(opt, opt[2:].replace("-", "_"), default=None, help=help_)(f)
    return f


def page_options(f: F) -> F:
    f = click.option("--offset", type=click.IntRange(min=0), default=0)(f)
    return click.option("--limit", type=click.IntRange(min=1, max=1_000_000), default=100, show_default=True)(f)


def _rows(query: Callable[..., list[dict[str, Any]]], db: str | None, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
    """Run one store query on a store opened (and closed) for it."""
    from newsgraph.store import open_store

    store = open_store(db)
    try:
        return query(store, *args, **kwargs)
    finally:
        store.close()


@main.command()
@db_option
@click.option("--name", default=None, help="An actor's code (RUSGOV, RUS), id, or words of its name or alias.")
@click.option("--country", default=None, help="Actors of this country (ISO3).")
@click.option("--kind", default=None, help="Actors of this sector (GOV, MIL, REB ...).")
@article_options
@format_option("table", "jsonl", "csv")
@page_options
@handle_errors
def actors(db: str | None, fmt: str, limit: int, offset: int, **filters: Any) -> None:
    """List actors with their mentions (in articles published in the date range) and events (dated in it),
    most mentioned first."""
    from newsgraph.store.filters import ActorFilter
    from newsgraph.store.queries import list_actors

    f = ActorFilter(**filters).validate()
    rows = _rows(list_actors, db, f, limit=limit, offset=offset)
    _emit(rows, fmt, ["name", "code", "country", "kind", "mentions", "articles", "events"] if fmt == "table" else
          ["id", "name", "code", "country", "kind", "wikidata", "aliases", "mentions", "articles", "events"])


@main.command()
@db_option
@click.option("--speaker", default=None, help="The speaker: code (MLIGOV, MLI), id, or words of a name or alias.")
@click.option("--q", default=None, help="Words that must appear in the quote.")
@click.option("--article", default=None, help="One article's id.")
@article_options
@click.option("--direct/--indirect", "direct", default=None, help="Only quoted words, or only reported speech.")
@format_option("table", "jsonl", "csv")
@page_options
@handle_errors
def quotes(db: str | None, fmt: str, limit: int, offset: int, **filters: Any) -> None:
    """List quotes with their speaker, cue and provenance (article id, url, sentence, span), newest first."""
    from newsgraph.store.filters import QuoteFilter
    from newsgraph.store.queries import QUOTE_COLUMNS, list_quotes

    f = QuoteFilter(**filters).validate()
    rows = _rows(list_quotes, db, f, limit=limit, offset=offset)
    columns = [c.split(" AS ")[-1].split(".")[-1].strip() for c in QUOTE_COLUMNS.split(",")]
    _emit(rows, fmt, ["date", "speaker", "cue", "direct", "text", "article_id"] if fmt == "table" else columns)


@main.command()
@db_option
@click.option("--speaker", default=None, help="Who makes the claim: code, id, or words of a name or alias.")
@click.option("--about", default=None, help="An actor the claim is about (code, id, name or alias).")
@click.option("--polarity", default=None, metavar="-1|0|1",
              help="How the claim casts the actors it is about (--about, else any): -1, 0 or 1.")
@click.option("--q", default=None, help="Words that must appear in the claim.")
@click.option("--article", default=None, help="One article's id.")
@article_options
@format_option("table", "jsonl", "csv")
@page_options
@handle_errors
def claims(db: str | None, fmt: str, limit: int, offset: int, **filters: Any) -> None:
    """List claims: who asserts what about which actors, with polarity and provenance, newest first."""
    from newsgraph.store.filters import ClaimFilter
    from newsgraph.store.queries import list_claims

    f = ClaimFilter(**filters).validate()
    rows = _rows(list_claims, db, f, limit=limit, offset=offset)
    if fmt != "jsonl":
        for r in rows:
            r["about"] = "; ".join(f"{a['code'] or a['name']} {a['polarity']:+d}" for a in r["about"])
    _emit(rows, fmt, ["date", "speaker", "about", "text", "article_id"] if fmt == "table" else
          ["id", "article_id", "speaker_id", "speaker_code", "speaker", "text", "about", "sentence", "start_char",
           "end_char", "coder", "date", "url", "outlet", "language"])


# -- export ------------------------------------------------------------------------------------
@main.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt", "plover", "graphml", "gexf",
                                                     "geojson"]), default="csv", show_default=True)
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write.")
@click.option("--table", default="events", show_default=True,
              help="Table to export (events, articles, actors, quotes ...); other tables as csv, jsonl or parquet.")
@handle_errors
def export(db: str | None, fmt: str, output: str, table: str, **filters: Any) -> None:
    """Export events (or --table T) with their provenance: CSV, JSONL, Parquet, GDELT-style TSV, PLOVER JSON,
    GraphML or GEXF actor network, GeoJSON. Event filters as in `newsgraph events`."""
    from newsgraph.store import open_store
    from newsgraph.store.exports import export as run
    from newsgraph.store.filters import EventFilter

    f = EventFilter(**filters).validate()
    store = open_store(db)
    try:
        n = run(store, fmt, output, table, f)
    finally:
        store.close()
    _err(f"wrote {n} {'rows' if fmt in ('csv', 'jsonl', 'parquet', 'gdelt', 'plover') else 'items'} to {output}")


# -- search ------------------------------------------------------------------------------------
@main.command()
@click.argument("query")
@db_option
@click.option("--kind", type=click.Choice(["article", "quote", "event"]), default=None,
              help="Only articles, quotes or event evidence sentences.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@format_option("table", "jsonl")
@handle_errors
def search(query: str, db: str | None, kind: str | None, limit: int, fmt: str) -> None:
    """Full-text search over articles, quotes and evidence sentences (accents and case folded)."""
    from newsgraph.store import open_store
    from newsgraph.store.queries import search as run

    store = open_store(db)
    try:
        rows = run(store, query, kind=kind, limit=limit)
    finally:
        store.close()
    _emit(rows, fmt, ["kind", "article_id", "snippet"])


# -- stats -------------------------------------------------------------------------------------
@main.command()
@db_option
@format_option("table", "json")
@click.option("--top", type=click.IntRange(min=1, max=1000), default=10, show_default=True)
@click.option("--timeline", "--interval", "interval", type=click.Choice(["day", "week", "month"]), default=None,
              help="Counts per period instead of the summary (events with the event filters, or --narratives).")
@click.option("--by", type=click.Choice(["quad_class", "root", "place", "speaker"]), default=None,
              help="With --timeline: split by quad_class (default) or root. Alone: top places (events per place) "
                   "or speakers (quotes per speaker).")
@click.option("--balance", metavar="S,T", default=None,
              help="Cooperation-conflict balance and mean Goldstein between two actors, per --timeline period.")
@click.option("--cooccur", metavar="ACTOR", default=None, help="Actors mentioned in the same articles as ACTOR.")
@click.option("--narratives", is_flag=True,
              help="Articles per narrative per --interval period (default month), by publication date.")
@click.option("--by-outlet", is_flag=True, help="With --narratives: one count per outlet too.")
@filter_options
@handle_errors
def stats(db: str | None, fmt: str, top: int, interval: str | None, by: str | None, balance: str | None,
          cooccur: str | None, narratives: bool, by_outlet: bool, **filters: Any) -> None:
    """Summarise what the database holds (articles, languages, events by root, top actors and dyads), or
    with --timeline, --balance, --cooccur, --by place|speaker or --narratives the aggregations an analyst
    asks for."""
    from newsgraph.store import open_store
    from newsgraph.store.filters import EventFilter, QuoteFilter
    from newsgraph.store.queries import (
        cooccurrence,
        dyad_balance,
        narrative_trends,
        overview,
        quotes_by_speaker,
        timeline,
        top_places,
    )

    f = EventFilter(**filters).validate()
    out = "jsonl" if fmt == "json" else "table"
    if interval and by in ("place", "speaker"):
        raise UsageError(f"--by {by} gives top lists; with --timeline use --by quad_class or --by root")
    store = open_store(db)
    try:
        if narratives:
            rows = narrative_trends(store, interval=interval or "month", by_outlet=by_outlet, name=f.narrative,
                                    date_from=f.date_from, date_to=f.date_to, language=f.language, outlet=f.outlet)
            return _emit(rows, out, ["period", "narrative", *(["outlet"] if by_outlet else []), "articles"])
        if balance:
            parts = [p.strip() for p in balance.split(",")]
            if len(parts) != 2 or not all(parts):
                raise UsageError(f"--balance: expected two actors as S,T, got {balance!r}")
            rows = dyad_balance(store, parts[0], parts[1], interval=interval or "month", f=f)
            return _emit(rows, out, ["period", "events", "mean_goldstein", "cooperation", "conflict", "balance"])
        if cooccur:
            return _emit(cooccurrence(store, cooccur, limit=top), out, ["name", "code", "articles"])
        if by == "place":
            return _emit(top_places(store, f, limit=top), out, ["place", "country", "events", "articles"])
        if by == "speaker":
            qf = QuoteFilter(speaker=f.speaker, date_from=f.date_from, date_to=f.date_to, language=f.language,
                             outlet=f.outlet, q=f.q)
            return _emit(quotes_by_speaker(store, qf, limit=top), out, ["name", "code", "quotes", "direct", "articles"])
        if interval:
            by = by or "quad_class"
            return _emit(timeline(store, f, interval=interval, by=by), out, ["period", by, "events"])
        o = overview(store, top)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(o, ensure_ascii=False, indent=2, default=str))
        return
    langs = ", ".join(f"{r['language']} {r['n']}" for r in o["languages"])
    click.echo(f"{o['articles']} articles ({langs}); {o['sources']} sources; {o['near_duplicates']} near-duplicates; "
               f"{o['events']} events")
    _table(["root", "label", "events"], [[r["root"], r["example"], r["n"]] for r in o["roots"]])
    _table(["actor", "code", "mentions"], [[r["name"], r["code"] or "", r["n"]] for r in o["top_actors"]])
    _table(["source", "target", "events", "mean Goldstein"],
           [[r["source_code"], r["target_code"], r["n"], r["mean_goldstein"]] for r in o["top_dyads"]])


# -- serve -------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the API on this machine.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@handle_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API (/api/, docs at /api/docs) on 127.0.0.1.

    Writes (POST /api/articles) need Authorization: Bearer $NEWSGRAPH_TOKEN; with no token set, writes answer 403.
    """
    import uvicorn

    from newsgraph.api import create_app

    app = create_app(db)
    _err(f"newsgraph API on http://{host}:{port}/api/ (docs: /api/docs); writes "
         f"{'need the token' if app.state.token else 'disabled (no NEWSGRAPH_TOKEN)'}")
    uvicorn.run(app, host=host, port=port, log_level="warning")


# -- eval --------------------------------------------------------------------------------------
@main.command("eval")
@click.argument("gold", nargs=-1, required=True)
@click.option("--verbose", is_flag=True, help="List every miss and every extra, item by item.")
@format_option("table", "json")
@handle_errors
def eval_(gold: tuple[str, ...], verbose: bool, fmt: str) -> None:
    """Score the event coder on gold files (JSONL files or folders of them).

    Prints precision, recall and F1 per language at root level and at exact-code level, scored as the
    contract says; with --verbose every miss and every extra.
    """
    from newsgraph.evaluation import (
        describe_event,
        load_gold,
        predict,
        score_events,
        score_framing,
        score_narratives,
    )

    items = load_gold(gold)
    records = predict(items)
    event_items = [it for it in items if "events" in it]
    framing_items = [it for it in items if "quotes" in it or "techniques" in it]
    report = score_events(event_items, records)
    details = report.pop("details")
    framing = score_framing(framing_items, records) if framing_items else None
    framing_misses = framing.pop("misses") if framing else []
    narrative_items = [it for it in items if "narratives" in it]
    narratives = score_narratives(narrative_items, records) if narrative_items else None
    narrative_misses = narratives.pop("misses") if narratives else []
    if fmt == "json":
        click.echo(json.dumps({"events": report, "framing": framing, "narratives": narratives}, indent=2))
    else:
        click.echo(f"{report['items']} event items, {len(framing_items)} quote/technique items")
        for level, rows in report["levels"].items():
            _table([f"{level} level", "precision", "recall", "F1", "matched", "predicted", "gold"],
                   [[k, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", v["matched"], v["predicted"],
                     v["gold"]] for k, v in rows.items()])
        if "root_accuracy" in report:
            ra = report["root_accuracy"]
            click.echo(f"root accuracy on {ra['items']} items with source and target: "
                       f"{ra['root_and_actors']:.3f} (root and actors), {ra['root_only']:.3f} (root only)")
        if framing:
            _table(["language", "quote recall", "speaker accuracy", "technique span F1", "technique label micro-F1",
                    "frame micro-F1"],
                   [[k, v["quote_recall"], v["speaker_accuracy"], v["technique_span_f1"], v["technique_label_micro_f1"],
                     v["frame_micro_f1"]] for k, v in framing["languages"].items()])
        if narratives:
            _table(["language", "narrative P", "narrative R", "narrative micro-F1", "stance actor recall",
                    "stance role accuracy"],
                   [[k, v["narratives"]["precision"], v["narratives"]["recall"], v["narratives"]["f1"],
                     v["stance_actor_recall"], v["stance_role_accuracy"]] for k, v in narratives["languages"].items()])
    if verbose:
        by_id = {str(it["id"]): it for it in items}
        for m in narrative_misses:
            click.echo(f"{m['id']}: {m['kind'].upper()} {json.dumps(m['what'], ensure_ascii=False)}"
                       + (f" gold {m['gold']} got {m['got']}" if m["kind"] == "wrong role" else ""))
        for m in framing_misses:
            click.echo(f"{m['id']}: {'MISSED QUOTE' if m['kind'] == 'quote' else 'WRONG SPEAKER'} {m['has']!r}"
                       + (f" want {json.dumps(m['want'], ensure_ascii=False)} got {m['got']}"
                          if m["kind"] == "speaker" else ""))
        for r in details["root"]:
            if not r.misses and not r.extras:
                continue
            click.echo(f"\n{r.id} [{r.lang}] {by_id[r.id]['text'][:300]}")
            for g in r.misses:
                click.echo(f"  MISS  {describe_event(g)}")
            for p in r.extras:
                click.echo(f"  EXTRA {describe_event(p)}   <- {p.get('evidence', '')[:120]}")


# -- output helpers ----------------------------------------------------------------------------
def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    else:
        _table(columns, [[_short(r.get(c)) for c in columns] for r in rows])


def _short(v: Any) -> str:
    if v is None:
        return ""
    s = str(v)
    return s[:12] if len(s) == 64 and all(c in "0123456789abcdef" for c in s) else s[:60]


def _table(columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    t = Table(*columns, show_lines=False)
    for r in rows:
        t.add_row(*[escape(str(c)) for c in r])  # article text is untrusted: no console markup from it
    Console(width=200).print(t)


if __name__ == "__main__":  # pragma: no cover
    main()
