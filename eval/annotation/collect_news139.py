"""Choose and store the news texts of the blind quote split ``news_heldout139`` (branch blind139q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-137 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout137's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's, 96's,
98's, 101's, 103's, 105's, 107's, 109's, 111's, 113's, 115's, 117's, 119's, 121's, 123's, 125's, 127's, 129's, 131's,
133's, 135's and 137's unread rows, ``url_sha1`` beginning with 8-f) where it stopped. There are no queries: the rule
below was written and committed before any candidate's body text or headline was read (only news_heldout137's
manifest's keys, status counts, the rank columns and doc numbers of its first and last unread rows, the first
``url_sha1`` digits of those rows counted by value and the dry run's doc numbers had been seen, all printed by scripts
that print no URL, headline or text; the rule's order is fixed by that manifest alone, and the dry run compared hashes,
URLs, dates, sections and hits with the rebuilt index without printing them; no row of this split's candidates was
printed). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. Another quotes builder (news_heldout138) works at the same time on the other half of the
pool (``url_sha1`` beginning with 0-7, news_heldout136's unread rows from its position 24); no row of it is opened here
(neither news_heldout136's manifest nor news_heldout138's files), and other builders' worktrees and scratch files are
not looked at. The scratch files of earlier builders (news_heldout137's ``common137.py``, ``show137.py``,
``check137.py``, ``dup137.py``, ``record137.py``, ``count137.py``, ``verify137.py``, ``calib137.py``, ``opened137.txt``,
its running list and spans file) are not this builder's and are not used: this split's own ones were re-created before
T0 from the repository's record (``collect_news137.py``'s and ``collect_news109.py``'s docstrings, news_heldout137's
section of ``benchmarks/eval_quotes.py``'s docstring, ``collect_os.py`` and ``convert_news.py``) in the builder's own
scratch folder ``/tmp/s63/blind139q-scratch`` (outside ``/work/extra_quotes``, as the session's brief asks): a shared
module ``common139.py``, the display helper ``show139.py`` (its guard takes the position from rule 1's order directly;
it also writes the article's ``#date`` line, the index's date, to the spans file), the span check ``check139.py``, the
duplicate check ``dup139.py`` (which also names the split and the first 8 hex digits of the sha1 of a gold text sharing
sentences, with the count), the recorder ``record139.py``, the counter ``count139.py``, the verifier ``verify139.py``,
the calibration display ``calib139.py``, the running list ``count139.txt`` and the spans file ``spans139.txt`` (the
last two absent before T0, created by the first opening and the first record).

The tag ``139`` names ``_ids139.tsv``, ``_manifest139.jsonl``, ``news_quotes_sources139.jsonl`` and the scratch files
``count139.txt`` / ``spans139.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources137.jsonl`` (news_heldout137's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   24-508: news_heldout137 read its positions 1-23). Rows news_heldout137 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-137). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (on this machine the texts of news_dev,
   news_heldout and news_heldout2-36 are absent, so the check cannot compare with those; news_heldout37 on, 108-137
   among them, are present); a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``/tmp/s63/blind139q-scratch/count139.txt``, one line per article read with its status, counted by its own command,
   never in the same command as the display of the next candidate, before that candidate is opened); reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit the
   split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last candidate
   read; the later ones are « not reached ». Each finished article is committed (``KEPT`` / ``READ_SKIPS`` /
   ``LAST_READ``, doc numbers only) before the next is opened, and everything is committed by T0 + 75 minutes.

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids139.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans139.txt``, see ``convert_news.py --split news_heldout139``) and
``_manifest139.jsonl``, copied to ``eval/annotation/news_quotes_sources139.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank137`` / ``rank135`` / ``rank133`` / ``rank131`` / ``rank129`` / ``rank127`` / ``rank125`` /
``rank123`` / ``rank121`` / ``rank119`` / ``rank117`` / ``rank115`` / ``rank113`` / ``rank111`` / ``rank109`` /
``rank107`` / ``rank105`` / ``rank103`` / ``rank101`` / ``rank98`` / ``rank96`` / ``rank94`` / ``rank92`` / ``rank90``
/ ``rank88`` / ``rank86`` / ``rank84`` / ``rank82`` / ``rank80`` / ``rank78`` / ``rank76`` / ``rank74`` / ``rank72`` /
``rank70`` / ``rank68`` = the positions in news_heldout137's / 135's / 133's / 131's / 129's / 127's / 125's / 123's /
121's / 119's / 117's / 115's / 113's / 111's / 109's / 107's / 105's / 103's / 101's / 98's / 96's / 94's / 92's /
90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's / 72's / 70's / 68's orders, ``url``, ``url_sha1``,
``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped:
<reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news139.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 23:21 UTC by the machine's clock, before any body or headline was read): 485
candidate rows (news_heldout137's positions 24-508 = news_heldout135's 45-529 = news_heldout133's 68-552 =
news_heldout131's 89-573 = news_heldout129's 110-594 = news_heldout127's 130-614 = news_heldout125's 150-634 =
news_heldout123's 170-654 = news_heldout121's 191-675 = news_heldout119's 214-698 = news_heldout117's 238-722, all in
the pool ``quotes_os``'s 8-f half — ``url_sha1`` beginning with c-f — with the same ``text_sha1``, ``url_sha1``, doc,
URL and date as the rebuilt index and the rebuilt files, section politique, ``hits == 0``, ``url_sha1`` ≡ 0 mod 3 and
``url_sha1`` = sha1 of the URL: ``verify139.py`` compared them and printed counts only), none dropped by rule 2, the
first docs 25753, 14006, 26852, 15911, 17321. The duplicate check's cache of the gold texts' sentences was built at
set-up, before T0 (counts only: 3,239 local texts named by the committed quote gold, 2,055 of them present,
news_heldout136's and 137's among them), and the span check and the duplicate check were tried on one text of
news_heldout137 (development data since session 63's run) with spans rebuilt from its gold (the offsets found were the
gold's; all its sentences were found in the cache). Before T0, to calibrate the span conventions, three texts of
news_heldout137 were displayed with their gold spans by ``calib139.py``. ``/tmp/s63`` was not listed (only this
split's worktree and scratch folder were opened, by name); the brief folder was not listed beyond the brief itself,
``/work/extra_quotes`` was not listed (``tools/local_texts.py status`` printed its per-split counts only, and three of
its file names, news_heldout137's and this split's ``_ids`` / ``_manifest`` files, were tested by name) and
``/work/extra_orangesum_all`` was counted, not listed (its ``index.tsv`` header line was printed). No candidate is
opened before T0.

Reading (after the rule's commit 04888cf4 at 23:21:20 UTC = T0, so no article begun after 00:21:20: the first candidate
was opened at 23:21:22 UTC by the machine's clock, the last one, position 22, at 23:24:53, and the 20th keep was
recorded at 23:24:59 and counted right after): the candidates were read in rule 1's order, one at a time by position
(the display helper ``show139.py`` refused a position that was not the next one after the running list, a position
already opened, a 21st keep, or a time before T0 — the commit timestamp of the commit that added this script, which it
read from git — or after T0 + 60 minutes; it logged each opening in the scratch file ``opened139.txt``), and annotated
whole, the running list kept in ``count139.txt`` and counted by its own command (``count139.py``, on the status field)
after each article; after each article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``check139.py``, which also looked the speakers up in the KB and flagged spans with edge
spaces, cut words, a line break, an overlap with another span of the article, a prefix found more than once, a start in
the headline or, for direct quotes, no quotation mark beside them or one inside; every span located, none in a
headline, no overlap, no line break, no mark inside; the repeated prefixes — a lede charge in marks also in the headline
and lower (taken at its lede occurrence with a ``[2]`` prefix) and a lede quotation repeated inside a longer quotation
lower — each at the intended occurrence, and the missing-mark flag on four quotations ending before a spaced « ! » or «
? » left out of the span and on the two halves of a quotation whose marks enclose the incise, all as intended) and rule
3's duplicate check (``dup139.py``) was run, both local checks that print offsets, flags or counts only and run no
system code. One spans-file line was touched up before its article's status was written: a final full stop inside the
marks removed from a direct span (the conventions' spans end on the last word). Each finished article was committed
before the next was opened (``record139.py`` wrote its status to the running list and committed this script's ``KEPT``
/ ``READ_SKIPS`` / ``LAST_READ``, doc numbers only, its reasons written with double quotes so that an apostrophe cannot
break the script: commits 3b94ea2a to 7aa05993, one per position). 22 read (positions 1-22 = news_heldout137's 24-45 =
news_heldout135's 45-66 = news_heldout133's 68-89 = news_heldout131's 89-110 = news_heldout129's 110-131, docs
25753-25092), two of them skipped on reading: doc 26852 (position 3), a short page with one indirect quote relayed from
a medium, the rest narration; doc 24875 (position 18), a short page on a proclaimed election result and a protest, with
no quote; so 20 kept (``KEPT``, ``LAST_READ = 22``), reading ending at the 20th keep (doc 25092, well before T0 + 60
minutes); no candidate after it was opened. By an oversight the display helper was called once more for position 23
after the 20th keep had been counted: its guard refused it (« 20 kept already ») before anything was logged, written or
displayed, so position 23 was never opened. The other 463 candidates (positions 23-485) are « not reached »; none was
dropped by rule 2 at the final run. Rule 3's duplicate check found no read page sharing a sentence of 60+ characters
with a committed gold text present here or with another keep (the texts of news_dev, news_heldout and news_heldout2-36
are not on this machine and could not be compared). Other builders' worktrees and scratch files (news_heldout138's
among them) were never listed, displayed or opened. 139 quotes (63 direct / 76 indirect, 5 without speaker), 2 to 16
per article (``convert_news.py --split news_heldout139``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout139"
TAG = "139"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources137.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    26852: "fewer than 2 quotes (a short page with one indirect quote relayed from a medium, the rest narration)",
    24875: "fewer than 2 quotes (a short page on a proclaimed election result and a protest, with no quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    25753, 14006, 15911, 17321, 24874, 24954, 21414, 24570, 13006, 25606, 33312, 24237, 26588, 2362, 12431, 27821,
    21955, 19737, 18334, 25092,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 22  # doc 25092


def draw() -> list[dict[str, object]]:
    """news_heldout137's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "137",
        (
            "rank135", "rank133", "rank131", "rank129", "rank127", "rank125", "rank123", "rank121", "rank119",
            "rank117", "rank115", "rank113", "rank111", "rank109", "rank107", "rank105", "rank103", "rank101", "rank98",
            "rank96", "rank94", "rank92", "rank90", "rank88", "rank86", "rank84", "rank82", "rank80", "rank78",
            "rank76", "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout137's manifest")


if __name__ == "__main__":
    main()
