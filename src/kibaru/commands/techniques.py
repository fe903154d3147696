"""`kibaru train techniques` and `kibaru evaluate techniques` (persuasion techniques, SemEval format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kibaru.commands.common import ConfigOption, err, out
from kibaru.commands.learn import evaluate_app, train_app

ModelOption = Annotated[Path | None, typer.Option("--model", help="Model folder (default: the configured one).")]


def register(app: typer.Typer) -> None:  # the commands hang on the learn groups, registered there
    del app


@train_app.command("techniques")
def train_techniques(
    data: Annotated[Path, typer.Option("--data", help="SemEval subtask-3 training data: the labels file "
                                       "(train-labels-subtask-3.txt) or the articles folder.")],
    output: Annotated[Path | None, typer.Option("--out", "-o", help="Model folder to write (default: "
                                                "[techniques] model, else ./kibaru-models/techniques).")] = None,
    config: ConfigOption = None,
) -> None:
    """Train the persuasion-technique model and save it where the pipeline will load it."""
    from kibaru.config import load_config
    from kibaru.enrich import techniques

    settings = load_config(config or [])
    target = output or techniques.training_target(settings)
    err.print(f"training on {data} (thresholds by {techniques.LinearConfig().folds}-fold cross-validation "
              "over the articles; a few minutes)…")
    model = techniques.train(data, target)
    info = model.trained_on
    sentences = f" and {info['sentences']} sentences (span gold)" if info.get("sentences") else ""
    out.print(f"saved {target}: {info['units']} paragraphs{sentences} of {info['articles']} articles, "
              f"cross-validated micro-F1 {info['cv_micro_f1']:.3f}", highlight=False, markup=False)
    if target.resolve() != techniques.model_path(settings).resolve():
        err.print(f"the pipeline uses {techniques.model_path(settings)}; to use this model set "
                  f"[techniques] model = \"{target}\" in kibaru.toml", highlight=False, markup=False)


@evaluate_app.command("techniques")
def evaluate_techniques(
    gold: Annotated[Path, typer.Option("--gold", help="SemEval subtask-3 gold: the paragraph labels file "
                                       "(dev-labels-subtask-3.txt) or the articles folder beside it.")],
    model_dir: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Paragraph-level precision, recall and F1 per technique, with micro and macro averages."""
    from kibaru.analyse.metrics import format_report
    from kibaru.config import load_config
    from kibaru.enrich import techniques

    settings = load_config(config or [])
    path = model_dir or techniques.model_path(settings)
    report = techniques.evaluate(techniques.load_model(path), gold)
    if as_json:
        out.print_json(json.dumps(report.as_dict()))
        return
    out.print(format_report(report, title=f"persuasion techniques — {gold} — model {path}"), highlight=False,
              markup=False)
