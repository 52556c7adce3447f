"""CLI commands of the coding stages: demo, code, ingest, events, resolve, classify."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from itertools import chain
from typing import Any

import click

from shadowline import api
from shadowline.cli.inputs import JSONL_INPUT, jsonl_records
from shadowline.cli.options import (
    ISO_DATE,
    ExitCode,
    date_option,
    db_option,
    fail,
    library_errors,
    open_store,
    writing,
)
from shadowline.cli.output import EVENT_FORMATS, cell, console, dyad_table, print_events, progress_bar

CODER_OPTIONS = [
    click.option("--coder", type=click.Choice(["auto", "model", "patterns"]), default="auto", show_default=True,
                 help="Event typer: the learned classifier (model), the CAMEO verb patterns, or auto."),
    click.option("--spacy-model", default=None, help="Name of an installed spaCy pipeline to parse with."),
    click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="User actor dictionary (YAML); may be given several times."),
    click.option("--events", "selection", type=click.Choice(["main", "all"]), default="main", show_default=True,
                 help="main: every event the classifier is at least 70% sure of, with its coordinated "
                      "expansions and mirrors, one event per act (the best F1 on hand-coded real news; with "
                      "--coder patterns, each sentence's most confident event). all: every pair typed as an "
                      "event (more recall, more noise). Both keep one event per sentence, dyad (country and "
                      "sector of each side) and type."),
    click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
                 help="Processes to code on: 0 = auto (one per core, at most 4), N = at most N and never "
                      "more than the cores. Inputs under 60,000 characters are coded in this process "
                      "whatever the number. Each worker loads its own models (~0.9 GB). With --engine dask "
                      "and no --scheduler: the local cluster's workers (0 = one per core, at most 4)."),
]


ENGINE_OPTIONS = [
    click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                 help="Where to code: this machine (local), or a Dask cluster (dask; needs the 'dask' extra). "
                      "Both give the same events."),
    click.option("--scheduler", default=None, metavar="ADDRESS",
                 help="Dask scheduler to code on (tcp://host:8786); without it, --engine dask starts a local "
                      "cluster of --workers processes."),
]


def coder_options(func):  # type: ignore[no-untyped-def]
    for option in reversed(CODER_OPTIONS + ENGINE_OPTIONS):
        func = option(func)
    return func


_DOCUMENT_DATE = date_option("--date", help="Document date for inputs that carry none; relative expressions "
                                         "('last July') resolve against it.")


def _coder_settings(coder: str, spacy_model: str | None, actor_files: tuple[str, ...], selection: str,
                    workers: int, engine: str, scheduler: str | None, parquet_dir: str | None = None
                    ) -> dict[str, Any]:
    """The library's coder options for the command-line ones."""
    for given, option in ((scheduler, "--scheduler"), (parquet_dir, "--parquet-dir")):
        if given and engine != "dask":
            fail(f"{option} is for the dask engine: add --engine dask")
    settings: dict[str, Any] = {"coder": coder, "spacy_model": spacy_model, "actor_files": actor_files,
                                "events": selection, "workers": workers}
    if engine == "dask":
        settings.update(engine=engine, scheduler=scheduler, parquet_dir=parquet_dir)
    return settings


def _report_problem(problems: list[str]) -> Callable[[str], None]:
    def report(problem: str) -> None:
        problems.append(str(problem))
        click.echo(f"skipped {problem}", err=True)
    return report


@click.command("code")
@click.argument("paths", nargs=-1, required=True)
@_DOCUMENT_DATE
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True)
@coder_options
def code_command(paths: tuple[str, ...], date: str | None, fmt: str, coder: str, spacy_model: str | None,
                 actor_files: tuple[str, ...], selection: str, workers: int, engine: str,
                 scheduler: str | None) -> None:
    """Code articles and print their events (stores nothing).

    PATHS are files (.txt .html .xml/.rss .jsonl), folders, or - for standard input.

    \b
    Examples:
      shadowline code article.txt --date 2024-05-17
      shadowline code feed.xml --format jsonl > events.jsonl
      echo "Russia criticised France's arms deliveries to Armenia." | shadowline code - --format plover
      shadowline code wire.jsonl --engine dask --scheduler tcp://10.0.0.5:8786 --format jsonl
    """
    problems: list[str] = []
    settings = _coder_settings(coder, spacy_model, actor_files, selection, workers, engine, scheduler)
    events = []
    with library_errors(), progress_bar("coding") as bar:
        task = bar.add_task("coding", total=None)
        documents = api.read_stream(paths, date=date, on_problem=_report_problem(problems))
        for coded in api.code_documents(documents, progress=lambda n: bar.advance(task, n), **settings):
            events.extend(coded.events)
    print_events(events, fmt)
    if problems:
        sys.exit(ExitCode.INPUTS_SKIPPED)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@_DOCUMENT_DATE
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(min=1),
              help="Documents per transaction.")
