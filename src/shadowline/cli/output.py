"""Printing for the CLI: rich tables of events and dyads, and the structured formats."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from shadowline.records import Event
from shadowline.store.export import write_events

EVENT_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "plover")


def console(err: bool = False) -> Console:
    return Console(stderr=err, highlight=False, soft_wrap=False)


def _actor_label(text: str, country: str | None, sector: str | None) -> str:
    code = f"{country or '?'}{' ' + sector if sector else ''}"
    return f"{code} [dim]({_cut(text, 24)})[/dim]"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table(events: Sequence[Event], title: str | None = None, sentence_width: int = 70) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    table.add_column("date", no_wrap=True)
    table.add_column("source", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("target", no_wrap=True)
    table.add_column("mod.", no_wrap=True)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("sentence")
    for e in events:
        kind = e.plover_type + (f"/{e.plover_mode}" if e.plover_mode else "")
        style = "red" if (e.quad_class or 0) >= 3 else "green"
        table.add_row(e.date or "", _actor_label(e.source.text, e.source.country, e.source.sector),
                      f"[{style}]{kind}[/{style}] {e.cameo_code or ''}",
                      _actor_label(e.target.text, e.target.country, e.target.sector),
                      "" if e.modality == "asserted" else e.modality, f"{e.confidence:.2f}",
                      _cut(e.sentence, sentence_width))
    return table


def print_events(events: Sequence[Event], fmt: str, title: str | None = None) -> None:
    if fmt == "table":
        console().print(event_table(events, title))
        return
    write_events(events, fmt, sys.stdout)


def dyad_table(rows: Sequence[dict[str, Any]], title: str = "Top dyads") -> Table:
    table = Table(title=title, header_style="bold")
    for column, justify in (("source", "left"), ("target", "left"), ("events", "right"), ("conflict", "right"),
                            ("goldstein", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(str(row["source"]), str(row["target"]), str(row["events"]), str(row["conflict"]),
                      f"{row['goldstein']:+.1f}")
    return table


def fail(message: str, code: int = 2) -> None:
    """Print a user error (no traceback) and exit."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
