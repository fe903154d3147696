"""Helpers of the quote tests: the quote of a hand-written text that contains a fragment (parsed by the bare model),
and a linked entity given by its surface in a text."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.quotes import extract_quotes


def quote_with(nlp: Any, text: str, fragment: str, ents: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The first quote of ``text`` (with the linked ``ents``, none by default) whose text contains ``fragment``."""
    quotes = extract_quotes(nlp(text), ents or [], None)
    hits = [q for q in quotes if fragment in q["text"]]
    assert hits, f"no quote containing {fragment!r} in {[q['text'] for q in quotes]}"
    return hits[0]


def entity(text: str, surface: str, label: str, kb_id: str | None = None) -> dict[str, Any]:
    """The first occurrence of ``surface`` in ``text`` as an entity the linker would hand to the quote stage."""
    start = text.index(surface)
    return {
        "text": surface,
        "label": label,
        "start": start,
        "end": start + len(surface),
        "canonical": surface,
        "kb_id": kb_id,
    }
