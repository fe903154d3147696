"""Choose and store the news texts of the blind quote split ``news_heldout130`` (branch blind130q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-129 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout128's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's, 122's, 124's and 126's unread
rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"130"`` names ``_ids130.tsv``,
``_manifest130.jsonl``, ``news_quotes_sources130.jsonl`` and the scratch files ``count130.txt`` / ``spans130.txt``.
There are no queries: the rule below was written and committed before any candidate's body text or headline was read
(news_heldout128's manifest's keys and status counts, the rank columns and doc numbers of its first and last unread
rows, the first character of the unread rows' ``url_sha1`` counted by value and the dry run's doc numbers were printed
by commands that print no URL, headline or text; no candidate's URL was printed at set-up — see the departures below
for what other rows were). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once
known); no candidate is opened before it. The other half of the pool (news_heldout129's unread rows, ``url_sha1``
beginning with 8-f) belongs to news_heldout131, built at the same time by another builder; no row of it is listed or
opened here, and no other builder's worktree or scratch files are looked at. The scratch files earlier builders kept
outside the repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are not used:
this split's own were re-created at set-up, before T0, from the repository's record of them (``collect_news128.py``'s
docstring, ``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder ``/tmp/s63/blind130q-scratch``
outside ``/work/extra_quotes``: ``show130.py`` (display), ``check130.py`` (span check, which also prints the KB ids each
speaker resolves to), ``dup130.py`` (rule 3's duplicate check), ``kb130.py`` (names to KB ids only), ``record130.py``
(recorder), ``count130.sh`` (the running list's count), ``common130.py`` (what they share), ``verify130.py`` (the dry
run's comparison with the rebuilt index, counts only), and the running list ``count130.txt``, the opening log
``show130.log`` and the spans file ``spans130.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources128.jsonl`` (news_heldout128's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   21-472: news_heldout128 read its positions 1-20). Rows news_heldout128 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-129). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count130.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids130.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans130.txt``, see ``convert_news.py --split news_heldout130``) and
``_manifest130.jsonl``, copied to ``eval/annotation/news_quotes_sources130.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank128`` / ``rank126`` / ``rank124`` / ``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` /
``rank114`` / ``rank112`` / ``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` /
``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` /
``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` /
``rank63`` / ``rank61`` = the positions in news_heldout128's / 126's / 124's / 122's / 120's / 118's / 116's / 114's /
112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's /
81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``,
``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped:
<reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news130.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script: (``--dry``, 21:43 UTC by the machine's clock, before any body or headline was read): 452
candidate rows (news_heldout128's positions 21-472 = news_heldout126's 42-493 = news_heldout124's 64-515 =
news_heldout122's 85-536 = news_heldout120's 105-556 = news_heldout118's 127-578 = news_heldout116's 151-602 =
news_heldout114's 175-626 = news_heldout112's 195-646 = news_heldout110's 216-667), all in the pool ``quotes_os``'s 0-7
half — ``url_sha1`` beginning with 5-7 (120, 175 and 157 rows) — with the same ``url``, ``url_sha1``, ``text_sha1``,
doc number and date as the rebuilt index and the rebuilt files, section politique, ``hits == 0``, ``int(url_sha1, 16) %
3 == 0``, ``url_sha1`` the sha1 of the URL (``verify130.py``, which printed counts only, no headline and no URL), none
dropped by rule 2, the first docs 32236, 28396, 14177, 22863, 11540. The duplicate check's cache of the gold texts'
sentences was built at set-up, before T0, at the worktree's head 6a61f85f (counts only: 3,079 local texts named by the
committed quote gold, 1,895 of them present, news_heldout128-129's among them), and the span check and the duplicate
check were tried on one text of news_heldout128 (development data since session 62's second blind run), the span check
with spans rebuilt from its gold (offsets, flags and KB ids printed, all 19 located at the gold's offsets), the
duplicate check finding that text's 25 long sentences in its own split. Before T0, to calibrate the span conventions,
three other texts of news_heldout128 were displayed with their gold spans, and a fourth one's gold spans alone, by a
local script (``calib130.py``). No candidate is opened before T0.

Reading (after the rule's commit def861b6 at 21:44:07 UTC = T0, so no article begun after 22:44:07: the first candidate
was opened at 21:44:09 UTC by the machine's clock, the last one, position 22, at 21:48:51, and the 20th keep was counted
right after its record's commit at 21:49:02): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show130.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already opened, an opening while the last opened one was not recorded, a 21st keep, a row whose status
was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that added this
script, read from git — or after T0 + 60 minutes; it logged each opening in ``show130.log``; it refused nothing during
the reading), and annotated whole, the running list kept in ``count130.txt`` and counted by its own command
(``count130.sh``, on the status field) after each article; after each kept article, before its status was written, its
spans were located in the text by ``convert_news.locate_span`` (``check130.py``, which also printed the KB ids each
speaker name resolves to and flagged edge spaces, cut words, a line break, an overlap with another span of the article,
a prefix found more than once, a start in the headline or, for a direct quote, no quotation mark beside it or one
inside: every span located, no edge space, cut word, line break, overlap or headline start — one span, too long by its
narrator words, was shortened before the record; the repeated prefixes — a quotation in the standfirst, the headline or
a narrator's sentence repeated later — each taken at the intended occurrence (the previous quote's end, or ``[2]``); the
« no mark beside » flags on the segments of quotations whose marks enclose an incise or open without closing, read by
their evident extent, and the « mark inside » flag on a post that quotes another person's words) and rule 3's duplicate
check (``dup130.py``) was run, both local checks that print offsets, flags, KB ids or counts only and run no system code
(no name needed ``!nokb``); then ``record130.py`` wrote its status into ``KEPT`` / ``READ_SKIPS``, ran this script
and ``convert_news.py --split news_heldout130 --write``, wrote the status into the running list and committed the
record, the manifest and the gold rows (one commit per article, « news_heldout130: position N (doc D) read, kept » or
« …, skipped (reason) », commits 1c34c491 to 31531110) before the next candidate was opened. 22 read (positions 1-22 =
news_heldout128's 21-42, docs 32236-18492), 2 of them skipped on reading — doc 21219 (position 17), a short video
teaser page with no quote outside its headline, and doc 25896 (position 21), a poll report told in the voice of the
outlet that commissioned it —, so 20 kept (``KEPT``, ``LAST_READ = 22``), reading ending at the 20th keep (doc 18492,
well before T0 + 60 minutes); no candidate after it was opened and the display helper was not called again after the
20th keep was counted. No row became a rule-2 drop during the reading. The other 430 candidates (positions 23-452) are «
not reached ». The duplicate check found no read page sharing a sentence of 60+ characters with another keep of this
split or with a text of the committed gold present on this machine (1,895 of the committed gold's 3,079 local texts);
the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could not be compared
(``tools/local_texts.py status``: the splits built from session 32 on are present, the older ones not). Other builders'
worktrees and scratch files (news_heldout131's among them) were never opened or searched; the names of the earlier
builders' branches and worktrees were seen at set-up in one ``git worktree list`` and one ``git branch -a`` (neither
named news_heldout131's); ``/work/extra_quotes`` was counted, its non-text file names listed once at set-up (the ids and
manifest files of news_heldout120-129), its ``_annot`` folder tested by name and absent on this machine; the rule-2
check and the duplicate check read ``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed
gold's file names; this split's scratch files live in ``/tmp/s63/blind130q-scratch``, the only folder written besides
the worktree and ``/work/extra_quotes``.
198 quotes (115 direct / 83 indirect, 2 without speaker), 3 to 21 per article (``convert_news.py --split
news_heldout130``). No system ran on these texts.
Departures from news_heldout128's procedure: at set-up, before the rule was written, commands that inspected
news_heldout128's record printed news_heldout128's manifest rows 1-2 whole (and part of rows 3-4) and the first gold
rows of its position 1 with their URLs — all rows news_heldout128 kept and read, development data since session 62's
second blind run, none of them a candidate here — and one look at the rebuilt index's head printed its first data row
(a page of another section, in no quotes pool); no candidate's URL, headline or text was seen before T0 (news_heldout128
had seen its first nine candidates' URLs); the scratch files were re-created (not copied: news_heldout128's are not
used, as the brief says) in the builder's own scratch folder; at set-up the span check and the duplicate check were
tried on a text of news_heldout128 and three other texts of news_heldout128 were displayed with their gold spans (and a
fourth one's spans alone), where news_heldout128's builder used news_heldout126's (news_heldout128-129 are development
data since session 62's second blind run); ``git branch -a`` was run once at set-up besides the one ``git worktree
list``; the display helper refuses a position already opened (news_heldout128's also refused one already read, the same
test here since every opened position is recorded before the next opening); the gold rows' ``date`` comes from ``#date``
lines of the spans file written from the displayed index date, as ``convert_news.py`` reads them; the commit of a
skipped article carries its record and manifest only (its gold is unchanged) and says so in its message; doc 25896's
skip reason was reworded in the final record into generic words (its per-article commit message still cites the page's
2-word self-designation, as news_heldout55-78's poll skips cited theirs).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout130"
TAG = "130"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources128.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    21219: "fewer than 2 quotes (a short video teaser page, no quote outside the headline)",
    25896: (
        "a poll report told in the voice of the outlet that commissioned it (a voting-intention poll for the site and"
        " the regional press, told in the first person plural, its analysis in the author's voice; news_heldout55, 66,"
        " 71, 78)"
    ),
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    32236, 28396, 14177, 22863, 11540, 21533, 27073, 22410, 21516, 25224, 9143, 23906, 5051, 13786, 18039, 16362, 23479,
    34381, 19302, 18492,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 22  # doc 18492, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout128's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "128",
        (
            "rank126", "rank124", "rank122", "rank120", "rank118", "rank116", "rank114", "rank112", "rank110",
            "rank108", "rank106", "rank104", "rank102", "rank100", "rank99", "rank97", "rank95", "rank93", "rank91",
            "rank89", "rank87", "rank85", "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71",
            "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout128's manifest")


if __name__ == "__main__":
    main()
