"""CLI commands around the learned classifier and the evaluations: classify, eval classify, eval actors."""

from __future__ import annotations

import json
import sys

import click

from shadowline import api
from shadowline.cli.inputs import JSONL_INPUT, jsonl_records
from shadowline.cli.options import ExitCode, fail, library_errors
from shadowline.cli.output import console


@click.command("classify")
@click.option("--input", "input_file", type=JSONL_INPUT, required=True,
              help='JSON Lines of {"sentence", "source", "target"} (actor texts as written); - for stdin.')
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(min=1),
              help="Pairs per model call.")
@click.option("--model", "model_path", default=None, help="Path of another classifier model folder.")
def classify_command(input_file, fmt: str, batch_size: int, model_path: str | None) -> None:  # type: ignore[no-untyped-def]
    """Classify (sentence, source, target) pairs into PLOVER types with the shipped model.

    Prints one JSON line per input line, in order: plover, cameo, confidence, probabilities (all types
    and NONE), mode, contexts. A malformed line gets an {"error": ...} line in its place.

    \b
    Example:
      echo '{"sentence": "Russia criticised France.", "source": "Russia", "target": "France"}' \\
        | shadowline classify --input -
    """
    with library_errors():
        api.classify([], model=model_path)  # a model that cannot be loaded stops the command before any output
    errors = 0

    def flush(batch: list[tuple[int, dict | str]]) -> None:
        good = [(n, item) for n, item in batch if not isinstance(item, str)]
        answers = api.classify([item for _, item in good], model=model_path, batch_size=batch_size)
        by_line = {n: answer for (n, _), answer in zip(good, answers)}
        for number, item in batch:
            if isinstance(item, str):
                click.echo(json.dumps({"line": number, "error": item}))
            else:
                click.echo(json.dumps({"line": number, **by_line[number].to_dict()}))

    batch: list[tuple[int, dict | str]] = []
    for number, row in jsonl_records(input_file, ("sentence", "source", "target")):
        errors += isinstance(row, str)
        batch.append((number, row))
        if len(batch) >= batch_size:
            flush(batch)
            batch = []
    flush(batch)
    if errors:
        sys.exit(ExitCode.INPUTS_SKIPPED)


@click.group("eval")
def eval_group() -> None:
    """Evaluate the coder on development data and print the tables."""


@eval_group.command("classify")
@click.option("--data", "data_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSONL pairs with gold labels (sentence, source, target, plover); may be given several "
                   "times. Default: the dev rows of ../shared/data/train/plover_pairs_train.jsonl and "
                   "training/data/team_part_*.jsonl, and benchmarks/data/events_heldout.jsonl, those present in "
                   "the source checkout shadowline runs from (or the current folder).")
@click.option("--folds", default=5, show_default=True)
def eval_classify(data_paths: tuple[str, ...], folds: int) -> None:
    """Accuracy, macro-F1, per-class P/R/F1, confusion matrix and calibration of the pair classifier."""
    from pathlib import Path

    from shadowline.evaluation import CLASSIFY_DATA, development_files, evaluate_classifier

    paths = list(data_paths) or [str(p) for p in development_files(*CLASSIFY_DATA)]
    if not paths:
        fail(f"no evaluation data found ({', '.join(CLASSIFY_DATA)} in neither the source checkout nor the "
             "current folder): pass --data FILE (JSONL with sentence, source, target, plover)", ExitCode.FILE)
    try:
        report = evaluate_classifier(paths, folds=folds)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    click.echo("data: " + ", ".join(str(Path(p)) for p in paths))
    click.echo(report.table())
    click.echo("by file, and the k-fold cross-validation recorded at training time:")
    for part in report.parts.values():
        click.echo("  " + part.table().splitlines()[0])


@eval_group.command("actors")
@click.option("--phrases", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Resolution table (CSV: phrase, date, context_country, gold_country, gold_sector, category); "
                   "default: the bundled dev table.")
@click.option("--spans", default=None, type=click.Path(dir_okay=False),
              help="Sentences with gold source/target spans (JSONL tokens + BIO tags over S/T/R); default: "
                   "../shared/data/train/actor_spans_train.jsonl of the source checkout shadowline runs from "
                   "(or of the current folder), when it exists.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N span sentences.")
@click.option("--coder", type=click.Choice(["auto", "model", "patterns"]), default="auto", show_default=True)
def eval_actors(phrases: str | None, spans: str | None, limit: int | None, coder: str) -> None:
    """Actor resolution accuracy (country, sector) and source-target pair P/R/F1.

    \b
    Examples:
      shadowline eval actors
      shadowline eval actors --phrases my_phrases.csv --spans spans.jsonl
    """
    import time
    from pathlib import Path

    from shadowline.evaluation import (
        SPANS_DATA,
        build_knowledge_base,
        development_files,
        evaluate_pairs,
        evaluate_resolution,
    )

    start = time.perf_counter()
    kb = build_knowledge_base()
    load_seconds = time.perf_counter() - start
    report = evaluate_resolution(phrases, kb=kb, echo=False)
    click.echo(f"Actor resolution on {report.total} phrases ({phrases or 'bundled dev table'}):")
    click.echo(report.table())
    click.echo(f"country accuracy {report.country_accuracy:.1%}, sector accuracy {report.sector_accuracy:.1%}; "
               f"knowledge base built in {load_seconds:.2f} s")
    for phrase, gold, predicted in report.errors[:20]:
        click.echo(f"  miss: {phrase!r}: gold {gold}, got {predicted}")
    found = development_files(SPANS_DATA)
    spans_path = spans or (str(found[0]) if found else None)
    if spans_path is None:
        click.echo(f"(no span file: {SPANS_DATA} is in neither the source checkout nor the current folder; "
                   "pass --spans FILE to score source-target pairs)")
        return
    if not Path(spans_path).exists():
        fail(f"{spans_path}: no such file (--spans)", ExitCode.FILE)
    console().print(evaluate_pairs(spans_path, coder=coder, limit=limit).render())


def register(group: click.Group) -> None:
    group.add_command(classify_command)
    group.add_command(eval_group)
