"""Print a split's articles with the gold quote SPANS marked, without any speaker field (annotator B's view).

Usage: ``python eval/agreement/show_quotes.py [--split news_heldout5]``. Each quote is shown as
``⟦Qn … ⟧`` (n = its index in the split, gold file order); the texts are read from ``$KIBARU_EXTRA_QUOTES``.
Only ``article``, ``start``, ``end``, ``date`` and ``split`` are read from the gold rows.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def spans(split: str) -> list[dict[str, object]]:
    out = []
    for line in (REPO / "eval" / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == split:
            out.append({k: row.get(k) for k in ("article", "start", "end", "date")})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="news_heldout5")
    args = ap.parse_args()
    extra = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    rows = spans(args.split)
    by_art: dict[str, list[tuple[int, dict[str, object]]]] = {}
    for i, r in enumerate(rows):
        by_art.setdefault(str(r["article"]), []).append((i, r))
    for art, qs in by_art.items():
        text = (extra / (art.removeprefix("local:") + ".txt")).read_text(encoding="utf-8")
        marks: list[tuple[int, int, str]] = []
        for i, r in qs:
            marks.append((int(r["start"]), 1, f"⟦Q{i} "))  # type: ignore[call-overload]
            marks.append((int(r["end"]), 0, " ⟧"))  # type: ignore[call-overload]
        out, pos = [], 0
        for off, _, m in sorted(marks):
            out.append(text[pos:off])
            out.append(m)
            pos = off
        out.append(text[pos:])
        print(f"===== {art} date={qs[0][1]['date']} quotes={[i for i, _ in qs]}")
        print("".join(out))


if __name__ == "__main__":
    main()
