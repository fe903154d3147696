"""Linking round 33: the learned keep/drop decision per unlinked actor (``kibaru.enrich.actor_filter``), the
last step of ``link_entities``. Sentences and names are written for the tests (fictitious people and bodies)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import pytest
from spacy.language import Language

from entity_helpers import entity as _ent
from kibaru.enrich import actor_filter as A
from kibaru.enrich import entities as E
from kibaru.enrich.linking import link_entities
from kibaru.kb import KnowledgeBase


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    return E.domain_pipeline()


@functools.lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return KnowledgeBase.load()


TEXT = (
    "Le ministre Issiaka Kaboréga reçoit l'ONG Sahel Avenir\n"
    "Ouagadougou, le 3 mars. Le ministre Issiaka Kaboréga a reçu hier les responsables de l'ONG Sahel Avenir. "
    "« Médecin de formation, il connaît le terrain », a dit M. Kaboréga. Le Mali était représenté."
)


def _features() -> dict[str, dict[str, float]]:
    ents = [
        _ent(TEXT, "Issiaka Kaboréga", "PER"),
        _ent(TEXT, "Sahel Avenir", "ORG"),
        _ent(TEXT, "Issiaka Kaboréga", "PER", nth=1),
        _ent(TEXT, "Sahel Avenir", "ORG", nth=1),
        _ent(TEXT, "Médecin", "PER"),
        _ent(TEXT, "Mali", "LOC", kb_id="state:mali"),
    ]
    for e in ents[2:]:
        if e["text"] == "Issiaka Kaboréga":
            e["canonical"] = "Issiaka Kaboréga"
    doc = _nlp()(TEXT)
    return {k: f for k, (f, _) in A.cluster_features(doc, TEXT, ents, _kb()).items()}


def test_clusters_are_the_unlinked_people_and_organisations() -> None:
    feats = _features()
    assert set(feats) == {"issiaka kaborega", "sahel avenir", "medecin"}  # the linked state is no cluster


def test_cluster_features_describe_form_and_use() -> None:
    feats = _features()
    person, ngo, word = feats["issiaka kaborega"], feats["sahel avenir"], feats["medecin"]
    assert person["count=2"] == 1.0 and person["words=2"] == 1.0 and person["per"] == 1.0
    assert person["in_title"] == 1.0 and person["after_title"] == 1.0  # "Le ministre Issiaka Kaboréga"
    assert ngo["per"] == 0.0 and ngo["in_title"] == 1.0
    assert word["words=1"] == 1.0 and word["common_word"] == 1.0  # « médecin » is a common noun
    assert word["m_in_quote"] == 1.0 and person["m_in_quote"] == 0.0
    assert person["common_word"] == 0.0


def test_a_near_spelling_of_another_cluster_is_marked() -> None:
    text = "Le député Amadou Sawadogué a parlé. Plus tard, Amadou Sawadogé a confirmé."
    ents = [_ent(text, "Amadou Sawadogué", "PER"), _ent(text, "Amadou Sawadogé", "PER")]
    feats = A.cluster_features(_nlp()(text), text, ents, _kb())
    assert all(f["near_duplicate"] == 1.0 for f, _ in feats.values())
    text2 = "Le député Amadou Sawadogué a parlé. Plus tard, Fatimata Zongo a confirmé."
    ents2 = [_ent(text2, "Amadou Sawadogué", "PER"), _ent(text2, "Fatimata Zongo", "PER")]
    feats2 = A.cluster_features(_nlp()(text2), text2, ents2, _kb())
    assert all(f["near_duplicate"] == 0.0 for f, _ in feats2.values())


def test_drop_removes_every_mention_of_a_rejected_cluster_and_nothing_linked() -> None:
    text = "Le ministre Issiaka Kaboréga a reçu le Mali. Médecin, il a parlé. M. Kaboréga Issiaka est parti."
    ents = [_ent(text, "Issiaka Kaboréga", "PER"), _ent(text, "Mali", "LOC", kb_id="state:mali"),
            _ent(text, "Médecin", "PER")]
    # a hand-set model: one-word names are rejected
    model = A.ActorFilter(2.0, {"words=1": -5.0}, 0.5)
    kept = A.drop_unlikely_actors(_nlp()(text), text, ents, _kb(), model)
    assert [e["text"] for e in kept] == ["Issiaka Kaboréga", "Mali"]
    # a model keeping everything changes nothing
    assert A.drop_unlikely_actors(_nlp()(text), text, ents, _kb(), A.ActorFilter(2.0, {}, 0.5)) == ents


def _shipped() -> dict[str, Any] | None:
    path = resources.files("kibaru").joinpath(*A.MODEL_FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def test_the_shipped_model_is_data_with_provenance() -> None:
    raw = _shipped()
    if raw is None:
        pytest.skip("no actor filter shipped")
    assert "train_actor_filter.py" in raw["about"] and raw["clusters"] > 500
    assert 0.0 < raw["threshold"] < 0.7
    model = A.load_model()
    assert model is not None and model is A.load_model()  # loaded once
    assert set(raw["weights"]) >= {"per", "words=1", "common_word", "m_in_quote"}


def test_the_shipped_model_drops_a_capitalised_common_word_and_keeps_named_actors() -> None:
    if _shipped() is None:
        pytest.skip("no actor filter shipped")
    ents = [
        _ent(TEXT, "Issiaka Kaboréga", "PER"),
        _ent(TEXT, "Sahel Avenir", "ORG"),
        _ent(TEXT, "Issiaka Kaboréga", "PER", nth=1),
        _ent(TEXT, "Sahel Avenir", "ORG", nth=1),
        _ent(TEXT, "Médecin", "PER"),  # a common noun opening a quotation, as the tagger sometimes reads one
        _ent(TEXT, "Mali", "LOC", kb_id="state:mali"),
    ]
    kept = A.drop_unlikely_actors(_nlp()(TEXT), TEXT, ents, _kb())
    assert [e["text"] for e in kept] == [e["text"] for e in ents if e["text"] != "Médecin"]


def test_link_entities_runs_the_step_last() -> None:
    text = "Le ministre Issiaka Kaboréga a reçu hier les responsables de l'ONG Sahel Avenir à Ouagadougou."
    doc = _nlp()(text)
    seen: list[list[str]] = []
    original = A.drop_unlikely_actors

    def spy(doc: Any, text: str, ents: list[dict[str, Any]], kb: KnowledgeBase) -> list[dict[str, Any]]:
        seen.append([e["text"] for e in ents])
        return [e for e in original(doc, text, ents, kb) if e["label"] != "ORG"]

    A.drop_unlikely_actors = spy  # type: ignore[assignment]
    try:
        out = link_entities(doc, E.doc_entities(doc), "2024-03-03", _kb())
    finally:
        A.drop_unlikely_actors = original  # type: ignore[assignment]
    assert seen and "Issiaka Kaboréga" in seen[0]
    assert all(e["label"] != "ORG" for e in out)  # what the step returns is the result


def test_the_step_is_a_setting_and_off_keeps_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """``[enrich] drop_unlikely_actors = false`` skips the step; the default runs it."""
    calls: list[int] = []
    original = A.drop_unlikely_actors

    def spy(doc: Any, text: str, ents: list[dict[str, Any]], kb: KnowledgeBase) -> list[dict[str, Any]]:
        calls.append(len(ents))
        return original(doc, text, ents, kb)

    monkeypatch.setattr(A, "drop_unlikely_actors", spy)
    text = "La Haute Autorité de la Communication a suspendu la chaîne Radio Kankan pour un mois."
    off = E.extract_entities([text], ["2024-07"], {"enrich": {"drop_unlikely_actors": False}})[0]
    assert calls == []
    on = E.extract_entities([text], ["2024-07"], {})[0]
    assert len(calls) == 1
    assert {e["canonical"] for e in on} <= {e["canonical"] for e in off}
