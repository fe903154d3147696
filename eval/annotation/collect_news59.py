"""Choose and store the news texts of the blind quote split ``news_heldout59`` (branch blind59q).

Source: MasakhaNEWS few-shot **train** (github masakhane-io/masakhane-news, ``few_shot_data/50_samples/fra/train.tsv``):
French BBC Afrique articles (© the BBC, never committed), rebuilt byte for byte on any machine with ``python
tools/masakhanews_texts.py /work/.mirror/masakhane-io+masakhane-news/repo DIR --split train`` (headline, blank line,
the article as one paragraph): files ``<url_sha1>.txt`` and ``index.tsv`` (split, row, url_sha1, text_sha1, category,
url, headline). The file has no URL column, so ``url`` is a locator
(``masakhanews:few_shot_data/50_samples/fra/train.tsv#row=N``). The articles carry no date (no dateline); a quote's
date is not part of the gold. There are no queries: the rule below was written and committed before any candidate's
body text was read (only ``index.tsv`` headlines and categories had been seen).

Selection rule (applied mechanically):

1. CANDIDATES: the pool ``quotes_bbc`` of ``eval/annotation/pools46.py`` (session 46's blind pools, fixed before any
   body was read: the train rows of category business or health, rows 86 and 101 excluded), in ascending row order,
   **excluding every row the manifests of news_heldout54 and news_heldout57**
   (``eval/annotation/news_quotes_sources54.jsonl``, ``news_quotes_sources57.jsonl``) **list as kept, skipped, dropped
   or read** (rows 1-61): the candidates are news_heldout57's « not reached » rows, health rows 62-100 (row 86
   excluded by the pool): 38 rows. No file of another pool is opened (politics rows belong to the linking and events
   builders; sports and technology are a reserve). Fewer than 25 may pass: reading stops when the pool runs out.
2. The candidates are read in that order, each whole, and annotated with the guideline of
   ``benchmarks/eval_quotes.py`` (its clarification of session 19 and the decisions of news_heldout37-57); one is
   skipped on reading (``READ_SKIPS``, with the reason) when it holds fewer than 2 quotes (direct or indirect, by the
   guideline), is an interview transcript, or is a commentary in the author's own voice.
3. After finishing each article the kept articles are counted (a running list in the local scratch file
   ``_annot/count59.txt`` under ``$KIBARU_EXTRA_QUOTES``, one line per article read, counted by its own command
   before the next candidate is opened — never in the same command that opens the next file); reading stops at
   ``MAX_KEPT`` (25) kept articles, at the pool's end, or at T0 + 60 minutes (T0 = 03:28:14 UTC: no article begun
   after 04:28:14 UTC, never inside an article; at least 8 kept), whichever first. ``LAST_READ`` is the position
   (1-based, in rule 1's order) of the last candidate read; the later ones are « not reached ».

Reading (after the rule's commit 10f5c5b4, 03:28-03:34 UTC by the machine's clock): positions 1-29 (rows 62-91, row 86
excluded by the pool) were read whole and annotated, each count run by its own command before the next file was
opened; 4 skipped on reading (``READ_SKIPS``: rows 65 and 83, short video teasers with one quote or none, rows 74 and
87, nutrition columns in the author's voice), so the 25th keep was row 91 (``KEPT``). **By oversight** the builder
misread the count after row 91 (it showed 25) and opened row 92 (position 30), read and annotated it: the rule drops
it (``OVERSIGHT``, « dropped: read after the 25th kept article by oversight (rule 3) », as news_heldout54's row 30),
its spans stay in a local file outside the gold and the repository, and any later selection must treat it as read;
``LAST_READ = 30``; positions 31-38 (rows 93-100) are « not reached ».

Output under ``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``): the kept texts copied unchanged (same bytes
as the rebuilt MasakhaNEWS files, ``<url_sha1>.txt``), ``_ids59.tsv`` (``n <TAB> url_sha1 <TAB> url``, ``n`` = the
train row, the article number of the spans file ``_annot/spans59.txt``, see ``convert_news.py --split
news_heldout59``), and the manifest ``eval/annotation/news_quotes_sources59.jsonl`` (no text): ``q`` = row, ``query``
= ``masakhanews:train:<row>``, ``rank`` = position in rule 1's order, ``url`` (the locator), ``url_sha1``,
``text_sha1``, ``category``, ``status`` ``kept``, ``skipped: <reason>``, ``candidate`` (reading not started) or
``not reached``.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news59.py [TRAIN_TEXTS_DIR]`` (default
``/work/extra_masakhanews_train``); ``--dry`` prints the counts and candidate rows only (no copy, no file written).
The script prints no article text.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pools46 import candidates

REPO = Path(__file__).resolve().parents[2]
SPLIT = "news_heldout59"
TAG = "59"
POOL = "quotes_bbc"
MAX_KEPT = 25
MANIFEST = REPO / "eval" / "annotation" / f"news_quotes_sources{TAG}.jsonl"
PREVIOUS = (
    REPO / "eval" / "annotation" / "news_quotes_sources54.jsonl",
    REPO / "eval" / "annotation" / "news_quotes_sources57.jsonl",
)

# Candidates skipped on reading (rule 2): row -> reason.
READ_SKIPS: dict[int, str] = {
    65: "fewer than 2 quotes (a short video teaser with one « selon » clause)",
    74: "commentary in the author's voice (a nutritionist's bylined advice column)",
    83: "no quote (a short video teaser)",
    87: "commentary in the author's voice (a nutrition explainer without any quote)",
}
# Candidates kept after reading (rule 2); the others read are in READ_SKIPS or OVERSIGHT.
KEPT: tuple[int, ...] = (
    62, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 77, 78, 79, 80, 81, 82, 84, 85, 88, 89, 90, 91,
)
# Read after the 25th keep by oversight (rule 3 broken: the count, run by its own command, showed 25 and the next
# file was opened anyway); dropped from the split, its spans kept outside the gold; any later selection must treat it
# as read.
OVERSIGHT: dict[int, str] = {92: "dropped: read after the 25th kept article by oversight (rule 3)"}
# Position (1-based, rule 1's order) of the last candidate read (rule 3); None: reading has not started.
LAST_READ: int | None = 30


def extra_dir() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))


def used_before() -> set[int]:
    """Rows news_heldout54's and news_heldout57's manifests list as kept, skipped, dropped or read (rule 1)."""
    out: set[int] = set()
    for manifest in PREVIOUS:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if str(r["status"]).split(":")[0] in ("kept", "skipped", "dropped", "read"):
                out.add(int(r["q"]))
    return out


def rows_with_status(source: Path) -> list[dict[str, object]]:
    excluded = used_before()
    out: list[dict[str, object]] = []
    pool = [r for r in candidates(POOL, source / "index.tsv") if int(r["row"]) not in excluded]
    for rank, r in enumerate(pool, 1):
        row = int(r["row"])
        if row in KEPT:
            status = "kept"
        elif row in READ_SKIPS:
            status = f"skipped: {READ_SKIPS[row]}"
        elif row in OVERSIGHT:
            status = OVERSIGHT[row]
        elif LAST_READ is None:
            status = "candidate"
        elif rank > LAST_READ:
            status = "not reached"
        else:
            raise SystemExit(f"row {row} (position {rank}) was read but is neither kept nor skipped")
        out.append(
            {
                "q": row,
                "query": f"masakhanews:train:{row}",
                "rank": rank,
                "url": r["url"],
                "url_sha1": r["url_sha1"],
                "text_sha1": r["text_sha1"],
                "category": r["category"],
                "status": status,
            }
        )
    return out


def main(argv: list[str]) -> int:
    dry = "--dry" in argv
    args = [a for a in argv if not a.startswith("--")]
    source = Path(args[0]) if args else Path("/work/extra_masakhanews_train")
    rows = rows_with_status(source)
    counts: dict[str, int] = {}
    for r in rows:
        key = str(r["status"]).split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    used = len(used_before())
    print(f"{SPLIT}: {len(rows)} candidates of pool {POOL} ({used} rows used by news_heldout54 and 57); {counts}")
    if dry:
        print(" ".join(str(r["q"]) for r in rows))
        return 0
    root = extra_dir()
    root.mkdir(parents=True, exist_ok=True)
    ids: list[str] = []
    for r in rows:
        if r["status"] != "kept":
            continue
        src = source / f"{r['url_sha1']}.txt"
        data = src.read_bytes()
        if hashlib.sha1(data).hexdigest() != r["text_sha1"]:
            raise SystemExit(f"row {r['q']}: {src} is not the indexed text")
        dst = root / src.name
        if not dst.exists() or dst.read_bytes() != data:
            shutil.copyfile(src, dst)
        ids.append(f"{r['q']}\t{r['url_sha1']}\t{r['url']}")
    (root / f"_ids{TAG}.tsv").write_text("".join(line + "\n" for line in ids), encoding="utf-8")
    MANIFEST.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(ids)} kept texts under {root}, _ids{TAG}.tsv and {MANIFEST.relative_to(REPO)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
