"""`kibaru enrich`: re-run the configured enrichment components over stored articles (kibaru.ingest.reenrich)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from kibaru.commands.common import (
    ConfigOption,
    DbOption,
    SinceOption,
    UntilOption,
    out,
    progress_bar,
    stage_times,
    storage_session,
)

# The command `kibaru status` points to when stored articles were enriched by an older KB or model.
REFRESH_COMMAND = "kibaru enrich --stale"


def enrich(
    db: DbOption = None,
    config: ConfigOption = None,
    stale: Annotated[
        bool, typer.Option("--stale", help="Only articles enriched by another KB, model or component list "
                                           "than the current configuration (see `kibaru status`).")
    ] = False,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    ids: Annotated[list[str] | None, typer.Option("--id", help="Only this article id (repeatable).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Re-enrich stored articles with the current components, KB and models (text and clusters unchanged)."""
    from kibaru.config import load_config
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.ingest.reenrich import COUNTS, EnrichSelection, reenrich

    options = IngestOptions.from_config(load_config(config or []))
    selection = EnrichSelection(stale=stale, outlet=outlet, since=since, until=until, ids=tuple(ids or ()))
    with storage_session(db) as storage, progress_bar(quiet) as progress:
        task = progress.add_task("re-enriching", total=None)
        summary = reenrich(storage, options, selection, on_batch=lambda n: progress.advance(task, n))
        database = storage.url
    out.print(Text(f"enrich → {database}: {summary.selected} articles re-enriched "
                   f"({summary.changed} changed, {summary.unchanged} unchanged) with "
                   f"{', '.join(summary.components)} · provenance {summary.provenance_key}"), highlight=False)
    table = Table(title="per component, before → after")
    for name in COUNTS:
        table.add_column(name, justify="right")
    table.add_row(*(f"{summary.before[n]} → {summary.after[n]}" for n in COUNTS))
    out.print(table)
    out.print(Text(f"time: {stage_times(summary.seconds)}", style="dim"))


def register(app: typer.Typer) -> None:
    app.command("enrich")(enrich)
