"""Choose and store the news texts of the blind quote split ``news_heldout70`` (branch blind70q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58, 60-68 this split reads only pages with
**no** Africa keyword (``hits == 0``), from the same pool ``quotes_os``; it continues news_heldout68's reading order
(the pool's second half, ``url_sha1`` beginning with 8-f) from its rank 21. The first half's unread rows
(news_heldout67's « not reached ») belong to news_heldout69, built at the same time by another builder, and are never
opened here. There are no queries: the rule below was written and committed before any candidate's body text was read
(only ``index.tsv`` headlines and the pool's counts had been seen). T0 = 07:33:11 UTC.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources68.jsonl`` (news_heldout68's manifest; the pool
   ``quotes_os`` of ``eval/annotation/pools46.py``: OrangeSum rows with ``hits == 0``, section ``politique``,
   ``int(url_sha1, 16) % 3 == 0``, in ascending ``url_sha1`` order, 2,613 rows) whose status is « not reached » and
   whose ``rank`` is > 0, in ``rank`` order: news_heldout68's ranks 21-1,239 (its ranks 1-20 were read by it). Every
   other pool row is listed « dropped: not a news_heldout68 « not reached » row (rule 1) » with rank 0 and never opened
   (news_heldout55/56/58/60/62/64/66/68's reads, and the first half of the pool, news_heldout61's, 63's, 65's, 67's and
   news_heldout69's). No file outside that list is opened (the linking and events builders draw the ``monde`` pages).
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth; this round's
   own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-68). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count70.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 08:33:11 UTC),
   whichever comes first, never inside an article. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2
   drops not counted) of the last candidate read; the later ones are « not reached ».

DRY RUN of this script (``--dry``, 07:34 UTC by the machine's clock, before any body was read): 2,613 pool rows, 1,394
dropped by rule 1 (news_heldout68's 1,374 rank-0 rows and its 20 kept), none by rule 2 (no text already under
``/work/extra_quotes``), 1,219 candidates, the first docs 23100, 27305, 28183, 14710, 1882.

Reading (after the rule's commit 3bef959d, from 07:34 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count70.txt`` and counted by its own command after
each article; 23 read (positions 1-23 = news_heldout68's ranks 21-43, docs 23100-24148), 3 of them skipped on reading
(``READ_SKIPS``: doc 25347, position 7, and doc 25573, position 12, a single quote each; doc 17122, position 15, a
one-line teaser page without any quote), so 20 kept (``KEPT``, ``LAST_READ = 23``), reading ending at the 20th keep
(doc 24148, 07:39 UTC by the machine's clock, well before T0 + 60 minutes); no candidate after it was opened. The other
1,196 candidates (positions 24-1,219) are « not reached ». 171 quotes (80 direct / 91 indirect, 18 without speaker).

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids70.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans70.txt``, see ``convert_news.py --split news_heldout70``) and
``_manifest70.jsonl``, copied to ``eval/annotation/news_quotes_sources70.jsonl`` (no text): one row per pool
row, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in the reading order (0 for a rule-1 or
rule-2 drop), ``rank68`` = the row's rank in news_heldout68's order (rule-1 candidates only), ``url``, ``url_sha1``,
``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped:
<reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news70.py [ORANGESUM_ALL_DIR]``
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
SPLIT = "news_heldout70"
TAG = "70"
POOL = "quotes_os"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources68.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25347: "a single quote (one quotation of a candidate; a stated objective without reporting verb and a refusal, "
    "no quotes)",
    25573: "a single quote (one « se déclarer prêt à … » clause with its quoted reason; internet users' mockery "
    "without content)",
    17122: "a one-line teaser page (an analyst's column announced) without any quote",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    23100, 27305, 28183, 14710, 1882, 12015, 28439, 19478, 15941, 20320, 21503, 22457, 35212, 28101, 3088, 13273, 19579,
    21451, 22554, 24148,
)
# Position (1-based, rule 1's order) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 23  # doc 24148, the 20th kept


def draw(source: Path) -> list[dict[str, object]]:
    """The pool in news_heldout68's « not reached » order (rule 1), placed by this reading; the other rows dropped."""
    return collect_os.reordered(candidates(POOL, source / "index.tsv"), PREVIOUS_MANIFEST, "68", KEPT, READ_SKIPS,
                                LAST_READ)


def main() -> None:
    collect_os.main(draw, TAG)


if __name__ == "__main__":
    main()
