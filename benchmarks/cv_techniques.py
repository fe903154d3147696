"""Model selection for the persuasion-technique detector, by cross-validation on TRAIN only.

5 folds by article over the SemEval-2023 French *train* split (the dev split is never read here).
For every fold it fits, on the other four folds,

* the paragraph head (one-vs-rest logistic regression over paragraphs, paragraph gold), and
* the sentence head (the same features over sentences, labels from the train span gold:
  :func:`kibaru.enrich.techniques.semeval_sentence_units`),

and keeps their out-of-fold scores. Paragraph decisions are then compared for several ways of
combining the two (paragraph only, sentence max, noisy-or, weighted means, a per-technique
stacker), with thresholds **cross-fitted**: the thresholds applied to fold k are chosen on the
out-of-fold scores of the other folds, so the figures are honest estimates, not tuned on
themselves. Evidence spans are scored against the span gold of the held-out fold the same way
(:func:`kibaru.analyse.semeval.span_scores`).

Run: ``.venv/bin/python benchmarks/cv_techniques.py [--quick]``; the out-of-fold scores are
cached in ``benchmarks/.data/techniques/`` keyed by the cue file and configuration.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kibaru.analyse.semeval import load_split, span_scores  # noqa: E402
from kibaru.enrich import techniques as T  # noqa: E402

CACHE = REPO / "benchmarks" / ".data" / "techniques"

_CLAUSE_BREAK = re.compile(r"[,;:–—()]\s+|\s+[–—(]\s*")

# Clauses shorter than this (characters) are merged into the next one.
MIN_CLAUSE_CHARS = 25


def clauses(text: str, sent: T.Segment) -> list[T.Segment]:
    """Pieces of a sentence cut at commas, semicolons, colons, dashes and brackets (offsets into
    ``text``); a piece shorter than :data:`MIN_CLAUSE_CHARS` joins the next one. Tried as a finer
    span placement and not kept (RESULTS.md)."""
    chunk = text[sent.start:sent.end]
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(chunk)]
    pieces: list[T.Segment] = []
    begin = 0
    for cut in [*cuts, len(chunk)]:
        if cut - begin < MIN_CLAUSE_CHARS and cut != len(chunk):
            continue
        piece = chunk[begin:cut].rstrip(" ,;:–—(")
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append(T.Segment(sent.start + begin + lead, sent.start + begin + len(piece)))
        begin = cut
    if len(pieces) > 1 and pieces[-1].end - pieces[-1].start < MIN_CLAUSE_CHARS:  # a short tail joins the previous
        pieces[-2:] = [T.Segment(pieces[-2].start, pieces[-1].end)]
    return pieces or [sent]


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def micro(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & truth).sum())
    fp = int((pred & ~truth).sum())
    fn = int((~pred & truth).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def crossfit(probs: np.ndarray, truth: np.ndarray, fold: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Decisions for each fold with thresholds chosen on the other folds' scores."""
    pred = np.zeros_like(truth)
    ths = np.zeros((fold.max() + 1, probs.shape[1]))
    for k in range(fold.max() + 1):
        other = fold != k
        th = T.choose_thresholds(probs[other], truth[other])
        ths[k] = th
        pred[fold == k] = probs[fold == k] >= th
    return pred, ths


def per_label_f1(pred: np.ndarray, truth: np.ndarray) -> np.ndarray:
    tp = (pred & truth).sum(0)
    fp = (pred & ~truth).sum(0)
    fn = (~pred & truth).sum(0)
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)


