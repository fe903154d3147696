"""Choose and store the news texts of the blind quote split ``news_heldout87`` (branch blind87q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-86 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout85's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's and 83's unread rows, ``url_sha1``
beginning with 0-7) where it stopped. There are no queries: the rule below was written and committed before any
candidate's body text was read (only the manifests' counts and the dry run's doc numbers had been seen). T0 = the time
of the commit that adds this rule (its commit timestamp, recorded below once known); no candidate is opened before it.
Another quotes builder (news_heldout88) works at the same time on the other half of the pool (news_heldout86's unread
rows, ``url_sha1`` beginning with 8-f); no row of it is opened here, and its scratch files under
``/work/extra_quotes/_annot`` are not looked at (that folder is not listed; only this split's own files and
news_heldout85's finished spans file, running list and ids file, for their format, are opened by name).

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources85.jsonl`` (news_heldout85's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   22-954: news_heldout85 read its positions 1-21). Rows news_heldout85 kept or skipped are never opened and are not
   listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-86). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count87.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60 minutes after
   this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept articles are needed
   to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not counted) of the
   last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids87.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans87.txt``, see ``convert_news.py --split news_heldout87``) and
``_manifest87.jsonl``, copied to ``eval/annotation/news_quotes_sources87.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` /
``rank69`` / ``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout85's / 83's / 81's /
79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``,
``date`` (the index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``,
``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news87.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 23:01 UTC by the machine's clock, before any body was read): 933 candidate rows
(news_heldout85's positions 22-954, all in the pool ``quotes_os``'s 0-7 half with the same ``text_sha1`` as the
rebuilt index, section politique, ``hits == 0``), none dropped by rule 2, the first docs 27497, 28344, 26263, 26835,
22332. No candidate is opened before T0.

Reading (after the rule's commit b09304fe at 23:01:45 UTC = T0, so no article begun after 00:01:45: the first candidate
was opened at 23:01:51 UTC by the machine's clock, the 20th keep counted at 23:06:48): the candidates were read in rule
1's order, one at a time by position (a local display helper, ``_annot/show87.py``, refused a position whose
predecessors were not all in the running list, a doubled position, a 21st keep or a time after T0 + 60 minutes), and
annotated whole, the running list kept in ``_annot/count87.txt`` and counted by its own command after each article; 26
read (positions 1-26 = news_heldout85's 22-47, docs 27497-35140), 6 of them skipped on reading (``READ_SKIPS``) — doc
26835 (position 4), a two-paragraph debate preview told in narration; doc 25671 (position 7), a truncated anecdote with
a single quoted remark; doc 5644 (position 16), an AFP version of a story already kept (see below); doc 23269 (position
21), a short walkout item with a single quotation; doc 18797 (position 22), a two-paragraph teaser with a single «
proposer de » clause; doc 25229 (position 25), a live-coverage teaser without any quote —, so 20 kept (``KEPT``,
``LAST_READ = 26``), reading ending at the 20th keep (doc 35140, well before T0 + 60 minutes); no candidate after it
was opened. The other 906 candidates (positions 27-932) are « not reached »; one more, doc 28332 (news_heldout85's
position 842, never opened), turned from candidate to « dropped » by rule 2 between the dry run and the final run,
because a text with its hash appeared under ``/work/extra_quotes`` meanwhile (not this builder's; no read row changed).
Doc 5644 was first counted as a keep (23:04:31), and reading first stopped at position 24 (doc 33310, the 20th keep
then, 23:05:22). A check run before any gold was committed — every kept text's sentences of 60+ characters against the
texts of the committed quote gold under ``/work/extra_quotes`` — found that 20 of doc 5644's 23 such sentences are word
for word in news_heldout86's kept doc 5645 (the same AFP story under the same headline, development data since session
53's second round), and no other shared sentence in the other 19; rule 3 skips « an AFP update of a story already kept
», so doc 5644 was reclassified as skipped (23:06:26; its spans are left out of the gold), which left 19 keeps, and
reading went on in order at position 25 until the 20th keep (doc 35140, checked the same way: no shared sentence). The
count right after the reclassification, a ``grep`` for the word « kept », showed 20 because the reclassified line's note
itself contained that word; the display helper, which counts the status field, showed 19 and opened position 25; the
note was reworded and the later counts used the status field. The other builder's scratch files (news_heldout88's)
were never listed, displayed or opened (the folder ``_annot`` was not listed; only this split's own files and
news_heldout85's finished ``spans85.txt``, ``count85.txt`` and ``_ids85.tsv`` were opened, by name, at set-up before T0
to see their format). 163 quotes (81 direct / 82 indirect, 5 without speaker), 3 to 13 per article
(``convert_news.py --split news_heldout87``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout87"
TAG = "87"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources85.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    26835: "fewer than 2 quotes (a two-paragraph debate preview told in narration; « appeler au calme » a 2-word "
    "request)",
    25671: "fewer than 2 quotes (a truncated anecdote with a single 4-word quoted remark; « critiquer » a bare target)",
    5644: "an AFP version of a story already kept (news_heldout86's doc 5645, development data since session 53: 20 of "
    "this page's 23 sentences of 60+ characters are in it word for word; found by the duplicate check after the first "
    "count of 20 keeps, before any gold was committed)",
    23269: "fewer than 2 quotes (a short walkout item with a single quotation; the walkout's purpose « pour protester "
    "contre des propos » narration with a bare target)",
    18797: "fewer than 2 quotes (a two-paragraph teaser of reactions with a single « proposer de » clause; « doit "
    "préciser » an announcement still to come)",
    25229: "fewer than 2 quotes (a live-coverage teaser of the run-off without any quote; « selon les communes » "
    "meaning depending on, « appelés à s'exprimer » a 2-word passive request)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    27497, 28344, 26263, 22332, 21132, 27619, 26342, 10417, 21731, 4977, 24271, 11442, 33393, 22804, 25803, 23114,
    16396, 11578, 33310, 35140,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 26  # doc 35140, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout85's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "85",
        (
            "rank83", "rank81", "rank79", "rank77", "rank75", "rank73", "rank71", "rank69", "rank67", "rank65",
            "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout85's manifest")


if __name__ == "__main__":
    main()
