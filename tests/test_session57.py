"""Session 57 rules and data, on sentences written for these tests (never the evaluation's texts):

* events: an infinitive trigger under a subject-control head (« doit rencontrer », « veut signer ») takes that head's
  subject as its own (``events.MODAL_SUBJECTS``, data ``subject_control_heads``);
* events: a named person wounded is the attack's target, never counted as dead (``events.WOUNDED_PERSONS``, data
  ``wounding_lemmas``);
* events: a named person opening the clause, an apposition between commas, then the passive killing participle: that
  person is the one killed, whatever the parser made of the apposition (``events.APPOSED_VICTIMS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2021-03-15"


def _events(linked_parse: Any, kb: Any, text: str, kind: str) -> list[dict[str, Any]]:
    doc, ents = linked_parse(text, ANCHOR)
    return [e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == kind]


def _actors(linked_parse: Any, kb: Any, text: str, kind: str) -> set[tuple[str, str]]:
    return {(a["canonical"], a["role"]) for e in _events(linked_parse, kb, text, kind) for a in e["actors"]}


def test_a_modal_heads_subject_is_the_infinitives(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le ministre Jean Valmont doit rencontrer lundi à Berlin la chancelière Angela Merkel."
    source = ("Jean Valmont", "source")
    assert source in _actors(linked_parse, kb, text, "meeting")
    asked = "Le syndicat a demandé au ministre Jean Valmont de rencontrer lundi les grévistes de Renault."
    assert ("Jean Valmont", "source") not in _actors(linked_parse, kb, asked, "meeting")  # « demander »: no such head
    monkeypatch.setattr(ev_mod, "MODAL_SUBJECTS", False)
    assert source not in _actors(linked_parse, kb, text, "meeting")


def test_a_named_wounded_person_is_the_target_not_a_death(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Le gardien Paul Marchand a été grièvement blessé par balle samedi à Marseille."
    attacks = _events(linked_parse, kb, text, "attack")
    assert ("Paul Marchand", "target") in {(a["canonical"], a["role"]) for e in attacks for a in e["actors"]}
    assert all(e["fatalities"] is None for e in attacks)  # wounded, not killed
    monkeypatch.setattr(ev_mod, "WOUNDED_PERSONS", False)
    assert ("Paul Marchand", "target") not in _actors(linked_parse, kb, text, "attack")


def test_an_apposed_name_is_the_one_killed(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Dans ce climat déjà tendu, Paul Marchand, un militant d'un collectif écologiste, nommé Terre Vive, "
            "a été tué par balle samedi à Lyon.")
    victim = ("Paul Marchand", "target")
    assert victim in _actors(linked_parse, kb, text, "attack")
    monkeypatch.setattr(ev_mod, "APPOSED_VICTIMS", False)
    assert victim not in _actors(linked_parse, kb, text, "attack")
