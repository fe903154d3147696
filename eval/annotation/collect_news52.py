"""Choose the news texts of the blind quote split ``news_heldout52`` (branch blind52q).

Source: French Wikinews 2012 (CC BY 2.5, © the Wikinews contributors), 100 whole articles committed in the repository
under ``eval/texts/wikinews/<doc>.txt`` with ``index.tsv`` (doc, text_sha1, date = the dateline's date, the count of
« marks, url, headline), ``POOLS.tsv`` (file -> pool, fixed before any article but one was read) and
``PROVENANCE.md``. The texts are not copied anywhere: the gold names the committed file (``article`` =
``eval/texts/wikinews/<doc>.txt``, checked against ``text_sha1`` by ``benchmarks/eval_quotes.py``). There are no
queries: the rule below was written and committed before any candidate's body text was read (only ``index.tsv``
headlines, dates and counts of « marks had been seen).

Selection rule (applied mechanically):

1. CANDIDATES: the files whose pool in ``POOLS.tsv`` is ``quotes`` (52 files, the even doc numbers but 44485), in
   ascending doc order; no file of another pool (``linking``, ``events``, ``none``) is opened.
2. The candidates are read in that order, each whole, and annotated with the guideline of
   ``benchmarks/eval_quotes.py`` (its clarification of session 19 and the decisions of news_heldout39-51); one is
   skipped on reading (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the
   guideline) or is a commentary in the author's own voice.
3. After finishing each article the kept articles are counted (a running count in the local scratch file
   ``_annot/count52.txt`` under ``$KIBARU_EXTRA_QUOTES``, one line per kept article, run as its own command before
   the next candidate is opened); reading stops at ``MAX_KEPT`` (25) kept articles or at T0 + 60 minutes (T0 =
   00:12:47 UTC: no article begun after 01:12:47 UTC, never inside an article), whichever comes first.
   ``LAST_READ`` is the position (1-based, in rule 1's order) of the last candidate read; the later ones are « not
   reached ».
4. Anchor date of each article: ``index.tsv``'s ``date`` (the dateline).

Reading (after the rule's commit d30ff9e8, from 00:13 UTC): the candidates were read in rule 1's order and annotated
whole, the running count kept in ``_annot/count52.txt`` (one line per article read, « SKIP doc reason » for a skip) and
counted before each next candidate; 38 read (positions 1-38, docs 44046-45498), 13 skipped on reading (``READ_SKIPS``:
5 without any quote, 8 with a single quote), 25 kept (``KEPT``, ``LAST_READ = 38``); reading stopped at the 25th keep,
well before T0 + 60 minutes, and no candidate after it was opened. 14 candidates are « not reached » (positions 39-52,
docs 45592-45774).

Output: ``_ids52.tsv`` under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): ``n <TAB>
eval/texts/wikinews/<doc>.txt <TAB> url``, ``n`` = the doc number, the article number of the spans file
``_annot/spans52.txt`` (``convert_news.py _annot/spans52.txt --split news_heldout52``; an ids row naming a committed
text makes the row's ``article`` that path); and the manifest ``eval/annotation/news_quotes_sources52.jsonl`` (no
text): ``q`` = doc, ``query`` = ``wikinews:<doc>``, ``rank`` = the position in rule 1's order, ``url``,
``text_sha1``, ``date`` (the dateline), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet) or
``not reached``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news52.py [--dry]`` (``--dry``: print
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
SPLIT = "news_heldout52"
TAG = "52"
POOL = "quotes"
MAX_KEPT = 25
# Candidates skipped on reading (rule 2): doc -> reason.
READ_SKIPS: dict[int, str] = {
    44318: "fewer than 2 quotes (one count under selon)",
    44336: "no quote",
    44388: "no quote",
    44502: "fewer than 2 quotes (one selon clause)",
    44504: "fewer than 2 quotes (at most one unveiling with a bare complement)",
    44552: "fewer than 2 quotes (one selon un communiqué; negated reports)",
    44570: "fewer than 2 quotes (one selon clause; another selon means depending on)",
    44618: "fewer than 2 quotes (one banner message; a fear told by the narrator; the bill's provisions narrated)",
    44860: "no quote (a programme; « annoncés » without agent describes a list)",
    44960: "no quote (forecasts without any source)",
    45346: "fewer than 2 quotes (one 3-word unattributed stretch; a quoted designation)",
    45364: "no quote (explanation in the author's voice)",
    45468: "fewer than 2 quotes (one finding of the scientists)",
}
# Candidates kept after reading (rule 2).
KEPT: tuple[int, ...] = (
    44046, 44290, 44292, 44372, 44374, 44510, 44520, 44522,
    44530, 44532, 44536, 44540, 44550, 44568, 44586, 44636,
    44652, 44672, 44772, 44940, 44974, 44998, 45070, 45496,
    45498,
)
# Position (1-based, rule 1's order) of the last candidate read (rule 3); 0 = none read yet.
LAST_READ = 38


def candidates() -> list[dict[str, str]]:
    """The ``quotes`` pool's rows of ``index.tsv``, in ascending doc order (rule 1)."""
    with (TEXTS / "POOLS.tsv").open(encoding="utf-8") as f:
        pools = {r["file"]: r["pool"] for r in csv.DictReader(f, delimiter="\t")}
    with (TEXTS / "index.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if pools.get(f"{r['doc']}.txt") == POOL]
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
