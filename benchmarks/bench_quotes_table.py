"""The dashboard's quotes views with and without the ``quotes`` table (schema v8), on the synthetic corpus.

The database is ``bench_serve.py``'s (real French sentences from ``benchmarks/synth.py``, entities for a fixed list
of KB actors found by name), plus quotes: ``--quotes`` sentences per article on average (session 22's day database
had 7.5 quotes an article), each said by a KB speaker (project or Wikidata id), an unlinked written speaker
(« des témoins », « le préfet ») or nobody, with the article's mentions inside the quote. Written through
``Storage.write_batch``, so the quotes table is filled as an ingest fills it.

« Before » is the same database with the table hidden (renamed): the dashboard then reads every article that quotes
someone, as it did at session 22 (BASE's code path, kept for databases older than v8 opened read-only). Requests go
through the real ASGI app (``TestClient``), one warm-up, then ``--repeat`` timed rounds; medians in seconds.

    python benchmarks/bench_quotes_table.py --n 10000      # builds benchmarks/.data/quotes10000.duckdb once
    python benchmarks/bench_quotes_table.py --n 10000 --cli   # `kibaru quotes` and `kibaru.open().quotes()`
    python benchmarks/bench_quotes_table.py --n 50000 --groups /tmp/base/src   # CLI group filters, BASE vs this tree

``--cli`` (ux24): the command line (a fresh ``kibaru quotes`` process per run: start-up and KB load included, stdout
compared byte for byte before / after) and the Python API (``kibaru.open(db).quotes(...)`` in one process, the
findings compared), before (the table hidden: every article read) and after (the table read).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = HERE / ".data"

SPEAKERS = [("Vladimir Poutine", "Q7747"), ("Sergueï Lavrov", "per:sergei-lavrov"), ("M. Lavrov", "per:sergei-lavrov"),
            ("Emmanuel Macron", "Q3052772"), ("Assimi Goïta", "per:assimi-goita"), ("Ibrahim Traoré", None),
            ("des témoins", None), ("le préfet", None), ("un habitant", None), ("", None)]
SENTENCE = re.compile(r"[^.!?\n]{30,300}[.!?]")
REQUESTS = [
    ("/quotes", "/quotes", {}),
    ("/quotes?about=France", "/quotes", {"about": "France"}),
    ("/quotes?speaker=Lavrov", "/quotes", {"speaker": "Lavrov"}),
    ("/quotes?speaker=témoins (not in the KB)", "/quotes", {"speaker": "témoins"}),
    ("/quotes, page 20", "/quotes", {"offset": "2000"}),
    ("/api/quotes?limit=10", "/api/quotes", {"limit": "10"}),
    ("/api/quotes?about=Mali&limit=50", "/api/quotes", {"about": "Mali", "limit": "50"}),
    ("/api/quotes/speakers", "/api/quotes/speakers", {}),
    ("/outlets/profile (one outlet)", "/outlets/profile", {}),
    # ux25: an about name the KB does not know (« unies »: the synthetic corpus links « Nations unies » to org:un,
    # an id this KB does not know, so its written name is compared), and a group's page.
    ("/quotes?about=unies (not in the KB)", "/quotes", {"about": "unies"}),
    ("/api/quotes?about=unies&limit=50", "/api/quotes", {"about": "unies", "limit": "50"}),
    ("/actors/group:russia (its page)", "/actors/group:russia", {}),
]


# `kibaru quotes` arguments and the matching ``kibaru.open().quotes()`` keywords (None: no Python API call).
CLI_REQUESTS = [
    ("kibaru quotes", [], {}),
    ("kibaru quotes --speaker Lavrov", ["--speaker", "Lavrov"], {"speaker": "Lavrov"}),
    ("kibaru quotes --about France", ["--about", "France"], {"about": "France"}),
    ("kibaru quotes --speaker témoins (not in the KB)", ["--speaker", "témoins"], {"speaker": "témoins"}),
    ("kibaru quotes --speaker group:russia --about Mali", ["--speaker", "group:russia", "--about", "Mali"],
     {"speaker": "group:russia", "about": "Mali"}),
    ("kibaru quotes --limit 10", ["--limit", "10"], None),
    ("kibaru quotes --by-speaker", ["--by-speaker"], None),
]


def add_quotes(articles: list[Any], rng: random.Random, per_article: float) -> None:
    """Quotes on each article's own sentences (in place), with the mentions inside them left as they are."""
    for article in articles:
        spans = list(SENTENCE.finditer(article.text))
        if not spans:
            continue
        k = min(len(spans), max(0, round(rng.gauss(per_article, 2))))
        quotes = []
        for m in sorted(rng.sample(spans, k), key=lambda m: m.start()):
            speaker, kb_id = rng.choice(SPEAKERS)
            quotes.append({"text": m.group(), "start": m.start(), "end": m.end(), "speaker": speaker or None,
                           "speaker_kb_id": kb_id, "cue": rng.choice(("a déclaré", "selon", "a affirmé")),
                           "direct": rng.random() < 0.7})
        article.quotes = quotes


