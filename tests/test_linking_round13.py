"""Round 13 of the entity linking (branch linking12): a reference number glued to a name, a
place-tagged mention made of two KB organisations, KB version 13."""

from __future__ import annotations

from typing import Any

from kibaru.enrich.linking import _repair_spans, _split_two_names
from kibaru.kb import KnowledgeBase

KB = KnowledgeBase.load()


def _ent(text: str, surface: str, label: str) -> dict[str, Any]:
    start = text.index(surface)
    return {"text": surface, "label": label, "start": start, "end": start + len(surface)}


def test_a_reference_number_glued_to_a_name_is_cut_off() -> None:
    text = "« Le Mali rompt ses relations ». RFI5 août 2024. « Sénégal ». Mondafrique4 août 2024."
    ents = _repair_spans(text, [_ent(text, "RFI5", "ORG"), _ent(text, "Mondafrique4", "ORG")], KB)
    assert [e["text"] for e in ents] == ["RFI", "Mondafrique"]


def test_a_channel_named_with_its_number_keeps_it() -> None:
    text = "le commentateur phare de la chaîne BF1 et de TV5"
    ents = _repair_spans(text, [_ent(text, "BF1", "ORG"), _ent(text, "TV5", "ORG")], KB)
    assert [e["text"] for e in ents] == ["BF1", "TV5"]


def test_two_organisations_tagged_as_a_place_are_split() -> None:
    text = "les combattants de la Katiba Macina du Jnim ont attaqué"
    ents = _split_two_names([_ent(text, "Katiba Macina du Jnim", "LOC")], KB)
    assert [(e["text"], e["label"]) for e in ents] == [("Katiba Macina", "ORG"), ("Jnim", "ORG")]


def test_a_place_of_a_state_is_not_split() -> None:
    text = "la région de Kidal du Mali"
    ents = _split_two_names([_ent(text, "Kidal du Mali", "LOC")], KB)
    assert all(e["label"] != "ORG" for e in ents)


def test_kb_version_13_knows_new_actors_and_variants() -> None:
    assert int(KB.version) >= 13
    assert [a.id for a in KB.lookup("Mohamed Ghazouani")] == ["per:mohamed-ould-ghazouani"]
    assert [a.id for a in KB.lookup("Éléments français au Sénégal")] == ["org:efs"]
    assert [a.id for a in KB.lookup("BF1")] == ["media:bf1"]
