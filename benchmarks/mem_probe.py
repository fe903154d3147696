"""Where an ingest's memory goes: RSS and DuckDB's own accounting every 5 % of the documents.

    python benchmarks/mem_probe.py 20000 /tmp/probe.duckdb

Prints, per sample: documents read, RSS (MB), seconds, and the ``duckdb_memory()`` tags above
1 MB (BASE_TABLE = cached table blocks, ART_INDEX, OVERFLOW_STRINGS, ...). Used to find why RSS
grew over 100k documents (the buffer pool caching table blocks; see RESULTS.md).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import corpus, rss_mb
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.store import open_storage


def main() -> None:
    n, db = int(sys.argv[1]), sys.argv[2]
    storage = open_storage(db)
    con = storage.con  # type: ignore[attr-defined]  # DuckDB only
    seen = 0
    start = time.perf_counter()
    step = max(1, n // 20)

    def on_item(_: object) -> None:
        nonlocal seen
        seen += 1
        if seen % step == 0:
            tags = con.execute(
                "SELECT tag, round(memory_usage_bytes / 1e6) FROM duckdb_memory() WHERE memory_usage_bytes > 1e6"
            ).fetchall()
            print(seen, round(rss_mb()), round(time.perf_counter() - start), tags, flush=True)

    summary = ingest([corpus(n)], storage, IngestOptions(), on_item=on_item)
    storage.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"done: {summary.read} documents, RSS {round(rss_mb())} MB, peak {peak} MB")


if __name__ == "__main__":
    main()
