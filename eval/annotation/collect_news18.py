"""Store the news texts of the blind quote split ``news_heldout18`` locally (round 23, session 11).

Input: ``$KIBARU_EXTRA_QUOTES/_raw18/qNN.json`` (queries 378-384, new queries on Sahel security with quoted
officials, spokesmen and witnesses; same format and same ``MAX_RANK`` / ``NEAR_DUP`` protocol as
``collect_news.py``). The excerpts are stored exactly as the ``search`` tool returned them (nothing cut, no
chrome removed), so a later re-collection is byte-exact (see ``RECOLLECT_QUOTES.md``).

Session 11 lost the local folders, so the earlier collections' manifests and texts are not all on this machine. A
result is therefore skipped when its URL is one of (a) every result of the committed manifests
``eval/annotation/news_quotes_sources*.jsonl`` (kept or skipped) or (b) any URL of a committed gold / label file
(``eval/*.jsonl``, ``eval/**/*.jsonl``, ``benchmarks/data/*.jsonl``), and a near-duplicate when its text matches
(``NEAR_DUP``) any text now present under ``/work/extra_*`` (every local folder of the project). Outlets of earlier
splits are allowed, as in rounds 18-22. Output, next to the earlier collections: ``<sha1(url)>.txt``,
``_manifest18.jsonl`` (copied to ``eval/annotation/news_quotes_sources18.jsonl``, no text) and ``_ids18.tsv``
(article numbers of the spans file ``_annot/spans18.txt``, see ``convert_news.py --split news_heldout18``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news18.py``
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from collect_news import collect as collect_raw
from collect_news import norm_url, report, root, shingles, write_manifest

REPO = Path(__file__).resolve().parents[2]
# Every local text folder of the project (quotes, linking, events, boilerplate dumps).
EXTRA_GLOB = "/work/extra_*"
ROUND = 18


def committed_urls() -> dict[str, str]:
    """Normalised URL -> where the repository already records it."""
    seen: dict[str, str] = {}
    for f in sorted((REPO / "eval" / "annotation").glob("news_quotes_sources*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            seen[norm_url(r["url"])] = f"earlier collection q{r['q']}"
    files = [*(REPO / "eval").rglob("*.jsonl"), *(REPO / "benchmarks" / "data").glob("*.jsonl")]
    for f in sorted(files):
        for u in re.findall(r'"(?:url|page_url|source_url)": ?"([^"]+)"', f.read_text(encoding="utf-8")):
            seen.setdefault(norm_url(u), f"{f.relative_to(REPO)}")
    return seen


def local_texts(here: Path, round_: int = ROUND) -> list[tuple[str, set[str]]]:
    """Shingles of every text now under the project's local folders (not this round's own raw answers)."""
    out: list[tuple[str, set[str]]] = []
    for d in sorted(Path("/").glob(EXTRA_GLOB.lstrip("/"))):
        for p in sorted(d.rglob("*.txt")):
            if f"_raw{round_}" in p.parts:
                continue
            out.append((p.stem, shingles(p.read_text(encoding="utf-8", errors="replace"))))
    return out


def main(round_: int = ROUND) -> None:
    """Collect round ``round_``'s raw answers (``_raw<round_>/``) into texts and ``_manifest<round_>.jsonl``."""
    here = root()
    rows: list[dict[str, Any]] = collect_raw(here, f"_raw{round_}", committed_urls(), local_texts(here, round_))
    for r in rows:
        if r["status"] == "kept" and not r["chars"]:
            raise ValueError(f"q{r['q']} rank {r['rank']}: kept without text ({r['url']})")
    write_manifest(here, rows, suffix=str(round_))
    report(rows)


if __name__ == "__main__":
    main()
