"""PostgreSQL backend: one database shared by a team (``--db postgresql://…``).

The same schema as DuckDB (migrations/postgres mirror migrations/duckdb version by version), the
same reading code (JSON fields are text on both), plus what a server gives: several analysts read
while ingests write (MVCC: readers never wait), and full-text search in French with accents folded.

Concurrency rules:
- every write method is one transaction;
- writes of articles and clusters take a transaction-level advisory lock, so two ingests running at
  once interleave whole batches and never interleave half-batches (no deadlock on shared ids);
- ``ingest_seq`` and ``run_id`` come from sequences (two writers never draw the same number);
- a run holds a session-level advisory lock until it finishes: a run still "running" whose lock is
  free belonged to a process that died, and the next run marks it "interrupted";
- migrations take their own advisory lock, so two processes connecting to an empty database at
  once do not both create the schema.

psycopg 3 is imported lazily: the ``postgres`` extra (``pip install 'kibaru[postgres]'``).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import psycopg

# Advisory lock keys (class, object): "kb" in ASCII, then what is locked.
_LOCK_CLASS = 0x6B62
_MIGRATE_LOCK = 1
_WRITE_LOCK = 2
_RUN_LOCK_CLASS = 0x6B63  # (class, run_id): held by the process running that ingest
# Idle read connections kept for ``read_cursor`` (the dashboard's request threads).
READ_POOL_SIZE = 8
# Rows per page when streaming articles and signatures (keyset pagination on ingest_seq).
SIGNATURE_PAGE = 10_000
# Text search configuration created by migration 001 (French stemming after unaccent).
TS_CONFIG = "french_unaccent"
# Articles read per query when migration 003 fills ``article_facets`` for the articles already stored.
BACKFILL_PAGE = 2000
_FACET_COLUMNS = "article_id, facet, value, label, detail, n, score"
_QUOTE_COLUMNS = ", ".join(quotes_table.QUOTE_COLUMNS)

# Columns written from an Article, then those the store computes (ingest_seq comes from a sequence).
_WRITE_COLUMNS = (*ARTICLE_COLUMNS, "text_hash", "minhash", "first_run", "last_run", "enrichment", "enrichment_key")
_KEEP_ON_UPDATE = {"id", "first_run", "cluster_id"}
_STAGING_TYPES = {"synthetic": "BOOLEAN", "minhash": "BYTEA", "first_run": "INTEGER", "last_run": "INTEGER"}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def redact(url: str) -> str:
    """The URL without its password, for messages and ``status``."""
    return re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1:***@", url)


def _clean(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD (one character for one, so offsets still hold)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def qmark_to_pyformat(sql: str) -> str:
    """Translate ``?`` placeholders (outside quotes) to psycopg's ``%s``; a literal ``%`` becomes ``%%``."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise StorageError(
            "the PostgreSQL backend needs psycopg 3: pip install 'kibaru[postgres]'"
        ) from exc
    return psycopg


