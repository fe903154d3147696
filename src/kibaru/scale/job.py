"""``kibaru spark-ingest``: the single-machine ingest pipeline, run by Spark executors.

The stages are the library's own functions, so a document goes through exactly what
``kibaru ingest`` does to it:

1. The driver lists the inputs (``discover.iter_files``, same walk order, same identity prefixes)
   and picks each file's reader (``discover.choose_kind``).
2. Line statistics (the repetition pre-pass over text dumps) are counted by the executors with
   ``repetition.line_keys``, reduced, and broadcast as a ``LineStats``.
3. Each file is read by its reader and every document prepared (``pipeline.prepare``: cleaning,
   dating, metadata, identity) where the file is. Each record carries ``seq``, its place in the
   single-machine run's order (file in walk order, then record).
4. Records with the same id (the same record twice in a run) are reduced: the last one's content
   wins, the first one's place is kept — as the batched upsert does.
5. ``pipeline.enrich`` runs the configured enrichment components (``[enrich] components``, through
   the component registry) on chunks of ``[ingest] batch_size`` articles of each partition, and
   computes the MinHash signatures. The component chain and the spaCy model are loaded once per
   executor, by its Python daemon before it forks the workers (``scale.daemon``; the workers share
   the loaded model copy-on-write), or else once per worker process (module-level caches).
6. Republications are clustered in Spark (``scale.lsh``), and everything is written as Parquet
   (``scale.output``).
"""

from __future__ import annotations

import gc
import json
import math
import operator
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kibaru import __version__
from kibaru.enrich.registry import Component, resolve
from kibaru.errors import KibaruError
from kibaru.export.articles import flat_row
from kibaru.ingest.clean import semantic
from kibaru.ingest.clean.dump import REPEAT_MIN_COUNT
from kibaru.ingest.clean.repetition import LineStats, line_keys
from kibaru.ingest.discover import READERS, choose_kind, iter_files
from kibaru.ingest.identity import text_hash
from kibaru.ingest.pipeline import IngestOptions, enrich, line_group, prepare
from kibaru.model import EXPORT_FIELDS, Article, RawDocument, Rejection, SourceKind
from kibaru.scale import output
from kibaru.scale.daemon import PRELOAD_ENV, preload_spec
from kibaru.scale.lsh import cluster_rows

if TYPE_CHECKING:
    from pyspark import Accumulator, Broadcast, SparkContext
    from pyspark.sql import SparkSession

# An input file as the executors get it: (index in walk order, path, identity prefix, reader).
InputFile = tuple[int, str, str, SourceKind]
# What the read stage yields: (tag, seq, payload). Tags: "article"; "unusable" (a document read but
# rejected by prepare); "rejected" (a reader's rejection of a file or record).
Item = tuple[str, int, Article | Rejection]

# Shuffle partitions per core when --partitions is not given: several tasks per core even out
# documents of very different lengths.
PARTITIONS_PER_CORE = 4
# Articles per partition in the clustering and write stages (signature + text: ~120 MB of records
# for news-length articles; the NLP stage keeps PARTITIONS_PER_CORE, where the time goes).
RECORDS_PER_PARTITION_AFTER_NLP = 20_000


@dataclass(slots=True)
class JobSummary:
    """What a Spark ingest did; also written to ``OUT/run``."""

    out: str
    master: str
    partitions: int
    read: int = 0
    new: int = 0
    repeated: int = 0  # records of an id already read in this run (step 4 kept the last one)
    duplicates: int = 0
    rejected: int = 0
    clusters: int = 0
    multi_member_clusters: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    # Executor-side measurements (``Work``): tasks per Python worker, chain loads, CPU-seconds per stage.
    work: dict[str, float] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: int(getattr(self, name)) for name in output.RUN_COUNTS}


