"""Round 11 of issue 3 (branch linking10): mention boundaries mended before linking (title-only spans,
"et" + lower-case words, a descriptor before an acronym, institution names joined by "et de la" / "aux",
a person's name cut before its last part), web suffixes of media names, KB version 11.

Sentences written for the tests (not taken from any evaluation split); real spaCy model and KB."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _repair_spans
from kibaru.kb import KnowledgeBase


def _ents(text: str, date: str = "2024-05") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def _ent(text: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end], "label": label}


def test_title_only_and_cut_title_spans_are_dropped() -> None:
    kb = KnowledgeBase.load()
    text = "Le Premier ministre a parlé.\nIl a nommé un nouveau Prem\n"
    ents = [_ent(text, 0, 10, "PER"), _ent(text, text.index("Prem\n"), text.index("Prem\n") + 4, "PER")]
    assert _repair_spans(text, ents, kb) == []


def test_an_organisation_stops_before_et_and_lower_case_words_but_keeps_a_joined_name() -> None:
    kb = KnowledgeBase.load()
    text = "le parti Union pour le Renouveau et ancien allié du pouvoir, et les Forces de Défense et de Sécurité."
    first = _ent(text, 9, text.index(" du pouvoir"), "ORG")
    second = _ent(text, text.index("Forces"), len(text) - 1, "ORG")
    out = _repair_spans(text, [first, second], kb)
    assert [e["text"] for e in out] == ["Union pour le Renouveau", "Forces de Défense et de Sécurité"]


def test_a_descriptor_before_a_kb_acronym_is_cut_and_a_joined_ministry_is_extended() -> None:
    kb = KnowledgeBase.load()
    text = "revendiquée par le groupe Terroriste JNIM. Le ministère de la Santé et de la Protection Sociale a réagi."
    grp = _ent(text, text.index("Terroriste"), text.index("JNIM") + 4, "ORG")
    mini = _ent(text, text.index("ministère"), text.index(" et de la Protection"), "ORG")
    out = _repair_spans(text, [grp, mini], kb)
    assert [e["text"] for e in out] == ["JNIM", "ministère de la Santé et de la Protection Sociale"]


def test_a_kb_person_cut_before_the_last_part_of_the_name_is_extended() -> None:
    kb = KnowledgeBase.load()
    text = "Le président Nana Akufo Addo a reçu son homologue."
    out = _repair_spans(text, [_ent(text, text.index("Nana"), text.index(" Addo"), "PER")], kb)
    assert out[0]["text"] == "Nana Akufo Addo"


def test_a_media_name_with_a_web_suffix_and_the_refugee_agency_variants_link() -> None:
    kb = KnowledgeBase.load()
    assert int(kb.version) >= 11
    assert [a.id for a in kb.lookup("Haut-Commissariat des Nations unies aux réfugiés")] == ["org:unhcr"]
    ents = _ents("Selon Le Monde.fr, le journal a publié une enquête sur le Sahel.")
    assert any(e.get("kb_id") == "media:le-monde" for e in ents), ents
