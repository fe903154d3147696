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

Run: ``.venv/bin/python benchmarks/eval_timeline.py [--input gold|system] [--split all|dev|heldout3 ...]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_events import REPO, load_gold

TIMELINE_GOLD = REPO / "eval" / "timeline_gold.jsonl"


def _world_ids() -> dict[tuple[str, int, str], str]:
    ids: dict[tuple[str, int, str], str] = {}
    for line in TIMELINE_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for article, start in row["reports"]:
            ids[(article, int(start), row["type"])] = row["id"]
    return ids


def _gold_event(g: dict[str, Any], row: dict[str, Any], kb: Any) -> dict[str, Any]:
    from kibaru.enrich.linking import kb_id_of

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
    return {"type": g["type"], "date": g["date"], "date_precision": g["date_precision"], "actors": actors,
            "location": place, "location_kb_id": place_id, "fatalities": g["fatalities"],
            "evidence": row["text"][row["start"]:row["end"]], "start": row["start"], "end": row["end"]}


def run(split: str, source: str) -> dict[str, float]:
    from kibaru.analyse.timeline import merge_events
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
                    s0, s1 = row["start"], row["end"]
                    ev = next((e for e in system[article] if e["type"] == g["type"] and
                               min(e["end"], s1) - max(e["start"], s0) > 0.5 * min(e["end"] - e["start"], s1 - s0)),
                              None)
                    if ev is None or id(ev) in key_of_event:
                        continue
                key_of_event[id(ev)] = key
                events_of[article].append(ev)
    articles = [Article(id=a, source_path=None, text="", content_hash=a, outlet=a, date=gold[a][0]["anchor"],
                        date_precision="day", events=evs) for a, evs in events_of.items()]
    entry_of: dict[tuple[str, int, str], str] = {}
    for entry in merge_events(articles):
        for r in entry.reports:
            for ev in events_of[r.article_id]:
                if ev["start"] == r.start and ev["type"] == entry.type and id(ev) in key_of_event:
                    entry_of[key_of_event[id(ev)]] = entry.id
    tp = fp = fn = tn = 0
    for a, b in combinations(keys, 2):
        if a[0] == b[0] or a[2] != b[2]:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="tune", choices=["tune", "all", "dev", "heldout", "heldout2", "heldout3", "heldout4"])
    parser.add_argument("--input", default="gold", choices=["gold", "system"])
    args = parser.parse_args(argv)
    try:
        result = run(args.split, args.input)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
