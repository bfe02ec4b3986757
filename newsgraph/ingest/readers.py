"""Readers for every common news format, chosen by file extension and by sniffing the content.

`iter_inputs(paths)` walks files and folders and yields one `ReadResult` per file: the articles it
held and an `InputError` for each thing that could not be read (the whole file, or one line, row
or entry of it). A broken line never stops the rest of its file, and a broken file never stops the
batch.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsgraph.dates import parse_publication_date
from newsgraph.errors import InputError
from newsgraph.ingest.encoding import DecodeError, decode
from newsgraph.ingest.text import looks_like_html, normalise, unescape_entities

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

TEXT_FIELDS = ("text", "content", "body", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "pubdate", "datetime", "publication_date")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "outlet", "publisher", "site")
LANG_FIELDS = ("language", "lang")

_SEED = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)\Z", re.S)
_TEXT_EXT = {".txt", ".text", ".md"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_FEED_EXT = {".xml", ".rss", ".atom"}
_JSON_EXT = {".json"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_CSV_EXT = {".csv", ".tsv"}


@dataclass
class RawArticle:
    """One article as read, before any NLP. `text` is already normalised (see ingest.text)."""

    text: str
    path: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    where: str | None = None
    raw_id: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadResult:
    """What one input file gave: its raw bytes (kept unchanged in the store), articles and errors."""

    path: str | None
    raw: bytes | None
    articles: list[RawArticle] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    format: str | None = None

    @property
    def raw_id(self) -> str | None:
        return hashlib.sha256(self.raw).hexdigest() if self.raw is not None else None


def iter_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Yield one ReadResult per file under `paths` (files, folders read recursively, or `-` for stdin)."""
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            yield _limited(data, None, "-", max_bytes)
        elif os.path.isdir(path):
            yield from _walk(path, max_bytes)
        elif os.path.exists(path):
            yield read_file(path, max_bytes)
        else:
            yield ReadResult(path, None, errors=[InputError(path, "no such file or folder")])


def _walk(folder: str, max_bytes: int) -> Iterator[ReadResult]:
    for root, dirs, files in os.walk(folder):
        hidden = sorted(d for d in dirs if d.startswith("."))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in hidden:
            p = os.path.join(root, d)
            yield ReadResult(p, None, errors=[InputError(p, "skipped: hidden folder")])
        for name in sorted(files):
            p = os.path.join(root, name)
            if name.startswith("."):
                yield ReadResult(p, None, errors=[InputError(p, "skipped: hidden file")])
                continue
            yield read_file(p, max_bytes)


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return ReadResult(path, None, errors=[InputError(
                path, f"too large: {size:,} bytes exceeds the limit of {max_bytes:,} (raise it with --max-bytes)")])
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return ReadResult(path, None, errors=[InputError(path, f"cannot read: {exc.strerror or exc}")])
    return read_bytes(data, path, os.path.splitext(path)[1].lower())


def _limited(data: bytes, path: str | None, label: str, max_bytes: int) -> ReadResult:
    if len(data) > max_bytes:
        return ReadResult(path, None, errors=[InputError(label, f"too large: {len(data):,} bytes exceeds the "
                                                                 f"limit of {max_bytes:,} (raise it with --max-bytes)")])
    return read_bytes(data, path, "")


def sniff(text: str) -> str | None:
    """Guess a format from the first characters: feed, html, json, jsonl, seed, or None."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed") or head.startswith("<rdf"):
        if "<rss" in head or "<feed" in head or "<rdf" in head or "<channel" in head:
            return "feed"
        return "xml"
    if head.startswith("<!doctype html") or head.startswith("<html") or re.match(r"<(head|body|article|div|p)\b", head):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except json.JSONDecodeError:
            return "json"
    if _SEED.match(text[:64] + " "):
        return "seed"
    return None


def read_bytes(data: bytes, path: str | None, ext: str = "") -> ReadResult:
    """Read one input's bytes; `path` names it in errors and records (None for stdin)."""
    label = path or "<stdin>"
    result = ReadResult(path, data)
    try:
        text = decode(data)
    except DecodeError as exc:
        result.errors.append(InputError(label, str(exc)))
        return result
    if not text.strip():
        result.errors.append(InputError(label, "empty file (no text)"))
        return result
    kind = sniff(text)
    fmt = _choose_format(ext, kind)
    if fmt is None:
        result.errors.append(InputError(label, f"skipped: unsupported file type '{ext}' (not text, HTML, JSON, "
                                               "CSV or a feed)"))
        return result
    result.format = fmt
    reader = _READERS[fmt]
    try:
        for item in reader(text, data, label):
            if isinstance(item, InputError):
                result.errors.append(item)
            else:
                item.path = path
                item.raw_id = result.raw_id
                result.articles.append(item)
    except InputError as exc:
        result.errors.append(exc)
    return result


def _choose_format(ext: str, kind: str | None) -> str | None:
    if ext in _FEED_EXT or kind == "feed":
        return "feed"
    if ext in _HTML_EXT:
        return "html"
    if ext in _JSONL_EXT:
        return "jsonl"
    if ext in _JSON_EXT:
        return "json"
    if ext in _CSV_EXT:
        return "csv"
    if kind in ("html", "json", "jsonl", "seed"):
        return kind
    if ext in _TEXT_EXT or ext == "":
        return "text"
    return None


