"""``clean_dump`` throughput (docs/s) of this tree against another kibaru source tree, in one run.

The documents are synthetic dumps from ``synth.py`` (real French sentences, our boilerplate) and the
real html_gold pages rendered as dumps (``boilerplate_eval.render_dump``). Each source tree is timed
in its own subprocess, alternately, ``--rounds`` times; the median docs/s and the ratio are printed.
Timings on a shared, loaded machine vary: compare the ratio, not the absolute figures.

    python benchmarks/bench_clean.py --baseline /work/main/src [--docs 500] [--rounds 3] [--cpu]

``--cpu`` (round 6) times with the process's CPU clock instead of the wall clock, and prints the median of the
per-round ratios besides the ratio of the medians: on a machine whose load swings from round to round (wall-clock
rates of one tree from 90 to 260 docs/s in one run), the paired CPU-time ratio is the stable figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_TIMER = r"""
import json, sys, time
from kibaru.ingest.clean.dump import clean_dump
docs = json.load(open(sys.argv[1], encoding="utf-8"))
clock = time.process_time if sys.argv[2] == "cpu" else time.perf_counter
for d in docs[:20]:
    clean_dump(d)
start = clock()
for d in docs:
    clean_dump(d)
print(len(docs) / (clock() - start))
"""


def corpus(n_synth: int) -> list[str]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import boilerplate_eval as ev
    import synth

    docs = [text for _, text, _ in synth.generate(n_synth, seed=7)]
    for row in ev.full_rows():
        docs.append("\n".join(ev.load_page(row).lines))
    return docs


def rate(src: str, path: str, clock: str = "wall") -> float:
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", _TIMER, path, clock], env=env, check=True, capture_output=True,
                         text=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", required=True, help="src/ directory of the tree to compare against")
    parser.add_argument("--docs", type=int, default=500, help="synthetic dumps (plus the 174 real pages)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time; paired ratios (round 6)")
    args = parser.parse_args()
    docs = corpus(args.docs)
    chars = sum(len(d) for d in docs) / len(docs)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(docs, fh)
        path = fh.name
    try:
        mine, base = [], []
        for k in range(args.rounds):  # the order alternates too, so neither tree always runs first
            pair = [(base, args.baseline), (mine, str(REPO / "src"))]
            for sink, src in pair if k % 2 == 0 else pair[::-1]:
                sink.append(rate(src, path, "cpu" if args.cpu else "wall"))
    finally:
        os.unlink(path)
    m, b = statistics.median(mine), statistics.median(base)
    clock = "CPU time" if args.cpu else "wall time"
    print(f"{len(docs)} dumps, {chars:.0f} chars on average, {args.rounds} alternating rounds (median, {clock})")
    print("per round, baseline / this tree: " + ", ".join(f"{b:.0f}/{m:.0f}" for b, m in zip(base, mine, strict=True)))
    print(f"baseline {args.baseline}: {b:.0f} docs/s")
    print(f"this tree {REPO / 'src'}: {m:.0f} docs/s")
    print(f"ratio (baseline / this tree, time per doc): {b / m:.2f}x")
    paired = statistics.median(x / y for x, y in zip(base, mine, strict=True))
    print(f"median of the per-round ratios: {paired:.2f}x")


if __name__ == "__main__":
    main()
