"""Dashboard latency: p50/p95 of search and article pages on a large database, in process.

The database is synthesised from real French sentences (``benchmarks/synth.py``: SemEval-2023 and
HTML-gold articles read from ``../shared`` at run time): ``--n`` articles, a quarter of them
republications sharing a cluster, with annotations placed on their real text — entities for a
fixed list of knowledge-base actors found by their names, narrative records on real sentences,
events for articles that report violence — and written through ``Storage.write_batch``, so the
search index and facets are built exactly as an ingest builds them (the time that takes is
reported against the plain write, measured in the same run).

Requests go through the real ASGI app (``TestClient``: routing, templates, middleware) with one
warm-up per kind, then ``--repeat`` timed rounds. The literal-scan search the dashboard used before
the index (and still uses for stop-word-only queries) is timed on the same database as the baseline.

    python benchmarks/bench_serve.py --n 100000          # builds benchmarks/.data/serve100000.duckdb once
"""

from __future__ import annotations

import argparse
import contextlib
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

# Actors whose names the synthetic articles are scanned for: (kb id, canonical, label, pattern).
ACTORS = [
    ("grp:wagner", "Groupe Wagner", "ORG", r"Wagner"), ("gpe:mali", "Mali", "LOC", r"Mali\b"),
    ("gpe:france", "France", "LOC", r"France\b"), ("gpe:russia", "Russie", "LOC", r"Russie"),
    ("per:assimi-goita", "Assimi Goïta", "PER", r"Go[iï]ta"), ("loc:bamako", "Bamako", "LOC", r"Bamako"),
    ("org:ecowas", "CEDEAO", "ORG", r"C[EÉ]D[EÉ]AO|Cédéao"), ("op:barkhane", "Opération Barkhane", "EVENT",
                                                               r"Barkhane"),
    ("org:minusma", "MINUSMA", "ORG", r"Minusma|MINUSMA"), ("gpe:niger", "Niger", "LOC", r"Niger\b"),
    ("gpe:burkina-faso", "Burkina Faso", "LOC", r"Burkina"), ("per:emmanuel-macron", "Emmanuel Macron", "PER",
                                                               r"Macron"),
    ("per:vladimir-putin", "Vladimir Poutine", "PER", r"Poutine"), ("gpe:ukraine", "Ukraine", "LOC", r"Ukraine"),
    ("org:un", "Organisation des Nations unies", "ORG", r"\bONU\b|Nations unies"),
    ("org:eu", "Union européenne", "ORG", r"Union européenne|\bUE\b"), ("gpe:usa", "États-Unis", "LOC",
                                                                          r"[ÉE]tats-Unis"),
    ("per:sergei-lavrov", "Sergueï Lavrov", "PER", r"Lavrov"), ("org:otan", "OTAN", "ORG", r"OTAN|Otan"),
    ("gpe:china", "Chine", "LOC", r"Chine\b"), ("per:ibrahim-traore", "Ibrahim Traoré", "PER", r"Traoré"),
    ("grp:jnim", "JNIM", "ORG", r"JNIM|GSIM"), ("grp:ei", "État islamique", "ORG", r"[ÉE]tat islamique"),
    ("gpe:algeria", "Algérie", "LOC", r"Alg[ée]rie"), ("loc:kidal", "Kidal", "LOC", r"Kidal"),
]
NARRATIVES = ["france-neocolonial", "france-abandonment", "west-harms-civilians", "regional-bodies-puppets",
              "western-media-hostility", "sanctions-hurt-africans", "russia-reliable-partner",
              "russia-security-success", "russia-fills-vacuum", "sovereign-choice-of-partners",
              "security-before-elections", "wagner-denial", "aes-sovereign-alliance"]
VIOLENCE = re.compile(r"attaque|tués|morts|embuscade|frappe", re.I)
SENTENCE = re.compile(r"[^.!?\n]{30,300}[.!?]")
P_NARRATIVE = 0.12  # share of articles given narrative records
BATCH = 2000

SEARCHES: list[tuple[str, dict[str, str]]] = [
    ("q=Wagner", {"q": "Wagner"}),
    ("q=négocie (stemmed)", {"q": "négocie"}),
    ("q=securite alimentaire", {"q": "securite alimentaire"}),
    ('q="groupe Wagner" (phrase)', {"q": '"groupe Wagner"'}),
    ("q=Bamako armée + outlet", {"q": "Bamako armée", "outlet": "Bamako Matin"}),
    ("q=Russie + since/until", {"q": "Russie", "since": "2021-01", "until": "2022-06"}),
    ("q=Wagner sort=date page 3", {"q": "Wagner", "sort": "date", "offset": "40"}),
    ("actor facet", {"actor": "grp:wagner"}),
    ("narrative + voice facets", {"narrative": "france-neocolonial", "voice": "author"}),
    ("event_type + actor", {"event_type": "attack", "actor": "gpe:mali"}),
    ("no filter, page 50", {"offset": "1000"}),
    ("api q=Lavrov", {"q": "Lavrov", "_api": "1"}),
]


