"""Timeline merge evaluation: are reports of one real-world event merged, and others kept apart?

Gold: ``eval/timeline_gold.jsonl`` lists the real-world events reported by more than one annotated
sentence of ``eval/events_gold.jsonl`` (each report is an (article, sentence start) of that gold,
with the event type); every other gold event is its own real-world event. The pairs scored are all
pairs of gold events **of the same type from different articles**: same real-world event or not.

Two inputs to ``analyse.timeline.merge_events``:

* ``gold`` — the annotated events themselves (type, actors linked through the KB, location, date and
  precision as annotated): the merge's own quality, with perfect extraction;
* ``system`` — the events ``enrich.events`` extracts from the articles (entities, then events, each
  article dated by its gold anchor); a gold event is represented by the system event of its type
  whose evidence overlaps its sentence; an undetected gold event is never merged (its pairs count
  as merge misses).

Merge precision = merged pairs that are one real-world event / merged pairs; recall = pairs of one
real-world event that were merged / all such pairs. Article texts are read as in ``eval_events``.

**Halves for calibration**, split by real-world event: the reports of the events in ``TUNE_WORLD``
and of the others form two halves; every other gold event (its own real-world event) goes to the
half its article's md5 parity gives. Pairs are scored inside one half (``--half tune|report``; pairs
across halves are left out) or over all pairs (``--half all``). ``--calibrate`` grid-searches the
look-back and threshold of ``merge_events`` on the chosen half and prints each setting's P/R/F1.

Run: ``.venv/bin/python benchmarks/eval_timeline.py [--input gold|system] [--split tune|all|dev ...]
[--half all|tune|report] [--calibrate] [--lookback N --threshold X] [--baseline]``
(``--baseline``: the round-3 merge — no look-back, no score threshold — in the same run.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_events import REPO, in_sentence, load_gold

TIMELINE_GOLD = REPO / "eval" / "timeline_gold.jsonl"
# Real-world events whose reports calibrate the merge; the others are for reporting.
TUNE_WORLD = frozenset({"w-invasion-ukraine", "w-kaliningrad-transit"})


def _half(key: tuple[str, int, str], world: dict[tuple[str, int, str], str]) -> str:
    if key in world:
        return "tune" if world[key] in TUNE_WORLD else "report"
    return "tune" if int(hashlib.md5(key[0].encode()).hexdigest(), 16) % 2 == 0 else "report"


def _world_ids() -> dict[tuple[str, int, str], str]:
    ids: dict[tuple[str, int, str], str] = {}
    for line in TIMELINE_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for article, start in row["reports"]:
            ids[(article, int(start), row["type"])] = row["id"]
    return ids


def _gold_event(g: dict[str, Any], row: dict[str, Any], kb: Any) -> dict[str, Any]:
    from kibaru.enrich.linking import kb_id_of
    from kibaru.enrich.temporal import find_dates

    def link(name: str | None) -> tuple[str | None, str | None]:
        if not name:
            return None, None
        found = kb.lookup(name)
        return (found[0].name, kb_id_of(found[0])) if len(found) == 1 else (name, None)

    actors = []
    for a in g["actors"]:
        canonical, kb_id = link(a["name"])
        actors.append({"canonical": canonical, "kb_id": kb_id, "role": a["role"]})
    place, place_id = link(g["location"])
    stated = bool(find_dates(row["text"][row["start"]:row["end"]], row["anchor"]))
    source = "article" if g["date"] == row["anchor"] and not stated else "text"
    return {"type": g["type"], "date": g["date"], "date_precision": g["date_precision"], "date_source": source,
            "actors": actors,
            "location": place, "location_kb_id": place_id, "fatalities": g["fatalities"],
            "evidence": row["text"][row["start"]:row["end"]], "start": row["start"], "end": row["end"]}


def prepare(split: str, source: str) -> dict[str, Any]:
    """Gold keys, per-article events (gold or extracted) and the map back from events to gold keys."""
    from kibaru.kb import KnowledgeBase
    from kibaru.model import Article

    gold = load_gold(split)
    kb = KnowledgeBase.load()
    world = _world_ids()
    keys: list[tuple[str, int, str]] = []  # one per gold event
    events_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    key_of_event: dict[int, tuple[str, int, str]] = {}
    system: dict[str, list[dict[str, Any]]] = {}
    if source == "system":
        from kibaru.enrich.entities import domain_pipeline, entities_for_docs
        from kibaru.enrich.events import extract_events

        nlp = domain_pipeline()
        articles = sorted(gold)
        anchors = [gold[a][0]["anchor"] for a in articles]
        docs = list(nlp.pipe(gold[a][0]["text"] for a in articles))
        ents = entities_for_docs(docs, anchors, kb)
        for article, doc, ent, anchor in zip(articles, docs, ents, anchors, strict=True):
            system[article] = extract_events(doc, ent, anchor, kb)
    for article, rows in gold.items():
        for row in rows:
            for g in row["events"]:
                key = (article, row["start"], g["type"])
                keys.append(key)
                if source == "gold":
                    ev = _gold_event(g, row, kb)
                else:
                    ev = next((e for e in system[article] if e["type"] == g["type"] and
                               in_sentence(e["start"], e["end"], row)), None)
                    if ev is None or id(ev) in key_of_event:
                        continue
                key_of_event[id(ev)] = key
                events_of[article].append(ev)
    articles = [Article(id=a, source_path=None, text="", content_hash=a, outlet=a, date=gold[a][0]["anchor"],
                        date_precision="day", events=evs) for a, evs in events_of.items()]
    return {"keys": keys, "events_of": events_of, "key_of_event": key_of_event, "articles": articles, "world": world}


def score(prep: dict[str, Any], half: str = "all", **merge_args: Any) -> dict[str, float]:
    """Merge with ``merge_args`` and score the pairs of ``half``."""
    from kibaru.analyse.timeline import merge_events

    keys, events_of, key_of_event, world = prep["keys"], prep["events_of"], prep["key_of_event"], prep["world"]
    entry_of: dict[tuple[str, int, str], str] = {}
    for entry in merge_events(prep["articles"], **merge_args):
        for r in entry.reports:
            for ev in events_of[r.article_id]:
                if ev["start"] == r.start and ev["type"] == entry.type and id(ev) in key_of_event:
                    entry_of[key_of_event[id(ev)]] = entry.id
    tp = fp = fn = tn = 0
    for a, b in combinations(keys, 2):
        if a[0] == b[0] or a[2] != b[2]:
            continue
        if half != "all" and not (_half(a, world) == half == _half(b, world)):
            continue
        same = a in world and world.get(a) == world.get(b)
        merged = a in entry_of and entry_of.get(a) == entry_of.get(b)
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
        tn += not same and not merged
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": tp + fp + fn + tn, "same_event_pairs": tp + fn, "merged_pairs": tp + fp, "tp": tp, "fp": fp,
            "fn": fn, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def run(split: str, source: str, half: str = "all", **merge_args: Any) -> dict[str, float]:
    return score(prepare(split, source), half, **merge_args)


def _rounded(result: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}


def main(argv: list[str] | None = None) -> int:
    from kibaru.analyse.timeline import DEFAULT_LOOKBACK_DAYS, DEFAULT_THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="tune", choices=["tune", "all", "dev", "heldout", "heldout2", "heldout3",
                                                            "heldout4"])
    parser.add_argument("--input", default="gold", choices=["gold", "system"])
    parser.add_argument("--half", default="all", choices=["all", "tune", "report"])
    parser.add_argument("--lookback", type=int, default=DEFAULT_LOOKBACK_DAYS)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--calibrate", action="store_true", help="grid over look-back and threshold")
    parser.add_argument("--baseline", action="store_true", help="also score the round-3 merge, same run")
    args = parser.parse_args(argv)
    try:
        prep = prepare(args.split, args.input)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 2
    if args.calibrate:
        for lookback in (0, 30, 90, 180, 365):
            for threshold in (0.25, 0.5, 0.75, 1.0, 1.25, 1.5):
                r = score(prep, args.half, lookback_days=lookback, threshold=threshold)
                print(f"lookback {lookback:3d} threshold {threshold:.2f}: merged {r['merged_pairs']:3d} "
                      f"P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
        return 0
    out: dict[str, Any] = {}
    if args.baseline:  # round 3: every compatible pair merges, article dates are the event's day
        out["baseline_round3"] = _rounded(score(prep, args.half, lookback_days=0, threshold=float("-inf")))
    out["merge"] = _rounded(score(prep, args.half, lookback_days=args.lookback, threshold=args.threshold))
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