class PostgresStorage:
    """Articles in a PostgreSQL database."""

    backend = "postgres"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.psycopg = _psycopg()
        self._dsn = url
        self.url = redact(url)
        self.read_only = read_only
        self._pool: list[psycopg.Connection[Any]] = []
        self._pool_lock = threading.Lock()
        self._staging_ready = False
        self._runs_held: set[int] = set()
        self.con = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            con = self.psycopg.connect(self._dsn, autocommit=True, connect_timeout=10)
        except self.psycopg.Error as exc:
            raise StorageError(f"cannot connect to PostgreSQL at {self.url}: {str(exc).strip()}") from exc
        if self.read_only:
            con.execute("SET default_transaction_read_only = on")
        return con

    @contextmanager
    def _transaction(self, what: str) -> Iterator[psycopg.Connection[Any]]:
        """One transaction on the writer's connection; database errors become StorageError."""
        try:
            with self.con.transaction():
                yield self.con
        except self.psycopg.Error as exc:
            raise StorageError(f"{what} on {self.url} failed: {str(exc).strip()}") from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, params).fetchall()
        except self.psycopg.Error as exc:
            raise StorageError(f"reading {self.url} failed: {str(exc).strip()}") from exc

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = self._rows(sql, params)
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        if not self._scalar("SELECT count(*) FROM pg_catalog.pg_tables "
                            "WHERE tablename = 'schema_version' AND schemaname = current_schema()"):
            return 0
        return self._scalar("SELECT max(version) FROM schema_version")

    def migrate(self) -> int:
        latest = max((m.version for m in migrations_for(self.backend)), default=0)
        if self.schema_version() >= latest:  # the usual case: no DDL, so no CREATE privilege needed
            return self.schema_version()
        with self._transaction("migrating the schema") as con:
            con.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _MIGRATE_LOCK))
            con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                        "(version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMP)")
            row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
            current = int(row[0]) if row else 0
            for migration in migrations_for(self.backend):
                if migration.version <= current:
                    continue
                try:
                    with con.transaction():  # a savepoint: the error names the migration
                        for statement in split_statements(migration.sql):
                            con.execute(statement)
                        if migration.version == SEARCH_INDEX_VERSION:
                            self._backfill_facets(con)
                        if migration.version == EVENT_ACTORS_VERSION:
                            self._backfill_event_actors(con)
                        if migration.version == TECHNIQUE_VOICE_VERSION:
                            self._backfill_technique_voices(con)
                        if migration.version == QUOTES_VERSION:
                            self._backfill_quotes(con)
                        if migration.version == NAME_FACETS_VERSION:
                            self._backfill_facet_rows(con, ("entities",), search_index.name_rows)
                        con.execute("INSERT INTO schema_version VALUES (%s, %s, %s)",
                                    (migration.version, migration.name, _now()))
                except self.psycopg.Error as exc:
                    raise StorageError(f"migration {migration.name} failed on {self.url}: {str(exc).strip()}") from exc
                current = migration.version
        return current

    def _backfill_facets(self, con: psycopg.Connection[Any]) -> None:
        """Facet rows for every stored article (migration 003 on a database that already has articles)."""
        last = 0
        with con.cursor() as cur:
            while True:
                cur.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)}, ingest_seq FROM articles WHERE ingest_seq > %s "
                            "ORDER BY ingest_seq LIMIT %s", (last, BACKFILL_PAGE))
                names = [d.name for d in cur.description or []]
                rows = cur.fetchall()
                if not rows:
                    return
                self._write_facets(cur, [article_from_row(dict(zip(names, r, strict=True))) for r in rows])
                last = int(rows[-1][-1])

    def _backfill_event_actors(self, con: psycopg.Connection[Any]) -> None:
        """The ``event_actor`` facet rows of every stored article, from its events (migration 005, after its
        statements deleted any such rows: running it again gives the same rows)."""
        self._backfill_facet_rows(con, ("events",), search_index.event_actor_rows)

    def _backfill_technique_voices(self, con: psycopg.Connection[Any]) -> None:
        """The ``technique`` facet rows of every stored article, one per technique and voice, from its
        techniques and quotes (migration 006, after its statements deleted the old rows: running it again
        gives the same rows)."""
        self._backfill_facet_rows(con, ("techniques", "quotes"), search_index.technique_rows)

    @staticmethod
    def _backfill_facet_rows(con: psycopg.Connection[Any], columns: Sequence[str],
                             rows_of: Callable[..., Iterable[search_index.FacetRow]]) -> None:
        """Facet rows ``rows_of(*decoded JSON columns)`` for every stored article whose first column is not
        empty, a page at a time (the caller's migration deleted the facet's old rows)."""
        last = 0
        with con.cursor() as cur:
            while True:
                cur.execute(f"SELECT id, {', '.join(columns)}, ingest_seq FROM articles WHERE ingest_seq > %s "
                            f"AND {columns[0]} <> '[]' ORDER BY ingest_seq LIMIT %s", (last, BACKFILL_PAGE))
                rows = cur.fetchall()
                if not rows:
                    return
                with cur.copy(f"COPY article_facets ({_FACET_COLUMNS}) FROM STDIN") as copy:
                    for article_id, *values, _ in rows:
                        for row in rows_of(*(json.loads(v or "[]") for v in values)):
                            copy.write_row([_clean(article_id), *(_clean(v) for v in row)])
                last = int(rows[-1][-1])

    @staticmethod
    def _backfill_quotes(con: psycopg.Connection[Any]) -> None:
        """The ``quotes`` rows of every stored article that quotes someone, a page at a time (migration 008, after
        its statements emptied the table: running it again gives the same rows)."""
        last = 0
        with con.cursor() as cur:
            while True:
                cur.execute("SELECT id, quotes, entities, text, ingest_seq FROM articles WHERE ingest_seq > %s "
                            "AND quotes <> '[]' ORDER BY ingest_seq LIMIT %s", (last, BACKFILL_PAGE))
                rows = cur.fetchall()
                if not rows:
                    return
                with cur.copy(f"COPY quotes ({_QUOTE_COLUMNS}) FROM STDIN") as copy:
                    for article_id, quotes, entities, text, _ in rows:
                        for row in quotes_table.quote_rows(article_id, json.loads(quotes or "[]"),
                                                           json.loads(entities or "[]"), text):
                            copy.write_row([_clean(v) for v in row])
                last = int(rows[-1][-1])

    @staticmethod
    def _write_quotes(cur: psycopg.Cursor[Any], articles: Sequence[Article]) -> None:
        """Replace the ``quotes`` rows of ``articles`` (inside the caller's transaction)."""
        cur.execute("DELETE FROM quotes WHERE article_id = ANY(%s)", ([_clean(a.id) for a in articles],))
        with cur.copy(f"COPY quotes ({_QUOTE_COLUMNS}) FROM STDIN") as copy:
            for row in quotes_table.article_quote_rows(articles):
                copy.write_row([_clean(v) for v in row])

    @staticmethod
    def _write_facets(cur: psycopg.Cursor[Any], articles: Sequence[Article]) -> None:
        """Replace the ``article_facets`` rows of ``articles`` (inside the caller's transaction)."""
        cur.execute("DELETE FROM article_facets WHERE article_id = ANY(%s)", ([_clean(a.id) for a in articles],))
        with cur.copy(f"COPY article_facets ({_FACET_COLUMNS}) FROM STDIN") as copy:
            for article in articles:
                for row in search_index.facet_rows(article):
                    copy.write_row([_clean(article.id), *(_clean(v) for v in row)])

    # -- runs -----------------------------------------------------------------------------
    def begin_run(self, inputs: Sequence[str], *, kind: str = "ingest") -> int:
        with self._transaction("starting a run") as con:
            row = con.execute("SELECT nextval('runs_run_id_seq')").fetchone()
            run_id = int(row[0]) if row else 0
            # Held by this session until finish_run (or until the process dies).
            con.execute("SELECT pg_advisory_lock(%s, %s)", (_RUN_LOCK_CLASS, run_id))
            con.execute(
                "INSERT INTO runs (run_id, started_at, status, inputs, kind) VALUES (%s, %s, 'running', %s, %s)",
                (run_id, _now(), _clean(json.dumps(list(inputs), ensure_ascii=False)), kind),
            )
        self._runs_held.add(run_id)
        self._mark_interrupted(run_id)
        return run_id

    def _mark_interrupted(self, mine: int) -> None:
        """Runs still "running" whose process is gone (their lock is free) were interrupted."""
        for (run_id,) in self._rows("SELECT run_id FROM runs WHERE status = 'running' AND run_id <> %s", (mine,)):
            if run_id in self._runs_held:  # advisory locks are re-entrant: ours would look free
                continue
            got = self._rows("SELECT pg_try_advisory_lock(%s, %s)", (_RUN_LOCK_CLASS, run_id))
            if got and got[0][0]:
                with self._transaction("marking an interrupted run") as con:
                    con.execute("UPDATE runs SET status = 'interrupted' WHERE run_id = %s AND status = 'running'",
                                (run_id,))
                self._rows("SELECT pg_advisory_unlock(%s, %s)", (_RUN_LOCK_CLASS, run_id))

    def finish_run(self, run_id: int, summary: RunSummary, status: str = "ok") -> None:
        with self._transaction("finishing a run") as con:
            con.execute(FINISH_RUN_SQL.replace("?", "%s"), (_now(), status, *summary.as_row().values(), run_id))
        if run_id in self._runs_held:
            self._rows("SELECT pg_advisory_unlock(%s, %s)", (_RUN_LOCK_CLASS, run_id))
            self._runs_held.discard(run_id)

    # -- articles -------------------------------------------------------------------------
    def content_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self._rows("SELECT id, content_hash FROM articles WHERE id = ANY(%s)", ([_clean(i) for i in ids],))
        return {str(i): str(h) for i, h in rows}

    def ids_with_text_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        if not hashes:
            return {}
        rows = self._rows(
            "SELECT text_hash, min(id) FROM articles WHERE text_hash = ANY(%s) GROUP BY text_hash", (list(hashes),)
        )
        return {str(h): str(i) for h, i in rows}

    def _ensure_staging(self) -> None:
        """Temporary tables (this session only, emptied at each commit) that COPY fills before an upsert."""
        if self._staging_ready:
            return
        with self._transaction("preparing the staging tables") as con:
            columns = ", ".join(f"{name} {_STAGING_TYPES.get(name, 'TEXT')}" for name in _WRITE_COLUMNS)
            con.execute(f"CREATE TEMP TABLE IF NOT EXISTS kibaru_batch (ord INTEGER, {columns}) "
                        "ON COMMIT DELETE ROWS")
            con.execute("CREATE TEMP TABLE IF NOT EXISTS kibaru_assign (id TEXT, cluster_id TEXT) "
                        "ON COMMIT DELETE ROWS")
        self._staging_ready = True

    def write_batch(
        self,
        run_id: int,
        articles: Sequence[Article],
        signatures: Sequence[bytes],
        rejections: Sequence[Rejection],
        stamp: EnrichmentStamp | None = None,
    ) -> None:
        check_batch(articles, signatures)
        self._ensure_staging()
        with self._transaction("writing a batch") as con:
            con.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _WRITE_LOCK))
            if articles:
                self._upsert(con, run_id, articles, signatures, stamp)
            if rejections:
                with con.cursor() as cur:
                    cur.executemany('INSERT INTO rejections (run_id, "where", reason) VALUES (%s, %s, %s)',
                                    [(run_id, _clean(r.where), _clean(r.reason)) for r in rejections])

    def _upsert(self, con: psycopg.Connection[Any], run_id: int, articles: Sequence[Article],
                signatures: Sequence[bytes], stamp: EnrichmentStamp | None) -> None:
        names = ", ".join(_WRITE_COLUMNS)
        provenance = [stamp.record, stamp.key] if stamp else [None, None]
        with con.cursor() as cur:
            with cur.copy(f"COPY kibaru_batch (ord, {names}) FROM STDIN") as copy:
                for ord_, (article, signature) in enumerate(zip(articles, signatures, strict=True)):
                    copy.write_row([ord_, *(_clean(v) for v in article_values(article)), signature, run_id, run_id,
                                    *provenance])
            updates = ", ".join(f"{n} = excluded.{n}" for n in _WRITE_COLUMNS if n not in _KEEP_ON_UPDATE)
            # ORDER BY ord: new articles draw their ingest_seq in the batch's order.
            cur.execute(
                f"INSERT INTO articles ({names}) SELECT {names} FROM kibaru_batch ORDER BY ord "
                f"ON CONFLICT (id) DO UPDATE SET {updates}"
            )
            self._write_facets(cur, articles)
            self._write_quotes(cur, articles)

    def write_enrichments(self, articles: Sequence[Article], fields: Sequence[str], stamp: EnrichmentStamp) -> None:
        check_enrichment_fields(fields)
        if not articles:
            return
        assignments = "".join(f"{name} = %s, " for name in fields)
        rows = [
            (*(_clean(json.dumps(getattr(a, name), ensure_ascii=False)) for name in fields),
             stamp.record, stamp.key, _clean(a.id))
            for a in articles
        ]
        with self._transaction("writing enrichments") as con, con.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _WRITE_LOCK))
            cur.executemany(f"UPDATE articles SET {assignments}enrichment = %s, enrichment_key = %s WHERE id = %s",
                            rows)
            self._write_facets(cur, articles)
            self._write_quotes(cur, articles)

    def signatures(self) -> Iterator[StoredSignature]:
        last = 0
        while True:
            rows = self._rows(
                "SELECT id, minhash, date, ingest_seq FROM articles WHERE minhash IS NOT NULL AND ingest_seq > %s "
                "ORDER BY ingest_seq LIMIT %s", (last, SIGNATURE_PAGE),
            )
            for article_id, signature, date, seq in rows:
                yield StoredSignature(str(article_id), bytes(signature), date, int(seq))
            if len(rows) < SIGNATURE_PAGE:
                return
            last = int(rows[-1][3])

    def set_clusters(self, cluster_of: dict[str, str], first_of: dict[str, str]) -> None:
        sizes: dict[str, int] = {}
        for cluster_id in cluster_of.values():
            sizes[cluster_id] = sizes.get(cluster_id, 0) + 1
        self._ensure_staging()
        with self._transaction("writing clusters") as con, con.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _WRITE_LOCK))
            with cur.copy("COPY kibaru_assign (id, cluster_id) FROM STDIN") as copy:
                for pair in cluster_of.items():
                    copy.write_row(pair)
            cur.execute(
                "UPDATE articles SET cluster_id = a.cluster_id FROM kibaru_assign a "
                "WHERE articles.id = a.id AND articles.cluster_id IS DISTINCT FROM a.cluster_id"
            )
            cur.execute("DELETE FROM clusters")
            with cur.copy("COPY clusters (cluster_id, first_article_id, size) FROM STDIN") as copy:
                for cluster_id, first in first_of.items():
                    copy.write_row((cluster_id, first, sizes.get(cluster_id, 0)))

    def iter_articles(self, *, where: dict[str, Any] | None = None, batch_size: int = 500) -> Iterator[Article]:
        # Keyset pages on ingest_seq: no transaction stays open between pages, so a caller may write
        # (on this or another connection) while it reads.
        clauses, params = where_clause(where or {})
        clauses = qmark_to_pyformat(clauses)
        condition = f"{clauses} AND ingest_seq > %s" if clauses else "WHERE ingest_seq > %s"
        sql = (f"SELECT {', '.join(ARTICLE_COLUMNS)}, ingest_seq FROM articles {condition} "
               "ORDER BY ingest_seq LIMIT %s")
        last = 0
        while True:
            rows = self._rows(sql, [*(_clean(p) for p in params), last, batch_size])
            for row in rows:
                yield article_from_row(dict(zip(ARTICLE_COLUMNS, row, strict=False)))
            if len(rows) < batch_size:
                return
            last = int(rows[-1][-1])

    def get_article(self, article_id: str) -> Article | None:
        return next(self.iter_articles(where={"id": article_id}), None)

    def text_of(self, article_id: str) -> str:
        rows = self._rows("SELECT text FROM articles WHERE id = %s", (_clean(article_id),))
        return str(rows[0][0]) if rows else ""

    def count_articles(self) -> int:
        return self._scalar("SELECT count(*) FROM articles")

    def status(self) -> dict[str, Any]:
        return status_report(self.url, self.schema_version(), self._rows)

    # -- search and reading ---------------------------------------------------------------
    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filters: dict[str, Any] | None = None
    ) -> SearchResults:
        clauses, filter_params = where_clause(filters or {})
        extra = " AND " + qmark_to_pyformat(clauses.removeprefix("WHERE ")) if clauses else ""
        # websearch syntax: words, "a phrase", -excluded, or. Stop words only: an empty query, no hits.
        where = f"search @@ websearch_to_tsquery('{TS_CONFIG}', %s){extra}"
        where_params = [_clean(query), *(_clean(p) for p in filter_params)]
        sql = (
            f"SELECT id, title, date, outlet, cluster_id, "
            f"ts_rank(search, websearch_to_tsquery('{TS_CONFIG}', %s)) AS score, count(*) OVER () "
            f"FROM articles WHERE {where} ORDER BY score DESC, date DESC NULLS LAST, ingest_seq DESC LIMIT %s OFFSET %s"
        )
        with self._snapshot() as cur:  # a pooled connection: request threads search in parallel
            rows = cur.execute(sql, [_clean(query), *where_params, *page_window(limit, offset)]).fetchall()
            total = int(rows[0][6]) if rows else 0
            if not rows and offset > 0:
                row = cur.execute(f"SELECT count(*) FROM articles WHERE {where}", where_params).fetchone()
                total = int(row[0]) if row else 0
        return SearchResults(total=total, hits=[SearchHit.from_row(r) for r in rows])

    def _pooled(self) -> psycopg.Connection[Any]:
        with self._pool_lock:
            if self._pool:
                return self._pool.pop()
        return self._connect()

    def _release(self, con: psycopg.Connection[Any]) -> None:
        idle = not con.closed and con.info.transaction_status == self.psycopg.pq.TransactionStatus.IDLE
        with self._pool_lock:
            if idle and len(self._pool) < READ_POOL_SIZE:
                self._pool.append(con)
                return
        con.close()

    @contextmanager
    def _snapshot(self) -> Iterator[psycopg.Cursor[Any]]:
        """A pooled connection in one read-only snapshot (REPEATABLE READ): a page and its total agree."""
        con = self._pooled()
        try:
            with con.transaction():
                con.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                with con.cursor() as cur:
                    yield cur
        except self.psycopg.Error as exc:
            raise StorageError(f"reading {self.url} failed: {str(exc).strip()}") from exc
        finally:
            self._release(con)

    @contextmanager
    def read_cursor(self) -> Iterator[PostgresReadCursor]:
        with self._snapshot() as cur:
            yield PostgresReadCursor(cur)

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, []
        for con in pool:
            con.close()
        self.con.close()


class PostgresReadCursor(DbApiReadCursor):
    """``Storage.read_cursor``'s cursor on PostgreSQL: ``?`` placeholders become psycopg's ``%s``."""

    def bind(self, sql: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
        return qmark_to_pyformat(sql), [_clean(p) for p in params]