# -- executor side ------------------------------------------------------------------------------
# Per Python process: resolved component chains, and who loaded each (pid, seconds). A worker forked
# by ``scale.daemon`` inherits the daemon's loaded chain; otherwise the worker loads it on its first
# task. The components' own caches (the spaCy model in ``enrich.nlp.load_model``, the knowledge base)
# live as long as the process, which Spark reuses from task to task (spark.python.worker.reuse).
_CHAINS: dict[tuple[str, ...], list[Component]] = {}
_LOADED: dict[tuple[str, ...], tuple[int, float]] = {}
# Chains whose loading this worker process has already reported to the driver.
_REPORTED: set[tuple[str, ...]] = set()


# A short article the chain runs on once per worker, so that models load before the real work.
_WARM_UP_TEXT = (
    "Le président de la transition, le colonel Assimi Goïta, a reçu à Bamako le ministre russe des "
    "Affaires étrangères, Sergueï Lavrov. « Nous sommes venus en amis », a déclaré le ministre."
)


def component_chain(names: Sequence[str], settings: dict[str, Any]) -> list[Component]:
    """The resolved components, loaded once per process (or inherited from the executor's daemon).

    After the first load the chain runs once on a short article (so the spaCy model, the knowledge
    base and the patterns are in memory) and the process's objects are moved out of the garbage
    collector's sight (``gc.freeze``): the half-million objects of a loaded model otherwise make
    every full collection of every later task walk them, which measured 5× slower shuffles. In the
    daemon, the freeze also keeps forked workers from touching (so copying) the model's pages.
    """
    key = tuple(names)
    if key not in _CHAINS:
        started = time.perf_counter()
        chain = resolve(key)
        if chain:
            probe = Article(id="a-warm-up", source_path=None, text=_WARM_UP_TEXT, content_hash="", date="2022-05-01")
            for comp in chain:
                comp.func([probe], settings)
            gc.collect()
            gc.freeze()
        _CHAINS[key] = chain
        _LOADED[key] = (os.getpid(), time.perf_counter() - started)
    return _CHAINS[key]


