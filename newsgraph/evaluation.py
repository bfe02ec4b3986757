"""Scoring newsgraph against gold files, exactly as ../shared/CONTRACT.md says.

Each gold item is written as `<id>.txt` holding `date <date> <text>`, the folder goes through the
same code as `newsgraph analyze`, and records are matched to items by file name. Event scoring
uses a maximum matching between gold and predicted events of an item; predicted statements (root
01) that match nothing are not counted against precision.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.actors.fold import fold
from newsgraph.errors import InputError, UsageError

SCORED_MODALITIES = ("asserted", "intended")


@dataclass
class Counts:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "matched": self.matched, "predicted": self.predicted, "gold": self.gold}


def load_gold(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Gold items from JSONL files or folders of them; a broken line is an InputError naming it."""
    items: list[dict[str, Any]] = []
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.jsonl")))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{p}: no such gold file or folder")
    seen: set[str] = set()
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(f), f"invalid JSON: {exc.msg}", f"line {n}") from None
            if not isinstance(item, dict) or "id" not in item or "text" not in item:
                raise InputError(str(f), "a gold item needs `id` and `text`", f"line {n}")
            if item["id"] in seen:
                raise InputError(str(f), f"duplicate id {item['id']!r}", f"line {n}")
            seen.add(item["id"])
            items.append(item)
    return items


def predict(items: list[dict[str, Any]], analyze_folder: Callable[[str], Iterable[dict[str, Any]]] | None = None
            ) -> dict[str, dict[str, Any]]:
    """Records for gold items, keyed by item id, produced through the `analyze` path."""
    if analyze_folder is None:
        analyze_folder = _analyze_folder
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as tmp:
        names = {}
        for item in items:
            name = re.sub(r"[^\w.-]", "_", str(item["id"])) + ".txt"
            names[name] = item["id"]
            header = f"date {item['date']} " if item.get("date") else ""
            Path(tmp, name).write_text(header + item["text"], encoding="utf-8")
        out = {}
        for rec in analyze_folder(tmp):
            name = os.path.basename(rec.get("path") or "")
            if name in names:
                out[names[name]] = rec
        return out


def _analyze_folder(folder: str) -> Iterable[dict[str, Any]]:
    from newsgraph.ingest.readers import iter_inputs
    from newsgraph.pipeline import analyze

    raws = (a for r in iter_inputs([folder]) for a in r.articles)
    return (rec.to_dict() for rec in analyze(raws))


# -- actor specs ---------------------------------------------------------------------------------
def spec_matches(spec: dict[str, Any] | None, actor: dict[str, Any] | None) -> bool:
    if spec is None:
        return True
    if actor is None:
        return False
    if "country" in spec:
        c = spec["country"]
        return actor.get("country") == c or str(actor.get("code") or "").startswith(c)
    if "name" in spec:
        names = [actor.get("name") or "", *(actor.get("aliases") or [])]
        for alias in spec["name"]:
            if actor.get("code") == alias:
                return True
            rx = re.compile(r"(?<!\w)" + re.escape(fold(alias)) + r"(?!\w)")
            if any(rx.search(fold(n)) for n in names):
                return True
        return False
    if "kind" in spec:
        return actor.get("kind") == spec["kind"]
    return True


