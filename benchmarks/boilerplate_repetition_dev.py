"""The site-repetition rule on sites with several pages, development data only (issue 2, round 12).

Every real evaluation split holds about one page per outlet, so the rule (``LineStats``: a line found on many pages
of one site is that site's boilerplate) hardly fires when each split is scored alone. Analysts ingest many pages per
site; this script pools the development real sets (``real_dev`` … ``real_heldout6``), builds one ``LineStats`` over
all of them, and scores the pages of sites with at least ``--min-pages`` pages with the rule off and with a grid of
thresholds (``REPEAT_MIN_DOCS``, ``REPEAT_MIN_COUNT``, ``REPEAT_MIN_SHARE``). It then counts the missed
boilerplate and the article lines by how many pages of their site hold them (the ceiling of any repetition rule).

    KIBARU_REAL_DUMPS=/work/extra_dumps python benchmarks/boilerplate_repetition_dev.py [--lines]

Never run it on a blind split.
"""

from __future__ import annotations

import argparse
import collections
import sys
from typing import Any

import boilerplate_eval as ev

DEV_SPLITS = ("real_dev", "real_heldout", "real_heldout2", "real_heldout3", "real_heldout4", "real_heldout5",
              "real_heldout6")
GRID = ((3, 3, 0.2), (3, 2, 0.2), (4, 2, 0.3), (4, 3, 0.3), (3, 3, 0.5), (4, 2, 0.5), (3, 3, 0.1), (3, 3, 0.05))


def score(pages: list[ev.Page], stats: Any) -> ev.Counts:
    counts = ev.Counts()
    for page in pages:
        for gold_art, pred_bp in zip(page.gold, ev.predict(page, stats), strict=True):
            counts.add(pred_bp, not gold_art)
    return counts


def row(name: str, c: ev.Counts) -> str:
    p, r, f = c.boilerplate()[:3]
    return f"{name:34}{p:7.3f}{r:7.3f}{f:7.3f}{int(c.tp):6}{int(c.fp):6}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-pages", type=int, default=4, help="score the pages of sites with at least N pages")
    parser.add_argument("--max-pages", type=int, default=10_000, help="… and at most N pages")
    parser.add_argument("--lines", action="store_true", help="print the repeated lines (development data)")
    args = parser.parse_args(argv)
    from kibaru.ingest.clean import dump

    pages = [p for split in DEV_SPLITS for p in ev.iter_pages(split)]
    per_site = collections.Counter(p.group for p in pages)
    multi = [p for p in pages if args.min_pages <= per_site[p.group] <= args.max_pages]
    sites = sum(1 for n in per_site.values() if args.min_pages <= n <= args.max_pages)
    print(f"development pages {len(pages)}; scored: {len(multi)} pages of {sites} sites with "
          f"{args.min_pages}-{args.max_pages} pages")
    stats = ev.build_stats(pages)
    print(f"{'cleaner':34}{'bp P':>7}{'bp R':>7}{'bp F1':>7}{'TP':>6}{'FP':>6}")
    print(row("no repetition rule", score(multi, None)))
    saved = (dump.REPEAT_MIN_DOCS, dump.REPEAT_MIN_COUNT, dump.REPEAT_MIN_SHARE)
    try:
        for docs, count, share in GRID:
            dump.REPEAT_MIN_DOCS, dump.REPEAT_MIN_COUNT, dump.REPEAT_MIN_SHARE = docs, count, share
            mark = "  (shipped)" if (docs, count, share) == saved else ""
            print(row(f"docs>={docs} count>={count} share>={share}{mark}", score(multi, stats)))
    finally:
        dump.REPEAT_MIN_DOCS, dump.REPEAT_MIN_COUNT, dump.REPEAT_MIN_SHARE = saved
    missed: collections.Counter[int] = collections.Counter()
    article: collections.Counter[int] = collections.Counter()
    for page in multi:
        for line, gold_art, pred_bp in zip(page.lines, page.gold, ev.predict(page, stats), strict=True):
            df = min(stats.doc_frequency(page.group, line), 5)
            if not gold_art and not pred_bp:
                missed[df] += 1
            elif gold_art:
                article[df] += 1
            if args.lines and df >= 2 and (gold_art or not pred_bp):
                kind = "article" if gold_art else "missed-bp"
                print(f"{kind:10} {df}/{stats.n_docs(page.group)} {page.group}: {line[:100]!r}")
    print("missed boilerplate by pages of its site holding it (5 = 5+):", sorted(missed.items()))
    print("article lines by pages of their site holding them:         ", sorted(article.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
