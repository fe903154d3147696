"""Helpers of the linking and quote tests: an entity dict as the tagger and linker hand it on, given by its surface."""

from __future__ import annotations

from typing import Any


def entity(text: str, surface: str, label: str, kb_id: str | None = None, nth: int = 0) -> dict[str, Any]:
    """The ``nth`` occurrence of ``surface`` in ``text`` as an entity of ``label``, its canonical form the surface."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"text": surface, "label": label, "start": start, "end": start + len(surface),
            "canonical": surface, "kb_id": kb_id}


def entity_as_linked(text: str, name: str, label: str, canonical: str | None = None,
                     kb_id: str | None = None) -> dict[str, Any]:
    """The first occurrence of ``name`` with the canonical form the linker gave it (None: unlinked, no canonical)."""
    start = text.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name), "canonical": canonical,
            "kb_id": kb_id}
