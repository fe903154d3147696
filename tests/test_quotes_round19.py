"""Quote speakers, round 19 (issue 3): descriptions as speakers — an inverted incise whose subject the parser hangs
on the adverbial complement before it (« …, a indiqué dans un communiqué la présidence nigérienne »), and an incise
whose clause before the comma has a subject of its own (« le marché a été la cible d'un incendie, ont confirmé
lundi des commerçants »): the reported clause's subject is not the speaker — on hand-written sentences with the real
French model."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from quote_helpers import quote_with  # noqa: E402


def test_an_inverted_subject_after_a_complement_is_the_speaker(nlp: Any) -> None:
    text = (
        "Les frontières resteront fermées jusqu'à nouvel ordre, a précisé dans un communiqué la présidence nigérienne."
    )
    q = quote_with(nlp, text, "frontières resteront")
    assert q["speaker"] == "présidence nigérienne"


def test_the_reported_clauses_subject_is_not_the_incises_speaker(nlp: Any) -> None:
    text = (
        "À Kayes, le grand marché de la ville, situé près de la gare, a été la cible d’un incendie criminel, "
        "ont confirmé lundi des commerçants et des élus locaux."
    )
    q = quote_with(nlp, text, "grand marché")
    assert q["speaker"] == "commerçants"


def test_a_complement_with_its_own_preposition_is_not_the_speaker(nlp: Any) -> None:
    # guard: « à la presse » is who was spoken to; the subject before the verb speaks
    text = "Le gouverneur de la région a déclaré à la presse que les routes seraient rouvertes dès lundi."
    q = quote_with(nlp, text, "routes seraient rouvertes")
    assert q["speaker"] != "presse"
