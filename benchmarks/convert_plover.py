"""Convert the PLOVER gold standard (CC BY-SA 4.0, Open Event Data Alliance) to newsgraph's gold format.

Run once by a developer, with ../shared beside the project:
    .venv/bin/python benchmarks/convert_plover.py ../shared/gold/plover_gsr_cameo.json ../shared/reference/plover_roots.tsv
It writes newsgraph/data/gold/plover-dev.jsonl (even-numbered items: tune on these) and
plover-test.jsonl (odd-numbered items: report on these). The product ships the converted copy; it
never reads ../shared.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

# CAMEO country codes that are not ISO 3166 alpha-3.
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "HKG": "HKG", "PSE": "PSE", "ISM": None}
KINDS = {"IGO": {"kind": "IGO"}, "NGO": {"kind": "NGO"}, "IMG": None}


def spec(actor: dict) -> dict | None:
    code = (actor.get("code") or "").strip().upper()
    if not code or code == "NONE":
        return None
    if code in KINDS:
        return KINDS[code]
    if code in CAMEO_TO_ISO3:
        iso = CAMEO_TO_ISO3[code]
        return {"country": iso} if iso else None
    if re.fullmatch(r"[A-Z]{3}", code):
        return {"country": code}
    return None


def actors(v: object) -> list[dict | None]:
    if isinstance(v, list) and v:
        return [spec(a) for a in v if isinstance(a, dict)] or [None]
    return [None]


def main(gold: str, roots_tsv: str, out_dir: str = "newsgraph/data/gold") -> None:
    roots = {r["plover_gsr_event"]: r["acceptable_cameo_roots"].split(",")
             for r in csv.DictReader(open(roots_tsv, encoding="utf-8"), delimiter="\t")}
    records = json.load(open(gold, encoding="utf-8"))
    out = {"dev": [], "test": []}
    seen: dict[str, int] = {}
    for r in records:
        if r.get("event") == "DOCUMENT" or r.get("event") not in roots:
            continue
        num = int(r["id"].rsplit("-", 1)[1])
        srcs, tgts = actors(r.get("source")), actors(r.get("target"))
        has_both = any(s is not None for s in srcs) and any(t is not None for t in tgts)
        events = [{"source": s, "target": t, "root": roots[r["event"]], "plover": r["event"]}
                  for s in srcs for t in tgts]
        seen[r["id"]] = seen.get(r["id"], 0) + 1
        item_id = r["id"] if seen[r["id"]] == 1 else f"{r['id']}-{seen[r['id']]}"  # the source repeats a few ids
        item = {"id": item_id, "lang": "en", "date": r.get("date") or None, "text": r["text"], "events": events,
                "has_source_and_target": has_both}
        out["dev" if num % 2 == 0 else "test"].append(item)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for split, items in out.items():
        with open(folder / f"plover-{split}.jsonl", "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{split}: {len(items)} items ({sum(i['has_source_and_target'] for i in items)} with source and target)")


if __name__ == "__main__":
    main(*sys.argv[1:])
