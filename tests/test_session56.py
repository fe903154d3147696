"""Session 56 rules and data, on sentences written for these tests (never the evaluation's texts):

* events (trigger data ``sanction_acts``): sanctions restored or reimposed (« les sanctions … ont été rétablies »,
  « réimposées ») are a decided sanction, where the sanctions of an opinion stay no event;
* events: a reflexive trigger verb with a bare idiom object (« se rendre compte ») is no visit
  (``events.REFLEXIVE_IDIOMS``);
* events: an « entretien » given or aired, or told « à » / « avec » a medium named by its kind, is a press interview,
  no meeting (``events.PRESS_INTERVIEWS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-15"


def _types(linked_parse: Any, kb: Any, text: str) -> set[str]:
    doc, ents = linked_parse(text, ANCHOR)
    return {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}


def test_restored_sanctions_are_a_sanction(linked_parse: Any, kb: Any) -> None:
    restored = "Ces sanctions, qui frappent surtout le secteur minier, ont été rétablies après le coup d'Etat."
    reimposed = "Les sanctions américaines réimposées par Washington contre le Niger ruinent des millions de vies."
    again = "Le président a rétabli les sanctions contre la junte en mai."
    opinion = "Les sanctions occidentales sont injustes et inutiles, estime le ministre."
    for text in (restored, reimposed, again):
        assert "sanction" in _types(linked_parse, kb, text), text
    assert "sanction" not in _types(linked_parse, kb, opinion)


def test_a_reflexive_idiom_is_no_visit(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    realised = "À Gao, le commerçant s'est rendu compte que son entrepôt avait été pillé pendant la nuit."
    visit = "À Gao, le ministre s'est rendu mardi au camp de la Minusma."
    assert "meeting" not in _types(linked_parse, kb, realised)
    assert "meeting" in _types(linked_parse, kb, visit)
    monkeypatch.setattr(ev_mod, "REFLEXIVE_IDIOMS", False)
    assert "meeting" in _types(linked_parse, kb, realised)


def test_a_press_interview_is_no_meeting(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    aired = "Dans un entretien accordé à une radio de Bamako, le ministre a annoncé sa candidature."
    paper = "Dans un entretien au quotidien L'Essor jeudi, le ministre a dénoncé les sanctions."
    talks = "À l'issue de leur entretien à Koulouba, le président a salué la coopération avec le Niger."
    for text in (aired, paper):
        assert "meeting" not in _types(linked_parse, kb, text), text
    assert "meeting" in _types(linked_parse, kb, talks)
    monkeypatch.setattr(ev_mod, "PRESS_INTERVIEWS", False)
    for text in (aired, paper):
        assert "meeting" in _types(linked_parse, kb, text), text
