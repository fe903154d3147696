"""Choose and store the news texts of the blind quote split ``news_heldout118`` (branch blind118q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-117 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout116's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's, 110's, 112's and 114's unread rows, ``url_sha1`` beginning with 0-7)
where it stopped. Its TAG ``"118"`` names ``_ids118.tsv``, ``_manifest118.jsonl``, ``news_quotes_sources118.jsonl``
and the scratch files ``_annot/count118.txt`` / ``_annot/spans118.txt``. There are no queries: the rule below was
written and committed before any candidate's body text or headline was read (only the manifests' counts, the rank
columns of news_heldout116's first unread row, the first character of the unread rows' ``url_sha1`` counted by value
and the dry run's doc numbers had been seen, no candidate's URL; the rows of news_heldout116's spans file shown and the
one text of its gold displayed were of its own kept pages, development data since session 60's blind run, read only
for the format and conventions of its rows and used for no decision about a candidate). T0 = the time of the commit
that adds this rule (its commit timestamp, recorded below once known); no candidate is opened before it. The other
half of the pool (news_heldout117's unread rows, ``url_sha1`` beginning with 8-f) belongs to news_heldout119, built at
the same time by another builder; no row of it is opened here, and other builders' scratch files under
``/work/extra_quotes/_annot`` are not looked at (only this split's own files and news_heldout116's four helpers,
running list, opening log and spans file are opened, by name; the folder was listed at set-up only through a filter
that displayed the names containing « 116 », news_heldout116's own, or « 118 », none of the scratch folder's).
news_heldout116's helpers (``_annot/show116.py``, ``_annot/check116.py``, ``_annot/dup116.py``,
``_annot/record116.py``, news_heldout114's copied by it to tag 116) are present on this machine (this session's) and
were copied at set-up, before T0, to this split's own (``_annot/show118.py``, ``_annot/check118.py``,
``_annot/dup118.py``, ``_annot/record118.py``: the tag 116 changed to 118, the worktree path ``/tmp/s60/blind116q`` to
``/tmp/s60/blind118q`` and their docstrings' first line saying where they come from, nothing else), and the running
list ``_annot/count118.txt``, the opening log ``_annot/show118.log`` and the spans file ``_annot/spans118.txt`` were
created empty; news_heldout116's own running list and opening log were read for their format, its spans file for the
format and the conventions of its rows.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources116.jsonl`` (news_heldout116's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   25-602: news_heldout116 read its positions 1-24). Rows news_heldout116 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-117). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count118.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened), and the
   article's record (``KEPT`` / ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate
   is opened; reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60
   minutes after this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept
   articles are needed to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not
   counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids118.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans118.txt``, see ``convert_news.py --split news_heldout118``) and
``_manifest118.jsonl``, copied to ``eval/annotation/news_quotes_sources118.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank116`` / ``rank114`` / ``rank112`` / ``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` /
``rank102`` / ``rank100`` / ``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` /
``rank85`` / ``rank83`` / ``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` /
``rank67`` / ``rank65`` / ``rank63`` / ``rank61`` = the positions in news_heldout116's / 114's / 112's / 110's / 108's /
106's / 104's / 102's / 100's / 99's / 97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's /
75's / 73's / 71's / 69's / 67's / 65's / 63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the
index's publication date, the gold's anchor date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read
yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news118.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 15:48 UTC by the machine's clock, before any body or headline was read): 578
candidate rows (news_heldout116's positions 25-602 = news_heldout114's 49-626 = news_heldout112's 69-646 =
news_heldout110's 90-667 = news_heldout108's 111-688), all in the pool ``quotes_os``'s 0-7 half — ``url_sha1``
beginning with 4-7 — with the same ``url``, ``url_sha1``, ``text_sha1``, doc number and date as the rebuilt index,
section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, checked by a count that printed no headline and no
URL), none dropped by rule 2, the first docs 24634, 15946, 21200, 28277, 20335.
No candidate is opened before T0.

Reading (after the rule's commit 1ce662f4 at 15:48:53 UTC = T0, so no article begun after 16:48:53: the first candidate
was opened at 15:48:57 UTC by the machine's clock, the last one, position 22, at 15:54:13, and the 20th keep was counted
right after its record's commit at 15:54:46): the candidates were read in rule 1's order, one at a time by position (the
display helper ``_annot/show118.py``, news_heldout116's copied, refused a position whose predecessors were not all in
the running list, a doubled position, an opening while the last opened one was not recorded, a 21st keep or a time
before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes), and annotated whole,
the running list kept in ``_annot/count118.txt`` and counted by its own command (on the status field) after each
article; after each kept article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check118.py``) and rule 3's duplicate check (``_annot/dup118.py``) was run, both
local checks that print offsets or counts only and run no system code (the two pages skipped on reading, for reasons
that do not depend on that check, got no spans and no duplicate check); speakers' names were looked up in the knowledge
base only (``_annot/kb118.py``, new at this split: it prints the KB ids a name resolves to, to decide ``!nokb``; no
name needed it); then ``_annot/record118.py`` wrote its status into the running list and into ``KEPT`` /
``READ_SKIPS``, ran this script and ``convert_news.py --split news_heldout118 --write`` and committed the record, the
manifest and the gold rows (one commit per article, « news_heldout118: position N (doc D) read, kept » or « … read,
skipped on reading ») before the next candidate was opened. 22 read (positions 1-22 = news_heldout116's 25-46, docs
24634-25266), 2 of them skipped on reading with fewer than 2 quotes — doc 21200 (position 3), a short round-up
introduction to a photo's diversions on social networks told in narration, no quote, and doc 22550 (position 21), a
one-sentence item relaying a weekly whose only quote is one « d'après » clause —, so 20 kept (``KEPT``, ``LAST_READ =
22``), reading ending at the 20th keep (doc 25266, well before T0 + 60 minutes); no candidate after it was opened and
the display helper was not called again after the 20th keep was counted. No row became a rule-2 drop during the reading.
The other 556 candidates (positions 23-578) are « not reached ». The duplicate check found no kept page sharing a
sentence of 60+ characters with another keep of this split, and one kept page sharing some with a text of the committed
gold, fewer than most of its own: doc 25266 (a live page of a televised debate between two presidential candidates)
shares 4 of its 44 such sentences with a shorter page news_heldout63 kept (4 of that page's 6; 1 of doc 25266's 16
annotated spans lies in those sentences), so it is no update by rule 3's check. The texts of news_dev, news_heldout and
news_heldout2-36 are not on this machine and could not be compared (``tools/local_texts.py status``: the splits built
from session 32 on are present). Before T0 no candidate's URL, headline or body was seen; the rows of news_heldout116's
manifest displayed were its counts, the rank columns of its first unread row and the first character of the unread
rows' ``url_sha1`` counted by value. Other builders' scratch files (news_heldout119's among them) were never displayed
or opened (the folder ``_annot`` was listed at set-up only through a filter showing names containing « 116 » or « 118
»; only this split's own files and news_heldout116's four helpers, its running list, opening log and spans file were
opened, by name, and the absence of this split's names was tested by name before they were written; the folder
``/work/extra_quotes`` was only counted, no name displayed). 152 quotes (79 direct / 73 indirect, 6 without speaker), 2
to 16 per article (``convert_news.py --split news_heldout118``). No system ran on these texts.
Slips, none touching a candidate: none of news_heldout116's (no ``git worktree list`` was run: the worktree was added
at the path the brief gave); one text of news_heldout116's gold (its first kept page, development data since session
60's blind run) was displayed at set-up, before T0, to see how its spans file's rows sit on a text; it was used for no
decision about a candidate of this split.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout118"
TAG = "118"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources116.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    21200: "fewer than 2 quotes (a short round-up introduction to a photo's diversions on social networks told in "
    "narration, the posts themselves not in the text: no quote; hashtags are names, news_heldout41)",
    22550: "fewer than 2 quotes (a one-sentence item relaying a weekly: its only quote one « d'après » clause, « "
    "féliciter X » without quoted words none (news_heldout41))",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    24634, 15946, 28277, 20335, 23468, 22962, 23812, 18772, 19511, 3481, 15998, 24085, 5871, 23217, 14430, 21676, 23262,
    31617, 24287, 25266,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 22  # doc 25266, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout116's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "116",
        (
            "rank114", "rank112", "rank110", "rank108", "rank106", "rank104", "rank102", "rank100", "rank99", "rank97",
            "rank95", "rank93", "rank91", "rank89", "rank87", "rank85", "rank83", "rank81", "rank79", "rank77",
            "rank75", "rank73", "rank71", "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout116's manifest")


if __name__ == "__main__":
    main()
