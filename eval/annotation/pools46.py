"""Session 46's blind pools: which unread news texts each new blind split may draw from, fixed before any was read.

Two sources hold news texts no evaluation has read:

- **MasakhaNEWS few-shot train** (BBC Afrique, © the BBC, never committed): the 250 articles of
  ``few_shot_data/50_samples/fra/train.tsv`` (``python tools/masakhanews_texts.py GIT_DIR DIR --split train``). Earlier
  splits read only ``dev.tsv`` and ``test.tsv``. Row 86 repeats a dev/test article and row 101 shares two sentences with
  a text already under ``/work/extra_*``: both are excluded. The file is sorted by category, 50 rows each.
- **OrangeSum pages with no Africa word** (AFP dispatches 2016–2020, CC BY-SA 4.0, never committed):
  ``python tools/orangesum_texts.py GIT_DIR DIR --all``. Every earlier OrangeSum rule required at least one
  ``AFRICA_WORDS`` hit, so the 35,202 pages with none were never candidates.

The pools, decided from categories, sections, headlines and hashes only (no body was opened):

| pool | source | rule | order |
|---|---|---|---|
| ``quotes_bbc`` | MasakhaNEWS train | category business or health | row |
| ``linking_bbc`` | MasakhaNEWS train | category politics, odd row | row |
| ``events_bbc`` | MasakhaNEWS train | category politics, even row (undated: kept for a later round) | row |
| ``linking_bbc_tech`` | MasakhaNEWS train | technology (third round, chosen before any was read) | row |
| ``reserve_bbc`` | MasakhaNEWS train | sports | row |
| ``quotes_os`` | OrangeSum, no Africa word | section politique, url_sha1 ≡ 0 (mod 3) | url_sha1 |
| ``linking_os`` | OrangeSum, no Africa word | section monde, url_sha1 ≡ 1 (mod 3) | url_sha1 |
| ``events_os`` | OrangeSum, no Africa word | section monde, url_sha1 ≡ 2 (mod 3), event word in headline | url_sha1 |
| ``events_os2`` | OrangeSum, no Africa word | section monde, url_sha1 ≡ 0 (mod 3), event word in headline | url_sha1 |
| ``events_os3`` | OrangeSum, no Africa word | section france, url_sha1 ≡ 0 (mod 3), event word in headline | url_sha1 |
| ``events_os4`` | OrangeSum, no Africa word | section france, url_sha1 ≡ 1 (mod 3), event word in headline | url_sha1 |
| ``linking_os2`` | OrangeSum, no Africa word | section monde, url_sha1 ≡ 2 (mod 3), no event headline | url_sha1 |
| ``events_os5`` | OrangeSum, no Africa word | section france, url_sha1 ≡ 2 (mod 3), event word in headline | url_sha1 |
| ``events_os6`` | OrangeSum, no Africa word | section societe, url_sha1 ≡ 0 (mod 3), event headline | url_sha1 |

``events_os2`` was added in session 54 (2026-12-06), when ``events_os`` was used up (heldout51n–63n): the
section-monde pages with url_sha1 ≡ 0 (mod 3) belonged to no pool (``quotes_os`` is section politique), so no
evaluation has read them; the rule is ``events_os``'s with the other residue, fixed from headlines and hashes only.
``events_os3`` was added in session 56 (2026-12-07), when ``events_os2`` was used up (heldout64n–77n), before any of
its pages was opened: no pool holds the section-france pages (French news: attacks, protests, elections), so no
evaluation has read them; the rule is ``events_os2``'s in that section (328 pages in the rebuilt index), fixed from
sections, headlines and hashes only.
``events_os4`` was added in session 60 (2026-12-07), when ``events_os3`` was nearly used up (heldout78n–91n), before
any of its pages was opened: the section-france pages with url_sha1 ≡ 1 (mod 3) belong to no pool (``linking_os`` is
section monde), so no evaluation has read them; the rule is ``events_os3``'s with the other residue, fixed from
sections, headlines and hashes only.

``linking_os2`` was added in session 61 (2026-12-07), when ``linking_os`` was nearly used up (heldout53l–122l left 8
rows), before any of its pages was opened: the section-monde pages with url_sha1 ≡ 2 (mod 3) and no event word in the
headline belong to no pool (``events_os`` took those with one), so no evaluation has read them; the rule is
``linking_os``'s with the other residue, fixed from sections, headlines (the event-word test only) and hashes: 1,019
pages in the rebuilt index, 2 of them already under ``/work/extra_*`` (a lister skips those unread). ``choose_os.py``
walks ``linking_os``; a builder of the first ``linking_os2`` split points it (or its own lister) at the new pool.

``events_os5`` was added in session 62 (2026-12-07), when ``events_os4`` was nearly used up (heldout93n–103n left its
0–7 rows 111–176 and its 8–f rows 335–341), before any of its pages was opened: the section-france pages with
url_sha1 ≡ 2 (mod 3) and an event word in the headline belong to no pool, so no evaluation has read them; the rule is
``events_os4``'s with the other residue, fixed from sections, headlines (the event-word test only) and hashes: 335
pages in the rebuilt index (169 with url_sha1 0–7, 166 with 8–f), 4 of them already under ``/work/extra_*`` (skipped
unread).

``events_os6`` was added in session 64 (2026-12-08), when ``events_os5`` and ``events_os4`` were nearly used up
(heldout104n–119n left ``events_os5``'s 0–7 rows 153–169 and 8–f rows 332–335, ``events_os4``'s 8–f rows 335–341),
before any of its pages was opened: no pool holds the section-societe pages (French society news: attacks, protests,
trials), so no evaluation has read them; the rule is ``events_os3``'s in that section with url_sha1 ≡ 0 (mod 3), fixed
from sections, headlines (the event-word test only) and hashes: 276 pages in the rebuilt index (153 with url_sha1 0–7),
19 of them with a text already under ``/work/extra_*`` (the same dispatch in another section; skipped unread).

Ordering by ``url_sha1`` spreads each pool over the years without anyone choosing. Builders take candidates in that
order and record every one they read.

Usage::

    python eval/annotation/pools46.py POOL INDEX_TSV [--limit N]

prints the pool's candidates in order (id, url_sha1, text_sha1, date or category, headline); ``INDEX_TSV`` is the
``index.tsv`` the matching tool wrote.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

EXCLUDED_TRAIN_ROWS = frozenset({86, 101})

# Headline words of the spec's event types (attacks, agreements, meetings, deployments, sanctions, elections …).
EVENT_HEADLINE = re.compile(
    r"\b(?:attaques?|attentats?|tu[ée]s?|morts?|bombardements?|frappes?|offensive|combats?|accords?|sommet|"
    r"rencontre|re[çc]oit|visite|sanctions?|manifestations?|manifestants|[ée]lections?|[ée]lu|expuls\w*|retrait|"
    r"troupes|soldats|d[ée]ploie\w*|armes|prise|captur\w*|otages?|enlev\w*)\b",
    re.I,
)

BBC_POOLS = {
    "quotes_bbc": lambda cat, row: cat in ("business", "health"),
    "linking_bbc": lambda cat, row: cat == "politics" and row % 2 == 1,
    "events_bbc": lambda cat, row: cat == "politics" and row % 2 == 0,
    "linking_bbc_tech": lambda cat, row: cat == "technology",
    "reserve_bbc": lambda cat, row: cat == "sports",
}
ORANGESUM_POOLS = {
    "quotes_os": lambda sec, h, rest: sec == "politique" and rest == 0,
    "linking_os": lambda sec, h, rest: sec == "monde" and rest == 1,
    "events_os": lambda sec, h, rest: sec == "monde" and rest == 2 and bool(EVENT_HEADLINE.search(h)),
    "events_os2": lambda sec, h, rest: sec == "monde" and rest == 0 and bool(EVENT_HEADLINE.search(h)),
    "events_os3": lambda sec, h, rest: sec == "france" and rest == 0 and bool(EVENT_HEADLINE.search(h)),
    "events_os4": lambda sec, h, rest: sec == "france" and rest == 1 and bool(EVENT_HEADLINE.search(h)),
    "linking_os2": lambda sec, h, rest: sec == "monde" and rest == 2 and not EVENT_HEADLINE.search(h),
    "events_os5": lambda sec, h, rest: sec == "france" and rest == 2 and bool(EVENT_HEADLINE.search(h)),
    "events_os6": lambda sec, h, rest: sec == "societe" and rest == 0 and bool(EVENT_HEADLINE.search(h)),
}


def candidates(pool: str, index_tsv: Path) -> list[dict[str, str]]:
    """The pool's rows of ``index_tsv`` in the pool's order."""
    csv.field_size_limit(sys.maxsize)
    with index_tsv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if pool in BBC_POOLS:
        keep = BBC_POOLS[pool]
        return [r for r in rows if r["split"] == "train" and int(r["row"]) not in EXCLUDED_TRAIN_ROWS
                and keep(r["category"], int(r["row"]))]
    if pool in ORANGESUM_POOLS:
        test = ORANGESUM_POOLS[pool]
        chosen = [r for r in rows if r["hits"] == "0" and test(r["section"], r["headline"], int(r["url_sha1"], 16) % 3)]
        return sorted(chosen, key=lambda r: r["url_sha1"])
    raise SystemExit(f"unknown pool {pool!r}: one of {', '.join([*BBC_POOLS, *ORANGESUM_POOLS])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("pool")
    parser.add_argument("index_tsv", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    rows = candidates(args.pool, args.index_tsv)
    print(f"# {args.pool}: {len(rows)} candidates")
    for r in rows[: args.limit or None]:
        ident = r.get("row") or r.get("doc")
        meta = r.get("category") or r.get("date")
        print("\t".join([str(ident), r["url_sha1"], r["text_sha1"], str(meta), r["headline"]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
