"""`kibaru train narratives`, `kibaru evaluate narratives`, `kibaru annotations export|import|config`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kibaru.commands.common import ConfigOption, DbOption, err, out, storage_session
from kibaru.commands.learn import evaluate_app, train_app
from kibaru.errors import KibaruError
from kibaru.export import writing

annotations_app = typer.Typer(help="Narrative annotations in Label Studio's JSON format (export, import, config).",
                              no_args_is_help=True)


def _settings(config: list[Path] | None) -> dict:
    from kibaru.config import load_config

    return load_config(config or [])


def _fail(exc: KibaruError) -> None:
    err.print(f"error: {exc}", markup=False)
    raise typer.Exit(1)


@train_app.command("narratives")
def train_narratives(
    data: Annotated[list[Path], typer.Option("--data", help="Gold JSONL or Label Studio JSON export (repeatable).")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="Model directory (default: [narratives] model, "
                                                 "else ./kibaru-models/narratives, which the pipeline then uses).")]
    = None,
    kind: Annotated[str, typer.Option("--kind", help="prototypes (default), signals (round-4 model) or tfidf "
                                      "(the baseline).")] = "prototypes",
    split: Annotated[str, typer.Option("--split", help="Train on this split of the gold ('all' for every record).")]
    = "train",
    with_exemplars: Annotated[bool, typer.Option("--with-exemplars", help="Also train on the exemplar sentences "
                                                 "(useful when the gold has no example of a label).")] = False,
    negatives: Annotated[bool, typer.Option("--negatives", help="Also train on the curated negative exemplars "
                                            "(data/narratives/negatives.yaml; synthetic, negatives only). Off by "
                                            "default: they lowered the train-split CV F1 of the shipped model.")]
    = False,
    c: Annotated[float | None, typer.Option("--c", help="Inverse regularisation strength (default: the kind's "
                                            "CV-chosen value; raise it for a small correction set trained "
                                            "alone).")] = None,
    config: ConfigOption = None,
) -> None:
    """Train the narrative classifier and save it where the pipeline looks for it."""
    from kibaru.analyse import narrative_eval as ev
    from kibaru.enrich.narrative_model import training_output_path

    try:
        settings = _settings(config)
        articles: list[ev.GoldArticle] = []
        for path in data:
            found, problems = ev.load_gold(path, None if split == "all" else [split])
            for p in problems:
                err.print(f"skipped: {p}", markup=False)
            articles += found
        if not articles:
            err.print("error: no training record found (check --data and --split)")
            raise typer.Exit(1)
        bench = ev.Workbench(settings, embed=kind != "tfidf")
        prepared = bench.prepare(articles + (ev.negative_articles() if negatives else []))
        exemplars = bench.exemplar_units() if with_exemplars else None
        model = ev.train(prepared, kind, exemplars, c)
        target = out_dir or training_output_path(settings)
        model.save(target)
        if bench.embedder is not None:
            model.exemplar_index(bench.embedder)  # writes exemplars.npz beside the weights
    except KibaruError as exc:
        _fail(exc)
    n_items = sum(len(a.narratives) for a in articles)
    out.print(f"trained {kind} model on {len(articles)} articles ({n_items} narrative items"
              f"{' + exemplars' if with_exemplars else ''}{' + curated negatives' if negatives else ''}) -> {target}",
              markup=False)


@evaluate_app.command("narratives")
def evaluate_narratives(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL (eval/narratives/gold.jsonl) or a Label Studio "
                                                      "export.")],
    split: Annotated[str, typer.Option("--split", help="Evaluate on this split ('all' for every record).")] = "test",
    model_dir: Annotated[Path | None, typer.Option("--model", help="Model directory (default: the configured one).")]
    = None,
    errors: Annotated[bool, typer.Option("--errors", help="List false positives and misses.")] = False,
    config: ConfigOption = None,
) -> None:
    """Per-label precision, recall and F1 of the narrative detector, with and without voice."""
    from kibaru.analyse import narrative_eval as ev
    from kibaru.analyse.metrics import format_report
    from kibaru.enrich.narrative_model import load_configured_model, load_model

    try:
        settings = _settings(config)
        articles, problems = ev.load_gold(gold, None if split == "all" else [split])
        for p in problems:
            err.print(f"skipped: {p}", markup=False)
        if not articles:
            err.print(f"error: no gold record in split {split!r}")
            raise typer.Exit(1)
        model = load_model(model_dir) if model_dir else load_configured_model(settings)
        bench = ev.Workbench(settings, embed=model.needs_embeddings())
        prepared = bench.prepare(articles)
        found = ev.predict(prepared, model)
    except KibaruError as exc:
        _fail(exc)
    reports = ev.evaluate(articles, found)
    out.print(f"{len(articles)} articles, split {split}; unit (article, narrative, voice); "
              f"{ev.other_count(articles)} 'other' items not scored", markup=False)
    out.print(format_report(reports["with_voice"], title="with voice"), markup=False, highlight=False)
    out.print("", markup=False)
    out.print(format_report(reports["ignoring_voice"], title="ignoring voice"), markup=False, highlight=False)
    if errors:
        gold_set = ev.gold_units(articles)
        sys_set = ev.system_units(articles, found)
        for u in sorted(sys_set - gold_set):
            out.print(f"FP {u}", markup=False)
        for u in sorted(gold_set - sys_set):
            out.print(f"FN {u}", markup=False)


@annotations_app.command("export")
def annotations_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Label Studio tasks JSON to write.")],
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="At most this many articles (0: all).")] = 0,
    with_narratives_only: Annotated[bool, typer.Option("--detected-only", help="Only articles with a detection.")]
    = False,
) -> None:
    """Write Label Studio tasks with the stored narrative detections as pre-annotations."""
    from kibaru.export.labelstudio import task_for

    tasks = []
    try:
        with storage_session(db, read_only=True) as storage:
            where = {"outlet": outlet} if outlet else None
            for article in storage.iter_articles(where=where):
                if with_narratives_only and not article.narratives:
                    continue
                tasks.append(task_for(article, "kibaru-narratives"))
                if limit and len(tasks) >= limit:
                    break
    except KibaruError as exc:
        _fail(exc)
    with writing(output):
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    out.print(f"{len(tasks)} tasks -> {output} (labelling config: kibaru annotations config)", markup=False)


@annotations_app.command("import")
def annotations_import(
    export_file: Annotated[Path, typer.Argument(help="A Label Studio JSON export.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Gold JSONL to write.")],
    split: Annotated[str, typer.Option("--split", help="Split to give records that have none.")] = "train",
) -> None:
    """Convert a Label Studio export (corrected annotations) into gold JSONL for training."""
    from kibaru.export.labelstudio import gold_from_tasks, write_gold

    try:
        tasks = json.loads(export_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: not JSON, or not UTF-8 text
        err.print(f"error: {export_file}: cannot read a JSON export ({exc})", markup=False)
        raise typer.Exit(1) from None
    records, problems = gold_from_tasks(tasks)
    for p in problems:
        err.print(f"skipped: {export_file}: {p}", markup=False)
    for r in records:
        r["split"] = r.get("split") or split
    with writing(output):
        output.write_text(write_gold(records), encoding="utf-8")
    n_items = sum(len(r["narratives"]) for r in records)
    out.print(f"{len(records)} annotated articles ({n_items} narrative items) -> {output}", markup=False)


@annotations_app.command("config")
def annotations_config() -> None:
    """Print the Label Studio labelling configuration (XML) for narratives."""
    from kibaru.export.labelstudio import labeling_config

    typer.echo(labeling_config(), nl=False)


def register(app: typer.Typer) -> None:
    app.add_typer(annotations_app, name="annotations")