class WorkParam:
    """Spark accumulator of executor-side measurements: a dict of numbers, summed key by key.

    Keys starting with ``max:`` keep the largest value instead (a daemon's loading time, reported by
    each of its workers). Duck-typed ``pyspark.AccumulatorParam``, so this module needs no PySpark.
    """

    def zero(self, value: dict[str, float]) -> dict[str, float]:
        return {}

    def addInPlace(self, a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
        for key, value in b.items():
            a[key] = max(a.get(key, value), value) if key.startswith("max:") else a.get(key, 0) + value
        return a


class Work:
    """Measurements of one task, added to the job's accumulator when the task ends."""

    def __init__(self, accumulator: Accumulator[dict[str, float]] | None) -> None:
        self.accumulator = accumulator
        self.values: dict[str, float] = {f"tasks:{os.getpid()}": 1}

    def add(self, key: str, value: float) -> None:
        self.values[key] = self.values.get(key, 0) + value

    def chain_loading(self, key: tuple[str, ...]) -> None:
        """Once per worker: whether it loaded the chain itself or inherited it from the daemon."""
        if key in _REPORTED or key not in _LOADED:
            return
        _REPORTED.add(key)
        pid, seconds = _LOADED[key]
        if pid == os.getpid():
            self.add("chain loads in workers", 1)
            self.add("chain load s in workers", seconds)
        else:
            self.values[f"max:daemon {pid} load s"] = seconds

    def send(self) -> None:
        if self.accumulator is not None:
            self.accumulator.add(self.values)


def line_entries(item: InputFile) -> Iterator[tuple[tuple[str, int | None], int]]:
    """((group, line key), 1) for every tracked line of every text dump, and ((group, None), 1) per dump."""
    _index, path, prefix, kind = item
    for found in READERS[kind](Path(path), prefix):
        if isinstance(found, RawDocument) and found.needs_cleaning:
            group = line_group(found)
            yield (group, None), 1
            for key in line_keys(found.text):
                yield (group, key), 1


def read_and_prepare(
    files: Iterable[InputFile], stats: Broadcast[LineStats | None], min_text_chars: int,
    work: Accumulator[dict[str, float]] | None = None, word_vectors: bool = True,
) -> Iterator[Item]:
    """Every document of a partition's input files, prepared, each with its place in the run's order."""
    # round 35: [ingest] boilerplate_word_vectors on the executor too, scoped to this partition (a reused Python
    # worker keeps no earlier job's setting, and this one leaves none behind)
    with semantic.configured(word_vectors):
        line_stats = stats.value
        measured = Work(work)
        started = time.perf_counter()
        for index, path, prefix, kind in files:
            for n, found in enumerate(READERS[kind](Path(path), prefix)):
                seq = output.seq_of(index, n)
                if isinstance(found, Rejection):
                    yield "rejected", seq, found
                    continue
                prepared = prepare(found, line_stats, min_text_chars)
                yield ("article" if isinstance(prepared, Article) else "unusable"), seq, prepared
        # Includes the time the next stage took to take the records (small: they are only serialised).
        measured.add("read+prepare s", time.perf_counter() - started)
        measured.send()


Occurrence = tuple[int, int, Article]  # (first seq, last seq, the last occurrence)


def occurrence(item: Item) -> tuple[str, Occurrence]:
    _tag, seq, article = item
    assert isinstance(article, Article)
    return article.id, (seq, seq, article)


def rejection_row(item: Item) -> tuple[str, str, int]:
    _tag, seq, rejection = item
    assert isinstance(rejection, Rejection)
    return rejection.where, rejection.reason, seq


def last_wins(a: Occurrence, b: Occurrence) -> Occurrence:
    """The same record twice in a run: the later content, the earlier place."""
    first = min(a[0], b[0])
    latest = a if a[1] >= b[1] else b
    return first, latest[1], latest[2]


Enriched = tuple[str, tuple[Article, int, bytes]]  # (id, (article, seq, signature))


def enrich_partition(
    rows: Iterable[tuple[str, Occurrence]], names: tuple[str, ...], settings: dict[str, Any], chunk_size: int,
    work: Accumulator[dict[str, float]] | None = None,
) -> Iterator[Enriched]:
    """Run the enrichment components and the MinHash over one partition, a chunk at a time."""
    measured = Work(work)
    components = component_chain(names, settings)
    if names:
        measured.chain_loading(tuple(names))
    chunk: list[tuple[Article, int]] = []

    def flush() -> Iterator[Enriched]:
        articles = [article for article, _ in chunk]
        started = time.perf_counter()
        signatures = enrich(articles, components, settings)
        measured.add("NLP+MinHash s", time.perf_counter() - started)
        measured.add("documents enriched", len(articles))
        for (article, seq), signature in zip(chunk, signatures, strict=True):
            yield article.id, (article, seq, signature)

    for _id, (first, _last, article) in rows:
        chunk.append((article, first))
        if len(chunk) >= chunk_size:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()
    measured.send()


def article_row(item: tuple[str, tuple[tuple[Article, int, bytes], str | None]]) -> tuple[Any, ...]:
    """One row of ``OUT/articles`` (``output.ARTICLE_COLUMNS``)."""
    _id, ((article, seq, signature), cluster_id) = item
    article.cluster_id = cluster_id
    flat = flat_row(article)
    return (
        *(flat[name] for name in EXPORT_FIELDS),
        article.content_hash, article.source_kind, bool(article.synthetic), text_hash(article.text), signature, seq,
    )


# -- driver side --------------------------------------------------------------------------------
def partitions_after_nlp(articles: int, cores: int, partitions: int) -> int:
    """Partitions for the stages after the enrichment: a multiple of the cores, at most ``partitions``.

    Each holds up to ``RECORDS_PER_PARTITION_AFTER_NLP`` articles: those stages move signatures and
    texts, not parses, and their cost on small corpora was the per-task overhead (600 articles,
    16 partitions: ~1,000 Python tasks, ~40 ms each, for clustering and writes).
    """
    cores = max(1, cores)
    needed = cores * math.ceil(articles / (cores * RECORDS_PER_PARTITION_AFTER_NLP))
    return max(1, min(partitions, max(cores, needed)))


def describe_work(work: dict[str, float]) -> str:
    """One progress line from the executors' measurements."""
    tasks = {key.split(":", 1)[1]: int(n) for key, n in work.items() if key.startswith("tasks:")}
    daemons = {key: s for key, s in work.items() if key.startswith("max:daemon")}
    loads = int(work.get("chain loads in workers", 0))
    parts = [
        f"{len(tasks)} Python worker(s) ran {sum(tasks.values())} tasks",
        f"components loaded {loads}× in workers ({work.get('chain load s in workers', 0):.1f} s)",
    ]
    if daemons:
        parts.append(f"{len(daemons)}× in daemons ({', '.join(f'{s:.1f} s' for s in daemons.values())})")
    parts.append(f"worker time: read+prepare {work.get('read+prepare s', 0):.1f} s, "
                 f"NLP+MinHash {work.get('NLP+MinHash s', 0):.1f} s for {int(work.get('documents enriched', 0))} docs")
    return "; ".join(parts)


def list_inputs(paths: Sequence[Path]) -> tuple[list[InputFile], list[Rejection]]:
    """The input files in the single-machine walk order, and the arguments that do not exist."""
    missing = [Rejection(str(p), "no such file or folder") for p in paths if not p.exists()]
    files = [(i, str(path), prefix, choose_kind(path)) for i, (path, prefix) in enumerate(iter_files(paths))]
    return files, missing


def count_line_stats(sc: SparkContext, files: list[InputFile], partitions: int) -> LineStats:
    """The repetition pre-pass in Spark; counts below ``REPEAT_MIN_COUNT`` are dropped (they never matter)."""
    text_files = [f for f in files if f[3] == "text"]
    rdd = sc.parallelize(text_files, max(1, min(len(text_files), partitions)))
    counted = (
        rdd.flatMap(line_entries)
        .reduceByKey(operator.add, numPartitions=partitions)
        .filter(lambda kv: kv[0][1] is None or kv[1] >= REPEAT_MIN_COUNT)
        .collect()
    )
    counts: dict[str, dict[int, int]] = {}
    docs: dict[str, int] = {}
    for (group, key), n in counted:
        if key is None:
            docs[group] = n
        else:
            counts.setdefault(group, {})[key] = n
    return LineStats.from_counts(counts, docs)


@contextmanager
def preloading_environment(sc: SparkContext, spec: str | None) -> Iterator[None]:
    """RDDs made inside run in Python workers forked by daemons that preloaded ``spec`` (``scale.daemon``).

    The variable joins the Python environment of the RDDs whose JVM side is made meanwhile (PySpark
    reads ``sc.environment`` then), and Spark keeps one daemon per environment: RDDs made outside
    run in another daemon, without the model.
    """
    if not spec:
        yield
        return
    sc.environment[PRELOAD_ENV] = spec
    try:
        yield
    finally:
        sc.environment.pop(PRELOAD_ENV, None)


def _ignore(_: Any) -> None:
    return None


def preload_executors(sc: SparkContext, spec: str) -> threading.Thread:
    """Start the executors' daemon loading the components; returns the thread running that one-task job.

    The task lands on one executor (all of it in local mode), whose daemon loads the chain while
    the driver's next stages read the inputs in the other task slots. Best effort: a failure here
    shows again, as a task error, in the enrichment stage; executors this task did not reach load
    the chain when their first enrichment task arrives.
    """
    with preloading_environment(sc, spec):
        rdd = sc.parallelize([0], 1).map(_ignore)
        _ = rdd._jrdd  # the JVM-side RDD, made now: with the preloading environment

    def warm() -> None:
        with suppress(Exception):  # a real problem fails the enrichment stage, with its message
            rdd.count()

    thread = threading.Thread(target=warm, name="kibaru-preload", daemon=True)
    thread.start()
    return thread


def _hadoop_delete(sc: SparkContext, uri: str) -> None:
    """Remove ``uri`` on whatever file system it names (local, HDFS, S3…)."""
    jvm: Any = sc._jvm
    jsc: Any = sc._jsc
    path = jvm.org.apache.hadoop.fs.Path(uri)
    path.getFileSystem(jsc.hadoopConfiguration()).delete(path, True)


def output_uri(out: str | Path) -> str:
    """A URI Spark resolves the same way on every executor (local paths made absolute)."""
    text = str(out)
    return text if "://" in text else Path(text).resolve().as_uri()


def _error_message(exc: Exception) -> str:
    """The useful line of a Spark failure (the Python error raised on an executor, when there is one)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "Error:" in line or "Exception:" in line]
    return (errors[-1] if errors else lines[-1] if lines else type(exc).__name__)[:500]


def run(
    paths: Sequence[Path],
    out: str | Path,
    options: IngestOptions | None = None,
    *,
    master: str | None = None,
    partitions: int | None = None,
    spark: SparkSession | None = None,
    progress: Callable[[str], None] | None = None,
) -> JobSummary:
    """Ingest ``paths`` with Spark into the Parquet folder ``out``; returns what happened.

    ``spark`` reuses a running session (tests, notebooks); otherwise one is started (``master``,
    default: the ``spark-submit`` master or ``local[*]``). ``progress`` hears one line per stage.
    """
    from kibaru.scale.session import spark_session

    options = options or IngestOptions()
    resolve(options.components)  # an unknown component or a missing model package fails here, not on executors
    files, missing = list_inputs(paths)
    session = spark or spark_session(master, partitions=partitions)
    try:
        return _run(session, files, missing, [str(p) for p in paths], output_uri(out), options, partitions,
                    progress or (lambda _: None))
    except KibaruError:
        raise
    except Exception as exc:  # a task failed on an executor, or Spark itself did
        raise KibaruError(f"the Spark job failed: {_error_message(exc)}") from exc


def _run(
    spark: SparkSession,
    files: list[InputFile],
    missing: list[Rejection],
    inputs: list[str],
    out: str,
    options: IngestOptions,
    partitions: int | None,
    progress: Callable[[str], None],
) -> JobSummary:
    from pyspark import StorageLevel

    started = time.perf_counter()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")

    def step(message: str) -> None:
        progress(f"{time.perf_counter() - started:7.1f} s  {message}")

    sc = spark.sparkContext
    n_parts = partitions or max(2, PARTITIONS_PER_CORE * sc.defaultParallelism)
    summary = JobSummary(out=out, master=str(sc.master), partitions=n_parts)
    # A folder whose run/ marker is gone is incomplete: `kibaru load` refuses it until the job ends.
    _hadoop_delete(sc, f"{out}/{output.RUN}")
    step(f"{len(files)} input files, {n_parts} partitions")

    # The executors' daemons load the components (scale.daemon) while the inputs are being read.
    provenance = options.provenance()  # before any work: a bad model path fails on the driver
    spec = preload_spec(tuple(options.components), options.settings)
    warming = preload_executors(sc, spec) if spec else None

    stats = None
    if options.repetition_prepass and any(f[3] == "text" for f in files):
        stats = count_line_stats(sc, files, n_parts)
        step(f"line statistics of {sum(stats.n_docs(g) for g in stats.groups())} text dumps")
    stats_b = sc.broadcast(stats)

    work: Accumulator[dict[str, float]] = sc.accumulator({}, WorkParam())  # type: ignore[arg-type]  # duck-typed
    file_rdd = sc.parallelize(files, max(1, min(len(files), n_parts)))
    items = file_rdd.mapPartitions(
        partial(read_and_prepare, stats=stats_b, min_text_chars=options.min_text_chars, work=work,
                    word_vectors=options.word_vectors)
    )
    items = items_all = items.persist(StorageLevel.MEMORY_AND_DISK)
    occurrences = items.filter(lambda it: it[0] == "article").map(occurrence).reduceByKey(last_wins, n_parts)
    with preloading_environment(sc, spec):  # the enrichment tasks go to the preloaded daemons' workers
        enriched = occurrences.mapPartitions(
            partial(enrich_partition, names=tuple(options.components), settings=options.settings,
                    chunk_size=max(1, options.batch_size), work=work)
        ).persist(StorageLevel.MEMORY_AND_DISK)
    summary.new = enriched.count()
    if warming is not None:
        warming.join()
    step(f"{summary.new} articles read, prepared and enriched ({', '.join(options.components) or 'no NLP'})")
    summary.work = dict(work.value)
    step(describe_work(summary.work))
    # Fewer, larger partitions from here on: what is left per article is small, and every partition
    # of every later stage costs a Python task (coalesce: no shuffle, the cached partitions are read).
    after = partitions_after_nlp(summary.new, sc.defaultParallelism, n_parts)
    spark.conf.set("spark.sql.shuffle.partitions", str(after))  # the sort before writing the articles
    items, enriched_all = items.coalesce(after), enriched
    enriched = enriched.coalesce(after)

    if options.cluster:
        members = enriched.map(lambda kv: (kv[0], kv[1][1], kv[1][0].date, kv[1][2], kv[1][0].text))
        assignments, firsts = cluster_rows(members, partitions=after)
        firsts = firsts.persist(StorageLevel.MEMORY_AND_DISK)
        summary.clusters, summary.multi_member_clusters = firsts.map(
            lambda r: (1, 1 if r[2] > 1 else 0)
        ).fold((0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1]))
        step(f"{summary.clusters} clusters ({summary.multi_member_clusters} with republications)")
        with_clusters = enriched.leftOuterJoin(assignments, numPartitions=after)
    else:
        firsts = sc.emptyRDD()
        with_clusters = enriched.map(lambda kv: (kv[0], (kv[1], None)))

    articles_df = spark.createDataFrame(with_clusters.map(article_row), output.articles_schema())
    articles_df.orderBy("seq").write.mode("overwrite").option("compression", "zstd").parquet(
        f"{out}/{output.ARTICLES}"
    )
    spark.createDataFrame(firsts, output.clusters_schema()).write.mode("overwrite").parquet(
        f"{out}/{output.CLUSTERS}"
    )
    rejected_rdd = items.filter(lambda it: it[0] != "article").map(rejection_row)
    rejected_rdd = rejected_rdd.union(sc.parallelize([(r.where, r.reason, -1) for r in missing], 1))
    spark.createDataFrame(rejected_rdd, output.rejections_schema()).write.mode("overwrite").parquet(
        f"{out}/{output.REJECTIONS}"
    )
    step("articles, clusters and rejections written")

    tags = items.map(lambda it: it[0]).countByValue()
    summary.read = tags.get("article", 0) + tags.get("unusable", 0)
    summary.repeated = tags.get("article", 0) - summary.new  # reduced away by ``last_wins``
    summary.rejected = tags.get("unusable", 0) + tags.get("rejected", 0) + len(missing)
    # Exact copies (same clean text, other identity): every article beyond the first of its text.
    summary.duplicates = summary.new - enriched.map(lambda kv: text_hash(kv[1][0].text)).distinct(after).count()
    summary.rejections = [Rejection(w, r) for w, r, _ in rejected_rdd.takeOrdered(1000, key=lambda r: r[2])]
    summary.seconds = time.perf_counter() - started
    run_row = (
        output.FORMAT_VERSION, __version__, json.dumps(inputs, ensure_ascii=False),
        json.dumps(list(options.components)), *summary.counts().values(), options.cluster, started_at,
        summary.seconds, str(sc.master), provenance.stamp().record,
    )
    spark.createDataFrame([run_row], output.run_schema()).coalesce(1).write.mode("overwrite").parquet(
        f"{out}/{output.RUN}"
    )
    step("done")
    for rdd in (items_all, enriched_all, firsts):
        rdd.unpersist()
    stats_b.destroy()
    return summary
