"""Print a split's articles with the gold quote SPANS marked, without any speaker field (annotator B's view).

Usage: ``python eval/agreement/show_quotes.py [--split news_heldout5]``. Each quote is shown as
``⟦Qn … ⟧`` (n = its index in the split, gold file order); the texts are read from ``$KIBARU_EXTRA_QUOTES``.
Only ``article``, ``start``, ``end``, ``date`` and ``split`` are read from the gold rows.
"""

from __future__ import annotations

from marking import show_main, split_rows


def spans(split: str) -> list[dict[str, object]]:
    return split_rows("quotes_gold.jsonl", split, ("article", "start", "end", "date"))


def main() -> None:
    show_main(
        spans,
        "news_heldout5",
        "KIBARU_EXTRA_QUOTES",
        "local:",
        "Q",
        lambda art, qs: f"===== {art} date={qs[0][1]['date']} quotes={[i for i, _ in qs]}",
    )


if __name__ == "__main__":
    main()
