"""Analysis commands: dyad, network, blocs, shadow, domino, warn, ties, report.

Each command parses its options, calls one function of the library surface (``shadowline.analysis.dyads``,
``network``, ``blocs``, ``shadow``, ``domino``, ``warn``; ``Store.import_ties``; ``api.briefing``), and prints
the result: a rich table by default, ``result.to_dict()`` as JSON on request.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from shadowline import analysis, api
from shadowline.cli.options import ISO_DATE, db_option, open_events, open_store, parquet_option, window_options, writing
from shadowline.cli.output import cell, console, progress_bar

DEFAULT_HALF_LIFE_DAYS = analysis.DEFAULT_HALF_LIFE_DAYS
EXPORT_FORMATS = analysis.NETWORK_FORMATS

_COUNT = click.IntRange(min=0)


def _half_life_option(f: Any) -> Any:
    return click.option("--half-life", "half_life", default=DEFAULT_HALF_LIFE_DAYS, show_default=True,
                        type=click.FloatRange(min=0, min_open=True),
                        help="Days after which an event counts half as much.")(f)


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))


def _print(table: Table) -> None:
    console().print(table)


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--directed", is_flag=True, help="Only what A does to B (default: both ways).")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="month", show_default=True)
@click.option("--events", "show_events", default=0, show_default=True, type=_COUNT,
              help="Also list the N latest events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@window_options
@db_option
@parquet_option
def dyad_command(a: str, b: str, directed: bool, freq: str, show_events: int, fmt: str, since: str | None,
                 until: str | None, db: str, parquet: str | None) -> None:
    """Time series of one dyad: counts by quad class, Goldstein and PLOVER sums.

    Example: shadowline dyad AZE FRA --freq week --events 5
    Over a Parquet export: shadowline dyad AZE FRA --parquet events-parquet/
    """
    with open_events(db, parquet) as store:
        series = analysis.dyads(store, a, b, freq=freq, directed=directed, since=since, until=until,
                                events=show_events)
    if fmt == "json":
        _echo_json(series.to_dict())
        return
    (a, b), points, events = series.actors, series.points, series.events
    arrow = "->" if directed else "<->"
    table = Table(title=cell(f"{a} {arrow} {b} by {freq}"))
    for col in ("period", "events", "verbal coop", "material coop", "verbal conflict", "material conflict",
                "Goldstein", "PLOVER"):
        table.add_column(col, justify="right" if col != "period" else "left")
    for p in points:
        table.add_row(str(p.period), str(p.n_events), *(str(p.by_quad.get(q, 0)) for q in (1, 2, 3, 4)),
                      f"{p.goldstein:.1f}", f"{p.plover_score:.1f}")
    _print(table)
    if events:
        ev = Table(title="Latest events")
        for col in ("date", "source", "type", "target", "sentence"):
            ev.add_column(col)
        for e in events:
            ev.add_row(cell(e.date), cell(e.source), cell(e.plover_type), cell(e.target), cell(e.sentence))
        _print(ev)


@click.command("network")
@click.option("--format", "fmt", type=click.Choice(["table", *EXPORT_FORMATS]), default="table",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), default=None, help="Write the graph to this file.")
@click.option("--top", default=25, show_default=True, type=_COUNT, help="Ties shown in the table.")
@_half_life_option
@window_options
@db_option
@parquet_option
def network_command(fmt: str, out: str | None, top: int, half_life: float, since: str | None,
                    until: str | None, db: str, parquet: str | None) -> None:
    """The signed relations network (cooperation +, conflict -), time-decayed.

    Example: shadowline network --since 2024-01-01 --format gexf --out relations.gexf
    Over a Parquet export: shadowline network --parquet events-parquet/
    """
    if fmt == "table" and out:
        fmt = Path(out).suffix.lstrip(".").lower()
        if fmt not in EXPORT_FORMATS:
            raise click.UsageError(f"--out {out}: name a .json, .graphml or .gexf file, or pass --format")
    with open_events(db, parquet) as store:
        G = analysis.network(store, since=since, until=until, half_life=half_life).graph
    if fmt != "table":
        with writing(out or "-"):
            text = analysis.export_network(G, fmt, out)
        if text is not None:
            click.echo(text)
        else:
            click.echo(f"wrote {G.number_of_nodes()} actors and {G.number_of_edges()} ties to {out}",
                       err=True)
        return
    table = Table(title=f"Strongest ties ({G.number_of_nodes()} actors, {G.number_of_edges()} ties, "
                        f"as of {G.graph['as_of']})")
    for col in ("actor", "actor", "weight", "cooperation", "conflict", "events", "structural"):
        numeric = col in ("weight", "cooperation", "conflict", "events")
        table.add_column(col, justify="right" if numeric else "left")
    edges = sorted(G.edges(data=True), key=lambda e: (-abs(e[2]["weight"]), e[0], e[1]))[:top]
    for x, y, d in edges:
        colour = "green" if d["weight"] > 0 else "red"
        table.add_row(cell(x), cell(y), f"[{colour}]{d['weight']:+.2f}[/]", f"{d['cooperation']:.2f}",
                      f"{d['conflict']:.2f}", str(d["n_events"]), cell(d["ties"].replace(";", ", ")))
    _print(table)


@click.command("blocs")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--seed", default=0, show_default=True)
@_half_life_option
@window_options
@db_option
def blocs_command(fmt: str, seed: int, half_life: float, since: str | None, until: str | None,
                  db: str) -> None:
    """Blocs (signed communities), the structural balance index and the most unbalanced triads.

    Example: shadowline blocs --since 2024-01-01 --format json
    """
    with open_store(db) as store:
        report = analysis.blocs(store, since=since, until=until, half_life=half_life, seed=seed)
    if fmt == "json":
        _echo_json(report.to_dict())
        return
    partition, bal = report.partition, report.balance
    table = Table(title=f"Blocs (partition fit {partition.fit:.0%})")
    table.add_column("bloc", justify="right")
    table.add_column("members")
    table.add_column("cohesion", justify="right")
    for i, b in enumerate(partition.blocs, 1):
        table.add_row(str(i), cell(", ".join(b.members)), f"{b.cohesion:+.2f}")
    _print(table)
    console().print(f"Structural balance: {bal.index:.1%} of {bal.n_triads} closed triads are balanced "
                    f"({bal.weak_index:.1%} counting three mutual enemies as balanced)")
    if bal.unbalanced:
        tri = Table(title="Most unbalanced triads")
        for col in ("actors", "ties (ab, bc, ac)", "strain"):
            tri.add_column(col)
        for t in bal.unbalanced:
            tri.add_row(cell(" - ".join(t.actors)), ", ".join(f"{w:+.2f}" for w in t.weights), f"{t.strain:.2f}")
        _print(tri)


@click.command("shadow")
@click.option("--top", default=10, show_default=True, type=_COUNT, help="Dyads shown.")
@click.option("--evidence", default=3, show_default=True, type=_COUNT, help="Events shown per dyad.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@window_options
@db_option
def shadow_command(top: int, evidence: int, fmt: str, since: str | None, until: str | None, db: str) -> None:
    """Dyads whose hostility runs through hybrid means and proxies rather than open fighting.

    Example: shadowline shadow --top 5 --evidence 3
    """
    with open_store(db) as store:
        report = analysis.shadow(store, top=top, evidence=evidence, since=since, until=until)
    if fmt == "json":
        _echo_json(report.to_dict())
        return
    rows = report.dyads
    table = Table(title="Shadow conflicts", show_lines=True)
    for col in ("dyad", "score", "hybrid share", "channels", "evidence"):
        table.add_column(col)
    for r in rows:
        table.add_row(cell(" - ".join(r.actors)), f"{r.score:.2f}", f"{r.ratio:.0%}",
                      cell(", ".join(f"{k} ({v})" for k, v in r.channels.items())),
                      "\n".join(cell(f"[{e.event_id[:8]}] {e.sentence}") for e in r.evidence))
    _print(table)


@click.command("domino")
@click.argument("src")
@click.argument("tgt")
@click.option("--runs", default=10_000, show_default=True, type=click.IntRange(min=1))
@click.option("--seed", default=0, show_default=True)
@click.option("--top", default=20, show_default=True, type=_COUNT, help="Actors shown in the table.")
@click.option("--p-alliance", default=analysis.CascadeParams.p_alliance, show_default=True,
              type=click.FloatRange(0, 1), help="Chance an ally honours a defence obligation.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_half_life_option
@window_options
@db_option
def domino_command(src: str, tgt: str, runs: int, seed: int, top: int, p_alliance: float, fmt: str,
                   half_life: float, since: str | None, until: str | None, db: str) -> None:
    """Monte-Carlo domino cascade from a shock between SRC and TGT (see docs/domino.md).

    Example: shadowline domino FRA AZE --runs 10000 --seed 1
    """
    with open_store(db) as store, progress_bar("simulating") as bar:
        task = bar.add_task("runs", total=runs)
        report = analysis.domino(store, src, tgt, runs=runs, seed=seed, top=top, p_alliance=p_alliance,
                                 since=since, until=until, half_life=half_life,
                                 progress=lambda done: bar.update(task, completed=done))
    if fmt == "json":
        _echo_json(report.to_dict())
        return
    result, src, tgt = report.result, src.upper(), tgt.upper()
    table = Table(title=cell(f"Domino: {src} vs {tgt} ({runs} runs, seed {seed})"),
                  caption="path: A -> B pulls B to A's side; A -x B pushes B to the other side")
    for col in ("actor", "drawn in", "side", "on that side", "most likely path"):
        table.add_column(col, justify="right" if col in ("drawn in", "on that side") else "left")
    for a in result.actors[:top]:
        table.add_row(cell(a.actor), f"{a.p_join:.1%}", cell(a.side), f"{a.p_side:.0%}",
                      cell(result.describe_path(a.paths[0])) if a.paths else "")
    _print(table)


@click.command("warn")
@click.option("--window", default=4, show_default=True, type=click.IntRange(min=1),
              help="Recent window, in weeks.")
@click.option("--baseline", default=52, show_default=True, type=click.IntRange(min=1),
              help="Baseline before it, in weeks.")
@click.option("--threshold", default=2.0, show_default=True, help="z-score that raises an alert.")
@click.option("--as-of", "as_of", default=None, type=ISO_DATE,
              help="End of the recent window (default: latest event).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
def warn_command(window: int, baseline: int, threshold: float, as_of: str | None, fmt: str, db: str) -> None:
    """Escalation alerts: dyads whose recent weekly conflict departs from their own baseline.

    Example: shadowline warn --window 4 --baseline 52 --threshold 2
    """
    with open_store(db) as store:
        report = analysis.warn(store, window=window, baseline=baseline, threshold=threshold, as_of=as_of)
    if fmt == "json":
        _echo_json(report.to_dict())
        return
    alerts = report.alerts
    if not alerts:
        console().print("No dyad is above its baseline.")
        return
    table = Table(title="Escalation alerts", show_lines=True)
    for col in ("dyad", "z", "recent / week", "baseline / week", "events", "evidence"):
        table.add_column(col)
    for a in alerts:
        table.add_row(cell(" - ".join(a.actors)), f"{a.z:.1f}", f"{a.recent_mean:.2f}", f"{a.baseline_mean:.2f}",
                      str(a.n_recent), "\n".join(cell(f"{e.date} {e.sentence}") for e in a.evidence))
    _print(table)


@click.group("ties")
def ties_group() -> None:
    """Structural ties (alliances, rivalries) loaded from your own files."""


@ties_group.group("import")
def ties_import_group() -> None:
    """Import an alliance or rivalry file into the store (format: docs/analysis.md)."""


def _import(kind: str, file: str, db: str) -> None:
    with open_store(db, read_only=False) as store:
        result = store.import_ties(file, kind)
    for message in result.errors:
        click.echo(message, err=True)
    click.echo(f"{result.ties_written} ties written from {result.rows_read} rows of {file}"
               f"{f'; {len(result.errors)} rows skipped' if result.errors else ''}")


@ties_import_group.command("atop")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def ties_import_atop(file: str, db: str) -> None:
    """Import an ATOP-style alliance table (state_a,state_b or ccode1,ccode2; year; defense, ...).

    Example: shadowline ties import atop atop_alliance.csv
    """
    _import("atop", file, db)


@ties_import_group.command("rivalries")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def ties_import_rivalries(file: str, db: str) -> None:
    """Import a rivalry table (ccode1,ccode2 or state_a,state_b; styear; endyear).

    Example: shadowline ties import rivalries td_rivalries.csv
    """
    _import("rivalries", file, db)


@click.command("report")
@click.option("--out", default="brief.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--title", default="shadowline briefing", show_default=True)
@db_option
def report_command(out: str, title: str, db: str) -> None:
    """Write a self-contained HTML briefing (findings, timelines, network, shadow, domino, events).

    Example: shadowline report --out brief.html
    """
    with open_store(db) as store, writing(out):
        path = api.briefing(store, out, title=title)
    click.echo(f"wrote {path}")


COMMANDS: tuple[click.Command, ...] = (dyad_command, network_command, blocs_command, shadow_command,
                                       domino_command, warn_command, ties_group, report_command)


def register(cli_group: click.Group) -> None:
    """Add the analysis commands to the main ``shadowline`` group."""
    for command in COMMANDS:
        cli_group.add_command(command)
