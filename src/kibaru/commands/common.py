"""What every CLI command shares: consoles, common options, opening the database."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from kibaru.store import Storage, open_storage
from kibaru.store.base import valid_date

if TYPE_CHECKING:
    from kibaru.export.actors import ActorIndex

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


def check_date(value: str | None) -> str | None:
    """``--since``/``--until``: a malformed date would silently select nothing, so it is refused."""
    if not valid_date(value):
        raise typer.BadParameter(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


SinceOption = Annotated[
    str | None, typer.Option("--since", callback=check_date, help="Only articles dated on/after (YYYY[-MM[-DD]]).")
]
UntilOption = Annotated[str | None, typer.Option("--until", callback=check_date, help="Only articles dated on/before.")]
# Article filters shared by `kibaru export` and `kibaru articles` (one wording, one behaviour).
NarrativeOption = Annotated[
    list[str] | None, typer.Option("--narrative", help="Only articles carrying this narrative id (repeatable).")
]
TechniqueOption = Annotated[
    list[str] | None,
    typer.Option("--technique", help="Only articles with a span of this persuasion technique "
                                     "(SemEval id, repeatable)."),
]
VoiceOption = Annotated[
    str | None,
    typer.Option("--voice", help="author | quoted: the --narrative / --technique asked for in that voice (the outlet's "
                                 "own words, or inside a quote); alone, some narrative in that voice."),
]
CreditOption = Annotated[str | None, typer.Option(
    "--credit", help="Only articles crediting this source (part of « Source : TASS », « Avec AFP »; case and accents "
                     "ignored).")]


def existing_paths(paths: list[Path]) -> list[Path]:
    """The inputs that exist; each missing one is named, and no input at all stops the command (exit 2)."""
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        err.print(Text.assemble((str(path), "red"), ": no such file or folder"))  # a path is never markup
    if missing and len(missing) == len(paths):
        raise typer.Exit(2)
    return [p for p in paths if p.exists()]


def title_or_lead(title: str | None, text: str) -> str:
    """The title column of a listing (``articles``, ``search``): the title, or the start of the text of an
    untitled article, on one line."""
    return " ".join((title or text[:70]).split()) or "—"


# Characters a terminal obeys rather than shows: C0/C1 controls (ESC starts colour, title and cursor sequences)
# and the bidirectional overrides and isolates that reorder a line. Scraped text may carry any of them.
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without the characters a terminal would obey (each becomes U+FFFD, so that nothing is hidden)."""
    return _UNPRINTABLE.sub("\ufffd", text)


def print_rows(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A table on a terminal; tab-separated lines when piped (scraped text is never markup)."""
    if out.is_terminal:
        table = Table(show_lines=False)
        for name in columns:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*cells(*row))
        out.print(table, markup=False, highlight=False)
    else:
        print("\t".join(columns))
        for row in rows:
            print("\t".join(" ".join(printable(cell).split()) for cell in row))


def print_csv_or_rows(columns: tuple[str, ...], rows: list[tuple[str, ...]], fmt: str) -> None:
    """``fmt`` csv: the rows as CSV on stdout, cells protected against spreadsheet formulas; else ``print_rows``."""
    if fmt != "csv":
        print_rows(columns, rows)
        return
    import csv
    import sys

    from kibaru.export.cells import protect

    writer = csv.writer(sys.stdout)
    writer.writerow(columns)
    writer.writerows([protect(cell) for cell in row] for row in rows)


def cells(*values: object) -> list[Text]:
    """Table cells as plain text: scraped strings may contain [markup] that must not be interpreted."""
    return [Text(printable(str(v))) for v in values]


@contextmanager
def storage_session(db: str | None, *, read_only: bool = False) -> Iterator[Storage]:
    storage = open_storage(db, read_only=read_only)
    try:
        yield storage
    finally:
        storage.close()




# Off a terminal (a log file, a pipe, a CI job) there is no bar: one plain stderr line this often instead. Session 21
# ingested 300 dumps in 9 min 32 s with nothing written until the end; 30 s gives ~20 lines for such a run, and a
# log of a 100k ingest stays small (one line per 30 s).
PLAIN_PROGRESS_SECONDS = 30.0


class _RunProgress(Progress):
    """A rich ``Progress`` that, when it draws no bar (not a terminal) and is not quiet, prints « ingesting: 120 so
    far (1 min 30 s) » on stderr every ``PLAIN_PROGRESS_SECONDS``."""

    def __init__(self, *columns: Any, plain: bool, **options: Any) -> None:
        super().__init__(*columns, **options)
        self._plain = plain
        self._started = self._last = time.monotonic()

    def advance(self, task_id: TaskID, advance: float = 1) -> None:
        super().advance(task_id, advance)
        now = time.monotonic()
        if not self._plain or now - self._last < PLAIN_PROGRESS_SECONDS:
            return
        self._last = now
        task = self._tasks[task_id]
        self.console.print(f"{task.description}: {int(task.completed):,} so far ({_duration(now - self._started)})",
                           highlight=False, markup=False, soft_wrap=True)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def progress_bar(quiet: bool) -> Progress:
    """The long-run bar of `ingest` and `enrich`: on stderr, on a terminal, gone when the run ends; elsewhere (a log,
    a pipe) a plain line every ``PLAIN_PROGRESS_SECONDS``; nothing with ``--quiet``."""
    return _RunProgress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=quiet or not err.is_terminal, transient=True, plain=not quiet and not err.is_terminal,
    )


def stage_times(seconds: dict[str, float]) -> str:
    """ "read and clean 1.2 s · entities 30.4 s · … · total 40.1 s": where a run's wall time went."""
    parts = [f"{stage} {value:.1f} s" for stage, value in seconds.items()]
    return " · ".join([*parts, f"total {sum(seconds.values()):.1f} s"])


def note_unknown_names(index: ActorIndex | None = None, /, **named: str | None) -> None:
    """One stderr line per actor option (``speaker="Lavrow"``) whose value the knowledge base does not know: such a
    name only matches as part of the written names, so a misspelling silently finds nothing. Says the close KB names.
    An actor group (``group:russia``) gets a line naming it and its members.
    ``index``: the caller's own ``ActorIndex`` when it has one (building one reads the whole KB)."""
    wanted = {option: value for option, value in named.items() if value and value.strip()}
    if not wanted:
        return
    if index is None:
        from kibaru.export.actors import ActorIndex

        index = ActorIndex()
    for option, value in wanted.items():
        group = index.group(value)
        if group is not None:  # never merged silently: the group and its members, on every command that counts one
            err.print(Text.assemble(("note:", "yellow"), f" --{option.replace('_', '-')} {group.key} is an actor "
                                    f"group, its members counted together: {group.describe()}"), highlight=False)
            continue
        note = index.unknown_name_note(value, "--" + option.replace("_", "-"))
        if note:
            err.print(Text.assemble(("note:", "yellow"), f" {note}"))
