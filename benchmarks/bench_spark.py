"""Spark ingest throughput: the same synthetic corpus with local[1] and local[2], NLP on.

The per-document work (cleaning, spaCy parse, entities, quotes, events, MinHash) is what Spark
spreads over cores, so the figure of merit is the ratio of docs/s between ``local[2]`` and
``local[1]`` in the same run (issue 8 target: ≥ 1.6×). Each master runs in its own process (a
fresh JVM and fresh Python workers, so both pay the model loading); the Spark session start-up is
timed apart and excluded, everything from listing the inputs to the last Parquet file is included.

    KIBARU_SHARED=/work/shared python benchmarks/bench_spark.py --n 600 --partitions 16 \
        --masters 'local[1]' 'local[2]'

``--daemon pyspark.daemon`` runs PySpark's own worker daemon instead of kibaru's (each worker then
loads the components itself): the before/after comparison of ``scale.daemon``. Each child prints
its stages with the executors' measurements (Python workers, component loads, worker time).

The corpus comes from ``benchmarks/synth.py`` (real French sentences from ../shared at run time),
generated once under ``benchmarks/.data/``. Report ``uptime`` with the figures: on a shared machine
the ratio, not the absolute speed, is what means something.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
# Iterations of the CPU-availability probe (about a second of pure Python on an idle core).
SPIN_LOOPS = 30_000_000


def corpus(n: int) -> Path:
    sys.path.insert(0, str(HERE))
    from synth import generate

    folder = DATA / f"spark{n}"
    done = DATA / f"spark{n}.truth.jsonl"
    if not done.exists():
        for _ in generate(n, seed=11, out_dir=folder):
            pass
        (folder / "truth.jsonl").replace(done)  # not an input
    return folder


def load_average() -> str:
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"


def priority() -> str:
    """This process's nice value and scheduler autogroup (nice alone does not reach across autogroups)."""
    group = Path("/proc/self/autogroup")
    return f"nice {os.nice(0)}, " + (group.read_text().strip() if group.exists() else "no autogroup")


def _spin(_: int) -> float:
    started = time.perf_counter()
    x = 0
    for i in range(SPIN_LOOPS):
        x += i
    return time.perf_counter() - started


def cpu_ceiling() -> float:
    """How much more pure-Python work 2 processes do than 1 right now: the best ratio Spark could show."""
    from multiprocessing import Pool

    with Pool(2) as pool:
        one = _spin(0)
        two = max(pool.map(_spin, [0, 1]))
    return 2 * one / two


def child(master: str, folder: str, partitions: int, model: str | None, daemon: str) -> None:
    from kibaru.config import load_config
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.scale import job
    from kibaru.scale.session import spark_session

    config = load_config()
    if model:
        config["enrich"]["model"] = model
    options = IngestOptions.from_config(config)
    t0 = time.perf_counter()
    spark = spark_session(master, partitions=partitions, daemon_module=daemon)
    spark.sparkContext.parallelize(range(4), 2).count()  # the JVM is up (and a plain Python worker)
    startup = time.perf_counter() - t0
    steps: list[str] = []
    with tempfile.TemporaryDirectory() as out:
        t1 = time.perf_counter()
        summary = job.run([Path(folder)], Path(out) / "out", options, spark=spark, partitions=partitions,
                          progress=steps.append)
        seconds = time.perf_counter() - t1
    spark.stop()
    print(json.dumps({"master": master, "docs": summary.new, "seconds": seconds, "startup": startup,
                      "clusters": summary.multi_member_clusters, "components": list(options.components),
                      "steps": steps, "work": summary.work, "priority": priority()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="synthetic documents")
    parser.add_argument("--partitions", type=int, default=16, help="NLP-stage partitions (8 per core on 2 cores)")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--model", default=None, help="spaCy model (default: the configured one)")
    parser.add_argument("--daemon", default="kibaru.scale.daemon",
                        help="executors' Python daemon; pyspark.daemon: every worker loads the components itself")
    parser.add_argument("--child", nargs=2, metavar=("MASTER", "FOLDER"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.partitions, args.model, args.daemon)
        return
    folder = corpus(args.n)
    print(f"corpus: {args.n} synthetic dumps in {folder}; partitions {args.partitions}; cores {os.cpu_count()}; "
          f"daemon {args.daemon}; {priority()}", flush=True)
    print(f"CPU ceiling: 2 processes do {cpu_ceiling():.2f}x the work of 1 (pure-Python probe)", flush=True)
    results = []
    for master in args.masters:
        before = load_average()
        cmd = [sys.executable, __file__, "--child", master, str(folder), "--partitions", str(args.partitions),
               "--daemon", args.daemon]
        if args.model:
            cmd += ["--model", args.model]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"{master} failed:\n{proc.stderr[-3000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["load"] = f"{before} → {load_average()}"
        results.append(result)
        print(f"{master:>9}: {result['docs']} docs in {result['seconds']:.1f} s = "
              f"{result['docs'] / result['seconds']:.2f} docs/s (session start-up {result['startup']:.1f} s, "
              f"excluded; load average {result['load']}; components {', '.join(result['components'])})",
              flush=True)
        for line in result["steps"]:
            print(f"           {line}", flush=True)
    print(f"CPU ceiling: 2 processes do {cpu_ceiling():.2f}x the work of 1 (pure-Python probe)", flush=True)
    if len(results) >= 2:
        # Against the master with the fewest cores, whatever order they ran in.
        base = min(results, key=lambda r: r["master"])
        for other in results:
            if other is not base:
                ratio = (other["docs"] / other["seconds"]) / (base["docs"] / base["seconds"])
                print(f"ratio {other['master']} / {base['master']}: {ratio:.2f}x")

if __name__ == "__main__":
    main()
