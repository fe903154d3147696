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
    unseen = groups["heldout19n-29n (neither shipped model saw them)"]
    assert unseen("heldout19n") and unseen("heldout29n")
    assert not unseen("heldout18n") and not unseen("dev10n") and not unseen("heldout30n")
    assert groups["heldout13n-29n"]("heldout13n") and not groups["heldout13n-29n"]("heldout12n")
    assert groups["seen by the shipped selector (up to heldout18n)"]("dev7n")


def test_the_pseudo_blind_splits_are_excluded_by_default(script: Any) -> None:
    assert set(script.PSEUDO_BLIND) == {"heldout30n", "heldout31n"}


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
