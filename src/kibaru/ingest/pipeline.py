"""The ingest run: read → clean → date and describe → identify → store in batches → cluster.

Streaming: documents flow through one at a time and are written in transactions of
``[ingest] batch_size`` articles, so memory stays flat and a killed run loses at most the batch in
flight (a rerun completes it, because unchanged records are recognised by their content hash).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kibaru.analyse.dedup import cluster, minhash_signature, signature_from_bytes, signature_to_bytes
from kibaru.enrich.registry import resolve
from kibaru.ingest.clean import semantic
from kibaru.ingest.clean.dump import LineStats, clean_dump
from kibaru.ingest.dating import date_in_text
from kibaru.ingest.discover import iter_documents
from kibaru.ingest.identity import article_id, content_hash, text_hash
from kibaru.ingest.metadata import detect_language, outlet_from_url
from kibaru.ingest.provenance import Provenance
from kibaru.ingest.provenance import current as current_provenance
from kibaru.kb import extra_files, use_extra
from kibaru.model import Article, RawDocument, Rejection
from kibaru.store.base import RunSummary, Storage

# Where a source path's record suffix starts: "file.jsonl:12", "crawl.warc.gz#record=3".
_RECORD_SUFFIX = re.compile(r"(?::\d+|#.*)$")

ProgressFn = Callable[[str], None]


@dataclass(slots=True)
class IngestOptions:
    batch_size: int = 500
    repetition_prepass: bool = True
    min_text_chars: int = 80
    word_vectors: bool = True  # round 35: [ingest] boilerplate_word_vectors (kibaru.ingest.clean.semantic)
    cluster: bool = True
    components: Sequence[str] = ()
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> IngestOptions:
        ingest = config.get("ingest", {})
        enrich = config.get("enrich", {})
        return cls(
            batch_size=int(ingest.get("batch_size", 500)),
            repetition_prepass=bool(ingest.get("repetition_prepass", True)),
            min_text_chars=int(ingest.get("min_text_chars", 80)),
            word_vectors=bool(ingest.get("boilerplate_word_vectors", True)),
            cluster=bool(config.get("dedup", {}).get("enabled", True)),
            components=tuple(enrich.get("components", ())),
            settings=config,
        )

    def provenance(self) -> Provenance:
        """What these options enrich with (recorded with every article a run writes)."""
        return current_provenance(self.components, self.settings)

    def use_kb(self) -> None:
        """Layer the configuration's ``[kb] extra`` files over the KB the components load (validated now)."""
        if self.components:
            use_extra(extra_files(self.settings))


def line_group(doc: RawDocument) -> str:
    """The set of documents whose repeated lines count as one site's boilerplate."""
    if doc.outlet:
        return doc.outlet
    return str(Path(_RECORD_SUFFIX.sub("", doc.source_path)).parent)


def build_line_stats(paths: Sequence[Path]) -> LineStats:
    """First pass over the text dumps: how often each line recurs within a site."""
    stats = LineStats()
    for item in iter_documents(paths, kinds=frozenset({"text"})):
        if isinstance(item, RawDocument) and item.needs_cleaning:
            stats.observe(line_group(item), item.text)
    return stats


def prepare(doc: RawDocument, stats: LineStats | None, min_text_chars: int) -> Article | Rejection:
    """Clean, date and describe one document; a document with no article text is rejected."""
    text, title, boilerplate = doc.text, doc.title, list(doc.boilerplate)
    date, precision, origin = doc.date, doc.date_precision, doc.date_origin
    attributed = doc.attributed_source
    if doc.needs_cleaning:
        cleaned = clean_dump(doc.text, stats=stats, group=line_group(doc))
        text = cleaned.text
        title = title or cleaned.title
        boilerplate.extend(cleaned.boilerplate)
        attributed = attributed or cleaned.attributed_source
        if date is None and cleaned.header_date:
            date, precision, origin = cleaned.header_date, cleaned.header_date_precision, "header"
    text = text.strip()
    if len(text) < min_text_chars:
        return Rejection(doc.source_path, f"no article text left after cleaning ({len(text)} characters)")
    if date is None and (found := date_in_text(text, boilerplate)):
        date, precision, origin = found[0], found[1], "text"
    outlet = doc.outlet or (outlet_from_url(doc.url) if doc.url else None)
    language = doc.language or detect_language(text)
    fields: dict[str, Any] = {
        "text": text, "title": title, "boilerplate": boilerplate, "date": date, "date_precision": precision,
        "date_origin": origin, "url": doc.url, "outlet": outlet, "attributed_source": attributed,
        "language": language, "source_path": doc.source_path,
    }
    return Article(
        id=article_id(doc.identity),
        content_hash=content_hash(fields),
        source_kind=doc.kind,
        synthetic=doc.synthetic,
        **fields,
    )


