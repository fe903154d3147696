"""Round 16 of the entity linking (branch linking15): unlinked mentions that name no actor are dropped — a
minister's portfolio cut from the title ("ministre de l'[Énergie et des Mines]"), a capitalised office with no
name ("la Directrice Générale Adjointe") and a currency ("FCFA"); names, ministries and KB actors stay.
Real spaCy model and KB; sentences written for the tests."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _drop_non_actors


def _texts(text: str) -> list[str]:
    return [e["text"] for e in extract_entities([text], ["2024-05-01"])[0]]


def _ent(text: str, sub: str, label: str = "ORG", kb_id: str | None = None) -> dict[str, Any]:
    start = text.index(sub)
    return {"text": sub, "start": start, "end": start + len(sub), "label": label, "kb_id": kb_id, "canonical": sub}


def test_a_portfolio_after_a_minister_title_is_dropped() -> None:
    text = "Selon le ministre nigérien de l'Énergie et des Mines, la production reprendra en juin."
    ents = [_ent(text, "Énergie et des Mines")]
    assert _drop_non_actors(text, ents) == []


def test_the_second_portfolio_of_a_pair_of_ministers_is_dropped() -> None:
    text = "Le ministre des Transports, Ali Kane, et celui de l'Agriculture Rurale ont signé la convention."
    ents = [_ent(text, "Ali Kane", "PER"), _ent(text, "Agriculture Rurale")]
    assert [e["text"] for e in _drop_non_actors(text, ents)] == ["Ali Kane"]


def test_a_ministry_and_a_linked_state_after_a_title_are_kept() -> None:
    text = "Le porte-parole du ministère de l'Énergie a reçu le ministre de la Défense du Tchad."
    ents = [_ent(text, "ministère de l'Énergie"), _ent(text, "Tchad", "LOC", "gpe:chad")]
    assert len(_drop_non_actors(text, ents)) == 2


def test_a_capitalised_office_without_a_name_is_dropped_but_the_name_is_kept() -> None:
    text = "La Directrice Générale Adjointe de la société, Aïssa Bako Moussa, a été entendue par les juges."
    ents = [_ent(text, "Directrice Générale Adjointe"), _ent(text, "Aïssa Bako Moussa", "PER")]
    assert [e["text"] for e in _drop_non_actors(text, ents)] == ["Aïssa Bako Moussa"]


def test_a_currency_is_no_actor_in_the_whole_chain() -> None:
    text = "Le budget de la commune de Dosso atteint 12 milliards de FCFA, a annoncé le maire Issa Garba."
    found = _texts(text)
    assert "FCFA" not in found
    assert any("Issa Garba" in t for t in found)


def test_an_organisation_named_after_a_minister_title_in_the_whole_chain_is_not_a_body() -> None:
    text = "Le ministre malien de l'Économie et des Finances, Oumar Diallo, a présenté le budget à Bamako."
    found = _texts(text)
    assert not any(t.startswith("Économie") for t in found)
    assert any("Oumar Diallo" in t for t in found)
