"""Choose and store the news texts of the blind quote split ``news_heldout143`` (branch blind143q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news site
2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-141 this split reads only pages with
**no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py`` (section
politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout141's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's, 96's,
98's, 101's, 103's, 105's, 107's, 109's, 111's, 113's, 115's, 117's, 119's, 121's, 123's, 125's, 127's, 129's, 131's,
133's, 135's, 137's, 139's and 141's unread rows, ``url_sha1`` beginning with 8-f) where it stopped. There are no
queries: the rule below was written and committed before any candidate's body text or headline was read (only
news_heldout141's manifest's keys, status counts, the rank columns of its first and last unread rows, the doc numbers of
those two rows, the first ``url_sha1`` digits of its unread rows counted by value and the dry run's doc numbers had been
seen, all printed by scripts that print no URL, headline or text; the rule's order is fixed by that manifest alone, and
the dry run compared hashes, URLs, dates, sections and hits with the rebuilt index without printing them; no row of this
split's candidates was printed). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below
once known); no candidate is opened before it. Another quotes builder (news_heldout142) works at the same time on the
other half of the pool (``url_sha1`` beginning with 0-7, news_heldout140's unread rows); no row of it is opened here
(neither news_heldout140's manifest nor its collection script nor news_heldout142's files), and other builders'
worktrees and scratch files are not looked at. This machine is new (session 64): the scratch files of earlier builders
(news_heldout141's ``common141.py``, ``show141.py``, ``check141.py``, ``dup141.py``, ``record141.py``, ``count141.py``,
``verify141.py``, ``calib141.py``, ``opened141.txt``, its running list and spans file) are not this builder's and were
not opened: this split's own ones were re-created before T0 from the repository's record (``collect_news141.py``'s and
``collect_news109.py``'s docstrings, news_heldout139's and 141's sections of ``benchmarks/eval_quotes.py``'s docstring,
``collect_os.py`` and ``convert_news.py``) in the builder's own scratch folder ``/tmp/s64/scratch/blind143q`` (outside
``/work/extra_quotes``): a shared module ``common143.py``, the display helper ``show143.py`` (its guard takes the
position from rule 1's order directly; it also writes the article's ``#date`` line, the index's date, to the spans
file), the span check ``check143.py``, the duplicate check ``dup143.py`` (which also names the split and the first 8 hex
digits of the sha1 of a gold text sharing sentences, with the count), the recorder ``record143.py``, the counter
``count143.py``, the verifier ``verify143.py``, the calibration display ``calib143.py``, the running list
``count143.txt``, the openings log ``opened143.txt`` and the spans file ``spans143.txt`` (the last three absent before
T0, created by the first opening and the first record).

The tag ``143`` names ``_ids143.tsv``, ``_manifest143.jsonl``, ``news_quotes_sources143.jsonl`` and the scratch files
``count143.txt`` / ``spans143.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources141.jsonl`` (news_heldout141's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-463: news_heldout141 read its positions 1-22). Rows news_heldout141 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-141). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (on this machine the texts of news_dev,
   news_heldout and news_heldout2-36 are absent, so the check cannot compare with those; news_heldout37 on, 108-141
   among them, are present); a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``/tmp/s64/scratch/blind143q/count143.txt``, one line per article read with its status, counted by its own command,
   never in the same command as the display of the next candidate, before that candidate is opened); reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit the
   split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate
   read; the later ones are « not reached ». Each finished article is committed (``KEPT`` / ``READ_SKIPS`` /
   ``LAST_READ``, doc numbers only) before the next is opened, and everything is committed by T0 + 75 minutes.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids143.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans143.txt``, see ``convert_news.py --split news_heldout143``) and
``_manifest143.jsonl``, copied to ``eval/annotation/news_quotes_sources143.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank141`` / ``rank139`` / ``rank137`` / ``rank135`` / ``rank133`` / ``rank131`` / ``rank129`` /
``rank127`` / ``rank125`` / ``rank123`` / ``rank121`` / ``rank119`` / ``rank117`` / ``rank115`` / ``rank113`` /
``rank111`` / ``rank109`` / ``rank107`` / ``rank105`` / ``rank103`` / ``rank101`` / ``rank98`` / ``rank96`` /
``rank94`` / ``rank92`` / ``rank90`` / ``rank88`` / ``rank86`` / ``rank84`` / ``rank82`` / ``rank80`` / ``rank78`` /
``rank76`` / ``rank74`` / ``rank72`` / ``rank70`` / ``rank68`` = the positions in news_heldout141's / 139's / 137's /
135's / 133's / 131's / 129's / 127's / 125's / 123's / 121's / 119's / 117's / 115's / 113's / 111's / 109's / 107's /
105's / 103's / 101's / 98's / 96's / 94's / 92's / 90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's /
72's / 70's / 68's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's
anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or
``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news143.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 01:24 UTC by the machine's clock, before any body or headline was read): 441
candidate rows (news_heldout141's positions 23-463 = news_heldout139's 45-485 = news_heldout137's 68-508 =
news_heldout135's 89-529 = news_heldout133's 112-552 = news_heldout131's 133-573 = news_heldout129's 154-594 =
news_heldout127's 174-614 = news_heldout125's 194-634 = news_heldout123's 214-654 = news_heldout121's 235-675 =
news_heldout119's 258-698 = news_heldout117's 282-722, all in the pool ``quotes_os``'s 8-f half — ``url_sha1``
beginning with d-f — with the same ``text_sha1``, ``url_sha1``, doc, URL and date as the rebuilt index and the rebuilt
files, section politique, ``hits == 0``, ``url_sha1`` ≡ 0 mod 3 and ``url_sha1`` = sha1 of the URL: ``verify143.py``
compared them and printed counts only), none dropped by rule 2, the first docs 20621, 21381, 8325, 16985, 23776. The
duplicate check's cache of the gold texts' sentences was built at set-up, before T0 (counts only: 3,319 local texts
named by the committed quote gold, 2,135 of them present, news_heldout140's and 141's among them), and the span check
and the duplicate check were tried on one text of news_heldout139 (development data since session 63's second run) with
spans rebuilt from its gold (the offsets found were the gold's; all its sentences were found in the cache). Before T0,
to calibrate the span conventions, three texts of news_heldout139 were displayed with their gold spans by
``calib143.py``. ``/work/extra_quotes`` was not listed (``tools/local_texts.py status`` printed its per-split counts
only, and five of its file names — news_heldout139's ``_ids`` file, news_heldout141's and this split's ``_ids`` /
``_manifest`` files — were tested by name: news_heldout141's two present, the other three absent) and
``/work/extra_orangesum_all`` was counted, not listed (its ``index.tsv`` header line was printed). At set-up
``/tmp/s64`` itself was listed once by an oversight (``ls | head``: its first ten entry names, loose scratch files of
earlier events work, none a quotes builder's, none opened) and ``git worktree list`` printed the paths of the existing
worktrees (none a quotes builder's); no other builder's worktree or scratch folder was listed or opened. No candidate is
opened before T0.

Reading (after the rule's commit 049975c4 at 01:25:08 UTC = T0, so no article begun after 02:25:08: the first candidate
was opened at 01:25:11 UTC by the machine's clock, the last one, position 21, at 01:29:59, and the 20th keep was
recorded at 01:30:09 and counted right after): the candidates were read in rule 1's order, one at a time by position
(the display helper ``show143.py`` refused a position that was not the next one after the running list, a position
already opened, an opened position not yet recorded, a 21st keep, a script with uncommitted changes or whose
``LAST_READ`` was not the previous position, or a time before T0 — the commit timestamp of the commit that added this
script, which it read from git — or after T0 + 60 minutes; it logged each opening in the scratch file
``opened143.txt``). Its first call for position 2 refused before logging, writing or displaying anything: its guard
also required the row's status to be « candidate », which a committed ``LAST_READ`` turns into « not reached » for the
later rows; the guard was corrected to accept either of the two (never « kept », « skipped » or « dropped ») and the
call repeated. Each candidate was annotated whole, the running list kept in ``count143.txt`` and counted by its own
command (``count143.py``, on the status field) after each article; after each article, before its status was written,
its spans were located in the text by ``convert_news.locate_span`` (``check143.py``, which also looked the speakers up
in the KB and flagged spans with edge spaces, cut words, a line break, an overlap with another span of the article, a
prefix found more than once, a start in the headline or, for direct quotes, no quotation mark beside them or one
inside; every span located, none in a headline, no overlap, no edge space, no cut word; the line-break flag on one
direct quotation whose one pair of marks spans a paragraph break (news_heldout40); the repeated prefixes — two
quotations also given in their page's headline, a lede quotation repeated at the start of a later, longer quotation
and a lede sentence repeated lower under a reporting incise — each at the intended occurrence; the missing-mark flag on
quotations ending before a spaced « ! » or « ? » left out of the span, on a quotation whose closing mark is missing
before its incise (taken by its evident extent, news_heldout130) and on the halves of a quotation split by a bracketed
editorial note, all as intended) and rule 3's duplicate check (``dup143.py``) was run, both local checks that print
offsets, flags or counts only and run no system code. No spans-file line was touched up after its check. Each finished
article was committed before the next was opened (``record143.py`` wrote its status to the running list and committed
this script's ``KEPT`` / ``READ_SKIPS`` / ``LAST_READ``, doc numbers only, its reasons written with double quotes so
that an apostrophe cannot break the script: commits ecbc7917 to b2c90b59, one per position). 21 read (positions 1-21 =
news_heldout141's 23-43 = news_heldout139's 45-65 = news_heldout137's 68-88, docs 20621-24141), one of them skipped on
reading: doc 21600 (position 6), a two-line weekly best-of teaser with no quote outside its headline; so 20 kept
(``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep (doc 24141, well before T0 + 60 minutes); no candidate
after it was opened and the display helper was not called again after the 20th keep was counted. The other 420
candidates (positions 22-441) are « not reached »; none was dropped by rule 2 at the final run. Rule 3's duplicate check
found no read page sharing a sentence of 60+ characters with a committed gold text present here (news_heldout140's and
141's among them) or with another keep (the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine
and could not be compared); two keeps (docs 20621 and 21742) tell two different moments, months apart, of one
politician's possible candidacy abroad, with no sentence in common, so neither is an update of the other. Other
builders' worktrees and scratch files (news_heldout142's among them) were never listed, displayed or opened. 154 quotes
(83 direct / 71 indirect, 13 without speaker), 2 to 18 per article (``convert_news.py --split news_heldout143``). No
system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout143"
TAG = "143"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources141.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    21600: "fewer than 2 quotes (a two-line weekly best-of teaser with no quote outside its headline)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    20621, 21381, 8325, 16985, 23776, 18767, 23302, 5733, 23306, 18647, 20467, 3714, 27355, 2815, 16923, 26882, 21742,
    22125, 21214, 24141,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 24141


def draw() -> list[dict[str, object]]:
    """news_heldout141's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "141",
        (
            "rank139", "rank137", "rank135", "rank133", "rank131", "rank129", "rank127", "rank125", "rank123",
            "rank121", "rank119", "rank117", "rank115", "rank113", "rank111", "rank109", "rank107", "rank105",
            "rank103", "rank101", "rank98", "rank96", "rank94", "rank92", "rank90", "rank88", "rank86", "rank84",
            "rank82", "rank80", "rank78", "rank76", "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout141's manifest")


if __name__ == "__main__":
    main()