class _Batch:
    """Articles and rejections waiting for the next transaction."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.rejections: list[Rejection] = []
        # Ids an earlier batch of this run wrote: counted as repeated, not again as new/updated/unchanged.
        self.rewrites: set[str] = set()

    def __len__(self) -> int:
        return len(self.articles) + len(self.rejections)


def ingest(
    paths: Sequence[Path],
    storage: Storage,
    options: IngestOptions | None = None,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
) -> RunSummary:
    """Ingest every input under ``paths`` into ``storage``; returns what happened."""
    options = options or IngestOptions()
    with semantic.configured(options.word_vectors):
        return _ingest(paths, storage, options, on_item)


def _ingest(
    paths: Sequence[Path], storage: Storage, options: IngestOptions,
    on_item: Callable[[Article | Rejection], None] | None,
) -> RunSummary:
    components = resolve(options.components)
    options.use_kb()
    provenance = options.provenance()
    stats = build_line_stats(paths) if options.repetition_prepass else None
    summary = RunSummary()
    started = time.perf_counter()
    run_id = storage.begin_run([str(p) for p in paths])
    batch = _Batch()
    seen: set[str] = set()  # every article id of this run so far (a few MB for 100k articles)
    status = "failed"
    try:
        for found in iter_documents(paths):
            item: Article | Rejection
            if isinstance(found, RawDocument):
                summary.read += 1
                item = prepare(found, stats, options.min_text_chars)
            else:
                item = found
            if isinstance(item, Rejection):
                summary.rejected += 1
                summary.rejections.append(item)
                batch.rejections.append(item)
            else:
                if item.id in seen:  # the same record twice in a run: the last one read wins, as on Spark
                    summary.repeated += 1
                    if item.id not in batch.articles:
                        batch.rewrites.add(item.id)
                seen.add(item.id)
                batch.articles[item.id] = item
            if on_item:
                on_item(item)
            if len(batch) >= options.batch_size:
                _flush(storage, run_id, batch, summary, components, options, provenance)
                batch = _Batch()
        _flush(storage, run_id, batch, summary, components, options, provenance)
        if options.cluster:
            with _timed(summary.seconds, "cluster"):
                recluster(storage)
        status = "ok"
    finally:
        storage.finish_run(run_id, summary, status)
        # what no timed stage took: reading the inputs, cleaning, dating, identifying
        rest = time.perf_counter() - started - sum(summary.seconds.values())
        summary.seconds = {"read and clean": max(rest, 0.0), **summary.seconds}
    return summary


def _flush(
    storage: Storage,
    run_id: int,
    batch: _Batch,
    summary: RunSummary,
    components: Sequence[Any],
    options: IngestOptions,
    provenance: Provenance,
) -> None:
    if not len(batch):
        return
    with _timed(summary.seconds, "store"):
        changed = account_changes(storage, list(batch.articles.values()), summary, batch.rewrites)
    signatures = enrich(changed, components, options.settings, summary.seconds)
    with _timed(summary.seconds, "store"):
        storage.write_batch(run_id, changed, signatures, batch.rejections, provenance.stamp())


@contextmanager
def _timed(seconds: dict[str, float] | None, stage: str) -> Iterator[None]:
    """Add the block's wall time to ``seconds[stage]`` (nothing when ``seconds`` is None)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        if seconds is not None:
            seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


def account_changes(
    storage: Storage, articles: Sequence[Article], summary: RunSummary, rewrites: Set[str] = frozenset()
) -> list[Article]:
    """The articles (of one batch, unique ids) that are new or changed; counted into ``summary``.

    ``rewrites`` are ids an earlier batch of the same run wrote: already counted (as repeated).
    """
    stored = storage.content_hashes([a.id for a in articles])
    changed: list[Article] = []
    for article in articles:
        if stored.get(article.id) != article.content_hash:
            changed.append(article)
        elif article.id not in rewrites:
            summary.unchanged += 1
    # Exact copies among stored rows (earlier runs and this run's earlier batches, already written)
    # and inside this batch: memory stays bounded by the batch, whatever the corpus size.
    hashes = {a.id: text_hash(a.text) for a in changed}
    copies = storage.ids_with_text_hashes(list(hashes.values()))
    seen_hashes: dict[str, str] = {}
    for article in changed:
        if article.id not in rewrites:  # a rewrite was counted as repeated when it was read
            if article.id in stored:
                summary.updated += 1
            else:
                summary.new += 1
        # An exact copy of another record's text (other identity) is stored — it tells who
        # republished whom — and counted as a duplicate.
        other = copies.get(hashes[article.id]) or seen_hashes.get(hashes[article.id])
        if other and other != article.id:
            summary.duplicates += 1
        seen_hashes.setdefault(hashes[article.id], article.id)
    return changed


def enrich(
    articles: Sequence[Article], components: Sequence[Any], settings: dict[str, Any],
    seconds: dict[str, float] | None = None,
) -> list[bytes]:
    """Run the enrichment components over ``articles`` (in place); return their MinHash signatures.

    The per-document work after ``prepare``: the single-machine ingest calls it once per batch,
    the Spark job once per chunk of a partition. ``seconds`` (optional) gathers each stage's wall time.
    """
    run_components(articles, components, settings, seconds)
    with _timed(seconds, "minhash"):
        return [signature_to_bytes(minhash_signature(a.text)) for a in articles]


def run_components(
    articles: Sequence[Article], components: Sequence[Any], settings: dict[str, Any],
    seconds: dict[str, float] | None = None,
) -> None:
    """Run the enrichment components over ``articles``, in order, in place (ingest and `kibaru enrich`);
    ``seconds`` (optional) gathers each component's wall time under its name."""
    for comp in components:
        with _timed(seconds, comp.name):
            comp.func(articles, settings)


def recluster(storage: Storage) -> int:
    """Cluster every stored article by its MinHash signature; returns the number of clusters."""
    ids: list[str] = []
    keys: list[tuple[str, int]] = []
    rows: list[np.ndarray] = []
    for stored in storage.signatures():
        ids.append(stored.article_id)
        rows.append(signature_from_bytes(stored.signature))
        # Earliest publication first; undated articles after dated ones, then by ingest order.
        keys.append((stored.date or "9999", stored.ingest_seq))
    if not ids:
        return 0
    # Exact shingle containment (read from the stored text) settles the cut-ending candidates.
    result = cluster(ids, np.vstack(rows), keys, texts=storage.text_of)
    storage.set_clusters(result.cluster_of, result.first_of)
    return len(result.first_of)

