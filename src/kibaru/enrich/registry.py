"""Registered enrichment components, in the spirit of spaCy's factories.

A component is a named function over a batch of articles that declares which article fields it
reads and which it writes. The pipeline runs the components named in the configuration
(``[enrich] components``) in order, checking that what each one reads was written before it.
A component may also declare ``optional_reads``: fields it uses when an earlier component wrote
them and does without otherwise (techniques take their voice from the quotes). Naming the writer
of such a field *after* the reader is refused: the reader would silently run without it.
A component may declare the ``data`` it reads (model files, lexicons; the KB and the spaCy model
are recorded apart): static paths or a function of the settings returning them, relative paths
being under kibaru's packaged ``data`` folder. Its files' hashes go into the enrichment provenance
(kibaru.ingest.provenance), so an article enriched with other files is found stale.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kibaru.errors import ConfigError
from kibaru.model import Article

# Fields every ingested article has before any component runs.
BASE_FIELDS = frozenset(
    {"id", "text", "url", "title", "date", "date_precision", "language", "outlet", "attributed_source"}
)

ComponentFn = Callable[[Sequence[Article], dict[str, Any]], None]
# kibaru's packaged data folder: a relative path a component declares is under it.
DATA = Path(__file__).resolve().parents[1] / "data"
DataPaths = Sequence[str | Path]
# What a component declares it reads: paths, or a function of the settings returning them.
DataDecl = DataPaths | Callable[[Mapping[str, Any]], DataPaths]


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    reads: frozenset[str]
    writes: frozenset[str]
    func: ComponentFn
    optional_reads: frozenset[str] = frozenset()
    data: DataDecl | None = None

    def data_files(self, settings: Mapping[str, Any]) -> list[Path] | None:
        """The files and folders the component declares it reads under ``settings`` (None: it declares none)."""
        if self.data is None:
            return None
        declared = self.data(settings) if callable(self.data) else self.data
        return [DATA / p if not Path(p).is_absolute() else Path(p) for p in declared]


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
              optional_reads: Sequence[str] = (), data: DataDecl | None = None,
              ) -> Callable[[ComponentFn], ComponentFn]:
    """Register ``func(articles, settings)`` (it updates the articles in place) under ``name``; ``data``: the
    model files and data it reads (paths, relative ones under kibaru's data folder, or a function of the
    settings returning them)."""
    if data is not None and not callable(data):
        data = tuple(data)  # a static declaration, frozen

    def register(func: ComponentFn) -> ComponentFn:
        _REGISTRY[name] = Component(name, frozenset(reads), frozenset(writes), func, frozenset(optional_reads),
                                    data)
        return func

    return register


def registered() -> dict[str, Component]:
    return dict(_REGISTRY)


def load_builtin(name: str) -> None:
    """Import the module of the builtin component ``name`` unless it is registered (its module registers it;
    no module loads spaCy or a model when imported, only when its component runs)."""
    if name not in _REGISTRY and name in BUILTIN_MODULES:
        try:
            importlib.import_module(BUILTIN_MODULES[name])
        except ImportError as exc:
            raise ConfigError(
                f"component {name!r} needs the NLP extra: pip install 'kibaru[nlp]' ({exc})"
            ) from exc


def data_files(name: str, settings: Mapping[str, Any]) -> list[Path] | None:
    """The files the component ``name`` declares it reads (None: unknown, or it declares none)."""
    load_builtin(name)
    comp = _REGISTRY.get(name)
    return comp.data_files(settings) if comp else None


def resolve(names: Sequence[str]) -> list[Component]:
    """The components named, in order; fails early on an unknown name or an unmet ``reads``."""
    available = set(BASE_FIELDS)
    chain: list[Component] = []
    for name in names:
        load_builtin(name)
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
