"""Run every benchmark and print its figures (results are recorded by hand in RESULTS.md).

    python benchmarks/run.py            # quick sizes
    python benchmarks/run.py --full     # the sizes RESULTS.md reports (100k documents; takes a while)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bench(script: str, *args: str) -> int:
    path = HERE / script
    if not path.exists():
        print(f"## {script}: not present, skipped")
        return 0
    print(f"\n## {script} {' '.join(args)}", flush=True)
    return subprocess.call([sys.executable, str(path), *args])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="100k-document sizes")
    full = parser.parse_args().full
    failures = 0
    failures += bench("boilerplate_eval.py") != 0
    failures += bench("bench_dedup.py", *(["--sizes", "10000", "100000"] if full else ["--sizes", "10000"])) != 0
    failures += bench("bench_ingest.py", "--sizes", *(["10000", "100000"] if full else ["10000"])) != 0
    failures += bench("bench_nlp.py") != 0
    failures += bench("bench_serve.py", "--n", "100000" if full else "10000") != 0
    failures += bench("eval_linking.py") != 0
    failures += bench("eval_quotes.py") != 0
    failures += bench("bench_postgres.py", "--n", "2000") != 0
    failures += bench("eval_techniques.py", *(["--embeddings"] if full else [])) != 0
    failures += bench("bench_spark.py", "--n", "1000" if full else "200") != 0
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