def _event_matches(gold: dict[str, Any], pred: dict[str, Any], exact: bool) -> bool:
    if exact and gold.get("cameo"):
        if pred.get("cameo") not in gold["cameo"]:
            return False
    elif pred.get("root") not in gold.get("root", []):
        return False
    src, tgt = gold.get("source"), gold.get("target")
    if spec_matches(src, pred.get("source")) and spec_matches(tgt, pred.get("target")):
        return True
    return bool(gold.get("symmetric")) and spec_matches(src, pred.get("target")) and \
        spec_matches(tgt, pred.get("source"))


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths); returns (gold, pred) pairs."""
    match_pred: dict[int, int] = {}
    adj = [[j for j in range(n_pred) if ok(i, j)] for i in range(n_gold)]

    def try_gold(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_pred or try_gold(match_pred[j], seen):
                match_pred[j] = i
                return True
        return False

    for i in range(n_gold):
        try_gold(i, set())
    return sorted((i, j) for j, i in match_pred.items())


@dataclass
class ItemResult:
    id: str
    lang: str
    counts: Counts
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)


def score_item(item: dict[str, Any], record: dict[str, Any] | None, exact: bool) -> ItemResult:
    gold = item.get("events") or []
    preds = [e for e in (record or {}).get("events", []) if e.get("modality") in SCORED_MODALITIES]
    pairs = max_matching(len(gold), len(preds), lambda i, j: _event_matches(gold[i], preds[j], exact))
    matched_pred = {j for _, j in pairs}
    matched_gold = {i for i, _ in pairs}
    extras = [p for j, p in enumerate(preds) if j not in matched_pred]
    counted_extras = [p for p in extras if p.get("root") != "01"]
    c = Counts(matched=len(pairs), predicted=len(pairs) + len(counted_extras), gold=len(gold))
    return ItemResult(str(item["id"]), str(item.get("lang") or (record or {}).get("language") or "?"), c,
                      [g for i, g in enumerate(gold) if i not in matched_gold], counted_extras)


def score_events(items: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """P/R/F1 overall and per language, at root and exact-code level, plus per-item details."""
    report: dict[str, Any] = {"items": len(items), "levels": {}}
    details: dict[str, list[ItemResult]] = {}
    for level, exact in (("root", False), ("code", True)):
        per_lang: dict[str, Counts] = defaultdict(Counts)
        total = Counts()
        results = []
        for item in items:
            r = score_item(item, records.get(str(item["id"])), exact)
            results.append(r)
            per_lang[r.lang].add(r.counts)
            total.add(r.counts)
        report["levels"][level] = {"all": total.as_dict(), **{k: v.as_dict() for k, v in sorted(per_lang.items())}}
        details[level] = results
    report["details"] = details
    # PLOVER-style root accuracy: items with a gold source and target where some gold event is matched
    both = [it for it in items if it.get("has_source_and_target")]
    if both:
        hits = sum(1 for it in both if score_item(it, records.get(str(it["id"])), False).counts.matched > 0)
        root_only = 0
        for it in both:
            rec = records.get(str(it["id"])) or {}
            roots = {r for g in it.get("events", []) for r in g.get("root", [])}
            if any(e.get("root") in roots and e.get("modality") in SCORED_MODALITIES for e in rec.get("events", [])):
                root_only += 1
        report["root_accuracy"] = {"items": len(both), "root_and_actors": round(hits / len(both), 3),
                                   "root_only": round(root_only / len(both), 3)}
    return report


def describe_event(e: dict[str, Any]) -> str:
    def side(a: Any) -> str:
        if a is None:
            return "*"
        if isinstance(a, dict) and ("country" in a or "name" in a or "kind" in a) and "id" not in a:
            return json.dumps(a, ensure_ascii=False)
        return str(a.get("code") or a.get("name"))
    code = e.get("cameo") or "/".join(e.get("root") or [])
    if isinstance(code, list):
        code = "/".join(code)
    return f"{side(e.get('source'))} -> {side(e.get('target'))} {code} {e.get('modality') or ''}".strip()


# -- quotes, techniques, frames -----------------------------------------------------------------
def _cue_span(text: str, cue: str) -> tuple[int, int] | None:
    i = text.find(cue)
    return (i, i + len(cue)) if i >= 0 else None


def _speaker_label(actor: dict[str, Any] | None) -> str | None:
    """How --verbose names a predicted speaker: its code, else its name (an unknown person has no code)."""
    if not actor:
        return None
    return str(actor.get("code") or actor.get("name") or actor.get("id"))


def score_framing(items: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Quote recall and speaker accuracy, technique span F1 and label micro-F1, frame micro-F1, per language."""
    per: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    speakers: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[dict[str, Any]] = []
    for item in items:
        lang = str(item.get("lang") or "?")
        rec = records.get(str(item["id"])) or {}
        text = item["text"]
        pq = rec.get("quotes", [])
        for gq in item.get("quotes", []):
            c = per[lang]["quotes"]
            c.gold += 1
            found = [q for q in pq if gq["has"] in (q.get("text") or "") or gq["has"] in text[q["span"][0]:q["span"][1]]]
            if found:
                c.matched += 1
                c.predicted += 1
                if gq.get("speaker") is not None:
                    speakers[lang][1] += 1
                    if any(spec_matches(gq["speaker"], q.get("speaker")) for q in found):
                        speakers[lang][0] += 1
                    else:
                        misses.append({"id": item["id"], "kind": "speaker", "has": gq["has"], "want": gq["speaker"],
                                       "got": [_speaker_label(q.get("speaker")) for q in found]})
            else:
                misses.append({"id": item["id"], "kind": "quote", "has": gq["has"]})
        pt = rec.get("techniques", [])
        gold_t = [(t["label"], _cue_span(text, t["cue"])) for t in item.get("techniques", [])]
        span = per[lang]["technique_spans"]
        span.gold += len(gold_t)
        span.predicted += len(pt)
        span.matched += sum(1 for label, sp in gold_t if sp and any(
            p["technique"] == label and p["span"][0] < sp[1] and sp[0] < p["span"][1] for p in pt))
        # precision side: a predicted technique is right when it overlaps a gold cue of its label
        span_p = sum(1 for p in pt if any(label == p["technique"] and sp and p["span"][0] < sp[1] and sp[0] < p["span"][1]
                                         for label, sp in gold_t))
        per[lang]["technique_spans_precision"].matched += span_p
        per[lang]["technique_spans_precision"].predicted += len(pt)
        gl = {label for label, _ in gold_t}
        pl = {p["technique"] for p in pt}
        lab = per[lang]["technique_labels"]
        lab.gold += len(gl)
        lab.predicted += len(pl)
        lab.matched += len(gl & pl)
        if "frames" in item:
            gf = set(item.get("frames") or [])
            pf = {f["name"] for f in rec.get("frames", []) if f.get("kind") == "frame"}
            fr = per[lang]["frames"]
            fr.gold += len(gf)
            fr.predicted += len(pf)
            fr.matched += len(gf & pf)
    report: dict[str, Any] = {"items": len(items), "languages": {}}
    for lang, counts in sorted(per.items()):
        q = counts["quotes"]
        sp = counts["technique_spans"]
        spp = counts["technique_spans_precision"]
        p = spp.matched / spp.predicted if spp.predicted else 0.0
        r = sp.recall if sp.gold else 0.0
        s_ok, s_all = speakers[lang]
        report["languages"][lang] = {
            "quote_recall": round(q.recall, 3), "quotes_gold": q.gold,
            "speaker_accuracy": round(s_ok / s_all, 3) if s_all else None, "speakers_scored": s_all,
            "technique_span_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "technique_label_micro_f1": round(counts["technique_labels"].f1, 3),
            "frame_micro_f1": round(counts["frames"].f1, 3),
        }
    report["misses"] = misses
    return report


