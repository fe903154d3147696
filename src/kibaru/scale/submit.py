"""Entry point for ``spark-submit``: the arguments of ``kibaru spark-ingest``.

    spark-submit [cluster options] .../kibaru/scale/submit.py INPUT... --out DIR [--partitions N] [--no-nlp]

Without ``--master`` the job uses the master ``spark-submit`` was given.
"""

from __future__ import annotations

import sys

import typer

from kibaru.commands.common import err
from kibaru.commands.spark import spark_ingest
from kibaru.errors import KibaruError


def main() -> None:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(spark_ingest)
    try:
        app()
    except KibaruError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
