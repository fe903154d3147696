"""The Spark ingest (real PySpark in local[2] mode, Java from Debian) against the single-machine ingest.

The same inputs — the bundled samples plus a few synthetic records that exercise the awkward paths
(the same record twice in a run, an exact copy under another identity, a cut-ending republication
only exact containment joins, a record too short to keep) — go through ``kibaru ingest`` into DuckDB
and through ``kibaru spark-ingest``; every exported field (entities, quotes, events and whatever
components the configuration enables), the ingest order, the signatures, the clusters and the
rejections must be equal. Then ``kibaru load`` must rebuild the same database, and a second load
must change nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kibaru.analyse.dedup import (
    CONTAINMENT_JACCARD_FLOOR,
    JACCARD_THRESHOLD,
    LSH_BANDS,
    band_key,
    estimated_jaccard,
    minhash_signature,
)
from kibaru.cli import app
from kibaru.config import load_config
from kibaru.errors import KibaruError
from kibaru.export.articles import NESTED_FIELDS, flat_row
from kibaru.ingest.pipeline import IngestOptions, ingest
from kibaru.model import EXPORT_FIELDS, Article
from kibaru.store import open_storage
from kibaru.store.base import RunSummary

pyspark = pytest.importorskip("pyspark", reason="PySpark is missing: pip install 'kibaru[spark]'")
if shutil.which("java") is None:
    pytest.skip("no Java runtime: .ci/install-system-deps.sh installs default-jre-headless", allow_module_level=True)

from kibaru.scale import job, lsh  # noqa: E402 - after the skips: needs PySpark
from kibaru.scale.load import load, read_run  # noqa: E402
from kibaru.scale.session import spark_session  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.spark]

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "corpus"
runner = CliRunner()


def _sample_texts() -> list[str]:
    texts = []
    for line in (SAMPLES / "export.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record.get("text"):
            texts.append(record["text"])
    return texts


def _long_and_cut() -> tuple[str, str]:
    """Three sample stories run together, and its first five paragraphs (a third of it, contained).

    Chosen so that the pair shares an LSH band but has an estimated Jaccard under the threshold:
    only the exact containment check can join them (asserted below).
    """
    long = "\n\n".join(_sample_texts()[1:4])
    return long, "\n\n".join(long.split("\n\n")[:5])


def _extra_corpus(root: Path) -> Path:
    """Synthetic records for the paths the samples do not take."""
    folder = root / "extra"
    (folder / "site-a").mkdir(parents=True)
    (folder / "site-b").mkdir()
    texts = _sample_texts()
    long, cut = _long_and_cut()
    records = [
        {"id": "x-long", "url": "https://extra.example/long", "date": "2024-02-01", "outlet": "Extra", "text": long},
        # Published first (earliest date of all), ingested second: the first-member rule must pick it.
        {"id": "x-cut", "url": "https://other.example/cut", "date": "2020-01-15", "outlet": "Other", "text": cut},
        {"id": "x-twice", "url": "https://extra.example/twice", "date": "2024-03-01", "text": texts[3]},
        {"id": "x-short", "url": "https://extra.example/short", "text": "Trop court pour un article."},
        # The same record again, edited: the last version wins, the first one's place is kept.
        {"id": "x-twice", "url": "https://extra.example/twice", "date": "2024-03-02", "text": texts[4]},
    ]
    with (folder / "records.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    # An exact copy on another site (another identity): stored, counted as a duplicate, clustered.
    for site in ("site-a", "site-b"):
        (folder / site / "copy.txt").write_text(texts[5], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = spark_session("local[2]", app_name="kibaru-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [SAMPLES, _extra_corpus(tmp_path_factory.mktemp("extra"))]


@pytest.fixture(scope="module")
def options() -> IngestOptions:
    return IngestOptions.from_config(load_config())  # every configured component, NLP on


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory, inputs: list[Path], options: IngestOptions) -> Iterator[Any]:
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    storage = open_storage(str(db))
    summary = ingest(inputs, storage, options)
    yield storage, summary
    storage.close()


@pytest.fixture(scope="module")
def spark_out(
    tmp_path_factory: pytest.TempPathFactory, spark: Any, inputs: list[Path], options: IngestOptions
) -> tuple[Path, job.JobSummary]:
    out = tmp_path_factory.mktemp("spark") / "out"
    summary = job.run(inputs, out, options, spark=spark, partitions=4)
    return out, summary


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.loads(v) if k in NESTED_FIELDS and isinstance(v, str) else v for k, v in row.items()}


def _parquet_rows(folder: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(str(folder)).to_pylist()


def _db_rows(storage: Any, sql: str) -> list[tuple[Any, ...]]:
    return sorted(storage.con.execute(sql).fetchall())


def test_the_synthetic_cut_ending_takes_the_containment_path() -> None:
    long, cut = _long_and_cut()
    a, b = minhash_signature(long), minhash_signature(cut)
    assert CONTAINMENT_JACCARD_FLOOR <= estimated_jaccard(a, b) < JACCARD_THRESHOLD
    assert any(band_key(a, band)[0] == band_key(b, band)[0] for band in range(LSH_BANDS))


def test_spark_output_equals_the_single_machine_ingest(
    single: tuple[Any, RunSummary], spark_out: tuple[Path, job.JobSummary]
) -> None:
    storage, summary = single
    out, spark_summary = spark_out
    rows = sorted(_parquet_rows(out / "articles"), key=lambda r: r["seq"])
    stored: list[Article] = list(storage.iter_articles())  # in ingest order

    # Same articles in the same order (the order decides a cluster's first member).
    assert [r["id"] for r in rows] == [a.id for a in stored]
    assert len(rows) == summary.new > 40
    # Every exported field, compared generically: text, metadata, cluster, every enrichment
    # (narratives, techniques and stance too, once components fill them).
    for row, article in zip(rows, stored, strict=True):
        expected = _decoded(flat_row(article))
        got = _decoded(row)
        for name in EXPORT_FIELDS:
            assert got[name] == expected[name], (article.id, name)
        assert (row["content_hash"], row["source_kind"], row["synthetic"]) == (
            article.content_hash, article.source_kind, article.synthetic)
    # NLP really ran on both sides (the comparison is not between empty lists).
    assert sum(len(a.entities) for a in stored) > 100
    assert any(a.quotes for a in stored) and any(a.events for a in stored)

    signatures = {s.article_id: s.signature for s in storage.signatures()}
    assert {r["id"]: r["minhash"] for r in rows} == signatures

    clusters = _db_rows(storage, "SELECT cluster_id, first_article_id, size FROM clusters")
    spark_clusters = _parquet_rows(out / "clusters")
    assert sorted((r["cluster_id"], r["first_article_id"], r["size"]) for r in spark_clusters) == clusters
    assert any(size > 1 for _, _, size in clusters)

    rejections = _db_rows(storage, 'SELECT "where", reason FROM rejections')
    assert sorted((r["where"], r["reason"]) for r in _parquet_rows(out / "rejections")) == rejections

    assert (spark_summary.read, spark_summary.new, spark_summary.duplicates, spark_summary.rejected) == (
        summary.read, summary.new, summary.duplicates, summary.rejected)
    assert spark_summary.duplicates >= 1
    # The same record read twice in the run (x-twice, and the samples' own repeat) is counted as repeated,
    # as the single-machine ingest counts it; it was missing from the Spark counts (0).
    assert spark_summary.repeated == summary.repeated >= 2
    assert read_run(out)["repeated"] == summary.repeated


def test_synthetic_paths(spark_out: tuple[Path, job.JobSummary]) -> None:
    out, _ = spark_out
    by_url = {r["url"]: r for r in _parquet_rows(out / "articles") if r["url"]}
    long, cut = by_url["https://extra.example/long"], by_url["https://other.example/cut"]
    assert long["cluster_id"] == cut["cluster_id"]
    first = {r["cluster_id"]: r["first_article_id"] for r in _parquet_rows(out / "clusters")}
    assert first[long["cluster_id"]] == cut["id"]  # dated earlier, though read later
    twice = by_url["https://extra.example/twice"]
    assert twice["date"] == "2024-03-02"  # the last version of the record
    assert "https://extra.example/short" not in by_url
    copies = [r for r in _parquet_rows(out / "articles") if (r["source_path"] or "").endswith("copy.txt")]
    assert len(copies) == 2 and copies[0]["cluster_id"] == copies[1]["cluster_id"]


def test_the_components_load_once_in_the_executor_daemon_not_in_each_worker(
    spark_out: tuple[Path, job.JobSummary],
) -> None:
    """The enrichment workers are forked by kibaru's daemon after it loaded the chain (scale.daemon)."""
    _, summary = spark_out
    work = summary.work
    daemons = [key for key in work if key.startswith("max:daemon")]
    workers = [key for key in work if key.startswith("tasks:")]
    assert len(daemons) == 1 and work[daemons[0]] > 0  # one executor in local mode: one preload
    assert work.get("chain loads in workers", 0) == 0
    assert len(workers) >= 2  # local[2]: tasks ran in parallel workers, all sharing the daemon's model
    assert work["documents enriched"] == summary.new