def build(db: Path, n: int, per_article: float) -> float:
    import bench_serve
    from kibaru.store.duckdb_store import DuckDBStorage

    rng = random.Random(11)
    real = DuckDBStorage.write_batch

    def with_quotes(self: Any, run_id: int, articles: Any, *args: Any, **kwargs: Any) -> None:
        add_quotes(list(articles), rng, per_article)
        real(self, run_id, articles, *args, **kwargs)

    DuckDBStorage.write_batch = with_quotes  # type: ignore[method-assign]
    # bench_serve writes 2,000 articles a batch (an ingest writes 500): with their quotes the writer's 128 MB cap
    # (duckdb_store.WRITE_MEMORY_LIMIT) ran out on the articles upsert.
    os.environ.setdefault("KIBARU_DUCKDB_MEMORY", "1GB")
    try:
        start = time.perf_counter()
        bench_serve.build(db, n)
        return time.perf_counter() - start
    finally:
        DuckDBStorage.write_batch = real  # type: ignore[method-assign]


def timed(client: Any, path: str, params: dict[str, str], repeat: int) -> float:
    r = client.get(path, params=params)  # warm-up
    assert r.status_code == 200, (path, params, r.status_code)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(path, params=params)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200
    return statistics.median(times)


def measure(db: Path, repeat: int, phases: tuple[str, ...] = ("before", "after")) -> None:
    import duckdb
    from fastapi.testclient import TestClient

    from kibaru.serve.app import create_app

    con = duckdb.connect(str(db))
    articles, quotes = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes"))
    outlet = con.execute("SELECT outlet FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    con.close()
    results: dict[str, dict[str, float]] = {}
    bodies: dict[str, dict[str, Any]] = {}
    for when in phases:
        con = duckdb.connect(str(db))
        if when == "before":
            con.execute("ALTER TABLE quotes RENAME TO quotes_hidden")
        con.close()
        try:
            with TestClient(create_app(str(db))) as client:
                for label, path, params in REQUESTS:
                    query = {**params, **({"outlet": outlet} if path == "/outlets/profile" else {})}
                    results.setdefault(label, {})[when] = timed(client, path, query, repeat)
                    if path.startswith("/api/"):
                        bodies.setdefault(label, {})[when] = client.get(path, params=query).json()
        finally:
            if when == "before":
                con = duckdb.connect(str(db))
                con.execute("ALTER TABLE quotes_hidden RENAME TO quotes")
                con.close()
    same = all(b["before"] == b["after"] for b in bodies.values()) if len(phases) == 2 else "not compared"
    print(f"\n{articles:,} articles, {quotes:,} quotes · median of {repeat} requests (s) · "
          f"JSON answers identical before/after: {same}\n")
    if len(phases) == 1:
        print("| request | after (quotes table) |\n|---|---:|")
        for label, t in results.items():
            print(f"| {label} | {t['after']:.3f} |")
        return
    print("| request | before (articles read) | after (quotes table) | × |\n|---|---:|---:|---:|")
    for label, t in results.items():
        print(f"| {label} | {t['before']:.3f} | {t['after']:.3f} | {t['before'] / max(t['after'], 1e-9):.0f} |")


def measure_cli(db: Path, repeat: int) -> None:
    """`kibaru quotes` (a process per run) and ``kibaru.open().quotes()``, the table hidden then read."""
    import subprocess

    import duckdb

    import kibaru

    cli = [sys.executable, "-c", "from kibaru.cli import main; main()", "quotes", "--db", str(db), "-f", "jsonl"]
    results: dict[str, dict[str, float]] = {}
    outputs: dict[str, dict[str, Any]] = {}
    for when in ("before", "after"):
        if when == "before":
            con = duckdb.connect(str(db))
            con.execute("ALTER TABLE quotes RENAME TO quotes_hidden")
            con.close()
        try:
            for label, args, api in CLI_REQUESTS:
                times = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    done = subprocess.run([*cli, *args], capture_output=True, check=True)
                    times.append(time.perf_counter() - t)
                results.setdefault(label, {})[when] = statistics.median(times)
                outputs.setdefault(label, {})[when] = done.stdout
                if api is not None:
                    handle = kibaru.open(db)
                    try:
                        handle.quotes(**api)  # warm-up: the KB and the actor index
                        times = []
                        for _ in range(repeat):
                            t = time.perf_counter()
                            found = handle.quotes(**api)
                            times.append(time.perf_counter() - t)
                    finally:
                        handle.close()
                    name = "kibaru.open().quotes(" + ", ".join(f"{k}={v!r}" for k, v in api.items()) + ")"
                    results.setdefault(name, {})[when] = statistics.median(times)
                    outputs.setdefault(name, {})[when] = [f.to_dict() for f in found]
        finally:
            if when == "before":
                con = duckdb.connect(str(db))
                con.execute("ALTER TABLE quotes_hidden RENAME TO quotes")
                con.close()
    differ = [label for label, o in outputs.items() if o["before"] != o["after"]]
    print(f"\nmedian of {repeat} runs (s) · outputs identical before/after: {not differ} {differ or ''}\n")
    print("| command / call | before (articles read) | after (quotes table) | × |\n|---|---:|---:|---:|")
    for label, t in results.items():
        print(f"| {label} | {t['before']:.3f} | {t['after']:.3f} | {t['before'] / max(t['after'], 1e-9):.1f} |")


# ux25: the command line with actor-group filters (and an unknown ``about`` name), each a fresh process, run with the
# sources of two trees (``--groups BEFORE_SRC``: e.g. ``git archive BASE src`` unpacked; after: this tree's ``src``).
GROUP_CLI = [
    ("kibaru articles --actor group:russia", ["articles", "--actor", "group:russia"]),
    ("kibaru articles --actor Russie", ["articles", "--actor", "Russie"]),
    ("kibaru articles --actor per:sergei-lavrov", ["articles", "--actor", "per:sergei-lavrov"]),
    ("kibaru events --actor group:russia", ["events", "--actor", "group:russia", "-f", "jsonl"]),
    ("kibaru timeline --actor group:russia", ["timeline", "--actor", "group:russia", "-f", "jsonl"]),
    ("kibaru export -f csv --actor group:russia", ["export", "-f", "csv", "--actor", "group:russia"]),
    ("kibaru quotes --speaker group:russia", ["quotes", "--speaker", "group:russia", "-f", "jsonl"]),
    ("kibaru quotes --about group:france --limit 20", ["quotes", "--about", "group:france", "--limit", "20"]),
    ("kibaru quotes --about unies (not in the KB)", ["quotes", "--about", "unies", "-f", "jsonl"]),
    ("kibaru quotes --about unies --limit 20", ["quotes", "--about", "unies", "--limit", "20"]),
    ("kibaru quotes --about unies --by-speaker", ["quotes", "--about", "unies", "--by-speaker"]),
]


def measure_group_cli(db: Path, repeat: int, before_src: Path) -> None:
    """The commands of ``GROUP_CLI`` with ``before_src`` on ``PYTHONPATH``, then with this tree's ``src``: medians of
    ``repeat`` fresh processes; stdout and stderr compared (the stderr's count line included)."""
    import subprocess

    results: dict[str, dict[str, float]] = {}
    outputs: dict[str, dict[str, bytes]] = {}
    trees = {"before": before_src, "after": HERE.parent / "src"}
    for label, args in GROUP_CLI:
        cli = [sys.executable, "-c", "from kibaru.cli import main; main()", *args, "--db", str(db)]
        times: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(repeat):  # before and after in turns: a shared machine's load falls on both alike
            for when, src in trees.items():
                t = time.perf_counter()
                done = subprocess.run(cli, capture_output=True, check=True, env={**os.environ, "PYTHONPATH": str(src)})
                times[when].append(time.perf_counter() - t)
                outputs.setdefault(label, {})[when] = done.stdout + b"\n--stderr--\n" + done.stderr
        results[label] = {when: statistics.median(ts) for when, ts in times.items()}
    differ = [label for label, o in outputs.items() if o["before"] != o["after"]]
    print(f"\nmedian of {repeat} runs (s) · outputs identical before/after: {not differ} {differ or ''}\n")
    print("| command | before | after | × |\n|---|---:|---:|---:|")
    for label, took in results.items():
        print(f"| {label} | {took['before']:.3f} | {took['after']:.3f} | "
              f"{took['before'] / max(took['after'], 1e-9):.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--quotes", type=float, default=7.5, help="quotes per article on average")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--after-only", action="store_true", help="only the quotes table (BASE's path takes minutes)")
    parser.add_argument("--cli", action="store_true",
                        help="`kibaru quotes` and kibaru.open().quotes() instead of the dashboard")
    parser.add_argument("--groups", type=Path, metavar="BEFORE_SRC",
                        help="the CLI with group filters: BEFORE_SRC's kibaru (a src folder) against this tree's")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    db = DATA / f"quotes{args.n}.duckdb"
    if args.rebuild or not db.exists():
        db.unlink(missing_ok=True)
        partial = db.with_suffix(".partial.duckdb")
        partial.unlink(missing_ok=True)
        seconds = build(partial, args.n, args.quotes)
        partial.replace(db)
        print(f"built {db.name}: {args.n:,} articles in {seconds:.0f} s; {db.stat().st_size / 2**20:.0f} MB")
    if args.groups:
        measure_group_cli(db, args.repeat, args.groups)
        return
    if args.cli:
        measure_cli(db, args.repeat)
        return
    measure(db, args.repeat, ("after",) if args.after_only else ("before", "after"))


if __name__ == "__main__":
    main()
