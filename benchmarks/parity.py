"""French/English parity of the event coder on translated sentence pairs.

    .venv/bin/python benchmarks/parity.py [--all] [PATH]

PATH (default tests/events/data/parity_pairs.jsonl) holds one pair a line: {"id", "date", "en", "fr"},
an English sentence and its French translation. Both sides are coded (actors, places and events stages
only) and compared as sets of (source, target, root, modality), each actor by its country or else its
code. Prints every pair whose sides differ (all pairs with --all), then how many pairs are identical,
how many lack on the French side something the English side has, and the reverse. The pairs are test
data, not gold: a difference says one side (or both) is wrong, not which.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Actor, Event
from newsgraph.pipeline import analyze, default_stages

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "events" / "data" / "parity_pairs.jsonl"

Key = tuple[str | None, str | None, str, str]


def _who(a: Actor | None) -> str | None:
    return None if a is None else (a.country or a.code)


def _key(e: Event) -> Key:
    return (_who(e.source), _who(e.target), e.root, e.modality)


def code(pairs: list[dict[str, str]], lang: str) -> list[set[Key]]:
    """The coded events of each pair's `lang` side, as comparable keys."""
    stages = [s for s in default_stages() if s.name in ("actors", "places", "events")]
    raws = [RawArticle(path=f"{p['id']}-{lang}.txt", text=p[lang], date=p["date"], language=lang) for p in pairs]
    return [{_key(e) for e in rec.events} for rec in analyze(raws, stages)]


def _show(keys: set[Key]) -> str:
    return " ".join(sorted(f"{s}->{t}:{r}{'' if m == 'asserted' else '/' + m}" for s, t, r, m in keys)) or "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(PAIRS))
    ap.add_argument("--all", action="store_true", help="print identical pairs too")
    args = ap.parse_args()
    pairs = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]
    en, fr = code(pairs, "en"), code(pairs, "fr")
    same = fr_missing = en_missing = 0
    for p, e, f in zip(pairs, en, fr):
        if e == f:
            same += 1
            if not args.all:
                continue
        fr_missing += bool(e - f)
        en_missing += bool(f - e)
        print(f"{p['id']}  en: {_show(e)}\n      fr: {_show(f)}\n      {p['en']}\n      {p['fr']}")
    print(f"pairs {len(pairs)}: identical {same}, French missing something English has {fr_missing}, "
          f"English missing something French has {en_missing}")


if __name__ == "__main__":
    main()
