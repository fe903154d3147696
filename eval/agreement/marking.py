"""What annotator B sees: a gold file's rows of one split, reduced to their offsets, and the texts with those
spans marked (``⟦Xn … ⟧``, n = the row's index in the split, gold file order). Shared by ``show_quotes.py``
and ``show_events.py``, and by the ``build_*_b.py`` scripts that number B's labels the same way."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def split_rows(gold_name: str, split: str, keys: Sequence[str]) -> list[dict[str, object]]:
    """The ``keys`` of the rows of ``eval/<gold_name>`` in ``split`` (no label field is ever read)."""
    out = []
    for line in (REPO / "eval" / gold_name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == split:
            out.append({k: row.get(k) for k in keys})
    return out


def by_article(rows: Sequence[dict[str, object]]) -> dict[str, list[tuple[int, dict[str, object]]]]:
    """Rows grouped by article in first-seen order, each with its index in the split."""
    grouped: dict[str, list[tuple[int, dict[str, object]]]] = {}
    for i, r in enumerate(rows):
        grouped.setdefault(str(r["article"]), []).append((i, r))
    return grouped


def marked(text: str, items: Sequence[tuple[int, dict[str, object]]], tag: str) -> str:
    """``text`` with each row's span wrapped as ``⟦{tag}{index} … ⟧``."""
    marks: list[tuple[int, int, str]] = []
    for i, r in items:
        marks.append((int(str(r["start"])), 1, f"⟦{tag}{i} "))
        marks.append((int(str(r["end"])), 0, " ⟧"))
    out, pos = [], 0
    for off, _, m in sorted(marks):
        out.append(text[pos:off])
        out.append(m)
        pos = off
    out.append(text[pos:])
    return "".join(out)


def show_main(
    rows_of: Callable[[str], list[dict[str, object]]],
    default_split: str,
    texts_env: str,
    id_prefix: str,
    tag: str,
    header: Callable[[str, list[tuple[int, dict[str, object]]]], str],
) -> None:
    """The command line of a ``show_*.py`` view: ``--split``, then every article of the split with its spans
    marked, the texts read from ``$texts_env`` (``/work/<name lower-cased>`` by default)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default=default_split)
    args = ap.parse_args()
    texts = Path(os.environ.get(texts_env, "/work/" + texts_env.removeprefix("KIBARU_").lower()))
    for art, items in by_article(rows_of(args.split)).items():
        text = (texts / (art.removeprefix(id_prefix) + ".txt")).read_text(encoding="utf-8")
        print(header(art, items))
        print(marked(text, items, tag))
