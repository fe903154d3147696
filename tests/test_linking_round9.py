"""Round 9 of issue 3 (branch linking8): KB version 9 (movements of the Tuareg and Arab rebellions), a
movement's name over "de" + a region, over "pour la" + its purpose, and a people or "État" + "du" + a state.

Sentences written for the tests (not taken from any evaluation split); real spaCy model and KB."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.entities import extract_entities
from kibaru.kb import KnowledgeBase


def _ents(text: str, date: str = "2015-05") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def test_kb_version_9_knows_the_movements_of_the_rebellions() -> None:
    kb = KnowledgeBase.load()
    assert int(kb.version) >= 9
    for surface, kb_id in [
        ("MFUA", "grp:mfua"), ("Front populaire de libération de l'Azawad", "grp:fpla"), ("ARLA", "grp:arla"),
        ("Mouvement islamique de l'Azawad", "grp:mia"), ("FLNA", "grp:maa"),
        ("Ibrahim Ag Bahanga", "per:ibrahim-ag-bahanga"),
    ]:
        assert [a.id for a in kb.lookup(surface)] == [kb_id], surface


def test_a_movement_name_runs_over_a_region_after_it() -> None:
    ents = _ents("En 1991, les Mouvements et Fronts unifiés de l'Azawad négocient avec Bamako.")
    texts = [e["text"] for e in ents]
    assert "Mouvements et Fronts unifiés de l'Azawad" in texts
    assert "Azawad" not in texts


def test_an_unknown_movement_over_a_region_is_one_organisation() -> None:
    ents = _ents("Le Front démocratique du Macina revendique l'attaque de Ténenkou.")
    org = [e for e in ents if e["text"].startswith("Front démocratique")]
    assert org and org[0]["text"] == "Front démocratique du Macina" and org[0]["label"] == "ORG"


def test_a_council_name_runs_over_its_purpose() -> None:
    ents = _ents("Le Conseil militaire pour la défense de la nation prend le pouvoir à Niamey.")
    assert "Conseil militaire pour la défense de la nation" in [e["text"] for e in ents]


def test_a_people_or_the_state_before_du_and_a_state_is_the_state() -> None:
    ents = _ents("Le groupe recrute parmi les Touaregs du Niger et défend l'État du Mali.")
    places = {(e["text"], e["label"]) for e in ents}
    assert {("Niger", "LOC"), ("Mali", "LOC")} <= places
    assert not any(text.startswith(("Touaregs du", "État du")) for text, _ in places)


def test_a_katiba_named_after_a_person_is_the_unit() -> None:
    ents = _ents("Il commande la katiba Khalid ben Walid, une unité d'Ansar Dine.")
    unit = [e for e in ents if "Khalid" in e["text"]]
    assert unit and unit[0]["text"] == "katiba Khalid ben Walid" and unit[0]["label"] == "ORG"


def test_a_kb_acronym_loses_a_trailing_adjective() -> None:
    ents = _ents("Une autre branche, appelée MAA loyaliste, rejoint la Plateforme en 2014.")
    maa = [e for e in ents if e["text"].startswith("MAA")]
    assert maa and maa[0]["text"] == "MAA" and maa[0]["kb_id"] is not None
