"""The second annotator's quote-speaker files (``eval/agreement/quotes_<split>_b.jsonl``): one row per gold quote of the
split, on the same spans, with a speaker (or null) and a list of alternatives, and no text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
AGREEMENT = REPO / "eval" / "agreement"


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("split", ["news_heldout5", "news_heldout47"])
def test_b_rows_cover_the_gold_spans_of_their_split(split: str) -> None:
    rows = _jsonl(AGREEMENT / f"quotes_{split}_b.jsonl")
    gold = [r for r in _jsonl(REPO / "eval" / "quotes_gold.jsonl") if r["split"] == split]
    assert sorted((r["article"], r["start"], r["end"]) for r in rows) == sorted(
        (g["article"], g["start"], g["end"]) for g in gold
    )
    assert [r["n"] for r in rows] == list(range(len(rows)))
    for r in rows:
        assert set(r) == {"n", "article", "start", "end", "speaker", "speaker_alt"}, r
        assert r["speaker"] is None or isinstance(r["speaker"], str)
        assert isinstance(r["speaker_alt"], list)
