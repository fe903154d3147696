"""Quote speakers, round 15 (issue 3): bodies never offered as candidates — a body named as the issuer of a toll or
a communiqué, a body phrase with a relative clause the parser hung on it — on hand-written sentences with the real
French model (both tests fail on main 934512c)."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import _np_span  # noqa: E402
from quote_helpers import quote_with  # noqa: E402


def test_the_body_that_announced_a_toll_speaks(nlp: Any) -> None:
    text = (
        "Cinquante-quatre militaires ont été tués la semaine dernière dans une attaque, selon un nouveau bilan "
        "annoncé mercredi par le gouvernement."
    )
    assert quote_with(nlp, text, "Cinquante-quatre militaires")["speaker"] == "gouvernement"


def test_a_relative_clause_is_no_part_of_the_speaker_phrase(nlp: Any) -> None:
    doc = nlp("Le bilan a été donné par le pouvoir mauritanien qui accuse aussi l'opposition.")
    head = next(t for t in doc if t.text == "pouvoir")
    start, end = _np_span(head)
    assert doc.text[start:end] == "le pouvoir mauritanien"
