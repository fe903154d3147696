"""Choose and store the news texts of the blind quote split ``news_heldout121`` (branch blind121q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-119 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout119's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's, 96's,
98's, 101's, 103's, 105's, 107's, 109's, 111's, 113's, 115's and 117's unread rows, ``url_sha1`` beginning with 8-f)
where it stopped. There are no queries: the rule below was written and committed before any candidate's body text or
headline was read (only the manifests' counts, the rank columns of news_heldout119's first and last unread rows and the
dry run's doc numbers had been seen, and, by an oversight at set-up, the URLs — whose last path segment is a slug of
the page's title — of this split's positions 1-3, printed with rows 20-26 of news_heldout119's manifest when its format
was looked at, as news_heldout109's builder once did; the rule's order is fixed by that manifest alone, so nothing seen
could change it; after that the manifest rows were read by a script that printed counts, ranks, the set of the rows'
first ``url_sha1`` digits and doc numbers only, and the dry run compared hashes, dates, sections and hits without
printing them). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. Another quotes builder (news_heldout120) works at the same time on the other half of
the pool (``url_sha1`` beginning with 0-7, news_heldout118's unread rows); no row of it is opened here (neither
news_heldout118's manifest nor news_heldout120's files), and other builders' worktrees and scratch files are not looked
at. This machine is new (session 61): the scratch files of earlier builders (news_heldout119's ``_annot/show119.py``,
``check119.py``, ``dup119.py``, ``record119.py``, its running list and spans file, and the folder ``_annot`` itself)
are gone, so this split's own ones were re-created before T0 from the repository's record (``collect_news119.py``'s and
``collect_news109.py``'s docstrings and ``convert_news.py``) in the builder's own scratch folder
``/tmp/s61/blind121q-scratch`` (outside ``/work/extra_quotes``, as the session's brief asks): the display helper
``show121.py``, the span check ``check121.py``, the duplicate check ``dup121.py``, the recorder ``record121.py``, the
running list ``count121.txt`` and the spans file ``spans121.txt`` (the last two made before T0 empty).

The tag ``121`` names ``_ids121.tsv``, ``_manifest121.jsonl``, ``news_quotes_sources121.jsonl`` and the scratch files
``count121.txt`` / ``spans121.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources119.jsonl`` (news_heldout119's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   24-698: news_heldout119 read its positions 1-23). Rows news_heldout119 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-119). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (on this machine the texts of news_dev,
   news_heldout and news_heldout2-36 are absent, so the check cannot compare with those; news_heldout37 on, 108-119
   among them, are present); a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``/tmp/s61/blind121q-scratch/count121.txt``, one line per article read with its status, counted by its own command,
   never in the same command as the display of the next candidate, before that candidate is opened); reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit the
   split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate
   read; the later ones are « not reached ». Each finished article is committed (``KEPT`` / ``READ_SKIPS`` /
   ``LAST_READ``, doc numbers only) before the next is opened, and everything is committed by T0 + 75 minutes.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids121.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans121.txt``, see ``convert_news.py --split news_heldout121``) and
``_manifest121.jsonl``, copied to ``eval/annotation/news_quotes_sources121.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank119`` / ``rank117`` / ``rank115`` / ``rank113`` / ``rank111`` / ``rank109`` / ``rank107`` /
``rank105`` / ``rank103`` / ``rank101`` / ``rank98`` / ``rank96`` / ``rank94`` / ``rank92`` / ``rank90`` / ``rank88``
/ ``rank86`` / ``rank84`` / ``rank82`` / ``rank80`` / ``rank78`` / ``rank76`` / ``rank74`` / ``rank72`` / ``rank70`` /
``rank68`` = the positions in news_heldout119's / 117's / 115's / 113's / 111's / 109's / 107's / 105's / 103's /
101's / 98's / 96's / 94's / 92's / 90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's / 72's / 70's / 68's
orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news121.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 17:04 UTC by the machine's clock, before any body or headline was read): 675
candidate rows (news_heldout119's positions 24-698 = news_heldout117's 48-722 = news_heldout115's 69-743 =
news_heldout113's 90-764, all in the pool ``quotes_os``'s 8-f half — ``url_sha1`` beginning with b-f — with the same
``text_sha1``, ``url_sha1``, doc and date as the rebuilt index and the rebuilt files, section politique, ``hits == 0``),
none dropped by rule 2, the first docs 35291, 296, 26033, 27809, 13656. The duplicate check's cache of the gold texts'
sentences was built at set-up, before T0, on one text of news_heldout119 (counts only: 1,695 texts of the committed
quote gold present). No candidate is opened before T0.

Reading (after the rule's commit 2d4ce71c at 17:04:55 UTC = T0, so no article begun after 18:04:55: the first candidate
was opened at 17:04:58 UTC by the machine's clock, the last one, position 21, at 17:09:04, and the 20th keep was counted
at 17:09:14): the candidates were read in rule 1's order, one at a time by position (the display helper ``show121.py``
refused a position whose predecessors were not all in the running list, a position already read or opened, a 21st keep
or a time before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes; its first
version also refused, before displaying anything, the next position once ``LAST_READ`` marked it « not reached », and
was mended to accept it), and annotated whole, the running list kept in ``count121.txt`` and counted by its own command
(on the status field) after each article; after each article, before its status was written, its spans were located in
the text by ``convert_news.locate_span`` (``check121.py``, which also looked the speakers up in the KB and flagged spans
with edge spaces, cut words or, for direct quotes, no quotation mark beside them) and rule 3's duplicate check
(``dup121.py``) was run, both local checks that print offsets, flags or counts only and run no system code. Each
finished article was committed before the next was opened (``record121.py`` wrote its status to the running list and
committed this script's ``KEPT`` / ``READ_SKIPS`` / ``LAST_READ``, doc numbers only: commits 3798e0f8 to a42fd362, one
per position). 21 read (positions 1-21 = news_heldout119's 24-44 = news_heldout117's 48-68 = news_heldout115's 69-89,
docs 35291-14630), 1 of them skipped on reading (``READ_SKIPS``, fewer than 2 quotes) — doc 21401 (position 9), a
poll's one-sentence teaser with no quote —, so 20 kept (``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep
(doc 14630, well before T0 + 60 minutes); no candidate after it was opened and the display helper was not called again
after the 20th keep was counted. The other 654 candidates (positions 22-675) are « not reached »; none was dropped by
rule 2 at the final run. Rule 3's duplicate check found one read page sharing sentences of 60+ characters with a text
of the committed gold present: doc 21429 (position 17) shares 7 of its 23 such sentences with one text of
news_heldout73 (that text was not opened; 2 of the page's 14 annotated spans lie in or hold those sentences, counted by
a local count-only script), fewer than most, so it is no update by rule 3 and was kept; no other read page shared a
sentence with the gold present or with another keep (the texts of news_dev, news_heldout and news_heldout2-36 are not
on this machine and could not be compared). Other builders' worktrees and scratch files (news_heldout120's among them)
were never listed, displayed or opened (a ``git worktree list`` and a listing of ``/tmp/s61`` made at set-up, before
T0, showed other builders' folder names, none of which was opened; ``/work/extra_quotes`` was listed once at set-up,
three of its file names printed, and held no ``_annot`` folder or ``_ids`` file). Before T0, to calibrate the span
conventions, four texts of news_heldout119 (development data since session 60's second run) were displayed with their
gold spans by a local script. 192 quotes (109 direct / 83 indirect, 13 without speaker), 2 to 29 per article
(``convert_news.py --split news_heldout121``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout121"
TAG = "121"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources119.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    21401: "fewer than 2 quotes (a poll's one-sentence teaser, with no quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    35291, 296, 26033, 27809, 13656, 20879, 23202, 23904, 25467, 16073, 12425, 27197, 11940, 26400, 6198, 21429, 14572,
    22568, 4557, 14630,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 14630


def draw() -> list[dict[str, object]]:
    """news_heldout119's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "119",
        (
            "rank117", "rank115", "rank113", "rank111", "rank109", "rank107", "rank105", "rank103", "rank101", "rank98",
            "rank96", "rank94", "rank92", "rank90", "rank88", "rank86", "rank84", "rank82", "rank80", "rank78",
            "rank76", "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout119's manifest")


if __name__ == "__main__":
    main()
