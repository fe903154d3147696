"""Choose and store the news texts of the blind quote split ``news_heldout119`` (branch blind119q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-117 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout117's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's, 96's,
98's, 101's, 103's, 105's, 107's, 109's, 111's, 113's and 115's unread rows, ``url_sha1`` beginning with 8-f) where it
stopped. There are no queries: the rule below was written and committed before any candidate's body text or headline
was read (only the manifests' counts, the rank columns of news_heldout117's first and last unread rows and the dry
run's doc numbers had been seen; no URL of a candidate — whose last path segment is a slug of the page's title — was
displayed: the manifest rows were read by a script that printed counts, ranks, the set of the rows' first
``url_sha1`` digits and doc numbers only, and the dry run compared hashes, dates, sections and hits without printing
them). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. Another quotes builder (news_heldout118) works at the same time on the other half of
the pool (``url_sha1`` beginning with 0-7, news_heldout116's unread rows); no row of it is opened here, and other
builders' scratch files under ``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only
news_heldout117's helpers and this split's own files are opened, by name). This machine is session 59's and 60's: the
scratch files of builders before session 59 are gone; news_heldout109's builder re-created its own from the
repository's record (``collect_news109.py``'s docstring), news_heldout111's, 113's, 115's and 117's copied them, and
this split's (``_annot/show119.py``, ``_annot/check119.py``, ``_annot/dup119.py``, ``_annot/record119.py``) are copies
of news_heldout117's (``_annot/show117.py``, ``check117.py``, ``dup117.py``, ``record117.py``, left unchanged) with
only the tag, worktree and file names changed; the running list ``_annot/count119.txt`` and the spans file
``_annot/spans119.txt`` are new, made before T0 empty.

The tag ``119`` names ``_ids119.tsv``, ``_manifest119.jsonl``, ``news_quotes_sources119.jsonl`` and the scratch files
``_annot/count119.txt`` / ``_annot/spans119.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources117.jsonl`` (news_heldout117's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   25-722: news_heldout117 read its positions 1-24). Rows news_heldout117 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-117). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (on this machine the texts of news_dev,
   news_heldout and news_heldout2-36 are absent, so the check cannot compare with those; news_heldout37 on, 108-117
   among them, are present); a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count119.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ». Each finished article is committed (``KEPT`` /
   ``READ_SKIPS`` / ``LAST_READ``, doc numbers only) before the next is opened, and everything is committed by T0 + 75
   minutes.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids119.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans119.txt``, see ``convert_news.py --split news_heldout119``) and
``_manifest119.jsonl``, copied to ``eval/annotation/news_quotes_sources119.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank117`` / ``rank115`` / ``rank113`` / ``rank111`` / ``rank109`` / ``rank107`` / ``rank105`` /
``rank103`` / ``rank101`` / ``rank98`` / ``rank96`` / ``rank94`` / ``rank92`` / ``rank90`` / ``rank88`` / ``rank86`` /
``rank84`` / ``rank82`` / ``rank80`` / ``rank78`` / ``rank76`` / ``rank74`` / ``rank72`` / ``rank70`` / ``rank68`` =
the positions in news_heldout117's / 115's / 113's / 111's / 109's / 107's / 105's / 103's / 101's / 98's / 96's /
94's / 92's / 90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's / 72's / 70's / 68's orders, ``url``,
``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``,
``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news119.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 15:48 UTC by the machine's clock, before any body or headline was read): 698
candidate rows (news_heldout117's positions 25-722 = news_heldout115's 46-743 = news_heldout113's 67-764 =
news_heldout111's 89-786, all in the pool ``quotes_os``'s 8-f half — ``url_sha1`` beginning with b-f — with the same
``text_sha1``, ``url_sha1``, doc and date as the rebuilt index and the rebuilt files, section politique, ``hits == 0``),
none dropped by rule 2, the first docs 22942, 28198, 23266, 23595, 5438. The duplicate check's cache of the gold texts'
sentences was built at set-up, before T0, on one text of news_heldout117 (counts only: 1,655 texts of the committed
quote gold present). No candidate is opened before T0.

Reading (after the rule's commit 4bb8d292 at 15:48:46 UTC = T0, so no article begun after 16:48:46: the first candidate
was opened at 15:48:48 UTC by the machine's clock, the last one, position 23, at 15:53:16, and the 20th keep was counted
at 15:53:25): the candidates were read in rule 1's order, one at a time by position (the display helper
``_annot/show119.py`` refused a position whose predecessors were not all in the running list, a doubled position, a 21st
keep or a time before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes), and
annotated whole, the running list kept in ``_annot/count119.txt`` and counted by its own command (on the status field)
after each article; after each article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check119.py``, which also looked the speakers up in the KB) and rule 3's
duplicate check (``_annot/dup119.py``) was run, both local checks that print offsets or counts only and run no system
code. Each finished article was committed before the next was opened (``_annot/record119.py`` wrote its status to the
running list and committed this script's ``KEPT`` / ``READ_SKIPS`` / ``LAST_READ``, doc numbers only: commits 636c362a
to 95d0a6fe, one per position). 23 read (positions 1-23 = news_heldout117's 25-47 = news_heldout115's 46-68 =
news_heldout113's 67-89, docs 22942-14076), 3 of them skipped on reading (``READ_SKIPS``, fewer than 2 quotes each) —
doc 23595 (position 4), a television programme's short teaser with no quote; doc 24778 (position 18), a short item on a
deputy's remark to a television programme with a single quotation; doc 14845 (position 20), a popularity poll's figures
told without a reporting cue with a single reported claim —, so 20 kept (``KEPT``, ``LAST_READ = 23``), reading ending
at the 20th keep (doc 14076, well before T0 + 60 minutes); no candidate after it was opened and the display helper was
not called again after the 20th keep was counted. The other 675 candidates (positions 24-698) are « not reached »; none
was dropped by rule 2 at the final run. Rule 3's duplicate check found one read page sharing a sentence of 60+
characters with a text of the committed gold present: doc 34804 (position 16) shares 1 of its 10 such sentences with
one text of news_heldout51 (that text was not opened; 1 of the page's 8 annotated spans lies in that sentence), fewer
than most, so it is no update by rule 3 and was kept; no other read page shared a sentence with the gold present or
with another keep (the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could not be
compared). Other builders' scratch files (news_heldout118's among them) were never listed, displayed or opened (the
folder ``_annot`` was not listed; news_heldout117's helpers and this split's own files were opened by name, this split's
names tested before they were written; the listing of ``/tmp/s60`` made at set-up, before T0, showed other builders'
folder names, none of which was opened). 182 quotes (90 direct / 92 indirect, 13 without speaker), 2 to 23 per article
(``convert_news.py --split news_heldout119``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout119"
TAG = "119"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources117.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    23595: "fewer than 2 quotes (a television programme's short teaser, with no quote)",
    24778: "fewer than 2 quotes (a short item on a deputy's remark to a television programme, with a single "
    "quotation)",
    14845: "fewer than 2 quotes (a popularity poll's figures told without a reporting cue, with a single "
    "reported claim)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    22942, 28198, 23266, 5438, 23321, 21350, 27383, 27484, 12376, 4907, 25455, 12795, 24773, 2614, 34804, 13390,
    26850, 15710, 24318, 14076,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 23  # doc 14076


def draw() -> list[dict[str, object]]:
    """news_heldout117's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "117",
        (
            "rank115", "rank113", "rank111", "rank109", "rank107", "rank105", "rank103", "rank101", "rank98", "rank96",
            "rank94", "rank92", "rank90", "rank88", "rank86", "rank84", "rank82", "rank80", "rank78", "rank76",
            "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout117's manifest")


if __name__ == "__main__":
    main()
