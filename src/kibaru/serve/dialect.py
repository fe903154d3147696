"""The few SQL fragments of the dashboard that differ between database engines.

Queries in ``queries.py`` and ``analytics.py`` are written in the SQL that DuckDB and PostgreSQL
share; what differs is built here, so that a PostgreSQL port swaps this module's bodies only
(``regexp_matches(x, p)`` → ``x ~ p``, ``?`` → ``%s``, ``left`` is common to both).
"""

from __future__ import annotations

PARAM = "?"  # DuckDB's placeholder (psycopg: %s)


def regex_match(column: str) -> str:
    """``column`` matches the bound RE2 pattern (one parameter)."""
    return f"regexp_matches(coalesce({column}, ''), {PARAM})"


def in_list(column: str, n: int) -> str:
    """``column`` is one of ``n`` bound values. One placeholder per value: DuckDB answers ``col IN (?, ?)``
    through an ART index, but ``col = ANY(?)`` with a list parameter by a full scan (measured on
    ``search_terms``: 0.6 ms against 10–120 ms at 1M rows)."""
    if n <= 0:
        return "FALSE"
    return f"{column} IN ({', '.join([PARAM] * n)})"


def date_prefix(column: str) -> str:
    """The first n characters of a ``YYYY[-MM[-DD]]`` text date (two parameters: n, then the compared value)."""
    return f"left({column}, {PARAM})"


def month(column: str) -> str:
    """``YYYY-MM`` of a text date (NULL for a year-only date)."""
    return f"CASE WHEN length({column}) >= 7 THEN left({column}, 7) END"
