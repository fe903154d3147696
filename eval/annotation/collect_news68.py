"""Choose and store the news texts of the blind quote split ``news_heldout68`` (branch blind68q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58, 60-66 this split reads only pages with
**no** Africa keyword (``hits == 0``), from the same pool ``quotes_os``; it continues news_heldout66's reading order
(the pool's second half, ``url_sha1`` beginning with 8-f) from its rank 22. The first half's unread rows
(news_heldout65's « not reached ») belong to news_heldout67, built at the same time by another builder, and are never
opened here. There are no queries: the rule below was written and committed before any candidate's body text was read
(only ``index.tsv`` headlines and the pool's counts had been seen). T0 = 06:27:46 UTC.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources66.jsonl`` (news_heldout66's manifest; the pool
   ``quotes_os`` of ``eval/annotation/pools46.py``: OrangeSum rows with ``hits == 0``, section ``politique``,
   ``int(url_sha1, 16) % 3 == 0``, in ascending ``url_sha1`` order, 2,613 rows) whose status is « not reached » and
   whose ``rank`` is > 0, in ``rank`` order: news_heldout66's ranks 22-1,260 (its ranks 1-21 were read by it). Every
   other pool row is listed « dropped: not a news_heldout66 « not reached » row (rule 1) » with rank 0 and never opened
   (news_heldout55/56/58/60/62/64/66's reads, and the first half of the pool, news_heldout61's, 63's, 65's and
   news_heldout67's). No file outside that list is opened (the linking and events builders draw the ``monde`` pages).
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth; this round's
   own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-66). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count68.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 07:27:46 UTC),
   whichever comes first, never inside an article. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2
   drops not counted) of the last candidate read; the later ones are « not reached ».

DRY RUN of this script (``--dry``, 06:28 UTC by the machine's clock, before any body was read): 2,613 pool rows, 1,374
dropped by rule 1 (news_heldout66's 1,353 rank-0 rows, its 20 kept and its 1 skipped), none by rule 2 (no text already
under ``/work/extra_quotes``), 1,239 candidates, the first docs 3787, 21041, 16695, 4553, 26387.

Reading (after the rule's commit 7f89bb2e, from 06:29 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count68.txt`` and counted by its own command after
each article; 20 read (positions 1-20 = news_heldout66's ranks 22-41, docs 3787-33896), none skipped on reading (the
fewest quotes in one article: 2), so the 20 read are the 20 kept (``KEPT``, ``LAST_READ = 20``), reading ending at the
20th keep (doc 33896, 06:34 UTC, well before T0 + 60 minutes); no candidate after it was opened. The other 1,219
candidates (positions 21-1,239) are « not reached ». 192 quotes (107 direct / 85 indirect, 9 without speaker).

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids68.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans68.txt``, see ``convert_news.py --split news_heldout68``) and
``_manifest68.jsonl``, copied to ``eval/annotation/news_quotes_sources68.jsonl`` (no text): one row per pool
row, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in the reading order (0 for a rule-1 or
rule-2 drop), ``rank66`` = the row's rank in news_heldout66's order (rule-1 candidates only), ``url``, ``url_sha1``,
``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped:
<reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news68.py [ORANGESUM_ALL_DIR]``
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
SPLIT = "news_heldout68"
TAG = "68"
POOL = "quotes_os"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources66.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    3787, 21041, 16695, 4553, 26387, 24892, 20781, 27190, 34038, 18333, 18839, 15312, 35532, 6132, 23035, 23292, 18237,
    9935, 27603, 33896,
)
# Position (1-based, rule 1's order) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 20  # doc 33896, the 20th kept


def draw(source: Path) -> list[dict[str, object]]:
    """The pool in news_heldout66's « not reached » order (rule 1), placed by this reading; the other rows dropped."""
    return collect_os.reordered(candidates(POOL, source / "index.tsv"), PREVIOUS_MANIFEST, "66", KEPT, READ_SKIPS,
                                LAST_READ)


def main() -> None:
    collect_os.main(draw, TAG)


if __name__ == "__main__":
    main()
