"""Session 54 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* entities: a one-word KB acronym written in title case (« Aqmi », « Otan ») is matched like its capitals
  (``entities.ACRONYM_TITLE_CASE``), unless that form is a French word of the model's tables or a given name;
* events: a candidacy holder apposed to the election's noun (« le président X, candidat à sa réélection ») is a
  participant, never the election's source (``events.HOLDERS_NOT_SOURCE``)."""

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

