"""CPU seconds of kibaru's own stages after the parse, on the same parsed articles in one process (round perf4b).

Stages the SemEval-2023 French articles (``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr``, train +
dev, first ``--limit`` by path, copied into a temporary folder as text dumps, never into the repository), loads
every model with a warm-up ingest, empties kibaru's per-text memo caches (``bench_nlp.TEXT_CACHES``), then times
with the process CPU clock, in the ingest's order and with the shipped configuration:

* **read and clean**: the repetition pre-pass, reading and ``prepare`` (cleaning, dating, identity);
* **entities**: the spaCy parse with the domain rules and linking (not this round's; printed for scale);
* **quotes**, **events**, **techniques**: each component over the batch, reusing the shared parses;
* **store**: ``account_changes`` and ``write_batch`` into a fresh DuckDB file.

``--repeat R`` runs quotes, events and techniques R - 1 more times over the same articles (memo caches emptied,
each output checked equal to the first run's) and keeps each stage's minimum: the first run is the only cold one
for per-Doc caches, so compare the "first" and "min" columns tree against tree, not with each other.
``--profile STAGE`` prints a cProfile of that stage's first run instead (own time, call counts).
It times whichever kibaru ``PYTHONPATH`` names, so two trees compare run for run:

    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/bench_own_stages.py [--limit 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import article_files, clear_text_caches, shipped_settings, warm_up

OWN_STAGES = ("quotes", "events", "techniques")


def _cpu(fn: Callable[[], Any], profile: cProfile.Profile | None = None) -> float:
    start = time.process_time()
    if profile is not None:
        profile.enable()
    fn()
    if profile is not None:
        profile.disable()
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=100, help="first N articles (sorted paths)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of quotes, events and techniques")
    parser.add_argument("--profile", nargs="+", choices=("clean", *OWN_STAGES, "store"), default=(),
                        help="print a cProfile of these stages' first run (own time, call counts)")
    parser.add_argument("--dump", type=Path, default=None, help="also write each profile to DUMP.<stage>.prof")
    parser.add_argument("--top", type=int, default=30, help="rows of the profile")
    parser.add_argument("--outputs", type=Path, default=None,
                        help="write each stage's output (JSON, first run) to OUTPUTS.<stage>.json, to compare trees")
    parser.add_argument("--docs", type=Path, default=None,
                        help="development only: pickle the cleaned articles and their parses after the entities "
                             "stage to this file, or load them from it when it exists (skips reading, cleaning and "
                             "the parse; the stage times of such a run leave out read and clean)")
    args = parser.parse_args()
    files = article_files(args.limit)
    if not files:
        print("SKIPPED: no SemEval articles (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    from kibaru.config import load_config
    from kibaru.enrich import nlp
    from kibaru.enrich.registry import resolve
    from kibaru.ingest.clean import semantic
    from kibaru.ingest.discover import iter_documents
    from kibaru.ingest.pipeline import IngestOptions, account_changes, build_line_stats, prepare
    from kibaru.model import Article, RawDocument
    from kibaru.store import open_storage
    from kibaru.store.base import RunSummary

    components = tuple(load_config()["enrich"]["components"])
    settings = shipped_settings(components)
    options = IngestOptions(components=components, settings=settings)
    chain = {c.name: c for c in resolve(components)}
    profiles = {name: cProfile.Profile() for name in args.profile}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "semeval"
        folder.mkdir()
        for p in files:
            (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        warm_up(components, settings)
        clear_text_caches()
        nlp.forget()
        options.use_kb()
        articles: list[Article] = []

        def read_and_clean() -> None:
            with semantic.configured(options.word_vectors):
                stats = build_line_stats([folder])
                for found in iter_documents([folder]):
                    if isinstance(found, RawDocument):
                        item = prepare(found, stats, options.min_text_chars)
                        if isinstance(item, Article):
                            articles.append(item)

        if args.docs is not None and args.docs.exists():
            from kibaru.enrich.entities import pipeline_for

            _, key = pipeline_for(settings)
            with args.docs.open("rb") as fh:
                articles, docs = pickle.load(fh)
            nlp.remember(key, docs, settings)
            seconds["read and clean"] = seconds["entities"] = 0.0
        else:
            seconds["read and clean"] = _cpu(read_and_clean, profiles.get("clean"))
            seconds["entities"] = _cpu(lambda: chain["entities"].func(articles, settings))
            if args.docs is not None:
                from kibaru.enrich.entities import pipeline_for

                _, key = pipeline_for(settings)
                docs = [nlp.cached_doc(key, a.text) for a in articles]
                with args.docs.open("wb") as fh:
                    pickle.dump((articles, docs), fh)
        firsts: dict[str, str] = {}
        runs: dict[str, list[float]] = {name: [] for name in OWN_STAGES}
        for r in range(args.repeat):
            clear_text_caches()
            for name in OWN_STAGES:
                prof = profiles.get(name) if r == 0 else None
                runs[name].append(_cpu(lambda name=name: chain[name].func(articles, settings), prof))
                out = json.dumps([getattr(a, name) for a in articles], sort_keys=True, ensure_ascii=False)
                if r == 0:
                    firsts[name] = out
                    if args.outputs is not None:
                        Path(f"{args.outputs}.{name}.json").write_text(out, encoding="utf-8")
                elif out != firsts[name]:
                    print(f"FAILED: {name} gave another output on run {r + 1}", file=sys.stderr)
                    return 1
        storage = open_storage(str(Path(tmp) / "bench.duckdb"))
        from kibaru.analyse.dedup import minhash_signature, signature_to_bytes

        signatures = [signature_to_bytes(minhash_signature(a.text)) for a in articles]  # the minhash stage, untimed

        batch = copy.deepcopy(articles)  # the articles as the ingest hands them to the store, untimed

        def store() -> None:
            summary = RunSummary()
            run_id = storage.begin_run([str(folder)])
            changed = account_changes(storage, batch, summary)
            storage.write_batch(run_id, changed, signatures[:len(changed)], [], options.provenance().stamp())
            storage.finish_run(run_id, summary, "ok")

        seconds["store"] = _cpu(store, profiles.get("store"))
        storage.close()
    for name, prof in profiles.items():
        print(f"===== {name}")
        stats = pstats.Stats(prof)
        print(f"{stats.total_calls} calls")  # type: ignore[attr-defined]
        stats.sort_stats("tottime").print_stats(args.top)
        if args.dump:
            stats.dump_stats(f"{args.dump}.{name}.prof")
    own_first = sum(runs[n][0] for n in OWN_STAGES) + seconds["read and clean"] + seconds["store"]
    own_min = sum(min(runs[n]) for n in OWN_STAGES) + seconds["read and clean"] + seconds["store"]
    print(f"{len(articles)} articles; CPU seconds (first run / min of {args.repeat}):")
    print(f"  read and clean {seconds['read and clean']:.3f} · entities {seconds['entities']:.3f} · "
          + " · ".join(f"{n} {runs[n][0]:.3f} / {min(runs[n]):.3f}" for n in OWN_STAGES)
          + f" · store {seconds['store']:.3f}")
    print(f"  kibaru's own stages (all but entities): first {own_first:.3f} · min {own_min:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
