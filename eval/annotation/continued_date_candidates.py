"""Candidates for guideline rule 6 (session 33, eval/EVENTS.md), listed from the events gold alone.

A candidate is a gold event dated at its article's anchor whose article has a gold event of the same type with another
date in the previous ``WINDOW`` gold rows: it may be that event told on. The system is not run; each candidate is read
and decided by hand. Blind splits, and news articles whose text is not on this machine, are left out.

    KIBARU_EXTRA_EVENTS=/work/extra_events python eval/annotation/continued_date_candidates.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_events  # noqa: E402

WINDOW = 3


def main() -> None:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for line in eval_events.GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] not in eval_events.BLIND_SPLITS:
            by_article.setdefault(row["article"], []).append(row)
    n = 0
    for article, rows in by_article.items():
        rows.sort(key=lambda r: r["start"])
        try:
            text = eval_events.article_text(article)
        except (FileNotFoundError, OSError):
            continue
        for i, row in enumerate(rows):
            for event in row.get("events", []):
                if event.get("date") != row["anchor"]:
                    continue
                for earlier in reversed(rows[max(0, i - WINDOW) : i]):
                    same = [e for e in earlier.get("events", []) if e["type"] == event["type"]]
                    if not same:
                        continue
                    if same[0].get("date") not in (None, row["anchor"]):
                        n += 1
                        print(f"#{n} {article} {row['split']} anchor={row['anchor']} {event['type']}")
                        print("   PREV", same[0]["date"], "|", text[earlier["start"] : earlier["end"]][:220])
                        print("   THIS", row["start"], "|", text[row["start"] : row["end"]][:220])
                    break


if __name__ == "__main__":
    main()
