"""Choose and store the news texts of the blind quote split ``news_heldout124`` (branch blind124q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-123 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout122's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's, 118's and 120's unread rows, ``url_sha1``
beginning with 0-7) where it stopped. Its TAG ``"124"`` names ``_ids124.tsv``, ``_manifest124.jsonl``,
``news_quotes_sources124.jsonl`` and the scratch files ``count124.txt`` / ``spans124.txt``. There are no queries: the
rule below was written and committed before any candidate's body text or headline was read (only news_heldout122's
manifest's keys and status counts, the rank columns of its first unread row, the first character of the unread rows'
``url_sha1`` counted by value and the dry run's doc numbers had been seen, printed by commands that print no URL,
headline or text; no candidate's URL). T0 = the time of the commit that adds this rule (its commit timestamp, recorded
below once known); no candidate is opened before it. The other half of the pool (news_heldout123's unread rows,
``url_sha1`` beginning with 8-f) belongs to news_heldout125, built at the same time by another builder; no row of it is
listed or opened here, and no other builder's worktree or scratch files are looked at. The scratch files earlier
builders kept outside the repository (display helpers, span checks, running lists, ``_annot`` / ``_inNNn`` folders) are
not used: this split's own were re-created at set-up, before T0, from the repository's record of them
(news_heldout122's docstring, ``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder
``/tmp/s62/blind124q-scratch`` outside ``/work/extra_quotes``: ``show124.py`` (display), ``check124.py`` (span check,
which also prints the KB ids each speaker resolves to), ``dup124.py`` (rule 3's duplicate check), ``kb124.py`` (names
to KB ids only), ``record124.py`` (recorder), ``common124.py`` (what they share), and the running list
``count124.txt``, the opening log ``show124.log`` and the spans file ``spans124.txt``, created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources122.jsonl`` (news_heldout122's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   22-536: news_heldout122 read its positions 1-21). Rows news_heldout122 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-123). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count124.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last
   candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids124.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans124.txt``, see ``convert_news.py --split news_heldout124``) and
``_manifest124.jsonl``, copied to ``eval/annotation/news_quotes_sources124.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank122`` / ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` /
``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` /
``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` /
``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions
in news_heldout122's / 120's / 118's / 116's / 114's / 112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's /
97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's /
63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor
date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news124.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 19:15 UTC by the machine's clock, before any body or headline was read): 515
candidate rows (news_heldout122's positions 22-536 = news_heldout120's 42-556 = news_heldout118's 64-578 =
news_heldout116's 88-602 = news_heldout114's 112-626 = news_heldout112's 132-646 = news_heldout110's 153-667), all in
the pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 4-7 — with the same ``url``, ``url_sha1``,
``text_sha1``, doc number and date as the rebuilt index, section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 ==
0``, checked by a count that printed no headline and no URL), none dropped by rule 2, the first docs 26170, 26721,
24092, 24411, 10696.
No candidate is opened before T0.

Reading (after the rule's commit 4482fce2 at 19:15:38 UTC = T0, so no article begun after 20:15:38: the first candidate
was opened at 19:15:39 UTC by the machine's clock, the last one, position 22, at 19:19:58, and the 20th keep was counted
right after its record's commit at 19:20:13): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show124.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a doubled position, an opening while the last opened one was not recorded, a 21st keep or a time before T0 — the
commit timestamp of the commit that added this script — or after T0 + 60 minutes), and annotated whole, the running
list kept in ``count124.txt`` and counted by its own command (on the status field) after each article; after each kept
article, before its status was written, its spans were located in the text by ``convert_news.locate_span``
(``check124.py``, which also printed the KB ids each speaker name resolves to and flags for overlapping spans or a
direct span not framed by marks) and rule 3's duplicate check (``dup124.py``) was run, both local checks that print
offsets, flags, KB ids or counts only and run no system code (no name needed ``!nokb``); the duplicate check was run on
the skipped pages too; then ``record124.py`` wrote its status into the running list and into ``KEPT`` /
``READ_SKIPS``, ran this script and (for a keep) ``convert_news.py --split news_heldout124 --write`` and committed the
record, the manifest and the gold rows (one commit per article, « news_heldout124: position N (doc D) read, kept » or «
…, skipped (reason) ») before the next candidate was opened. 22 read (positions 1-22 = news_heldout122's 22-43, docs
26170-23017), 2 of them skipped on reading with fewer than 2 quotes — doc 25136 (position 9), a prime minister's
appointment day whose one quote is a weekly's description of the setting, and doc 28424 (position 15), a two-line brief
with no quote —, so 20 kept (``KEPT``, ``LAST_READ = 22``), reading ending at the 20th keep (doc 23017, well before
T0 + 60 minutes); no candidate after it was opened and the display helper was not called again after the 20th keep was
counted. No row became a rule-2 drop during the reading. The other 493 candidates (positions 23-515) are « not
reached ». The duplicate check found one read page (doc 23424, position 19) sharing 4 of its 17 sentences of 60+
characters with this split's keep doc 23725 (position 8; the same speaker's earlier tribute and the presidency's answer,
retold in its last two paragraphs), fewer than most, so no update by the rule: kept, the shared paragraphs annotated as
in doc 23725; no other read page shared a sentence with another keep of this split or with a text of the committed gold
present on this machine (1,775 of the committed gold's 2,959 local texts); the texts of news_dev, news_heldout and
news_heldout2-36 are not on this machine and could not be compared (``tools/local_texts.py status``: the splits built
from session 32 on are present, the older ones not). Before T0 no candidate's URL, headline or body was seen; the rows
of news_heldout122's manifest displayed were its keys and status counts, the rank columns of its first unread row and
the first character of the unread rows' ``url_sha1`` counted by value. Other builders' worktrees and scratch files
(news_heldout125's among them) were never listed, opened or searched; ``git worktree list`` at set-up showed only
``/work/main``, and the names of the session's brief files were seen once in a listing of the brief's folder
(``/work/extra_quotes`` was only counted, its ``_annot`` folder tested by name and absent on this machine; the rule-2
check and the duplicate check read ``/work/extra_quotes`` only through ``collect_os.dev_hashes`` and the committed
gold's file names; this split's scratch files live in ``/tmp/s62/blind124q-scratch``, the only folder written besides
the worktree and ``/work/extra_quotes``).
147 quotes (80 direct / 67 indirect, 5 without speaker), 3 to 15 per article (``convert_news.py --split
news_heldout124``). No system ran on these texts.
Departures from news_heldout122's procedure: the scratch files were re-created (not copied: news_heldout122's are not
used, as the brief says) in the builder's own scratch folder; at set-up, before T0, the span check and the duplicate
check were each tried once on position 1's doc number to see that they ran (the span check with an empty spans file,
printing « 0 quotes »; the duplicate check printing its count of long sentences and « no shared sentence »), as
news_heldout122's builder did: both read that text inside the script and printed no text, headline or URL (the
display helper, called once at set-up, refused before T0 without reading any row); the spans file's ``#date`` line of
each article was written before its spans, so the per-article commits' gold rows carry their dates (news_heldout122's
reading-record rewrite of the dates was not needed); the duplicate check compares with the texts named by the
committed gold at the worktree's head (this split's rows aside), so texts another builder adds to
``/work/extra_quotes`` meanwhile are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout124"
TAG = "124"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources122.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25136: "fewer than 2 quotes",
    28424: "fewer than 2 quotes",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    26170, 26721, 24092, 24411, 10696, 5734, 21904, 23725, 35071, 24176, 20771, 26211, 14879, 28208, 26885, 21327,
    23424, 20526, 34519, 23017,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 22  # doc 23017, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout122's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "122",
        (
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
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout122's manifest")


if __name__ == "__main__":
    main()
