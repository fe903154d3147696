"""The layout of a Spark ingest's output folder, shared by the job that writes it and ``load``.

    OUT/articles/     Parquet: the columns of ``kibaru export --format parquet`` (same names, same
                      JSON-encoded nested fields), then what a database load needs: content_hash,
                      source_kind, synthetic, text_hash, minhash (the 512-byte signature) and seq
                      (the order the single-machine ingest would have seen the record in). Rows are
                      sorted by seq across the part files.
    OUT/clusters/     Parquet: cluster_id, first_article_id, size (one row per cluster).
    OUT/rejections/   Parquet: where, reason, seq (inputs and records that were not used).
    OUT/run/          Parquet, one row: format version, inputs, components, counts, timings.

Each folder is written by Spark's committer, so it holds a ``_SUCCESS`` marker once complete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kibaru.model import EXPORT_FIELDS

if TYPE_CHECKING:
    from pyspark.sql.types import StructType

# Bumped when a column changes meaning; ``kibaru load`` refuses other versions.
FORMAT_VERSION = 1

ARTICLES = "articles"
CLUSTERS = "clusters"
REJECTIONS = "rejections"
RUN = "run"
PARTS = (ARTICLES, CLUSTERS, REJECTIONS, RUN)

# Columns after the export's: what a database needs beyond the contract.
LOAD_COLUMNS = ("content_hash", "source_kind", "synthetic", "text_hash", "minhash", "seq")
ARTICLE_COLUMNS = (*EXPORT_FIELDS, *LOAD_COLUMNS)

# "repeated": records whose id an earlier record of the run had (the last one kept), as the single-machine
# ingest counts them; an output written before it was added has no such column (``load`` reads it as 0).
RUN_COUNTS = ("read", "new", "repeated", "duplicates", "rejected", "clusters", "multi_member_clusters")


def seq_of(file_index: int, record_index: int) -> int:
    """Where a record comes in the single-machine ingest's order: files in walk order, then records."""
    return (file_index << 32) | record_index


def articles_schema() -> StructType:
    from pyspark.sql.types import BinaryType, BooleanType, LongType, StringType, StructField, StructType

    fields = [StructField(name, StringType(), nullable=name != "id") for name in EXPORT_FIELDS]
    fields += [
        StructField("content_hash", StringType(), False),
        StructField("source_kind", StringType(), True),
        StructField("synthetic", BooleanType(), False),
        StructField("text_hash", StringType(), False),
        StructField("minhash", BinaryType(), False),
        StructField("seq", LongType(), False),
    ]
    return StructType(fields)


def clusters_schema() -> StructType:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return StructType([
        StructField("cluster_id", StringType(), False),
        StructField("first_article_id", StringType(), False),
        StructField("size", LongType(), False),
    ])


def rejections_schema() -> StructType:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return StructType([
        StructField("where", StringType(), False),
        StructField("reason", StringType(), False),
        StructField("seq", LongType(), False),
    ])


def run_schema() -> StructType:
    from pyspark.sql.types import (
        BooleanType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    return StructType([
        StructField("format_version", IntegerType(), False),
        StructField("kibaru_version", StringType(), False),
        StructField("inputs", StringType(), False),  # JSON list
        StructField("components", StringType(), False),  # JSON list
        *(StructField(name, LongType(), False) for name in RUN_COUNTS),
        StructField("clustered", BooleanType(), False),  # false: [dedup] enabled = false, no cluster ids
        StructField("started_at", StringType(), False),
        StructField("seconds", DoubleType(), False),
        StructField("master", StringType(), False),
        # What enriched the articles (kibaru.ingest.provenance, computed on the driver): the stamp `kibaru load`
        # stores with each article, as an ingest on one machine does. Absent from outputs of older versions.
        StructField("enrichment", StringType(), True),
    ])
