"""Choose and store the news texts of the blind quote split ``news_heldout140`` (branch blind140q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-139 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout138's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's, 122's, 124's, 126's, 128's,
130's, 132's, 134's and 136's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"140"`` names
``_ids140.tsv``, ``_manifest140.jsonl``, ``news_quotes_sources140.jsonl`` and the scratch files ``count140.txt`` /
``spans140.txt``. There are no queries: the rule below was written and committed before any candidate's body text or
headline was read (news_heldout138's manifest's keys and status counts, the ranks and doc numbers of its first and last
unread rows, their earlier ranks, the first character of the unread rows' ``url_sha1`` counted by value and the dry
run's doc numbers were printed by commands that print no URL, headline or text; no candidate's URL, headline or text
was printed at set-up). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once
known); no candidate is opened before it. The other half of the pool (news_heldout139's unread rows, ``url_sha1``
beginning with 8-f) belongs to news_heldout141, built at the same time by another builder; no row of it is listed or
opened here, and no other builder's worktree or scratch files are looked at. The scratch files earlier builders kept
outside the repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are gone from
this machine and are not used: this split's own were re-created at set-up, before T0, from the repository's record of
them (``collect_news136.py``'s and ``collect_news138.py``'s docstrings, ``collect_os.py``, ``convert_news.py``), in this
builder's own scratch folder ``/tmp/s64/scratch/blind140q`` outside ``/work/extra_quotes``: ``show140.py`` (display),
``check140.py`` (span check, which also prints the KB ids each speaker resolves to), ``dup140.py`` (rule 3's duplicate
check), ``kb140.py`` (names to KB ids only), ``record140.py`` (recorder), ``count140.sh`` (the running list's count),
``common140.py`` (what they share), ``verify140.py`` (the dry run's comparison with the rebuilt index, counts only),
and the running list ``count140.txt``, the opening log ``show140.log`` and the spans file ``spans140.txt``, created
empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources138.jsonl`` (news_heldout138's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   22-359: news_heldout138 read its positions 1-21). Rows news_heldout138 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-139). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count140.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids140.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans140.txt``, see ``convert_news.py --split news_heldout140``) and
``_manifest140.jsonl``, copied to ``eval/annotation/news_quotes_sources140.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank138`` / ``rank136`` / ``rank134`` / ``rank132`` / ``rank130`` / ``rank128`` / ``rank126`` /
``rank124`` / ``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` /
``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93``
/ ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` /
``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in
news_heldout138's / 136's / 134's / 132's / 130's / 128's / 126's / 124's / 122's / 120's / 118's / 116's / 114's /
112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's /
81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``,
``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped:
<reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news140.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script: (``--dry``, 00:48 UTC by the machine's clock, before any body or headline was read): 338
candidate rows (news_heldout138's positions 22-359 = news_heldout136's 45-382 = news_heldout134's 69-406 =
news_heldout132's 93-430 = news_heldout130's 115-452 = news_heldout128's 135-472 = news_heldout126's 156-493 =
news_heldout124's 178-515 = news_heldout122's 199-536 = news_heldout120's 219-556 = news_heldout118's 241-578 =
news_heldout116's 265-602 = news_heldout114's 289-626 = news_heldout112's 309-646 = news_heldout110's 330-667), all in
the pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 5-7 (6, 175 and 157 rows) — with the same ``url``,
``url_sha1``, ``text_sha1``, doc number and date as the rebuilt index and the rebuilt files, section politique, ``hits
== 0``, ``int(url_sha1, 16) % 3 == 0``, ``url_sha1`` the sha1 of the URL (``verify140.py``, which printed counts only,
no headline and no URL), none dropped by rule 2, dates 2016-03-30 to 2020-09-22, the first docs 16790, 14366, 26154,
25844, 24694. The duplicate check's cache of the gold texts' sentences was built at set-up, before T0, at the
worktree's head 45538fac (counts only: 3,279 local texts named by the committed quote gold, 2,095 of them present,
news_heldout138-139's among them), and the span check and the duplicate check were tried on one text of news_heldout138
(development data since session 63's second blind run; ``tooltest140.py``), the span check with spans rebuilt from its
gold (offsets, flags and KB ids printed, all 7 located at the gold's offsets with the gold's KB ids), the duplicate
check finding that text's 17 long sentences in the committed gold. Before T0, to calibrate the span conventions, four
other texts of news_heldout138 were displayed with their gold spans by a local script (``calib140.py``). No candidate
is opened before T0.

Reading (after the rule's commit 4871753b at 00:48:45 UTC = T0, so no article begun after 01:48:45: the first candidate
was opened at 00:48:47 UTC by the machine's clock, the last one, position 24, at 00:54:28, and the 20th keep was counted
right after its record's commit at 00:54:58): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show140.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already opened, an opening while the last opened one was not recorded, a 21st keep, a row whose status
was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that added this
script, read from git — or after T0 + 60 minutes; it logged each opening in ``show140.log`` and wrote the article's
``#date`` line, the index's date, into the spans file before its spans), and annotated whole, the running list kept in
``count140.txt`` and counted by its own command (``count140.sh``, on the status field) after each article; after each
kept article, before its status was written, its spans were located in the text by ``convert_news.locate_span``
(``check140.py``, which also printed the KB ids each speaker name resolves to and flagged edge spaces, cut words, a line
break, an overlap with another span of the article, a prefix found more than once, a start in the headline or, for a
direct quote, no quotation mark beside it or one inside: every span located, no edge space, cut word, line break,
overlap or headline start — three repeated prefixes taken at the intended occurrences (a lede phrase repeated in the
body and a lede quotation repeated later, taken in order, and an intertitle quotation repeated at the start of a longer
one, taken with ``[2]``), three « no mark beside » for quotations whose marks are unbalanced on the page (an opening or
a closing mark missing), read by their evident extent, as intended; two speaker names were rewritten before their
record — one to the KB's spelling of a weekly, one to keep a body's name the same across an article — and one indirect
span's end moved before a dash) and rule 3's duplicate check (``dup140.py``) was run, both local checks that run no
system code (no name needed ``!nokb``); then ``record140.py`` wrote its status into ``KEPT`` / ``READ_SKIPS``, ran this
script and ``convert_news.py --split news_heldout140 --write``, wrote the status into the running list and committed
the record, the manifest and the gold rows (one commit per article, « news_heldout140: position N (doc D) read, kept »
or « …, skipped (reason) », commits da37a8e5 to 3b1091ec) before the next candidate was opened. 24 read (positions 1-24
= news_heldout138's 22-45, docs 16790-21551), 4 of them skipped on reading, each holding fewer than 2 quotes — doc
25844 (position 4), a short infographic teaser page without any quote, doc 24694 (position 5) and doc 26240 (position
19), short live-page teasers without any quote, and doc 22094 (position 18), a short video page without any quote
outside its headline —, so 20 kept (``KEPT``, ``LAST_READ = 24``), reading ending at the 20th keep (doc 21551, well
before T0 + 60 minutes); no candidate after it was opened (the display helper was not called again). No row became a
rule-2 drop during the reading. The other 314 candidates (positions 25-338) are « not reached ». The duplicate check
found no read page sharing a sentence of 60+ characters with another keep of this split or with a text of the committed
gold present on this machine; the texts of news_dev, news_heldout and news_heldout2-36 are not on this machine and could
not be compared (``tools/local_texts.py status``: the splits built from session 32 on are present, the older ones not).
Other builders' worktrees and scratch files (news_heldout141's among them) were never opened or searched; the names of
the worktrees were seen at set-up in one ``git worktree list`` (only ``/work/main`` was listed then);
``/work/extra_quotes`` was counted (its file names not listed; a filter for names not ending in ``.txt`` printed none),
its ``_annot`` folder tested by name and absent on this machine; the rule-2 check and the duplicate check read
``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed gold's file names; this split's scratch
files live in ``/tmp/s64/scratch/blind140q``, the only folder written besides the worktree and ``/work/extra_quotes``.
204 quotes (99 direct / 105 indirect, 19 without speaker), 3 to 29 per article (``convert_news.py --split
news_heldout140``), dated from the first per-article commit on. No system ran on these texts.
Departures from news_heldout138's procedure: the display helper wrote each article's ``#date`` line into the spans file
before its spans, so the gold rows committed with each article were dated from the start and the commit of this record
changes no gold row (news_heldout138's builder filled the dates in after the reading); the tool test used the 7 spans of
one news_heldout138 text and the calibration four other news_heldout138 texts, news_heldout138 being this split's
predecessor and development data since session 63's second blind run (news_heldout138's builder: news_heldout128
texts); the span check printed, besides offsets, flags and KB ids, each span's first and last 35 characters and the
display helper each paragraph's offset, for the builder's own eyes (scratch output, nothing of it in the repository),
and the duplicate check the split name of the committed text sharing the most sentences (none shared any), as
news_heldout136's builder did; at set-up, looking at the manifest format, the first row of news_heldout138's manifest
(a row it kept, development data, not a candidate of this split) was printed whole with its URL; the skips are four
pages with fewer than 2 quotes (news_heldout138 had one).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout140"
TAG = "140"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources138.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25844: "fewer than 2 quotes (a short infographic teaser page without any quote)",
    24694: "fewer than 2 quotes (a short live-page teaser without any quote)",
    22094: "fewer than 2 quotes (a short video page without any quote outside its headline)",
    26240: "fewer than 2 quotes (a short live-page teaser without any quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    16790, 14366, 26154, 27194, 14000, 3710, 21917, 18732, 14102, 10060, 23864, 33472, 20401, 16789, 17674, 20194,
    21789, 17413, 3636, 21551,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 24  # doc 21551, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout138's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "138",
        (
            "rank136", "rank134", "rank132", "rank130", "rank128", "rank126", "rank124", "rank122", "rank120",
            "rank118", "rank116", "rank114", "rank112", "rank110", "rank108", "rank106", "rank104", "rank102",
            "rank100", "rank99", "rank97", "rank95", "rank93", "rank91", "rank89", "rank87", "rank85", "rank83",
            "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65", "rank63",
            "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout138's manifest")


if __name__ == "__main__":
    main()
