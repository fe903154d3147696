"""Calibrate the line model's decision threshold, or a rule's cut-off, for boilerplate F1 on the real development
dumps (round 14).

The whole cleaner (model and rules) is run at each value of the grid on every page of the development real splits
(``DEV_REAL``; never a blind split). The choice is checked by **page-grouped cross-validation**: pages are grouped by
outlet and dealt into ``FOLDS`` folds; for each fold the value with the best pooled line boilerplate F1 on the other
folds is applied to the held fold, and the out-of-fold counts are compared with the shipped value's. ``real_dev`` is
in the model's training data (in-sample probabilities, overconfident), so it is reported but left out of the choice
unless ``--with-real-dev``. ``--param NAME`` calibrates a named constant of ``kibaru.ingest.clean.dump`` instead of
the model threshold (``--grid`` its values).

    python benchmarks/boilerplate_calibrate.py [--param TEASER_HEADLINE_MAX_SIM --grid 0.1 0.2 0.3] [--with-real-dev]

Needs ``KIBARU_REAL_DUMPS`` (local text). Prints per-split F1 and article lines lost at each threshold, then the CV
estimate and the threshold chosen on all pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev

# Round 15: real_heldout9 (blind in round 14) is development data now; round 16: real_heldout10 too; round 17:
# real_heldout11; round 18: real_heldout12; round 19: real_heldout13; round 20: real_heldout14; round 21 (blindb):
# real_heldout15; round 22 (blindb17): real_heldout16; round 23 (blindb18): real_heldout17; round 24 (blindb19):
# real_heldout18; round 25 (blindb20): real_heldout19; round 26 (blindb21): real_heldout20; round 27 (blindb22):
# real_heldout21; round 28 (blindb23): real_heldout22; round 29 (blindb24): real_heldout23; round 30 (blindb25):
# real_heldout24; round 31 (blindb26): real_heldout25; round 32 (blindb27): real_heldout26; round 33 (blindb28):
# real_heldout27; round 34 (blindb29): real_heldout28; round 35 (blindb30): real_heldout29; round 36 (blindb31):
# real_heldout30; round 37 (blindb32): real_heldout31 (real_heldout32 is blind). Round 38 (blindb33): real_heldout31
# leaves the list again — it is pseudo-blind with real_heldout32 this round (real_heldout33 is blind), and this list
# is the development data a calibration may read; real_heldout30 is the last development set. Session 26 (blindb34):
# real_heldout31 is development again (32 / 33 are the pseudo-blind pair, 34 the blind set).
DEV_REAL = ("real_heldout", "real_heldout2", "real_heldout3", "real_heldout4", "real_heldout5", "real_heldout6",
            "real_heldout7", "real_heldout8", "real_heldout9", "real_heldout10", "real_heldout11", "real_heldout12",
            "real_heldout13", "real_heldout14", "real_heldout15", "real_heldout16", "real_heldout17",
            "real_heldout18", "real_heldout19", "real_heldout20", "real_heldout21", "real_heldout22",
            "real_heldout23", "real_heldout24", "real_heldout25", "real_heldout26", "real_heldout27",
            "real_heldout28", "real_heldout29", "real_heldout30", "real_heldout31")
GRID = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 5


def counts(pages: list[ev.Page], values: tuple[float, ...], param: str | None = None) -> np.ndarray:
    """(pages, values, 4) line counts tp, fp, fn, tn of the boilerplate class, the whole cleaner at each value of the
    model threshold (``param`` None) or of the dump module's constant ``param`` (LineStats over the split, as
    ``evaluate`` does)."""
    from kibaru.ingest.clean import dump

    out = np.zeros((len(pages), len(values), 4))
    stats = ev.build_stats(pages)
    base = dump._model()
    for j, t in enumerate(values):
        if param is None:
            variant = dataclasses.replace(base, threshold=t)
            patch = mock.patch.object(dump, "_model", lambda variant=variant: variant)
        else:
            patch = mock.patch.object(dump, param, type(getattr(dump, param))(t))
        with patch:
            for i, page in enumerate(pages):
                for gold_art, pred_bp in zip(page.gold, ev.predict(page, stats), strict=True):
                    gold_bp = not gold_art
                    out[i, j, 0 if pred_bp and gold_bp else 1 if pred_bp else 2 if gold_bp else 3] += 1
    return out


def f1(c: np.ndarray) -> float:
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
    return float(2 * tp / (2 * tp + fp + fn)) if (2 * tp + fp + fn) else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", nargs="+", default=list(DEV_REAL))
    parser.add_argument("--with-real-dev", action="store_true", help="let real_dev (in-sample) take part in the choice")
    parser.add_argument("--param", help="a named constant of kibaru.ingest.clean.dump (default: the model threshold)")
    parser.add_argument("--grid", nargs="+", type=float, help="the values to try (default: GRID, for the threshold)")
    args = parser.parse_args(argv)
    if any(s not in (*DEV_REAL, "real_dev") for s in args.splits):
        raise SystemExit("development real splits only")
    from kibaru.ingest.clean import dump

    if args.param is not None and not (args.param.isupper() and hasattr(dump, args.param)):
        raise SystemExit(f"{args.param}: not a constant of kibaru.ingest.clean.dump")
    shipped = float(dump._model().threshold if args.param is None else getattr(dump, args.param))
    grid = tuple(sorted({*(args.grid or GRID), shipped}))
    j0 = grid.index(shipped)
    splits = [*args.splits, *(["real_dev"] if "real_dev" not in args.splits else [])]
    per_split: dict[str, tuple[list[ev.Page], np.ndarray]] = {}
    for split in splits:
        pages = list(ev.iter_pages(split))
        per_split[split] = (pages, counts(pages, grid, args.param))
    print(f"line boilerplate F1 by {args.param or 'threshold'} (whole cleaner); [article lines lost vs the shipped "
          f"value {shipped:g}]")
    print(f"{'split':14}" + "".join(f"{t:>13g}" for t in grid))
    for split, (_, c) in per_split.items():
        tot = c.sum(axis=0)
        print(f"{split:14}" + "".join(f"{f1(tot[j]):7.3f} [{int(tot[j, 1] - tot[j0, 1]):+3d}]"
                                      for j in range(len(grid))))
    chosen = [s for s in splits if s != "real_dev" or args.with_real_dev]
    pages = [p for s in chosen for p in per_split[s][0]]
    c = np.concatenate([per_split[s][1] for s in chosen])
    pooled = c.sum(axis=0)
    print(f"{'pooled':14}" + "".join(f"{f1(pooled[j]):7.3f} [{int(pooled[j, 1] - pooled[j0, 1]):+3d}]"
                                      for j in range(len(grid))))
    # Page-grouped CV: outlets dealt into folds in sorted order (one outlet's pages on one side only).
    outlets = sorted({p.group or p.file for p in pages})
    fold_of_outlet = {o: k % FOLDS for k, o in enumerate(outlets)}
    fold = np.array([fold_of_outlet[p.group or p.file] for p in pages])
    oof_cal, oof_fixed = np.zeros(4), np.zeros(4)
    picks = []
    for f in range(FOLDS):
        train = c[fold != f].sum(axis=0)
        best = max(range(len(grid)), key=lambda j: (f1(train[j]), -abs(grid[j] - shipped)))
        picks.append(grid[best])
        held = c[fold == f].sum(axis=0)
        oof_cal += held[best]
        oof_fixed += held[j0]
    print(f"page-grouped {FOLDS}-fold CV ({len(pages)} pages, {len(outlets)} outlets): values picked {picks}; "
          f"out-of-fold boilerplate F1 shipped {shipped:g} {f1(oof_fixed):.4f} -> calibrated {f1(oof_cal):.4f} "
          f"(P {oof_cal[0] / max(1, oof_cal[0] + oof_cal[1]):.3f} R {oof_cal[0] / max(1, oof_cal[0] + oof_cal[2]):.3f}"
          f"; shipped P {oof_fixed[0] / max(1, oof_fixed[0] + oof_fixed[1]):.3f} "
          f"R {oof_fixed[0] / max(1, oof_fixed[0] + oof_fixed[2]):.3f})")
    best_all = max(range(len(grid)), key=lambda j: (f1(pooled[j]), -abs(grid[j] - shipped)))
    print(f"value with the best pooled F1 on all chosen pages: {grid[best_all]:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
