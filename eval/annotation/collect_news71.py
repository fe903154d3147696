"""Choose and store the news texts of the blind quote split ``news_heldout71`` (branch blind71q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-70 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout69's reading order (its half:
news_heldout61's, 63's, 65's and 67's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. There are no
queries: the rule below was written and committed before any candidate's body text was read (only headlines and the
manifests' counts had been seen). T0 = 10:25:30 UTC. Another quotes
builder (news_heldout72) works at the same time on the other half of the pool (news_heldout70's unread rows,
``url_sha1`` beginning with 8-f); no row of it is opened here.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources69.jsonl`` (news_heldout69's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   22-1,130: news_heldout69 read its positions 1-21). Rows news_heldout69 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-70). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count71.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 11:25:30 UTC),
   whichever comes first, never inside an article; at least 8 kept articles are needed to commit the split.
   ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate read;
   the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids71.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans71.txt``, see ``convert_news.py --split news_heldout71``) and
``_manifest71.jsonl``, copied to ``eval/annotation/news_quotes_sources71.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout69's /
67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the
gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or
``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news71.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 10:25 UTC by the machine's clock, before any body was read): 1,109 candidate rows
(news_heldout69's positions 22-1,130, all in the pool ``quotes_os``'s 0-7 half with the same ``text_sha1``), none
dropped by rule 2, the first docs 3639, 34918, 25306, 23526, 10494.

Reading (after the rule's commit 39548e9b, 10:25-10:31 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count71.txt`` and counted by its own command after
each article; 23 read (positions 1-23 = news_heldout69's 22-44, docs 3639-24039), 3 of them skipped on reading
(``READ_SKIPS``) — doc 25306 (position 3), a short item with a single « annoncer que » clause, and docs 24830
(position 9) and 27290 (position 15), two poll reports told in the voice of the outlet that commissioned them (« notre
classement », « notre baromètre ») —, so 20 kept (``KEPT``, ``LAST_READ = 23``), reading ending at the 20th keep (doc
24039, 10:30 UTC, well before T0 + 60 minutes); no candidate after it was opened. The other 1,086 candidates
(positions 24-1,109) are « not reached ». 154 quotes (88 direct / 66 indirect, 7 without speaker), 2 to 19 per
article.

A slip outside this pool, before T0: while looking for the earlier builders' scratch files, the builder listed
``_annot`` and printed the other builder's running list ``count72.txt`` and the first 600 characters of its spans file
``spans72.txt`` (a few annotated spans of one news_heldout72 article, doc 23132, of the pool's 8-f half). No row of this
split's candidates was concerned and no news_heldout72 text file was opened; news_heldout72's builder may want to note
that its scratch file was seen.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout71"
TAG = "71"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources69.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25306: "fewer than 2 quotes (a single « annoncer que » clause; polls that « donnent » a favourite are evidence as "
    "subject, narration)",
    24830: "a poll report told in the voice of the outlet that commissioned it (« notre classement », « notons »): the "
    "author's voice",
    27290: "a poll report told in the voice of the outlet that commissioned it (« notre baromètre »): the author's "
    "voice",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    3639, 34918, 23526, 10494, 25307, 15519, 2690, 17575, 25089, 24513, 4818, 28094, 27043, 23515, 21342, 25123, 23730,
    23612, 20721, 24039,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 23  # doc 24039, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout69's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(PREVIOUS_MANIFEST, "69", ("rank67", "rank65", "rank63", "rank61"), KEPT, READ_SKIPS,
                                LAST_READ)


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout69's manifest")


if __name__ == "__main__":
    main()
