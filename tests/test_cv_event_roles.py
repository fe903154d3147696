"""Round 30's role-model comparison script (benchmarks/cv_event_roles.py): the margin application keeps the rules'
decision unless the model is confident and never touches the rules' own resolutions; the extended features."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from event_helpers import Traced, traced_event, traced_events
from kibaru.enrich.event_roles import RoleModel
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent
# Invented sentences: a seller and a recipient, a capital standing for its state, a meeting « entre X et Y ».
TEXTS = {
    "sale": "La Turquie a livré six drones de combat au Niger mardi.",
    "seat": "Moscou a livré des hélicoptères à Bamako en janvier.",
    "talks": "Une rencontre entre le Mali et le Niger a eu lieu lundi à Niamey.",
}
LABELS = ("none", "source", "target", "participant")


@pytest.fixture(scope="module")
def cvr() -> Any:
    return load_script(REPO / "benchmarks" / "cv_event_roles.py", "cv_event_roles_test")


@pytest.fixture()
def traced() -> Traced:
    return traced_events(TEXTS, "2024-03-12", roles_model=None)


def _event(traced: Traced, name: str, etype: str) -> Any:
    return traced_event(traced, name, etype)


def _model(weights: dict[str, list[float]]) -> RoleModel:
    return RoleModel(LABELS, (0.0, 0.0, 0.0, 0.0), weights, {})


def test_the_margin_decides_when_the_role_model_overrides(cvr: Any, traced: Any) -> None:
    ev = _event(traced, "sale", "arms_transfer")
    before = dict(ev.actors)
    assert "target" in before.values()
    # the model prefers "none" for every candidate the rules made a target: p(none) ~ 0.71, p(target) ~ 0.10
    model = _model({"rule=role:target": [2.0, 0.0, 0.0, 0.0]})
    cvr.margin_apply(0.9, cvr.base_features)(ev, model)
    assert ev.actors == before  # not confident enough
    cvr.margin_apply(0.3, cvr.base_features)(ev, model)
    assert "target" not in ev.actors.values() and "source" in ev.actors.values()


def test_a_capital_read_as_its_state_is_left_to_the_rules(cvr: Any, traced: Any) -> None:
    ev = _event(traced, "seat", "arms_transfer")
    before = dict(ev.actors)
    assert any(c.added and c.added != c.ent.get("kb_id") for c in ev.candidates)
    model = _model({"t=arms_transfer": [5.0, 0.0, 0.0, 0.0]})  # « none » for everything, very confident
    cvr.margin_apply(0.1, cvr.base_features)(ev, model)
    assert ev.actors == before


def test_the_entre_side_feature(cvr: Any, traced: Any) -> None:
    ev = _event(traced, "talks", "meeting")
    sides = {c.ent["text"]: next(f for f in cvr.ext_features(ev, c) if f.startswith("entre=")) for c in ev.candidates}
    assert sides.get("Mali") == "entre=first"
    assert sides.get("Niger") == "entre=second"
