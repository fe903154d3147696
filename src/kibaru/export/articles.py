"""Article exports: JSON Lines exactly per the contract, CSV and Parquet for tables.

JSONL writes each article as the schema's object. CSV and Parquet are flat tables: list-valued
fields (boilerplate, entities, quotes, …) are JSON-encoded strings, so a row round-trips with
``json.loads`` and the NLP detail tables can be joined by ``id``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from kibaru.errors import KibaruError
from kibaru.export.cells import protect, unprotect
from kibaru.model import EXPORT_FIELDS, Article, export_record

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

# Fields that hold lists of objects or strings: JSON-encoded in flat tables.
NESTED_FIELDS = frozenset({"boilerplate", "entities", "quotes", "events", "narratives", "techniques", "stance"})
# Rows per Parquet row group: big enough for good compression, small enough to stream.
PARQUET_ROW_GROUP = 2_000


def flat_row(article: Article) -> dict[str, Any]:
    """The article as one flat table row (nested fields JSON-encoded)."""
    record = export_record(article)
    return {
        key: json.dumps(record[key], ensure_ascii=False) if key in NESTED_FIELDS else record[key]
        for key in EXPORT_FIELDS
    }


@contextmanager
def _open_text(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def export_articles(articles: Iterable[Article], fmt: str, out: Path | None) -> int:
    """Write ``articles`` in ``fmt`` to ``out`` (stdout when None, not for Parquet); return the count."""
    if fmt == "jsonl":
        with _open_text(out) as handle:
            return _write_jsonl(articles, handle)
    if fmt == "csv":
        with _open_text(out) as handle:
            return _write_csv(articles, handle)
    if fmt == "parquet":
        if out is None:
            raise KibaruError("Parquet is a binary format: give an output file with -o")
        return _write_parquet(articles, out)
    raise KibaruError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_jsonl(articles: Iterable[Article], handle: IO[str]) -> int:
    count = 0
    for article in articles:
        handle.write(json.dumps(export_record(article), ensure_ascii=False))
        handle.write("\n")
        count += 1
    return count


def _write_csv(articles: Iterable[Article], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=list(EXPORT_FIELDS))
    writer.writeheader()
    count = 0
    for article in articles:
        writer.writerow({k: protect(v) for k, v in flat_row(article).items()})
        count += 1
    return count


PARQUET_SCHEMA = pa.schema([(name, pa.string()) for name in EXPORT_FIELDS])


def _write_parquet(articles: Iterable[Article], out: Path) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(out), PARQUET_SCHEMA, compression="zstd") as writer:
        for article in articles:
            batch.append(flat_row(article))
            count += 1
            if len(batch) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
    return count


def read_flat_rows(path: Path, fmt: str) -> list[dict[str, Any]]:
    """Read a CSV/Parquet export back into contract records (nested fields decoded)."""
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(handle.read())))
        # CSV has no null: empty cells of optional fields come back as None.
        rows = [{k: (None if v == "" and k not in NESTED_FIELDS and k != "text" else unprotect(v))
                 for k, v in r.items()} for r in rows]
    elif fmt == "parquet":
        rows = pq.read_table(str(path)).to_pylist()
    else:
        raise KibaruError(f"cannot read back format {fmt!r}")
    return [{k: json.loads(v) if k in NESTED_FIELDS and v is not None else v for k, v in r.items()} for r in rows]
