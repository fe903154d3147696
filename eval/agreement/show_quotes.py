"""Print a split's articles with the gold quote SPANS marked, without any speaker field (annotator B's view).

Usage: ``python eval/agreement/show_quotes.py [--split news_heldout5]``. Each quote is shown as
``⟦Qn … ⟧`` (n = its index in the split, gold file order); the texts are read from ``$KIBARU_EXTRA_QUOTES``.
Only ``article``, ``start``, ``end``, ``date`` and ``split`` are read from the gold rows.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from marking import by_article, marked, split_rows


def spans(split: str) -> list[dict[str, object]]:
    return split_rows("quotes_gold.jsonl", split, ("article", "start", "end", "date"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="news_heldout5")
    args = ap.parse_args()
    extra = Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))
    for art, qs in by_article(spans(args.split)).items():
        text = (extra / (art.removeprefix("local:") + ".txt")).read_text(encoding="utf-8")
        print(f"===== {art} date={qs[0][1]['date']} quotes={[i for i, _ in qs]}")
        print(marked(text, qs, "Q"))


if __name__ == "__main__":
    main()
