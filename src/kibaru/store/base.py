"""The storage interface every backend implements (embedded DuckDB, PostgreSQL team server)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from kibaru.model import Article, Rejection

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def valid_date(value: str | None) -> bool:
    """A ``since``/``until`` filter: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with a real month and day.

    ``None`` and ``""`` mean "not given". "2023-13" or "2023-02-30" would silently select nothing
    (or everything), so every surface — CLI, API, dashboard, report — refuses them with this test.
    """
    if value is None or value == "":
        return True
    if _DATE.fullmatch(value) is None:
        return False
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    return True


def period_end(until: str | None) -> str | None:
    """An upper bound for text dates that keeps the whole period: "2023-02" -> "2023-02-99".

    Dates are stored as YYYY[-MM[-DD]] text and compared as text: "2023-02-03" <= "2023-02" is
    false, so a bare "until month" would drop that month's articles. Every backend applies it.
    """
    if not until:
        return until
    parts = until.split("-")
    return "-".join(parts + ["99"] * (3 - len(parts))) if len(parts) < 3 else until


_RUN_FIELDS = ("run_id", "started_at", "finished_at", "status", "read", "new", "updated", "unchanged",
               "repeated", "duplicates", "rejected", "kind")
# The schema version that records what enriched each article (``articles.enrichment``) and ``runs.kind``.
ENRICHMENT_VERSION = 7


@dataclass(frozen=True, slots=True)
class EnrichmentStamp:
    """What enriched a batch of articles (kibaru.ingest.provenance): the JSON ``record`` stored with each
    article and its ``key`` (a hash of the record without its time: equal keys, same KB, models, components)."""

    key: str
    record: str


def status_report(url: str, schema_version: int, rows: Callable[[str], Sequence[tuple[Any, ...]]]) -> dict[str, Any]:
    """``Storage.status()`` for any backend, given its query function (the SQL is portable)."""

    def scalar(sql: str) -> int:
        found = rows(sql)
        return int(found[0][0]) if found and found[0][0] is not None else 0

    kind = "kind" if schema_version >= ENRICHMENT_VERSION else "'ingest'"
    runs = rows(
        "SELECT run_id, started_at, finished_at, status, n_read, n_new, n_updated, n_unchanged, "
        f"n_repeated, n_duplicates, n_rejected, {kind} FROM runs ORDER BY run_id DESC LIMIT 5"
    )
    extra: dict[str, Any] = {}
    if schema_version >= ENRICHMENT_VERSION:
        # One row per distinct provenance (few: one per KB / model upgrade), the latest record of each.
        extra["enrichments"] = [
            {"key": r[0], "record": r[1], "articles": int(r[2])}
            for r in rows("SELECT enrichment_key, max(enrichment), count(*) FROM articles "
                          "GROUP BY enrichment_key ORDER BY count(*) DESC")
        ]
    rejected = rows('SELECT run_id, "where", reason FROM rejections ORDER BY run_id DESC, "where" LIMIT 50')
    return {
        "database": url,
        "schema_version": schema_version,
        "articles": scalar("SELECT count(*) FROM articles"),
        "clusters": scalar("SELECT count(*) FROM clusters"),
        "multi_member_clusters": scalar("SELECT count(*) FROM clusters WHERE size > 1"),
        "outlets": scalar("SELECT count(DISTINCT outlet) FROM articles"),
        "dated": scalar("SELECT count(*) FROM articles WHERE date IS NOT NULL"),
        "rejections": scalar("SELECT count(*) FROM rejections"),
        "runs": [dict(zip(_RUN_FIELDS, r, strict=True)) for r in runs],
        "recent_rejections": [{"run_id": r[0], "where": r[1], "reason": r[2]} for r in rejected],
        **extra,
    }


@dataclass(slots=True)
class RunSummary:
    """What one ingest run did; printed at the end and stored in ``runs``."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    # Records whose id an earlier record of the same run already had (the same page read twice):
    # the last one is kept (as on Spark), so read = new + updated + unchanged + repeated + rejections of read files.
    repeated: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    # Wall seconds per stage of the run ("read and clean", each enrichment component by name, "minhash", "store",
    # "cluster"), in the order the stages first ran: where a long run's time went. Not stored in ``runs``.
    seconds: dict[str, float] = field(default_factory=dict)

    def as_row(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in RUN_COUNTS}


# The largest LIMIT / OFFSET a query is given: far past any database's row count and within SQL's BIGINT (an offset
# of 10**20 typed into a URL or an option failed inside the database as an integer overflow).
MAX_ROWS = 10**12


def clamp_offset(offset: int) -> int:
    """An OFFSET the database accepts: from 0, capped at ``MAX_ROWS`` (past every row a page is empty, not an error)."""
    return max(0, min(offset, MAX_ROWS))


def page_window(limit: int, offset: int) -> tuple[int, int]:
    """``LIMIT ? OFFSET ?`` parameters the database accepts: at least one row, offsets from 0, both capped."""
    return max(1, min(limit, MAX_ROWS)), clamp_offset(offset)


