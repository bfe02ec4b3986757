"""Event coding speed against bare spaCy parsing of the same text, in one run.

    .venv/bin/python benchmarks/coder_speed.py [--repeat 3] [PATH]

Bare parsing: `nlp.pipe` over the texts of each language. Event coding: everything `analyze` does
except quotes, techniques and frames (parse, actors, places, events). Prints words per second of each
and the ratio (target: event coding at least 70% of bare parsing).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from newsgraph.ingest.readers import iter_inputs
from newsgraph.nlp.models import load
from newsgraph.pipeline import analyze, default_stages

SAMPLE = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "sample"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(SAMPLE))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    raws = [a for r in iter_inputs([args.path]) for a in r.articles]
    words = sum(len(re.findall(r"\w+", a.text)) for a in raws)
    stages = [s for s in default_stages() if s.name in ("actors", "places", "events")]
    list(analyze(raws[:4], stages))  # load models, dictionaries and lexicons once
    for lang in ("en", "fr"):
        load(lang)
    bare, coded, full = [], [], []
    all_stages = default_stages()
    recs = list(analyze(raws, []))

    def run_bare() -> None:
        t = time.perf_counter()
        for lang in ("en", "fr"):
            texts = [r.text for r in recs if r.language == lang]
            for _doc in load(lang).pipe(texts, batch_size=16):
                pass
        bare.append(words / (time.perf_counter() - t))

    def run_coded() -> None:
        t = time.perf_counter()
        list(analyze(raws, stages))
        coded.append(words / (time.perf_counter() - t))

    def run_full() -> None:
        t = time.perf_counter()
        list(analyze(raws, all_stages))
        full.append(words / (time.perf_counter() - t))

    for i in range(args.repeat):  # alternate the order so warm-up and load fall on all alike
        for step in ((run_bare, run_coded, run_full) if i % 2 == 0 else (run_full, run_coded, run_bare)):
            step()
    b, c = statistics.median(bare), statistics.median(coded)
    print(f"{len(raws)} articles, {words} words")
    print(f"bare spaCy parsing: {b:.0f} words/s")
    print(f"event coding (parse + actors + places + events): {c:.0f} words/s")
    print(f"ratio: {c / b:.2f}")
    print(f"everything analyze does (with quotes and techniques): {statistics.median(full):.0f} words/s")


if __name__ == "__main__":
    main()