@click.option("--parquet-dir", default=None, type=click.Path(file_okay=False),
              help="With --engine dask: also keep every coded partition as Parquet files under this folder "
                   "(events/, documents/, sentences/), a dataset for DuckDB, Spark or shadowline.scale.analysis.")
@coder_options
def ingest_command(paths: tuple[str, ...], db: str, date: str | None, batch_size: int, parquet_dir: str | None,
                   coder: str, spacy_model: str | None, actor_files: tuple[str, ...], selection: str, workers: int,
                   engine: str, scheduler: str | None) -> None:
    """Code articles and store their events in a DuckDB file.

    Idempotent: documents already in the store (same id, or same text under another id) are skipped; a
    document whose id the store holds with a different text is refused and reported. Inputs are read
    batch by batch; each batch is one transaction, so an interrupted run keeps what it committed and
    leaves nothing half-written. Inputs that cannot be read are reported on stderr and skipped; the exit
    code is 1 if any were.

    DuckDB lets no other process open a file while one writes it. The store is held only while a batch is
    written, so `events`, `report` and the analysis commands can read it between batches; one that meets
    a write waits up to 5 seconds, then says the store is busy.

    \b
    Examples:
      shadowline ingest news/ --db news.duckdb
      shadowline ingest wire.jsonl --db news.duckdb --batch-size 256
      shadowline ingest wire.jsonl --db news.duckdb --engine dask --workers 4 --batch-size 1024
    """
    settings = _coder_settings(coder, spacy_model, actor_files, selection, workers, engine, scheduler, parquet_dir)
    problems: list[str] = []
    documents = api.read_stream(paths, date=date, on_problem=_report_problem(problems))
    with library_errors():
        first = next(documents, None)  # inputs are read as coding goes; the models load only if there is text
    if first is None:
        with open_store(db, read_only=False):
            click.echo(f"{db}: nothing to ingest ({len(problems)} inputs failed)", err=True)
        sys.exit(ExitCode.INPUTS_SKIPPED if problems else ExitCode.OK)
    # the coder starts before the store is opened: a model or cluster that cannot start leaves no store behind
    with library_errors(), api.open_coder(**settings) as engine_coder, \
            open_store(db, read_only=False) as store, progress_bar("coding") as bar:
        task = bar.add_task("coding", total=None)
        report = store.ingest(chain([first], documents), batch_size=batch_size, opened_coder=engine_coder,
                              progress=lambda n: bar.advance(task, n),
                              on_problem=lambda problem: click.echo(f"skipped {problem}", err=True),
                              on_notice=lambda message: click.echo(f"note: {message}", err=True))
    problems += report.problems
    report.problems = problems
    click.echo(f"{db}: {report.line()}", err=True)
    if problems:
        sys.exit(ExitCode.INPUTS_SKIPPED)


@click.command("events")
@db_option
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True)
@click.option("--actor", default=None, help="Country/IGO code or canonical name, on either side (e.g. AZE).")
@click.option("--type", "plover_type", default=None, help="PLOVER event type (e.g. ACCUSE).")
@date_option("--since", help="Earliest event date.")
@date_option("--until", help="Latest event date.")
@click.option("--modality", type=click.Choice(["asserted", "negated", "future", "hypothetical", "reported"]),
              default=None)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Most events to list.")
def events_command(db: str, fmt: str, actor: str | None, plover_type: str | None, since: str | None,
                   until: str | None, modality: str | None, limit: int | None) -> None:
    """List stored events.

    \b
    Examples:
      shadowline events --actor AZE --type ACCUSE
      shadowline events --since 2024-01-01 --format csv > events.csv
    """
    with open_store(db) as store:
        found = store.events(actor=actor, type=plover_type, since=since, until=until, modality=modality,
                             limit=limit)
    print_events(found, fmt, title=f"{len(found)} events in {db}")


