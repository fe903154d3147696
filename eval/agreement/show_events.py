"""Print a split's news excerpts with the gold SENTENCES marked, without their events (annotator B's view).

Usage: ``KIBARU_EXTRA_EVENTS=/work/extra_events python eval/agreement/show_events.py [--split heldout10n]``.
Each gold sentence is shown as ``⟦Sn … ⟧`` (n = its index in the split, gold file order) with the row's anchor
(the article date given to the system). Only ``article``, ``start``, ``end`` and ``anchor`` are read.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from marking import by_article, marked, split_rows


def sentences(split: str) -> list[dict[str, object]]:
    return split_rows("events_gold.jsonl", split, ("article", "start", "end", "anchor"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="heldout10n")
    args = ap.parse_args()
    extra = Path(os.environ.get("KIBARU_EXTRA_EVENTS", "/work/extra_events"))
    for art, ss in by_article(sentences(args.split)).items():
        text = (extra / (art.removeprefix("extra:") + ".txt")).read_text(encoding="utf-8")
        print(f"===== {art} anchor={ss[0][1]['anchor']} sentences={ss[0][0]}..{ss[-1][0]}")
        print(marked(text, ss, "S"))


if __name__ == "__main__":
    main()
