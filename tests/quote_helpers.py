"""Helpers of the quote tests: the quote of a hand-written text that contains a fragment (parsed by the bare model),
and a linked entity given by its surface in a text."""

from __future__ import annotations

from typing import Any

from entity_helpers import entity  # noqa: F401  (re-exported for the quote tests)
from kibaru.enrich.quotes import extract_quotes


def quote_with(nlp: Any, text: str, fragment: str, ents: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The first quote of ``text`` (with the linked ``ents``, none by default) whose text contains ``fragment``."""
    quotes = extract_quotes(nlp(text), ents or [], None)
    hits = [q for q in quotes if fragment in q["text"]]
    assert hits, f"no quote containing {fragment!r} in {[q['text'] for q in quotes]}"
    return hits[0]

