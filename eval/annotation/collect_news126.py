"""Choose and store the news texts of the blind quote split ``news_heldout126`` (branch blind126q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-125 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout124's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's and 122's unread rows,
``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"126"`` names ``_ids126.tsv``, ``_manifest126.jsonl``,
``news_quotes_sources126.jsonl`` and the scratch files ``count126.txt`` / ``spans126.txt``. There are no queries: the
rule below was written and committed before any candidate's body text or headline was read (only news_heldout124's
manifest's keys and status counts, the rank columns of its first and last unread rows, the first character of the
unread rows' ``url_sha1`` counted by value and the dry run's doc numbers had been seen, printed by commands that print
no URL, headline or text; no candidate's URL). T0 = the time of the commit that adds this rule (its commit timestamp,
recorded below once known); no candidate is opened before it. The other half of the pool (news_heldout125's unread
rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout127, built at the same time by another builder; no row of
it is listed or opened here, and no other builder's worktree or scratch files are looked at. The scratch files earlier
builders kept outside the repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are
not used: this split's own were re-created at set-up, before T0, from the repository's record of them
(``collect_news124.py``'s docstring, ``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder
``/tmp/s62/blind126q-scratch`` outside ``/work/extra_quotes``: ``show126.py`` (display), ``check126.py`` (span check,
which also prints the KB ids each speaker resolves to), ``dup126.py`` (rule 3's duplicate check), ``kb126.py`` (names
to KB ids only), ``record126.py`` (recorder), ``common126.py`` (what they share), ``verify126.py`` (the dry run's
comparison with the rebuilt index, counts only), and the running list ``count126.txt``, the opening log
``show126.log`` and the spans file ``spans126.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources124.jsonl`` (news_heldout124's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-515: news_heldout124 read its positions 1-22). Rows news_heldout124 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-125). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count126.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids126.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans126.txt``, see ``convert_news.py --split news_heldout126``) and
``_manifest126.jsonl``, copied to ``eval/annotation/news_quotes_sources126.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank124`` / ``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` /
``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` /
``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` /
``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` =
the positions in news_heldout124's / 122's / 120's / 118's / 116's / 114's / 112's / 110's / 108's / 106's / 104's /
102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's
/ 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication
date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not
reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news126.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 19:33 UTC by the machine's clock, before any body or headline was read): 493
candidate rows (news_heldout124's positions 23-515 = news_heldout122's 44-536 = news_heldout120's 64-556 =
news_heldout118's 86-578 = news_heldout116's 110-602 = news_heldout114's 134-626 = news_heldout112's 154-646 =
news_heldout110's 175-667), all in the pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 4-7 — with the same
``url``, ``url_sha1``, ``text_sha1``, doc number and date as the rebuilt index and the rebuilt files, section
politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, ``url_sha1`` the sha1 of the URL (``verify126.py``, which
printed counts only, no headline and no URL), none dropped by rule 2, the first docs 20640, 20691, 27585, 23324, 31902.
The duplicate check's cache of the gold texts' sentences was built at set-up, before T0, at the worktree's head
e1e1d663 (counts only: 2,999 local texts named by the committed quote gold, 1,815 of them present, news_heldout124's
and 125's among them), and the span check and the duplicate check were tried on one text of news_heldout123
(development data since session 61's second blind run), the span check with spans rebuilt from its gold (offsets,
flags and KB ids printed, all located), the duplicate check finding that text's 21 long sentences in its own split.
Before T0, to calibrate the span conventions, four texts of news_heldout123 were displayed with their gold spans by a
local script (``calib126.py``). A listing of ``/tmp/s62`` at set-up showed earlier builders' folder names and the
brief folder's name, none of which was opened (the other builder's of this hour was not among them);
``/work/extra_quotes`` was not listed (counted only; its ``_annot`` folder tested by name and absent on this machine;
``tools/local_texts.py status`` printed its per-split counts). No candidate is opened before T0.

Reading (after the rule's commit 25cf46df at 19:34:40 UTC = T0, so no article begun after 20:34:40: the first candidate
was opened at 19:34:41 UTC by the machine's clock, the last one, position 21, at 19:39:34, and the 20th keep was counted
right after its record's commit at 19:39:56): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show126.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already read or opened, an opening while the last opened one was not recorded, a 21st keep, a row whose
status was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that
added this script, read from git — or after T0 + 60 minutes; it logged each opening in ``show126.log``; it refused
nothing during the reading), and annotated whole, the running list kept in ``count126.txt`` and counted by its own
command (on the status field) after each article; after each kept article, before its status was written, its spans were
located in the text by ``convert_news.locate_span`` (``check126.py``, which also printed the KB ids each speaker name
resolves to and flagged edge spaces, cut words, a line break, an overlap with another span of the article, a prefix
found more than once, a start in the headline or, for a direct quote, no quotation mark beside it or one inside: every
span located, two direct quotes repeated in a headline or an intertitle taken at their body occurrence with ``[2]`` (one
of them after the check first located it in the headline, before the article's record was written), the other repeated
prefixes each at the intended occurrence, the line-break flags on quotations whose one pair of marks spans a paragraph
break) and rule 3's duplicate check (``dup126.py``) was run, both local checks that print offsets, flags, KB ids or
counts only and run no system code (no name needed ``!nokb``); the duplicate check was run on the skipped page too; then
``record126.py`` wrote its status into the running list and into ``KEPT`` / ``READ_SKIPS``, ran this script and (for a
keep) ``convert_news.py --split news_heldout126 --write`` and committed the record, the manifest and the gold rows (one
commit per article, « news_heldout126: position N (doc D) read, kept » or « …, skipped (reason) », commits 4e5fb5bf to
e4c552d7) before the next candidate was opened. 21 read (positions 1-21 = news_heldout124's 23-43, docs 20640-2189), 1
of them skipped on reading with fewer than 2 quotes — doc 26131 (position 13), a short item on a televised report whose
one quote is an interviewee's reported statement —, so 20 kept (``KEPT``, ``LAST_READ = 21``), reading ending at the
20th keep (doc 2189, well before T0 + 60 minutes); no candidate after it was opened and the display helper was not
called again after the 20th keep was counted. No row became a rule-2 drop during the reading. The other 472 candidates
(positions 22-493) are « not reached ». The duplicate check found no read page sharing a sentence of 60+ characters with
another keep of this split or with a text of the committed gold present on this machine (1,815 of the committed gold's
2,999 local texts); the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could not be
compared (``tools/local_texts.py status``: the splits built from session 32 on are present, the older ones not). Before
T0 no candidate's URL, headline or body was seen; the rows of news_heldout124's manifest displayed were its keys and
status counts, the rank columns of its first and last unread rows and the first character of the unread rows'
``url_sha1`` counted by value. Other builders' worktrees and scratch files (news_heldout127's among them) were never
listed, opened or searched (``git worktree list`` was not run), and the names of the session's earlier builders' folders
were seen once in a listing of ``/tmp/s62`` at set-up (``/work/extra_quotes`` was only counted, its ``_annot`` folder
tested by name and absent on this machine; the rule-2 check and the duplicate check read ``/work/extra_quotes`` only
through ``collect_os.dev_hashes`` and the committed gold's file names; this split's scratch files live in
``/tmp/s62/blind126q-scratch``, the only folder written besides the worktree and ``/work/extra_quotes``).
182 quotes (91 direct / 91 indirect, 12 without speaker), 2 to 17 per article (``convert_news.py --split
news_heldout126``). No system ran on these texts.
Departures from news_heldout124's procedure: the scratch files were re-created (not copied: news_heldout124's are not
used, as the brief says) in the builder's own scratch folder; at set-up, before T0, the span check and the duplicate
check were tried on a text of news_heldout123 (development data) instead of position 1's doc number, so no script read a
candidate's text before T0, and four texts of news_heldout123 were displayed with their gold spans to calibrate the span
conventions (as news_heldout125's builder did; news_heldout124's did not); the dry run's comparison with the rebuilt
index is a named script (``verify126.py``, counts only); ``git worktree list`` was not run at set-up (the brief forbids
listing the other builder's worktree); the span check flags more cases than news_heldout124's (as news_heldout125's);
rule 4 names the T0 + 75 minutes limit of the brief; the duplicate check's cache of the committed gold's sentences was
built once at set-up, at the worktree's head before T0 (this split's rows aside), so texts another builder adds to
``/work/extra_quotes`` meanwhile are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout126"
TAG = "126"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources124.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    26131: "fewer than 2 quotes",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    20640, 20691, 27585, 23324, 31902, 20157, 4817, 24301, 26017, 15999, 25704, 8027, 26803, 9937, 13335, 26621, 27774,
    27159, 17067, 2189,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 2189, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout124's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "124",
        (
            "rank122", "rank120", "rank118", "rank116", "rank114", "rank112", "rank110", "rank108", "rank106",
            "rank104", "rank102", "rank100", "rank99", "rank97", "rank95", "rank93", "rank91", "rank89", "rank87",
            "rank85", "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67",
            "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout124's manifest")


if __name__ == "__main__":
    main()
