"""Round 34's selector comparison script (benchmarks/cv_event_actors.py): the report groups and the memoised actor
keys (the comparison needs no parse; written names only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def script() -> Any:
    return load_script(REPO / "benchmarks" / "cv_event_actors.py", "cv_event_actors_test")


def test_groups_split_what_the_shipped_models_saw(script: Any) -> None:
    groups = script.groups()
    unseen = groups["heldout19n-38n (the shipped selector never saw them)"]
    assert unseen("heldout19n") and unseen("heldout37n") and unseen("heldout38n")
    assert not unseen("heldout18n") and not unseen("dev10n") and not unseen("heldout39n")
    assert groups["heldout13n-38n"]("heldout13n") and not groups["heldout13n-38n"]("heldout12n")
    assert groups["heldout38n"]("heldout38n") and not groups["heldout38n"]("heldout37n")
    assert groups["seen by the shipped selector (up to heldout18n)"]("dev7n")


def test_the_pseudo_blind_splits_are_excluded_by_default(script: Any) -> None:
    assert set(script.PSEUDO_BLIND) == {"heldout39n", "heldout40n"}  # round 48 (heldout41n blind; 38n development)


def test_memoised_keys_answer_as_the_evaluator(script: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    def keys(name: str | None, kb_id: str | None, kb: Any) -> set[str]:
        calls.append((name, kb_id))
        return {f"{name}|{kb_id}"}

    monkeypatch.setattr(script.eval_events, "_keys", keys)
    script._cache_keys()
    first = script.eval_events._keys("Mali", "Q912", None)
    again = script.eval_events._keys("Mali", "Q912", None)
    assert first == again == {"Mali|Q912"} and len(calls) == 1


def test_extra_actor_classes(script: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace as NS

    monkeypatch.setattr(script.eval_events, "_same_place", lambda g, s, kb: g == s)
    rules = NS(added=None, ent={"kb_id": "Q1", "canonical": "Mali"}, what="role", value="source", kind="state")
    flipped = NS(added=None, ent={"kb_id": "Q2", "canonical": "Niger"}, what="skip", value="path", kind="state")
    ev = NS(candidates=[rules, flipped], resolved={"Q3"})
    gold = {"actors": [{"name": "Tchad", "role": "target"}], "location": "Niger"}
    actor = {"canonical": "Mali", "kb_id": "Q1", "role": "source"}
    assert script.extra_class(actor, gold, ev, None) == "source | state | rules | gold: other actors"
    actor = {"canonical": "Niger", "kb_id": "Q2", "role": "target"}
    assert script.extra_class(actor, gold, ev, None) == "target | state | selector over rules skip | gold: its place"
    actor = {"canonical": "Armée", "kb_id": "Q3", "role": "source"}
    assert script.extra_class(actor, {"actors": [], "location": None}, ev, None) == (
        "source | ? | resolved | gold: no actor")
