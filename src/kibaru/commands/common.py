"""What every CLI command shares: consoles, common options, opening the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from kibaru.store import Storage, open_storage

out = Console()
err = Console(stderr=True, soft_wrap=True)  # messages name paths: never fold them

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB file or postgresql:// URL (default: $KIBARU_DB or ./kibaru.duckdb).",
                 show_default=False),
]
ConfigOption = Annotated[
    list[Path] | None, typer.Option("--config", help="Extra configuration file(s) layered over the defaults.")
]


def existing_paths(paths: list[Path]) -> list[Path]:
    """The inputs that exist; each missing one is named, and no input at all stops the command (exit 2)."""
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        err.print(f"[red]{path}[/red]: no such file or folder")
    if missing and len(missing) == len(paths):
        raise typer.Exit(2)
    return [p for p in paths if p.exists()]


def cells(*values: object) -> list[Text]:
    """Table cells as plain text: scraped strings may contain [markup] that must not be interpreted."""
    return [Text(str(v)) for v in values]



@contextmanager
def storage_session(db: str | None, *, read_only: bool = False) -> Iterator[Storage]:
    storage = open_storage(db, read_only=read_only)
    try:
        yield storage
    finally:
        storage.close()


