"""Train the learned actor selector (``kibaru.enrich.event_actors``) and compare it with the rules.

Training data: the events the shipped extractor (rules + learned detector, rules' actors) finds in the
development gold (``eval/events_gold.jsonl``, split ``tune`` = every split but the blind ones) whose
type the annotator also marked in that sentence (the sentence matched as ``eval_events.score``
matches it). Every candidate of such an event (each entity of the sentence, each actor the rules
resolved otherwise) is one example: its features (``event_actors.candidates``) and its gold role,
matched as ``eval_events`` matches actors (KB keys, surname, spelling variant), or ``none``.

Comparison: 5-fold cross-validation grouped by article (the detector's fold function): each article is
re-extracted with a selector fitted on the other folds' articles, and the whole ``tune`` split is scored
by ``eval_events.score`` exactly as the rules' actors are. C and the margin (``event_actors.MARGIN``)
are chosen by that cross-validated "type + date + actors all right" (then actors right), so the chosen
figure is slightly optimistic; the blind split is never loaded.

Run (news excerpts need ``KIBARU_EXTRA_EVENTS``; ``--cache`` keeps the parses):

    nice -n 10 .venv/bin/python benchmarks/train_event_actors.py --cache /tmp/events14_cache [--save]

``--save`` fits the chosen model on every development event and writes
``src/kibaru/data/models/events/actors.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events
from train_event_detector import FOLDS, fold_of, parsed_tune

REPO = Path(__file__).resolve().parent.parent
MODEL_OUT = REPO / "src" / "kibaru" / "data" / "models" / "events" / "actors.json"
KEYS = ("gold_events", "tp", "actors_right_share", "all_right_share")


def _matches(gold_actor: dict[str, Any], name: tuple[str | None, str | None], kb: Any) -> bool:
    system = {"canonical": name[0], "kb_id": name[1]}
    return bool(
        eval_events._keys(gold_actor["name"], None, kb) & eval_events._keys(name[0], name[1], kb)
        or eval_events._surname_match(gold_actor["name"], system)
        or eval_events._variant_match(gold_actor["name"], system)
    )


def examples(gold: dict[str, Any], parsed: list[Any], kb: Any, per_type: bool = False
             ) -> dict[str, list[tuple[list[str], str]]]:
    """Per article, ``(features, gold role)`` of every candidate of every detected gold type
    (``per_type``: the features augmented with their type-prefixed copies, ``event_actors.augment``)."""
    from kibaru.enrich.event_actors import augment, candidates
    from kibaru.enrich.events import extract_events

    out: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for article, doc, ents, anchor in parsed:
        trace: list[Any] = []
        extract_events(doc, ents, anchor, kb, trace=trace, actor_selector=None)
        for ev_dict, ev in trace:
            row = eval_events.gold_row(gold[article], ev_dict["start"], ev_dict["end"])
            g = next((e for e in row["events"] if e["type"] == ev_dict["type"]), None) if row else None
            if g is None:
                continue
            for _key, name, feats, _rule in candidates(ev):
                role = next((a["role"] for a in g["actors"] if _matches(a, name, kb)), "none")
                out[article].append((augment(feats, ev.type) if per_type else feats, role))
    return out


def main(argv: list[str] | None = None) -> int:
    from kibaru.enrich import event_roles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, default=None, help="folder for parses and entities")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    parser.add_argument("--margins", type=float, nargs="+", default=[0.0, 0.1, 0.2, 0.3, 0.4, 0.5])
    parser.add_argument("--save", action="store_true", help="fit on all development events and write the model")
    parser.add_argument("--per-type", action="store_true", help="per-type weights (feature augmentation)")
    args = parser.parse_args(argv)

    loaded = parsed_tune(args.cache)
    if loaded is None:
        return 2
    gold, kb, parsed = loaded
    data = examples(gold, parsed, kb, per_type=args.per_type)
    labels = [lab for rows in data.values() for _, lab in rows]
    counts = {lab: labels.count(lab) for lab in event_roles.LABELS}
    print(f"{len(labels)} candidates in {len(data)} articles: {counts}", file=sys.stderr)

    rules_out = eval_events.extract(parsed, kb, actor_selector=None)
    rules = eval_events.score(gold, rules_out, kb, errors=False)
    report: dict[str, Any] = {"rules": {k: rules[k] for k in KEYS}, "cv": {}}
    by_fold: dict[int, list[Any]] = defaultdict(list)
    for p in parsed:
        by_fold[fold_of(p[0])].append(p)
    best: tuple[tuple[float, float], float, float] | None = None
    per_type: dict[str, Any] = {}
    for c in args.c:
        models = {}
        for f in range(FOLDS):
            train = [x for a, rows in data.items() if fold_of(a) != f for x in rows]
            models[f] = event_roles.fit([x[0] for x in train], [x[1] for x in train], c=c,
                                        meta={"per_type": args.per_type})
        for m in args.margins:
            system: dict[str, list[dict[str, Any]]] = {}
            for f in range(FOLDS):
                system.update(_extract(by_fold[f], kb, models[f], m))
            result = eval_events.score(gold, system, kb, errors=False)
            report["cv"][f"C={c} margin={m}"] = {k: result[k] for k in KEYS}
            key = (result["all_right_share"], result["actors_right_share"])
            if best is None or key > best[0]:
                best = (key, c, m)
                per_type = {k: v for k, v in result.items() if k.startswith("type:")}
    assert best is not None
    report["chosen"] = {"c": best[1], "margin": best[2]}
    report["rules_per_type"] = {k: v for k, v in rules.items() if k.startswith("type:")}
    report["chosen_per_type"] = per_type
    print(json.dumps(report, indent=1))
    if args.save:
        meta = {"trained_on": "eval/events_gold.jsonl split tune (every split but the blind ones)",
                "candidates": len(labels), "articles": len(data), "labels": counts, "c": best[1],
                "margin": best[2], "cv_folds": FOLDS, "cv_all_right": best[0][0],
                "rules_all_right": report["rules"]["all_right_share"], "per_type": args.per_type}
        rows = [x for r in data.values() for x in r]
        model = event_roles.fit([x[0] for x in rows], [x[1] for x in rows], c=best[1], meta=meta)
        event_roles.save(model, MODEL_OUT)
        print(f"wrote {MODEL_OUT.relative_to(REPO)} ({len(model.weights)} features)", file=sys.stderr)
    return 0


def _extract(parsed: list[Any], kb: Any, model: Any, margin: float) -> dict[str, list[dict[str, Any]]]:
    from kibaru.enrich import event_actors

    saved = event_actors.MARGIN
    try:
        event_actors.MARGIN = margin
        return eval_events.extract(parsed, kb, actor_selector=model)
    finally:
        event_actors.MARGIN = saved


if __name__ == "__main__":
    sys.exit(main())
