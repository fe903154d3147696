"""Choose and store the news texts of the blind quote split ``news_heldout134`` (branch blind134q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-133 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout132's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's, 122's, 124's, 126's, 128's and
130's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"134"`` names ``_ids134.tsv``,
``_manifest134.jsonl``, ``news_quotes_sources134.jsonl`` and the scratch files ``count134.txt`` / ``spans134.txt``.
There are no queries: the rule below was written and committed before any candidate's body text or headline was read
(news_heldout132's manifest's keys and status counts, the rank columns and the ranks and doc numbers of its first and
last unread rows, the first character of the unread rows' ``url_sha1`` counted by value and the dry run's doc numbers
were printed by commands that print no URL, headline or text; no candidate's URL, headline or text was printed at
set-up). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. The other half of the pool (news_heldout133's unread rows, ``url_sha1`` beginning with
8-f) belongs to news_heldout135, built at the same time by another builder; no row of it is listed or opened here, and
no other builder's worktree or scratch files are looked at. The scratch files earlier builders kept outside the
repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are not used: this split's
own were re-created at set-up, before T0, from the repository's record of them (``collect_news132.py``'s docstring,
``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder ``/tmp/s63/blind134q-scratch`` outside
``/work/extra_quotes``: ``show134.py`` (display), ``check134.py`` (span check, which also prints the KB ids each
speaker resolves to), ``dup134.py`` (rule 3's duplicate check), ``kb134.py`` (names to KB ids only), ``record134.py``
(recorder), ``count134.sh`` (the running list's count), ``common134.py`` (what they share), ``verify134.py`` (the dry
run's comparison with the rebuilt index, counts only), and the running list ``count134.txt``, the opening log
``show134.log`` and the spans file ``spans134.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources132.jsonl`` (news_heldout132's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   25-430: news_heldout132 read its positions 1-24). Rows news_heldout132 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-133). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count134.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids134.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans134.txt``, see ``convert_news.py --split news_heldout134``) and
``_manifest134.jsonl``, copied to ``eval/annotation/news_quotes_sources134.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank132`` / ``rank130`` / ``rank128`` / ``rank126`` / ``rank124`` / ``rank122`` / ``rank120`` /
``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` /
``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` /
``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` /
``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout132's / 130's / 128's / 126's / 124's /
122's / 120's / 118's / 116's / 114's / 112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's /
93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's
orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news134.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script: (``--dry``, 22:15 UTC by the machine's clock, before any body or headline was read): 406
candidate rows (news_heldout132's positions 25-430 = news_heldout130's 47-452 = news_heldout128's 67-472 =
news_heldout126's 88-493 = news_heldout124's 110-515 = news_heldout122's 131-536 = news_heldout120's 151-556 =
news_heldout118's 173-578 = news_heldout116's 197-602 = news_heldout114's 221-626 = news_heldout112's 241-646 =
news_heldout110's 262-667), all in the pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 5-7 (74, 175 and 157
rows) — with the same ``url``, ``url_sha1``, ``text_sha1``, doc number and date as the rebuilt index and the rebuilt
files, section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, ``url_sha1`` the sha1 of the URL
(``verify134.py``, which printed counts only, no headline and no URL), none dropped by rule 2, the first docs 21554,
4738, 14598, 22157, 5365. The duplicate check's cache of the gold texts' sentences was built at set-up, before T0, at
the worktree's head 247c04db (counts only: 3,159 local texts named by the committed quote gold, 1,975 of them present,
news_heldout128-133's among them), and the span check and the duplicate check were tried on one text of
news_heldout128 (development data since session 62's second blind run), the span check with spans rebuilt from its
gold (offsets, flags and KB ids printed, all 4 located at the gold's offsets), the duplicate check finding that text's
15 long sentences in the committed gold. Before T0, to calibrate the span conventions, three other texts of
news_heldout128 were displayed with their gold spans by a local script (``calib134.py``). No candidate is opened before
T0.

Reading (after the rule's commit 9b7438e2 at 22:17:17 UTC = T0, so no article begun after 23:17:17: the first candidate
was opened at 22:17:20 UTC by the machine's clock, the last one, position 24, at 22:22:24, and the 20th keep was counted
right after its record's commit at 22:22:32): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show134.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already opened, an opening while the last opened one was not recorded, a 21st keep, a row whose status
was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that added this
script, read from git — or after T0 + 60 minutes; it logged each opening in ``show134.log``; it refused nothing during
the reading), and annotated whole, the running list kept in ``count134.txt`` and counted by its own command
(``count134.sh``, on the status field) after each article; after each kept article, before its status was written, its
spans were located in the text by ``convert_news.locate_span`` (``check134.py``, which also printed the KB ids each
speaker name resolves to and flagged edge spaces, cut words, a line break, an overlap with another span of the article,
a prefix found more than once, a start in the headline or, for a direct quote, no quotation mark beside it or one
inside: every span located at the first try, no edge space, cut word, overlap or headline start — the line breaks the
three quotations whose one pair of marks spans a paragraph break, the repeated prefixes (a standfirst quotation repeated
later inside a longer one, the headline repeating a body quotation) each taken at the intended occurrence, the previous
quote's end) and rule 3's duplicate check (``dup134.py``) was run, both local checks that print offsets, flags, KB ids
or counts only and run no system code (no name needed ``!nokb``); then ``record134.py`` wrote its status into ``KEPT``
/ ``READ_SKIPS``, ran this script and ``convert_news.py --split news_heldout134 --write``, wrote the status into the
running list and committed the record, the manifest and the gold rows (one commit per article, « news_heldout134:
position N (doc D) read, kept » or « …, skipped (reason) », commits cfde12a3 to 1090c228) before the next candidate was
opened. 24 read (positions 1-24 = news_heldout132's 25-48, docs 21554-22240), 4 of them skipped on reading — doc 1639
(position 13), an AFP update of the story of doc 1636, kept by news_heldout60 (the duplicate check found 11 of its 17
sentences of 60+ characters in that committed text; its spans had been written before the check and were removed from
the spans file unconverted), doc 7147 (position 15), a short live-broadcast teaser page without any quote, doc 22836
(position 16), a short page without any quote outside its headline, and doc 16559 (position 21), a short best-of
teaser page without any quote outside its headline —, so 20 kept (``KEPT``, ``LAST_READ = 24``), reading ending at the
20th keep (doc 22240, well before T0 + 60 minutes); no candidate after it was opened and the display helper was not
called again after the 20th keep was counted. No row became a rule-2 drop during the reading. The other 382 candidates
(positions 25-406) are « not reached ». Besides doc 1639 the duplicate check found two keeps sharing one sentence of
60+ characters each with a committed gold text (1 of 13 and 1 of 19, not most) and no read page sharing a sentence with
another keep of this split; the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could
not be compared (``tools/local_texts.py status``: the splits built from session 32 on are present, the older ones
not). To name the earlier split and doc of position 13's story, one local command looked the shared committed text up
in the committed gold and in ``news_quotes_sources60.jsonl`` (it printed the split's name, the doc number, its status
and its date, no text). Other builders' worktrees and scratch files (news_heldout135's among them) were never opened or
searched; the names of the earlier builders' worktrees were seen at set-up in one ``git worktree list`` (it named a
blind135q worktree, never opened); ``/work/extra_quotes`` was counted, the last fourteen of its non-text file names
listed once at set-up (the manifest files of news_heldout120-133, none of them opened; news_heldout128's ids file was
read for the tool test and the calibration, and the six ids files of news_heldout128-133 were counted to check that
their texts are present), its ``_annot`` folder tested by name and absent on this machine; the rule-2 check and the
duplicate check read ``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed gold's file names;
this split's scratch files live in ``/tmp/s63/blind134q-scratch``, the only folder written besides the worktree and
``/work/extra_quotes``. 177 quotes (98 direct / 79 indirect, 6 without speaker), 2 to 30 per article
(``convert_news.py --split news_heldout134``). No system ran on these texts.
Departures from news_heldout132's procedure: no candidate's URL, headline or text was printed before T0, and no row of
news_heldout132's manifest was printed whole; at set-up, one command looking at the gold's format printed two gold rows
of news_heldout132 (offsets, hashes, speaker and URL) and the file's last 300 characters (the end of one gold row of a
blind split, its URL among them) — news_heldout132 and 133 are blind until their run, their rows are no candidate here
and no system ran on them —; the scratch files were re-created (not copied: news_heldout132's are not used, as the brief
says) in the builder's own scratch folder; at set-up the span check and the duplicate check were tried on a text of
news_heldout128 and three other texts of news_heldout128 were displayed with their gold spans — as news_heldout132's
builder did — and not news_heldout130-133's own texts (they are blind); ``git branch -a`` was not run; the
duplicate check's cache counted the committed gold at this worktree's head 247c04db (3,159 local texts named,
news_heldout132-133's among them) and printed, besides its counts, the largest count shared with one committed text and
the number of such texts; for position 9 the span check, the duplicate check and the recorder ran in one command, so
their output (no flag, no shared sentence) was read after the record's commit rather than before it; position 13's
spans were written before its duplicate check ran (the check decided the skip; no gold row of it was made); the skips
are three pages with fewer than 2 quotes and one AFP update (news_heldout132 had four pages with fewer than 2 quotes).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout134"
TAG = "134"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources132.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    1639: (
        "an AFP update of the story of doc 1636, kept by news_heldout60 (11 of its 17 sentences of 60+ characters in "
        "that committed text)"
    ),
    7147: "fewer than 2 quotes (a short live-broadcast teaser page without any quote)",
    22836: "fewer than 2 quotes (a short page without any quote outside its headline)",
    16559: "fewer than 2 quotes (a short best-of teaser page without any quote outside its headline)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    21554, 4738, 14598, 22157, 5365, 20384, 26449, 25720, 27389, 14909, 22660, 23454, 21708, 27498, 852, 27567, 28199,
    31415, 19103, 22240,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 24  # doc 22240, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout132's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "132",
        (
            "rank130", "rank128", "rank126", "rank124", "rank122", "rank120", "rank118", "rank116", "rank114",
            "rank112", "rank110", "rank108", "rank106", "rank104", "rank102", "rank100", "rank99", "rank97", "rank95",
            "rank93", "rank91", "rank89", "rank87", "rank85", "rank83", "rank81", "rank79", "rank77", "rank75",
            "rank73", "rank71", "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout132's manifest")


if __name__ == "__main__":
    main()
