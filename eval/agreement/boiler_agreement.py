"""Inter-annotator agreement of the real-dump boilerplate gold on ``real_heldout6`` (94 pages, 641 lines, issue 2).

Annotator A is the gold (``benchmarks/data/real_dumps6_labels.jsonl``, read through ``boilerplate_eval.iter_pages``,
every hash checked); annotator B (branch agree4) labelled the same 641 non-blank lines from the guideline
(``benchmarks/data/REAL_DUMPS.md``) and the local text only, blind to A (``boiler_real_heldout6_b.jsonl``, built by
``build_boiler_b.py``). Both annotators are LLM helpers following the same written guideline.

The measure is the one ``benchmarks/boilerplate_eval.py`` uses for the system: one prediction per non-blank line,
``Counts.add(pred_bp, gold_bp)``, boilerplate-class P/R/F1 at line level (and the article class, accuracy, Cohen's
kappa). Pairs, each "reference / prediction":

* **A / B** and **B / A**: one annotator as the gold, the other as the "system" (P and R swap, F1 is the same);
* **A / system** and **B / system**: the shipped cleaner (``boilerplate_eval.predict`` with the split's
  ``LineStats``, exactly as ``boilerplate_eval --split real_heldout6`` scores it) against each annotator;
* **A∩B / system**: the system on the lines where A and B agree only.

Usage: ``KIBARU_REAL_DUMPS=/work/extra_dumps PYTHONPATH=src python eval/agreement/boiler_agreement.py
[--disagreements] [--system-errors]`` (``--disagreements`` prints each A/B disagreement with its line to the
terminal, for the classification in RESULTS; ``--system-errors`` the system's errors on the lines where A and B
agree; nothing of the text is written to a file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

SPLIT = "real_heldout6"
B_FILE = HERE / f"boiler_{SPLIT}_b.jsonl"


def b_labels(path: Path = B_FILE) -> dict[tuple[str, int], tuple[str, bool]]:
    """(file, line index) -> (line sha1, True when B says boilerplate)."""
    out: dict[tuple[str, int], tuple[str, bool]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        rec: dict[str, Any] = json.loads(raw)
        if "line" in rec:
            out[(rec["file"], rec["line"])] = (rec["line_sha1"], rec["label"] == "boilerplate")
    return out


def kappa(c: Any) -> float:
    n = c.tp + c.fp + c.fn + c.tn
    po = (c.tp + c.tn) / n
    pe = ((c.tp + c.fp) * (c.tp + c.fn) + (c.tn + c.fn) * (c.tn + c.fp)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


# Page bootstrap of the boilerplate F1 (pages resampled with replacement; the lines of a page are not independent).
BOOT_RESAMPLES = 2000
BOOT_SEED = 20261130


def bootstrap(per_page: list[dict[str, Any]], names: list[str]) -> dict[str, tuple[float, float]]:
    import random

    rng = random.Random(BOOT_SEED)
    scores: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(BOOT_RESAMPLES):
        sample = [per_page[rng.randrange(len(per_page))] for _ in per_page]
        for name in names:
            tp = sum(c[name].tp for c in sample)
            fp = sum(c[name].fp for c in sample)
            fn = sum(c[name].fn for c in sample)
            scores[name].append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    out: dict[str, tuple[float, float]] = {}
    for name, xs in scores.items():
        xs.sort()
        out[name] = (xs[int(0.025 * len(xs))], xs[int(0.975 * len(xs)) - 1])
    return out


def main(argv: list[str] | None = None) -> int:
    import boilerplate_eval as ev
    import real_dumps

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--disagreements", action="store_true")
    parser.add_argument("--system-errors", action="store_true",
                        help="print the system's errors on the lines where A and B agree (terminal only)")
    args = parser.parse_args(argv)
    pages = list(ev.iter_pages(SPLIT))
    b = b_labels()
    stats = ev.build_stats(pages)
    pairs = {name: ev.Counts() for name in ("A / B", "B / A", "A / system", "B / system", "A∩B / system")}
    per_page: list[dict[str, Any]] = []  # per page, per pair, its counts (for the page bootstrap)
    n_lines = 0
    for page in pages:
        index = [k for k, line in enumerate((page.raw or "").splitlines()) if line.strip()]
        system = ev.predict(page, stats)
        mine = {name: ev.Counts() for name in pairs}
        per_page.append(mine)
        for k, line, gold_art, sys_bp in zip(index, page.lines, page.gold, system, strict=True):
            sha, b_bp = b[(page.file, k)]
            if sha != real_dumps.sha1(line):
                raise SystemExit(f"{B_FILE}: {page.file} line {k} is not the line B labelled")
            a_bp = not gold_art
            n_lines += 1
            for counts in (pairs, mine):
                counts["A / B"].add(b_bp, a_bp)
                counts["B / A"].add(a_bp, b_bp)
                counts["A / system"].add(sys_bp, a_bp)
                counts["B / system"].add(sys_bp, b_bp)
                if a_bp == b_bp:
                    counts["A∩B / system"].add(sys_bp, a_bp)
            if a_bp == b_bp and sys_bp != a_bp and args.system_errors:
                print(f"{'MISSED-BP' if a_bp else 'FALSE-BP'} {page.file[:8]}:{k} {line.strip()[:120]!r}")
            if a_bp != b_bp and args.disagreements:
                print(f"{'A-only' if a_bp else 'B-only'} {page.file[:8]}:{k} sys={'bp' if sys_bp else 'art'} "
                      f"{line.strip()[:160]!r}")
    if len(b) != n_lines:
        raise SystemExit(f"{B_FILE}: {len(b)} labelled lines, {n_lines} in the split")
    print(f"== {SPLIT}: {len(pages)} pages, {n_lines} lines; A (gold) {int(pairs['A / B'].tp + pairs['A / B'].fn)} "
          f"boilerplate, B {int(pairs['B / A'].tp + pairs['B / A'].fn)} boilerplate; line level, "
          "boilerplate_eval's rule (reference / prediction)")
    print(f"{'pair':15}{'lines':>6}{'tp':>5}{'fp':>5}{'fn':>5}   {'bp P':>6}{'bp R':>6}{'bp F1':>7}"
          f"   {'art F1':>7}{'acc':>7}{'kappa':>7}   bp F1 95 % page bootstrap")
    intervals = bootstrap(per_page, list(pairs))
    for name, c in pairs.items():
        p, r, f = c.boilerplate()
        n = int(c.tp + c.fp + c.fn + c.tn)
        lo, hi = intervals[name]
        print(f"{name:15}{n:>6}{int(c.tp):>5}{int(c.fp):>5}{int(c.fn):>5}   {p:6.3f}{r:6.3f}{f:7.3f}"
              f"   {c.article()[2]:7.3f}{c.accuracy():7.3f}{kappa(c):7.3f}   [{lo:.3f}, {hi:.3f}]")
    print(f"(bootstrap: {BOOT_RESAMPLES} resamples of the {len(pages)} pages with replacement, seed {BOOT_SEED})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
