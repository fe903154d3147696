"""The ``quotes`` table (schema v8): one row per quote of every stored article, derived from its JSON fields.

The dashboard's ``/quotes`` page and ``/api/quotes`` read it instead of every article that quotes someone (2.7 s
at 9,920 articles, ~30 s at 100k): a page of quotes and the « who is quoted » ranking are then SQL over narrow rows.
Like ``article_facets`` it is rewritten for an article each time the store writes it (ingest, re-ingest,
``kibaru enrich``) and filled for the articles already stored by migration 008 on both backends (which deletes the
rows first, so running it again gives the same rows).

A row keeps what a :class:`kibaru.analyse.quotes.QuoteFinding` needs besides where the quote was said (outlet, date,
title: joined from ``articles``): the quote's offsets, text, speaker as written and as linked, cue and directness,
``mentions`` (JSON: the entities starting inside the quote, each with its text, link and offsets — the evidence of
an ``about`` filter), and three derived columns the filters read: ``speaker_folded`` and ``about_folded`` (names
lower-cased without accents, for a name the KB does not know), ``about_ids`` (the linked ids of the mentions,
space-delimited, for an actor the KB knows) and ``story`` (a hash of the text with spaces collapsed and case folded:
a quote republished by three outlets is one story).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyarrow as pa
import xxhash

from kibaru.export.actors import fold
from kibaru.model import Article

QUOTES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("ord", pa.int32()), ("q_start", pa.int64()), ("q_end", pa.int64()),
    ("text", pa.string()), ("speaker", pa.string()), ("speaker_kb_id", pa.string()),
    ("speaker_folded", pa.string()), ("cue", pa.string()), ("direct", pa.bool_()), ("story", pa.string()),
    ("mentions", pa.string()), ("about_ids", pa.string()), ("about_folded", pa.string()),
])
QUOTE_COLUMNS = tuple(QUOTES_SCHEMA.names)
# Articles read per query when a migration fills the table for the articles already stored.
BACKFILL_PAGE = 2000


def story_key(text: str) -> str:
    """The same story for the same words: spaces collapsed, case folded (as ``speaker_counts``' ``stories``)."""
    return xxhash.xxh64_hexdigest(" ".join(text.split()).casefold().encode())


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def quote_rows(article_id: str, quotes: Any, entities: Any, text: str | None) -> Iterator[tuple[Any, ...]]:
    """The ``quotes`` rows of one article (``QUOTE_COLUMNS`` in order), from its stored quotes and entities."""
    for ord_, quote in enumerate(quotes or []):
        if not isinstance(quote, dict):
            continue
        lo, hi = quote.get("start"), quote.get("end")
        offsets = isinstance(lo, int) and isinstance(hi, int)
        mentions: list[dict[str, Any]] = []
        if isinstance(lo, int) and isinstance(hi, int):
            for entity in entities or []:
                if not isinstance(entity, dict):
                    continue
                start, end = entity.get("start"), entity.get("end")
                if isinstance(start, int) and isinstance(end, int) and lo <= start < hi:
                    mentions.append({"text": str(entity.get("text") or (text or "")[start:end]),
                                     "kb_id": entity.get("kb_id"), "canonical": entity.get("canonical"),
                                     "label": entity.get("label"), "start": start, "end": end})
        said = str(quote.get("text") or "")
        speaker = _text(quote.get("speaker"))
        ids = sorted({str(m["kb_id"]) for m in mentions if m["kb_id"]})
        direct = quote.get("direct")
        yield (article_id, ord_, lo if offsets else None, hi if offsets else None, said, speaker,
               _text(quote.get("speaker_kb_id")) or None, fold(speaker or ""),
               _text(quote.get("cue")), direct if isinstance(direct, bool) else None, story_key(said),
               json.dumps(mentions, ensure_ascii=False), f" {' '.join(ids)} " if ids else "",
               "\n".join(fold(str(m["canonical"] or m["text"])) for m in mentions))


def article_quote_rows(articles: Iterable[Article]) -> Iterator[tuple[Any, ...]]:
    for article in articles:
        yield from quote_rows(article.id, article.quotes, article.entities, article.text)


def quotes_arrow(rows: Iterable[tuple[Any, ...]]) -> pa.Table:
    cols: list[list[Any]] = [[] for _ in QUOTE_COLUMNS]
    for row in rows:
        for col, value in zip(cols, row, strict=True):
            col.append(value)
    return pa.table(dict(zip(QUOTE_COLUMNS, cols, strict=True)), schema=QUOTES_SCHEMA)


def write_duckdb(con: Any, articles: Sequence[Article]) -> None:
    """Replace the ``quotes`` rows of ``articles`` (inside the caller's transaction)."""
    if not articles:
        return
    ids = pa.table({"id": [a.id for a in articles]})  # noqa: F841 - read by DuckDB below
    con.execute("DELETE FROM quotes WHERE article_id IN (SELECT id FROM ids)")
    found = quotes_arrow(article_quote_rows(articles))  # noqa: F841 - read by DuckDB below
    con.execute(f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) SELECT * FROM found")


def backfill_duckdb(con: Any, batch_size: int = BACKFILL_PAGE) -> int:
    """Fill ``quotes`` from every stored article that quotes someone (migration 008, after its statements emptied
    the table). Returns the rows written."""
    written = 0
    last = -1
    while True:
        rows = con.execute(
            "SELECT id, quotes, entities, text, ingest_seq FROM articles WHERE ingest_seq > ? AND quotes <> '[]' "
            "ORDER BY ingest_seq LIMIT ?", [last, batch_size]).fetchall()
        if not rows:
            return written
        last = int(rows[-1][-1])
        found = quotes_arrow(
            r for article_id, quotes, entities, text, _ in rows
            for r in quote_rows(article_id, json.loads(quotes or "[]"), json.loads(entities or "[]"), text))
        con.execute(f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) SELECT * FROM found")
        written += found.num_rows
