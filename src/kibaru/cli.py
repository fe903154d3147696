"""The ``kibaru`` command: thin commands over the library; errors become one clear message."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from kibaru import __version__
from kibaru.analyse.timeline import reaches_toll
from kibaru.commands import register_all
from kibaru.commands.common import (
    ConfigOption,
    CreditOption,
    DbOption,
    NarrativeOption,
    SinceOption,
    TechniqueOption,
    UntilOption,
    VoiceOption,
    cells,
    check_date,
    err,
    existing_paths,
    note_unknown_names,
    out,
    print_rows,
    printable,
    progress_bar,
    stage_times,
    storage_session,
    title_or_lead,
)
from kibaru.config import load_config
from kibaru.errors import KibaruError
from kibaru.model import Article, Rejection
from kibaru.store.base import RUN_COUNTS

app = typer.Typer(
    name="kibaru",
    help="Turn scraped French news about the Sahel into an explainable, queryable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
def _version(value: bool) -> None:
    if value:
        out.print(f"kibaru {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """kibaru — Bambara for "news"."""
    # Read-side commands (`articles --actor`, `export --actor`, `serve`) resolve names against the same KB as
    # the runs that linked them: the packaged KB plus the analyst's `[kb] extra` of ./kibaru.toml / $KIBARU_CONFIG
    # (ingest and enrich layer their own --config on top). Not loaded here: a command that never reads the KB
    # (`status`) does not pay for it.
    from kibaru.kb import extra_files, use_extra

    use_extra(extra_files(load_config()), validate=False)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest (folders are walked).")],
    db: DbOption = None,
    config: ConfigOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_nlp: Annotated[bool, typer.Option("--no-nlp", help="Skip the NLP enrichment components.")] = False,
) -> None:
    """Read, clean, date, enrich and de-duplicate articles into the database."""
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.ingest.pipeline import ingest as run_ingest

    paths = existing_paths(paths)
    options = IngestOptions.from_config(load_config(config or []))
    if no_nlp:
        options.components = ()
    with storage_session(db) as storage, progress_bar(quiet) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_item(item: Article | Rejection) -> None:
            if isinstance(item, Rejection):
                # One plain line per rejected input, above the progress bar when there is one.
                progress.console.print(
                    printable(f"rejected {item.where}: {item.reason}"), highlight=False, markup=False, soft_wrap=True
                )
            progress.advance(task)

        summary = run_ingest(paths, storage, options, on_item=on_item)
        database = storage.url
    table = Table(title=Text(f"ingest → {database}"), show_header=True)
    row = summary.as_row()
    for name in row:
        table.add_column(name, justify="right")
    table.add_row(*(str(n) for n in row.values()))
    out.print(table)
    out.print(Text(f"time: {stage_times(summary.seconds)}", style="dim"))


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl | csv | parquet | stix | graphml | gexf")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file, or directory for --table all (default: stdout).")
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    narrative: NarrativeOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only articles naming this actor (KB id, Wikidata id or name).")
    ] = None,
    technique: TechniqueOption = None,
    voice: VoiceOption = None,
    credit: CreditOption = None,
    text: Annotated[
        str | None, typer.Option("--text", help="As the dashboard's search: words of the title or text (accents and "
                                                "case folded, words stemmed; \"quoted phrases\" literal).")
    ] = None,
    coactor: Annotated[
        str | None, typer.Option("--coactor", help="A second actor, named as --actor: articles naming both.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--event-type", help="Only articles with an event of this type (e.g. attack).")
    ] = None,
    cluster: Annotated[str | None, typer.Option("--cluster", help="Only this republication cluster (its id).")] = None,
    no_outlet: Annotated[
        bool, typer.Option("--no-outlet", help="Only articles whose outlet was not recorded.")
    ] = False,
    as_search: Annotated[
        bool, typer.Option("--as-search", help="Select exactly as the dashboard's search (its SQL), as the command a "
                                               "search page shows does; implied by --text, --coactor, --event-type, "
                                               "--cluster and --no-outlet.")
    ] = False,
    table: Annotated[
        str | None,
        typer.Option("--table", help="csv/parquet: entities | quotes | events | narratives | techniques | stance | "
                                     "clusters | articles | all (one file each in the -o directory)."),
    ] = None,
    graph: Annotated[str, typer.Option("--graph", help="graphml/gexf: actors | outlets.")] = "actors",
    validate: Annotated[
        bool, typer.Option("--validate", help="stix: run the STIX 2.1 validator on the bundle.")
    ] = False,
) -> None:
    """Export articles (JSONL contract, CSV/Parquet), analyst tables, STIX 2.1 bundles or Gephi graphs."""
    from kibaru.analyse.groups import group_of
    from kibaru.export import writing
    from kibaru.export.articles import export_articles
    from kibaru.export.select import Selection, select

    # Options of another format would be silently ignored: say so instead.
    if validate and (fmt != "stix" or output is None):
        raise KibaruError("--validate checks a STIX bundle written to a file: use --format stix -o FILE --validate")
    if table is not None and fmt in ("stix", "graphml", "gexf"):
        raise KibaruError(f"--table is for --format csv or parquet, not {fmt}")
    note_unknown_names(actor=actor)
    if coactor:
        note_unknown_names(actor=coactor)
    selection = Selection(since=since, until=until, outlet=outlet, narratives=tuple(narrative or ()), actor=actor,
                          techniques=tuple(technique or ()), voice=voice, credit=credit)
    searched = _search_filters(selection, text=text, coactor=coactor, event_type=event_type, cluster=cluster,
                               no_outlet=no_outlet, as_search=as_search)
    with storage_session(db, read_only=True) as storage, writing(output):
        if searched is None:
            articles: Iterator[Article] = select(storage, selection)
        else:  # the dashboard's search, every match (its SQL: the same articles as the search page)
            from kibaru.export.select import select_ids
            from kibaru.serve.dialect import Cursor, for_backend
            from kibaru.serve.queries import matching_ids

            with storage.read_cursor() as raw:
                ids = matching_ids(Cursor(raw, for_backend(getattr(storage, "backend", "duckdb"))), searched)
            articles = select_ids(storage, ids)
        if fmt == "stix":
            from kibaru.export.stix import StixOptions, export_stix, validate_bundle

            count, objects = export_stix(articles, output, options=StixOptions(group=group_of(actor)))
            if output is not None:
                err.print(f"exported {count} articles as {objects} STIX objects to {output}",
                          highlight=False, markup=False)
                if validate:
                    valid, errors, warnings = validate_bundle(output.read_text(encoding="utf-8"))
                    for line in errors:
                        err.print(f"invalid: {line}", highlight=False, markup=False)
                    err.print(f"STIX validator: {'valid' if valid else 'INVALID'}, {len(errors)} errors, "
                              f"{len(warnings)} warnings", highlight=False)
                    if not valid:
                        raise typer.Exit(1)
            return
        if fmt in ("graphml", "gexf"):
            from kibaru.export.graphs import export_graph

            nodes, edges = export_graph(articles, graph, fmt, output, group=group_of(actor))
            err.print(f"exported the {graph} graph ({nodes} nodes, {edges} edges) to {output}",
                      highlight=False, markup=False)
            return
        if table is not None:
            from kibaru.export.tables import export_tables

            counts = export_tables(articles, table, fmt, output, group=group_of(actor))
            if output is not None:
                done = ", ".join(f"{name} {n}" for name, n in counts.items())
                err.print(f"exported rows ({done}) to {output}", highlight=False, markup=False)
            return
        # An actor group is labelled in the export itself (a field, a column), not only on stderr.
        count = export_articles(articles, fmt, output, group=group_of(actor))
    if output is not None:
        err.print(f"exported {count} articles to {output}", highlight=False, markup=False)


def _search_filters(selection: Any, *, text: str | None, coactor: str | None, event_type: str | None,
                    cluster: str | None, no_outlet: bool, as_search: bool = False) -> Any:
    """The dashboard search's filters (``queries.Filters``, newest first) for an export given ``--as-search`` or one
    of the options only the search has (text, second actor, event type, cluster, no outlet), else None (``select``'s
    path: an ``--actor`` name also matches part of an unlinked mention's name, which the search does not)."""
    if not (as_search or text or coactor or event_type or cluster or no_outlet):
        return None
    if len(selection.narratives) > 1 or len(selection.techniques) > 1:
        raise KibaruError("--as-search, --text, --coactor, --event-type, --cluster and --no-outlet select as the "
                          "dashboard's search, which takes one --narrative and one --technique")
    if no_outlet and selection.outlet:
        raise KibaruError("--no-outlet and --outlet exclude each other")
    from kibaru.api import check_event_type
    from kibaru.serve.analytics import search_filters

    first = next(iter(selection.narratives), None), next(iter(selection.techniques), None)
    return search_filters(q=text, outlet=selection.outlet, since=selection.since, until=selection.until,
                          cluster=cluster, actor=selection.actor, coactor=coactor, narrative=first[0],
                          voice=selection.voice, event_type=check_event_type(event_type), technique=first[1],
                          sort="date", no_outlet=no_outlet, credit=selection.credit)


# Credited sources a `--credit` finding nothing names (the most frequent ones).
CREDITS_NAMED = 12
# What a line of `kibaru articles` shows of an article (read straight from the store when nothing is filtered).
LISTED_COLUMNS = ("date", "outlet", "attributed_source", "title", "text", "cluster_id", "boilerplate")


def _listed_row(article: Article | dict[str, Any]) -> tuple[str, ...]:
    """One line of `kibaru articles`: an Article, or a row of ``LISTED_COLUMNS`` (``boilerplate`` as stored JSON)."""
    if isinstance(article, Article):
        values: dict[str, Any] = {name: getattr(article, name) for name in LISTED_COLUMNS}
        removed = len(article.boilerplate)
    else:
        values = article
        raw = values["boilerplate"]
        removed = len(json.loads(raw) if isinstance(raw, str) else (raw or []))
    return (values["date"] or "—", values["outlet"] or "—", values["attributed_source"] or "—",
            title_or_lead(values["title"], values["text"] or ""), (values["cluster_id"] or "")[:10], str(removed))


# What `kibaru articles` reads of each candidate article when its filters look only at the linked mentions, the
# credited source, the period and the outlet (``_newest_matching``); the listed columns are read for the listed ones.
MATCH_COLUMNS = ("id", "date", "attributed_source", "entities")
# Rows read at once by the matching pass.
MATCH_ROWS_BATCH = 2000


def _newest_matching(storage: Any, selection: Any, limit: int) -> tuple[list[tuple[str, ...]], int]:
    """`kibaru articles`' lines for ``selection`` (actor, credit, period, outlet) and the number of matches: a pass
    over ``MATCH_COLUMNS`` of the candidate articles (``select.store_where``'s, in ingest order), the newest ``limit``
    kept by the same key as ``select``'s path (date, then the later match), then their listed columns. ux25: the full
    read decoded text and seven JSON fields of 40,116 articles for `--actor Russie` to list 20."""
    import heapq

    from kibaru.export.select import store_where
    from kibaru.store.rows import where_clause

    clauses, params = where_clause(store_where(storage, selection))
    newest: list[tuple[tuple[bool, str, int], str]] = []
    matched = 0
    with storage.read_cursor() as cur:
        cur.execute(f"SELECT {', '.join(MATCH_COLUMNS)} FROM articles {clauses} ORDER BY ingest_seq", params)
        while found := cur.fetchmany(MATCH_ROWS_BATCH):
            for article_id, date, credit, entities in found:
                article = Article(id=article_id, source_path=None, text="", content_hash="", date=date,
                                  attributed_source=credit,
                                  entities=json.loads(entities) if isinstance(entities, str) else list(entities or []))
                if not selection.matches(article):
                    continue
                matched += 1
                key = (bool(date), date or "", matched)
                if len(newest) < limit:
                    heapq.heappush(newest, (key, article_id))
                elif limit and key > newest[0][0]:
                    heapq.heapreplace(newest, (key, article_id))
        ids = [article_id for _, article_id in sorted(newest, reverse=True)]
        listed: dict[str, dict[str, Any]] = {}
        if ids:
            cur.execute(f"SELECT id, {', '.join(LISTED_COLUMNS)} FROM articles WHERE id IN "
                        f"({', '.join('?' for _ in ids)})", ids)
            listed = {row[0]: dict(zip(LISTED_COLUMNS, row[1:], strict=True)) for row in cur.fetchall()}
    return [_listed_row(listed[article_id]) for article_id in ids], matched


@app.command()
def articles(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=0, help="How many to list.")] = 20,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only articles naming this actor (KB id, Wikidata id, alias or name).")
    ] = None,
    narrative: NarrativeOption = None,
    technique: TechniqueOption = None,
    voice: VoiceOption = None,
    credit: CreditOption = None,
) -> None:
    """List stored articles, newest first (undated last): date, outlet, credited source, title and republication
    cluster.

    The last line (on stderr) says how many articles the filters keep, past ``--limit`` too."""
    import heapq

    from kibaru.export.select import Selection, select

    columns = ("date", "outlet", "credit", "title", "cluster", "removed lines")
    note_unknown_names(actor=actor)
    rows: list[tuple[str, ...]] = []
    filtered = any(v is not None for v in (since, until, outlet, actor, voice, credit)) or bool(narrative or technique)
    selection = Selection(since=since, until=until, outlet=outlet, actor=actor, narratives=tuple(narrative or ()),
                          techniques=tuple(technique or ()), voice=voice, credit=credit)
    credited: list[tuple[Any, ...]] = []
    with storage_session(db, read_only=True) as storage:
        if not filtered:  # every article: the store sorts them and counts them
            with storage.read_cursor() as cur:
                found = cur.execute(
                    f"SELECT {', '.join(LISTED_COLUMNS)} FROM articles "
                    "ORDER BY date DESC NULLS LAST, ingest_seq DESC LIMIT ?", [max(limit, 1)]).fetchall()
            rows = [_listed_row(dict(zip(LISTED_COLUMNS, r, strict=True))) for r in found[:limit]]
            matched = storage.count_articles()
        elif not (narrative or technique or voice):  # filters on the mentions, the credit and the store's columns
            rows, matched = _newest_matching(storage, selection, limit)
        else:
            # The newest ``limit`` of the matches (a min-heap on date, then ingest order: the later one first).
            newest: list[tuple[tuple[bool, str, int], tuple[str, ...]]] = []
            matched = 0
            for article in select(storage, selection):
                matched += 1
                key = (bool(article.date), article.date or "", matched)
                if len(newest) < limit:
                    heapq.heappush(newest, (key, _listed_row(article)))
                elif limit and key > newest[0][0]:
                    heapq.heapreplace(newest, (key, _listed_row(article)))
            rows = [row for _, row in sorted(newest, reverse=True)]
        if credit and not matched:
            with storage.read_cursor() as cur:
                credited = cur.execute(
                    "SELECT attributed_source, count(*) AS n FROM articles WHERE attributed_source <> '' "
                    "GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [CREDITS_NAMED]).fetchall()
    print_rows(columns, rows)
    if credit and not matched:  # « --credit TASS » finding nothing: say what the articles do credit
        named = ", ".join(f"« {source} » ({n})" for source, n in credited)
        err.print(Text.assemble(("note:", "yellow"), f" no article credits « {credit} »; " + (
            f"the sources credited here, most frequent first: {named}" if named else "no article credits any source")))
    what = "matching articles" if filtered else "articles"
    err.print(f"{len(rows)} of {matched} {what}", highlight=False)  # stdout stays a clean table


@app.command()
def status(
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False,
) -> None:
    """Counts, last runs, rejected inputs with their reasons, and articles an older KB or model enriched."""
    from kibaru.commands.enrich import REFRESH_COMMAND
    from kibaru.ingest.clean import semantic
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.ingest.reenrich import stale_report

    with storage_session(db, read_only=True) as storage:
        info = storage.status()
    options = IngestOptions.from_config(load_config(config or []))
    if "enrichments" in info:
        info["provenance"] = stale_report(info, options)
    with semantic.configured(options.word_vectors):  # what the next ingest's cleaner would do here
        info["boilerplate_word_vectors"] = semantic.status()
    if as_json:
        print(json.dumps(info, ensure_ascii=False, default=str, indent=2))
        return
    out.print(Text(f"{info['database']} (schema v{info['schema_version']})", style="bold"))
    out.print(
        f"articles {info['articles']} · outlets {info['outlets']} · dated {info['dated']} · "
        f"clusters {info['clusters']} ({info['multi_member_clusters']} with republications) · "
        f"rejected inputs {info['rejections']}"
    )
    out.print(Text(f"boilerplate cleaner: word-vector stage {info['boilerplate_word_vectors']} "
                   "([ingest] boilerplate_word_vectors)"), highlight=False)
    if (provenance := info.get("provenance")) is not None:
        if provenance["stale"]:
            unknown = f", {provenance['not_recorded']} of them before provenance was recorded" \
                if provenance["not_recorded"] else ""
            out.print(Text(f"enrichment: {provenance['stale']} of {info['articles']} articles enriched by an older "
                           f"KB / model / component list{unknown} (current KB {provenance['kb']}); refresh them with "
                           f"`{REFRESH_COMMAND}`"), highlight=False)
        elif info["articles"]:
            out.print(Text(f"enrichment: every article enriched by the current KB {provenance['kb']} and models"),
                      highlight=False)
    elif info["articles"]:  # a database older than schema v7, opened read-only (not migrated)
        out.print(Text(f"enrichment: not recorded before schema v7; `{REFRESH_COMMAND}` upgrades the database "
                       "and re-enriches every article"), highlight=False)
    runs = Table(title="last runs")
    for name in ("run", "kind", "started", "status", *RUN_COUNTS):
        runs.add_column(name)
    for run in info["runs"]:
        runs.add_row(*cells(run["run_id"], run["kind"], str(run["started_at"])[:19], run["status"],
                            *(run[k] for k in RUN_COUNTS)))
    out.print(runs)
    if info["recent_rejections"]:
        rejected = Table(title="rejected inputs")
        rejected.add_column("run")
        rejected.add_column("input")
        rejected.add_column("reason")
        for rej in info["recent_rejections"]:
            rejected.add_row(*cells(rej["run_id"], rej["where"], rej["reason"]))
        out.print(rejected)


_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="KIBARU_TOKEN", help="Require this token (bearer header or ?token=).",
                     show_default=False),
    ] = None,
) -> None:
    """Serve the read-only dashboard and JSON API (needs the `serve` extra)."""
    try:
        import uvicorn

        from kibaru.serve.app import check_db, create_app
    except ImportError as exc:
        raise KibaruError(f"the dashboard needs the serve extra: pip install 'kibaru[serve]' ({exc})") from exc
    # Anyone on the network could read the database: only with a token.
    if host not in _LOCAL_HOSTS and not token:
        raise KibaruError(f"refusing to listen on {host} without --token (or $KIBARU_TOKEN)")
    application = create_app(check_db(db), token=token)
    from kibaru.serve.analytics import warm_up

    warm_up()  # the knowledge base now, not while the analyst's first page waits for it
    err.print(f"kibaru dashboard on http://{host}:{port}/ (Ctrl-C to stop)", highlight=False, markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _within(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a YYYY[-MM[-DD]] date falls in [since, until], comparing only the digits both give."""
    if since is None and until is None:
        return True
    if not value:
        return False
    if since is not None and value[: len(since)] < since[: len(value)]:
        return False
    return until is None or value[: len(until)] <= until[: len(value)]


class _EventFilter:
    """``--type``, ``--actor``, ``--place``, ``--since`` and ``--until``: the same test for ``events`` and
    ``timeline`` (``--actor`` / ``--place`` as ``kibaru.open().events`` and ``/api/events``:
    ``export.actors.ActorFilter`` / ``PlaceFilter``)."""

    def __init__(self, event_type: str | None, actor: str | None, since: str | None, until: str | None,
                 place: str | None = None, min_fatalities: int | None = None) -> None:
        from kibaru.export.actors import ActorFilter, ActorIndex, PlaceFilter

        self.event_type, self.since, self.until = event_type, since, until
        self.min_fatalities = min_fatalities
        index = ActorIndex() if actor or place else None
        note_unknown_names(index, actor=actor)
        self.actor = ActorFilter(actor, index) if actor and index else None
        self.place = PlaceFilter(place, index) if place and index else None

    def wants(self, event_type: object, actors: list[dict[str, object]], date: str | None,
              location: object = None, location_kb_id: object = None, deaths: list[int] | None = None) -> bool:
        return (
            reaches_toll(deaths or (), self.min_fatalities)
            and (not self.event_type or event_type == self.event_type)
            and (self.actor is None or self.actor.any_of(actors, date))
            and (self.place is None or self.place.matches(str(location) if location else None,
                                                          str(location_kb_id) if location_kb_id else None))
            and _within(date, self.since, self.until)
        )


# Rows read at once by ``_event_articles``.
EVENT_ROWS_BATCH = 2000


def _event_articles(storage: Any) -> Iterator[Article]:
    """The stored articles that report an event, in ingest order, with only what the event commands read (id, outlet,
    date, events): ``iter_articles`` decoded every article whole — text, entities, quotes — for it (ux25: 5.6 s of
    `kibaru events --actor group:russia` at 50,000 articles)."""
    with storage.read_cursor() as cur:
        cur.execute("SELECT id, outlet, date, events FROM articles WHERE events <> '[]' ORDER BY ingest_seq")
        while rows := cur.fetchmany(EVENT_ROWS_BATCH):
            for article_id, outlet, date, events in rows:
                yield Article(id=article_id, source_path=None, text="", content_hash="", outlet=outlet, date=date,
                              events=json.loads(events) if isinstance(events, str) else list(events or []))


def _actor_names(actors: list[dict[str, object]]) -> str:
    return "; ".join(str(a.get("canonical") or a.get("kb_id") or "?") for a in actors)


def _check_event_type(value: str | None) -> str | None:
    """``--type``: an unknown type would silently list nothing, so it is refused with the known ones."""
    from kibaru.api import check_event_type

    try:
        return check_event_type(value)
    except KibaruError as exc:
        raise typer.BadParameter(str(exc)) from exc


TypeOption = Annotated[
    str | None, typer.Option("--type", callback=_check_event_type, help="Only this event type (attack, meeting, …).")
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Only events naming this actor (name or kb id).")]
MinFatalitiesOption = Annotated[int | None, typer.Option(
    "--min-fatalities", min=0, help="Only events for which some report gives at least this many deaths.")]
PlaceOption = Annotated[str | None, typer.Option(
    "--place", help="Only events located there: part of the place's name, or a KB place and the places in it "
                    "(« Burkina Faso » finds Djibo).")]
EventsSince = Annotated[
    str | None, typer.Option("--since", callback=check_date, help="Only events dated on/after (YYYY[-MM[-DD]]).")
]
EventsUntil = Annotated[str | None, typer.Option("--until", callback=check_date, help="Only events dated on/before.")]


@app.command()
def events(
    db: DbOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    since: EventsSince = None,
    until: EventsUntil = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | jsonl | csv")] = "table",
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many events.")] = None,
    place: PlaceOption = None,
    min_fatalities: MinFatalitiesOption = None,
) -> None:
    """List the events extracted from each article, with the article they come from."""
    import csv

    from kibaru.export.cells import protect

    if fmt not in ("table", "jsonl", "csv"):
        raise KibaruError(f"unknown format {fmt!r} (table, jsonl or csv)")
    columns = ("date", "type", "actors", "location", "fatalities", "article_id", "outlet", "evidence")  # as exports
    rows: list[tuple[str, ...]] = []
    writer = csv.writer(sys.stdout) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(columns)
    wanted = _EventFilter(event_type, actor, since, until, place, min_fatalities)
    count = 0
    with storage_session(db, read_only=True) as storage:
        for article in _event_articles(storage):
            if limit is not None and count >= limit:
                break
            for event in article.events:
                if limit is not None and count >= limit:
                    break
                if not wanted.wants(event.get("type"), event.get("actors") or [], event.get("date"),
                                    event.get("location"), event.get("location_kb_id"),
                                    [event["fatalities"]] if isinstance(event.get("fatalities"), int) else []):
                    continue
                count += 1
                if fmt == "jsonl":
                    record = {"article_id": article.id, "outlet": article.outlet, **event}
                    print(json.dumps(record, ensure_ascii=False))
                    continue
                fatalities = event.get("fatalities")
                row = (
                    str(event.get("date") or "—"), str(event.get("type")), _actor_names(event.get("actors") or []),
                    str(event.get("location") or ""), "" if fatalities is None else str(fatalities),
                    article.id, article.outlet or "", str(event.get("evidence") or ""),
                )
                if writer is not None:
                    writer.writerow([protect(cell) for cell in row])
                else:
                    rows.append(row)
    if fmt == "table":
        print_rows(columns, rows)
        err.print(f"{count} events", highlight=False)


@app.command()
def timeline(
    db: DbOption = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    since: EventsSince = None,
    until: EventsUntil = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | jsonl | csv")] = "table",
    place: PlaceOption = None,
    min_fatalities: MinFatalitiesOption = None,
) -> None:
    """One line per real-world event, merged across the articles that report it."""
    import csv

    from kibaru.analyse.timeline import CSV_COLUMNS, csv_row, merge_events
    from kibaru.export.cells import protect

    if fmt not in ("table", "jsonl", "csv"):
        raise KibaruError(f"unknown format {fmt!r} (table, jsonl or csv)")
    wanted = _EventFilter(event_type, actor, since, until, place, min_fatalities)
    with storage_session(db, read_only=True) as storage:
        articles = _event_articles(storage)
        if event_type:
            # Merging happens within a type: other types can be dropped before it.
            articles = (a for a in articles if any(e.get("type") == event_type for e in a.events))
        entries = [e for e in merge_events(articles)
                   if wanted.wants(e.type, e.actors, e.date, e.location, e.location_kb_id, e.fatalities_values)]
    if fmt == "jsonl":
        for entry in entries:
            print(json.dumps(entry.to_dict(), ensure_ascii=False))
        return
    if fmt == "csv":
        # One row per merged event, for a spreadsheet; every report's article in ``article_ids``.
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            writer.writerow([protect(cell) for cell in csv_row(entry)])
        return
    columns = ("date", "type", "actors", "location", "reports", "first report", "fatalities")
    rows: list[tuple[str, ...]] = []
    for entry in entries:
        first = entry.first_report
        tolls = "/".join(str(v) for v in entry.fatalities_values)
        if entry.fatalities_disagree:
            tolls += " (disagree)"
        rows.append((
            entry.date or "—", entry.type, _actor_names(entry.actors), entry.location or "",
            str(len(entry.reports)), f"{first.date or '—'} {first.outlet or first.article_id}", tolls,
        ))
    print_rows(columns, rows)
    err.print(f"{len(entries)} timeline entries", highlight=False)


# Commands of the other areas live in kibaru/commands/<area>.py, each with a register(app).
register_all(app)


def main() -> None:
    """Entry point: no traceback reaches a user unless KIBARU_DEBUG is set."""
    try:
        app()
    except KibaruError as exc:
        err.print(Text.assemble(("error:", "red"), f" {exc}"))  # messages name paths: never read as markup
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # the last line of defence for users
        if os.environ.get("KIBARU_DEBUG"):
            raise
        err.print(Text.assemble(("internal error:", "red"),
                                f" {type(exc).__name__}: {exc} (set KIBARU_DEBUG=1 for details)"))
        sys.exit(70)
