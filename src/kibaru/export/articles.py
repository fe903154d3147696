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
# The field (JSONL: an object) or column (CSV, Parquet) naming the actor group an export was selected by
# (``--actor group:russia``), present only then: the shared contract leaves its top level open (no
# ``additionalProperties``), so a record with it still validates; every row carries the same value.
GROUP_FIELD = "actor_group"
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


def group_record(group: Any) -> dict[str, Any]:
    """What an export selected by an actor group says of it (``GROUP_FIELD``): its key, label, version and
    members in one line (« Russie + Moscou (capitale), … (35 acteurs ; groupes kibaru v1) »)."""
    return {"key": group.key, "label": group.label, "source": group.source, "members": group.describe()}


def group_cell(group: Any) -> str:
    """``GROUP_FIELD``'s cell in a flat table: « group:russia = Russie + Moscou (capitale), … »."""
    return f"{group.key} = {group.describe()}"


def export_articles(articles: Iterable[Article], fmt: str, out: Path | None, *, group: Any = None) -> int:
    """Write ``articles`` in ``fmt`` to ``out`` (stdout when None, not for Parquet); return the count. ``group``:
    the actor group (``kibaru.analyse.groups.ActorGroup``) that selected them, labelled in every record."""
    if fmt == "jsonl":
        with _open_text(out) as handle:
            return _write_jsonl(articles, handle, group)
    if fmt == "csv":
        with _open_text(out) as handle:
            return _write_csv(articles, handle, group)
    if fmt == "parquet":
        if out is None:
            raise KibaruError("Parquet is a binary format: give an output file with -o")
        return _write_parquet(articles, out, group)
    raise KibaruError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_jsonl(articles: Iterable[Article], handle: IO[str], group: Any = None) -> int:
    count = 0
    extra = {GROUP_FIELD: group_record(group)} if group is not None else {}
    for article in articles:
        handle.write(json.dumps({**export_record(article), **extra}, ensure_ascii=False))
        handle.write("\n")
        count += 1
    return count


def _write_csv(articles: Iterable[Article], handle: IO[str], group: Any = None) -> int:
    extra = {GROUP_FIELD: protect(group_cell(group))} if group is not None else {}
    writer = csv.DictWriter(handle, fieldnames=[*EXPORT_FIELDS, *extra])
    writer.writeheader()
    count = 0
    for article in articles:
        writer.writerow({**{k: protect(v) for k, v in flat_row(article).items()}, **extra})
        count += 1
    return count


PARQUET_SCHEMA = pa.schema([(name, pa.string()) for name in EXPORT_FIELDS])


def _write_parquet(articles: Iterable[Article], out: Path, group: Any = None) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    extra = {GROUP_FIELD: group_cell(group)} if group is not None else {}
    schema = pa.schema([*PARQUET_SCHEMA, pa.field(GROUP_FIELD, pa.string())]) if extra else PARQUET_SCHEMA
    with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
        for article in articles:
            batch.append({**flat_row(article), **extra})
            count += 1
            if len(batch) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
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
