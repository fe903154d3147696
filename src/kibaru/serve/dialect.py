"""The few SQL fragments of the dashboard that differ between database engines, and the cursor that carries them.

Queries in ``queries.py`` and ``analytics.py`` are written in the SQL that DuckDB and PostgreSQL
share, with ``?`` placeholders (``Storage.read_cursor()`` translates them on PostgreSQL). What
differs is a method of the request's ``Dialect``, reached as ``cur.dialect``:

- a regular expression match: DuckDB's ``regexp_matches(x, p)`` takes an RE2 pattern, PostgreSQL's
  ``x ~ p`` its own ARE syntax (``\\p{…}`` classes translated, see ``pg_pattern``);
- the text search: DuckDB keeps its own inverted index (``kibaru.store.search_index``), PostgreSQL
  has the generated ``search`` tsvector column with its GIN index (``fulltext`` is True);
- the derived tables of migration 003: DuckDB has ``search_terms``, ``search_vocab`` and
  ``article_facets``, PostgreSQL only ``article_facets``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kibaru.store import ReadCursor, Storage
from kibaru.store.postgres_store import TS_CONFIG
from kibaru.store.search_index import MIN_PREFIX

PARAM = "?"  # the placeholder of every read cursor (translated to psycopg's %s on PostgreSQL)
# A lexeme of a tsquery as PostgreSQL prints it ('it''s': quotes doubled inside).
_LEXEME = re.compile(r"'(?:[^']|'')*'")
# Shortest stem searched as a prefix on PostgreSQL: the DuckDB index's own limit (search_index.MIN_PREFIX), so
# that both backends widen the same stems ("nég" alone would find every "négatif", "négoce"…).
PREFIX_MIN_CHARS = MIN_PREFIX


@dataclass(frozen=True, slots=True)
class Dialect:
    """DuckDB's SQL; ``PostgresDialect`` overrides what PostgreSQL spells differently."""

    name: str = "duckdb"
    # Whether text queries go through the database's own full-text search (else through search_index's tables).
    fulltext: bool = False
    # The derived tables whose presence means the database has been migrated to v3.
    index_tables: tuple[str, ...] = ("search_terms", "search_vocab", "article_facets")

    def regex_match(self, column: str) -> str:
        """``column`` matches the bound pattern (one parameter, built by ``queries.accent_pattern``)."""
        return f"regexp_matches(coalesce({column}, ''), {PARAM})"

    def pattern(self, re2: str) -> str:
        """The bound value for ``regex_match`` from an RE2 pattern."""
        return re2

    def tsquery(self) -> str:
        """The bound full-text query (one parameter, from ``prepare_query``); only where ``fulltext``."""
        raise NotImplementedError(f"{self.name} has no full-text column")

    def prepare_query(self, cur: Cursor, q: str) -> str | None:
        """The value to bind for ``tsquery`` from the query as typed; None when it has no searchable word."""
        raise NotImplementedError(f"{self.name} has no full-text column")

    def rank(self, alias: str) -> str:
        """The relevance of an article ``alias`` to the bound query (two parameters, the query twice)."""
        raise NotImplementedError(f"{self.name} has no full-text column")

    def quote_mentions(self, alias: str = "q") -> str:
        """A subquery (for ``FROM``, aliased ``m``) of the mentions inside the ``quotes`` row ``alias``, one row each:
        ``m.n`` its folded name (the line of ``about_folded``), ``m.k`` its linked id as stored (NULL when none) — the
        two lists of a row side by side, in the order the store wrote them (``quotes_table.quote_rows``)."""
        return (f"(SELECT unnest(string_split({alias}.about_folded, chr(10))) AS n, "
                f"unnest(json_extract_string({alias}.mentions, '$[*].kb_id')) AS k) m")


