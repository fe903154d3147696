"""The component registry's checks on a configured chain (reads, optional reads, order)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from kibaru.enrich import registry
from kibaru.errors import ConfigError
from kibaru.model import Article


@pytest.fixture(autouse=True)
def private_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test registers its own toy components; the shipped ones are not imported."""
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "BUILTIN_MODULES", {})


def _noop(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    return None


def _register() -> None:
    registry.component("speakers", reads=["text"], writes=["quotes"])(_noop)
    registry.component("spans", reads=["text"], writes=["techniques"], optional_reads=["quotes"])(_noop)
    registry.component("needs_quotes", reads=["quotes"], writes=["stance"])(_noop)


def test_optional_field_may_be_absent() -> None:
    _register()
    chain = registry.resolve(["spans"])
    assert [c.name for c in chain] == ["spans"]
    assert chain[0].optional_reads == {"quotes"}


def test_optional_field_written_before_is_accepted() -> None:
    _register()
    assert [c.name for c in registry.resolve(["speakers", "spans"])] == ["speakers", "spans"]


def test_optional_field_written_after_the_reader_is_refused() -> None:
    _register()
    with pytest.raises(ConfigError, match=r"'spans' uses \['quotes'\].*list 'speakers' first"):
        registry.resolve(["spans", "speakers"])


def test_required_field_missing_is_refused() -> None:
    _register()
    with pytest.raises(ConfigError, match=r"'needs_quotes' reads \['quotes'\]"):
        registry.resolve(["needs_quotes"])


def test_unknown_component_names_the_registered_ones() -> None:
    _register()
    with pytest.raises(ConfigError, match=r"unknown enrichment component 'nope'.*speakers"):
        registry.resolve(["nope"])