def run_folds(config: T.LinearConfig, train: list, quick: bool) -> dict[str, np.ndarray]:
    from sklearn.model_selection import GroupKFold

    p_units, p_targets, p_groups, _ = T.semeval_units(train)
    s_units, s_targets, s_groups, s_para = T.semeval_sentence_units(train)
    model = T.LinearTechniqueModel(config)
    by_id = {a.id: a for a in train}
    Yp = np.asarray([[lab in t for lab in model.labels] for t in p_targets], dtype=int)
    Ys = np.asarray([[lab in t for lab in model.labels] for t in s_targets], dtype=int)
    t0 = time.perf_counter()
    model._fit_vectorizers([u.text for u in p_units])
    Xp = model._features(p_units, fit_scaler=True)
    Xs = model._features(s_units)
    # clauses of every sentence, scored by the sentence head (span placement finer than a sentence)
    c_units, c_sent, c_bounds = [], [], []
    for i, (art_id, _, seg) in enumerate(sentence_segments(train)):
        art = by_id[art_id]
        for c in clauses(art.text, seg):
            c_units.append(T.Unit(art.text[c.start:c.end], s_units[i].index, s_units[i].count, art.text))
            c_sent.append(i)
            c_bounds.append((c.start, c.end))
    Xc = model._features(c_units)
    print(f"features: {Xp.shape[0]} paragraphs, {Xs.shape[0]} sentences, {Xp.shape[1]} columns "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)
    articles = sorted(set(p_groups))
    fold_of = {}
    for k, (_, test) in enumerate(GroupKFold(n_splits=config.folds).split(articles, groups=articles)):
        for i in test:
            fold_of[articles[i]] = k
    fp = np.asarray([fold_of[g] for g in p_groups])
    fs = np.asarray([fold_of[g] for g in s_groups])
    fc = fs[np.asarray(c_sent)]
    oof_c = np.zeros((len(c_units), Ys.shape[1]))
    oof_p = np.zeros(Yp.shape)
    oof_s = np.zeros(Ys.shape)
    oof_ps = np.zeros(Ys.shape)  # the paragraph head applied to sentences (round-1 span placement)
    # trigger phrases (sentence offsets) for the trigger techniques, from each fold's heads
    trig = np.full((len(s_units), 2, len(T.TRIGGER_TECHNIQUES), 2), -1, dtype=np.int32)
    for k in range(config.folds):
        t0 = time.perf_counter()
        cp, ip = model._fit_matrix(Xp[fp != k], Yp[fp != k])
        oof_p[fp == k] = T._sigmoid(Xp[fp == k] @ cp.T + ip)
        oof_ps[fs == k] = T._sigmoid(Xs[fs == k] @ cp.T + ip)
        cs, is_ = model._fit_matrix(Xs[fs != k], Ys[fs != k])
        oof_s[fs == k] = T._sigmoid(Xs[fs == k] @ cs.T + is_)
        oof_c[fc == k] = T._sigmoid(Xc[fc == k] @ cs.T + is_)
        for h, coef in enumerate((cp, cs)):
            model.coef = coef
            for i in np.nonzero(fs == k)[0]:
                for t, label in enumerate(sorted(T.TRIGGER_TECHNIQUES)):
                    hit = model.trigger(s_units[i].text, label)
                    if hit is not None:
                        trig[i, h, t] = hit
        print(f"fold {k}: {time.perf_counter() - t0:.0f} s", flush=True)
        if quick:
            break
    return {"oof_p": oof_p, "oof_s": oof_s, "oof_ps": oof_ps, "trig": trig, "Yp": Yp, "Ys": Ys,
            "fold_p": fp, "fold_s": fs, "s_para": np.asarray(s_para), "oof_c": oof_c,
            "c_sent": np.asarray(c_sent), "c_bounds": np.asarray(c_bounds)}


def cached_folds(config: T.LinearConfig, train: list, quick: bool) -> dict[str, np.ndarray]:
    cues = (REPO / "src" / "kibaru" / "data" / "techniques" / "cues.yaml").read_bytes()
    src = (REPO / "src" / "kibaru" / "enrich" / "techniques.py").read_bytes()
    key = hashlib.sha1(cues + src + json.dumps(config.as_dict(), sort_keys=True).encode()).hexdigest()[:12]
    path = CACHE / f"cv_{key}.npz"
    if path.exists() and not quick:
        print(f"(cached out-of-fold scores {path.name})")
        return dict(np.load(path))
    out = run_folds(config, train, quick)
    if not quick:
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **out)
    return out


