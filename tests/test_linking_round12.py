"""Round 12 of issue 3 (branch linking11): an institution named without its state is the home state's,
double surnames cut at the hyphen, one-word short forms of an organisation, an acronym's bracketed
expansion, courts named by their seat, misspelt first names of a KB person, KB version 12.

Sentences written for the tests (not taken from any evaluation split); real spaCy model and KB."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import _fuzzy_index, _fuzzy_tokens, _home_variants, _repair_spans, link_entities
from kibaru.kb import KnowledgeBase


def _ents(text: str, date: str = "2024-05") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def _ent(text: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end], "label": label}


def _ids(text: str) -> set[str]:
    return {e["kb_id"] for e in _ents(text) if e.get("kb_id")}


def test_kb_v12_lists_other_states_national_assemblies_as_variants_of_the_french_one() -> None:
    kb = KnowledgeBase.load()
    assert int(kb.version) >= 12
    variants = _home_variants(kb)["org:french-national-assembly"]
    assert variants["gpe:niger"].id == "org:national-assembly-niger"
    assert "gpe:france" not in variants


def test_the_national_assembly_of_an_article_about_niger_is_niger_s_and_about_france_france_s() -> None:
    niger = ("Au Niger, les députés nigériens de l'Assemblée nationale ont voté la loi de finances. "
             "Le Niger attend la promulgation, selon la presse nigérienne.")
    france = ("En France, l'Assemblée nationale a débattu du budget des armées. "
              "Les députés français ont voté le texte.")
    assert "org:national-assembly-niger" in _ids(niger)
    assert "org:french-national-assembly" not in _ids(niger)
    assert "org:french-national-assembly" in _ids(france)


def test_a_double_surname_cut_at_its_hyphen_is_mended_but_a_pair_of_kb_people_is_not() -> None:
    kb = KnowledgeBase.load()
    text = "Le ministre Janos Kovacs-Horvath a parlé de l'entretien Vladimir Poutine-Macron."
    one = _ent(text, text.index("Janos"), text.index("-Horvath"), "PER")
    pair = _ent(text, text.index("Vladimir"), text.index("-Macron"), "PER")
    out = _repair_spans(text, [one, pair], kb)
    assert [e["text"] for e in out] == ["Janos Kovacs-Horvath", "Vladimir Poutine"]


def test_an_acronym_s_bracketed_expansion_runs_to_the_bracket_only_when_the_whole_spells_it() -> None:
    kb = KnowledgeBase.load()
    text = ("Le RCPL (Rassemblement des commerçants et producteurs locaux) a protesté. "
            "Le GRN (Groupe des amis et voisins) aussi.")
    first = _ent(text, text.index("Rassemblement"), text.index(" et producteurs"), "ORG")
    second = _ent(text, text.index("Groupe"), text.index(" et voisins"), "ORG")
    out = _repair_spans(text, [first, second], kb)
    assert [e["text"] for e in out] == ["Rassemblement des commerçants et producteurs locaux", "Groupe des amis"]


def test_a_court_named_by_its_seat_is_an_organisation() -> None:
    kb = KnowledgeBase.load()
    text = "Il a comparu devant la cour d'appel de Niamey puis devant le tribunal de grande instance de Gao."
    seats = [_ent(text, text.index("Niamey"), text.index("Niamey") + 6, "LOC"),
             _ent(text, text.index("Gao"), text.index("Gao") + 3, "LOC")]
    out = _repair_spans(text, seats, kb)
    assert [(e["text"], e["label"]) for e in out] == [
        ("cour d'appel de Niamey", "ORG"), ("tribunal de grande instance de Gao", "ORG")]


def test_misspelt_first_names_of_a_kb_person_find_him_but_a_different_first_name_does_not() -> None:
    kb = KnowledgeBase.load()
    index = _fuzzy_index(kb)
    assert "per:roch-marc-christian-kabore" in _fuzzy_tokens("marc cristian kabore", index)
    assert "per:roch-marc-christian-kabore" not in _fuzzy_tokens("paul kabore", index)


def test_kb_v12_companies_and_agencies_and_a_short_form_of_an_organisation() -> None:
    kb = KnowledgeBase.load()
    assert [a.id for a in kb.lookup("PAOEI")] == ["grp:iswap"]
    assert [a.id for a in kb.lookup("China National Petroleum Corp")] == ["org:cnpc"]
    text = "La société Tamgak Minerals a signé un contrat. Tamgak conteste pourtant le calendrier."
    ents = [_ent(text, 11, 26, "ORG"), _ent(text, text.index("Tamgak con"), text.index(" conteste"), "PER")]
    out = link_entities(None, ents, "2024-05", kb)
    assert [(e["canonical"], e["label"]) for e in out] == [("Tamgak Minerals", "ORG"), ("Tamgak Minerals", "ORG")]
