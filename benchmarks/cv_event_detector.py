"""Round 32: the learned event detector (``kibaru.enrich.event_detector``) retrained on every present development
sentence and compared, out of fold, with the shipped one on the same events.

Data: ``eval/events_gold.jsonl`` split ``tune`` (every split but ``BLIND_SPLITS``) minus the pseudo-blind splits
(``--exclude``, default ``PSEUDO_BLIND``: never parsed here; ``cv_event_roles.parse`` asserts it). One parse, cached
(``--cache``, the round-30 format). The training view is ``train_event_detector.collect``: every sentence with the
features and rule findings the shipped hook sees; a (sentence, type) pair the rules did not find is one example,
positive when the annotator marked that type.

Folds (``assign_folds``): 5 folds grouped by OUTLET (the domain of the gold row's URL; a SemEval or Wikipedia article
without a URL is its own group), the largest groups first, each to the fold with the fewest annotated sentences so far
(no outlet holds more than 4 % of the sentences, so every outlet stays in one fold). The inner folds that choose C and
the threshold(s) on the training folds are grouped the same way (4 folds). Session 56: ``--group-by split`` keeps each
annotation split together instead; the OrangeSum splits, most of the development sentences present now, are all one
outlet, so outlet folds would put 89 % of the sentences in one fold.

Recipes (``--recipes``): ``base`` is round 13's (L2 logistic regression per type, ``MIN_COUNT`` / ``PRUNE``, C and one
threshold chosen by the inner grouped CV's detection F1 of rules + detector); ``pertype`` adds one threshold per type
(coordinate ascent of the same F1 over the types, from the global choice); ``balanced`` fits with balanced class
weights (the thresholds chosen the same way, over a grid reaching higher). Each outer fold's model runs the full
extraction (rules, detector, the shipped actor selector) on the held-out fold's articles.

Comparison: per gold event, type right (detected with its type) and all right (type, date and actors: ``eval_events``),
shipped pipeline vs retrained out of fold, per split and for the groups "fitted on by the shipped detector" and "never
seen by the shipped detector" (its model's ``meta.trained_on_splits``: session 56; round 32 grouped heldout13n-28n,
whose texts are no longer present); wins and
losses and a 90 % article-bootstrap interval of the net (``cv_event_roles.compare``); sentence-level P / R / F1 per
event type. Development data only; summaries only.

    KIBARU_EXTRA_EVENTS=/work/extra_events KIBARU_SHARED=/work/shared PYTHONPATH=src nice -n 10 \\
      .venv/bin/python benchmarks/cv_event_detector.py --cache /tmp/ev32/cache.pkl --recipes base pertype [--save base]

Session 56 (every present development split, folds by split):

    ... benchmarks/cv_event_detector.py --cache /tmp/s56/cv_cache.pkl --exclude --group-by split --recipes base
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import time
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_event_roles
import eval_events
import train_event_detector as ted

PSEUDO_BLIND = ("heldout29n",)  # with heldout30n, blind in the tree (BLIND_SPLITS) and never loaded by ``tune``
FOLDS = 5
# What a fold keeps together (``--group-by``): an outlet (round 32), or an annotation split (session 56: the OrangeSum
# splits, most of the development sentences present now, are all one outlet, so outlet folds put them in one fold).
GROUP_BY = "outlet"


@functools.cache
def shipped_training_splits() -> frozenset[str]:
    """The splits the shipped detector was fitted on (its model's provenance, ``meta.trained_on_splits``): session 56
    compares a retrain with it on the splits it never saw, whichever they are now."""
    from kibaru.enrich.event_detector import MODEL_PATH
    from kibaru.enrich.json_models import packaged_json_model

    model = packaged_json_model(MODEL_PATH)
    return frozenset(model["meta"]["trained_on_splits"]) if model else frozenset()


BALANCED_THRESHOLDS = (*ted.THRESHOLDS, 0.85, 0.9, 0.95)


def outlet(rows: Sequence[Mapping[str, Any]], article: str) -> str:
    """The article's group: its URL's domain (``www.`` dropped), else the article itself."""
    url = rows[0].get("url")
    if not url:
        return f"article:{article}"
    return urllib.parse.urlsplit(url).netloc.lower().removeprefix("www.")


def assign_folds(gold: Mapping[str, Sequence[Mapping[str, Any]]], n: int = FOLDS,
                 articles: Collection[str] | None = None) -> dict[str, int]:
    """Article → fold, outlets kept together, the folds balanced by annotated sentences (module docstring)."""
    size: defaultdict[str, int] = defaultdict(int)
    members: defaultdict[str, list[str]] = defaultdict(list)
    for art in sorted(articles if articles is not None else gold):
        group = outlet(gold[art], art) if GROUP_BY == "outlet" else gold[art][0]["split"]
        size[group] += len(gold[art])
        members[group].append(art)
    load = [0] * n
    out: dict[str, int] = {}
    for group in sorted(size, key=lambda g: (-size[g], hashlib.sha1(g.encode()).hexdigest())):
        k = min(range(n), key=lambda i: (load[i], i))
        load[k] += size[group]
        out.update(dict.fromkeys(members[group], k))
    return out


@dataclass(frozen=True)
class Recipe:
    name: str
    class_weight: str | None
    per_type: bool
    thresholds: tuple[float, ...]


RECIPES = {
    "base": Recipe("base", None, False, ted.THRESHOLDS),
    "pertype": Recipe("pertype", None, True, ted.THRESHOLDS),
    "balanced": Recipe("balanced", "balanced", False, BALANCED_THRESHOLDS),
    "balanced-pertype": Recipe("balanced-pertype", "balanced", True, BALANCED_THRESHOLDS),
}


def fit(train: Sequence[ted.Sentence], types: Collection[str], recipe: Recipe, c: float,
        thresholds: Mapping[str, float] | float, meta: Mapping[str, Any] | None = None) -> Any:
    from kibaru.enrich.event_detector import fit as fit_model

    rows = [s for s in train if s.gold is not None]
    per_type = dict(thresholds) if isinstance(thresholds, Mapping) else {}
    if len(set(per_type.values())) == 1:  # one threshold for every type (``base``): the model's own
        thresholds, per_type = next(iter(per_type.values())), {}
    base = min(per_type.values()) if per_type else float(thresholds)  # type: ignore[arg-type]
    return fit_model([s.features for s in rows], [s.gold or frozenset() for s in rows],
                     [set(types) - s.found for s in rows], types, base, c, meta,
                     class_weight=recipe.class_weight, thresholds=per_type or None)


def _counts_by_type(rows: Sequence[ted.Sentence], probs: Sequence[Mapping[str, float]], cut: Mapping[str, float],
                    types: Collection[str]) -> dict[str, list[int]]:
    out = {t: [0, 0, 0] for t in types}
    for s, pr in zip(rows, probs, strict=True):
        system = set(s.found) | {t for t, p in pr.items() if p >= cut[t]}
        gold = s.gold or frozenset()
        for t in system | gold:
            if t not in out:
                continue
            out[t][0] += t in system and t in gold
            out[t][1] += t in system and t not in gold
            out[t][2] += t in gold and t not in system
    return out


def choose(train: Sequence[ted.Sentence], types: Collection[str], recipe: Recipe, gold: Mapping[str, Any]
           ) -> tuple[dict[str, float], float, dict[str, Any]]:
    """Thresholds (one per type, all equal unless ``recipe.per_type``) and C maximising the detection F1 of rules +
    detector over outlet-grouped inner folds of ``train`` (out-of-fold probabilities); ties go to the higher
    threshold (fewer proposals)."""
    rows = [s for s in train if s.gold is not None]
    inner = assign_folds(gold, FOLDS - 1, {s.article for s in rows})
    types = sorted(types)
    best: tuple[float, float, dict[str, float]] = (-1.0, 1.0, {})
    report: dict[str, Any] = {}
    for c in ted.CS:
        probs: list[dict[str, float]] = [{} for _ in rows]
        for k in range(FOLDS - 1):
            model = fit([s for s in rows if inner[s.article] != k], types, recipe, c, 0.5)
            for j, s in enumerate(rows):
                if inner[s.article] == k:
                    probs[j] = {t: p for t, p in model.scores(*s.features).items() if t not in s.found}

        def f1(cut: Mapping[str, float], probs: list[dict[str, float]] = probs) -> float:
            counts = _counts_by_type(rows, probs, cut, types)
            tp, fp, fn = (sum(v[i] for v in counts.values()) for i in range(3))
            return ted._f1(tp, fp, fn)

        c_best: tuple[float, float, dict[str, float]] = (-1.0, 0.0, {})
        for thr in recipe.thresholds:
            cut = dict.fromkeys(types, thr)
            score = f1(cut)
            report[f"C={c} thr={thr}"] = round(score, 4)
            if (score, thr) > (c_best[0], c_best[1]):
                c_best = (score, thr, cut)
        score, _, cut = c_best
        if recipe.per_type:  # one pass of coordinate ascent over the types, from the global choice
            for t in types:
                for thr in recipe.thresholds:
                    trial = {**cut, t: thr}
                    s_trial = f1(trial)
                    if (s_trial, thr) > (score, cut[t]):
                        score, cut = s_trial, trial
            report[f"C={c} per type"] = round(score, 4)
        if score > best[0]:
            best = (score, c, cut)
    report["rules"] = round(ted._f1(*ted._counts(rows, [[] for _ in rows])), 4)
    return best[2], best[1], report


def sentence_prf(gold: Mapping[str, Any], system: Mapping[str, list[dict[str, Any]]], keep: Callable[[str], bool]
                 ) -> dict[str, str]:
    """Sentence-level detection P / R / F1 per event type (annotated sentences of the kept splits)."""
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for art in sorted(system):
        for row in gold[art]:
            if not keep(row["split"]):
                continue
            mine = {e["type"] for e in system[art] if eval_events.in_sentence(e["start"], e["end"], row)}
            want = {e["type"] for e in row["events"]}
            for t in mine | want:
                counts[t][0] += t in mine and t in want
                counts[t][1] += t in mine and t not in want
                counts[t][2] += t in want and t not in mine
    out = {}
    for t, (tp, fp, fn) in sorted(counts.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[t] = f"gold {tp + fn} P {p:.3f} R {r:.3f} F1 {ted._f1(tp, fp, fn):.3f}"
    tp, fp, fn = (sum(v[i] for v in counts.values()) for i in range(3))
    if tp + fp and tp + fn:  # a group with no sentence present has no figure
        out["all types"] = f"gold {tp + fn} P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f} F1 {ted._f1(tp, fp, fn):.3f}"
    return out


def per_split(statuses: Mapping[str, Mapping[str, int | None]]) -> dict[str, dict[str, str]]:
    """Per split: type right and all right of each configuration."""
    out: dict[str, dict[str, str]] = {}
    first = next(iter(statuses.values()))
    splits = sorted({k.split("|")[0] for k in first}, key=lambda s: (s in shipped_training_splits(), s))
    for sp in splits:
        keys = [k for k in first if k.split("|")[0] == sp]
        out[sp] = {name: f"type {sum(st[k] is not None for k in keys)} all {sum(st[k] or 0 for k in keys)} "
                         f"/ {len(keys)}" for name, st in statuses.items()}
    return out


def group_report(base: Mapping[str, int | None], other: Mapping[str, int | None]) -> dict[str, Any]:
    seen = shipped_training_splits()
    groups: dict[str, Callable[[str], bool]] = {
        "all dev": lambda _s: True,
        "fitted on by the shipped detector": lambda s: s in seen,
        "never seen by the shipped detector": lambda s: s not in seen,
    }
    out = {}
    for name, keep in groups.items():
        row = cv_event_roles.compare(dict(base), dict(other), keep)
        keys = [k for k in base if keep(k.split("|")[0])]
        row["type_right"] = sum(other[k] is not None for k in keys)
        row["type_right_shipped"] = sum(base[k] is not None for k in keys)
        row["type_wins"] = sum(other[k] is not None and base[k] is None for k in keys)
        row["type_losses"] = sum(other[k] is None and base[k] is not None for k in keys)
        out[name] = row
    return out


def main(argv: list[str] | None = None) -> int:
    global GROUP_BY
    from kibaru.enrich.events import _lexicon
    from kibaru.kb import KnowledgeBase

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", default=list(PSEUDO_BLIND))
    parser.add_argument("--recipes", nargs="*", default=["base"], choices=sorted(RECIPES))
    parser.add_argument("--cs", default=None, help="comma-separated C values to choose from (default: CS)")
    parser.add_argument("--out", type=Path, help="per-event statuses (JSON)")
    parser.add_argument("--save", choices=sorted(RECIPES), help="fit this recipe on all development sentences and "
                        "write the shipped model with its provenance")
    parser.add_argument("--cv-from", type=Path, help="an earlier run's report (this script's JSON output) whose "
                        "figures for the saved recipe go into the model's provenance (then --recipes may be empty)")
    parser.add_argument("--chosen-from", type=Path, help="an earlier run's report: reuse its per-fold C and "
                        "thresholds (chosen on the same training folds) instead of the inner CV")
    parser.add_argument("--guard", nargs="*", default=[], choices=["off", "modal", "full"],
                        help="round 33: also run each fold's model with these settings of the detector's modality "
                        "guard (``events.DETECTOR_MODALITY_GUARD``) and compare them with \"off\"")
    parser.add_argument("--group-by", choices=["outlet", "split"], default=GROUP_BY)
    parser.add_argument("--round", default="32", help="the round or session named in a saved model's provenance")
    args = parser.parse_args(argv)
    GROUP_BY = args.group_by
    if args.cs:
        ted.CS = tuple(float(c) for c in args.cs.split(","))
    gold, parsed = cv_event_roles.parse(args.cache, args.exclude)
    kb = KnowledgeBase.load()
    types = sorted({r.type for r in _lexicon().rules})
    sentences, _rules = ted.collect(gold, parsed, kb)
    annotated = [s for s in sentences if s.gold is not None]
    folds = assign_folds(gold)
    sizes = [sum(folds[s.article] == k for s in annotated) for k in range(FOLDS)]
    print(f"{len(parsed)} articles, {len(annotated)} annotated sentences; folds {sizes}", file=sys.stderr)
    systems = {"shipped": eval_events.extract(parsed, kb),
               "rules": eval_events.extract(parsed, kb, detector=None)}
    chosen: dict[str, list[Any]] = {}
    earlier_choice = json.loads(args.chosen_from.read_text())["chosen"] if args.chosen_from else {}
    off: dict[str, dict[str, list[dict[str, Any]]]] = {}
    import kibaru.enrich.events as events_module

    shipped_guard = events_module.DETECTOR_MODALITY_GUARD
    t0 = time.perf_counter()
    for name in args.recipes:
        recipe = RECIPES[name]
        system: dict[str, list[dict[str, Any]]] = {}
        chosen[name] = []
        for k in range(FOLDS):
            train = [s for s in sentences if folds[s.article] != k]
            if earlier_choice:
                c, thr = earlier_choice[name][k]["C"], earlier_choice[name][k]["thresholds"]
                cut = dict(thr) if isinstance(thr, Mapping) else dict.fromkeys(types, thr)
            else:
                cut, c, _report = choose(train, types, recipe, gold)
            chosen[name].append({"fold": k, "C": c, "thresholds": cut if recipe.per_type else next(iter(cut.values()))})
            print(f"{name} fold {k}: C {c} thresholds {chosen[name][-1]['thresholds']} "
                  f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
            model = fit(train, types, recipe, c, cut)
            held = [p for p in parsed if folds[p[0]] == k]
            system.update(eval_events.extract(held, kb, detector=model))
            for variant in args.guard:
                events_module.DETECTOR_MODALITY_GUARD = variant
                off.setdefault(f"{name} guard {variant}", {}).update(eval_events.extract(held, kb, detector=model))
            events_module.DETECTOR_MODALITY_GUARD = shipped_guard
        systems[name] = system
    systems.update(off)
    statuses = {name: cv_event_roles.status(gold, system, kb) for name, system in systems.items()}
    report: dict[str, Any] = {
        "data": {"articles": len(parsed), "annotated_sentences": len(annotated), "fold_sentences": sizes,
                 "events": len(statuses["shipped"])},
        "chosen": chosen,
        "vs shipped": {name: group_report(statuses["shipped"], st)
                       for name, st in statuses.items() if name != "shipped"},
        "guard variants vs off": {name: group_report(statuses[f"{name.rsplit(' guard ', 1)[0]} guard off"],
                                                     statuses[name]) for name in off if name.endswith(("full", "modal"))
                                  and f"{name.rsplit(' guard ', 1)[0]} guard off" in statuses},
        "per split": per_split(statuses),
        "sentence P/R/F1, never seen by the shipped detector": {
            name: sentence_prf(gold, system, lambda s: s not in shipped_training_splits())
            for name, system in systems.items()},
        "sentence P/R/F1, all dev": {name: sentence_prf(gold, system, lambda _s: True)
                                     for name, system in systems.items()},
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(statuses))
    if args.save:
        recipe = RECIPES[args.save]
        cut, c, inner = choose(sentences, types, recipe, gold)
        splits = sorted({rows[0]["split"] for rows in gold.values()})
        meta = {"round": args.round, "recipe": recipe.name, "C": c,
                "threshold_from": f"4-fold {GROUP_BY}-grouped inner CV of the detection F1 of rules + detector on "
                                  "all dev",
                "trained_on": f"{len(annotated)} annotated development sentences, {len(parsed)} articles",
                "trained_on_splits": splits, "excluded": sorted(set(args.exclude) | eval_events.BLIND_SPLITS),
                "features": "round-13 sentence_features (lemma, dependents, governor, neg / hyp / inf, entity kinds, "
                            "toll, place, the rules' types)",
                "inner_f1": inner}
        earlier = json.loads(args.cv_from.read_text()) if args.cv_from else report
        cv = earlier["vs shipped"].get(recipe.name)
        if cv is not None:
            meta["cv_out_of_fold_vs_round13_model"] = {
                g: {f: v[f] for f in ("events", "all_right", "shipped", "wins", "losses", "ci90", "type_right",
                                      "type_right_shipped")} for g, v in cv.items()}
            meta["cv_chosen"] = earlier["chosen"][recipe.name]
        model = fit(sentences, types, recipe, c, cut, meta)
        from kibaru.enrich.event_detector import save

        save(model, ted.OUT)
        print(f"saved {ted.OUT} (C {c}, thresholds {cut})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
