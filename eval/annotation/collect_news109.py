"""Choose and store the news texts of the blind quote split ``news_heldout109`` (branch blind109q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-107 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout107's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's, 96's,
98's, 101's, 103's and 105's unread rows, ``url_sha1`` beginning with 8-f) where it stopped. There are no queries: the
rule below was written and committed before any candidate's body text was read (only the manifests' counts and the dry
run's doc numbers had been seen, and, by an oversight at set-up, the URLs — whose last path segment is a slug of the
page's title — of this split's positions 1-8, printed with the first 30 rows of news_heldout107's manifest when its
format was looked at; the rule's order is fixed by that manifest alone, so nothing seen could change it). T0 = the
time of the commit that adds this rule (its commit timestamp, recorded below once known); no candidate is opened
before it. Another quotes builder (news_heldout108) works at the same time on the other half of the pool
(``url_sha1`` beginning with 0-7, news_heldout106's unread rows); no row of it is opened here, and other builders'
scratch files under ``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only this split's own
files are opened, by name). This machine is new (session 59): the scratch files earlier builders kept outside the
repository (display helper, span check, duplicate check, running lists, spans files) are gone, so this split's own
ones (``_annot/show109.py``, ``_annot/check109.py``, ``_annot/dup109.py``, ``_annot/count109.txt``,
``_annot/spans109.txt``) were re-created from the repository's record (news_heldout107's docstring here and
``convert_news.py``) before T0.

The tag ``109`` names ``_ids109.tsv``, ``_manifest109.jsonl``, ``news_quotes_sources109.jsonl`` and the scratch files
``_annot/count109.txt`` / ``_annot/spans109.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources107.jsonl`` (news_heldout107's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-829: news_heldout107 read its positions 1-22). Rows news_heldout107 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-107). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (on this new machine the texts of news_dev,
   news_heldout and news_heldout2-36 are absent, so the check cannot compare with those; news_heldout37 on are
   present); a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count109.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids109.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans109.txt``, see ``convert_news.py --split news_heldout109``) and
``_manifest109.jsonl``, copied to ``eval/annotation/news_quotes_sources109.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank107`` / ``rank105`` / ``rank103`` / ``rank101`` / ``rank98`` / ``rank96`` / ``rank94`` / ``rank92``
/ ``rank90`` / ``rank88`` / ``rank86`` / ``rank84`` / ``rank82`` / ``rank80`` / ``rank78`` / ``rank76`` / ``rank74`` /
``rank72`` / ``rank70`` / ``rank68`` = the positions in news_heldout107's / 105's / 103's / 101's / 98's / 96's / 94's /
92's / 90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's / 72's / 70's / 68's orders, ``url``,
``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``,
``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news109.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 11:43 UTC by the machine's clock, before any body was read): 807 candidate rows
(news_heldout107's positions 23-829 = news_heldout105's 44-850, all in the pool ``quotes_os``'s 8-f half — ``url_sha1``
beginning with a-f — with the same ``text_sha1``, ``url_sha1`` and date as the rebuilt index, section politique,
``hits == 0``), none dropped by rule 2, the first docs 21824, 21148, 35213, 20991, 25546. No candidate is opened before
T0.

Reading (after the rule's commit b8c9aec2 at 11:43:38 UTC = T0, so no article begun after 12:43:38: the first candidate
was opened at 11:43:40 UTC by the machine's clock, the last one, position 21, at 11:47:04, and the 20th keep was counted
at 11:47:11): the candidates were read in rule 1's order, one at a time by position (a local display helper,
``_annot/show109.py``, refused a position whose predecessors were not all in the running list, a doubled position, a
21st keep or a time before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes),
and annotated whole, the running list kept in ``_annot/count109.txt`` and counted by its own command (on the status
field) after each article; after each article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check109.py``, which also looked the speakers up in the KB) and rule 3's
duplicate check (``_annot/dup109.py``) was run, both local checks that print offsets or counts only and run no system
code: no read text shares a sentence of 60+ characters with this split's other keeps or with the texts of the committed
quote gold present under ``/work/extra_quotes`` (1,455 texts; those of news_dev, news_heldout and news_heldout2-36 are
not on this machine). Each finished article was also committed before the next was opened (a local helper,
``_annot/record109.py``, wrote its status to the running list and committed this script's ``KEPT`` / ``READ_SKIPS`` /
``LAST_READ``, doc numbers only: commits 7e7d83c3 to ebbb54ab, one per position). 21 read (positions 1-21 =
news_heldout107's 23-43, docs 21824-3712), 1 of them skipped on reading (``READ_SKIPS``) — doc 15977 (position 17), a
two-paragraph weekly best-of teaser whose only quote is one request of unnamed voices —, so 20 kept (``KEPT``,
``LAST_READ = 21``), reading ending at the 20th keep (doc 3712, well before T0 + 60 minutes); no candidate after it was
opened and the display helper was not called again after the 20th keep was counted. The other 786 candidates (positions
22-807) are « not reached »; none was dropped by rule 2 at the final run. Other builders' scratch files
(news_heldout108's among them) were never listed, displayed or opened (the folder ``_annot`` was not listed; absent at
set-up on this machine, it was created by this split; this split's own file names were tested by name before they were
written). The duplicate check's cache of the gold texts' sentences was built at set-up, before T0, on one text of
news_heldout107 (counts only). 188 quotes (112 direct / 76 indirect, 11 without speaker), 3 to 25 per article
(``convert_news.py --split news_heldout109``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout109"
TAG = "109"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources107.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    15977: "fewer than 2 quotes (a two-paragraph weekly best-of teaser whose only quote is one request of "
    "unnamed voices)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    21824, 21148, 35213, 20991, 25546, 20668, 22788, 35535, 9722, 23916, 22883, 26034, 27081, 23291, 2191, 21841,
    13961, 20095, 6670, 3712,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 3712


def draw() -> list[dict[str, object]]:
    """news_heldout107's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "107",
        (
            "rank105", "rank103", "rank101", "rank98", "rank96", "rank94", "rank92", "rank90", "rank88", "rank86",
            "rank84", "rank82", "rank80", "rank78", "rank76", "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout107's manifest")


if __name__ == "__main__":
    main()
