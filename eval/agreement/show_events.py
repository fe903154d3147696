"""Print a split's news excerpts with the gold SENTENCES marked, without their events (annotator B's view).

Usage: ``KIBARU_EXTRA_EVENTS=/work/extra_events python eval/agreement/show_events.py [--split heldout10n]``.
Each gold sentence is shown as ``⟦Sn … ⟧`` (n = its index in the split, gold file order) with the row's anchor
(the article date given to the system). Only ``article``, ``start``, ``end`` and ``anchor`` are read.
"""

from __future__ import annotations

from marking import show_main, split_rows


def sentences(split: str) -> list[dict[str, object]]:
    return split_rows("events_gold.jsonl", split, ("article", "start", "end", "anchor"))


def main() -> None:
    show_main(
        sentences,
        "heldout10n",
        "KIBARU_EXTRA_EVENTS",
        "extra:",
        "S",
        lambda art, ss: f"===== {art} anchor={ss[0][1]['anchor']} sentences={ss[0][0]}..{ss[-1][0]}",
    )


if __name__ == "__main__":
    main()
