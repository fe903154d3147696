"""The component registry's checks on a configured chain (reads, optional reads, order)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
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


def test_a_component_declares_its_data_static_or_from_the_settings(tmp_path: Path) -> None:
    own = tmp_path / "own.json"
    registry.component("fixed", reads=["text"], writes=["quotes"], data=["quotes", own])(_noop)
    registry.component("chosen", reads=["text"], writes=["events"],
                       data=lambda settings: [str((settings.get("chosen") or {}).get("model", "events"))])(_noop)
    registry.component("silent", reads=["text"], writes=["stance"])(_noop)
    # Relative paths are under kibaru's data folder, absolute ones are kept.
    assert registry.data_files("fixed", {}) == [registry.DATA / "quotes", own]
    assert registry.data_files("chosen", {}) == [registry.DATA / "events"]
    assert registry.data_files("chosen", {"chosen": {"model": str(own)}}) == [own]
    assert registry.data_files("silent", {}) is None  # declares none: provenance records "plugin"
    assert registry.data_files("unknown", {}) is None
    assert [c.name for c in registry.resolve(["fixed", "chosen"])] == ["fixed", "chosen"]


def test_a_builtin_component_is_imported_to_read_its_declaration(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "ux18_toy_component.py").write_text(
        "from kibaru.enrich.registry import component\n"
        "component('toy', reads=['text'], writes=['stance'], data=['toy.json'])(lambda articles, settings: None)\n",
        encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "BUILTIN_MODULES", {"toy": "ux18_toy_component"})
    assert "toy" not in registry.registered()
    assert registry.data_files("toy", {}) == [registry.DATA / "toy.json"]
    assert "toy" in registry.registered()
    monkeypatch.delitem(sys.modules, "ux18_toy_component")