@dataclass(frozen=True, slots=True)
class PostgresDialect(Dialect):
    name: str = "postgres"
    fulltext: bool = True
    index_tables: tuple[str, ...] = ("article_facets",)
    ts_config: str = TS_CONFIG  # created by migrations/postgres/001_init.sql

    def regex_match(self, column: str) -> str:
        return f"coalesce({column}, '') ~ {PARAM}"

    def pattern(self, re2: str) -> str:
        return pg_pattern(re2)

    def tsquery(self) -> str:
        return f"CAST({PARAM} AS tsquery)"

    def prepare_query(self, cur: Cursor, q: str) -> str | None:
        # websearch syntax: words (all required), "a phrase", -excluded, or; parsed and stemmed by the server.
        row = cur.execute(f"SELECT websearch_to_tsquery('{self.ts_config}', {PARAM})::text", [q]).fetchone()
        text = str(row[0]) if row and row[0] else ""
        if not text.strip():
            return None
        # Each stem also as a prefix: Snowball cuts the unaccented "negocie" to "negoc" but "negociations" to
        # "negoci", so "négocie" would miss "négociations" (DuckDB's index widens its stems the same way).
        return _LEXEME.sub(lambda m: m.group() + ":*" if len(m.group()) - 2 >= PREFIX_MIN_CHARS else m.group(), text)

    def quote_mentions(self, alias: str = "q") -> str:
        return (f"unnest(string_to_array({alias}.about_folded, chr(10)), ARRAY(SELECT e ->> 'kb_id' FROM "
                f"jsonb_array_elements(CAST({alias}.mentions AS jsonb)) WITH ORDINALITY AS t(e, i) ORDER BY i)) "
                "AS m(n, k)")

    def rank(self, alias: str) -> str:
        # ts_rank over title and text, plus one when the title matches: title matches first, as on DuckDB
        # (whose index counts a title word three times); to_tsvector of a title is cheap on the page's hits.
        return (f"ts_rank({alias}.search, {self.tsquery()}) + (to_tsvector('{self.ts_config}', "
                f"coalesce({alias}.title, '')) @@ {self.tsquery()})::INTEGER")


def pg_pattern(re2: str) -> str:
    """An ``accent_pattern`` (RE2) for PostgreSQL's ``~``: its ARE syntax has no ``\\p{…}`` classes. The
    ``(?i)`` prefix is understood by both (an ARE embedded option)."""
    return re2.replace(r"\p{Mn}", "[\u0300-\u036f]").replace(r"[\s\p{Zs}]", "[[:space:]\u00a0\u202f]")


DUCKDB = Dialect()
POSTGRES = PostgresDialect()


def for_backend(backend: str) -> Dialect:
    """The dialect of a ``Storage.backend`` ("duckdb", "postgres")."""
    return POSTGRES if backend == "postgres" else DUCKDB


class Cursor:
    """A ``Storage.read_cursor()`` cursor with its dialect: what every query function of the dashboard takes."""

    def __init__(self, cursor: ReadCursor, dialect: Dialect) -> None:
        self._cursor = cursor
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        self._cursor.execute(sql, params)
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    @property
    def columns(self) -> list[str]:
        return self._cursor.columns


def in_list(column: str, n: int) -> str:
    """``column`` is one of ``n`` bound values. One placeholder per value: DuckDB answers ``col IN (?, ?)``
    through an ART index, but ``col = ANY(?)`` with a list parameter by a full scan (measured on
    ``search_terms``: 0.6 ms against 10–120 ms at 1M rows). PostgreSQL uses its B-tree index either way."""
    if n <= 0:
        return "FALSE"
    return f"{column} IN ({', '.join([PARAM] * n)})"


def date_prefix(column: str) -> str:
    """The first n characters of a ``YYYY[-MM[-DD]]`` text date (two parameters: n, then the compared value)."""
    return f"left({column}, {PARAM})"


def period(column: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """Conditions (and their parameters) keeping a text date in [since, until]; "until 2024-03" includes
    every day of March: the upper bound compares on the prefix."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"{column} >= {PARAM}")
        params.append(since)
    if until:
        clauses.append(f"{date_prefix(column)} <= {PARAM}")
        params.extend([len(until), until])
    return clauses, params


def month(column: str) -> str:
    """``YYYY-MM`` of a text date (NULL for a year-only date)."""
    return f"CASE WHEN length({column}) >= 7 THEN left({column}, 7) END"


def database_label(storage: Storage) -> str:
    """What the pages show as the database: a DuckDB file's name, a PostgreSQL URL without password or options."""
    if getattr(storage, "backend", "duckdb") == "postgres":
        return storage.url.split("?", 1)[0]  # the store has already replaced the password with ***
    return Path(storage.url).name
