"""CLI commands that exchange events with other datasets and tools: import, export, and dedup, which
counts an event reported by many articles (or also in another dataset) once."""

from __future__ import annotations

import sys

import click

from shadowline import api
from shadowline.cli.options import ExitCode, date_option, db_option, fail, open_store, writing

#: ``shadowline export`` formats; parquet is :meth:`shadowline.Store.export`'s parquet-dataset (a folder).
EXPORT_FORMATS: tuple[str, ...] = ("plover-jsonl", "gdelt-tsv", "csv", "parquet", "graphml", "gexf")
#: Formats written to a file or folder only (binary, partitioned or XML graphs).
FILE_FORMATS = frozenset({"parquet", "graphml", "gexf"})


@click.command("import")
@click.argument("dataset", type=click.Choice(api.DATASETS))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
def import_command(dataset: str, files: tuple[str, ...], db: str) -> None:
    """Import events another dataset coded (GDELT, ICEWS, POLECAT, ACLED) into the store.

    \b
    gdelt    GDELT 2.0 event files (61 tab-separated columns, .CSV or .CSV.zip) or 1.0 (57/58)
    icews    ICEWS coded event files (tab-separated, with a header)
    polecat  POLECAT weekly event files (with a header)
    acled    ACLED exports (CSV with a header)

    Events keep their dataset, their own id and every original field (JSON); they are mapped to PLOVER
    and CAMEO as docs/interop.md describes. Malformed rows are reported with file and line and skipped;
    importing a file again adds nothing. The exit code is 1 if any row or file was skipped.

    \b
    Examples:
      shadowline import gdelt 20240517.export.CSV.zip --db gdelt.duckdb
      shadowline import acled acled-sahel-2023.csv --db sahel.duckdb
    """
    with open_store(db, read_only=False) as store:
        summary = store.import_events(dataset, files, on_problem=lambda p: click.echo(f"skipped {p}", err=True))
    click.echo(f"{db}: {summary.line()}", err=True)
    if summary.problems:
        sys.exit(ExitCode.INPUTS_SKIPPED)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="plover-jsonl, gdelt-tsv and csv go to standard output unless --out is given.")
@click.option("--out", default=None, type=click.Path(),
              help="Output file (a folder for parquet); required for parquet, graphml and gexf.")
@db_option
@date_option("--since", help="Earliest event date.")
@date_option("--until", help="Latest event date.")
@click.option("--actor", default=None, help="Country/IGO code or canonical name, on either side (e.g. AZE).")
def export_command(fmt: str, out: str | None, db: str, since: str | None, until: str | None,
                   actor: str | None) -> None:
    """Export stored events for other tools.

    \b
    plover-jsonl  one PLOVER JSON record per line
    gdelt-tsv     GDELT 2.0's 61 tab-separated columns, no header
    csv           one flat row per event, with a header
    parquet       a folder partitioned by month (month=YYYY-MM/), every column
    graphml/gexf  the signed relations network (Gephi, Cytoscape, networkx)

    \b
    Examples:
      shadowline export --format gdelt-tsv --since 2024-01-01 > events.tsv
      shadowline export --format parquet --out events-parquet/
      shadowline export --format gexf --actor AZE --out azerbaijan.gexf
    """
    if out is None and fmt in FILE_FORMATS:
        fail(f"--format {fmt} writes files: give --out PATH")
    with open_store(db) as store, writing(out or "-"):
        count = store.export(out if out is not None else sys.stdout, "parquet-dataset" if fmt == "parquet" else fmt,
                             since=since, until=until, actor=actor)
    what = "edges" if fmt in ("graphml", "gexf") else "events"
    click.echo(f"{count} {what} written" + (f" to {out}" if out else ""), err=True)


@click.command("dedup")
@db_option
@click.option("--window-days", type=click.IntRange(min=0), default=1, show_default=True,
              help="Reports this many days after an event's first report can still be that event.")
def dedup_command(db: str, window_days: int) -> None:
    """Count each event once: group repeated reports of one event (same dyad, type, modality, place, within
    the window) and link coded events to imported ones of the same day, dyad and quad class.

    Analysis then counts events, not mentions; each event keeps num_mentions, num_articles and num_sources,
    and its other reports stay in the store. Running it again recomputes everything (docs/interop.md).

    \b
    Example:
      shadowline ingest news/ --db news.duckdb && shadowline dedup --db news.duckdb
    """
    with open_store(db, read_only=False) as store:
        summary = store.deduplicate(window_days)
    click.echo(f"{db}: {summary.line()}")


def register(group: click.Group) -> None:
    for command in (import_command, export_command, dedup_command):
        group.add_command(command)