# -- narratives and stance ----------------------------------------------------------------------
def _narrative_counts(item: dict[str, Any], record: dict[str, Any]) -> tuple[Counts, set[str], set[str]]:
    """Counts for one item's narratives, with the missed and the extra names."""
    gold = set(item.get("narratives") or [])
    pred = {f["name"] for f in record.get("frames", []) if f.get("kind") == "narrative"}
    return Counts(matched=len(gold & pred), predicted=len(pred), gold=len(gold)), gold - pred, pred - gold


def _stance_hits(item: dict[str, Any], record: dict[str, Any]) -> list[tuple[dict[str, Any], list[str]]]:
    """Each gold stance entry with the roles of the predicted entries whose actor matches its spec."""
    preds = record.get("stance", [])
    return [(g, [s["role"] for s in preds if spec_matches(g["actor"], s.get("actor"))])
            for g in item.get("stance") or []]


def score_narratives(items: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Narrative precision, recall and micro-F1, stance actor recall and role accuracy, per language.

    Conventions in tests/data/gold/GUIDE-narratives.md: a gold stance actor is found when some predicted
    stance actor matches its spec, and its role is right when one of those carries the gold role; role
    accuracy counts found actors only, actor recall says how many were found.
    """
    narr: dict[str, Counts] = defaultdict(Counts)
    actors: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])   # found, role right, gold
    misses: list[dict[str, Any]] = []
    for item in items:
        lang = str(item.get("lang") or "?")
        rec = records.get(str(item["id"])) or {}
        counts, missed, extra = _narrative_counts(item, rec)
        narr[lang].add(counts)
        misses += [{"id": item["id"], "kind": "missed narrative", "what": m} for m in sorted(missed)]
        misses += [{"id": item["id"], "kind": "extra narrative", "what": m} for m in sorted(extra)]
        for gold, roles in _stance_hits(item, rec):
            tally = actors[lang]
            tally[2] += 1
            if not roles:
                misses.append({"id": item["id"], "kind": "actor not found", "what": gold["actor"]})
                continue
            tally[0] += 1
            if gold["role"] in roles:
                tally[1] += 1
            else:
                misses.append({"id": item["id"], "kind": "wrong role", "what": gold["actor"],
                               "gold": gold["role"], "got": sorted(set(roles))})
    report: dict[str, Any] = {"items": len(items), "languages": {}}
    for lang in sorted(set(narr) | set(actors)):
        found, right, gold_n = actors[lang]
        report["languages"][lang] = {
            "narratives": narr[lang].as_dict(),
            "stance_actor_recall": round(found / gold_n, 3) if gold_n else None,
            "stance_role_accuracy": round(right / found, 3) if found else None,
            "stance_actors_gold": gold_n, "stance_actors_found": found, "stance_roles_right": right,
        }
    report["misses"] = misses
    return report
