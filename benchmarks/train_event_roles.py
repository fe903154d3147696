"""Train the event role model (``kibaru.enrich.event_roles``) and compare it with the rules.

Training data: the events the rules detect in the development gold (``eval/events_gold.jsonl``,
split ``tune`` = every split but the blind ones) whose type the annotator also marked in that
sentence. Every entity of such a sentence is one example: its features (``events.role_features``:
the rules' own decision, event type, KB kind, attachment to the trigger) and its gold role, or
``none`` when the annotator did not mark it.

Comparison: cross-validation grouped by article (``--folds``, default 5): each article's events are
re-extracted with a model trained on the other folds' articles, and the whole ``tune`` split is
scored by ``eval_events.score`` exactly as the rules alone are. The regularisation strength is
chosen among ``--c`` values by that cross-validated "type + date + actors all right" share (the
figure is therefore slightly optimistic for the chosen value; the blind splits are never used).

Run (news excerpts need ``KIBARU_EXTRA_EVENTS``; without it those rows are left out, loudly):

    nice -n 10 .venv/bin/python benchmarks/train_event_roles.py [--write]

``--write`` fits the chosen model on all development events and writes
``src/kibaru/data/models/events/roles.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events

REPO = Path(__file__).resolve().parent.parent
MODEL_OUT = REPO / "src" / "kibaru" / "data" / "models" / "events" / "roles.json"


def _matches(gold_actor: dict[str, Any], ent: dict[str, Any], kb: Any) -> bool:
    system = {"canonical": ent.get("canonical") or ent["text"], "kb_id": ent.get("kb_id")}
    return bool(
        eval_events._keys(gold_actor["name"], None, kb) & eval_events._keys(system["canonical"], system["kb_id"], kb)
        or eval_events._surname_match(gold_actor["name"], system)
        or eval_events._variant_match(gold_actor["name"], system)
    )


def examples(gold: dict[str, Any], parsed: list[Any], kb: Any) -> tuple[list[list[str]], list[str], list[str]]:
    """Features, labels and article (the CV group) of every candidate of every detected gold type."""
    from kibaru.enrich.events import extract_events, role_features

    feats: list[list[str]] = []
    labels: list[str] = []
    groups: list[str] = []
    for article, doc, ents, anchor in parsed:
        trace: list[Any] = []
        extract_events(doc, ents, anchor, kb, roles_model=None, trace=trace)
        for ev_dict, ev in trace:
            row = eval_events.gold_row(gold[article], ev_dict["start"], ev_dict["end"])
            if row is None:
                continue
            g = next((e for e in row["events"] if e["type"] == ev_dict["type"]), None)
            if g is None:
                continue
            for cand in ev.candidates:
                role = next((a["role"] for a in g["actors"] if _matches(a, cand.ent, kb)), "none")
                feats.append(role_features(ev, cand))
                labels.append(role)
                groups.append(article)
    return feats, labels, groups


def main(argv: list[str] | None = None) -> int:
    from sklearn.model_selection import GroupKFold

    from kibaru.enrich import event_roles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0, 3.0])
    parser.add_argument("--write", action="store_true", help="fit on all development events and write the model")
    args = parser.parse_args(argv)

    gold, kb, parsed = eval_events.prepare("tune")
    feats, labels, groups = examples(gold, parsed, kb)
    counts = {lab: labels.count(lab) for lab in event_roles.LABELS}
    print(f"{len(feats)} candidates in {len(set(groups))} articles: {counts}", file=sys.stderr)

    keys = ("gold_events", "tp", "actors_right_share", "actor_names_right_share", "all_right_share")
    rules = eval_events.score(gold, eval_events.extract(parsed, kb, roles_model=None), kb, errors=False)
    report: dict[str, Any] = {"rules": {k: rules[k] for k in keys}, "cv": {}}
    by_article = {p[0]: p for p in parsed}
    articles = sorted(by_article)
    art_index = {a: i for i, a in enumerate(articles)}
    folds = list(GroupKFold(n_splits=args.folds).split(articles, groups=[art_index[a] for a in articles]))
    for c in args.c:
        system: dict[str, list[dict[str, Any]]] = {}
        for _, test in folds:
            held = {articles[i] for i in test}
            train = [k for k, g in enumerate(groups) if g not in held]
            model = event_roles.fit([feats[k] for k in train], [labels[k] for k in train], c=c)
            system.update(eval_events.extract([by_article[a] for a in sorted(held)], kb, roles_model=model))
        result = eval_events.score(gold, system, kb, errors=False)
        report["cv"][str(c)] = {k: result[k] for k in keys}
    cv = report["cv"]
    best = max(args.c, key=lambda c: (cv[str(c)]["all_right_share"], cv[str(c)]["actors_right_share"]))
    report["chosen_c"] = best
    print(json.dumps(report, indent=1))
    if args.write:
        meta = {"trained_on": "eval/events_gold.jsonl split tune (every split but the blind ones)",
                "candidates": len(feats), "articles": len(set(groups)), "labels": counts, "c": best,
                "cv_folds": args.folds, "cv_all_right": report["cv"][str(best)]["all_right_share"],
                "rules_all_right": report["rules"]["all_right_share"]}
        model = event_roles.fit(feats, labels, c=best, meta=meta)
        event_roles.save(model, MODEL_OUT)
        print(f"wrote {MODEL_OUT.relative_to(REPO)} ({len(model.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