@click.command("resolve")
@click.argument("texts", nargs=-1)
@click.option("--input", "input_file", type=JSONL_INPUT, default=None,
              help='One phrase a line, or JSON Lines of {"text", "country"?, "date"?}; - for standard input. '
                   'A bad line gets an {"line", "error"} line in its place.')
@click.option("--date", type=ISO_DATE, default=None, help="Date context (who held office then).")
@click.option("--country", default=None, help="Country context (ISO3) for bare agents like 'officials'.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--explain", is_flag=True, help="Show how each text was resolved, step by step.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="User actor dictionary (YAML).")
def resolve_command(texts: tuple[str, ...], input_file, date: str | None, country: str | None, fmt: str,
                    explain: bool, actor_files: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Resolve actor phrases to country, sector and canonical name.

    \b
    Examples:
      shadowline resolve "the Kremlin" "Azerbaijan's state media"
      shadowline resolve Erdogan --date 2024-06-01 --explain
      shadowline resolve --input phrases.jsonl --format jsonl
      shadowline resolve --input phrases.txt --date 2024-06-01   # one phrase a line
    """
    from rich.table import Table

    if not texts and input_file is None:
        fail("give actor TEXTS or --input FILE (see --help)")
    with library_errors():
        api.check_actor_files(actor_files)
    rows: list[tuple[str, str | None, str | None] | tuple[int, str]] = [(t, country, date) for t in texts]
    errors = 0
    if input_file is not None:
        for number, item in jsonl_records(input_file, ("text",), date_fields=("date",), plain_field="text"):
            if isinstance(item, str):
                rows.append((number, item))
                errors += 1
            else:
                rows.append((item["text"], item.get("country") or country, item["date"] or date))
    table = Table(header_style="bold")
    for column in ("text", "country", "sector", "cameo_role", "name", "kind", "via"):
        table.add_column(column)
    for row in rows:
        if isinstance(row[0], int):
            if fmt == "jsonl":
                click.echo(json.dumps({"line": row[0], "error": row[1]}))
            continue
        text, ctx_country, ctx_date = row
        record = api.resolve(text, date=ctx_date, country=ctx_country, actor_files=actor_files).to_dict()
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            table.add_row(*[cell(record[c]) if record[c] is not None else "-" for c in
                            ("text", "country", "sector", "cameo_role", "name", "kind", "via")])
        if explain:
            for step in api.explain(text, date=ctx_date, country=ctx_country, actor_files=actor_files):
                click.echo(f"  {text!r}: {step}", err=fmt == "jsonl")
    if fmt == "table":
        console().print(table)
    if errors:
        sys.exit(ExitCode.INPUTS_SKIPPED)


@click.command("demo")
@db_option
@click.option("--report", "report_path", default="shadowline-briefing.html", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the HTML briefing.")
@click.option("--coder", type=click.Choice(["auto", "model", "patterns"]), default="auto", show_default=True)
@click.option("--events", "selection", type=click.Choice(["main", "all"]), default="main", show_default=True)
def demo_command(db: str, report_path: str, coder: str, selection: str) -> None:
    """Code the bundled example corpus, store it, and show what it found.

    The corpus is twenty short reports (2023-2025) on France, Azerbaijan and the rivalries around them,
    written by the project team. The demo prints the events (source -> type -> target, with the
    sentence), the top dyads, and writes an HTML briefing.
    """
    documents = api.examples()
    with open_store(db, read_only=False) as store:
        report = store.ingest(documents, coder=coder, events=selection)
        ids = {d.doc_id for d in documents}
        events = [e for e in store.events() if e.doc_id in ids]
        print_events(events, "table", title=f"Events in the example corpus ({len(events)})")
        console().print(dyad_table(store.top_dyads(10)))
        click.echo(f"{db}: {report.line()}")
        try:
            with writing(report_path):
                out = api.briefing(store, report_path)
        except ImportError:  # the report extra is not installed
            return
        click.echo(f"briefing written to {out}")


def register(group: click.Group) -> None:
    for command in (demo_command, code_command, ingest_command, events_command, resolve_command):
        group.add_command(command)
