"""Storage behind a small interface; the backend is chosen from the database URL.

``open_storage("kibaru.duckdb")`` (or ``:memory:``) gives the embedded DuckDB backend;
``postgresql://…`` URLs are reserved for the team-server backend.
"""

from __future__ import annotations

import os
from pathlib import Path

from kibaru.errors import StorageError
from kibaru.store.base import RunSummary, Storage, StoredSignature

DEFAULT_DB = "kibaru.duckdb"

__all__ = ["DEFAULT_DB", "RunSummary", "Storage", "StoredSignature", "open_storage", "resolve_db"]


def resolve_db(db: str | None) -> str:
    """The database to use: the option, else ``$KIBARU_DB``, else ``./kibaru.duckdb``."""
    return db or os.environ.get("KIBARU_DB") or DEFAULT_DB


def open_storage(db: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Storage:
    """Open (and by default migrate) the database named by ``db``."""
    url = resolve_db(db)
    if url.startswith(("postgres://", "postgresql://")):
        raise StorageError("the PostgreSQL backend is not available in this version; use a DuckDB file")
    from kibaru.store.duckdb_store import DuckDBStorage

    if read_only and url != ":memory:" and not Path(url).exists():
        raise StorageError(f"no database at {url}: run `kibaru ingest` first")
    storage = DuckDBStorage(url, read_only=read_only)
    if migrate and not read_only:
        storage.migrate()
    return storage
