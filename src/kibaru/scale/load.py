"""``kibaru load``: bring a Spark ingest's Parquet output into a database, through the Storage interface.

Rows are written in the job's order (``seq``) in transactions of ``batch_size`` articles with their
MinHash signatures, so ingest order, exact-copy counts and a later ``kibaru ingest`` behave as if
the articles had been ingested on this machine. Unchanged articles (same content hash) are skipped:
loading the same folder twice changes nothing. Cluster ids come from the job when the database then
holds exactly the job's articles; when it also holds others, the whole database is re-clustered
(``pipeline.recluster``), as an ingest would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from kibaru.errors import KibaruError
from kibaru.export.articles import NESTED_FIELDS
from kibaru.ingest.pipeline import account_changes, recluster
from kibaru.model import Article, Rejection
from kibaru.scale import output
from kibaru.store.base import EnrichmentStamp, RunSummary, Storage

DEFAULT_BATCH = 500

# Article fields read from the Parquet columns (everything else of an Article has its default).
_ARTICLE_FIELDS = (
    "id", "source_path", "url", "outlet", "attributed_source", "title", "date", "date_precision", "date_origin",
    "language", "text", "boilerplate", "cluster_id", "entities", "quotes", "events", "narratives", "techniques",
    "stance", "content_hash", "source_kind", "synthetic",
)


@dataclass(slots=True)
class LoadSummary:
    run: RunSummary
    articles: int  # rows in the output folder
    clusters: int
    reclustered: bool  # the database held other articles: clusters were recomputed over all of it


def _part_files(folder: Path) -> list[Path]:
    if not (folder / "_SUCCESS").exists():
        raise KibaruError(f"{folder} is incomplete (no _SUCCESS marker): did the Spark job finish?")
    return sorted(folder.glob("part-*.parquet"))  # Spark numbers parts in row order


def read_run(out_dir: Path) -> dict[str, Any]:
    """The job's run record; checks that the folder is a complete spark-ingest output."""
    if not out_dir.is_dir():
        raise KibaruError(f"{out_dir}: no such folder (give the --out folder of `kibaru spark-ingest`)")
    run_dir = out_dir / output.RUN
    if not run_dir.is_dir():
        raise KibaruError(f"{out_dir} holds no finished spark-ingest output (no {output.RUN}/ folder)")
    rows = pa.concat_tables([pq.read_table(p) for p in _part_files(run_dir)]).to_pylist()
    if len(rows) != 1:
        raise KibaruError(f"{run_dir}: expected one run record, found {len(rows)}")
    run = rows[0]
    if run["format_version"] != output.FORMAT_VERSION:
        raise KibaruError(
            f"{out_dir} was written in output format {run['format_version']}; this kibaru reads "
            f"format {output.FORMAT_VERSION}: run spark-ingest again with this version"
        )
    for part in (output.ARTICLES, output.CLUSTERS, output.REJECTIONS):
        _part_files(out_dir / part)
    return run


def article_from_parquet(row: dict[str, Any]) -> Article:
    values: dict[str, Any] = {name: row.get(name) for name in _ARTICLE_FIELDS}
    for name in NESTED_FIELDS:
        raw = values.get(name)
        values[name] = json.loads(raw) if isinstance(raw, str) else []
    values["synthetic"] = bool(values["synthetic"])
    return Article(**values)


def job_stamp(run: dict[str, Any]) -> EnrichmentStamp | None:
    """The provenance the job recorded for its articles (None for outputs written before it was recorded)."""
    record = run.get("enrichment")
    if not record:
        return None
    return EnrichmentStamp(str(json.loads(record)["key"]), record)


def _batches(folder: Path, columns: list[str] | None, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    for path in _part_files(folder):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size, columns=columns):
            yield batch.to_pylist()


def load(
    out_dir: Path,
    storage: Storage,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_batch: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load the spark-ingest folder ``out_dir`` into ``storage``; returns what changed."""
    run = read_run(out_dir)
    # The records read twice in the job are counted as the ingest counts them (the output holds the last one).
    summary = RunSummary(read=int(run["read"]), repeated=int(run.get("repeated") or 0))
    stamp = job_stamp(run)
    run_id = storage.begin_run([str(out_dir)])
    status = "failed"
    total = 0
    try:
        for rows in _batches(out_dir / output.ARTICLES, None, batch_size):
            articles = [article_from_parquet(r) for r in rows]
            signature_of = {r["id"]: bytes(r["minhash"]) for r in rows}
            changed = account_changes(storage, articles, summary)
            storage.write_batch(run_id, changed, [signature_of[a.id] for a in changed], [], stamp)
            total += len(rows)
            if on_batch:
                on_batch(len(rows))
        for rows in _batches(out_dir / output.REJECTIONS, ["where", "reason"], batch_size):
            rejections = [Rejection(r["where"], r["reason"]) for r in rows]
            summary.rejected += len(rejections)
            summary.rejections.extend(rejections)
            storage.write_batch(run_id, [], [], rejections)
        reclustered = False
        clusters = 0
        if run["clustered"]:
            if storage.count_articles() == total:
                clusters = _set_job_clusters(out_dir, storage, batch_size)
            else:
                clusters = recluster(storage)
                reclustered = True
        status = "ok"
    finally:
        storage.finish_run(run_id, summary, status)
    return LoadSummary(run=summary, articles=total, clusters=clusters, reclustered=reclustered)


def _set_job_clusters(out_dir: Path, storage: Storage, batch_size: int) -> int:
    cluster_of: dict[str, str] = {}
    for rows in _batches(out_dir / output.ARTICLES, ["id", "cluster_id"], 50 * batch_size):
        cluster_of.update((r["id"], r["cluster_id"]) for r in rows)
    first_of: dict[str, str] = {}
    for rows in _batches(out_dir / output.CLUSTERS, ["cluster_id", "first_article_id"], 50 * batch_size):
        first_of.update((r["cluster_id"], r["first_article_id"]) for r in rows)
    storage.set_clusters(cluster_of, first_of)
    return len(first_of)
