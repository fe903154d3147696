"""Storage behind a small interface; the backend is chosen from the database URL.

``open_storage("kibaru.duckdb")`` (or ``:memory:``) gives the embedded DuckDB backend;
``postgresql://…`` (or ``postgres://…``) URLs the PostgreSQL team-server backend.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kibaru.errors import StorageError
from kibaru.store.base import ReadCursor, RunSummary, SearchHit, SearchResults, Storage, StoredSignature

DEFAULT_DB = "kibaru.duckdb"

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_DB", "ReadCursor", "RunSummary", "SearchHit", "SearchResults", "Storage", "StoredSignature",
    "is_postgres_url", "open_storage", "resolve_db",
]


def resolve_db(db: str | None) -> str:
    """The database to use: the option, else ``$KIBARU_DB``, else ``./kibaru.duckdb``."""
    return db or os.environ.get("KIBARU_DB") or DEFAULT_DB


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def open_storage(db: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Storage:
    """Open (and by default migrate) the database named by ``db``."""
    url = resolve_db(db)
    storage: Storage
    if is_postgres_url(url):
        from kibaru.store.postgres_store import PostgresStorage

        storage = PostgresStorage(url, read_only=read_only)
    else:
        from kibaru.store.duckdb_store import DuckDBStorage

        if read_only and url != ":memory:" and not Path(url).exists():
            raise StorageError(f"no database at {url}: run `kibaru ingest` first")
        storage = DuckDBStorage(url, read_only=read_only)
    try:
        version = storage.schema_version()
        if read_only and storage.backend == "postgres" and version == 0:
            raise StorageError(f"no kibaru schema in {storage.url}: run `kibaru ingest` (or `kibaru migrate`) first")
        _refuse_newer_schema(storage, version, read_only)
        if migrate and not read_only:
            storage.migrate()
    except BaseException:
        storage.close()
        raise
    return storage


def _refuse_newer_schema(storage: Storage, found: int, read_only: bool) -> None:
    """A database a newer kibaru migrated is never written by this one (its migrations would be skipped and its
    new columns left empty); reading it goes on with a warning (the tables this version reads are still there).
    ``found``: the database's schema version."""
    from kibaru.store.migrations import migrations_for

    known = max((m.version for m in migrations_for(storage.backend)), default=0)
    if found <= known:
        return
    what = f"{storage.url} has schema version {found}, newer than this kibaru knows ({known})"
    if not read_only:
        raise StorageError(f"{what}: upgrade kibaru before writing to it")
    log.warning("%s: reading it anyway; some of its data may not be shown", what)
