"""Analyst tables: one row per item (entity, quote, event, narrative, technique, stance, cluster member).

Every table has an ``article_id`` column, so the tables join with each other and with the
``articles`` table (pandas ``merge``, R ``dplyr::left_join``, SQL). Columns are typed (Parquet keeps
the types; CSV readers infer them); a value that is absent is null in Parquet and an empty cell in
CSV. Lists inside an item (an event's actors, a narrative's evidence spans) become ``"; "``-joined
text, plus a JSON column where the structure matters.

``events`` rows carry the ``timeline_id`` of the merged real-world event they report
(:func:`kibaru.analyse.timeline.merge_events`, same ids as ``kibaru timeline``); ``clusters`` rows
say which member of a republication cluster appeared first (earliest date, then ingest order — the
rule the clustering step uses).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from kibaru.analyse.dedup import first_appearance_key, republication_delay
from kibaru.enrich.voice import technique_voices
from kibaru.errors import KibaruError
from kibaru.export.actors import ActorIndex
from kibaru.export.articles import GROUP_FIELD, group_cell
from kibaru.export.cells import protect, unprotect
from kibaru.export.labels import disarm_map
from kibaru.model import Article

TABLES: tuple[str, ...] = ("articles", "entities", "quotes", "events", "narratives", "techniques", "stance",
                           "clusters")
TABLE_FORMATS: tuple[str, ...] = ("csv", "parquet")
# Rows per Parquet row group (as in export/articles.py): good compression, bounded memory.
PARQUET_ROW_GROUP = 5_000

S, INT, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_ARTICLE = [("article_id", S), ("outlet", S), ("article_date", S)]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", S), ("url", S), ("outlet", S), ("attributed_source", S), ("title", S), ("date", S),
        ("date_precision", S), ("date_origin", S), ("language", S), ("cluster_id", S), ("source_path", S),
        ("n_entities", INT), ("n_quotes", INT), ("n_events", INT), ("n_narratives", INT), ("n_techniques", INT),
        ("n_stance", INT), ("text", S),
    ]),
    "entities": pa.schema([*_ARTICLE, ("start", INT), ("end", INT), ("text", S), ("label", S), ("canonical", S),
                           ("kb_id", S), ("actor_id", S)]),
    "quotes": pa.schema([*_ARTICLE, ("start", INT), ("end", INT), ("text", S), ("speaker", S), ("speaker_kb_id", S),
                         ("speaker_actor_id", S), ("cue", S), ("direct", B)]),
    "events": pa.schema([*_ARTICLE, ("event_index", INT), ("timeline_id", S), ("type", S), ("cameo", S), ("date", S),
                         ("date_precision", S), ("location", S), ("location_kb_id", S), ("fatalities", INT),
                         ("sources", S), ("targets", S), ("participants", S), ("actor_kb_ids", S), ("start", INT),
                         ("end", INT), ("evidence", S)]),
    "narratives": pa.schema([*_ARTICLE, ("narrative_id", S), ("score", F), ("voice", S), ("speaker", S),
                             ("evidence_start", INT), ("evidence_end", INT), ("evidence_text", S),
                             ("evidence_spans", INT), ("evidence_json", S), ("disarm_ids", S)]),
    "techniques": pa.schema([*_ARTICLE, ("technique_id", S), ("start", INT), ("end", INT), ("text", S), ("score", F),
                             ("voice", S), ("speaker", S), ("speaker_kb_id", S), ("disarm_ids", S)]),
    "stance": pa.schema([*_ARTICLE, ("target", S), ("target_kb_id", S), ("target_actor_id", S), ("score", F),
                         ("voice", S), ("evidence", S)]),
    "clusters": pa.schema([("cluster_id", S), ("article_id", S), ("outlet", S), ("date", S), ("is_first", B),
                           ("first_article_id", S), ("first_outlet", S), ("size", INT), ("days_after_first", INT),
                           ("attributed_source", S)]),
}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _joined(values: Iterable[Any]) -> str | None:
    items = [str(v) for v in values if v not in (None, "")]
    return "; ".join(items) if items else None


class _Context:
    """What row builders share: the actor index, loaded on first use (the articles table needs none)."""

    def __init__(self, actors: ActorIndex | None = None) -> None:
        self._actors = actors

    def actor_id(self, kb_id: Any) -> str | None:
        if not kb_id:
            return None
        if self._actors is None:
            self._actors = ActorIndex()
        actor = self._actors.actor(str(kb_id))
        return actor.id if actor else None


def _base(article: Article) -> dict[str, Any]:
    return {"article_id": article.id, "outlet": article.outlet, "article_date": article.date}


def article_row(article: Article, _ctx: _Context | None = None) -> dict[str, Any]:
    return {
        "article_id": article.id, "url": article.url, "outlet": article.outlet,
        "attributed_source": article.attributed_source, "title": article.title, "date": article.date,
        "date_precision": article.date_precision, "date_origin": article.date_origin, "language": article.language,
        "cluster_id": article.cluster_id, "source_path": article.source_path,
        "n_entities": len(article.entities), "n_quotes": len(article.quotes), "n_events": len(article.events),
        "n_narratives": len(article.narratives), "n_techniques": len(article.techniques),
        "n_stance": len(article.stance), "text": article.text,
    }


def entity_rows(article: Article, ctx: _Context) -> Iterator[dict[str, Any]]:
    for e in article.entities:
        yield {**_base(article), "start": _int(e.get("start")), "end": _int(e.get("end")), "text": _str(e.get("text")),
               "label": _str(e.get("label")), "canonical": _str(e.get("canonical")), "kb_id": _str(e.get("kb_id")),
               "actor_id": ctx.actor_id(e.get("kb_id"))}


def quote_rows(article: Article, ctx: _Context) -> Iterator[dict[str, Any]]:
    for q in article.quotes:
        direct = q.get("direct")
        yield {**_base(article), "start": _int(q.get("start")), "end": _int(q.get("end")), "text": _str(q.get("text")),
               "speaker": _str(q.get("speaker")), "speaker_kb_id": _str(q.get("speaker_kb_id")),
               "speaker_actor_id": ctx.actor_id(q.get("speaker_kb_id")), "cue": _str(q.get("cue")),
               "direct": direct if isinstance(direct, bool) else None}


def event_rows(article: Article, _ctx: _Context) -> Iterator[dict[str, Any]]:
    for index, ev in enumerate(article.events):
        actors = [a for a in ev.get("actors") or [] if isinstance(a, dict)]

        def names(role: str, actors: list[dict[str, Any]] = actors) -> str | None:
            return _joined(a.get("canonical") or a.get("kb_id") for a in actors if a.get("role") == role)

        yield {**_base(article), "event_index": index, "timeline_id": None, "type": _str(ev.get("type")),
               "cameo": _str(ev.get("cameo")), "date": _str(ev.get("date")),
               "date_precision": _str(ev.get("date_precision")), "location": _str(ev.get("location")),
               "location_kb_id": _str(ev.get("location_kb_id")), "fatalities": _int(ev.get("fatalities")),
               "sources": names("source"), "targets": names("target"), "participants": names("participant"),
               "actor_kb_ids": _joined(a.get("kb_id") for a in actors), "start": _int(ev.get("start")),
               "end": _int(ev.get("end")), "evidence": _str(ev.get("evidence"))}


def narrative_rows(article: Article, _ctx: _Context) -> Iterator[dict[str, Any]]:
    mapping = disarm_map()
    for n in article.narratives:
        spans = [s for s in n.get("evidence") or [] if isinstance(s, dict)]
        first = spans[0] if spans else {}
        label = str(n.get("id"))
        yield {**_base(article), "narrative_id": _str(n.get("id")), "score": _float(n.get("score")),
               "voice": _str(n.get("voice")), "speaker": _str(n.get("speaker")),
               "evidence_start": _int(first.get("start")), "evidence_end": _int(first.get("end")),
               "evidence_text": _str(first.get("text")), "evidence_spans": len(spans),
               "evidence_json": json.dumps(spans, ensure_ascii=False),
               "disarm_ids": _joined(t.id for t in mapping.for_narrative(label))}


def technique_rows(article: Article, _ctx: _Context) -> Iterator[dict[str, Any]]:
    mapping = disarm_map()
    for t in technique_voices(article.techniques, article.quotes):
        yield {**_base(article), "technique_id": _str(t.get("id")), "start": _int(t.get("start")),
               "end": _int(t.get("end")), "text": _str(t.get("text")), "score": _float(t.get("score")),
               "voice": _str(t.get("voice")), "speaker": _str(t.get("speaker")),
               "speaker_kb_id": _str(t.get("speaker_kb_id")),
               "disarm_ids": _joined(d.id for d in mapping.for_technique(str(t.get("id"))))}


def stance_rows(article: Article, ctx: _Context) -> Iterator[dict[str, Any]]:
    for s in article.stance:
        yield {**_base(article), "target": _str(s.get("target")), "target_kb_id": _str(s.get("target_kb_id")),
               "target_actor_id": ctx.actor_id(s.get("target_kb_id")), "score": _float(s.get("score")),
               "voice": _str(s.get("voice")), "evidence": _str(s.get("evidence"))}


ROW_BUILDERS: dict[str, Callable[[Article, _Context], Iterable[dict[str, Any]]]] = {
    "articles": lambda a, c: [article_row(a, c)],
    "entities": entity_rows,
    "quotes": quote_rows,
    "events": event_rows,
    "narratives": narrative_rows,
    "techniques": technique_rows,
    "stance": stance_rows,
}


@dataclass(slots=True)
class ClusterMember:
    article_id: str
    outlet: str | None
    date: str | None
    seq: int
    credit: str | None = None  # the member's credited source (« Source : TASS »), as written


def cluster_rows(members: Iterable[ClusterMember], cluster_of: dict[str, str]) -> Iterator[dict[str, Any]]:
    """Rows of the clusters table; the first member is the earliest dated, then the first ingested.
    ``days_after_first``: days from the first member's date to this one, both dated to the day (else empty);
    ``attributed_source``: the source the member credits (empty: a copy that credits nobody)."""
    groups: dict[str, list[ClusterMember]] = {}
    for m in members:
        cid = cluster_of.get(m.article_id)
        if cid:
            groups.setdefault(cid, []).append(m)
    for cid in sorted(groups):
        group = groups[cid]
        first = first_member(group)
        for m in sorted(group, key=lambda m: m.seq):
            yield {"cluster_id": cid, "article_id": m.article_id, "outlet": m.outlet, "date": m.date,
                   "is_first": m is first, "first_article_id": first.article_id, "first_outlet": first.outlet,
                   "size": len(group), "days_after_first": republication_delay(first.date, m.date),
                   "attributed_source": m.credit or None}


def first_member(group: Sequence[ClusterMember]) -> ClusterMember:
    # The clustering step orders members by (first_appearance_key(date), ingest sequence), ties by id.
    return min(group, key=lambda m: (first_appearance_key(m.date), m.seq, m.article_id))


# --- writing ---------------------------------------------------------------------------------


class _Sink:
    def write(self, row: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class _CsvSink(_Sink):
    def __init__(self, handle: IO[str], schema: pa.Schema, owned: bool) -> None:
        self.handle, self.owned = handle, owned
        self.writer = csv.DictWriter(handle, fieldnames=schema.names, lineterminator="\n")
        self.writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.writer.writerow(
            {k: ("true" if v is True else "false" if v is False else protect(v)) for k, v in row.items()}
        )

    def close(self) -> None:
        if self.owned:
            self.handle.close()
        else:
            self.handle.flush()


class _ParquetSink(_Sink):
    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.schema = schema
        self.writer = pq.ParquetWriter(str(path), schema, compression="zstd")
        self.batch: list[dict[str, Any]] = []
        self.written = 0

    def write(self, row: dict[str, Any]) -> None:
        self.batch.append(row)
        if len(self.batch) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(pa.Table.from_pylist(self.batch, schema=self.schema))
        self.written += len(self.batch)
        self.batch = []

    def close(self) -> None:
        if self.batch or self.written == 0:
            self._flush()
        self.writer.close()


def _sink(name: str, fmt: str, out: Path | None, group: Any = None) -> _Sink:
    schema = SCHEMAS[name]
    if group is not None:  # the actor group that selected the articles: a last column (GROUP_FIELD)
        schema = schema.append(pa.field(GROUP_FIELD, pa.string()))
    if fmt == "parquet":
        if out is None:
            raise KibaruError("Parquet is a binary format: give an output file with -o")
        return _ParquetSink(out, schema)
    if out is None:
        return _CsvSink(sys.stdout, schema, owned=False)
    return _CsvSink(out.open("w", encoding="utf-8", newline=""), schema, owned=True)


def resolve_tables(table: str) -> list[str]:
    """``all`` or one table name, checked."""
    if table == "all":
        return list(TABLES)
    if table not in TABLES:
        raise KibaruError(f"unknown table {table!r}; choose one of {', '.join(TABLES)} or all")
    return [table]


def export_tables(articles: Iterable[Article], table: str, fmt: str, out: Path | None,
                  *, actors: ActorIndex | None = None, group: Any = None) -> dict[str, int]:
    """Write one table (to ``out`` or stdout) or ``all`` tables (one file each in directory ``out``). ``group``: the
    actor group (``kibaru.analyse.groups.ActorGroup``) that selected the articles, labelled in every table as the
    article exports label it — an ``actor_group`` column (« group:russia = Russie + Moscou (capitale), … »), a column
    rather than a ``#`` comment line, which ``csv.DictReader`` and most readers would take as the header.

    Returns the number of rows written per table.
    """
    if fmt not in TABLE_FORMATS:
        raise KibaruError(f"tables are written as csv or parquet, not {fmt!r}")
    names = resolve_tables(table)
    targets: dict[str, Path | None]
    if table == "all":
        if out is None:
            raise KibaruError("--table all writes one file per table: give a directory with -o")
        if out.exists() and not out.is_dir():
            raise KibaruError(f"{out} is a file: --table all needs a directory")
        out.mkdir(parents=True, exist_ok=True)
        targets = {n: out / f"{n}.{fmt}" for n in names}
    else:
        targets = {names[0]: out}
    counts = dict.fromkeys(names, 0)
    sinks: dict[str, _Sink] = {}
    try:
        for name in names:
            sinks[name] = _sink(name, fmt, targets[name], group)
        extra = {GROUP_FIELD: group_cell(group)} if group is not None else {}
        for name, row in iter_rows(articles, names, actors=actors):
            sinks[name].write({**row, **extra} if extra else row)
            counts[name] += 1
    finally:
        for s in sinks.values():
            s.close()
    return counts


def iter_rows(articles: Iterable[Article], names: Sequence[str], *,
              actors: ActorIndex | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table name, row) for the tables ``names``, reading ``articles`` once.

    Rows of the per-article tables stream; ``events`` rows come after the last article (their
    timeline ids need every event) and so do ``clusters`` rows (their first member needs the whole
    cluster).
    """
    ctx = _Context(actors)
    wanted = set(names)
    streamed = [n for n in names if n in ROW_BUILDERS and n != "events"]
    members: list[ClusterMember] = []
    cluster_of: dict[str, str] = {}
    event_buffer: list[dict[str, Any]] = []
    event_articles: list[Article] = []
    for seq, article in enumerate(articles):
        for name in streamed:
            for row in ROW_BUILDERS[name](article, ctx):
                yield name, row
        if "events" in wanted and article.events:
            event_buffer.extend(event_rows(article, ctx))
            # Only what merging reads: the text of thousands of articles need not stay in memory.
            event_articles.append(replace(article, text="", entities=[], quotes=[], narratives=[],
                                          techniques=[], stance=[], boilerplate=[]))
        if "clusters" in wanted:
            members.append(ClusterMember(article.id, article.outlet, article.date, seq, article.attributed_source))
            if article.cluster_id:
                cluster_of[article.id] = article.cluster_id
    if "events" in wanted:
        timeline = timeline_ids(event_articles)
        for row in event_buffer:
            row["timeline_id"] = timeline.get((row["article_id"], row["start"] or 0, row["type"]))
            yield "events", row
    if "clusters" in wanted:
        for row in cluster_rows(members, cluster_of):
            yield "clusters", row


