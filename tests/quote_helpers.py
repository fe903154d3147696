"""The quote of a hand-written text that contains a fragment, for the quote tests (parsed by the bare model)."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.quotes import extract_quotes


def quote_with(nlp: Any, text: str, fragment: str) -> dict[str, Any]:
    quotes = extract_quotes(nlp(text), [], None)
    hits = [q for q in quotes if fragment in q["text"]]
    assert hits, f"no quote containing {fragment!r} in {[q['text'] for q in quotes]}"
    return hits[0]
