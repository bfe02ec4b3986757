"""Ingest throughput without NLP: articles per second from the sample corpus into a fresh SQLite file.

    .venv/bin/python benchmarks/ingest_throughput.py [--repeat 5] [PATH]

Reading (formats, encodings, language id) and storing (raw bytes, dedupe, MinHash) are both timed;
the median of the repeats is printed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from newsgraph.ingest.readers import iter_inputs
from newsgraph.load import ingest
from newsgraph.pipeline import new_record
from newsgraph.store import open_store

SAMPLE = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "sample"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(SAMPLE))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    read_rates, ingest_rates = [], []
    n = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        arts = [a for r in iter_inputs([args.path]) for a in r.articles]
        for a in arts:
            new_record(a)
        read_rates.append(len(arts) / (time.perf_counter() - t))
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "bench.db"))
            t = time.perf_counter()
            s = ingest([args.path], store, nlp=False)
            ingest_rates.append(s.read / (time.perf_counter() - t))
            n = s.read
            store.close()
    print(f"articles: {n} from {args.path}")
    print(f"read + language id: {statistics.median(read_rates):.0f} articles/s (median of {args.repeat})")
    print(f"ingest without NLP into a new SQLite file: {statistics.median(ingest_rates):.0f} articles/s "
          f"(median of {args.repeat})")


if __name__ == "__main__":
    main()