# The counts of a run, in the order the CLI prints them; stored in ``runs`` as ``n_<name>``.
RUN_COUNTS = ("read", "new", "updated", "unchanged", "repeated", "duplicates", "rejected")
FINISH_RUN_SQL = (
    "UPDATE runs SET finished_at = ?, status = ?, "
    + ", ".join(f"n_{name} = ?" for name in RUN_COUNTS)
    + " WHERE run_id = ?"
)


@dataclass(slots=True)
class StoredSignature:
    """A MinHash signature with what clustering needs to order members."""

    article_id: str
    signature: bytes
    date: str | None
    ingest_seq: int


@dataclass(slots=True)
class SearchHit:
    """One article found by a full-text search; ``score`` orders hits (higher first) within one backend."""

    id: str
    title: str | None
    date: str | None
    outlet: str | None
    cluster_id: str | None
    score: float

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> SearchHit:
        """From ``(id, title, date, outlet, cluster_id, score, …)``."""
        return cls(str(row[0]), row[1], row[2], row[3], row[4], float(row[5]))


@dataclass(slots=True)
class SearchResults:
    """One page of a search and how many articles match in all."""

    total: int
    hits: list[SearchHit] = field(default_factory=list)


class ReadCursor(Protocol):
    """A backend-neutral read cursor: SQL with ``?`` placeholders, rows as tuples.

    Every ``?`` outside quotes is a bound parameter on every backend (PostgreSQL gets them
    translated), so read-only code such as the dashboard's queries runs unchanged where its SQL is
    portable (see docs/postgres.md for the DuckDB-only functions and their PostgreSQL equivalents).
    """

    def execute(self, sql: str, params: Sequence[Any] = ()) -> ReadCursor: ...

    def fetchone(self) -> tuple[Any, ...] | None: ...

    def fetchall(self) -> list[tuple[Any, ...]]: ...

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]: ...

    @property
    def columns(self) -> list[str]:
        """Names of the last result's columns."""
        ...


class DbApiReadCursor:
    """A :class:`ReadCursor` over a DB-API cursor; a backend overrides :meth:`bind` when its driver
    wants other placeholders or parameter types."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def bind(self, sql: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
        return sql, list(params)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> DbApiReadCursor:
        self._cursor.execute(*self.bind(sql, params))
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._cursor.fetchone()
        return row

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._cursor.fetchall()
        return rows

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._cursor.fetchmany(size)
        return rows

    @property
    def columns(self) -> list[str]:
        return [d[0] for d in self._cursor.description or []]  # DB-API: the name comes first


class Storage(Protocol):
    """A database of articles. Every write method is one transaction."""

    url: str
    backend: str  # "duckdb" or "postgres": which migrations apply (kibaru.store.migrations)

    def migrate(self) -> int:
        """Bring the schema to the latest version; return that version."""
        ...

    def schema_version(self) -> int: ...

    def begin_run(self, inputs: Sequence[str], *, kind: str = "ingest") -> int:
        """Record a run (``kind``: "ingest", or "enrich" for `kibaru enrich`) as running; return its id."""
        ...

    def finish_run(self, run_id: int, summary: RunSummary, status: str = "ok") -> None: ...

    def content_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """id -> content_hash for the ids already stored."""
        ...

    def ids_with_text_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        """text_hash -> one stored article id whose clean text has it (to spot exact copies)."""
        ...

    def write_batch(
        self,
        run_id: int,
        articles: Sequence[Article],
        signatures: Sequence[bytes],
        rejections: Sequence[Rejection],
        stamp: EnrichmentStamp | None = None,
    ) -> None:
        """Upsert articles (with their MinHash signature) and record rejections, atomically; ``stamp`` is what
        enriched the articles (None: not known, e.g. a Spark load)."""
        ...

    def write_enrichments(self, articles: Sequence[Article], fields: Sequence[str], stamp: EnrichmentStamp) -> None:
        """Replace the enrichment ``fields`` (JSON fields such as "entities", "quotes") of stored articles, their
        provenance and their facets, atomically; text, signature and cluster stay as they are."""
        ...

    def signatures(self) -> Iterator[StoredSignature]: ...

    def set_clusters(self, cluster_of: dict[str, str], first_of: dict[str, str]) -> None: ...

    def iter_articles(self, *, where: dict[str, Any] | None = None, batch_size: int = 500) -> Iterator[Article]: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def text_of(self, article_id: str) -> str:
        """The clean text of one article ("" when unknown)."""
        ...

    def count_articles(self) -> int: ...

    def status(self) -> dict[str, Any]:
        """Counts, last runs and recent rejections, for ``kibaru status``."""
        ...

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filters: dict[str, Any] | None = None
    ) -> SearchResults:
        """Full-text search (accent-insensitive) over title and text, best matches first, one page.

        ``filters`` are those of ``iter_articles`` (outlet, since, until, cluster_id, language).
        """
        ...

    def read_cursor(self) -> AbstractContextManager[ReadCursor]:
        """A cursor for read-only SQL, safe to use from another thread than the writer's."""
        ...

    def close(self) -> None: ...
