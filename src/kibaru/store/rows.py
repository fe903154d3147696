"""How an Article maps to a row of ``articles`` and back, and the filters every backend reads by.

One small module for what the backends share (the schema is the same on DuckDB and PostgreSQL):
each backend only says how its driver moves these rows and binds these parameters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from kibaru.ingest.identity import text_hash
from kibaru.model import Article
from kibaru.store.base import period_end

JSON_FIELDS = ("boilerplate", "entities", "quotes", "events", "narratives", "techniques", "stance")

# Columns written from an Article (order matters: backends write the values in this order).
ARTICLE_COLUMNS = (
    "id", "content_hash", "source_path", "source_kind", "url", "outlet", "attributed_source", "title",
    "date", "date_precision", "date_origin", "language", "text", "boilerplate", "cluster_id", "synthetic",
    "entities", "quotes", "events", "narratives", "techniques", "stance",
)


def article_from_row(row: dict[str, Any]) -> Article:
    """Build an Article from a row of the ``articles`` table (any backend)."""
    values: dict[str, Any] = {name: row.get(name) for name in ARTICLE_COLUMNS}
    for name in JSON_FIELDS:
        raw = values[name]
        values[name] = json.loads(raw) if isinstance(raw, str) else (raw or [])
    values["synthetic"] = bool(values["synthetic"])
    return Article(**values)


def article_values(article: Article) -> list[Any]:
    """The values of ``ARTICLE_COLUMNS`` then ``text_hash`` for one article (JSON fields as text)."""
    values = [
        json.dumps(getattr(article, name), ensure_ascii=False) if name in JSON_FIELDS else getattr(article, name)
        for name in ARTICLE_COLUMNS
    ]
    values.append(text_hash(article.text) if isinstance(article.text, str) else None)
    return values


def check_batch(articles: Sequence[Article], signatures: Sequence[bytes]) -> None:
    """``Storage.write_batch``'s precondition, checked before any transaction starts."""
    if len(articles) != len(signatures):
        raise ValueError("one signature per article")


def check_enrichment_fields(fields: Sequence[str]) -> None:
    """``Storage.write_enrichments``' precondition: only enrichment JSON fields (their names go into SQL)."""
    unknown = [name for name in fields if name not in ENRICHMENT_FIELDS]
    if unknown:
        raise ValueError(f"not enrichment fields: {unknown}")


# The JSON fields enrichment components write (``Storage.write_enrichments`` replaces them in place).
ENRICHMENT_FIELDS = ("entities", "quotes", "events", "narratives", "techniques", "stance")

# Filters the storage layer understands; values are always bound as parameters (``?`` placeholders).
FILTERS = {
    "id": "id = ?",
    "outlet": "outlet = ?",
    "cluster_id": "cluster_id = ?",
    "language": "language = ?",
    "since": "date >= ?",
    "until": "date <= ?",
}


# An actor filter pushed down to the store (``export.select``): the articles with an ``actor`` facet row (schema v3,
# ``article_facets``) of one of these ids — a superset the caller's own test then narrows.
ACTOR_VALUES = "actor_values"
# Schema v9: an actor filter by a name the KB does not know: ``(values, folded)``, the articles with an ``actor`` facet
# row of one of ``values`` or a ``name`` facet row containing ``folded`` (LIKE, its wildcards escaped) — the
# superset of ``Selection._names_actor``'s matches; the caller's own test narrows it.
ACTOR_NAMES = "actor_names"


def where_clause(where: dict[str, Any]) -> tuple[str, list[Any]]:
    """``("WHERE …", params)`` for the filters given (None values are no filter); "" when none."""
    clauses: list[str] = []
    params: list[Any] = []
    for key, value in where.items():
        if value is None:
            continue
        if key == ACTOR_VALUES:
            values = [str(v) for v in value]
            clauses.append("id IN (SELECT article_id FROM article_facets WHERE facet = 'actor' AND value IN "
                           f"({', '.join('?' for _ in values)}))" if values else "FALSE")
            params.extend(values)
            continue
        if key == ACTOR_NAMES:
            ids, folded = [str(v) for v in value[0]], str(value[1])
            linked = f"(facet = 'actor' AND value IN ({', '.join('?' for _ in ids)})) OR " if ids else ""
            clauses.append(f"id IN (SELECT article_id FROM article_facets WHERE {linked}"
                           "(facet = 'name' AND value LIKE ? ESCAPE '!'))")
            params.extend([*ids, "%" + re.sub(r"([!%_])", r"!\1", folded) + "%"])
            continue
        if key not in FILTERS:
            raise ValueError(f"unknown filter {key!r}")
        clauses.append(FILTERS[key])
        params.append(period_end(value) if key == "until" else value)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