def timeline_ids(articles: Iterable[Article]) -> dict[tuple[str, int, str], str]:
    """(article id, event start, event type) -> id of the merged timeline entry that report belongs to (one
    sentence can carry events of two types)."""
    from kibaru.analyse.timeline import merge_events

    ids: dict[tuple[str, int, str], str] = {}
    for entry in merge_events(articles):
        for report in entry.reports:
            ids[(report.article_id, report.start, entry.type)] = entry.id
    return ids


def read_table(path: Path, table: str, fmt: str | None = None) -> list[dict[str, Any]]:
    """Read a written table back with its column types (CSV empty cells become null)."""
    import pyarrow.csv as pacsv

    schema = SCHEMAS[table]
    fmt = fmt or path.suffix.lstrip(".")
    if fmt == "parquet":
        return pq.read_table(str(path), schema=schema).to_pylist()
    if fmt == "csv":
        options = pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True,
                                       quoted_strings_can_be_null=True, null_values=[""])
        parse = pacsv.ParseOptions(newlines_in_values=True)
        rows = pacsv.read_csv(str(path), parse_options=parse, convert_options=options).to_pylist()
        return [{k: unprotect(v) for k, v in row.items()} for row in rows]
    raise KibaruError(f"cannot read back format {fmt!r}")
