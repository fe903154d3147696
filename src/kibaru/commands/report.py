"""`kibaru report`: the main charts and tables for a period and filter, in one file to share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kibaru.commands.common import DbOption, check_date, err


def register(app: typer.Typer) -> None:
    @app.command()
    def report(
        output: Annotated[Path, typer.Option("-o", "--output", help="report.html, or report.pdf (needs Chromium)")],
        db: DbOption = None,
        since: Annotated[
            str | None, typer.Option("--since", callback=check_date, help="YYYY, YYYY-MM or YYYY-MM-DD")
        ] = None,
        until: Annotated[
            str | None, typer.Option("--until", callback=check_date, help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
        ] = None,
        outlet: Annotated[str | None, typer.Option("--outlet", help="only this outlet's articles")] = None,
        narrative: Annotated[str | None, typer.Option("--narrative", help="only articles carrying this narrative id")]
        = None,
    ) -> None:
        """Write a self-contained HTML report (or PDF) with the dashboard's main charts for a period and filter."""
        from kibaru.export import writing
        from kibaru.serve.analytics import Scope
        from kibaru.serve.report import write_report
        from kibaru.store import resolve_db

        scope = Scope(since=since, until=until, outlet=outlet, narrative=narrative)
        with writing(output):
            written = write_report(resolve_db(db), output, scope)
        err.print(f"report written to {written} ({written.stat().st_size:,} bytes)", highlight=False)
