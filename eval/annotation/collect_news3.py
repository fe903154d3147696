"""Store the news texts of the blind quote split ``news_heldout3`` locally, like ``collect_news2.py`` did for
``news_heldout2``; ``collect_later(here, n)`` does the same for any later round n (``collect_news4.py``).

Input: ``$KIBARU_EXTRA_QUOTES/_raw3/qNN.json`` (queries 44–60, topics absent from queries 1–43; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). On top of that protocol, a result is skipped
when its URL or its text duplicates a text of the earlier collections (``_manifest.jsonl``, ``_manifest2.jsonl``),
and when its outlet already gave an article to any earlier news split (``news_dev``, ``news_heldout``,
``news_heldout2`` — all development data now). Output, next to the earlier collections: ``<sha1(url)>.txt``,
``_manifest3.jsonl`` (copied to ``eval/annotation/news_quotes_sources3.jsonl``, no text) and ``_ids3.tsv``
(article numbers of the spans file ``_annot/spans3.txt``, see ``convert_news.py --split news_heldout3``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news3.py``
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from collect_news import collect as collect_raw
from collect_news import norm_url, report, root, shingles, write_manifest
from convert_news import outlet

REPO = Path(__file__).resolve().parents[2]


def collect_later(here: Path, n: int, skip_used_outlets: bool = True) -> list[dict[str, Any]]:
    """Round ``n`` (≥ 3) of the collection: results of ``_raw{n}``, skipping the URLs and near-duplicate texts of
    every earlier manifest and (unless ``skip_used_outlets`` is false) the outlets of every earlier news split."""
    manifests = ["_manifest.jsonl", *(f"_manifest{k}.jsonl" for k in range(2, n))]
    earlier_splits = {"news_dev", "news_heldout", *(f"news_heldout{k}" for k in range(2, n))}
    seen: dict[str, str] = {}
    kept_sh: list[tuple[str, set[str]]] = []
    for name in manifests:
        for line in (here / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            seen[norm_url(r["url"])] = f"earlier collection q{r['q']}"
            if r["status"] == "kept":
                text = (here / f"{r['sha1_url']}.txt").read_text(encoding="utf-8")
                kept_sh.append((r["sha1_url"], shingles(text)))
    used_outlets = {
        outlet(r["url"])
        for r in map(json.loads, (REPO / "eval" / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines())
        if r["split"] in earlier_splits
    }
    rows = collect_raw(here, f"_raw{n}", seen, kept_sh, frozenset(used_outlets if skip_used_outlets else ()))
    for r in rows:
        if r["status"] == "kept" and not r["chars"]:
            raise ValueError(f"q{r['q']} rank {r['rank']}: kept without text ({r['url']})")
    return [
        {**r, "reason": r["reason"].replace("outlet in news_dev", "outlet in an earlier news split")}
        if r.get("reason", "").startswith("outlet in news_dev")
        else r
        for r in rows
    ]


def main(n: int = 3, skip_used_outlets: bool = True) -> None:
    here = root()
    rows = collect_later(here, n, skip_used_outlets)
    write_manifest(here, rows, suffix=str(n))
    report(rows)


if __name__ == "__main__":
    main()
