"""`kibaru quotes`: who said what — one speaker's quotes, optionally about another actor, in one query."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from kibaru.commands.common import (
    DbOption,
    SinceOption,
    UntilOption,
    err,
    note_unknown_names,
    print_csv_or_rows,
    storage_session,
)
from kibaru.errors import KibaruError

COLUMNS = ("date", "outlet", "speaker", "about", "start", "end", "quote", "article_id")
SPEAKER_COLUMNS = ("speaker", "speaker_kb_id", "quotes", "distinct", "articles", "outlets")


def quotes(
    speaker: Annotated[str | None, typer.Option(
        help="Who speaks: KB id, Wikidata id or a name the KB knows (« Lavrov », « M. Lavrov »).")] = None,
    about: Annotated[str | None, typer.Option(
        help="Only quotes naming this actor inside the quote (KB id, Wikidata id or name).")] = None,
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | jsonl | csv")] = "table",
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many quotes.")] = None,
    by_speaker: Annotated[bool, typer.Option(
        "--by-speaker", help="Who is quoted, most quoted first: quotes, distinct quoted texts (a republished quote "
                             "counts once), articles, outlets — one row per speaker (--limit: speakers).")] = False,
) -> None:
    """Quotes with their speaker, oldest first: `kibaru quotes --speaker Lavrov --about France`.

    Offsets index the article text (as in every export); `about` lists the mentions found inside the quote."""
    from kibaru.analyse.quotes import quotes_by_date, speaker_counts
    from kibaru.export.select import Selection, select
    from kibaru.serve.analytics import Scope, quotes_of_storage, speakers_of_storage

    if fmt not in ("table", "jsonl", "csv"):
        raise KibaruError(f"unknown format {fmt!r} (table, jsonl or csv)")
    note_unknown_names(speaker=speaker, about=about)
    selection = Selection(since=since, until=until, outlet=outlet)  # checks the dates
    scope = Scope(since=since, until=until, outlet=outlet)
    counted: tuple[list[dict[str, Any]], int] = ([], 0)
    with storage_session(db, read_only=True) as storage:
        # The ``quotes`` table (schema v8) when the database has it, as the dashboard; else every article read.
        if by_speaker:
            ranking = speakers_of_storage(storage, scope, speaker, about, limit)
            if ranking is None:
                found = quotes_by_date(select(storage, selection), speaker, about)
                ranking = speaker_counts(found)[:limit], len(found)
            counted = ranking
        else:
            stored = quotes_of_storage(storage, scope, speaker, about, limit)
            found = stored if stored is not None else quotes_by_date(select(storage, selection), speaker, about)
    if by_speaker:
        ranked, total = counted
        _print_speakers(ranked, fmt)
        err.print(f"{len(ranked)} speaker{'' if len(ranked) == 1 else 's'} of {total} "
                  f"quote{'' if total == 1 else 's'}", highlight=False)
        return
    found = found[:limit] if limit is not None else found
    if fmt == "jsonl":
        for finding in found:
            print(json.dumps(finding.to_dict(), ensure_ascii=False))
    else:
        rows: list[tuple[str, ...]] = [(f.date or "—", f.outlet or "—", f.speaker_name or f.speaker or "—",
                 "; ".join(f"{m.text} [{m.start}:{m.end}]" for m in f.about),
                 "" if f.start is None else str(f.start), "" if f.end is None else str(f.end), f.text, f.article_id)
                for f in found]
        print_csv_or_rows(COLUMNS, rows, fmt)
    err.print(f"{len(found)} quote{'' if len(found) == 1 else 's'}", highlight=False)


def _print_speakers(ranked: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in ranked:
            print(json.dumps(row, ensure_ascii=False))
        return
    rows: list[tuple[str, ...]] = [
        (str(r["speaker"] or "—"), str(r["speaker_actor_id"] or ""), str(r["quotes"]), str(r["stories"]),
         str(r["articles"]), "; ".join(r["outlets"])) for r in ranked]
    print_csv_or_rows(SPEAKER_COLUMNS, rows, fmt)


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)
