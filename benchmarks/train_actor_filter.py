"""Train the actor keep/drop model of :mod:`kibaru.enrich.actor_filter` and measure it out of fold.

For every development split (``--splits``) the system runs once over the gold articles with the model
switched off and the features of every unlinked PER/ORG cluster are recorded with its label (kept iff its
canonical name is a gold actor of the article: the evaluator's key, ``eval_linking._Keys``). The texts are
read as ``eval_linking.py`` reads them and never written: the cache (``--cache``, outside the repository)
holds features, actor keys and split names only.

Cross-validation is grouped by split (``dev-all`` by its SemEval sub-split): for each held-out group a model
is fitted on the others, and its threshold is the one that maximises the pooled actor F1 of the other
groups' own out-of-fold probabilities (an inner leave-one-group-out), so the threshold is chosen inside the
CV. Reported: actor P / R / F per split and pooled, system as is vs with the out-of-fold decision, and a
paired bootstrap over articles of the F1 gain. ``--write`` fits on every group, picks the threshold the
same way and writes ``src/kibaru/data/models/linking/actor_filter.json``.

Run: ``KIBARU_SHARED=... KIBARU_EXTRA_LINKING=... PYTHONPATH=src python benchmarks/train_actor_filter.py
--splits heldout30l,...,dev-all --cache /tmp/actor_filter.pkl [--write]``
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "kibaru" / "data" / "models" / "linking" / "actor_filter.json"
# Inverse regularisation of the logistic regression. Linking round 33, leave-one-split-out AUC of the development
# clusters: C = 0.1 0.797, 0.2 0.799, 0.3 0.798, 1 0.791, 3 0.785; 0.3 kept (the flat top, less shrinkage).
C_VALUE = 0.3
# Thresholds tried by the inner CV (a probability below the threshold drops the cluster).
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 13))
BOOTSTRAP = 2000
# The inner cross-validation that picks each outer fold's threshold deals the other splits into this many folds.
INNER_FOLDS = 5
NEWS_PREFIX = "heldout"


def collect(splits: Sequence[str]) -> list[dict[str, Any]]:
    """One record per article: its group, split, gold keys, system keys and unlinked clusters' features."""
    import eval_linking as ev
    from kibaru.enrich import actor_filter
    from kibaru.enrich.entities import extract_entities

    seen: list[tuple[str, dict[str, tuple[dict[str, float], list[int]]]]] = []
    original = actor_filter.cluster_features

    def recording(doc: Any, text: str, ents: Any, kb: Any) -> dict[str, tuple[dict[str, float], list[int]]]:
        out = original(doc, text, ents, kb)
        seen.append((text, out))
        return out

    actor_filter.cluster_features = recording  # type: ignore[assignment]
    actor_filter.load_model.cache_clear()
    actor_filter.load_model = lambda: actor_filter.ActorFilter(0.0, {}, 0.0)  # type: ignore[assignment]
    keys = ev._Keys()
    records = []
    for split in splits:
        arts = ev.load_gold(split)
        seen.clear()
        found = extract_entities([a.text for a in arts], [a.date for a in arts], sources=[a.source for a in arts])
        by_text = dict(seen)
        for art, ents in zip(arts, found, strict=True):
            gold = {keys.gold(a["name"], a["kb_id"]) for a in art.actors}
            system = {k for e in ents if (k := keys.system(e)) is not None}
            clusters = {"name:" + k: f for k, (f, _) in by_text.get(art.text, {}).items()}
            records.append({"split": split, "group": art.split if split == "dev-all" else split,
                            "gold": gold, "system": system, "clusters": clusters})
        print(f"collected {split}: {len(arts)} articles", file=sys.stderr, flush=True)
    return records


def rows(records: Sequence[dict[str, Any]]) -> list[tuple[int, str, dict[str, float], int]]:
    """(article index, key, features, label) of every cluster that is a system actor."""
    from kibaru.enrich.actor_filter import conjoin

    out = []
    for i, rec in enumerate(records):
        for key, f in rec["clusters"].items():
            if key in rec["system"]:
                out.append((i, key, conjoin(f), int(key in rec["gold"])))
    return out


def fit(data: Sequence[tuple[int, str, dict[str, float], int]]) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([d[2] for d in data])
    y = [d[3] for d in data]
    model = LogisticRegression(C=C_VALUE, max_iter=2000).fit(x, y)
    weights = {name: float(w) for name, w in zip(vec.feature_names_, model.coef_[0], strict=True)}
    return float(model.intercept_[0]), weights


def prob(intercept: float, weights: dict[str, float], f: dict[str, float]) -> float:
    from kibaru.enrich.actor_filter import ActorFilter

    return ActorFilter(intercept, weights, 0.0).probability(f)


def scores(
    records: Sequence[dict[str, Any]], dropped: dict[int, set[str]], which: Sequence[int]
) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for i in which:
        rec = records[i]
        system = rec["system"] - dropped.get(i, set())
        tp += len(system & rec["gold"])
        fp += len(system - rec["gold"])
        fn += len(rec["gold"] - system)
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def oof(records: Sequence[dict[str, Any]], data: Sequence[tuple[int, str, dict[str, float], int]],
        groups: Sequence[str], folds: int = 0) -> dict[int, float]:
    """Out-of-fold probability of each row (index into data), leave-one-group-out over ``groups`` (or
    ``folds`` folds of whole groups, dealt round-robin in sorted order)."""
    out: dict[int, float] = {}
    ordered = sorted(groups)
    parts = [ordered[k::folds] for k in range(folds)] if folds else [[g] for g in ordered]
    for part in parts:
        train = [d for d in data if records[d[0]]["group"] not in part and records[d[0]]["group"] in groups]
        test = [j for j, d in enumerate(data) if records[d[0]]["group"] in part]
        if not test:
            continue
        intercept, weights = fit(train)
        for j in test:
            out[j] = prob(intercept, weights, data[j][2])
    return out


