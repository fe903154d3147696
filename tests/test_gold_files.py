"""The gold files hold offsets, hashes and labels, never a piece of the annotated texts: the SemEval articles
and the news excerpts may not be redistributed (``../shared/corpus/SOURCES.md``), so a verification string
is a hash of the span, checked by the evaluators at run time."""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUOTE_CHECK = re.compile(r"^sha1:[0-9a-f]{16}$")
SPAN_SHA1 = re.compile(r"^[0-9a-f]{40}$")


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (REPO / "eval" / name).read_text(encoding="utf-8").splitlines() if line]


def test_quote_gold_checks_are_hashes() -> None:
    rows = _rows("quotes_gold.jsonl")
    assert rows
    bad = [(r["article"], r["start"]) for r in rows if not QUOTE_CHECK.match(str(r["check"]))]
    assert not bad, f"quote gold rows with a text check instead of a hash: {bad[:5]}"


def test_event_gold_rows_carry_a_sentence_hash_and_no_text() -> None:
    rows = _rows("events_gold.jsonl")
    assert rows
    assert not [r for r in rows if "check" in r or "text" in r]
    assert all(SPAN_SHA1.match(str(r["span_sha1"])) for r in rows)
