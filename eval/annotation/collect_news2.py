"""Store the news texts of the blind quote split ``news_heldout2`` locally, like ``collect_news.py`` did for
``news_dev`` / ``news_heldout``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw2/qNN.json`` (queries 28–43, new topics and outlets; same format and same
``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). On top of that protocol, a result is skipped when its
URL or its text duplicates a text of the first news splits (``_manifest.jsonl``), and when its outlet already
gave an article to ``news_dev`` (development data must not share an outlet with a blind split). Output, next to
the first collection: ``<sha1(url)>.txt``, ``_manifest2.jsonl`` (copied to
``eval/annotation/news_quotes_sources2.jsonl``, no text) and ``_ids2.tsv`` (article numbers of the spans file
``_annot/spans2.txt``, see ``convert_news.py --split news_heldout2``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news2.py``
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from collect_news import collect as collect_raw
from collect_news import norm_url, report, root, shingles, write_manifest
from convert_news import outlet

REPO = Path(__file__).resolve().parents[2]


def collect(here: Path) -> list[dict[str, Any]]:
    seen: dict[str, str] = {}
    kept_sh: list[tuple[str, set[str]]] = []
    for line in (here / "_manifest.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        seen[norm_url(r["url"])] = f"first collection q{r['q']}"
        if r["status"] == "kept":
            kept_sh.append((r["sha1_url"], shingles((here / f"{r['sha1_url']}.txt").read_text(encoding="utf-8"))))
    dev_outlets = {
        outlet(json.loads(line)["url"])
        for line in (REPO / "eval" / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(line)["split"] == "news_dev"
    }
    return collect_raw(here, "_raw2", seen, kept_sh, frozenset(dev_outlets))


def main() -> None:
    here = root()
    rows = collect(here)
    write_manifest(here, rows, suffix="2")
    report(rows)


if __name__ == "__main__":
    main()
