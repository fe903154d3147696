"""Session 54 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* entities: a one-word KB acronym written in title case (« Aqmi », « Otan ») is matched like its capitals
  (``entities.ACRONYM_TITLE_CASE``), unless that form is a French word of the model's tables or a given name;
* events: a candidacy holder apposed to the election's noun (« le président X, candidat à sa réélection ») is a
  participant, never the election's source (``events.HOLDERS_NOT_SOURCE``);
* events (trigger data): a campaign « meeting » and « se déplacer » tell a meeting;
* quotes: of two subjects the parser gives a cue verb (a fronted topic « Côté santé, elle défend … »), the nearer
  one speaks (``quotes.NEAREST_SUBJECT``);
* quotes: « explique celle qui fut … » stands for the woman told of before, not for a name inside its relative clause
  (``quotes.DEMONSTRATIVE_SPEAKERS``): the last woman the parse makes a clause's subject, not a rival named after her;
* events: a present-tense verb the parser made a modifier of its subject keeps the noun after it as its object
  (``events.MISREAD_PRESENT_VERBS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import entities as ent_mod
from kibaru.enrich import events as ev_mod
from kibaru.enrich.entities import domain_pipeline, extract_entities, lexicon
from kibaru.enrich.events import extract_events

ANCHOR = "2020-08-26"
CLAIM = "En mars, Aqmi a revendiqué l'enlèvement de deux ingénieurs près de Gao."


def test_a_title_case_acronym_is_the_kb_actor(linked_parse: Any, kb: Any) -> None:
    found = {(e["text"], e.get("kb_id")) for e in extract_entities([CLAIM], [ANCHOR])[0]}
    assert ("Aqmi", "grp:aqmi") in found
    doc, ents = linked_parse(CLAIM, ANCHOR)
    capture = next(e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == "capture")
    assert [(a["kb_id"], a["role"]) for a in capture["actors"]] == [("grp:aqmi", "source")]


def test_title_case_acronyms_leave_french_words_and_can_be_switched_off(kb: Any, monkeypatch: pytest.MonkeyPatch
                                                                         ) -> None:
    nlp = domain_pipeline()
    fixes = nlp.get_pipe(ent_mod.FIXES)
    assert {"Aqmi", "Otan", "Minusca"} <= fixes._acronym_titles
    assert "Anse" not in fixes._acronym_titles  # ANSE, but « anse » is a French word
    monkeypatch.setattr(ent_mod, "ACRONYM_TITLE_CASE", False)
    plain = ent_mod.DomainFixes(fixes.kb, lexicon(), nlp)
    assert not plain._acronym_titles and "aqmi" not in plain._folded


CANDIDATE = "Le président Joe Biden, candidat à sa réélection en novembre, a visité une usine de batteries."


def _roles(linked_parse: Any, kb: Any, text: str, kind: str) -> list[tuple[str, str]]:
    doc, ents = linked_parse(text, ANCHOR)
    event = next(e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == kind)
    return [(a["canonical"], a["role"]) for a in event["actors"]]


def test_an_apposed_candidate_is_a_participant(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _roles(linked_parse, kb, CANDIDATE, "election") == [("Joe Biden", "participant")]
    monkeypatch.setattr(ev_mod, "HOLDERS_NOT_SOURCE", False)
    assert _roles(linked_parse, kb, CANDIDATE, "election") != [("Joe Biden", "participant")]



def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    """The speakers of the quotes of ``text`` (rules only: no ranker)."""
    from kibaru.enrich.quotes import extract_quotes

    doc, ents = linked_parse(text, ANCHOR)
    return [q["speaker"] for q in extract_quotes(doc, ents, ANCHOR, kb=kb, ranker=None)]


DEMONSTRATIVE = ("Claire Martin a présenté jeudi sa liste pour les élections régionales. \"Nous voulons rassembler "
                 "toute la gauche\", explique celle qui fut la première femme à diriger le Parti socialiste.")


def test_a_demonstrative_incise_subject_is_the_woman_told_of(linked_parse: Any, kb: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import quotes as q

    assert _speakers(linked_parse, kb, DEMONSTRATIVE) == ["Claire Martin"]
    monkeypatch.setattr(q, "DEMONSTRATIVE_SPEAKERS", False)
    assert _speakers(linked_parse, kb, DEMONSTRATIVE) != ["Claire Martin"]


TOPIC = "Claire Martin a présenté jeudi son programme. Côté santé, elle défend \"un hôpital public fort\"."


def test_a_fronted_topic_is_no_speaker(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import quotes as q

    assert _speakers(linked_parse, kb, TOPIC) == ["Claire Martin"]
    monkeypatch.setattr(q, "NEAREST_SUBJECT", False)
    assert _speakers(linked_parse, kb, TOPIC) != ["Claire Martin"]


@pytest.mark.parametrize("text", [
    "Le candidat a tenu jeudi soir un meeting devant trois mille partisans à Lyon.",
    "Mardi, le Premier ministre s'est déplacé sur la base aérienne d'Istres.",
])
def test_a_rally_and_a_trip_are_meetings(linked_parse: Any, kb: Any, text: str) -> None:
    doc, ents = linked_parse(text, ANCHOR)
    assert "meeting" in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}


TOPIC_PERSON = ("Claire Martin a répondu lundi aux critiques de sa rivale, Marine Le Pen. \"Je ne serai pas "
                "candidate si je suis condamnée\", a assuré celle qui dirige la région depuis 2015.")


def test_a_demonstrative_subject_is_the_last_person_named_as_a_subject(linked_parse: Any, kb: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import quotes as q

    # « sa rivale, Marine Le Pen » is named after her, as a complement: « celle qui … » is still Claire Martin
    assert _speakers(linked_parse, kb, TOPIC_PERSON) == ["Claire Martin"]
    monkeypatch.setattr(q, "_last_subject_person", lambda *_args: None)
    assert _speakers(linked_parse, kb, TOPIC_PERSON) != ["Claire Martin"]


MISREAD = "L'Algérie expulse le diplomate marocain."  # « expulse » parsed as a modifier of « Algérie »


def test_a_misread_present_verb_keeps_its_object(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def types() -> set[str]:
        doc, ents = linked_parse(MISREAD, ANCHOR)
        return {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}

    assert "expulsion" in types()
    monkeypatch.setattr(ev_mod, "MISREAD_PRESENT_VERBS", False)
    assert "expulsion" not in types()
