"""The techniques stage's own CPU time on fixed texts, its memo caches emptied (branch perf3).

Runs :func:`kibaru.enrich.techniques.detect` with the configured model over the first ``--limit``
SemEval-2023 French articles (``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr``, train + dev,
read at run time; the title is each file's first line), ``--repeat`` times in one process after a
warm-up, emptying the module's per-text caches before each run, and prints each run's process CPU
seconds. It times whichever kibaru ``PYTHONPATH`` names, so two trees compare run for run:

    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/bench_techniques_stage.py [--limit 100] [--repeat 3]

``--profile`` prints a cProfile of one cold run instead (call counts are the deterministic figure).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The module's memo caches of pure functions of a text (names absent from a tree are skipped).
CACHES = ("cue_counts", "_article_cues", "_local_counts", "_word_char_grams")


def main() -> int:
    from kibaru.enrich import techniques as T

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=100, help="first N articles (sorted paths)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one cold run")
    args = parser.parse_args()
    base = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared"))) / "corpus" / "semeval2023_fr"
    files = sorted(base.glob("*-articles-subtask-3/article*.txt"))[:args.limit]
    if not files:
        print(f"SKIPPED: no SemEval articles under {base} (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    texts = [p.read_text(encoding="utf-8") for p in files]
    titles: list[str | None] = [t.split("\n", 1)[0] for t in texts]
    model = T.configured_model({})
    T.detect(model, ["Le groupe Wagner au Mali.\n\nSelon les experts, un scandale ! Pourquoi ?"], [None])

    def clear() -> None:
        for name in CACHES:
            clear_cache = getattr(getattr(T, name, None), "cache_clear", None)
            if clear_cache is not None:
                clear_cache()

    if args.profile:
        clear()
        profile = cProfile.Profile()
        profile.enable()
        T.detect(model, texts, titles)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return 0
    seconds = []
    spans = 0
    for _ in range(args.repeat):
        clear()
        start = time.process_time()
        spans = sum(map(len, T.detect(model, texts, titles)))
        seconds.append(time.process_time() - start)
    print(f"{len(texts)} articles, {spans} spans; CPU s per run: {' '.join(f'{s:.3f}' for s in seconds)}; "
          f"min {min(seconds):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
