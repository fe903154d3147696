"""Choose and store the news texts of the blind quote split ``news_heldout106`` (branch blind106q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-105 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout104's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's and 102's unread rows, ``url_sha1`` beginning with 0-7) where it stopped. Its TAG ``"106"`` names
``_ids106.tsv``, ``_manifest106.jsonl``, ``news_quotes_sources106.jsonl`` and the scratch files ``_annot/count106.txt``
/ ``_annot/spans106.txt``. There are no queries: the rule below was written and committed before any candidate's body
text was read (only the manifests' counts and the dry run's doc numbers had been seen). T0 = the time of the commit
that adds this rule (its commit timestamp, recorded below once known); no candidate is opened before it. The other half
of the pool (news_heldout105's unread rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout107, built at the
same time by another builder; no row of it is opened here, and other builders' scratch files under
``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only this split's own files and
news_heldout104's finished spans file, running list, display helper, span check and duplicate check, for their format,
are opened by name).

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources104.jsonl`` (news_heldout104's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   24-733: news_heldout104 read its positions 1-23). Rows news_heldout104 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-105). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes``; a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count106.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids106.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans106.txt``, see ``convert_news.py --split news_heldout106``) and
``_manifest106.jsonl``, copied to ``eval/annotation/news_quotes_sources106.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank104`` / ``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91``
/ ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` /
``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout104's /
102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's
/ 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication
date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not
reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news106.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 09:57 UTC by the machine's clock, before any body was read): 710 candidate rows
(news_heldout104's positions 24-733 = news_heldout102's 46-755, all in the pool ``quotes_os``'s 0-7 half — ``url_sha1``
beginning with 3-7 — with the same ``text_sha1``, doc number and date as the rebuilt index, section politique, ``hits
== 0``), none dropped by rule 2, the first docs 19303, 21349, 22766, 35315, 14782. No candidate is opened before T0.

Reading (after the rule's commit a36c68e4 at 09:58:01 UTC = T0, so no article begun after 10:58:01: the first candidate
was opened at 09:58:02 UTC by the machine's clock, the last one, position 22, at 10:02:43, and the 20th keep was counted
at 10:02:52): the candidates were read in rule 1's order, one at a time by position (a local display helper,
``_annot/show106.py``, news_heldout104's helper with this split's names, refused a position whose predecessors were not
all in the running list, a doubled position, a 21st keep or a time before T0 — the commit timestamp of the commit that
added this script — or after T0 + 60 minutes), and annotated whole, the running list kept in ``_annot/count106.txt``
and counted by its own command (on the status field) after each article; after each article, before its status was
written, its spans were located in the text by ``convert_news.locate_span`` (``_annot/check106.py``) and rule 3's
duplicate check (``_annot/dup106.py``) was run, both local checks that print offsets or counts only and run no system
code: no read text shares a sentence of 60+ characters with this split's other keeps or with the texts of the committed
quote gold present under ``/work/extra_quotes``. 22 read (positions 1-22 = news_heldout104's 24-45, docs 19303-13658),
2 of them skipped on reading (``READ_SKIPS``), each with no quote — doc 16635 (position 7), a two-line live-coverage
teaser page of a press conference whose only cue is a bare topic (news_heldout56, 61, 81's teaser pages); doc 25526
(position 16), a two-paragraph teaser on off-microphone remarks in a televised debate that quotes none of them —, so
20 kept (``KEPT``, ``LAST_READ = 22``), reading ending at the 20th keep (doc 13658, well before T0 + 60 minutes); no
candidate after it was opened and the display helper was not called again after the 20th keep was counted. The other
688 candidates (positions 23-710) are « not reached »; none was dropped by rule 2 at the final run. Two kept pages tell
stories of which an earlier split kept another page, neither sharing a sentence of 60+ characters with it, so neither is
an update by rule 3's check: doc 17843 (a former president's video offering to meet lycée pupils on Europe, dated four
days before news_heldout69's doc 17746 on the tour itself) and doc 15711 (the prosecution's requisitions at the second
hearing of a mayor's trial; news_heldout94's docstring names requisitions at a tax-fraud trial). Other builders'
scratch files (news_heldout107's among them) were never listed, displayed or opened (the folder ``_annot`` was not
listed; only this split's own files and news_heldout104's finished ``spans104.txt`` (its first 40 lines cut to 200
characters), ``count104.txt``, ``show104.py``, ``check104.py`` and ``dup104.py`` were opened, by name, at set-up before
T0 to see their format; the existence of this split's own file names was tested by name before they were written). 196
quotes (100 direct / 96 indirect, 15 without speaker), 2 to 21 per article (``convert_news.py --split
news_heldout106``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout106"
TAG = "106"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources104.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    16635: "fewer than 2 quotes (a two-line live-coverage teaser page of a press conference, its only cue a bare "
    "topic; no quote)",
    25526: "fewer than 2 quotes (a two-paragraph teaser on off-microphone remarks in a televised debate that quotes "
    "none of them; no quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    19303, 21349, 22766, 35315, 14782, 5515, 15185, 21116, 17843, 12424, 2192, 28127, 26634, 16662, 25459, 15711,
    24276, 5731, 20478, 13658,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 22  # doc 13658, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout104's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "104",
        (
            "rank102", "rank100", "rank99", "rank97", "rank95", "rank93", "rank91", "rank89", "rank87", "rank85",
            "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65",
            "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout104's manifest")


if __name__ == "__main__":
    main()
