"""Registered enrichment components, in the spirit of spaCy's factories.

A component is a named function over a batch of articles that declares which article fields it
reads and which it writes. The pipeline runs the components named in the configuration
(``[enrich] components``) in order, checking that what each one reads was written before it.
A component may also declare ``optional_reads``: fields it uses when an earlier component wrote
them and does without otherwise (techniques take their voice from the quotes). Naming the writer
of such a field *after* the reader is refused: the reader would silently run without it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kibaru.errors import ConfigError
from kibaru.model import Article

# Fields every ingested article has before any component runs.
BASE_FIELDS = frozenset(
    {"id", "text", "url", "title", "date", "date_precision", "language", "outlet", "attributed_source"}
)

ComponentFn = Callable[[Sequence[Article], dict[str, Any]], None]


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    reads: frozenset[str]
    writes: frozenset[str]
    func: ComponentFn
    optional_reads: frozenset[str] = frozenset()


_REGISTRY: dict[str, Component] = {}

# Components that ship with kibaru, imported only when a configuration names them (their modules
# load spaCy and the knowledge base, which the ingest alone does not need).
BUILTIN_MODULES: dict[str, str] = {
    "entities": "kibaru.enrich.entities",
    "quotes": "kibaru.enrich.quotes",
    "events": "kibaru.enrich.events",
    "techniques": "kibaru.enrich.techniques",
    "narratives": "kibaru.enrich.narratives",
    "stance": "kibaru.enrich.stance",
}


def component(name: str, *, reads: Sequence[str], writes: Sequence[str],
              optional_reads: Sequence[str] = ()) -> Callable[[ComponentFn], ComponentFn]:
    """Register ``func(articles, settings)`` (it updates the articles in place) under ``name``."""

    def register(func: ComponentFn) -> ComponentFn:
        _REGISTRY[name] = Component(name, frozenset(reads), frozenset(writes), func, frozenset(optional_reads))
        return func

    return register


def registered() -> dict[str, Component]:
    return dict(_REGISTRY)


def resolve(names: Sequence[str]) -> list[Component]:
    """The components named, in order; fails early on an unknown name or an unmet ``reads``."""
    available = set(BASE_FIELDS)
    chain: list[Component] = []
    for name in names:
        if name not in _REGISTRY and name in BUILTIN_MODULES:
            try:
                importlib.import_module(BUILTIN_MODULES[name])
            except ImportError as exc:
                raise ConfigError(
                    f"component {name!r} needs the NLP extra: pip install 'kibaru[nlp]' ({exc})"
                ) from exc
        if name not in _REGISTRY:
            known = ", ".join(sorted(_REGISTRY)) or "none"
            raise ConfigError(f"unknown enrichment component {name!r} (registered: {known})")
        comp = _REGISTRY[name]
        missing = comp.reads - available
        if missing:
            raise ConfigError(f"component {name!r} reads {sorted(missing)} which nothing before it writes")
        available |= comp.writes
        chain.append(comp)
    _check_optional_order(chain)
    return chain


def _check_optional_order(chain: Sequence[Component]) -> None:
    """Refuse a chain where a field a component reads when present is written only after it."""
    for i, reader in enumerate(chain):
        earlier = set(BASE_FIELDS).union(*(c.writes for c in chain[:i]))
        for later in chain[i + 1:]:
            late = (reader.optional_reads & later.writes) - earlier
            if late:
                raise ConfigError(
                    f"component {reader.name!r} uses {sorted(late)} when present, but {later.name!r} "
                    f"writes it after {reader.name!r} runs: list {later.name!r} first"
                )
