"""`kibaru migrate` and `kibaru search`: the database itself, on DuckDB or on a PostgreSQL server."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kibaru.commands.common import (
    DbOption,
    SinceOption,
    UntilOption,
    err,
    print_rows,
    storage_session,
    title_or_lead,
)
from kibaru.store.base import MAX_ROWS


def migrate(db: DbOption = None) -> None:
    """Create or upgrade the schema (writers also do it when they connect; run this as the schema owner)."""
    with storage_session(db) as storage:
        version = storage.schema_version()
        database = storage.url
    err.print(f"{database}: schema v{version}", highlight=False, markup=False)


def search(
    query: Annotated[
        str, typer.Argument(help='Words (accents and case ignored), -word to leave out the articles holding it '
                                 '(`kibaru search -- "-word …"` when the query starts with it); on PostgreSQL '
                                 'also "a phrase".')
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=0, max=MAX_ROWS, help="How many to list.")] = 20,
    offset: Annotated[int, typer.Option(min=0, max=MAX_ROWS, help="Skip this many (next pages).")] = 0,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
) -> None:
    """Full-text search over titles and texts, best matches first."""
    with storage_session(db, read_only=True) as storage:
        found = storage.search(query, limit=limit, offset=offset,
                               filters={"outlet": outlet, "since": since, "until": until})
        titles = {hit.id: title_or_lead(hit.title, "" if hit.title else storage.text_of(hit.id))
                  for hit in found.hits}
    if as_json:
        for hit in found.hits:
            print(json.dumps({"id": hit.id, "title": hit.title, "date": hit.date, "outlet": hit.outlet,
                              "cluster_id": hit.cluster_id, "score": hit.score}, ensure_ascii=False))
    else:
        print_rows(("date", "outlet", "title", "id"),
                   [(hit.date or "—", hit.outlet or "—", titles[hit.id], hit.id) for hit in found.hits])
    err.print(f"{len(found.hits)} of {found.total} matching articles", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("migrate")(migrate)
    app.command("search")(search)