def aggregate(oof_s: np.ndarray, s_para: np.ndarray, n_para: int, how: str) -> np.ndarray:
    out = np.zeros((n_para, oof_s.shape[1])) if how == "max" else np.ones((n_para, oof_s.shape[1]))
    if how == "max":
        np.maximum.at(out, s_para, oof_s)
        return out
    np.multiply.at(out, s_para, 1.0 - oof_s)  # noisy-or
    return 1.0 - out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def stack(features: list[np.ndarray], truth: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """Per-technique logistic regression over the given score columns, cross-fitted by fold."""
    from sklearn.linear_model import LogisticRegression

    out = np.zeros(truth.shape)
    for j in range(truth.shape[1]):
        Z = np.column_stack([logit(f[:, j]) for f in features])
        for k in range(fold.max() + 1):
            tr = fold != k
            if truth[tr, j].sum() < 2:
                continue
            clf = LogisticRegression(C=1.0, class_weight="balanced").fit(Z[tr], truth[tr, j])
            out[fold == k, j] = clf.predict_proba(Z[fold == k])[:, 1]
    return out


def sentence_segments(train: list) -> list[tuple[str, int, T.Segment]]:
    """(article id, paragraph row, absolute sentence segment) in semeval_sentence_units order."""
    out = []
    row = 0
    for art in train:
        for p in art.paragraphs:
            out.extend((art.id, row, s) for s in T.sentences(art.text, T.Segment(p.start, p.end)))
            row += 1
    return out


def place_spans(train: list, r: dict[str, np.ndarray], para_pred: np.ndarray, how: str,
                trigger_head: int | None) -> dict[str, list[tuple[str, int, int]]]:
    """Evidence spans for the fired (paragraph, technique) pairs, from out-of-fold scores.

    how: "paragraph" (the whole paragraph), "round1" (the sentence the paragraph head scores
    highest), "sentence" (the sentence the sentence head scores highest), "above" (every sentence
    above its cross-fitted sentence threshold, else the best). trigger_head: narrow
    Loaded_Language / Name_Calling spans to the trigger phrase found with that head's weights
    (0 paragraph head, 1 sentence head) or not (None).
    """
    segs = sentence_segments(train)
    by_para: dict[int, list[int]] = {}
    for i, (_, row, _) in enumerate(segs):
        by_para.setdefault(row, []).append(i)
    para_bounds = [(a.id, p.start, p.end) for a in train for p in a.paragraphs]
    s_pred = None
    if how == "above":
        s_pred, _ = crossfit(r["oof_s"], r["Ys"].astype(bool), r["fold_s"])
    trig_labels = sorted(T.TRIGGER_TECHNIQUES)
    by_sent_clause: dict[int, list[int]] = {}
    for c, i in enumerate(r.get("c_sent", [])):
        by_sent_clause.setdefault(int(i), []).append(c)
    out: dict[str, list[tuple[str, int, int]]] = {}
    for row, j in zip(*np.nonzero(para_pred), strict=True):
        label = T.TECHNIQUES[j]
        art, p_start, p_end = para_bounds[row]
        rows = by_para[row]
        if how == "paragraph":
            chosen = [-1]
        elif how == "round1":
            chosen = [rows[int(np.argmax(r["oof_ps"][rows, j]))]]
        elif how in ("clause", "clause-para"):
            cands = by_sent_clause[rows[int(np.argmax(r["oof_s"][rows, j]))]] if how == "clause" else \
                [c for i in rows for c in by_sent_clause[i]]
            c = cands[int(np.argmax(r["oof_c"][cands, j]))]
            out.setdefault(art, []).append((label, int(r["c_bounds"][c, 0]), int(r["c_bounds"][c, 1])))
            continue
        else:
            best = rows[int(np.argmax(r["oof_s"][rows, j]))]
            chosen = [best]
            if how == "above":
                assert s_pred is not None
                chosen = [i for i in rows if s_pred[i, j]] or [best]
        for i in chosen:
            if i < 0:
                start, end = p_start, p_end
            else:
                start, end = segs[i][2].start, segs[i][2].end
                if trigger_head is not None and label in T.TRIGGER_TECHNIQUES:
                    t0, t1 = r["trig"][i, trigger_head, trig_labels.index(label)]
                    if t0 >= 0:
                        start, end = start + int(t0), start + int(t1)
            out.setdefault(art, []).append((label, start, end))
    return out


def span_report(train: list, r: dict[str, np.ndarray], para_pred: np.ndarray, title: str) -> None:
    gold = {a.id: list(a.spans) for a in train}
    variants = {
        "whole paragraph": ("paragraph", None),
        "round 1: best sentence by paragraph head + triggers": ("round1", 0),
        "best sentence by sentence head": ("sentence", None),
        "best sentence by sentence head + triggers (par. head)": ("sentence", 0),
        "best sentence by sentence head + triggers (sent. head)": ("sentence", 1),
        "sentences above threshold": ("above", None),
        "best clause of the best sentence (sentence head)": ("clause", None),
        "best clause of the paragraph (sentence head)": ("clause-para", None),
    }
    focus = {"Flag_Waving", "Whataboutism", "Appeal_to_Authority", "Causal_Oversimplification"}
    print(f"\nspans vs train span gold, {title} (5-fold CV by article)")
    print(f"{'placement':<56} {'spans':>6} {'pP':>6} {'pR':>6} {'pF1':>6} {'sP':>6} {'sR':>6} {'sF1':>6}"
          f" {'4 rare pF1':>10}")
    for name, (how, trig) in variants.items():
        pred = place_spans(train, r, para_pred, how, trig)
        sc = span_scores(gold, pred)
        rare = span_scores(gold, pred, focus)
        print(f"{name:<56} {sc.predicted:6d} {sc.partial_precision:6.3f} {sc.partial_recall:6.3f} "
              f"{sc.partial_f1:6.3f} {sc.strict_precision:6.3f} {sc.strict_recall:6.3f} {sc.strict_f1:6.3f}"
              f" {rare.partial_f1:10.3f}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one fold only (smoke test)")
    parser.add_argument("--spans-for", default="0.75 paragraph + 0.25 sentence max",
                        help="combination whose paragraph decisions the spans are placed for")
    parser.add_argument("--cue-prior", type=float, default=1.0, help="LinearConfig.cue_prior")
    args = parser.parse_args()
    corpus = shared_dir() / "corpus" / "semeval2023_fr"
    train = load_split(corpus / "train-labels-subtask-3.txt")
    config = T.LinearConfig(cue_prior=args.cue_prior)
    r = cached_folds(config, train, args.quick)
    Yp = r["Yp"].astype(bool)
    fold = r["fold_p"]
    n_para = len(Yp)
    smax = aggregate(r["oof_s"], r["s_para"], n_para, "max")
    snor = aggregate(r["oof_s"], r["s_para"], n_para, "noisy_or")
    candidates: dict[str, Callable[[], np.ndarray]] = {
        "paragraph head": lambda: r["oof_p"],
        "sentence head, max": lambda: smax,
        "sentence head, noisy-or": lambda: snor,
        "mean(paragraph, sentence max)": lambda: (r["oof_p"] + smax) / 2,
        "0.75 paragraph + 0.25 sentence max": lambda: 0.75 * r["oof_p"] + 0.25 * smax,
        "0.25 paragraph + 0.75 sentence max": lambda: 0.25 * r["oof_p"] + 0.75 * smax,
        "0.9 paragraph + 0.1 sentence max": lambda: 0.9 * r["oof_p"] + 0.1 * smax,
        "0.6 paragraph + 0.4 sentence max": lambda: 0.6 * r["oof_p"] + 0.4 * smax,
        "mean(paragraph, noisy-or)": lambda: (r["oof_p"] + snor) / 2,
        "geometric mean(paragraph, sentence max)": lambda: np.sqrt(r["oof_p"] * smax),
        "stacker(paragraph, max, noisy-or)": lambda: stack([r["oof_p"], smax, snor], Yp, fold),
    }
    print("\nparagraph-level, train 5-fold CV by article, thresholds cross-fitted")
    print(f"{'combination':<42} {'P':>6} {'R':>6} {'micro-F1':>8} {'macro-F1':>8}")
    per_label = {}
    for name, fn in candidates.items():
        probs = fn()
        pred, _ = crossfit(probs, Yp, fold)
        p, rr, f = micro(pred, Yp)
        pl = per_label_f1(pred, Yp)
        per_label[name] = pl
        print(f"{name:<42} {p:6.3f} {rr:6.3f} {f:8.3f} {pl.mean():8.3f}", flush=True)
    if "oof_ps" in r and not args.quick:
        chosen = candidates[args.spans_for]()
        pred, _ = crossfit(chosen, Yp, fold)
        span_report(train, r, pred.astype(bool), f"paragraph decisions of '{args.spans_for}'")
        span_report(train, r, Yp, "gold paragraph labels (placement alone)")
    focus = ["Flag_Waving", "Whataboutism", "Appeal_to_Authority", "Causal_Oversimplification",
             "Loaded_Language", "Doubt"]
    print("\nper technique (train CV F1)")
    print(f"{'technique':<28}" + "".join(f"{n[:14]:>16}" for n in per_label))
    for lab in focus:
        j = T.TECHNIQUES.index(lab)
        print(f"{lab:<28}" + "".join(f"{pl[j]:16.3f}" for pl in per_label.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
