"""Choose and store the news texts of the blind quote split ``news_heldout142`` (branch blind142q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-141 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout140's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's, 122's, 124's, 126's, 128's,
130's, 132's, 134's, 136's and 138's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"142"``
names ``_ids142.tsv``, ``_manifest142.jsonl``, ``news_quotes_sources142.jsonl`` and the scratch files
``count142.txt`` / ``spans142.txt``. There are no queries: the rule below was written and committed before any
candidate's body text or headline was read (news_heldout140's manifest's keys and status counts, the ranks and doc
numbers of its first and last unread rows, their earlier ranks, the first character of the unread rows' ``url_sha1``
counted by value, their date range and the dry run's doc numbers were printed by commands that print no URL, headline
or text; but at set-up, reading news_heldout140's commits, one ``git show`` of its first per-article commit printed part
of its manifest's first version whole, URLs included, and so the URLs (whose words are close to the headlines) of
news_heldout140's positions 59-73, this split's candidates 35-49, passed on the screen before T0; the order is
news_heldout140's, fixed and not chosen, so no choice could follow from it). T0 = the time of the commit that adds this
rule (its commit timestamp, recorded below once known); no candidate is opened before it. The other half of the pool
(news_heldout141's unread rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout143, built at the same time by
another builder; no row of it is listed or opened here, and no other builder's worktree or scratch files are looked at.
The scratch files earlier builders kept outside the repository (display helpers, span checks, running lists,
``_annot`` / ``_inNNn`` folders) are gone from this machine and are not used: this split's own were re-created at
set-up, before T0, from the repository's record of them (``collect_news140.py``'s docstring, ``collect_os.py``,
``convert_news.py``), in this builder's own scratch folder ``/tmp/s64/scratch/blind142q`` outside
``/work/extra_quotes``: ``show142.py`` (display), ``check142.py`` (span check, which also prints the KB ids each speaker
resolves to), ``dup142.py`` (rule 3's duplicate check), ``kb142.py`` (names to KB ids only), ``record142.py``
(recorder), ``count142.sh`` (the running list's count), ``common142.py`` (what they share), ``verify142.py`` (the dry
run's comparison with the rebuilt index, counts only), and the running list ``count142.txt``, the opening log
``show142.log`` and the spans file ``spans142.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources140.jsonl`` (news_heldout140's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   25-338: news_heldout140 read its positions 1-24). Rows news_heldout140 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-141). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count142.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids142.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans142.txt``, see ``convert_news.py --split news_heldout142``) and
``_manifest142.jsonl``, copied to ``eval/annotation/news_quotes_sources142.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank140`` / ``rank138`` / ``rank136`` / ``rank134`` / ``rank132`` / ``rank130`` / ``rank128`` /
``rank126`` / ``rank124`` / ``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` /
``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` /
``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` /
``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` =
the positions in news_heldout140's / 138's / 136's / 134's / 132's / 130's / 128's / 126's / 124's / 122's / 120's /
118's / 116's / 114's / 112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's /
89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``,
``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``,
``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news142.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script: (``--dry``, 01:25 UTC by the machine's clock, before any body or headline was read): 314
candidate rows (news_heldout140's positions 25-338 = news_heldout138's 46-359 = news_heldout136's 69-382 =
news_heldout134's 93-406 = news_heldout132's 117-430 = news_heldout130's 139-452 = news_heldout128's 159-472 =
news_heldout126's 180-493 = news_heldout124's 202-515 = news_heldout122's 223-536 = news_heldout120's 243-556 =
news_heldout118's 265-578 = news_heldout116's 289-602 = news_heldout114's 313-626 = news_heldout112's 333-646 =
news_heldout110's 354-667), all in the pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 6-7 (157 and 157
rows) — with the same ``url``, ``url_sha1``, ``text_sha1``, doc number and date as the rebuilt index and the rebuilt
files, section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, ``url_sha1`` the sha1 of the URL
(``verify142.py``, which printed counts only, no headline and no URL), none dropped by rule 2, dates 2016-03-30 to
2020-09-22, the first docs 27302, 15120, 10166, 15278, 22598. The duplicate check's cache of the gold texts' sentences
was built at set-up, before T0, at the worktree's head 0b88946b (counts only: 3,319 local texts named by the committed
quote gold, 2,135 of them present, news_heldout140-141's among them), and the span check and the duplicate check were
tried on two texts of news_heldout138 (development data since session 63's second blind run; ``tooltest142.py``), the
span check with spans rebuilt from their gold (offsets, flags and KB ids printed, all 3 + 3 located at the gold's
offsets with the gold's KB ids), the duplicate check finding those texts' 9 and 8 long sentences in the committed gold.
Before T0, to calibrate the span conventions, four other texts of news_heldout138 were displayed with their gold spans
by a local script (``calib142.py``). No candidate is opened before T0.

Reading (after the rule's commit 9b3de1a5 at 01:25:42 UTC = T0, so no article begun after 02:25:42: the first candidate
was opened at 01:25:44 UTC by the machine's clock, the last one, position 21, at 01:32:08, and the 20th keep was counted
right after its record's commit at 01:32:24): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show142.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already opened, an opening while the last opened one was not recorded, a 21st keep, a row whose status
was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that added this
script, read from git — or after T0 + 60 minutes; it logged each opening in ``show142.log`` and wrote the article's
``#date`` line, the index's date, into the spans file before its spans), and annotated whole, the running list kept in
``count142.txt`` and counted by its own command (``count142.sh``, on the status field) after each article; after each
kept article, before its status was written, its spans were located in the text by ``convert_news.locate_span``
(``check142.py``, which also printed the KB ids each speaker name resolves to and flagged edge spaces, cut words, a line
break, an overlap with another span of the article, a prefix found more than once, a start in the headline or, for a
direct quote, no quotation mark beside it or one inside: every span located, no edge space, cut word, overlap or
headline start — three line breaks inside quotations that run over a paragraph break on the page, as intended; seven
repeated prefixes taken at the intended occurrences (two quotations also in the headline taken with ``[2]``, a lede
quotation repeated in a later quotation taken first, a phrase inside an earlier indirect span and an intertitle
repeated by a later quotation taken in order, and a lede sentence repeated word for word in the body annotated at both);
« no mark beside » for the segments of quotations interrupted by an incise inside the marks, one quotation whose
closing mark is a single quote on the page and one whose narrator's gloss was left out before its closing mark, read by
their evident extent, as intended) and rule 3's duplicate check (``dup142.py``) was run, both local checks that run no
system code (no name needed ``!nokb``); then ``record142.py`` wrote its status into ``KEPT`` / ``READ_SKIPS``, ran this
script and ``convert_news.py --split news_heldout142 --write``, wrote the status into the running list and committed
the record, the manifest and the gold rows (one commit per article, « news_heldout142: position N (doc D) read, kept »
or « …, skipped (reason) », commits e79778b8 to 72d4f547) before the next candidate was opened. 21 read (positions 1-21
= news_heldout140's 25-45, docs 27302-10799), 1 of them skipped on reading, holding fewer than 2 quotes — doc 19145
(position 6), a short page without any quote —, so 20 kept (``KEPT``, ``LAST_READ = 21``), reading ending at the 20th
keep (doc 10799, well before T0 + 60 minutes); no candidate after it was opened (the display helper was not called
again). No row became a rule-2 drop during the reading. The other 293 candidates (positions 22-314) are « not
reached »; none of the candidates whose URLs had passed on the screen at set-up (positions 35-49) was reached. The
duplicate check found one kept page (doc 14335, position 15) sharing 2 of its 18 sentences of 60+ characters with a text
of news_heldout117 (background sentences, far from most of them, so not an update) and no other read page sharing a
sentence of 60+ characters with another keep of this split or with a text of the committed gold present on this
machine; the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could not be compared
(``tools/local_texts.py status``: the splits built from session 32 on are present, the older ones not). Other builders'
worktrees and scratch files (news_heldout143's among them) were never opened or searched; the names of the worktrees
were seen at set-up in one ``git worktree list`` (news_heldout143's was not among them then); the scratch folders of
earlier builders of this session present on this machine (news_heldout140's among them) were not opened;
``/work/extra_quotes`` was counted (its file names not listed; a count of names not ending in ``.txt`` printed a
number only), its ``_annot`` folder tested by name and absent on this machine; the rule-2 check and the duplicate check
read ``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed gold's file names; this split's
scratch files live in ``/tmp/s64/scratch/blind142q``, the only folder written besides the worktree and
``/work/extra_quotes``. 192 quotes (104 direct / 88 indirect, 20 without speaker), 2 to 19 per article
(``convert_news.py --split news_heldout142``), dated from the first per-article commit on. No system ran on these texts.
Departures from news_heldout140's procedure: before T0, reading news_heldout140's commits, one ``git show`` printed
part of its first manifest whole, so the URLs of this split's candidates 35-49 passed on the screen (see above; none of
them was reached); the tool test used the 3 + 3 spans of two news_heldout138 texts (news_heldout140's builder: the 7
spans of one) and the calibration four other news_heldout138 texts, news_heldout140-141 being blind; the tools were
re-created from ``collect_news140.py``'s record of them (news_heldout140's builder: from 136's and 138's); the skip is
one page with fewer than 2 quotes (news_heldout140 had four).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout142"
TAG = "142"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources140.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    19145: "fewer than 2 quotes (a short page without any quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    27302, 15120, 10166, 15278, 22598, 27535, 22752, 4326, 24065, 17352, 18844, 16857, 20915, 14335, 27400, 20078,
    22674, 20543, 26123, 10799,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 10799, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout140's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "140",
        (
            "rank138", "rank136", "rank134", "rank132", "rank130", "rank128", "rank126", "rank124", "rank122",
            "rank120", "rank118", "rank116", "rank114", "rank112", "rank110", "rank108", "rank106", "rank104",
            "rank102", "rank100", "rank99", "rank97", "rank95", "rank93", "rank91", "rank89", "rank87", "rank85",
            "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65",
            "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout140's manifest")


if __name__ == "__main__":
    main()
