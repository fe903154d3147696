"""DuckDB backend: the embedded default (one file, no server)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from kibaru.errors import StorageError
from kibaru.model import Article, Rejection
from kibaru.store import quotes_table, search_index
from kibaru.store.base import (
    FINISH_RUN_SQL,
    DbApiReadCursor,
    EnrichmentStamp,
    RunSummary,
    SearchHit,
    SearchResults,
    StoredSignature,
    page_window,
    status_report,
)
from kibaru.store.migrations import (
    EVENT_ACTORS_VERSION,
    NAME_FACETS_VERSION,
    QUOTES_VERSION,
    SEARCH_INDEX_VERSION,
    TECHNIQUE_VOICE_VERSION,
    migrations_for,
    split_statements,
)
from kibaru.store.rows import (
    ARTICLE_COLUMNS,
    article_from_row,
    article_values,
    check_batch,
    check_enrichment_fields,
    where_clause,
)
from kibaru.store.search_terms import query_terms, split_excluded, term_pattern

# Columns an update must leave alone: where and when the article was first seen.
_KEEP_ON_UPDATE = {"id", "ingest_seq", "first_run", "cluster_id"}

_ARROW_SCHEMA = pa.schema(
    [(name, pa.bool_() if name == "synthetic" else pa.string()) for name in ARTICLE_COLUMNS]
    + [("text_hash", pa.string()), ("minhash", pa.binary()), ("ingest_seq", pa.int64()), ("first_run", pa.int32()),
       ("last_run", pa.int32()), ("enrichment", pa.string()), ("enrichment_key", pa.string())]
)


# DuckDB's buffer pool otherwise grows towards 80 % of RAM: it keeps the table's blocks cached as the
# database grows. Writers get a small cap so a long ingest's memory stays flat (calibrated on a 20k-dump
# ingest: with 512 MB the cached table blocks reached 61 MB and kept growing with the table; with 128 MB
# they are evicted and RSS stayed within 330-390 MB; DuckDB spills to disk beyond the cap). Readers (the
# dashboard) get more room for sorts and scans. $KIBARU_DUCKDB_MEMORY overrides both.
WRITE_MEMORY_LIMIT = "128MB"
READ_MEMORY_LIMIT = "512MB"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# DuckDB draws a progress bar for a query over 2 s, and on stdout, inside the JSONL or CSV a command writes there
# (`kibaru quotes -f jsonl > out.jsonl` on 10,000 articles: seen in ux24).
NO_PROGRESS_BAR = "SET enable_progress_bar = false"


class DuckDBStorage:
    """Articles in one DuckDB file (or ``:memory:``)."""

    backend = "duckdb"

    def __init__(self, path: str | Path, *, read_only: bool = False, memory_limit: str | None = None) -> None:
        self.url = str(path)
        memory_limit = memory_limit or os.environ.get("KIBARU_DUCKDB_MEMORY") or (
            READ_MEMORY_LIMIT if read_only else WRITE_MEMORY_LIMIT
        )
        try:
            self.con = duckdb.connect(self.url, read_only=read_only, config={"memory_limit": memory_limit})
            self.con.execute(NO_PROGRESS_BAR)  # a session setting: every read cursor sets it too
        except duckdb.Error as exc:  # locked, corrupt, not a database
            raise StorageError(f"cannot open DuckDB database {self.url}: {exc}") from exc

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> int:
        current = self.schema_version()
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        for migration in migrations_for(self.backend):
            if migration.version <= current:
                continue
            with self._transaction(f"migration {migration.name}"):
                for statement in split_statements(migration.sql):
                    self.con.execute(statement)
                if migration.version == SEARCH_INDEX_VERSION:
                    search_index.backfill_duckdb(self.con)
                if migration.version == EVENT_ACTORS_VERSION:
                    search_index.backfill_event_actors_duckdb(self.con)
                if migration.version == TECHNIQUE_VOICE_VERSION:
                    search_index.backfill_technique_voices_duckdb(self.con)
                if migration.version == QUOTES_VERSION:
                    quotes_table.backfill_duckdb(self.con)
                if migration.version == NAME_FACETS_VERSION:
                    search_index.backfill_names_duckdb(self.con)
                self.con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, ?)", [migration.version, migration.name, _now()]
                )
            current = migration.version
        if current >= SEARCH_INDEX_VERSION:
            self.compact_search_index()
        return current

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """One write committed whole or rolled back (as the PostgreSQL store's); DuckDB errors become StorageError."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StorageError(f"{what} on {self.url} failed: {exc}") from exc
        except BaseException:
            self.con.execute("ROLLBACK")  # never leave a transaction open behind a non-database error
            raise

    # -- runs -----------------------------------------------------------------------------
    def begin_run(self, inputs: Sequence[str], *, kind: str = "ingest") -> int:
        # DuckDB has one writer: a run still marked running was killed before it finished.
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, status, inputs, kind) VALUES (?, ?, 'running', ?, ?)",
            [run_id, _now(), json.dumps(list(inputs), ensure_ascii=False), kind],
        )
        return run_id

    def finish_run(self, run_id: int, summary: RunSummary, status: str = "ok") -> None:
        self.con.execute(FINISH_RUN_SQL, [_now(), status, *summary.as_row().values(), run_id])
        self.compact_search_index()

    def compact_search_index(self, *, force: bool = False) -> bool:
        """Keep the search postings sorted (fast lookups); an optimisation, so a failure is not fatal."""
        try:
            return search_index.compact_duckdb(self.con, force=force)
        except duckdb.Error:
            return False

    # -- articles -------------------------------------------------------------------------
    def content_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]
        ).fetchall()
        return {str(i): str(h) for i, h in rows}

    def ids_with_text_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        if not hashes:
            return {}
        rows = self.con.execute(
            "SELECT text_hash, min(id) FROM articles WHERE text_hash IN (SELECT unnest(?::VARCHAR[])) "
            "GROUP BY text_hash",
            [list(hashes)],
        ).fetchall()
        return {str(h): str(i) for h, i in rows}

    def write_batch(
        self,
        run_id: int,
        articles: Sequence[Article],
        signatures: Sequence[bytes],
        rejections: Sequence[Rejection],
        stamp: EnrichmentStamp | None = None,
    ) -> None:
        check_batch(articles, signatures)
        with self._transaction("writing a batch"):
            if articles:
                self._upsert(run_id, articles, signatures, stamp)
            if rejections:
                self.con.executemany(
                    'INSERT INTO rejections (run_id, "where", reason) VALUES (?, ?, ?)',
                    [[run_id, r.where, r.reason] for r in rejections],
                )

    def _upsert(self, run_id: int, articles: Sequence[Article], signatures: Sequence[bytes],
                stamp: EnrichmentStamp | None) -> None:
        row = self.con.execute("SELECT coalesce(max(ingest_seq), 0) FROM articles").fetchone()
        next_seq = int(row[0]) + 1 if row else 1
        columns: dict[str, list[Any]] = {name: [] for name in _ARROW_SCHEMA.names}
        provenance = [stamp.record, stamp.key] if stamp else [None, None]
        for offset, (article, signature) in enumerate(zip(articles, signatures, strict=True)):
            values = [*article_values(article), signature, next_seq + offset, run_id, run_id, *provenance]
            for name, value in zip(_ARROW_SCHEMA.names, values, strict=True):
                columns[name].append(value)
        batch = pa.table(columns, schema=_ARROW_SCHEMA)  # noqa: F841 - read by DuckDB below
        names = ", ".join(_ARROW_SCHEMA.names)
        updates = ", ".join(f"{n} = excluded.{n}" for n in _ARROW_SCHEMA.names if n not in _KEEP_ON_UPDATE)
        self.con.execute(
            f"INSERT INTO articles ({names}) SELECT {names} FROM batch ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        search_index.write_duckdb(self.con, articles, replace=True)
        quotes_table.write_duckdb(self.con, articles)

    def write_enrichments(self, articles: Sequence[Article], fields: Sequence[str], stamp: EnrichmentStamp) -> None:
        check_enrichment_fields(fields)
        if not articles:
            return
        changes = pa.table(  # noqa: F841 - read by DuckDB below
            {"id": [a.id for a in articles]}
            | {name: [json.dumps(getattr(a, name), ensure_ascii=False) for a in articles] for name in fields}
        )
        fac = search_index.facets(articles)  # noqa: F841 - read by DuckDB below
        assignments = "".join(f"{name} = changes.{name}, " for name in fields)
        with self._transaction("writing enrichments"):
            self.con.execute(
                f"UPDATE articles SET {assignments}enrichment = ?, enrichment_key = ? FROM changes "
                "WHERE articles.id = changes.id", [stamp.record, stamp.key],
            )
            self.con.execute("DELETE FROM article_facets WHERE article_id IN (SELECT id FROM changes)")
            self.con.execute("INSERT INTO article_facets SELECT * FROM fac")
            quotes_table.write_duckdb(self.con, articles)

    def signatures(self) -> Iterator[StoredSignature]:
        cursor = self.con.execute(
            "SELECT id, minhash, date, ingest_seq FROM articles WHERE minhash IS NOT NULL ORDER BY ingest_seq"
        )
        while rows := cursor.fetchmany(10_000):
            for article_id, signature, date, seq in rows:
                yield StoredSignature(str(article_id), bytes(signature), date, int(seq))

    def set_clusters(self, cluster_of: dict[str, str], first_of: dict[str, str]) -> None:
        sizes: dict[str, int] = {}
        for cluster_id in cluster_of.values():
            sizes[cluster_id] = sizes.get(cluster_id, 0) + 1
        assignments = pa.table({"id": list(cluster_of), "cluster_id": list(cluster_of.values())})  # noqa: F841
        cluster_rows = pa.table(  # noqa: F841 - read by DuckDB below
            {
                "cluster_id": list(first_of),
                "first_article_id": list(first_of.values()),
                "size": [sizes.get(c, 0) for c in first_of],
            }
        )
        with self._transaction("writing clusters"):
            self.con.execute(
                "UPDATE articles SET cluster_id = assignments.cluster_id FROM assignments "
                "WHERE articles.id = assignments.id AND articles.cluster_id IS DISTINCT FROM assignments.cluster_id"
            )
            self.con.execute("DELETE FROM clusters")
            self.con.execute("INSERT INTO clusters SELECT cluster_id, first_article_id, size FROM cluster_rows")

    def iter_articles(self, *, where: dict[str, Any] | None = None, batch_size: int = 500) -> Iterator[Article]:
        clauses, params = where_clause(where or {})
        cursor = self.con.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles {clauses} ORDER BY ingest_seq", params
        )
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(batch_size):
            for row in rows:
                yield article_from_row(dict(zip(names, row, strict=True)))

    def get_article(self, article_id: str) -> Article | None:
        return next(self.iter_articles(where={"id": article_id}), None)

    def text_of(self, article_id: str) -> str:
        row = self.con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return str(row[0]) if row else ""

    def count_articles(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def status(self) -> dict[str, Any]:
        return status_report(self.url, self.schema_version(), lambda sql: self.con.execute(sql).fetchall())

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filters: dict[str, Any] | None = None
    ) -> SearchResults:
        kept, excluded = split_excluded(query)
        terms = query_terms(kept)
        if not terms:
            return SearchResults(total=0)
        clauses, filter_params = where_clause(filters or {})
        patterns = [term_pattern(term) for term in terms]
        # "-wagner": no article containing the word (it used to be searched as one more required word).
        unwanted = [term_pattern(term) for term in query_terms(excluded) if term not in terms]
        # Every word must start a word of the title or the text; a title match weighs like three mentions.
        score = " + ".join(
            "3 * regexp_matches(coalesce(title, ''), ?)::INTEGER + len(regexp_extract_all(text, ?))" for _ in terms
        )
        where = " AND ".join("(regexp_matches(coalesce(title, ''), ?) OR regexp_matches(text, ?))" for _ in terms)
        where += "".join(" AND NOT (regexp_matches(coalesce(title, ''), ?) OR regexp_matches(text, ?))"
                         for _ in unwanted)
        where_params = [p for pattern in [*patterns, *unwanted] for p in (pattern, pattern)] + filter_params
        if clauses:
            where += " AND " + clauses.removeprefix("WHERE ")
        sql = (
            f"SELECT id, title, date, outlet, cluster_id, ({score})::DOUBLE AS score, count(*) OVER () "
            f"FROM articles WHERE {where} ORDER BY score DESC, date DESC NULLS LAST, ingest_seq DESC LIMIT ? OFFSET ?"
        )
        params = [p for pattern in patterns for p in (pattern, pattern)] + where_params
        with self.read_cursor() as cur:
            rows = cur.execute(sql, [*params, *page_window(limit, offset)]).fetchall()
            total = int(rows[0][6]) if rows else 0
            if not rows and offset > 0:
                row = cur.execute(f"SELECT count(*) FROM articles WHERE {where}", where_params).fetchone()
                total = int(row[0]) if row else 0
        return SearchResults(total=total, hits=[SearchHit.from_row(r) for r in rows])

    @contextmanager
    def read_cursor(self) -> Iterator[DuckDBReadCursor]:
        # A DuckDB connection must not be shared between threads; its cursors may.
        cursor = self.con.cursor()
        cursor.execute(NO_PROGRESS_BAR)
        try:
            yield DuckDBReadCursor(cursor)
        finally:
            cursor.close()

    def close(self) -> None:
        self.con.close()


class DuckDBReadCursor(DbApiReadCursor):
    """``Storage.read_cursor``'s cursor on DuckDB: its ``?`` placeholders are DuckDB's own."""