def test_partitions_after_the_nlp_are_a_multiple_of_the_cores() -> None:
    per = job.RECORDS_PER_PARTITION_AFTER_NLP
    assert job.partitions_after_nlp(600, 2, 16) == 2
    assert job.partitions_after_nlp(600, 1, 16) == 1
    assert job.partitions_after_nlp(0, 4, 16) == 4
    assert job.partitions_after_nlp(5 * per + 1, 4, 64) == 8  # 6 partitions needed, rounded up to 2 per core
    assert job.partitions_after_nlp(1000 * per, 4, 64) == 64  # never more than the NLP stage had


def test_load_rebuilds_the_same_database_and_reloading_changes_nothing(
    tmp_path: Path, single: tuple[Any, RunSummary], spark_out: tuple[Path, job.JobSummary]
) -> None:
    reference, summary = single
    out, _ = spark_out
    storage = open_storage(str(tmp_path / "loaded.duckdb"))
    try:
        result = load(out, storage, batch_size=7)  # several transactions
        assert (result.run.new, result.run.duplicates, result.run.rejected) == (
            summary.new, summary.duplicates, summary.rejected)
        # The run row says what the ingest's does: the records read twice are counted (runs.n_repeated).
        assert (result.run.read, result.run.repeated) == (summary.read, summary.repeated)
        assert storage.status()["runs"][0]["repeated"] == summary.repeated >= 2
        assert not result.reclustered

        def snapshot(s: Any) -> tuple[Any, ...]:
            return (
                list(s.iter_articles()),  # every field, in ingest order
                [(x.article_id, x.signature, x.date) for x in s.signatures()],
                _db_rows(s, "SELECT cluster_id, first_article_id, size FROM clusters"),
                _db_rows(s, "SELECT id, text_hash, ingest_seq FROM articles"),
            )

        loaded = snapshot(storage)
        assert loaded[:3] == snapshot(reference)[:3]
        # Every loaded article records what enriched it, as the single-machine ingest's do (`kibaru status`
        # and `enrich --stale` read it): the same provenance key, the job's components.
        keys = "SELECT DISTINCT enrichment_key FROM articles"
        assert _db_rows(storage, keys) == _db_rows(reference, keys) and None not in _db_rows(storage, keys)[0]
        record = json.loads(_db_rows(storage, "SELECT DISTINCT enrichment FROM articles")[0][0])
        assert record["components"] == list(IngestOptions.from_config(load_config()).components)
        assert sorted(_db_rows(storage, 'SELECT "where", reason FROM rejections')) == sorted(
            _db_rows(reference, 'SELECT "where", reason FROM rejections'))

        again = load(out, storage)
        assert (again.run.new, again.run.updated, again.run.unchanged) == (0, 0, summary.new)
        assert snapshot(storage) == loaded
        assert [r["status"] for r in storage.status()["runs"]] == ["ok", "ok"]
    finally:
        storage.close()


