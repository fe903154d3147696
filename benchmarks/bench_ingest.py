"""Ingest + clean throughput (docs/s) and peak memory on 10k and 100k synthetic dumps.

The dumps are built from real French sentences by ``benchmarks/synth.py``. Each size is measured
in a fresh child process (so peak RSS is that run's own), against a baseline measured in the same
run: reading and decoding the same files without cleaning or storing them. Memory is sampled
every 5% of the documents to show whether it stays flat.

    python benchmarks/bench_ingest.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DATA = HERE / ".data"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") / 1024


def rss_mb() -> float:
    """Current resident set size of this process (Linux /proc)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * PAGE_KB / 1024


def corpus(n: int) -> Path:
    """The synthetic corpus of ``n`` dumps, generated once and cached under benchmarks/.data."""
    from synth import generate

    folder = DATA / f"ingest{n}"
    truth = DATA / f"ingest{n}.truth.jsonl"  # kept beside the folder: it is not an input
    if not truth.exists():
        for _ in generate(n, seed=7, out_dir=folder):
            pass
        (folder / "truth.jsonl").replace(truth)
    return folder


def child_baseline(folder: str) -> None:
    from kibaru.ingest.discover import iter_documents

    start = time.perf_counter()
    count = sum(1 for _ in iter_documents([Path(folder)]))
    elapsed = time.perf_counter() - start
    print(json.dumps({"docs": count, "seconds": elapsed}))


def child_ingest(folder: str, db: str, total: int) -> None:
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    samples: list[tuple[int, float]] = []
    seen = 0
    step = max(1, total // 20)

    def on_item(_: object) -> None:
        nonlocal seen
        seen += 1
        if seen % step == 0:
            samples.append((seen, round(rss_mb(), 1)))

    storage = open_storage(db)
    start = time.perf_counter()
    summary = ingest([Path(folder)], storage, IngestOptions(), on_item=on_item)
    elapsed = time.perf_counter() - start
    storage.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"docs": summary.read, "new": summary.new, "rejected": summary.rejected,
                      "seconds": elapsed, "peak_mb": peak, "rss": samples}))


def run_child(*args: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "baseline":
            child_baseline(args.child[1])
        else:
            child_ingest(args.child[1], args.child[2], int(args.child[3]))
        return
    print("| docs | read-only baseline docs/s | ingest+clean+store docs/s | ratio | peak RSS MB | RSS at 10% → 100% |")
    print("|---:|---:|---:|---:|---:|---|")
    for n in args.sizes:
        folder = corpus(n)
        base = run_child("--child", "baseline", str(folder))
        with tempfile.TemporaryDirectory() as tmp:
            full = run_child("--child", "ingest", str(folder), str(Path(tmp) / "b.duckdb"), str(n))
        base_rate = float(base["docs"]) / float(base["seconds"])  # type: ignore[arg-type]
        rate = float(full["docs"]) / float(full["seconds"])  # type: ignore[arg-type]
        rss = full["rss"]
        assert isinstance(rss, list)
        trail = f"{rss[1][1]} → {rss[-1][1]}" if len(rss) > 2 else "n/a"
        print(f"| {n} | {base_rate:.0f} | {rate:.0f} | {rate / base_rate:.2f} | {full['peak_mb']:.0f} | {trail} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
