"""Round 24: outlet-grouped cross-validation of the line model trained on every real development dump.

The html pages of ``dev_all`` (dev + extra_dev) and every real development split (``REAL_DEV``: real_dev, real_heldout,
real_heldout2..real_heldout19 since round 27; never the blind or pseudo-blind splits) are dealt into
``boilerplate_eval.cv_folds`` (real dumps by outlet, html pages in turn). For each fold a model is trained as
``boilerplate_eval.train`` does (two stages of boosted trees, stage 2 on cross-fitted stage-1 probabilities) on the
other folds, and the held real pages are scored with the whole cleaner (model and rules) at each threshold of
``GRID``: every real page is scored by a model that never saw it.

Configurations (first argument):

* ``shipped``: the shipped model (``src/kibaru/data/boilerplate_model.json``) on every real page, no training (it saw
  real_dev only: its real_dev figures are in-sample; ``ship_cv`` gives them out of fold);
* ``ship_cv``: the shipped model's recipe (html + real_dev, real weight 30) cross-validated, real_dev pages scored;
* ``all:W``: html + every real development dump, a real line weighing W html lines;
* ``recipe`` (round 27): the shipped model's recipe (html + real_dev, weight 30) retrained once with this tree's code
  and scored on every other real development page; it reproduces the shipped model line for line, so it is the exact
  control for a change of features or training data; ``recipe~N``: the same with the training pages shuffled (seed N),
  i.e. the same data and recipe in another order (the stage-2 cross-fitting folds change): the noise of retraining.

Counts (pages x GRID x [tp fp fn tn] of the boilerplate class) go to ``<out>/res_<config>.npy`` with the page list;
``--report A B`` compares two results (per split, pooled, paired outlet bootstrap of the F1 difference, threshold
chosen inside the CV). Needs ``KIBARU_REAL_DUMPS`` and ``KIBARU_SHARED``; ``KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1``
for the partial sets.

    python benchmarks/boilerplate_cv_real.py all:10 [--out DIR]
    python benchmarks/boilerplate_cv_real.py --report shipped all_10 [--out DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev

REAL_DEV = ("real_dev", "real_heldout", *(f"real_heldout{k}" for k in range(2, 25)))  # round 31: + 23; round 33: + 24
GRID = (0.45, 0.5, 0.55, 0.6, 0.65)
FOLDS = 5
BOOTSTRAP = 2000


def load() -> tuple[list[ev.Page], dict[str, str]]:
    pages = list(ev.iter_pages("dev_all"))
    split_of: dict[str, str] = {}
    for split in REAL_DEV:
        for page in ev.iter_pages(split):
            pages.append(page)
            split_of[page.file] = split
    return pages, split_of


def score(model: Any, held: list[int], pages: list[ev.Page], stats: Any) -> np.ndarray:
    """(len(held), len(GRID), 4) line counts tp, fp, fn, tn of the boilerplate class, whole cleaner."""
    from kibaru.ingest.clean import dump

    out = np.zeros((len(held), len(GRID), 4))
    for j, t in enumerate(GRID):
        variant = dataclasses.replace(model, threshold=t)
        with mock.patch.object(dump, "_model", lambda variant=variant: variant):
            for i, k in enumerate(held):
                for gold_art, pred_bp in zip(pages[k].gold, ev.predict(pages[k], stats), strict=True):
                    gold_bp = not gold_art
                    out[i, j, 0 if pred_bp and gold_bp else 1 if pred_bp else 2 if gold_bp else 3] += 1
    return out


# Round 30: a modifier after "+": ``longN`` (a boilerplate line of boilerplate_eval.LONG_LINE_CHARS characters or
# more weighs N times its page's weight), e.g. ``all:30+long3``, ``recipe+long3``. The article-context features
# tried this round (``+art``, ``+pos``, ``+sim``) are on branch experiment/boiler30-article-context.


# Round 31: how the real pages are dealt into folds. ``outlet``: ``boilerplate_eval.cv_folds`` (an outlet's pages on
# one side); ``set``: whole development sets in turn (a set is a fresh query batch, as a blind set is; an outlet may
# still be on both sides); ``set-strict``: whole sets, and a training fold loses every page of an outlet that has a
# page in the held sets (unseen sets AND unseen outlets, the blind sets' condition for the model).
GROUPINGS = ("outlet", "set", "set-strict")


def fold_of(pages: list[ev.Page], split_of: dict[str, str], group: str) -> list[int]:
    """Fold of each page under ``group`` (html / DAnIEL pages as ``cv_folds`` deals them)."""
    fold = ev.cv_folds(pages, FOLDS)
    if group == "outlet":
        return fold
    if group not in GROUPINGS:
        raise SystemExit(f"unknown grouping {group!r}")
    set_fold = {s: k % FOLDS for k, s in enumerate(REAL_DEV)}
    return [set_fold[split_of[p.file]] if p.real else f for p, f in zip(pages, fold, strict=True)]


def train_indices(pages: list[ev.Page], fold: list[int], f: int, group: str) -> list[int]:
    """The pages a model of fold ``f`` may train on: every page of the other folds; under ``set-strict`` less the
    real pages of an outlet that has a page in fold ``f``."""
    held = {p.group for p, g in zip(pages, fold, strict=True) if p.real and g == f} if group == "set-strict" else set()
    return [k for k, p in enumerate(pages) if fold[k] != f and not (p.real and p.group in held)]


def run(config: str, out_dir: Path, group: str = "outlet") -> None:
    from kibaru.ingest.clean import dump

    name = config.replace(":", "_").replace("~", "_").replace("+", "_") + ("" if group == "outlet" else f"_{group}")
    config, *mods = config.split("+")
    for mod in mods:
        if mod.startswith("long"):
            ev.LONG_BP_WEIGHT = float(mod[4:])
        else:
            raise SystemExit(f"unknown modifier {mod!r}")

    pages, split_of = load()
    real_idx = [k for k, p in enumerate(pages) if p.real]
    by_split: dict[str, list[int]] = {}
    for k in real_idx:
        by_split.setdefault(split_of[pages[k].file], []).append(k)
    stats = {s: ev.build_stats([pages[k] for k in ks]) for s, ks in by_split.items()}  # as evaluate(): per split
    res = np.zeros((len(pages), len(GRID), 4))
    if config == "shipped":
        for s, ks in by_split.items():
            res[ks] = score(dump._model(), ks, pages, stats[s])
    elif config.startswith("recipe"):  # round 27: the shipped recipe retrained once (``~N``: pages shuffled, seed N)
        train_pages = [p for p in pages if not p.real or split_of[p.file] == "real_dev"]
        if "~" in config:
            random.Random(int(config.split("~", 1)[1])).shuffle(train_pages)
        ev.REAL_TRAIN_WEIGHT = 30.0
        model = dump.model_from_dict(ev.train(train_pages))
        for s, ks in by_split.items():
            if s != "real_dev":
                res[ks] = score(model, ks, pages, stats[s])
    else:
        fold = fold_of(pages, split_of, group)
        if config == "ship_cv":
            def use(p: ev.Page) -> bool:
                return not p.real or split_of[p.file] == "real_dev"
            ev.REAL_TRAIN_WEIGHT = 30.0
        elif config.startswith("all:"):
            def use(p: ev.Page) -> bool:
                return True
            ev.REAL_TRAIN_WEIGHT = float(config.split(":", 1)[1])
        else:
            raise SystemExit(f"unknown configuration {config!r}")
        for f in range(FOLDS):
            model = dump.model_from_dict(ev.train([pages[k] for k in train_indices(pages, fold, f, group)
                                                   if use(pages[k])]))
            held = [k for k in real_idx
                    if fold[k] == f and (config != "ship_cv" or split_of[pages[k].file] == "real_dev")]
            for s in by_split:
                ks = [k for k in held if split_of[pages[k].file] == s]
                if ks:
                    res[ks] = score(model, ks, pages, stats[s])
            print(f"fold {f} done", file=sys.stderr, flush=True)
    np.save(out_dir / f"res_{name}.npy", res)
    (out_dir / f"pages_{name}.json").write_text(json.dumps(
        [[p.file, p.group, split_of.get(p.file, "")] for p in pages]) + "\n", encoding="utf-8")


def f1(c: np.ndarray) -> float:
    tp, fp, fn = float(c[0]), float(c[1]), float(c[2])
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(base: str, new: str, out_dir: Path, exclude: tuple[str, ...] = ()) -> None:
    rows = json.loads((out_dir / f"pages_{new}.json").read_text(encoding="utf-8"))
    a, b = np.load(out_dir / f"res_{new}.npy"), np.load(out_dir / f"res_{base}.npy")
    if base == "shipped" and (out_dir / "res_ship_cv.npy").exists():  # real_dev out of fold for the shipped recipe
        rd = [k for k, r in enumerate(rows) if r[2] == "real_dev"]
        b[rd] = np.load(out_dir / "res_ship_cv.npy")[rd]
    j0 = GRID.index(ev.DECISION_THRESHOLD)
    real = [k for k, r in enumerate(rows) if r[2] and r[2] not in exclude]  # ``recipe`` leaves real_dev unscored
    print(f"line boilerplate F1 / article lines lost (fp) / boilerplate lines missed (fn); {base} at {GRID[j0]}")
    for name in ("pooled", *(s for s in REAL_DEV if s not in exclude)):
        ks = [k for k in real if name == "pooled" or rows[k][2] == name]
        ca, cb = a[ks].sum(axis=0), b[ks].sum(axis=0)
        print(f"{name:15} {base} {f1(cb[j0]):.3f}/{int(cb[j0, 1])}/{int(cb[j0, 2])} | {new} "
              + " ".join(f"{t:g}: {f1(ca[j]):.3f}/{int(ca[j, 1])}/{int(ca[j, 2])}" for j, t in enumerate(GRID)))
    outlets = sorted({rows[k][1] for k in real})
    oi = {o: i for i, o in enumerate(outlets)}
    fo = np.array([oi[rows[k][1]] % FOLDS for k in real])
    ar = a[real]
    oof, picks = np.zeros(4), []
    for f in range(FOLDS):  # threshold chosen on the other outlet folds
        train = ar[fo != f].sum(axis=0)
        jj = max(range(len(GRID)), key=lambda j: f1(train[j]))
        picks.append(GRID[jj])
        oof += ar[fo == f].sum(axis=0)[jj]
    per_a, per_b = np.zeros((len(outlets), 4)), np.zeros((len(outlets), 4))
    for k in real:
        per_a[oi[rows[k][1]]] += a[k, j0]
        per_b[oi[rows[k][1]]] += b[k, j0]
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(BOOTSTRAP):
        s = rng.integers(0, len(outlets), len(outlets))
        diffs.append(f1(per_a[s].sum(axis=0)) - f1(per_b[s].sum(axis=0)))
    d = np.array(diffs)
    print(f"{new} with the threshold chosen inside the CV {picks}: F1 {f1(oof):.4f} (lost {int(oof[1])}, missed "
          f"{int(oof[2])}); at {GRID[j0]}: {f1(per_a.sum(axis=0)) - f1(per_b.sum(axis=0)):+.4f} vs {base}, outlet "
          f"bootstrap sd {d.std():.4f}, 95% [{np.quantile(d, 0.025):+.4f}, {np.quantile(d, 0.975):+.4f}] "
          f"({len(outlets)} outlets, {len(real)} pages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config", nargs="?", help="shipped | ship_cv | all:W | recipe | recipe~N")
    parser.add_argument("--report", nargs=2, metavar=("BASE", "NEW"), help="compare two saved results")
    parser.add_argument("--out", type=Path, default=Path("/tmp/boilerplate_cv_real"))
    parser.add_argument("--group", choices=GROUPINGS, default="outlet",
                        help="round 31: real pages dealt into folds by outlet, by set, or by set with the held "
                             "sets' outlets left out of training")
    parser.add_argument("--exclude", nargs="*", default=[], help="splits left out of --report (real_dev for recipe)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.report:
        report(args.report[0], args.report[1], args.out, tuple(args.exclude))
    elif args.config:
        run(args.config, args.out, args.group)
    else:
        parser.error("a configuration or --report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
