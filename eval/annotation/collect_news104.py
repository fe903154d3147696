"""Choose and store the news texts of the blind quote split ``news_heldout104`` (branch blind104q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-103 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout102's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's and 100's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"104"`` names
``_ids104.tsv``, ``_manifest104.jsonl``, ``news_quotes_sources104.jsonl`` and the scratch files ``_annot/count104.txt``
/ ``_annot/spans104.txt``. There are no queries: the rule below was written and committed before any candidate's body
text was read (only the manifests' counts and the dry run's doc numbers had been seen). T0 = the time of the commit
that adds this rule (its commit timestamp, recorded below once known); no candidate is opened before it. The other half
of the pool (news_heldout103's unread rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout105, built at the
same time by another builder; no row of it is opened here, and other builders' scratch files under
``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only this split's own files and
news_heldout102's finished spans file, running list, display helper, span check and duplicate check, for their format,
are opened by name).

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources102.jsonl`` (news_heldout102's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   23-755: news_heldout102 read its positions 1-22). Rows news_heldout102 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-103). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes``; a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count104.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids104.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans104.txt``, see ``convert_news.py --split news_heldout104``) and
``_manifest104.jsonl``, copied to ``eval/annotation/news_quotes_sources104.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89``
/ ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` /
``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout102's / 100's / 99's /
97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's /
63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor
date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news104.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 09:24 UTC by the machine's clock, before any body was read): 733 candidate rows
(news_heldout102's positions 23-755 = news_heldout100's 44-776, all in the pool ``quotes_os``'s 0-7 half — ``url_sha1``
beginning with 3-7 — with the same ``text_sha1`` and date as the rebuilt index, section politique, ``hits == 0``), none
dropped by rule 2, the first docs 31979, 17482, 4904, 12009, 16952. No candidate is opened before T0.

Reading (after the rule's commit 1fd40ed3 at 09:24:47 UTC = T0, so no article begun after 10:24:47: the first candidate
was opened at 09:24:50 UTC by the machine's clock, the last one, position 23, at 09:28:18, and the 20th keep was counted
at 09:28:28): the candidates were read in rule 1's order, one at a time by position (a local display helper,
``_annot/show104.py``, refused a position whose predecessors were not all in the running list, a doubled position, a
21st keep or a time before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes),
and annotated whole, the running list kept in ``_annot/count104.txt`` and counted by its own command (on the status
field) after each article; after each article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check104.py``) and rule 3's duplicate check (``_annot/dup104.py``) was run, both
local checks that print offsets or counts only and run no system code: no read text shares a sentence of 60+ characters
with this split's other keeps or with the texts of the committed quote gold present under ``/work/extra_quotes``. 23
read (positions 1-23 = news_heldout102's 23-45, docs 31979-11113), 3 of them skipped on reading (``READ_SKIPS``) — doc
19548 (position 14), a two-line weekly best-of teaser page whose only quotation stands in the headline (news_heldout56,
61, 81); doc 21932 (position 18), a two-sentence poll brief whose results are told without cue, the institute named
only in the headline (news_heldout86's poll brief without cue); doc 3935 (position 19), a round-up of municipal
run-off alliances told in narration with a single quotation of a campaign director —, so 20 kept (``KEPT``,
``LAST_READ = 23``), reading ending at the 20th keep (doc 11113, well before T0 + 60 minutes). Recorded slip: after the
20th keep had been counted (the count printed 20), the display helper was called once more for position 24 (09:28 UTC);
it refused (« 20 kept already ») before drawing any row or opening any file, so no text of position 24 or later was
printed or read; no candidate after position 23 was opened (news_heldout100's and news_heldout102's slip, repeated). The
other 710 candidates (positions 24-733) are « not reached »; none was dropped by rule 2 at the final run. Other
builders' scratch files (news_heldout105's among them) were never listed, displayed or opened (the folder ``_annot`` was
not listed; only this split's own files and news_heldout102's finished ``spans102.txt`` (its beginning),
``count102.txt``, ``show102.py``, ``check102.py`` and ``dup102.py`` were opened, by name, at set-up before T0 to see
their format; the existence of this split's own file names was tested by name before they were written). One span line
was first written with a needless « [2] » occurrence prefix (the quotation it names occurs once in that case and
spelling); it was removed and the span re-located, at the same offsets, before the article's status was recorded. 158
quotes (86 direct / 72 indirect, 10 without speaker), 4 to 12 per article (``convert_news.py --split news_heldout104``).
No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout104"
TAG = "104"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources102.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    19548: "fewer than 2 quotes (a two-line weekly best-of teaser page, its only quotation in the headline; no quote)",
    21932: "fewer than 2 quotes (a two-sentence poll brief whose results are told without cue, the institute named "
    "only in the headline; no quote)",
    3935: "fewer than 2 quotes (a round-up of municipal run-off alliances told in narration, with a single quotation "
    "of a campaign director)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    31979, 17482, 4904, 12009, 16952, 24635, 24647, 25246, 22159, 21679, 22627, 25644, 20833, 25041, 26432, 18491,
    4156, 22045, 23694, 11113,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 23  # doc 11113, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout102's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "102",
        (
            "rank100", "rank99", "rank97", "rank95", "rank93", "rank91", "rank89", "rank87", "rank85", "rank83",
            "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65", "rank63",
            "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout102's manifest")


if __name__ == "__main__":
    main()
