"""Printing for the CLI: rich tables of events and dyads, and the structured formats.

Every piece of data shown through Rich (news text, actor names, ids, paths) goes through :func:`cell`
first: Rich reads ``[bold]`` or ``[/]`` in a string as markup, and a terminal obeys escape sequences,
so text from an article must reach neither as such.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from shadowline import api
from shadowline.records import Event

EVENT_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "plover")

#: C0 and C1 control characters and DEL: ESC starts terminal escape sequences (clear screen, window title).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def cell(value: object) -> str:
    """`value` as plain text for a Rich table or line: control characters removed (whitespace ones become
    a space), Rich markup escaped so that it prints as written.

    >>> cell("[bold]Paris[/] \\x1b[2J")
    '\\\\[bold]Paris\\\\[/] [2J'
    """
    text = _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "", "" if value is None else str(value))
    return escape(text)


def console(err: bool = False) -> Console:
    """A console for tables: the terminal's width, or 160 columns when output is not a terminal."""
    probe = Console(stderr=err)
    width = None if probe.is_terminal else 160
    return Console(stderr=err, highlight=False, soft_wrap=False, width=width)


def _actor_label(text: str, country: str | None, sector: str | None) -> str:
    code = f"{country or '?'}{' ' + sector if sector else ''}"
    return f"[bold]{cell(code)}[/bold] [dim]{cell(_cut(text, 22))}[/dim]"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table(events: Sequence[Event], title: str | None = None) -> Table:
    """Events as a table: date, source -> type -> target (modality), confidence, the sentence cut short."""
    table = Table(title=cell(title) if title else None, header_style="bold", expand=False, padding=(0, 1))
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("source", no_wrap=True, max_width=28)
    table.add_column("event", no_wrap=True, max_width=30)
    table.add_column("target", no_wrap=True, max_width=28)
    table.add_column("conf", justify="right", no_wrap=True, min_width=4)
    table.add_column("sentence", no_wrap=True, overflow="ellipsis", max_width=52)
    for e in events:
        # imported statements and appeals (CAMEO roots 01, 02) have no PLOVER type
        kind = (e.plover_type or f"CAMEO {e.cameo_code}") + (f"/{e.plover_mode}" if e.plover_mode else "")
        style = "red" if (e.quad_class or 0) >= 3 else "green"
        modality = "" if e.modality == "asserted" else f" [italic]{e.modality}[/italic]"
        table.add_row(cell(e.date), _actor_label(e.source.text, e.source.country, e.source.sector),
                      f"[{style}]{cell(kind)}[/{style}]{modality}",
                      _actor_label(e.target.text, e.target.country, e.target.sector),
                      f"{e.confidence:.2f}", cell(" ".join(e.sentence.split())))
    return table


def print_events(events: Sequence[Event], fmt: str, title: str | None = None) -> None:
    if fmt == "table":
        console().print(event_table(events, title))
        return
    api.write_events(events, sys.stdout, fmt)


def dyad_table(rows: Sequence[dict[str, Any]], title: str = "Top dyads") -> Table:
    table = Table(title=title, header_style="bold")
    for column, justify in (("source", "left"), ("target", "left"), ("events", "right"), ("conflict", "right"),
                            ("goldstein", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(cell(row["source"]), cell(row["target"]), str(row["events"]), str(row["conflict"]),
                      f"{row['goldstein']:+.1f}")
    return table


def progress_bar(label: str) -> Progress:
    """The progress bar of every command: transient, on stderr, silent when stderr is not a terminal
    (pipes, logs, tests).

    >>> with progress_bar("coding") as bar:  # doctest: +SKIP
    ...     task = bar.add_task("coding", total=None)
    ...     bar.advance(task)
    """
    err = console(err=True)
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal)
