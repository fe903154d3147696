"""Session 55 rules, on sentences written for these tests (never the evaluation's texts), each switch on and off:

* events: the name glued to « anti- » on a protest word (« une manifestation anti-Trump ») is the protest's target, a
  nationality (« anti-française ») is none (``events.ANTI_TARGETS``);
* events: a present-tense verb the tagger left unlemmatised (« X rencontre Y ») with a named subject is read as its
  infinitive when that one is a trigger (``events.UNLEMMATISED_PRESENTS``);
* events: the told-on window of an undated event counts the sentences events are read in, not spaCy's cuts inside a
  hyphenated word (``events.REJOINED_SENTENCE_COUNT``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-15"


def _roles(linked_parse: Any, kb: Any, text: str, kind: str) -> list[tuple[str, str]]:
    doc, ents = linked_parse(text, ANCHOR)
    event = next(e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == kind)
    return [(a["kb_id"] or a["canonical"], a["role"]) for a in event["actors"]]


RALLY = "Samedi, des milliers de personnes ont pris part à une manifestation anti-Minusma dans les rues de Gao."
NATIONAL = "Samedi, des milliers de personnes ont pris part à une manifestation anti-française dans les rues de Gao."


def test_the_name_glued_to_anti_is_the_protest_target(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("org:minusma", "target") in _roles(linked_parse, kb, RALLY, "protest")
    assert not [r for r in _roles(linked_parse, kb, NATIONAL, "protest") if r[1] == "target"]
    monkeypatch.setattr(ev_mod, "ANTI_TARGETS", False)
    assert not [r for r in _roles(linked_parse, kb, RALLY, "protest") if r[1] == "target"]


HEADLINE = "Emmanuel Macron rencontre Vladimir Poutine à Versailles"


def test_an_unlemmatised_present_with_a_named_subject_is_a_trigger(linked_parse: Any, kb: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    doc, ents = linked_parse(HEADLINE, ANCHOR)
    assert "meeting" in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}
    monkeypatch.setattr(ev_mod, "UNLEMMATISED_PRESENTS", False)
    assert "meeting" not in {e["type"] for e in extract_events(doc, ents, ANCHOR, kb)}


def test_infinitives_of_a_present_form() -> None:
    assert ev_mod._infinitives("rencontre") == ["rencontrer", "rencontrir"]
    assert "libérer" in ev_mod._infinitives("libère") and "offrir" in ev_mod._infinitives("offrent")
    assert ev_mod._infinitives("signé") == []


TOLD_ON = ("Attaque au couteau dans un musée de Lombardie\n\n"
           "Une aide-soignante d'origine polonaise a poignardé plusieurs personnes samedi 1er septembre à Crémone, "
           "rapporte la presse locale. Une des victimes est morte des suites de ses blessures.")


def test_the_told_on_window_counts_rejoined_sentences(linked_parse: Any, kb: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc, ents = linked_parse(TOLD_ON, "2018-09-02")
    assert len(list(doc.sents)) > len(list(ev_mod._sentences(doc)))  # spaCy cuts inside « aide-soignante »
    last = [e for e in extract_events(doc, ents, "2018-09-02", kb) if e["type"] == "attack"][-1]
    assert (last["date"], last["date_source"]) == ("2018-09-01", "context")
    monkeypatch.setattr(ev_mod, "REJOINED_SENTENCE_COUNT", False)
    last = [e for e in extract_events(doc, ents, "2018-09-02", kb) if e["type"] == "attack"][-1]
    assert last["date_source"] == "article"
