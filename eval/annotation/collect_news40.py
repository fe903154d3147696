"""Choose and store the news texts of the blind quote split ``news_heldout40`` (session 35, branch blind40q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR`` (or ``python tools/local_texts.py orangesum
/work/.mirror/Tixierae+OrangeSum/repo``): files ``<sha1(url)>.txt`` (headline, blank line, the paragraphs separated by
blank lines) and ``index.tsv`` (doc, url_sha1, text_sha1, date, section, hits, url, headline, in doc order). Two
builders share the source this round; this split takes the rows with ``doc % 2 == 1`` only. There are no queries: the
rule below was written and committed before any candidate's text was read (only ``index.tsv`` headlines had been seen).

Selection rule (applied mechanically, in ``index.tsv`` order):

1. rows with ``doc % MODULUS == RESIDUE`` (``doc % 2 == 1``), section ``monde`` or ``politique``, ``hits`` (the
   tool's Africa keyword count) >= ``MIN_HITS`` (3);
2. rows whose ``<url_sha1>.txt`` already exists under ``/work/extra_events``, ``/work/extra_quotes`` or
   ``/work/extra_linking`` (session 35's first round used 55 OrangeSum articles) are dropped; and
   ``MIN_CHARS`` <= length of the text file <= ``MAX_CHARS`` characters (1,000-8,000);
3. dropped when it shares a sentence of more than 60 characters (whitespace normalised; sentences cut at . ! ? and
   at blank lines) with any file under ``/work/extra_events``, ``/work/extra_quotes``, ``/work/extra_linking`` or
   ``/work/extra_masakha/texts`` (development texts), or with an earlier candidate kept by this rule (AFP runs several
   updates of one story: the first in doc order stays), or when its URL already occurs in the repository
   (``git grep -F``);
4. the candidates left are read in that order and annotated whole; one is skipped on reading (``READ_SKIPS``, with
   the reason) when it holds fewer than 2 quotes under the guideline of ``benchmarks/eval_quotes.py``, is an
   interview transcript (questions and answers) or a commentary in the author's own voice;
5. reading stops after ``MAX_KEPT`` (30) kept articles or when the session's time runs out (17:05 UTC, never inside
   an article): ``LAST_READ`` is the number (``doc``) of the last candidate read, the later ones are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``), ``_ids40.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the
row's ``doc`` number, the article number of the spans file ``_annot/spans40.txt``, see ``convert_news.py --split
news_heldout40``) and ``_manifest40.jsonl``, copied to ``eval/annotation/news_quotes_sources40.jsonl`` (no text):
``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` 0, ``date`` the index date, ``status`` ``kept``,
``candidate`` (drawn, not read yet), ``not reached`` or ``skipped: <reason>``; the rows dropped by rule 3 are listed
with ``dropped: <reason>``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news40.py [ORANGESUM_TEXTS_DIR]``
(default ``/work/extra_orangesum/texts``). The script prints no article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_news39

REPO = Path(__file__).resolve().parents[2]
MODULUS = 2
RESIDUE = 1
SECTIONS = ("monde", "politique")
MIN_HITS = 3
MIN_CHARS = 1000
MAX_CHARS = 8000
MAX_KEPT = 30
SHARED_CHARS = 60
DEV_FOLDERS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
# Candidates skipped on reading (rule 4): doc -> reason.
READ_SKIPS: dict[int, str] = {
    17867: "one quote only (fewer than 2 under the guideline)",
    18357: "one quote only (fewer than 2 under the guideline)",
}
# Candidates kept after reading (rule 4); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    1041, 2259, 2979, 3135, 3573, 4173, 5177, 6093, 7037, 8445, 10359, 11559, 11897, 12117, 12269, 13733, 13823, 14349,
    14687, 14727, 15327, 15803, 16271, 16599, 17631, 19169, 19383, 19523, 23349, 26295,
)
# The doc number of the last candidate read (rule 5); None: reading has not started.
LAST_READ: int | None = 26295


ROUND = collect_news39.Round(
    "news_heldout40", "40", MODULUS, RESIDUE, KEPT, READ_SKIPS, LAST_READ, skip_used_texts=True
)


def draw(source: Path) -> list[dict[str, object]]:
    return collect_news39.draw(source, ROUND)


def main() -> None:
    collect_news39.main(ROUND)


if __name__ == "__main__":
    main()
