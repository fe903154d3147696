"""Date resolution on real French articles, and a scan of dates and death tolls over the corpus.

    .venv/bin/python eval/dates_eval.py          # score against eval/dates_gold.jsonl
    .venv/bin/python eval/dates_eval.py --scan   # also count what find_dates / find_fatalities find

The gold (``dates_gold.jsonl``) holds, for 13 SemEval-2023 French *dev* articles, every date expression
that a reader can place on the calendar, as offsets and a resolved value — never the text, which stays
in ``$KIBARU_SHARED/corpus/semeval2023_fr/`` (licence). The articles' real dates are unknown, so every
expression is resolved against the fixed anchor ``ANCHOR`` (a Wednesday), as a reader told "this
article is of 15 June 2022" would. Left out of the gold on purpose: URLs, English text, durations
("des douze derniers mois"), narrative-relative "la veille encore" and a generic "Le 4 juillet est le
jour de l'indépendance": if the resolver reports those they count against its precision.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

from kibaru.enrich.numbers import find_fatalities
from kibaru.enrich.temporal import find_dates

ANCHOR = "2022-06-15"
REPO = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    shared = Path(os.environ.get("KIBARU_SHARED", REPO.parent / "shared"))
    return shared / "corpus" / "semeval2023_fr"


def score(corpus: Path) -> None:
    gold: dict[str, list[dict[str, object]]] = collections.defaultdict(list)
    for line in (REPO / "eval" / "dates_gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["article"]].append(g)
    n_gold = sum(len(v) for v in gold.values())
    found = right = n_sys = sys_on_gold = 0
    errors: list[str] = []
    for article, items in sorted(gold.items()):
        text = (corpus / "dev-articles-subtask-3" / article).read_text(encoding="utf-8")
        hits = find_dates(text, ANCHOR)
        n_sys += len(hits)
        sys_on_gold += sum(any(h.start < g["end"] and g["start"] < h.end for g in items) for h in hits)  # type: ignore[operator]
        for g in items:
            over = [h for h in hits if h.start < g["end"] and g["start"] < h.end]  # type: ignore[operator]
            if not over:
                errors.append(f"missed  {article}:{g['start']} gold={g['value']}")
                continue
            found += 1
            if any(h.value == g["value"] and h.precision == g["precision"] for h in over):
                right += 1
            else:
                errors.append(f"wrong   {article}:{g['start']} gold={g['value']}/{g['precision']} "
                              f"got={[(h.value, h.precision) for h in over]}")
        for h in hits:
            if not any(h.start < g["end"] and g["start"] < h.end for g in items):  # type: ignore[operator]
                errors.append(f"extra   {article}:{h.start} got={h.value}/{h.precision}")
    print(f"gold expressions: {n_gold} in {len(gold)} articles (anchor {ANCHOR})")
    print(f"found (span overlap): {found}/{n_gold} = {found / n_gold:.1%}")
    print(f"resolved right (value and precision): {right}/{n_gold} = {right / n_gold:.1%}; "
          f"of those found: {right / max(found, 1):.1%}")
    print(f"precision of spans: {sys_on_gold}/{n_sys} = {sys_on_gold / max(n_sys, 1):.1%}")
    for e in errors:
        print("  " + e)


def scan(corpus: Path) -> None:
    files = sorted(corpus.glob("*-articles-subtask-3/*.txt"))
    precisions: collections.Counter[str] = collections.Counter()
    tolls = claimed = approximate = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        for r in find_dates(text, ANCHOR):
            precisions[r.precision] += 1
        for fat in find_fatalities(text):
            tolls += 1
            claimed += fat.claimed
            approximate += fat.approximate
    print(f"scan of {len(files)} articles: {sum(precisions.values())} dates {dict(precisions)}; "
          f"{tolls} death tolls ({approximate} approximate, {claimed} claimed by an army)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan", action="store_true", help="also scan the whole SemEval French corpus")
    args = parser.parse_args()
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"SemEval French corpus not found at {corpus} (set KIBARU_SHARED)", file=sys.stderr)
        return 2
    score(corpus)
    if args.scan:
        scan(corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
