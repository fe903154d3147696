"""Choose and store the news texts of the blind quote split ``news_heldout101`` (branch blind101q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-99 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout98's reading order (its half:
news_heldout62's, 64's, 66's, 68's, 70's, 72's, 74's, 76's, 78's, 80's, 82's, 84's, 86's, 88's, 90's, 92's, 94's and
96's unread rows, ``url_sha1`` beginning with 8-f) where it stopped. There are no queries: the rule below was written
and committed before any candidate's body text was read (only the manifests' counts and the dry run's doc numbers had
been seen). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. Another quotes builder (news_heldout100) works at the same time on the other half of
the pool (``url_sha1`` beginning with 0-7); no row of it is opened here, and other builders' scratch files under
``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only this split's own files and
news_heldout98's finished spans file, running list, display helper, span check and duplicate check, for their format,
are opened by name).

This is the first quote split numbered above 99: its tag ``101`` names ``_ids101.tsv``, ``_manifest101.jsonl``,
``news_quotes_sources101.jsonl`` and the scratch files ``_annot/count101.txt`` / ``_annot/spans101.txt``.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources98.jsonl`` (news_heldout98's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   21-911: news_heldout98 read its positions 1-20). Rows news_heldout98 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-99). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes``; a page sharing most of them is such an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count101.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids101.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans101.txt``, see ``convert_news.py --split news_heldout101``) and
``_manifest101.jsonl``, copied to ``eval/annotation/news_quotes_sources101.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank98`` / ``rank96`` / ``rank94`` / ``rank92`` / ``rank90`` / ``rank88`` / ``rank86`` / ``rank84`` /
``rank82`` / ``rank80`` / ``rank78`` / ``rank76`` / ``rank74`` / ``rank72`` / ``rank70`` / ``rank68`` = the positions
in news_heldout98's / 96's / 94's / 92's / 90's / 88's / 86's / 84's / 82's / 80's / 78's / 76's / 74's / 72's / 70's /
68's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news101.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 06:35 UTC by the machine's clock, before any body was read): 891 candidate rows
(news_heldout98's positions 21-911, all in the pool ``quotes_os``'s 8-f half with the same ``text_sha1`` as the
rebuilt index, section politique, ``hits == 0``), none dropped by rule 2, the first docs 23078, 5133, 23912, 15979,
22565. No candidate is opened before T0.

Reading (after the rule's commit ddf27f08 at 06:35:58 UTC = T0, so no article begun after 07:35:58: the first candidate
was opened at 06:36:00 UTC by the machine's clock, the last one, position 20, at 06:41:05, and the 20th keep was counted
at 06:41:20): the candidates were read in rule 1's order, one at a time by position (a local display helper,
``_annot/show101.py``, refused a position whose predecessors were not all in the running list, a doubled position, a
21st keep or a time before T0 or after T0 + 60 minutes), and annotated whole, the running list kept in
``_annot/count101.txt`` and counted by its own command (on the status field) after each article; after each article,
before its status was written, its spans were located in the text by ``convert_news.locate_span``
(``_annot/check101.py``) and rule 3's duplicate check (``_annot/dup101.py``) was run, both local checks that print
offsets or counts only and run no system code: one read text (doc 21265, position 12) shares 2 of its 16 sentences of
60+ characters with one text of the committed quote gold (not most of them, so no update: kept), no other read text
shares any with this split's other keeps or with the texts of the committed quote gold present under
``/work/extra_quotes``. 20 read (positions 1-20 = news_heldout98's 21-40, docs 23078-21567), none skipped on reading
(``READ_SKIPS`` empty; the fewest quotes in one article: 2), so 20 kept (``KEPT``, ``LAST_READ = 20``), reading ending
at the 20th keep (doc 21567, well before T0 + 60 minutes); no candidate after it was opened. The other 871 candidates
(positions 21-891) are « not reached »; none was dropped by rule 2 at the final run. Other builders' scratch files
(news_heldout100's among them) were never listed, displayed or opened (the folder ``_annot`` was not listed; only this
split's own files and news_heldout98's finished ``spans98.txt`` (its beginning), ``count98.txt``, ``show98.py``,
``check98.py`` and ``dup98.py`` were opened, by name, at set-up before T0 to see their format). 180 quotes (84 direct
/ 96 indirect, 3 without speaker), 2 to 28 per article (``convert_news.py --split news_heldout101``). No system ran on
these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout101"
TAG = "101"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources98.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    23078, 5133, 23912, 15979, 22565, 22437, 25611, 2056, 28406, 21347, 28046, 21265, 12847, 25280, 23272, 27075,
    20639, 32587, 11342, 21567,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 20  # doc 21567, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout98's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "98",
        (
            "rank96", "rank94", "rank92", "rank90", "rank88", "rank86", "rank84", "rank82", "rank80", "rank78",
            "rank76", "rank74", "rank72", "rank70", "rank68",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout98's manifest")


if __name__ == "__main__":
    main()
