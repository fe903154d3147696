"""Print a split's news excerpts with the gold SENTENCES marked, without their events (annotator B's view).

Usage: ``KIBARU_EXTRA_EVENTS=/work/extra_events python eval/agreement/show_events.py [--split heldout10n]``.
Each gold sentence is shown as ``⟦Sn … ⟧`` (n = its index in the split, gold file order) with the row's anchor
(the article date given to the system). Only ``article``, ``start``, ``end`` and ``anchor`` are read.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def sentences(split: str) -> list[dict[str, object]]:
    out = []
    for line in (REPO / "eval" / "events_gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == split:
            out.append({k: row.get(k) for k in ("article", "start", "end", "anchor")})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="heldout10n")
    args = ap.parse_args()
    extra = Path(os.environ.get("KIBARU_EXTRA_EVENTS", "/work/extra_events"))
    rows = sentences(args.split)
    by_art: dict[str, list[tuple[int, dict[str, object]]]] = {}
    for i, r in enumerate(rows):
        by_art.setdefault(str(r["article"]), []).append((i, r))
    for art, ss in by_art.items():
        text = (extra / (art.removeprefix("extra:") + ".txt")).read_text(encoding="utf-8")
        marks: list[tuple[int, int, str]] = []
        for i, r in ss:
            marks.append((int(str(r["start"])), 1, f"⟦S{i} "))
            marks.append((int(str(r["end"])), 0, " ⟧"))
        out, pos = [], 0
        for off, _, m in sorted(marks):
            out.append(text[pos:off])
            out.append(m)
            pos = off
        out.append(text[pos:])
        print(f"===== {art} anchor={ss[0][1]['anchor']} sentences={ss[0][0]}..{ss[-1][0]}")
        print("".join(out))


if __name__ == "__main__":
    main()
