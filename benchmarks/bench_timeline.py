"""Timeline merge at scale: the blocked ``merge_events`` against the quadratic ``merge_events_reference``,
and the dashboard's timeline and actor pages before and after, in the same run.

The database is ``bench_serve.py``'s (``--n`` synthetic articles from real French sentences, attack events
dated to the month where the text reports violence; built once into ``benchmarks/.data``).

1. Merge: the event-reporting articles of the whole database are read once; the new merge runs on all of
   them (``--repeat`` times, median) and both merges run on the latest ``--sizes`` articles, where their
   entries are checked equal (``--reference-all`` also runs the quadratic merge on everything: minutes).
2. Pages: ``/timeline``, the page of the most-mentioned actor (what ``bench_serve.py`` times) and that of
   the actor named in most events, first load (fresh app, empty caches) and
   warm (median of 3), in two configurations alternated ``--rounds`` times: *before* = the quadratic merge
   with the 2,000-article cap (main before this change), *after* = the blocked merge with the current cap.

    python benchmarks/bench_timeline.py --n 100000          # nice -n 10 on a shared machine
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = HERE / ".data"
OLD_CAP = 2000  # MAX_TIMELINE_ARTICLES before the blocked merge


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def merge_figures(db: Path, sizes: list[int], repeat: int, reference_all: bool) -> str:
    """Prints the merge figures; returns the actor named in most events (for the actor page)."""
    import duckdb

    from kibaru.analyse.timeline import merge_events, merge_events_reference
    from kibaru.serve import analytics
    from kibaru.serve.dialect import DUCKDB, Cursor

    con = duckdb.connect(str(db), read_only=True)
    read, articles = _timed(lambda: analytics._event_articles(Cursor(con.cursor(), DUCKDB), analytics.Scope()))
    con.close()
    events = sum(len(a.events) for a in articles)
    print(f"\n{len(articles):,} event-reporting articles, {events:,} events (read + JSON: {read:.2f} s)\n")
    times = []
    for _ in range(repeat):
        t, entries = _timed(lambda: merge_events(articles))
        times.append(t)
    print(f"merge_events, all of them: median {statistics.median(times):.2f} s over {repeat} "
          f"({min(times):.2f}–{max(times):.2f}), {len(entries):,} entries\n")
    latest = sorted(articles, key=lambda a: (a.date or "", a.id), reverse=True)
    print("| latest articles | events | merge_events s | merge_events_reference s | ratio | same entries |")
    print("|---:|---:|---:|---:|---:|---|")
    for size in [*sizes, *([len(articles)] if reference_all else [])]:
        subset = latest[:size]
        fast_t, fast = _timed(lambda: merge_events(subset))  # noqa: B023 (called at once)
        slow_t, slow = _timed(lambda: merge_events_reference(subset))  # noqa: B023
        same = [e.to_dict() for e in fast] == [e.to_dict() for e in slow]
        print(f"| {len(subset):,} | {sum(len(a.events) for a in subset):,} | {fast_t:.2f} | {slow_t:.2f} | "
              f"×{slow_t / max(fast_t, 1e-9):.0f} | {'yes' if same else '**NO**'} |", flush=True)
        if not same:
            raise SystemExit("the two merges differ")
    named = Counter(a["kb_id"] for art in articles for ev in art.events for a in ev.get("actors") or []
                    if a.get("kb_id"))
    return named.most_common(1)[0][0] if named else "x"


def page_figures(db: Path, rounds: int, event_actor: str) -> None:
    from fastapi.testclient import TestClient

    from kibaru.analyse import timeline
    from kibaru.serve import analytics
    from kibaru.serve.app import create_app

    configs: dict[str, tuple[Callable[..., Any], int]] = {
        "before (quadratic merge, 2,000-article cap)": (timeline.merge_events_reference, OLD_CAP),
        "after (blocked merge)": (timeline.merge_events, analytics.MAX_TIMELINE_ARTICLES),
    }
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    shown: dict[tuple[str, str], str] = {}
    for _ in range(rounds):
        for name, (merge, cap) in configs.items():
            analytics.merge_events = merge  # type: ignore[assignment]
            analytics.MAX_TIMELINE_ARTICLES = cap
            analytics._TIMELINE_CACHE.clear()
            app = create_app(str(db))
            with TestClient(app) as client:
                client.get("/narratives")  # warms what every page shares (templates, labels, knowledge base)
                with app.state.storage.read_cursor() as cur:
                    top = cur.execute("SELECT value FROM article_facets WHERE facet = 'actor' GROUP BY 1 "
                                      "ORDER BY count(*) DESC LIMIT 1").fetchone()
                for page in ("/timeline", f"/actors/{top[0] if top else 'x'}", f"/actors/{event_actor}"):
                    first, r = _timed(lambda: client.get(page))  # noqa: B023
                    assert r.status_code == 200, (page, r.status_code)
                    warm = [_timed(lambda: client.get(page))[0] for _ in range(3)]  # noqa: B023
                    results.setdefault((name, page), []).append((first, statistics.median(warm)))
                    shown[(name, page)] = _what_is_shown(r.text)
    print("\n| page | configuration | first load s (each round) | warm s | shown |\n|---|---|---|---:|---|")
    for (name, page), runs in results.items():
        firsts = " / ".join(f"{f:.2f}" for f, _ in runs)
        print(f"| {page} | {name} | {firsts} | {statistics.median(w for _, w in runs):.2f} | "
              f"{shown[(name, page)]} |")
    names = list(configs)
    for page in dict.fromkeys(p for _, p in results):
        before = statistics.median(f for f, _ in results[(names[0], page)])
        after = statistics.median(f for f, _ in results[(names[1], page)])
        print(f"{page}: first load ×{before / max(after, 1e-9):.1f} faster (median of {rounds})")


def _what_is_shown(html: str) -> str:
    import re

    count = re.search(r'id="event-count">(\d+) événement', html)
    since = re.search(r"depuis (\d{4}-\d{2})|Depuis (\d{4}-\d{2})", html)
    events = len(re.findall(r'<li class="row"><b>', html))
    what = f"{count.group(1)} entries" if count else f"{events} events listed"
    return what + (f", narrowed to {since.group(1) or since.group(2)} on" if since else ", whole corpus")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--sizes", default="2000,5000", help="latest-article subsets both merges run on")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reference-all", action="store_true", help="also the quadratic merge on everything")
    parser.add_argument("--skip-pages", action="store_true")
    args = parser.parse_args()
    db = DATA / f"serve{args.n}.duckdb"
    if not db.exists():
        from bench_serve import build

        DATA.mkdir(exist_ok=True)
        partial = db.with_suffix(".partial.duckdb")
        partial.unlink(missing_ok=True)
        build(partial, args.n)
        partial.replace(db)
    event_actor = merge_figures(db, [int(s) for s in args.sizes.split(",") if s], args.repeat, args.reference_all)
    if not args.skip_pages:
        page_figures(db, args.rounds, event_actor)


if __name__ == "__main__":
    main()
