"""`kibaru spark-ingest` (the ingest pipeline on Spark, to Parquet) and `kibaru load` (Parquet → database)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from kibaru.commands.common import ConfigOption, DbOption, err, existing_paths, out, storage_session
from kibaru.config import load_config


def _counts_table(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=Text(title), show_header=True)
    for name in counts:
        table.add_column(name, justify="right")
    table.add_row(*(str(v) for v in counts.values()))
    return table


def spark_ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest (folders are walked).")],
    out_dir: Annotated[str, typer.Option("--out", help="Output folder (local path or a Hadoop URI such as hdfs://…).")],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master: local[2], yarn, k8s://… (default: spark-submit's, else local[*]).",
                     show_default=False),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Shuffle partitions (default: 4 per core).",
                                 show_default=False)
    ] = None,
    config: ConfigOption = None,
    no_nlp: Annotated[bool, typer.Option("--no-nlp", help="Skip the NLP enrichment components.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress lines.")] = False,
) -> None:
    """Run the ingest pipeline with Spark over large corpora; write Parquet for `kibaru load`."""
    from kibaru.ingest.pipeline import IngestOptions
    from kibaru.scale.job import run

    paths = existing_paths(paths)
    options = IngestOptions.from_config(load_config(config or []))
    if no_nlp:
        options.components = ()
    def progress(line: str) -> None:
        if not quiet:
            err.print(line, style="dim", highlight=False, markup=False)

    summary = run(paths, out_dir, options, master=master, partitions=partitions,
                  progress=progress)
    for rejection in summary.rejections:
        err.print(f"rejected {rejection.where}: {rejection.reason}", highlight=False, markup=False, soft_wrap=True)
    if summary.rejected > len(summary.rejections):
        err.print(f"… and {summary.rejected - len(summary.rejections)} more rejections in {out_dir}/rejections")
    out.print(_counts_table(f"spark-ingest → {summary.out} ({summary.master}, {summary.partitions} partitions, "
                            f"{summary.seconds:.1f} s)", summary.counts()))


def load(
    folder: Annotated[Path, typer.Argument(help="The --out folder of `kibaru spark-ingest`.")],
    db: DbOption = None,
) -> None:
    """Load a spark-ingest output into the database (DuckDB or PostgreSQL); loading twice changes nothing."""
    from kibaru.scale.load import load as run_load

    with storage_session(db) as storage:
        result = run_load(folder, storage)
        database = storage.url
    counts = dict(result.run.as_row())
    counts["clusters"] = result.clusters
    out.print(_counts_table(f"load {folder} → {database}", counts))
    if result.reclustered:
        err.print("the database holds other articles too: republication clusters were recomputed over all of it")


def register(app: typer.Typer) -> None:
    app.command("spark-ingest")(spark_ingest)
    app.command("load")(load)
