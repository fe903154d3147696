"""Round 31: a cumulative toll over a period, a denied act and a negated claim (written sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_with_switches

SWITCHES = ("CUMULATIVE_TOLL_IS_NO_EVENT", "DENIED_IS_NO_EVENT", "NEGATED_CLAIM_NO_ACTOR")
TEXTS = {
    "since_year": "Plus de 2 000 soldats ont été tués au Sahel depuis 2013.",
    "in_ten_years": "Au total, 300 civils ont été tués par les jihadistes en dix ans au Burkina Faso.",
    "since_toll": "Depuis 2015, les attaques jihadistes ont fait plus de 10 000 morts au Burkina Faso.",
    "one_day": "Dimanche, des jihadistes ont tué douze soldats à Djibo.",
    "denied": "Le JNIM dément avoir attaqué la base de Boulkessi.",
    "not_claimed": "Le JNIM n'a pas revendiqué l'attaque de Djibo, qui a fait douze morts lundi.",
    "claimed": "Le JNIM a revendiqué l'attaque de Djibo, qui a fait douze morts lundi.",
}


@pytest.fixture(scope="module")
def out() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, "2024-03-14", SWITCHES)


def _attacks(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "attack"]


@pytest.mark.parametrize("key", ["since_year", "in_ten_years", "since_toll"])
def test_cumulative_toll_is_no_event(out: Any, key: str) -> None:
    assert _attacks(out[key][False])  # the switch is what removes it
    assert not _attacks(out[key][True])


def test_one_days_toll_stays(out: Any) -> None:
    (attack,) = _attacks(out["one_day"][True])
    assert attack["date"] == "2024-03-10" and attack["fatalities"] == 12


def test_denied_attack_is_no_event(out: Any) -> None:
    assert _attacks(out["denied"][False])
    assert not _attacks(out["denied"][True])


def test_negated_claim_names_no_source(out: Any) -> None:
    def sources(key: str, flag: bool) -> list[str]:
        return [a["kb_id"] for e in _attacks(out[key][flag]) for a in e["actors"] if a["role"] == "source"]

    assert "grp:jnim" in sources("not_claimed", False)
    assert "grp:jnim" not in sources("not_claimed", True)
    assert _attacks(out["not_claimed"][True])  # the attack itself happened
    assert "grp:jnim" in sources("claimed", True)
