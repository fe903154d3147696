"""Choose the news texts of the blind quote split ``news_heldout53`` (branch blind53q).

Source: French Wikinews 2012 (CC BY 2.5, © the Wikinews contributors), whole articles committed in the repository
under ``eval/texts/wikinews/<doc>.txt`` with ``index.tsv`` (doc, text_sha1, date = the dateline's date, the count of
« marks, url, headline), ``POOLS.tsv`` (file -> pool) and ``PROVENANCE.md``. The texts are not copied anywhere: the
gold names the committed file (``article`` = ``eval/texts/wikinews/<doc>.txt``, checked against ``text_sha1`` by
``benchmarks/eval_quotes.py``). There are no queries: the rule below was written and committed before any
candidate's body text was read (only ``index.tsv`` headlines, dates and counts of « marks had been seen).

Selection rule (applied mechanically):

1. CANDIDATES: the files whose pool in ``POOLS.tsv`` is ``quotes`` and whose status in news_heldout52's manifest
   (``eval/annotation/news_quotes_sources52.jsonl``) is « not reached » (14 files, docs 45592 onwards), in ascending
   doc order; no other file of ``eval/texts/wikinews`` is opened (the rest of the quotes pool was read by
   news_heldout52's builder; the other pools belong to other tasks). news_heldout52's rule is otherwise unchanged.
2. The candidates are read in that order, each whole, and annotated with the guideline of
   ``benchmarks/eval_quotes.py`` (its clarification of session 19 and the decisions of news_heldout39-52); one is
   skipped on reading (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the
   guideline) or is a commentary in the author's own voice.
3. After finishing each article the kept articles are counted (a running count in the local scratch file
   ``_annot/count53.txt`` under ``$KIBARU_EXTRA_QUOTES``, one line per article read, run as its own command before
   the next candidate is opened); reading stops at ``MAX_KEPT`` (25) kept articles or at T0 + 60 minutes (T0 =
   00:25:22 UTC: no article begun after 01:25:22 UTC, never inside an article), whichever comes first.
   ``LAST_READ`` is the position (1-based, in rule 1's order) of the last candidate read; the later ones are « not
   reached ».
4. Anchor date of each article: ``index.tsv``'s ``date`` (the dateline).

Reading (after the rule's commit 4bfa45ea, from 00:26 UTC): the candidates were read in rule 1's order and annotated
whole, the running count kept in ``_annot/count53.txt`` (one line per article read, « SKIP doc reason » for a skip) and
counted before each next candidate; all 14 read (positions 1-14, docs 45592-45774) by 00:28 UTC, well before T0 + 60
minutes: 4 skipped on reading (``READ_SKIPS``: 2 with a single quote, 1 without any quote, 1 commentary in the author's
voice), 10 kept (``KEPT``, ``LAST_READ = 14``), none « not reached »; the quotes pool of ``POOLS.tsv`` is now wholly
read.

Output: ``_ids53.tsv`` under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): ``n <TAB>
eval/texts/wikinews/<doc>.txt <TAB> url``, ``n`` = the doc number, the article number of the spans file
``_annot/spans53.txt`` (``convert_news.py _annot/spans53.txt --split news_heldout53``; an ids row naming a committed
text makes the row's ``article`` that path); and the manifest ``eval/annotation/news_quotes_sources53.jsonl`` (no
text): ``q`` = doc, ``query`` = ``wikinews:<doc>``, ``rank`` = the position in rule 1's order, ``url``,
``text_sha1``, ``date`` (the dateline), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet) or
``not reached``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news53.py [--dry]`` (``--dry``: print
the candidates' doc numbers and the counts, write nothing). The script prints no article text.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TEXTS = REPO / "eval" / "texts" / "wikinews"
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources52.jsonl"
SPLIT = "news_heldout53"
TAG = "53"
POOL = "quotes"
MAX_KEPT = 25
# Candidates skipped on reading (rule 2): doc -> reason.
READ_SKIPS: dict[int, str] = {
    45592: "fewer than 2 quotes (one d'après clause; figures without a source)",
    45736: "fewer than 2 quotes (one request; a selon meaning depending on; a participle describing a noun)",
    45758: "no quote (a 2-word quoted noise; an announced withdrawal, performative)",
    45764: "commentary in the author's voice (a critique of a TV report, the author's own points and questions)",
}
# Candidates kept after reading (rule 2).
KEPT: tuple[int, ...] = (45614, 45626, 45628, 45644, 45674, 45712, 45722, 45750, 45766, 45774)
# Position (1-based, rule 1's order) of the last candidate read (rule 3); 0 = none read yet.
LAST_READ = 14


def candidates() -> list[dict[str, str]]:
    """The ``quotes`` pool's rows of ``index.tsv`` that news_heldout52 did not reach, ascending doc order (rule 1)."""
    with PREVIOUS_MANIFEST.open(encoding="utf-8") as f:
        not_reached = {m["q"] for m in map(json.loads, filter(str.strip, f)) if m["status"] == "not reached"}
    with (TEXTS / "POOLS.tsv").open(encoding="utf-8") as f:
        pools = {r["file"]: r["pool"] for r in csv.DictReader(f, delimiter="\t")}
    with (TEXTS / "index.tsv").open(encoding="utf-8") as f:
        rows = [
            r
            for r in csv.DictReader(f, delimiter="\t")
            if pools.get(f"{r['doc']}.txt") == POOL and int(r["doc"]) in not_reached
        ]
    return sorted(rows, key=lambda r: int(r["doc"]))


def status(rank: int, doc: int) -> str:
    if doc in KEPT:
        return "kept"
    if doc in READ_SKIPS:
        return f"skipped: {READ_SKIPS[doc]}"
    if rank <= LAST_READ:
        raise SystemExit(f"doc {doc} read (rank {rank}) but neither kept nor skipped")
    return "not reached" if LAST_READ else "candidate"


def main() -> None:
    rows = candidates()
    manifest = []
    for rank, r in enumerate(rows, 1):
        doc = int(r["doc"])
        manifest.append(
            {
                "q": doc,
                "query": f"wikinews:{doc}",
                "rank": rank,
                "url": r["url"],
                "text_sha1": r["text_sha1"],
                "date": r["date"] or None,
                "status": status(rank, doc),
            }
        )
    by_status: dict[str, int] = {}
    for m in manifest:
        by_status[m["status"]] = by_status.get(m["status"], 0) + 1
    print(f"{len(rows)} candidates: {' '.join(r['doc'] for r in rows)}")
    print(json.dumps(by_status, ensure_ascii=False))
    if "--dry" in sys.argv:
        return
    dest = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    kept = [m for m in manifest if m["status"] == "kept"]
    (dest / f"_ids{TAG}.tsv").write_text(
        "".join(f"{m['q']}\teval/texts/wikinews/{m['q']}.txt\t{m['url']}\n" for m in kept), encoding="utf-8"
    )
    (REPO / "eval" / "annotation" / f"news_quotes_sources{TAG}.jsonl").write_text(
        "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
