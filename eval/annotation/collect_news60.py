"""Choose and store the news texts of the blind quote split ``news_heldout60`` (branch blind60q).

Source: OrangeSum (github Tixierae/OrangeSum @ e6f8a6e3b, CC BY-SA 4.0), raw HTML pages of the « Orange Actu » news
site 2016-2020 (mostly AFP dispatches), rebuilt byte for byte on any machine with ``python tools/orangesum_texts.py
/work/.mirror/Tixierae+OrangeSum/repo DIR --all``: files ``<sha1(url)>.txt`` and ``index.tsv`` (doc, url_sha1,
text_sha1, date, section, hits, url, headline). Like news_heldout55, 56 and 58 this split reads only pages with
**no** Africa keyword (``hits == 0``), from the same pool, continuing where news_heldout58 stopped. There are no
queries: the rule below was written and committed before any candidate's body text was read (only ``index.tsv``
headlines and the pool's counts had been seen). T0 = 04:01:28 UTC.

Selection rule (applied mechanically):

1. CANDIDATES: the pool ``quotes_os`` of ``eval/annotation/pools46.py`` (session 46's blind pools, fixed before any
   body was opened): OrangeSum rows with ``hits == 0``, section ``politique``, ``int(url_sha1, 16) % 3 == 0``, in
   ascending ``url_sha1`` order — 2,613 rows (``python eval/annotation/pools46.py quotes_os INDEX_TSV``), EXCLUDING
   every row that news_heldout55's, news_heldout56's or news_heldout58's manifest
   (``eval/annotation/news_quotes_sources55.jsonl``, ``news_quotes_sources56.jsonl``, ``news_quotes_sources58.jsonl``)
   marks as kept, skipped, dropped or otherwise read (any status other than « not reached » / « candidate »:
   news_heldout55's positions 1-22, news_heldout56's positions 1-21 and news_heldout58's positions 1-21), listed
   « dropped: read by news_heldout55/56/58 (excluded, rule 1) » with rank 0. Reading thus continues from
   news_heldout58's position 22. No file outside that list is opened (the linking and events builders draw the
   ``monde`` pages).
2. A candidate whose ``text_sha1`` is already the sha1 of a text under ``/work/extra_quotes`` (any depth; this round's
   own copies aside) is skipped unread (« dropped: text already under /work/extra_quotes (unread) »).
3. The others are read in that order, each whole, and annotated with the guideline of ``benchmarks/eval_quotes.py``
   (its clarification of session 19 and the decisions of news_heldout39-59). One is skipped on reading
   (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the guideline), is an
   interview transcript, a commentary in the author's own voice, or an AFP update of a story already kept.
4. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count60.txt`` under ``/work/extra_quotes``, one line per article read with its status, counted by its own
   command, never in the same command as the display of the next candidate, before that candidate is opened);
   reading stops at ``MAX_KEPT`` (20) kept articles or at T0 + 60 minutes (no article begun after 05:01:28 UTC),
   whichever comes first, never inside an article. ``LAST_READ`` is the position (1-based, in rule 1's order after its
   exclusions, rule-2 drops not counted) of the last candidate read; the later ones are « not reached ».

DRY RUN of this script (``--dry``, 04:02 UTC by the machine's clock, before any body was read): 2,613 pool rows, 64
dropped by rule 1 (news_heldout55's positions 1-22, news_heldout56's positions 1-21, news_heldout58's positions 1-21),
none by rule 2 (no text already under ``/work/extra_quotes``), 2,549 candidates, the first docs 27334, 17477, 18137,
27056, 17841 (news_heldout58's positions 22-26).

Reading (after the rule's commit 0e285d69, from 04:02 UTC by the machine's clock): the candidates were read in rule
1's order and annotated whole, the running list kept in ``_annot/count60.txt`` and counted by its own command after
each article; 24 read (positions 1-24, docs 27334-13061), 4 of them skipped on reading (``READ_SKIPS``) — doc 27334
(position 1), a minister's one-line reply (one quote), doc 27056 (position 4), a single « selon » clause, and docs
21825 (position 15) and 1087 (position 23), two-line teaser pages without any quote —, so 20 kept (``KEPT``,
``LAST_READ = 24``), reading ending at the 20th keep (doc 13061, 04:07 UTC, well before T0 + 60 minutes); no candidate
after it was opened. The other 2,525 candidates (positions 25-2,549) are « not reached ». 223 quotes (114 direct / 109
indirect, 16 without speaker).

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts, copied unchanged (same bytes
as the OrangeSum files, named ``<sha1(url)>.txt``, so the evaluator finds them by the gold's ``local:<sha1(url)>``
and checks ``text_sha1``), ``_ids60.tsv`` (``n <TAB> sha1(url) <TAB> url``, ``n`` = the row's ``doc`` number, the
article number of the spans file ``_annot/spans60.txt``, see ``convert_news.py --split news_heldout60``) and
``_manifest60.jsonl``, copied to ``eval/annotation/news_quotes_sources60.jsonl`` (no text): one row per pool
row, ``q`` = doc, ``query`` = ``orangesum:<doc>``, ``rank`` = the position in the reading order (0 for a rule-1 or
rule-2 drop), ``url``, ``url_sha1``, ``text_sha1``, ``date`` (the index's publication date, the gold's anchor date),
``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (not read yet), ``not reached`` or ``dropped: …``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news60.py [ORANGESUM_ALL_DIR]``
(default ``/work/extra_orangesum_all``); ``--dry`` prints the counts and the first candidates' doc numbers only (no
copy, no file written). The script prints no article text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import collect_os
from pools46 import candidates

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout60"
TAG = "60"
POOL = "quotes_os"
MAX_KEPT = 20
PREVIOUS_MANIFESTS = (
    REPO / "eval" / "annotation" / "news_quotes_sources55.jsonl",
    REPO / "eval" / "annotation" / "news_quotes_sources56.jsonl",
    REPO / "eval" / "annotation" / "news_quotes_sources58.jsonl",
)
# Candidates skipped on reading (rule 3): doc -> reason.
READ_SKIPS: dict[int, str] = {
    27334: "fewer than 2 quotes (a minister's one-line tweet reply; a magazine's covers described by a participle)",
    27056: "fewer than 2 quotes (a kitten anecdote with a single « selon » clause of a weekly)",
    21825: "fewer than 2 quotes (a two-line explainer teaser without any quote)",
    1087: "fewer than 2 quotes (a two-line results teaser without any quote)",
}
# Candidates kept after reading (rule 3); the others read are in READ_SKIPS.
KEPT: tuple[int, ...] = (
    17477, 18137, 17841, 3638, 26942, 9321, 32445, 16477, 22129, 34805, 26836, 32234, 22225, 27745, 25871, 1636,
    12239, 17774, 8405, 13061,
)
# Position (1-based, rule 1's order after its exclusions) of the last candidate read (rule 4); None: not started.
LAST_READ: int | None = 24  # doc 13061, the 20th kept


def previously_read() -> set[int]:
    """Docs news_heldout55's, 56's or 58's manifest marks kept, skipped, dropped or otherwise read (rule 1)."""
    out: set[int] = set()
    for manifest in PREVIOUS_MANIFESTS:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["status"] not in ("not reached", "candidate"):
                out.add(int(row["q"]))
    return out


def draw(source: Path) -> list[dict[str, object]]:
    rows = candidates(POOL, source / "index.tsv")
    before = previously_read()
    own = {f"{r['url_sha1']}.txt" for r in rows if int(r["doc"]) in KEPT}
    have = collect_os.dev_hashes(own)
    out: list[dict[str, object]] = []
    position = 0
    for r in rows:
        doc = int(r["doc"])
        row: dict[str, object] = {"q": doc, "query": f"orangesum:{doc}", "rank": 0, "url": r["url"],
                                  "url_sha1": r["url_sha1"], "text_sha1": r["text_sha1"], "date": r["date"]}
        if doc in before:
            row["status"] = "dropped: read by news_heldout55/56/58 (excluded, rule 1)"
            out.append(row)
            continue
        position = collect_os.place(row, have, position, KEPT, READ_SKIPS, LAST_READ)
        out.append(row)
    return out


def main() -> None:
    collect_os.main(draw, TAG)


if __name__ == "__main__":
    main()
