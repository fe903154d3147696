"""Choose and store the news texts of the blind quote split ``news_heldout138`` (branch blind138q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-137 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout136's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's, 120's, 122's, 124's, 126's, 128's,
130's, 132's and 134's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"138"`` names
``_ids138.tsv``, ``_manifest138.jsonl``, ``news_quotes_sources138.jsonl`` and the scratch files ``count138.txt`` /
``spans138.txt``. There are no queries: the rule below was written and committed before any candidate's body text or
headline was read (news_heldout136's manifest's keys and status counts, the ranks and doc numbers of its first and last
unread rows, their earlier ranks, the first character of the unread rows' ``url_sha1`` counted by value and the dry
run's doc numbers were printed by commands that print no URL, headline or text; no candidate's URL, headline or text
was printed at set-up). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once
known); no candidate is opened before it. The other half of the pool (news_heldout137's unread rows, ``url_sha1``
beginning with 8-f) belongs to news_heldout139, built at the same time by another builder; no row of it is listed or
opened here, and no other builder's worktree or scratch files are looked at. The scratch files earlier builders kept
outside the repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are not used:
this split's own were re-created at set-up, before T0, from the repository's record of them (``collect_news136.py``'s
docstring, ``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder
``/tmp/s63/blind138q-scratch`` outside ``/work/extra_quotes``: ``show138.py`` (display), ``check138.py`` (span check,
which also prints the KB ids each speaker resolves to), ``dup138.py`` (rule 3's duplicate check), ``kb138.py`` (names
to KB ids only), ``record138.py`` (recorder), ``count138.sh`` (the running list's count), ``common138.py`` (what they
share), ``verify138.py`` (the dry run's comparison with the rebuilt index, counts only), and the running list
``count138.txt``, the opening log ``show138.log`` and the spans file ``spans138.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources136.jsonl`` (news_heldout136's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   24-382: news_heldout136 read its positions 1-23). Rows news_heldout136 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-137). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count138.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split; everything is committed by T0 + 75 minutes. ``LAST_READ`` is the position (1-based, in rule 1's order,
   rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids138.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans138.txt``, see ``convert_news.py --split news_heldout138``) and
``_manifest138.jsonl``, copied to ``eval/annotation/news_quotes_sources138.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank136`` / ``rank134`` / ``rank132`` / ``rank130`` / ``rank128`` / ``rank126`` / ``rank124`` /
``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` / ``rank108`` /
``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` /
``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` /
``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout136's /
134's / 132's / 130's / 128's / 126's / 124's / 122's / 120's / 118's / 116's / 114's / 112's / 110's / 108's / 106's /
104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's
/ 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's
publication date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet),
``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news138.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script: (``--dry``, 23:20 UTC by the machine's clock, before any body or headline was read): 359
candidate rows (news_heldout136's positions 24-382 = news_heldout134's 48-406 = news_heldout132's 72-430 =
news_heldout130's 94-452 = news_heldout128's 114-472 = news_heldout126's 135-493 = news_heldout124's 157-515 =
news_heldout122's 178-536 = news_heldout120's 198-556 = news_heldout118's 220-578 = news_heldout116's 244-602 =
news_heldout114's 268-626 = news_heldout112's 288-646 = news_heldout110's 309-667), all in the pool ``quotes_os``'s
0-7 half — ``url_sha1`` beginning with 5-7 (27, 175 and 157 rows) — with the same ``url``, ``url_sha1``,
``text_sha1``, doc number and date as the rebuilt index and the rebuilt files, section politique, ``hits == 0``,
``int(url_sha1, 16) % 3 == 0``, ``url_sha1`` the sha1 of the URL (``verify138.py``, which printed counts only, no
headline and no URL), none dropped by rule 2, the first docs 20012, 19916, 28272, 16793, 19042. The duplicate check's
cache of the gold texts' sentences was built at set-up, before T0, at the worktree's head 253a4fb4 (counts only: 3,239
local texts named by the committed quote gold, 2,055 of them present, news_heldout128-137's among them), and the span
check and the duplicate check were tried on one text of news_heldout128 (development data since session 62's second
blind run; ``tooltest138.py``), the span check with spans rebuilt from its gold (offsets, flags and KB ids printed, all
4 located at the gold's offsets with the gold's KB ids), the duplicate check finding that text's 15 long sentences in
the committed gold. Before T0, to calibrate the span conventions, two other texts of news_heldout128 were displayed with
their gold spans by a local script (``calib138.py``). No candidate is opened before T0.

Reading (after the rule's commit 7657d42e at 23:21:15 UTC = T0, so no article begun after 00:21:15: the first candidate
was opened at 23:21:16 UTC by the machine's clock, the last one, position 21, at 23:25:24, and the 20th keep was counted
right after its record's commit at 23:25:38): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show138.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a position already opened, an opening while the last opened one was not recorded, a 21st keep, a row whose status
was neither « candidate » nor « not reached », or a time before T0 — the commit timestamp of the commit that added this
script, read from git — or after T0 + 60 minutes; it logged each opening in ``show138.log``), and annotated whole, the
running list kept in ``count138.txt`` and counted by its own command (``count138.sh``, on the status field) after each
article; after each kept article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``check138.py``, which also printed the KB ids each speaker name resolves to and flagged
edge spaces, cut words, a line break, an overlap with another span of the article, a prefix found more than once, a
start in the headline or, for a direct quote, no quotation mark beside it or one inside: every span located, no edge
space, cut word, overlap or headline start — three line breaks, each inside a quotation whose one pair of marks spans a
paragraph break (one quote, news_heldout40), two repeated prefixes taken at the intended occurrences (a headline
quotation repeated in the body, taken with ``[2]``, and a lede phrase repeated later, taken in order), one « no mark
beside » for a quotation whose closing mark is missing at the page's end, as intended; one indirect span that began with
« qu' » was moved after it and checked again before its record) and rule 3's duplicate check (``dup138.py``) was run,
both local checks that run no system code (one speaker needed ``!nokb``); then ``record138.py`` wrote its status into
``KEPT`` / ``READ_SKIPS``, ran this script and ``convert_news.py --split news_heldout138 --write``, wrote the status
into the running list and committed the record, the manifest and the gold rows (one commit per article, «
news_heldout138: position N (doc D) read, kept » or « …, skipped (reason) », commits 7a54bae6 to 66a79b84) before the
next candidate was opened. 21 read (positions 1-21 = news_heldout136's 24-44, docs 20012-22307), 1 of them skipped on
reading, holding fewer than 2 quotes — doc 25541 (position 17), a short page with a single quotation —, so 20 kept
(``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep (doc 22307, well before T0 + 60 minutes); no candidate
after it was opened (the display helper was not called again). No row became a rule-2 drop during the reading. The other
338 candidates (positions 22-359) are « not reached ». The duplicate check found no read page sharing a sentence of 60+
characters with another keep of this split or with a text of the committed gold present on this machine; the texts of
news_dev, news_heldout and news_heldout2-36 are not on this machine and could not be compared (``tools/local_texts.py
status``: the splits built from session 32 on are present, the older ones not). Other builders' worktrees and scratch
files (news_heldout139's among them) were never opened or searched; the names of the worktrees were seen at set-up in
one ``git worktree list`` (only ``/work/main`` was listed then); ``/work/extra_quotes`` was counted (its file names not
listed), its ``_annot`` folder tested by name and absent on this machine; the rule-2 check and the duplicate check read
``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed gold's file names; this split's scratch
files live in ``/tmp/s63/blind138q-scratch``, the only folder written besides the worktree and ``/work/extra_quotes``.
172 quotes (100 direct / 72 indirect, 6 without speaker), 3 to 19 per article (``convert_news.py --split
news_heldout138``). No system ran on these texts.
Departures from news_heldout136's procedure: the recorder appended each kept article's ``#date`` line (the index's date)
to the spans file after the article's spans, and ``convert_news.py`` dates a row only from a ``#date`` line read before
it, so the gold rows committed with each article (commits 7a54bae6 to 66a79b84) had ``date`` null; after the reading the
``#date`` lines were moved to the top of the spans file and ``convert_news.py --split news_heldout138 --write`` run
again in the commit of this record: only the ``date`` field of the 172 rows changed (checked row by row; each equals the
manifest's date); the tool test used 4 spans of one news_heldout128 text (news_heldout136's builder: 13 spans of
another); the display helper was not called after the 20th keep (news_heldout136's builder called it once more by slip,
refused); the skip is one page with fewer than 2 quotes (news_heldout136 had three).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout138"
TAG = "138"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources136.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25541: "fewer than 2 quotes (a short page with a single quotation)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    20012, 19916, 28272, 16793, 19042, 21725, 20882, 26682, 789, 23250, 14670, 14543, 26258, 17553, 7444, 7221, 11341,
    23564, 18645, 22307,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 22307, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout136's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "136",
        (
            "rank134", "rank132", "rank130", "rank128", "rank126", "rank124", "rank122", "rank120", "rank118",
            "rank116", "rank114", "rank112", "rank110", "rank108", "rank106", "rank104", "rank102", "rank100", "rank99",
            "rank97", "rank95", "rank93", "rank91", "rank89", "rank87", "rank85", "rank83", "rank81", "rank79",
            "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout136's manifest")


if __name__ == "__main__":
    main()
