"""Choose and store the news texts of the blind quote split ``news_heldout114`` (branch blind114q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56, 58 and 60-113 this split reads only pages
with **no** Africa keyword (``hits == 0``), from the same pool ``quotes_os`` of ``eval/annotation/pools46.py``
(section politique, url_sha1 ≡ 0 mod 3, sorted by url_sha1), continuing news_heldout112's reading order (its half:
news_heldout61's, 63's, 65's, 67's, 69's, 71's, 73's, 75's, 77's, 79's, 81's, 83's, 85's, 87's, 89's, 91's, 93's, 95's,
97's, 99's, 100's, 102's, 104's, 106's, 108's and 110's unread rows, ``url_sha1`` beginning with 0-7) where it stopped.
Its TAG ``"114"`` names ``_ids114.tsv``, ``_manifest114.jsonl``, ``news_quotes_sources114.jsonl`` and the scratch files
``_annot/count114.txt`` / ``_annot/spans114.txt``. There are no queries: the rule below was written and committed
before any candidate's body text or headline was read (only the manifests' counts, the rank columns of
news_heldout112's first unread row and the dry run's doc numbers had been seen, no candidate's URL; the rows of
news_heldout112's gold and spans file shown were of its own kept pages, development data since session 59's third
blind run). T0 = the time of the commit that adds this rule (its commit timestamp, recorded below once known); no
candidate is opened before it. The other half of the pool (news_heldout113's unread rows, ``url_sha1`` beginning with
8-f) belongs to news_heldout115, built at the same time by another builder; no row of it is opened here, and other
builders' scratch files under ``/work/extra_quotes/_annot`` are not looked at (only this split's own files and
news_heldout112's four helpers, running list, opening log and spans file are opened, by name; the folder was listed
at set-up only through filters that displayed the names containing « 112 », news_heldout112's own, and « 114 », none).
news_heldout112's helpers (``_annot/show112.py``, ``_annot/check112.py``, ``_annot/dup112.py``, ``_annot/record112.py``,
news_heldout110's copied unedited to tag 112) are present on this machine (session 59's) and were copied at set-up,
before T0, to this split's own (``_annot/show114.py``, ``_annot/check114.py``, ``_annot/dup114.py``,
``_annot/record114.py``: the tag 112 changed to 114, the worktree path ``/tmp/s59/blind112q`` to ``/tmp/s60/blind114q``
and their docstrings' first line saying where they come from, nothing else), and the running list
``_annot/count114.txt``, the opening log ``_annot/show114.log`` and the spans file ``_annot/spans114.txt`` were created
empty; news_heldout112's own running list and opening log were read for their format, its spans file (its kept pages,
development data since) for the format and the conventions of its rows.

Selection rule (applied mechanically):

1. CANDIDATES: the rows of ``eval/annotation/news_quotes_sources112.jsonl`` (news_heldout112's manifest, same pool
   ``quotes_os``) whose status is « not reached » and whose ``rank`` is > 0, in ascending ``rank`` order (its positions
   21-646: news_heldout112 read its positions 1-20). Rows news_heldout112 kept, skipped or dropped are never opened and
   are not listed. No other file is opened.
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth, ``_annot``
   and this round's own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-113). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept — kept by
   this split or by an earlier quote split (news_heldout87's reading of this rule): after each article is read, a local
   check that prints counts only compares its sentences of 60+ characters with those of this split's earlier keeps and
   of the texts of the committed quote gold under ``/work/extra_quotes`` (the texts of news_heldout2-36, news_dev and
   news_heldout are not on this machine, so the check cannot compare with them); a page sharing most of them is such
   an update.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count114.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened), and the
   article's record (``KEPT`` / ``READ_SKIPS``, the manifest and its gold rows) is committed before the next candidate
   is opened; reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun more than 60
   minutes after this rule's commit timestamp), whichever comes first, never inside an article; at least 8 kept
   articles are needed to commit the split. ``LAST_READ`` is the position (1-based, in rule 1's order, rule-2 drops not
   counted) of the last candidate read; the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids114.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans114.txt``, see ``convert_news.py --split news_heldout114``) and
``_manifest114.jsonl``, copied to ``eval/annotation/news_quotes_sources114.jsonl`` (no text): one row per candidate of
rule 1, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in this split's reading order (0 for a
rule-2 drop), ``rank112`` / ``rank110`` / ``rank108`` / ``rank106`` / ``rank104`` / ``rank102`` / ``rank100`` /
``rank99`` / ``rank97`` / ``rank95`` / ``rank93`` / ``rank91`` / ``rank89`` / ``rank87`` / ``rank85`` / ``rank83`` /
``rank81`` / ``rank79`` / ``rank77`` / ``rank75`` / ``rank73`` / ``rank71`` / ``rank69`` / ``rank67`` / ``rank65`` /
``rank63`` / ``rank61`` = the positions in news_heldout112's / 110's / 108's / 106's / 104's / 102's / 100's / 99's /
97's / 95's / 93's / 91's / 89's / 87's / 85's / 83's / 81's / 79's / 77's / 75's / 73's / 71's / 69's / 67's / 65's /
63's / 61's orders, ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor
date), ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news114.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.

DRY RUN of this script (``--dry``, 14:15 UTC by the machine's clock, before any body or headline was read): 626
candidate rows (news_heldout112's positions 21-646 = news_heldout110's 42-667 = news_heldout108's 62-688), all in the
pool ``quotes_os``'s 0-7 half — ``url_sha1`` beginning with 4-7 — with the same ``url_sha1``, ``text_sha1``, doc
number and date as the rebuilt index, section politique, ``hits == 0``, ``int(url_sha1, 16) % 3 == 0``, checked by a
count that printed no headline and no URL), none dropped by rule 2, the first docs 26328, 34891, 5049, 18103, 21997.
No candidate is opened before T0.

Reading (after the rule's commit 78059bdc at 14:15:55 UTC = T0, so no article begun after 15:15:55: the first candidate
was opened at 14:16:00 UTC by the machine's clock, the last one, position 24, at 14:20:40, and the 20th keep was counted
right after its record's commit at 14:21:03): the candidates were read in rule 1's order, one at a time by position (the
display helper ``_annot/show114.py``, news_heldout112's copied, refused a position whose predecessors were not all in
the running list, a doubled position, an opening while the last opened one was not recorded, a 21st keep or a time
before T0 — the commit timestamp of the commit that added this script — or after T0 + 60 minutes), and annotated whole,
the running list kept in ``_annot/count114.txt`` and counted by its own command (on the status field) after each
article; after each kept article, before its status was written, its spans were located in the text by
``convert_news.locate_span`` (``_annot/check114.py``) and rule 3's duplicate check (``_annot/dup114.py``) was run, both
local checks that print offsets or counts only and run no system code (the four pages skipped on reading, for reasons
that do not depend on that check, got no spans and no duplicate check); then ``_annot/record114.py`` wrote its status
into the running list and into ``KEPT`` / ``READ_SKIPS``, ran this script and ``convert_news.py --split
news_heldout114 --write`` and committed the record, the manifest and the gold rows (one commit per article, «
news_heldout114: position N (doc D) read, kept » or « … read, skipped on reading ») before the next candidate was
opened. 24 read (positions 1-24 = news_heldout112's 21-44, docs 26328-19041), 4 of them skipped on reading — doc 9805
(position 7), a short item told in narration whose only quote is one incise of two dailies, doc 25299 (position 10), a
two-paragraph television teaser whose only quote is one minister's sentence, doc 22273 (position 22), a weekly best-of
teaser with no quote in its body (fewer than 2 quotes, news_heldout109's and news_heldout111's teasers), and doc 27831
(position 20), an unsigned popularity-barometer release told by the pollster in its own words, no source cited (a
commentary in the author's own voice) —, so 20 kept (``KEPT``, ``LAST_READ = 24``), reading ending at the 20th keep
(doc 19041, well before T0 + 60 minutes); no candidate after it was opened and the display helper was not called again
after the 20th keep was counted. No row became a rule-2 drop during the reading. The other 602 candidates (positions
25-626) are « not reached ». The duplicate check found no kept page sharing a sentence of 60+ characters with another
keep of this split or with a text of the committed gold present on this machine; doc 6131 (the capital's mayor asking
to reopen parks and the health minister's refusal) tells the story news_heldout112's doc 6001 told the next day but
shares none of its sentences, so it is no update by rule 3's check. The texts of news_dev, news_heldout and
news_heldout2-36 are not on this machine and could not be compared (``tools/local_texts.py status``: the splits built
from session 32 on are present). Before T0 no candidate's URL, headline or body was seen; the rows of news_heldout112's
manifest displayed were its counts and the rank columns of its first unread row. Other builders' scratch files
(news_heldout115's among them) were never displayed or opened (the folder ``_annot`` was listed at set-up only through
filters showing names containing « 112 » or « 114 »; only this split's own files and news_heldout112's four helpers,
its running list, opening log and spans file were opened, by name, and the absence of this split's names was tested
by name before they were written). 191 quotes (104 direct / 87 indirect, 9 without speaker), 2 to 19 per article
(``convert_news.py --split news_heldout114``). No system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout114"
TAG = "114"
MAX_KEPT = 20
PREVIOUS_MANIFEST = REPO / "eval" / "annotation" / "news_quotes_sources112.jsonl"
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    9805: "fewer than 2 quotes (a short item on relatives on rival municipal lists told in narration, whose only quote "
    "is one « rapportent [two dailies] » incise; « si l'on en croit son compte Twitter » is evidence, no speech)",
    25299: "fewer than 2 quotes (a two-paragraph television teaser whose only quote is one minister's sentence, its "
    "shorter variant in the headline; « expliquer les raisons de [a nominal] » a bare topic)",
    27831: "a commentary in the author's own voice (an unsigned popularity-barometer release told by the pollster in "
    "its own words, results and analysis under its own intertitles, no institute, medium or person cited as a source; "
    "its survey verbs report respondents' answers, no speech)",
    22273: "fewer than 2 quotes (a two-paragraph weekly best-of teaser with no quote in its body, its only quotation "
    "in the headline)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    26328, 34891, 5049, 18103, 21997, 28381, 18167, 26568, 15648, 24795, 6131, 21683, 6455, 35608, 10738, 22441, 34068,
    14959, 7145, 19041,
)
# Position (1-based, rule 1's order, rule-2 drops not counted) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 24  # doc 19041, the 20th kept


def draw() -> list[dict[str, object]]:
    """news_heldout112's « not reached » rows of rank > 0, in its rank order (rule 1), placed by this reading."""
    return collect_os.continued(
        PREVIOUS_MANIFEST,
        "112",
        (
            "rank110", "rank108", "rank106", "rank104", "rank102", "rank100", "rank99", "rank97", "rank95", "rank93",
            "rank91", "rank89", "rank87", "rank85", "rank83", "rank81", "rank79", "rank77", "rank75", "rank73",
            "rank71", "rank69", "rank67", "rank65", "rank63", "rank61",
        ),
        KEPT,
        READ_SKIPS,
        LAST_READ,
    )


def main() -> None:
    collect_os.main(lambda _source: draw(), TAG, label="candidate rows", verified_against="news_heldout112's manifest")


if __name__ == "__main__":
    main()
