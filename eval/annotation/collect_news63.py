"""Choose and store the news texts of the blind quote split ``news_heldout63`` (branch blind63q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58, 60, 61 and 62 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``,
continuing news_heldout61's reading order (its half: ``url_sha1`` beginning with 0-7) where it stopped. There are no
queries: the rule below was written and committed before any candidate's body text was read (only headlines and the
manifests' counts had been seen). T0 = 05:10:45 UTC. Another quotes builder (news_heldout64) works at the same time on
the other half of the pool (news_heldout62's unread rows, ``url_sha1`` beginning with 8-f); no row of it is opened here.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources61.jsonl`` (news_heldout61's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-1,222: news_heldout61 read its positions 1-22). Rows of rank 0 (read by news_heldout55/56/58/60, or
   news_heldout62's half, now news_heldout64's) and rows news_heldout61 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-62). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count63.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 06:10:45 UTC),
   whichever comes first, never inside an article; at least 8 kept articles are needed to commit the split.
   ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate read;
   the later ones are « not reached ».

DRY RUN of this script (``--dry``, 05:11 UTC by the machine's clock, before any body was read): 1,200 candidate rows
(news_heldout61's positions 23-1,222), none dropped by rule 2, the first docs 20352, 21279, 14847, 6068, 27749.

Reading (after the rule's commit ee87bce0, 05:11-05:17 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count63.txt`` and counted by its own command after
each article; 24 read (positions 1-24, docs 20352-6459), 4 of them skipped on reading (``READ_SKIPS``) — doc 25118
(position 8), a live-video teaser page without any quote, doc 17838 (position 13), photographs posted on Instagram with
a single « préciser que » clause of a medium, doc 23456 (position 16), a short video page with at most one quote, and
doc 23438 (position 17), a quiz teaser page without any quote —, so 20 kept (``KEPT``, ``LAST_READ = 24``), reading
ending at the 20th keep (doc 6459, well before T0 + 60 minutes); no candidate after it was opened. The other 1,176
candidates (positions 25-1,200) are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids63.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans63.txt``, see ``convert_news.py --split news_heldout63``) and
``_manifest63.jsonl``, copied to ``eval/annotation/news_quotes_sources63.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank61`` = the position in news_heldout61's order, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the
index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not
read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news63.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout63"
TAG = "63"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources61.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25118: "fewer than 2 quotes (a live-video teaser page without any quote)",
    17838: "fewer than 2 quotes (photographs posted on Instagram, a single « préciser que » clause of a medium)",
    23456: "fewer than 2 quotes (a short video page: a purpose « destinée à dénoncer » and narrated remarks, "
    "at most one quote)",
    23438: "fewer than 2 quotes (a quiz teaser page without any quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    20352, 21279, 14847, 6068, 27749, 35585, 34563, 19398, 23643, 18415, 20912, 14075, 18038, 25628, 18800, 34895,
    24022, 13921, 25284, 6459,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 24  # doc 6459, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout61's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(PREVIOUS_MANIFEST, "61", (), KEPT, READ_SKIPS, LAST_READ)


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout61's manifest")


if __name__ == "__main__":
    main()
