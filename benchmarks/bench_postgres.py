"""DuckDB against PostgreSQL in the same run: ingest throughput, storage-only writes, search latency.

N synthetic dumps (``benchmarks/synth.py``, real French sentences) are ingested without NLP into a
fresh DuckDB file and into a fresh database on a PostgreSQL server, alternately, ``--repeat`` times;
the best time of each is kept (the machine is shared). Then the stored articles are written again
into fresh databases with ``write_batch`` alone (the storage's own cost), and ``--queries`` searches
are timed on each (DuckDB: a regular-expression scan; PostgreSQL: the French tsvector + GIN index).

The server is a throwaway cluster from Debian's binaries (``kibaru.store.pg_local``) on a unix
socket, with its durability settings left on (fsync, synchronous commit), like a real one.

    python benchmarks/bench_postgres.py --n 2000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = ("Bamako", "sécurité", "Wagner", "sanctions CEDEAO", "armée malienne", "Niger", "élections",
           "Russie", "attaque terroriste", "Barkhane", "MINUSMA", "coup d'État")
BATCH = 500  # the ingest's default batch size


def best(values: list[float]) -> float:
    return min(values)


def time_ingest(folder: Path, url: str) -> tuple[float, int]:
    from kibaru.ingest.pipeline import IngestOptions, ingest
    from kibaru.store import open_storage

    storage = open_storage(url)
    start = time.perf_counter()
    summary = ingest([folder], storage, IngestOptions(batch_size=BATCH))
    elapsed = time.perf_counter() - start
    storage.close()
    return elapsed, summary.read


def time_writes(source: str, url: str) -> tuple[float, int]:
    """Write every stored article again, in batches, into a fresh database: storage cost alone."""
    from kibaru.store import open_storage

    reader = open_storage(source, read_only=True)
    articles = list(reader.iter_articles())
    signatures = {s.article_id: s.signature for s in reader.signatures()}
    reader.close()
    storage = open_storage(url)
    run = storage.begin_run(["bench"])
    start = time.perf_counter()
    for i in range(0, len(articles), BATCH):
        chunk = articles[i:i + BATCH]
        storage.write_batch(run, chunk, [signatures.get(a.id, b"") for a in chunk], [])
    elapsed = time.perf_counter() - start
    storage.close()
    return elapsed, len(articles)


def time_search(url: str, queries: int) -> tuple[float, int]:
    from kibaru.store import open_storage

    storage = open_storage(url, read_only=True)
    storage.search(QUERIES[0])  # warm
    times: list[float] = []
    hits = 0
    for i in range(queries):
        start = time.perf_counter()
        found = storage.search(QUERIES[i % len(QUERIES)], limit=20)
        times.append(time.perf_counter() - start)
        hits += found.total
    storage.close()
    return statistics.median(times), hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="synthetic documents")
    parser.add_argument("--repeat", type=int, default=2, help="ingests per backend (best kept)")
    parser.add_argument("--queries", type=int, default=24, help="searches timed per backend")
    args = parser.parse_args()

    from bench_ingest import corpus
    from kibaru.store.pg_local import LocalCluster

    folder = corpus(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="kibaru-bench-"))
    cluster = LocalCluster(durable=True).start()
    counter = iter(range(10_000))

    def new_pg() -> str:
        return cluster.create_database()

    def new_duck() -> str:
        return str(tmp / f"bench{next(counter)}.duckdb")

    try:
        ingest_s: dict[str, list[float]] = {"duckdb": [], "postgres": []}
        last: dict[str, str] = {}
        docs = 0
        for _ in range(args.repeat):
            for name, make in (("duckdb", new_duck), ("postgres", new_pg)):
                url = make()
                seconds, docs = time_ingest(folder, url)
                ingest_s[name].append(seconds)
                last[name] = url
        write_s = {}
        stored = 0
        for name, make in (("duckdb", new_duck), ("postgres", new_pg)):
            write_s[name], stored = time_writes(last["duckdb"], make())
        search_s = {name: time_search(last[name], args.queries) for name in ("duckdb", "postgres")}
    finally:
        cluster.stop()
        cluster.remove()

    print(f"documents read: {docs}, articles stored: {stored}, batch size {BATCH}, best of {args.repeat}")
    print(f"{'':28}{'DuckDB':>12}{'PostgreSQL':>12}{'PG / DuckDB':>13}")
    d, p = docs / best(ingest_s["duckdb"]), docs / best(ingest_s["postgres"])
    print(f"{'ingest (docs/s)':28}{d:12.1f}{p:12.1f}{p / d:13.2f}")
    d, p = stored / write_s["duckdb"], stored / write_s["postgres"]
    print(f"{'write_batch only (art./s)':28}{d:12.1f}{p:12.1f}{p / d:13.2f}")
    d, p = search_s["duckdb"][0] * 1000, search_s["postgres"][0] * 1000
    print(f"{'search, median (ms)':28}{d:12.1f}{p:12.1f}{p / d:13.2f}")
    print(f"{'search, total hits':28}{search_s['duckdb'][1]:12d}{search_s['postgres'][1]:12d}")


if __name__ == "__main__":
    main()
