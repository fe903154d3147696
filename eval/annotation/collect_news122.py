"""Choose and store the news texts of the blind quote split ``news_heldout122`` (branch blind122q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-121 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout120's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's, 114's, 116's and 118's unread rows, ``url_sha1`` beginning
with 0-7) where it stopped. Its TAG ``"122"`` names ``_ids122.tsv``, ``_manifest122.jsonl``,
``news_quotes_sources122.jsonl`` and the scratch files ``count122.txt`` / ``spans122.txt``. There are no queries: the
rule below was written and committed before any candidate's body text or headline was read (only the manifests'
counts, the rank columns of news_heldout120's first unread row, the first character of the unread rows' ``url_sha1``
counted by value and the dry run's doc numbers had been seen, no candidate's URL). T0 = the time of the commit that
adds this rule (its commit timestamp, recorded below once known); no candidate is opened before it. The other half of
the pool (news_heldout121's unread rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout123, built at the same
time by another builder; no row of it is opened here, and no other builder's worktree or scratch files are looked at.
This machine is new: the scratch files earlier builders kept outside the repository (news_heldout120's display helper,
span check, duplicate check, knowledge-base look-up, recorder, running list, opening log and spans file) are gone, so
this split's own were re-created at set-up, before T0, from the repository's record of them (news_heldout120's
docstring, ``collect_os.py``, ``convert_news.py``), in this builder's own scratch folder
``/tmp/s61/blind122q-scratch`` outside ``/work/extra_quotes`` (the brief's scratch place): ``show122.py`` (display),
``check122.py`` (span check, which also prints the KB ids each speaker resolves to), ``dup122.py`` (rule 3's
duplicate check), ``kb122.py`` (names to KB ids only), ``record122.py`` (recorder), ``common122.py`` (what they
share), and the running list ``count122.txt``, the opening log ``show122.log`` and the spans file ``spans122.txt``,
created empty.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources120.jsonl`` (news_heldout120's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   21-556: news_heldout120 read its positions 1-20). Rows news_heldout120 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-121). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``count122.txt``, one line per article read with its status, counted by its own command, never in the same command
   as the display of the next candidate, before that candidate is opened), and the article's record (``KEPT`` /
   ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate is opened; reading stops at
   ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after this rule's
   commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed to commit
   the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the last
   candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids122.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``spans122.txt``, see ``convert_news.py --split news_heldout122``) and
``_manifest122.jsonl``, copied to ``eval/annotation/news_quotes_sources122.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank120`` / ``rank118`` / ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` / ``rank108`` /
``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91``
/ ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` /
``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout120's /
118's / 116's / 114's / 112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's /
89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders,
``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status``
``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news122.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 18:01 UTC by the machine's clock, before any body or headline was read): 536
candidate rows (news_heldout120's positions 21-556 = news_heldout118's 43-578 = news_heldout116's 67-602 =
news_heldout114's 91-626 = news_heldout112's 111-646 = news_heldout110's 132-667), all in the pool ``quotes_os``'s 0-7
half — ``url_sha1`` beginning with 4-7 — with the same ``url``, ``url_sha1``, ``text_sha1``, doc number and date as the
rebuilt index, section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, checked by a count that printed no
headline and no URL), none dropped by rule 2, the first docs 24600, 25893, 24467, 16564, 23051.
No candidate is opened before T0.

Reading (after the rule's commit 9249d0bd at 18:02:40 UTC = T0, so no article begun after 19:02:40: the first candidate
was opened at 18:02:42 UTC by the machine's clock, the last one, position 21, at 18:08:20, and the 20th keep was counted
right after its record's commit at 18:08:32): the candidates were read in rule 1's order, one at a time by position (the
display helper ``show122.py``, re-created at set-up, refused a position whose predecessors were not all in the running
list, a doubled position, an opening while the last opened one was not recorded, a 21st keep or a time before T0 — the
commit timestamp of the commit that added this script — or after T0 + 60 minutes), and annotated whole, the running
list kept in ``count122.txt`` and counted by its own command (on the status field) after each article; after each kept
article, before its status was written, its spans were located in the text by ``convert_news.locate_span``
(``check122.py``, which also printed the KB ids each speaker name resolves to and flags for overlapping spans or a
direct span not framed by marks) and rule 3's duplicate check (``dup122.py``) was run, both local checks that print
offsets, flags, KB ids or counts only and run no system code (no name needed ``!nokb``); then ``record122.py`` wrote
its status into the running list and into ``KEPT`` / ``READ_SKIPS``, ran this script and ``convert_news.py --split
news_heldout122 --write`` and committed the record, the manifest and the gold rows (one commit per article, «
news_heldout122: position N (doc D) read, kept » or « …, skipped (reason) ») before the next candidate was opened. 21
read (positions 1-21 = news_heldout120's 21-41, docs 24600-28189), 1 of them skipped on reading with fewer than 2
quotes — doc 25857 (position 16), a short preview of a meeting whose one quoted word is a qualification —, so 20 kept
(``KEPT``, ``LAST_READ = 21``), reading ending at the 20th keep (doc 28189, well before T0 + 60 minutes); no candidate
after it was opened and the display helper was not called again after the 20th keep was counted. No row became a
rule-2 drop during the reading. The other 515 candidates (positions 22-536) are « not reached ». The duplicate check
found no read page sharing a sentence of 60+ characters with another keep of this split or with a text of the committed
gold present on this machine (1,735 texts at the first check); the texts of news_dev, news_heldout and
news_heldout2-36 are not on this machine and could not be compared (``tools/local_texts.py status``: the splits built
from session 32 on are present, the older ones not). Before T0 no candidate's URL, headline or body was seen; the rows
of news_heldout120's manifest displayed were its counts, the rank columns of its first unread row and the first
character of the unread rows' ``url_sha1`` counted by value. Other builders' worktrees and scratch files
(news_heldout123's among them) were never opened or searched: their names only were seen once, at set-up, in a listing
of the session's folder ``/tmp/s61`` (where earlier builders' scratch folders turned out to be present, contrary to the
brief, and were left unopened) and in ``git worktree list`` (``/work/extra_quotes`` was only counted, its ``_annot``
folder tested by name and absent on this machine; this split's scratch files live in ``/tmp/s61/blind122q-scratch``,
the only folder written besides the worktree and ``/work/extra_quotes``).
190 quotes (84 direct / 106 indirect, 12 without speaker), 2 to 26 per article (``convert_news.py --split
news_heldout122``). No system ran on these texts.
Departures from news_heldout120's procedure: the scratch files were re-created (not copied: news_heldout120's are not on
this machine) in the builder's own scratch folder; at set-up, before T0, the span check and the duplicate check were
each tried once on position 1's doc number to see that they ran (the span check with an empty spans file, printing
« 0 quotes »; the duplicate check printing its count of long sentences and « no shared sentence »): both read that
text inside the script and printed no text, headline or URL; the spans file's ``#date`` lines were first appended
after each article's spans, so ``convert_news.py`` (which reads a date only for the spans after its line) wrote the
per-article commits' gold rows with ``date`` null: the reading-record commit moved the 20 ``#date`` lines to the top of
the spans file and rewrote the split's rows, which changed only their ``date`` (offsets, checks and speakers
identical).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout122"
TAG = "122"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources120.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    25857: "fewer than 2 quotes",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    24600, 25893, 24467, 16564, 23051, 25785, 26600, 21520, 18614, 20304, 28017, 7350, 25859, 9318, 35021, 10258,
    1638, 16526, 27024, 28189,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 21  # doc 28189, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout120's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "120",
        (
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
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout120's manifest")


if __name__ == "__main__":
    main()
