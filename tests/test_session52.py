"""Session 52 rules, on sentences written for these tests, each switch off and on:

* events: what a protest opposes, told in the clause that says why the crowd gathered (« pour réclamer la démission
  du Premier ministre X », « des slogans hostiles à la CEDEAO »), is the protest's target (``events.PROTEST_AIMS``);
* events: a person the parser hangs on a killing noun itself (« le meurtre de la militante X » with X in apposition to
  « meurtre ») is the one killed (``events.NAMED_VICTIMS``), and counts as one dead;
* events: a death noun tells a killing (``killing_lemmas``) unless it is counted (« 22 morts »), when its « de »
  complement names no victim;
* events (trigger data): a vehicle driven into a crowd, a death from one's wounds and the crowd's other names
  (« protestataires ») are attacks and protests;
* events: a state in the « de » complement of a military operation's noun conducts it
  (``events.OPERATION_AGENTS``), while a bare attack noun's state is still the one attacked;
* events: a meeting noun fronted before its clause's subject, with no doer of its own, makes that subject the
  meeting's source (``events.FRONTED_MEETINGS``)."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import events as ev_mod
from kibaru.enrich.events import extract_events

ANCHOR = "2023-05-14"


def _events(linked_parse: Any, kb: Any, text: str, etype: str) -> list[dict[str, Any]]:
    doc, ents = linked_parse(text, ANCHOR)
    return [e for e in extract_events(doc, ents, ANCHOR, kb) if e["type"] == etype]


def _roles(event: dict[str, Any]) -> set[tuple[str, str]]:
    return {(a["canonical"], a["role"]) for a in event["actors"]}


DEMANDS = [
    ("Des milliers de manifestants se sont rassemblés samedi à Bamako pour réclamer la démission du Premier ministre "
     "Choguel Kokalla Maïga.", "Choguel Kokalla Maïga"),
    ("Les manifestants ont défilé lundi à Ouagadougou en scandant des slogans hostiles à la CEDEAO.",
     "Communauté économique des États de l'Afrique de l'Ouest"),
]


@pytest.mark.parametrize(("text", "target"), DEMANDS)
def test_what_the_crowd_demands_or_opposes_is_the_protest_target(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch, text: str, target: str
) -> None:
    [protest] = _events(linked_parse, kb, text, "protest")
    assert (target, "target") in _roles(protest)
    monkeypatch.setattr(ev_mod, "PROTEST_AIMS", False)
    [protest] = _events(linked_parse, kb, text, "protest")
    assert (target, "target") not in _roles(protest)


MURDER = "La police enquête sur le meurtre de la militante Fatou Diarra, retrouvée morte lundi."


def test_a_person_hung_on_the_killing_noun_is_the_one_killed(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [attack] = _events(linked_parse, kb, MURDER, "attack")
    assert _roles(attack) == {("Fatou Diarra", "target")}
    assert attack["fatalities"] == 1
    monkeypatch.setattr(ev_mod, "NAMED_VICTIMS", False)
    [attack] = _events(linked_parse, kb, MURDER, "attack")
    assert ("Fatou Diarra", "target") not in _roles(attack)


def test_a_counted_death_noun_names_no_victim(linked_parse: Any, kb: Any) -> None:
    text = "L'attentat a fait 22 morts à la sortie d'un concert de Salif Keïta."
    [attack] = _events(linked_parse, kb, text, "attack")
    assert attack["actors"] == []
    assert attack["fatalities"] == 22
    doc, _ = linked_parse(text, ANCHOR)
    lex = ev_mod._lexicon()
    dead = next(t for t in doc if t.lower_ == "morts")
    assert not ev_mod._killing_word(dead, lex)
    one = linked_parse("Le gouvernement a confirmé la mort du soldat.", ANCHOR)[0]
    assert ev_mod._killing_word(next(t for t in one if t.lower_ == "mort"), lex)


@pytest.mark.parametrize(("text", "etype"), [
    ("Un camion a foncé sur la foule samedi à Niamey, faisant trois morts.", "attack"),
    ("Le soldat a succombé à ses blessures.", "attack"),
    ("La police a dispersé les protestataires samedi à Dakar.", "protest"),
])
def test_new_trigger_words_tell_their_event(linked_parse: Any, kb: Any, text: str, etype: str) -> None:
    assert len(_events(linked_parse, kb, text, etype)) == 1


@pytest.mark.parametrize("text", ["Le camion a percuté un arbre samedi.", "Il a foncé vers l'aéroport."])
def test_a_vehicle_hitting_no_one_is_no_attack(linked_parse: Any, kb: Any, text: str) -> None:
    assert _events(linked_parse, kb, text, "attack") == []


OPERATION = "Le président a condamné l'opération militaire spéciale de la Russie en Ukraine, lancée le 24 février."


def test_the_state_of_a_military_operation_conducts_it(
    linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [attack] = _events(linked_parse, kb, OPERATION, "attack")
    assert _roles(attack) == {("Russie", "source")}
    [attack] = _events(linked_parse, kb, "Kiev dénonce l'attaque de la Russie.", "attack")
    assert _roles(attack) == {("Russie", "target")}
    monkeypatch.setattr(ev_mod, "OPERATION_AGENTS", False)
    [attack] = _events(linked_parse, kb, OPERATION, "attack")
    assert _roles(attack) == {("Russie", "target")}


FRONTED = "En visite sur une base militaire de Floride, le président américain a salué les soldats."


def test_the_subject_after_a_fronted_visit_made_it(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    [meeting] = _events(linked_parse, kb, FRONTED, "meeting")
    assert ("Joe Biden", "source") in _roles(meeting)
    monkeypatch.setattr(ev_mod, "FRONTED_MEETINGS", False)
    [meeting] = _events(linked_parse, kb, FRONTED, "meeting")
    assert ("Joe Biden", "source") not in _roles(meeting)