def test_load_next_to_other_articles_reclusters_the_database(
    tmp_path: Path, spark_out: tuple[Path, job.JobSummary]
) -> None:
    out, _ = spark_out
    other = tmp_path / "other"
    other.mkdir()
    (other / "local.txt").write_text(
        "Mopti : les maraîchers attendent la crue\n\n"
        "La saison des pluies a commencé à Mopti, où les maraîchers attendent la crue du fleuve pour "
        "semer, selon la chambre d'agriculture de la région.\n\n"
        "Les prix des semences ont augmenté depuis l'an dernier, disent plusieurs coopératives, qui "
        "demandent une aide de l'État pour acheter les engrais avant les premières récoltes.\n",
        encoding="utf-8",
    )
    storage = open_storage(str(tmp_path / "mixed.duckdb"))
    try:
        assert ingest([other], storage, IngestOptions(components=())).new == 1
        result = load(out, storage)
        assert result.reclustered
        spark_clusters = {r["id"]: r["cluster_id"] for r in _parquet_rows(out / "articles")}
        stored = {a.id: a.cluster_id for a in storage.iter_articles()}
        assert {i: stored[i] for i in spark_clusters} == spark_clusters
        assert len(stored) == len(spark_clusters) + 1
    finally:
        storage.close()


def test_load_refuses_an_unfinished_output(tmp_path: Path, spark_out: tuple[Path, job.JobSummary]) -> None:
    out, _ = spark_out
    partial_out = tmp_path / "partial"
    shutil.copytree(out, partial_out)
    shutil.rmtree(partial_out / "run")  # what a job killed before its end leaves
    with pytest.raises(KibaruError, match="no finished spark-ingest output"):
        read_run(partial_out)
    with pytest.raises(KibaruError, match="no such folder"):
        read_run(tmp_path / "nowhere")


def test_connected_components_in_spark_match_union_find(spark: Any) -> None:
    import random

    rng = random.Random(5)
    nodes = [f"a{i:04d}" for i in range(400)]
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(260)]
    edges += [(nodes[i], nodes[i + 1]) for i in range(300, 360)]  # a long chain: many rounds
    expected = lsh.components_on_driver(edges)
    got = dict(lsh.connected_components(spark.sparkContext.parallelize(edges, 4), partitions=4).collect())
    graph_nodes = {n for e in edges if e[0] != e[1] for n in e}  # self-loops alone make no component
    assert set(got) == graph_nodes
    assert got == {n: expected[n] for n in graph_nodes}
    assert len(set(got.values())) > 10


def test_cli_spark_ingest_then_load(tmp_path: Path, spark: Any) -> None:
    out = tmp_path / "cli-out"
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["spark-ingest", str(SAMPLES), "--out", str(out), "--no-nlp", "--partitions", "2"])
    assert result.exit_code == 0, result.output
    assert "rejected" in result.output and "binary.txt" in result.output  # bad inputs named with a reason
    loaded = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    status = json.loads(runner.invoke(app, ["status", "--db", str(db), "--json"]).stdout)
    assert status["articles"] == read_run(out)["new"] > 0
    assert status["runs"][0]["repeated"] == read_run(out)["repeated"] > 0  # the samples hold one record twice
