"""CLI commands that exchange events with other datasets: import and export."""

from __future__ import annotations

import sys

import click

from shadowline.cli.output import fail
from shadowline.ingest.importers import DATASETS

DB_OPTION = click.option("--db", default="shadowline.duckdb", show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB store file.")


@click.command("import")
@click.argument("dataset", type=click.Choice(DATASETS))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@DB_OPTION
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
    from shadowline.ingest.importers import import_files
    from shadowline.store import Store, StoreError

    try:
        store = Store(db)
    except StoreError as exc:
        fail(str(exc))
    with store:
        summary = import_files(store, dataset, files, report=lambda p: click.echo(f"skipped {p}", err=True))
    click.echo(f"{db}: {summary.line()}", err=True)
    if summary.problems:
        sys.exit(1)


def register(group: click.Group) -> None:
    for command in (import_command,):
        group.add_command(command)