def best_threshold(records: Sequence[dict[str, Any]], data: Sequence[tuple[int, str, dict[str, float], int]],
                   probs: dict[int, float]) -> float:
    which = sorted({data[j][0] for j in probs})
    best = (-1.0, 0.0)
    for t in THRESHOLDS:
        dropped: dict[int, set[str]] = {}
        for j, p in probs.items():
            if p < t:
                dropped.setdefault(data[j][0], set()).add(data[j][1])
        f1 = prf(*scores(records, dropped, which))[2]
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best[1]


Counts = tuple[int, int, int]  # tp, fp, fn


def f1_gain_interval(per: Sequence[tuple[Counts, Counts]], seed: int = 33) -> tuple[float, float]:
    """95% interval of the pooled F1 of the second counts minus the first's, over ``per`` (one pair of tp / fp / fn
    counts per article), articles resampled ``BOOTSTRAP`` times (also ``train_candidate_filter``'s)."""
    rng = random.Random(seed)
    gains = []
    for _ in range(BOOTSTRAP):
        sample = [per[rng.randrange(len(per))] for _ in per]
        base = [sum(s[0][k] for s in sample) for k in range(3)]
        new = [sum(s[1][k] for s in sample) for k in range(3)]
        gains.append(prf(*new)[2] - prf(*base)[2])  # type: ignore[arg-type]
    gains.sort()
    return gains[int(0.025 * BOOTSTRAP)], gains[int(0.975 * BOOTSTRAP)]


def bootstrap(
    records: Sequence[dict[str, Any]], dropped: dict[int, set[str]], which: Sequence[int]
) -> tuple[float, float]:
    return f1_gain_interval([(scores(records, {}, [i]), scores(records, dropped, [i])) for i in which])


def fmt(counts: tuple[int, int, int]) -> str:
    return "/".join(f"{v:.3f}" for v in prf(*counts))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", required=True, help="comma-separated development splits")
    parser.add_argument("--cache", type=Path, required=True, help="feature cache (outside the repository)")
    parser.add_argument("--train-on", choices=["all", "news"], default="all",
                        help="groups the models are fitted on (all development splits, or the news splits only)")
    parser.add_argument("--write", action="store_true", help="fit on every group and write the model file")
    args = parser.parse_args(argv)
    splits = args.splits.split(",")
    if args.cache.is_file():
        records = pickle.loads(args.cache.read_bytes())
    else:
        records = collect(splits)
        args.cache.write_bytes(pickle.dumps(records))
    data = rows(records)
    groups = sorted({r["group"] for r in records})
    fit_groups = [g for g in groups if args.train_on == "all" or (g.startswith(NEWS_PREFIX) and g.endswith(("l", "n")))]
    dropped: dict[int, set[str]] = {}
    thresholds = {}
    for g in groups:
        inner = [h for h in fit_groups if h != g]
        probs = oof(records, data, inner, INNER_FOLDS)
        t = best_threshold(records, data, probs)
        thresholds[g] = t
        train = [d for d in data if records[d[0]]["group"] in inner]
        intercept, weights = fit(train)
        for d in data:
            if records[d[0]]["group"] == g and prob(intercept, weights, d[2]) < t:
                dropped.setdefault(d[0], set()).add(d[1])
    print(f"clusters {len(data)} (actors {sum(d[3] for d in data)}); "
          f"thresholds by fold {sorted(set(thresholds.values()))}")
    news = [i for i, r in enumerate(records) if r["split"].startswith(NEWS_PREFIX) and r["split"].endswith(("l", "n"))]
    for split in splits:
        which = [i for i, r in enumerate(records) if r["split"] == split]
        b, n = scores(records, {}, which), scores(records, dropped, which)
        print(f"{split:12} base P/R/F {fmt(b)}  oof {fmt(n)}"
              f"  system {b[0] + b[1]} -> {n[0] + n[1]}  tp {b[0]} -> {n[0]}")
    for label, which in (("pooled news", news), ("pooled all", list(range(len(records))))):
        b, n = scores(records, {}, which), scores(records, dropped, which)
        lo, hi = bootstrap(records, dropped, which)
        print(f"{label:12} base P/R/F {fmt(b)}  oof {fmt(n)}"
              f"  tp {b[0]} -> {n[0]}, fp {b[1]} -> {n[1]}; F gain 95% CI [{lo:+.4f}, {hi:+.4f}]")
    if args.write:
        probs = oof(records, data, fit_groups)
        t = best_threshold(records, data, probs)
        intercept, weights = fit([d for d in data if records[d[0]]["group"] in fit_groups])
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({
            "about": "kibaru.enrich.actor_filter: logistic regression over named cluster features, trained by "
                     "benchmarks/train_actor_filter.py on the development splits of eval/linking_gold.jsonl "
                     f"(groups: {', '.join(fit_groups)}); a cluster is an actor iff its name is a gold actor of "
                     "its article; threshold chosen by leave-one-split-out cross-validation (pooled actor F1)",
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "clusters": len([d for d in data if records[d[0]]["group"] in fit_groups]),
            "threshold": t,
            "intercept": round(intercept, 5),
            "weights": {k: round(v, 5) for k, v in sorted(weights.items())},
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT} (threshold {t})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
