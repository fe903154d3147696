"""The learned actor selector (kibaru.enrich.event_actors, round 14): candidates, the margin, the switch."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import Traced, traced_event, traced_events
from kibaru.enrich import event_actors
from kibaru.enrich.event_roles import RoleModel

# Invented sentences: a subject seller and a recipient, a capital standing for its state, a pronoun
# subject resolved from the previous sentence.
TEXTS = {
    "sale": "La Turquie a livré six drones de combat au Niger mardi.",
    "seat": "Moscou a livré des hélicoptères à Bamako en janvier.",
    "pronoun": "Le président Mohamed Bazoum était à Paris. Il a rencontré Emmanuel Macron lundi.",
}
LABELS = ("none", "source", "target", "participant")


@pytest.fixture(scope="module")
def traced() -> Traced:
    return traced_events(TEXTS, "2024-03-12")


def _event(traced: Traced, name: str, etype: str) -> Any:
    return traced_event(traced, name, etype)


def _model(weights: dict[str, list[float]]) -> RoleModel:
    return RoleModel(LABELS, (0.0, 0.0, 0.0, 0.0), weights, {})


def test_candidates_carry_the_rules_decision(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    ev = _event(traced, "sale", "arms_transfer")
    cands = {name[0]: (feats, rule) for _key, name, feats, rule in event_actors.candidates(ev)}
    assert cands["Turquie"][1] == "source" and "final=source" in cands["Turquie"][0]
    assert cands["Niger"][1] == "target" and "t|final=arms_transfer|target" in cands["Niger"][0]
    assert "subj" in cands["Turquie"][0]


def test_a_capital_is_one_candidate_under_its_state(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    ev = _event(traced, "seat", "arms_transfer")
    cands = event_actors.candidates(ev)
    keys = [key for key, *_ in cands]
    assert len(keys) == len(set(keys))
    roles = {ev.names.get(key, name)[0]: rule for key, name, _f, rule in cands}
    assert roles.get("Russie") == "source" and roles.get("Mali") == "target"


def test_a_resolved_pronoun_is_an_extra_candidate(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    ev = _event(traced, "pronoun", "meeting")
    extras = [(name, rule) for _key, name, feats, rule in event_actors.candidates(ev) if "extra" in feats]
    assert any(rule == "source" for _name, rule in extras)


def test_a_neutral_model_keeps_the_rules(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    for name in TEXTS:
        for _d, ev in traced[name]:
            before = dict(ev.actors)
            event_actors.select(ev, _model({}), margin=0.0)
            assert ev.actors == before


def test_the_margin_decides_when_the_model_overrides(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    ev = _event(traced, "sale", "arms_transfer")
    before = dict(ev.actors)
    # the model prefers "none" for every target the rules chose: p(none) ~ 0.71, p(target) ~ 0.10
    model = _model({"final=target": [2.0, 0.0, 0.0, 0.0]})
    event_actors.select(ev, model, margin=0.9)
    assert ev.actors == before  # not confident enough
    event_actors.select(ev, model, margin=0.3)
    assert "target" not in ev.actors.values() and "source" in ev.actors.values()


def test_the_switch_reads_the_configuration() -> None:
    assert event_actors.configured({"events": {"actor_selector": False}}) is None
    assert event_actors.configured({}) is None


def test_per_type_tables_add_the_type_weights_to_the_shared_ones() -> None:
    model = RoleModel(LABELS, (0.0, 0.0, 0.0, 0.0),
                      {"final=target": [1.0, 0.0, 0.0, 0.0], "election#final=target": [-3.0, 0.0, 2.0, 0.0],
                       "election#subj": [0.5, 0.0, 0.0, 0.0]}, {"per_type": True})
    tables = event_actors.typed_tables(model)
    assert tables["election"]["final=target"] == [-2.0, 0.0, 2.0, 0.0]
    assert tables["election"]["subj"] == [0.5, 0.0, 0.0, 0.0]
    assert tables[""] == {"final=target": [1.0, 0.0, 0.0, 0.0]}  # a type without its own weights: shared only
    assert event_actors.augment(["subj"], "attack") == ["subj", "attack#subj"]


def test_a_per_type_model_applies_only_its_own_type(traced: dict[str, list[tuple[dict[str, Any], Any]]]) -> None:
    ev = _event(traced, "sale", "arms_transfer")
    before = dict(ev.actors)
    # drops every target of a meeting, and of nothing else: the arms transfer keeps its target
    other = RoleModel(LABELS, (0.0, 0.0, 0.0, 0.0), {"meeting#final=target": [5.0, 0.0, 0.0, 0.0]}, {"per_type": True})
    event_actors.select(ev, other, margin=0.3)
    assert ev.actors == before
    own = RoleModel(LABELS, (0.0, 0.0, 0.0, 0.0), {"arms_transfer#final=target": [5.0, 0.0, 0.0, 0.0]},
                    {"per_type": True})
    event_actors.select(ev, own, margin=0.3)
    assert "target" not in ev.actors.values() and "source" in ev.actors.values()
