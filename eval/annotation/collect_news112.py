"""Choose and store the news texts of the blind quote split ``news_heldout112`` (branch blind112q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-111 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout110's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's and 108's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG
``"112"`` names ``_ids112.tsv``, ``_manifest112.jsonl``, ``news_quotes_sources112.jsonl`` and the scratch files
``_annot/count112.txt`` / ``_annot/spans112.txt``. There are no queries: the rule below was written and committed
before any candidate's body text or headline was read (only the manifests' counts and the dry run's doc numbers had
been seen; of news_heldout110's committed manifest, whose rows carry each page's URL, only its first two rows — its
positions 1 and 2, kept by it, not candidates here — had been displayed while its format was read, and the rows of its
gold shown were of its own kept pages). T0 = the time of the commit that adds this rule (its commit timestamp, recorded
below once known); no candidate is opened before it. The other half of the pool (news_heldout111's unread rows,
``url_sha1`` beginning with 8-f) belongs to news_heldout113, built at the same time by another builder; no row of it is
opened here, and other builders' scratch files under ``/work/extra_quotes/_annot`` are not looked at (only this split's
own files and news_heldout110's four helpers, running list, opening log and spans file are opened, by name; the folder
was listed once at set-up, through a filter that displayed only the names containing « 110 », news_heldout110's own).
This machine's scratch files of builders before session 59 are gone; news_heldout110's helpers
(``_annot/show110.py``, ``_annot/check110.py``, ``_annot/dup110.py``, ``_annot/record110.py``, news_heldout108's,
re-created by it from the repository's record, copied unedited to tag 110) are present and were copied unedited at
set-up, before T0, to this split's own (``_annot/show112.py``, ``_annot/check112.py``, ``_annot/dup112.py``,
``_annot/record112.py``: the tag 110 changed to 112 and their docstrings' first line saying where they come from,
nothing else), and the running list ``_annot/count112.txt``, the opening log ``_annot/show112.log`` and the spans file
``_annot/spans112.txt`` were created empty; news_heldout110's own running list, opening log and spans file were read
for their format only.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources110.jsonl`` (news_heldout110's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   22-667: news_heldout110 read its positions 1-21). Rows news_heldout110 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-111). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count112.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened), and the
   article's record (``KEPT`` / ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate
   is opened; reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60
   minutes after this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept
   articles are needed to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not
   counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids112.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans112.txt``, see ``convert_news.py --split news_heldout112``) and
``_manifest112.jsonl``, copied to ``eval/annotation/news_quotes_sources112.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` /
``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` /
``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` /
``rank61`` = the positions in news_heldout110's / 108's / 106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's /
91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders,
``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date), ``status``
``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news112.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 13:02 UTC by the machine's clock, before any body or headline was read): 646
candidate rows (news_heldout110's positions 22-667 = news_heldout108's 42-688 = news_heldout106's 64-710, less the
one row news_heldout110 dropped by its rule 2, news_heldout108's 73, doc 1016, not a candidate here), all in the pool
``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 3-7 — with the same ``text_sha1``, doc number and date as
the rebuilt index, section politique, ``hits == 0``, checked by a count that printed no headline), none dropped by rule
2, the first docs 28380, 20241, 23231, 10792, 20336. No candidate is opened before T0.

Reading (after the rule's commit e675b63c at 13:02:25 UTC = T0, so no article begun after 14:02:25: the first candidate
was opened at 13:02:27 UTC by the machine's clock, the last one, position 20, at 13:05:53, and the 20th keep was counted
right after its record's commit at 13:06:14): the candidates were read in rule 1's order, one at a time by position (the
display helper ``_annot/show112.py``, news_heldout110's copied, refused a position whose predecessors were not all in
the running list, a doubled position, an opening while the last opened one was not recorded, a 21st keep or a time
before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes), and annotated whole,
the running list kept in ``_annot/count112.txt`` and counted by its own command (on the status field) after each
article; after each article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check112.py``) and rule 3's duplicate check (``_annot/dup112.py``) was run, both
local checks that print offsets or counts only and run no system code; then ``_annot/record112.py`` wrote its status
into the running list and into ``KEPT`` / ``READ_SKIPS``, ran this script and ``convert_news.py --split
news_heldout112 --write`` and committed the record, the manifest and the gold rows (one commit per article, «
news_heldout112: position N (doc D) read, kept ») before the next candidate was opened. 20 read (positions 1-20 =
news_heldout110's 22-41, docs 28380-3784), none skipped on reading, so 20 kept (``KEPT``, ``LAST_READ = 20``), reading
ending at the 20th keep (doc 3784, well before T0 + 60 minutes); no candidate after it was opened and the display helper
was not called again after the 20th keep was counted. No row became a rule-2 drop during the reading. The other 626
candidates (positions 21-646) are « not reached ». The duplicate check found no read page sharing a sentence of 60+
characters with another keep of this split; two kept pages share some with a text of the committed gold present on
this machine, fewer than most of their sentences, so neither is an update by rule 3's check: doc 6001 (a city mayor on
reopening parks during the epidemic) shares 1 of its 10 sentences with one gold text, and doc 3784 (the government
spokeswoman after a banned demonstration, and reactions) shares 6 of its 19 with news_heldout68's page of the same day
(6 of that page's 39: a longer page on the same demonstration; a follow-up count that printed only the split, the
article hash's first characters, the date and the counts). The texts of news_dev, news_heldout and news_heldout2-36 are
not on this machine and could not be compared (``tools/local_texts.py status``: the splits built from session 32 on are
present). Before T0, while news_heldout110's manifest and gold format were read, only rows of its own kept pages were
displayed; no candidate's URL, headline or body was seen before its opening. Other builders' scratch files
(news_heldout113's among them) were never displayed or opened (the folder ``_annot`` was listed once at set-up through
a filter showing only names containing « 110 »; only this split's own files and news_heldout110's four helpers, its
running list, opening log and spans file were opened, by name, and the absence of this split's names was tested by name
before they were written). 156 quotes (70 direct / 86 indirect, 9 without speaker), 2 to 21 per article
(``convert_news.py --split news_heldout112``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout112"
TAG = "112"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources110.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    28380, 20241, 23231, 10792, 20336, 24260, 8712, 20156, 26514, 19606, 22454, 6001, 13737, 12429, 14369, 25563, 21747,
    24161, 8843, 3784,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 20  # doc 3784, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout110's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "110",
        (
            "rank108", "rank106", "rank104", "rank102", "rank100", "rank99", "rank97", "rank95", "rank93", "rank91",
            "rank89", "rank87", "rank85", "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71",
            "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout110's manifest")


if __name__ == "__main__":
    main()
