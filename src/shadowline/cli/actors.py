"""``shadowline actors``: look things up in the actor knowledge base."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import click
from rich.table import Table

from shadowline import api
from shadowline.cli.options import library_errors
from shadowline.cli.output import cell, console

_COLUMNS = ("code", "kind", "name", "country", "sector", "cameo_role", "backer", "start", "end", "source")


def _print_entries(entries: list[Any], fmt: str, limit: int) -> None:
    shown = entries[:limit]
    if fmt == "json":
        click.echo(json.dumps([{k: v for k, v in asdict(e).items() if k != "tier"} for e in shown],
                              ensure_ascii=False, indent=2))
        return
    table = Table(*_COLUMNS)
    for entry in shown:
        table.add_row(*[cell(getattr(entry, c) or "") for c in _COLUMNS])
    console().print(table)
    if len(entries) > limit:
        click.echo(f"{len(entries) - limit} more; raise --limit to see them")


@click.group("actors")
def actors() -> None:
    """Search and show entries of the actor knowledge base."""


@actors.command("search")
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=25, show_default=True, help="most entries to print")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="user YAML dictionary to load as well (repeatable)")
def search(text: str, fmt: str, limit: int, dictionaries: tuple[str, ...]) -> None:
    """Entries whose name or alias is, or contains, TEXT (e.g. "Kremlin", "state media")."""
    with library_errors():
        entries = api.search_actors(text, limit=limit + 1, actor_files=dictionaries)
    _print_entries(entries, fmt, limit)


@actors.command("show")
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="most entries to print")
def show(code: str, fmt: str, limit: int) -> None:
    """Entries with entry code CODE (WAGNER, NATO), or else of country code CODE (AZE)."""
    _print_entries(api.actor_entries(code), fmt, limit)


def register(cli_group: click.Group) -> None:
    """Add the ``actors`` group to the main command group."""
    cli_group.add_command(actors)