def _article(text: str, label: str, where: str | None = None, **meta: Any) -> RawArticle | InputError:
    text = normalise(text)
    if not text:
        return InputError(label, "no article text", where)
    art = RawArticle(text=text, path=None, where=where, **meta)
    if art.date is None:
        art.warnings.append("no publication date found")
    return art


def _read_text(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    m = _SEED.match(text.lstrip("\ufeff"))
    if m:
        yield _article(m.group(2), label, date=m.group(1))
    else:
        yield _article(text, label)


def _read_html(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (meta.get("text") or "").strip()
    if not body:
        yield InputError(label, "no article text found in the HTML (malformed or empty page)")
        return
    title = meta.get("title")
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # trafilatura keeps the <h1>; the headline is `title`, not article text
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    lang = None
    m = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", text[:2000], re.I)
    if m:
        lang = m.group(1).lower()
    yield _article(body, label, title=title, url=meta.get("url"), source=meta.get("sitename"),
                   author=meta.get("author"), date=parse_publication_date(meta.get("date")), language=lang)


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content, a JSON field holding markup), paragraphs kept."""
    import lxml.html

    fragment = re.sub(r"(?i)</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>|</div\s*>", "\n\n", fragment)
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types on garbage; fall back to stripping tags
        return unescape_entities(re.sub(r"<[^>]+>", " ", fragment))
    text = root.text_content()
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", text))


def _field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    lower = {str(k).lower(): v for k, v in obj.items()}
    for n in names:
        v = lower.get(n)
        if v is not None and str(v).strip():
            return str(v).strip()
    return None


def _from_mapping(obj: Any, label: str, where: str) -> RawArticle | InputError:
    if not isinstance(obj, dict):
        return InputError(label, f"expected a JSON object, found {type(obj).__name__}", where)
    body = _field(obj, TEXT_FIELDS)
    if body is None:
        return InputError(label, "no text field (expected one of: text, content, body)", where)
    body = html_fragment_to_text(body) if looks_like_html(body) else unescape_entities(body)
    lang = _field(obj, LANG_FIELDS)
    title = _field(obj, TITLE_FIELDS)
    return _article(body, label, where, title=unescape_entities(title) if title else None,
                    url=_field(obj, URL_FIELDS), source=_field(obj, SOURCE_FIELDS), author=_field(obj, ("author",)),
                    date=parse_publication_date(_field(obj, DATE_FIELDS), lang),
                    language=lang.lower()[:2] if lang else None)


def _read_json(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(label, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    items = doc if isinstance(doc, list) else [doc]
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        items = doc["articles"]
    for i, obj in enumerate(items, 1):
        yield _from_mapping(obj, label, f"item {i}" if len(items) > 1 else None)  # type: ignore[arg-type]


def _read_jsonl(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(label, f"invalid JSON: {exc.msg} (column {exc.colno})", f"line {n}")
            continue
        yield _from_mapping(obj, label, f"line {n}")


def _read_csv(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield InputError(label, f"no CSV header: {exc}")
        return
    header = [h.strip().lstrip("\ufeff").lower() for h in header]
    if not any(h in TEXT_FIELDS for h in header):
        yield InputError(label, f"CSV has no text column (expected one of: text, content, body; found {header})")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(label, f"malformed CSV: {exc}", f"line {reader.line_num}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {reader.line_num}"
        if len(row) != len(header):
            yield InputError(label, f"expected {len(header)} fields, found {len(row)}", where)
            continue
        yield _from_mapping(dict(zip(header, row)), label, where)


def _read_feed(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    import feedparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        feed = feedparser.parse(data)
    version = feed.get("version") or ""
    if not version or not feed.entries:
        why = feed.get("bozo_exception")
        reason = "not a feed (no RSS or Atom entries found)"
        if why:
            reason += f": {str(why).splitlines()[0][:160]}"
        yield InputError(label, reason)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    lang = (feed.feed.get("language") or "")[:2].lower() or None
    for i, entry in enumerate(feed.entries, 1):
        where = f"entry {i}"
        body = ""
        for c in entry.get("content") or []:
            if len(c.get("value") or "") > len(body):
                body = c.get("value") or ""
        if not body:
            body = entry.get("summary") or entry.get("description") or ""
        body = html_fragment_to_text(body) if "<" in body else unescape_entities(body)
        if not body.strip():
            yield InputError(label, "feed entry has no content or summary", where)
            continue
        date = None
        for key in ("published", "updated", "created"):
            if entry.get(key):
                date = parse_publication_date(entry.get(key), lang)
                if date:
                    break
        title = entry.get("title")
        yield _article(body, label, where, title=unescape_entities(title) if title else None, url=entry.get("link"),
                       source=outlet, author=entry.get("author"), date=date, language=lang)


def _read_xml(text: str, data: bytes, label: str) -> Iterator[RawArticle | InputError]:
    yield InputError(label, "not a feed: XML without RSS or Atom elements")


_READERS: dict[str, Any] = {
    "text": _read_text, "seed": _read_text, "html": _read_html, "json": _read_json, "jsonl": _read_jsonl,
    "csv": _read_csv, "feed": _read_feed, "xml": _read_xml,
}
