"""Entity dicts as the enrich stage passes them to quotes and events, built from written test sentences."""

from __future__ import annotations

from typing import Any


def entity(text: str, name: str, label: str, canonical: str | None = None, kb_id: str | None = None) -> dict[str, Any]:
    """The entity ``name`` at its first occurrence in ``text``."""
    start = text.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name), "canonical": canonical,
            "kb_id": kb_id}
