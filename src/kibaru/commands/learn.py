"""`kibaru evaluate …` and `kibaru train …`: groups that the narrative and technique areas fill."""

from __future__ import annotations

import typer

evaluate_app = typer.Typer(help="Measure a detector against gold annotations (precision, recall, F1 per label).",
                           no_args_is_help=True)
train_app = typer.Typer(help="Train a detector on annotated data; the pipeline then uses the saved model.",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(evaluate_app, name="evaluate")
    app.add_typer(train_app, name="train")