def build(db: Path, n: int, seed: int = 7) -> dict[str, float]:
    """Write ``n`` synthetic annotated articles to ``db``; returns timings."""
    from kibaru.model import Article
    from kibaru.store import RunSummary, open_storage, search_index
    from synth import _Generator

    gen = _Generator(seed, "all")
    rng = random.Random(seed)
    patterns = [(kb, name, label, re.compile(p)) for kb, name, label, p in ACTORS]
    storage = open_storage(str(db))
    run = storage.begin_run(["bench_serve"])
    stories: list[Any] = []
    cluster_of: dict[str, str] = {}
    first_of: dict[str, str] = {}
    timings = {"write": 0.0, "index": 0.0, "generate": 0.0, "compact": 0.0}
    batch: list[Article] = []

    real_write = search_index.write_duckdb

    def timed_write(*args: Any, **kwargs: Any) -> None:
        t = time.perf_counter()
        real_write(*args, **kwargs)
        timings["index"] += time.perf_counter() - t  # the index's share of write_batch

    search_index.write_duckdb = timed_write  # type: ignore[assignment]

    def flush() -> None:
        t = time.perf_counter()
        storage.write_batch(run, batch, [b""] * len(batch), [])
        timings["write"] += time.perf_counter() - t
        batch.clear()

    for i in range(n):
        t = time.perf_counter()
        name = f"s{i:07d}"
        if stories and rng.random() < 0.25:
            base = rng.choice(stories[-5000:])
            story, _ = gen.variant(base, name)
            family = cluster_of[base.name]
        else:
            story = gen.story(name)
            stories.append(story)
            family = "c" + name
            first_of[family] = name
        cluster_of[name] = family
        sentences = [gen.sources[si].sentences[k] for si, k in story.sentences]
        paragraphs, j = [], 0
        while j < len(sentences):
            take = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[j:j + take]))
            j += take
        text = "\n".join(paragraphs)
        entities = []
        for kb, canonical, label, pattern in patterns:
            for m in pattern.finditer(text):
                entities.append({"text": m.group(), "label": label, "start": m.start(), "end": m.end(),
                                 "canonical": canonical, "kb_id": kb})
        entities.sort(key=lambda e: e["start"])
        year, month = story.date
        date = f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"
        narratives = []
        spans = list(SENTENCE.finditer(text))
        if spans and rng.random() < P_NARRATIVE:
            for nid in rng.sample(NARRATIVES, rng.randint(1, 2)):
                m = rng.choice(spans)
                narratives.append({"id": nid, "score": round(rng.uniform(0.5, 1.0), 2),
                                   "voice": rng.choice(("author", "author", "quoted")),
                                   "evidence": [{"start": m.start(), "end": m.end(), "text": m.group()}]})
        events = []
        violent = VIOLENCE.search(text)
        if violent:
            m = next((s for s in spans if s.start() <= violent.start() < s.end()), None)
            actors = list({e["kb_id"]: e for e in entities if e["label"] in ("ORG", "PER")}.values())[:2]
            places = [e for e in entities if e["label"] == "LOC"]
            events.append({"type": "attack", "date": date[:7], "date_precision": "month",
                           "actors": [{"canonical": a["canonical"], "kb_id": a["kb_id"], "role": "source"}
                                      for a in actors],
                           "location": places[0]["canonical"] if places else None,
                           "location_kb_id": places[0]["kb_id"] if places else None,
                           "fatalities": rng.choice([None, rng.randint(1, 60)]),
                           "evidence": m.group() if m else text[:200], "start": m.start() if m else 0,
                           "end": m.end() if m else 200})
        batch.append(Article(id=name, source_path=f"bench/{name}", text=text, content_hash=name, title=story.title,
                             outlet=story.outlet, date=date, date_precision="day", language="fr",
                             cluster_id=family, entities=entities, narratives=narratives, events=events))
        timings["generate"] += time.perf_counter() - t
        if len(batch) >= BATCH:
            flush()
        if (i + 1) % 10000 == 0:
            print(f"  built {i + 1:,} articles ({timings['write']:.0f} s writing)", flush=True)
    if batch:
        flush()
    sizes: dict[str, int] = {}
    for c in cluster_of.values():
        sizes[c] = sizes.get(c, 0) + 1
    storage.set_clusters(cluster_of, {c: first_of[c] for c in sizes})
    t = time.perf_counter()
    storage.finish_run(run, RunSummary(read=n, new=n))  # sorts the search postings (compaction)
    timings["compact"] = time.perf_counter() - t
    storage.close()
    search_index.write_duckdb = real_write  # type: ignore[assignment]
    return timings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def measure(db: Path, repeat: int, articles: int) -> None:
    from fastapi.testclient import TestClient

    from kibaru.serve import queries
    from kibaru.serve.app import create_app
    from kibaru.serve.dialect import Cursor

    app = create_app(str(db))
    rows: list[tuple[str, list[float]]] = []
    with TestClient(app) as client, contextlib.ExitStack() as stack:
        for label, params in SEARCHES:
            url = "/api/articles" if params.get("_api") else "/search"
            query = {k: v for k, v in params.items() if k != "_api"}
            r = client.get(url, params=query)  # warm-up (caches, first-time plans)
            assert r.status_code == 200, (label, r.status_code)
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                r = client.get(url, params=query)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
            rows.append((label, times))
        # The dashboard's own read cursor (one per request in the app; one for the benchmark's lookups here).
        cur = Cursor(stack.enter_context(app.state.storage.read_cursor()), app.state.dialect)
        ids = [r[0] for r in cur.execute("SELECT id FROM articles USING SAMPLE 200 ROWS").fetchall()]
        client.get(f"/articles/{ids[0]}")
        times = []
        for aid in ids[: max(repeat * 4, 40)]:
            t = time.perf_counter()
            r = client.get(f"/articles/{aid}")
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200
        rows.append(("article page", times))
        # The facet counts, fetched by the search page's script once the results are shown.
        facet_rows: list[tuple[str, list[float]]] = []
        for label, params in SEARCHES[:3] + SEARCHES[7:9]:
            query = {**{k: v for k, v in params.items() if k not in ("_api", "offset")}, "fragment": "1"}
            client.get("/search/facets", params=query)
            times = []
            for _ in range(max(5, repeat // 3)):
                t = time.perf_counter()
                r = client.get("/search/facets", params=query)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
            facet_rows.append((label, times))
        # The other pages: first load (cold caches) and then warm, reported apart from the search goal.
        others: list[tuple[str, float, float]] = []
        top_actor = cur.execute("SELECT value FROM article_facets WHERE facet = 'actor' GROUP BY 1 "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()
        for path in ("/", "/actors", f"/actors/{top_actor[0] if top_actor else 'x'}", "/narratives",
                     "/narratives/france-neocolonial", "/timeline", "/network", "/outlets"):
            t = time.perf_counter()
            r = client.get(path)
            first = (time.perf_counter() - t) * 1000
            assert r.status_code == 200, (path, r.status_code)
            warm = []
            for _ in range(3):
                t = time.perf_counter()
                client.get(path)
                warm.append((time.perf_counter() - t) * 1000)
            others.append((path, first, statistics.median(warm)))
        # Baseline: the literal accent-insensitive scan (no index), same database, same query.
        scan = []
        for _ in range(max(3, repeat // 4)):
            t = time.perf_counter()
            where, params = queries.Filters(q="Wagner").where()
            cur.execute(f"SELECT id, title, date, outlet, cluster_id, text, count(*) OVER () FROM articles {where} "
                        "ORDER BY date DESC NULLS LAST, ingest_seq DESC LIMIT 20", params).fetchall()
            scan.append((time.perf_counter() - t) * 1000)
        indexed = next(r for r in rows if r[0] == "q=Wagner")[1]
    print(f"\n{articles:,} articles · {repeat} timed requests per search kind (ms)\n")
    print("| request | p50 | p95 | max |\n|---|---:|---:|---:|")
    everything: list[float] = []
    for label, times in rows:
        everything += times
        print(f"| {label} | {statistics.median(times):.0f} | {percentile(times, 95):.0f} | {max(times):.0f} |")
    print(f"| **all requests** | {statistics.median(everything):.0f} | {percentile(everything, 95):.0f} | "
          f"{max(everything):.0f} |")
    print("\n| facets fragment (loaded after the results) | p50 | p95 |\n|---|---:|---:|")
    for label, times in facet_rows:
        print(f"| {label} | {statistics.median(times):.0f} | {percentile(times, 95):.0f} |")
    print("\n| other page | first load | warm (median of 3) |\n|---|---:|---:|")
    for path, first, warm in others:
        print(f"| {path} | {first:.0f} | {warm:.0f} |")
    print(f"\nbaseline literal scan for 'Wagner' (query only): p50 {statistics.median(scan):.0f} ms; "
          f"indexed search page p50 {statistics.median(indexed):.0f} ms "
          f"(×{statistics.median(scan) / statistics.median(indexed):.1f} faster, whole page vs bare query)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    db = DATA / f"serve{args.n}.duckdb"
    if args.rebuild or not db.exists():
        db.unlink(missing_ok=True)
        partial = db.with_suffix(".partial.duckdb")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        timings = build(partial, args.n)
        partial.replace(db)
        total = time.perf_counter() - start
        print(f"built {db.name}: {args.n:,} articles in {total:.0f} s (generation {timings['generate']:.0f} s, "
              f"write_batch {timings['write']:.0f} s, of which the search index and facets {timings['index']:.0f} s "
              f"= {100 * timings['index'] / max(timings['write'], 1e-9):.0f} % of the write; "
              f"sorting the postings at the end of the run {timings['compact']:.0f} s); "
              f"{db.stat().st_size / 2**20:.0f} MB")
    measure(db, args.repeat, args.n)


if __name__ == "__main__":
    main()
