"""Choose and store the news texts of the blind quote split ``news_heldout64`` (branch blind64q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58, 60, 61 and 62 this split reads only
pages with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os``; it continues news_heldout62's
reading order (the pool's second half, ``url_sha1`` beginning with 8-f) from its rank 21. The first half's unread rows
(news_heldout61's « not reached ») belong to news_heldout63, built at the same time by another builder, and are never
opened here. There are no queries: the rule below was written and committed before any candidate's body text was read
(only ``index.tsv`` headlines and the pool's counts had been seen). T0 = 05:10:45 UTC.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources62.jsonl`` (news_heldout62's manifest; the pool
   ``quotes_os`` of ``eval/annotation/pools46.py``: OrangeSum rows with ``hits == 0``, section ``politique``,
   ``int(url_sha1, 16) % 3 == 0``, in ascending ``url_sha1`` order, 2,613 rows) whose status is « not reached » and
   whose ``rank`` is > 0, in ``rank`` order: news_heldout62's ranks 21-1,303 (its ranks 1-20 were read by it). Every
   other pool row is listed « dropped: not a news_heldout62 « not reached » row (rule 1) » with rank 0 and never opened
   (news_heldout55/56/58/60/61/62's reads, and the first half of the pool, news_heldout61's and news_heldout63's). No
   file outside that list is opened (the linking and events builders draw the ``monde`` pages).
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth; this round's
   own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-62). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count64.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 06:10:45 UTC),
   whichever comes first, never inside an article. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2
   drops not counted) of the last candidate read; the later ones are « not reached ».

DRY RUN of this script (``--dry``, 05:11 UTC by the machine's clock, before any body was read): 2,613 pool rows, 1,330
dropped by rule 1 (news_heldout62's 1,310 rank-0 rows and its 20 kept), none by rule 2 (no text already under
``/work/extra_quotes``), 1,283 candidates, the first docs 10855, 2464, 14402, 23541, 15978.

Reading (after the rule's commit 3818660d, from 05:11 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count64.txt`` and counted by its own command after
each article; 23 read (positions 1-23, docs 10855-15745), 3 of them skipped on reading — doc 14402 (position 3), a
live-stream teaser page without any quote, doc 27604 (position 6), a wealth ranking told by the narrator with a single
« selon les chiffres » clause, and doc 16154 (position 11), a two-line teaser page of a weekly best-of without any
quote —, so 20 kept (``KEPT``, ``LAST_READ = 23``), reading ending at the 20th keep (doc 15745, 05:16 UTC, well before
T0 + 60 minutes); no candidate after it was opened. The other 1,260 candidates (positions 24-1,283) are « not
reached ». 203 quotes (105 direct / 98 indirect, 26 without speaker).

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids64.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans64.txt``, see ``convert_news.py --split news_heldout64``) and
``_manifest64.jsonl``, copied to ``eval/annotation/news_quotes_sources64.jsonl`` (no text): one row per pool
row, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in the reading order (0 for a rule-1 or
rule-2 drop), ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news64.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os
from pools46 import candidates

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout64"
TAG = "64"
POOL = "quotes_os"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources62.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    14402: "a live-stream teaser page without any quote",
    27604: "a single quote (one « selon les chiffres » clause; a wealth ranking told by the narrator)",
    16154: "a two-line teaser page of a weekly best-of without any quote",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    10855, 2464, 23541, 15978, 21297, 22423, 10850, 25405, 13435, 28247, 529, 14937, 13661, 11892, 25135, 22302,
    25059, 26698, 20766, 15745,
)
# Position (1-based, rule 1's order) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 23  # doc 15745, the 20th kept


def draw(source: Path) -> list[dict[str, object]]:
    """The pool in news_heldout62's « not reached » order (rule 1), placed by this reading; the other rows dropped."""
    return collect_os.reordered(candidates(POOL, source / "index.tsv"), PREVIOUS_MANIFEST, "62", KEPT, READ_SKIPS,
                                LAST_READ, keep_rank=False)


def main() -> None:
    collect_os.main(draw, TAG)


if __name__ == "__main__":
    main()
