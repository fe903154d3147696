"""Choose and store the news texts of the blind quote split ``news_heldout80`` (branch blind80q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-78 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout78's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's and 76's unread rows, ``url_sha1`` beginning with 8-f) where it
stopped. There are no queries: the rule below was written and committed before any candidate's body text was read
(only the manifests' counts and the dry run's doc numbers had been seen). T0 = 17:00:00 UTC (the rule is committed
before it). Another quotes builder (news_heldout79) works at the same time on the other half of the pool
(news_heldout77's unread rows, ``url_sha1`` beginning with 0-7); no row of it is opened here, and its scratch files
under ``/work/extra_quotes/_annot`` are not looked at.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources78.jsonl`` (news_heldout78's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-1,128: news_heldout78 read its positions 1-22). Rows news_heldout78 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-78). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count80.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 18:00:00 UTC),
   whichever comes first, never inside an article; at least 8 kept articles are needed to commit the split.
   ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate read;
   the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids80.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans80.txt``, see ``convert_news.py --split news_heldout80``) and
``_manifest80.jsonl``, copied to ``eval/annotation/news_quotes_sources80.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank78`` / ``rank76`` / ``rank74`` / ``rank72`` / ``rank70`` / ``rank68`` = the positions in
news_heldout78's / 76's / 74's / 72's / 70's / 68's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the
index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read
yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news80.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 16:55 UTC by the machine's clock, before any body was read): 1,106 candidate rows
(news_heldout78's positions 23-1,128, all in the pool ``quotes_os``'s 8-f half with the same ``text_sha1`` as the
rebuilt index, ``hits == 0``), none dropped by rule 2, the first docs 9146, 22272, 27499, 27465, 21581. T0 was written
a few minutes after the dry run; the rule is committed before it and no candidate is opened before T0.

Reading (after the rule's commit a6be9ade at 16:56:03 UTC, from T0: the first candidate was opened at 17:00:04 UTC by
the machine's clock, the 20th keep counted at 17:03:40): the candidates were read in rule 1's order and annotated whole,
the running list kept in ``_annot/count80.txt`` and counted by its own command after each article; 21 read (positions
1-21 = news_heldout78's 23-43, docs 9146-22354), 1 of them skipped on reading (``READ_SKIPS``) — doc 20177 (position
20), a one-sentence photo-gallery teaser of a government reshuffle without any quote (a 2-word quoted phrase, no cue) —,
so 20 kept (``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep (doc 22354, well before T0 + 60 minutes); no
candidate after it was opened. The other 1,085 candidates (positions 22-1,106) are « not reached ». 132 quotes (71
direct / 61 indirect, 7 without speaker), 2 to 16 per article (``convert_news.py --split news_heldout80``). The other
builder's scratch files (news_heldout79's) were never displayed or opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout80"
TAG = "80"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources78.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    20177: "fewer than 2 quotes (a one-sentence photo-gallery teaser of a government reshuffle without any quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    9146, 22272, 27499, 27465, 21581, 21415, 25721, 14568, 21891, 20557, 2878, 3092, 27078, 33036, 28392, 21233,
    10423, 26058, 25717, 22354,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 22354, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout78's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(PREVIOUS_MANIFEST, "78", ("rank76", "rank74", "rank72", "rank70", "rank68"), KEPT,
                                READ_SKIPS, LAST_READ)


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout78's manifest")


if __name__ == "__main__":
    main()
