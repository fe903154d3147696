"""Choose and store the news texts of the blind quote split ``news_heldout55`` (branch blind55q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Every earlier OrangeSum rule (news_heldout39-51) required at least one
Africa keyword hit; this split reads only pages with **none** (``hits == 0``), never candidates before. There are no
queries: the rule below was written and committed before any candidate's body text was read (only ``index.tsv``
headlines and the pool's counts had been seen). T0 = 02:31:33 UTC.

Selection rule (applied mechanically):

1. CANDIDATES: the pool ``quotes_os`` of ``eval/annotation/pools46.py`` (session 46's blind pools, fixed before any
   body was opened): OrangeSum rows with ``hits == 0``, section ``politique``, ``int(url_sha1, 16) % 3 == 0``, in
   ascending ``url_sha1`` order — 2,613 rows (``python eval/annotation/pools46.py quotes_os INDEX_TSV``). No file
   outside that list is opened (the linking and events builders draw the ``monde`` pages).
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth; this round's
   own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »); at the dry run
   none was.
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-53). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count55.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command before the next candidate is opened); reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60
   minutes (no article begun after 03:31:33 UTC), whichever comes first, never inside an article. ``LAST_READ`` is the
   position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate read; the later ones are
   « not reached ».

DRY RUN of this script (``--dry``, 02:32 UTC, before any body was read): 2,613 candidates in the pool, none with a
text already under ``/work/extra_quotes`` (384 texts there).

Reading (after the rule's commit 9f4c7735, from 02:32 UTC): the candidates were read in rule 1's order and annotated
whole, the running list kept in ``_annot/count55.txt``; 21 read (positions 1-21), 1 of them skipped on reading — doc
27149 (position 16), a poll report told in the voice of the outlet that commissioned it, with a single « selon »
clause (``READ_SKIPS``) —, so 20 kept (``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep (doc 35296,
02:36 UTC, well before T0 + 60 minutes). **By oversight** the 20th keep's count and the display of the next candidate
(position 22, doc 20261, a two-line teaser page) ran in one command, so that page was opened after the 20th keep: it
is not annotated, is out of the gold, and is listed « dropped: read after the 20th kept article by oversight (rule 4;
not annotated) » (``READ_BY_OVERSIGHT``); any later selection must treat it as read. The other 2,591 candidates
(positions 23-2,613) are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids55.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans55.txt``, see ``convert_news.py --split news_heldout55``) and
``_manifest55.jsonl``, copied to ``eval/annotation/news_quotes_sources55.jsonl`` (no text): one row per pool
candidate, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in the reading order (0 for a rule-2
drop), ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news55.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os
from pools46 import candidates

SPLIT = "news_heldout55"
TAG = "55"
POOL = "quotes_os"
MAX_KEPT = 20
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    27149: "fewer than 2 quotes (a poll report told in the voice of the outlet that commissioned it; one « selon » "
           "clause)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    21535, 19365, 21598, 18006, 17675, 12583, 32940, 19701, 22829, 23065, 20764, 19733, 24606, 26192, 9468, 10420,
    10168, 20188, 3005, 35296,
)
# Position (1-based, rule 1's order) of the last candidate read (rule 4); None: reading has not started.
LAST_READ: int | None = 21  # doc 35296, the 20th kept
# Opened after the 20th keep by oversight (the count and the next candidate's display ran in one command): read, not
# annotated, out of the gold; a later selection must treat it as read.
READ_BY_OVERSIGHT: tuple[int, ...] = (20261,)


def draw(source: Path) -> list[dict[str, object]]:
    rows = candidates(POOL, source / "index.tsv")
    own = {f"{r['url_sha1']}.txt" for r in rows if int(r["doc"]) in KEPT}
    have = collect_os.dev_hashes(own)
    out: list[dict[str, object]] = []
    position = 0
    for r in rows:
        doc = int(r["doc"])
        row: dict[str, object] = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": r["url"],
                                  "url_sha1": r["url_sha1"], "text_sha1": r["text_sha1"], "date": r["date"]}
        if r["text_sha1"] in have:
            row["status"] = "dropped: text already under /work/extra_quotes (unread)"
            out.append(row)
            continue
        position += 1
        row["rank"] = position
        if doc in KEPT:
            row["status"] = "kept"
        elif doc in READ_SKIPS:
            row["status"] = f"skipped: {READ_SKIPS[doc]}"
        elif doc in READ_BY_OVERSIGHT:
            row["status"] = "dropped: read after the 20th kept article by oversight (rule 4; not annotated)"
        elif LAST_READ is not None and position > LAST_READ:
            row["status"] = "not reached"
        else:
            row["status"] = "candidate"
        out.append(row)
    return out


def main() -> None:
    collect_os.main(draw, TAG)


if __name__ == "__main__":
    main()
