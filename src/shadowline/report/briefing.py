"""The HTML briefing: one self-contained page a person reads, built from the analysis functions.

Every piece of text from the data is escaped; plots are inline SVG; the page needs no network.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import networkx as nx

from shadowline.analysis.balance import BalanceReport, structural_balance
from shadowline.analysis.blocs import BlocPartition, find_blocs
from shadowline.analysis.domino import CascadeResult, simulate_cascade
from shadowline.analysis.dyads import DyadEvent, dyad_series, fetch_events
from shadowline.analysis.events import EventFilter, weighted_events_sql
from shadowline.analysis.network import relations_network
from shadowline.analysis.shadow import ShadowDyad, shadow_conflicts
from shadowline.analysis.warning import Alert, escalation_alerts
from shadowline.report import figures

STYLE = "\n".join((
    "body{font:15px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;",
    "max-width:980px;margin:2em auto;padding:0 1em}",
    "h1{margin-bottom:0}.sub{color:#666;margin-top:.2em}",
    "h2{border-bottom:2px solid #eee;padding-bottom:.2em;margin-top:2em}",
    "table{border-collapse:collapse;width:100%;font-size:13px;margin:.5em 0}",
    "th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}",
    "th{background:#f6f6f6}td.n,th.n{text-align:right;white-space:nowrap}",
    "mark.src{background:#cfe3f7;border-radius:3px;padding:0 2px}",
    "mark.tgt{background:#fbd5c4;border-radius:3px;padding:0 2px}ul.findings li{margin:.3em 0}",
    ".swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}",
    ".ev{font-size:12px;color:#444}.id{color:#999;font-family:monospace;font-size:11px}",
    "figure{margin:1em 0}svg{max-width:100%;height:auto}",
))


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def highlight(sentence: str | None, source_text: str | None, target_text: str | None) -> str:
    """The sentence as escaped HTML with the source and target mentions marked."""
    text = sentence or ""
    spans: list[tuple[int, int, str]] = []
    for mention, cls in ((source_text, "src"), (target_text, "tgt")):
        if not mention:
            continue
        start = text.lower().find(mention.lower())
        if start >= 0 and all(start >= e or start + len(mention) <= s for s, e, _ in spans):
            spans.append((start, start + len(mention), cls))
    out, pos = [], 0
    for start, end, cls in sorted(spans):
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{cls}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f'<th class="n">{_e(h)}</th>' if i in numeric else f"<th>{_e(h)}</th>"
                   for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _evidence(events: list[DyadEvent]) -> str:
    return "<br>".join(f'<span class="ev">{highlight(e.sentence, e.source_text, e.target_text)} '
                       f'<span class="id">{_e(e.event_id[:10])}</span></span>' for e in events)


def _top_events(con: duckdb.DuckDBPyConnection, limit: int) -> list[DyadEvent]:
    base, params = weighted_events_sql(EventFilter())
    order = "ABS(value) DESC, date DESC NULLS LAST, event_id"
    return fetch_events(con, f"SELECT * FROM ({base}) ORDER BY {order} LIMIT {int(limit)}", params)


def _hostile_dyads(G: nx.Graph, n: int) -> list[tuple[str, str]]:
    edges = sorted(G.edges(data=True), key=lambda e: (e[2]["weight"], -e[2]["conflict"], e[0], e[1]))
    return [(min(a, b), max(a, b)) for a, b, d in edges[:n] if d["weight"] < 0]


def write_report(con: duckdb.DuckDBPyConnection, out_path: str | Path, title: str = "shadowline briefing",
                 runs: int = 2_000, seed: int = 0) -> Path:
    """Write the HTML briefing for the store behind `con` to `out_path` and return the path.

    >>> write_report(duckdb.connect("shadowline.duckdb", read_only=True), "brief.html")  # doctest: +SKIP
    PosixPath('brief.html')
    """
    out_path = Path(out_path)
    G = relations_network(con)
    summary = f"SELECT COUNT(*), MIN(date), MAX(date) FROM ({weighted_events_sql()[0]})"
    n_events, first, last = con.execute(summary).fetchall()[0]
    sections = [f"<h1>{_e(title)}</h1><p class='sub'>{n_events:,} events, {G.number_of_nodes()} actors, "
                f"{_e(first)} to {_e(last)}. Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC. "
                "Weights decay with a half-life of "
                f"{G.graph.get('half_life_days', 0):.0f} days.</p>"]
    if G.number_of_nodes() == 0:
        sections.append("<p>No events between two known actors: nothing to analyse yet.</p>")
        return _write(out_path, title, sections)
    partition = find_blocs(G, seed=seed)
    balance = structural_balance(G, top=8)
    shadows = shadow_conflicts(con, top=10, evidence=3)
    hostile = _hostile_dyads(G, 3)
    cascade = simulate_cascade(G, hostile[0][0], hostile[0][1], runs=runs, seed=seed) if hostile else None
    alerts = escalation_alerts(con, top=10, evidence=2)
    sections.append(_findings(partition, balance, shadows, cascade, alerts))
    sections.append("<h2>Dyad timelines</h2><p>The most hostile dyads in the network, month by month "
                    "(cooperation up, conflict down).</p>")
    for i, (a, b) in enumerate(hostile):
        fig = figures.dyad_timeline(dyad_series(con, a, b, freq="month"), f"{a} – {b}")
        sections.append(f"<figure>{figures.strip_ids(fig, f'tl{i}')}</figure>")
    sections.append(_network_section(G, partition, balance))
    sections.append(_shadow_section(shadows))
    if cascade:
        sections.append(_domino_section(cascade, partition))
    sections.append(_alerts_section(alerts))
    top = _top_events(con, 15)
    sections.append("<h2>Top events</h2><p>The most intense events, with their sentences "
                    "(<mark class='src'>source</mark>, <mark class='tgt'>target</mark>).</p>" + _table(
                        ["date", "source", "type", "target", "sentence"],
                        [[_e(e.date), _e(e.source), _e(e.plover_type), _e(e.target),
                          highlight(e.sentence, e.source_text, e.target_text)] for e in top]))
    return _write(out_path, title, sections)


def _findings(partition: BlocPartition, balance: BalanceReport, shadows: list[ShadowDyad],
              cascade: CascadeResult | None, alerts: list[Alert]) -> str:
    items = []
    big = [b for b in partition.blocs if len(b.members) > 1]
    if len(big) >= 2:
        sides = [", ".join(_e(m) for m in b.members[:8]) + (" …" if len(b.members) > 8 else "")
                 for b in big[:3]]
        items.append(f"<b>{len(big)} blocs</b>: " + " <i>versus</i> ".join(sides) + ".")
    strained = (f"; the most strained is {_e(' – '.join(balance.unbalanced[0].actors))}."
                if balance.unbalanced else ".")
    items.append(f"<b>Structural balance</b>: {balance.index:.0%} of {balance.n_triads} closed triads "
                 f"are balanced{strained}")
    if shadows:
        s = shadows[0]
        items.append(f"<b>Shadow conflict</b>: {_e(' – '.join(s.actors))} — {s.ratio:.0%} of its hostility "
                     f"runs through {_e(', '.join(s.channels) or 'hybrid means')}.")
    if cascade:
        drawn = [a for a in cascade.actors if a.p_join >= 0.1][:5]
        items.append(f"<b>Domino</b>: a clash between {_e(cascade.shock[0])} and {_e(cascade.shock[1])} most "
                     "likely draws in " + (", ".join(f"{_e(a.actor)} ({a.p_join:.0%}, with {_e(a.side)})"
                                                       for a in drawn) or "nobody beyond them") + ".")
    if alerts:
        items.append("<b>Escalation</b>: " + ", ".join(f"{_e(' – '.join(a.actors))} (z = {a.z:.1f})"
                                                        for a in alerts[:3]) + ".")
    listed = "".join(f"<li>{i}</li>" for i in items)
    return f"<h2>Headline findings</h2><ul class='findings'>{listed}</ul>"


def _network_section(G: nx.Graph, partition: BlocPartition, balance: BalanceReport) -> str:
    colours = figures.BLOC_COLOURS
    legend = " ".join(f"<span><span class='swatch' style='background:{colours[i]}'></span>bloc {i + 1}</span>"
                      for i, b in enumerate(partition.blocs[:len(colours)]) if len(b.members) > 1)
    rows = [[str(i + 1), _e(", ".join(b.members)), f"{b.cohesion:+.2f}"]
            for i, b in enumerate(partition.blocs)]
    triads = [[_e(" – ".join(t.actors)), _e(", ".join(f"{w:+.2f}" for w in t.weights)), f"{t.strain:.2f}"]
              for t in balance.unbalanced]
    drawing = figures.strip_ids(figures.network_map(G, partition), "net")
    triad_table = ("<h3>Most unbalanced triads</h3>"
                   + _table(["actors", "ties (ab, bc, ac)", "strain"], triads, {2})) if triads else ""
    return ("<h2>Relations network and blocs</h2><p>Solid green: cooperation; dashed red: conflict; "
            f"colour: bloc. {legend}</p><figure>{drawing}</figure>"
            + _table(["bloc", "members", "cohesion"], rows, {2}) + triad_table)


def _shadow_section(shadows: list[ShadowDyad]) -> str:
    rows = [[_e(" – ".join(s.actors)), f"{s.score:.2f}", f"{s.ratio:.0%}",
             _e(", ".join(f"{k} ({v})" for k, v in s.channels.items())), _evidence(s.evidence)]
            for s in shadows]
    return ("<h2>Shadow conflicts</h2><p>Hostility carried by information operations, separatist support, "
            "proxies, cyber, interference and coercion, relative to open material conflict.</p>"
            + (_table(["dyad", "score", "hybrid share", "channels", "evidence"], rows, {1, 2}) if rows
               else "<p>No hybrid hostility in the store.</p>"))


def _side_colours(partition: BlocPartition, src: str, tgt: str) -> tuple[str, str]:
    """The colours of the shock actors' blocs in the network drawing (defaults when they share one)."""
    palette = figures.BLOC_COLOURS
    i, j = partition.bloc_of(src), partition.bloc_of(tgt)
    if i is None or j is None or i == j or max(i, j) >= len(palette):
        return palette[0], palette[1]
    return palette[i], palette[j]


def _domino_section(cascade: CascadeResult, partition: BlocPartition) -> str:
    src, tgt = cascade.shock
    shown = [a for a in cascade.actors if a.p_join > 0][:15]
    bars = figures.domino_bars([a.actor for a in shown], [a.p_source_side for a in shown],
                               [a.p_target_side for a in shown], src, tgt, _side_colours(partition, src, tgt))
    rows = [[_e(a.actor), f"{a.p_join:.1%}", _e(a.side), f"{a.p_side:.0%}",
             _e(cascade.describe_path(a.paths[0]) if a.paths else "")] for a in shown]
    return (f"<h2>Domino: {_e(src)} versus {_e(tgt)}</h2><p>{cascade.runs:,} Monte-Carlo runs (seed "
            f"{cascade.seed}) of the cascade model: alliances and cooperation pull an actor to its partner's "
            "side, hostility to the other side. In a path, <code>A -&gt; B</code> pulls B to A's side and "
            "<code>A -x B</code> pushes B to the other side.</p>"
            f"<figure>{figures.strip_ids(bars, 'dom')}</figure>"
            + _table(["actor", "drawn in", "side", "on that side", "most likely path"], rows, {1, 3}))


def _alerts_section(alerts: list[Alert]) -> str:
    if not alerts:
        return "<h2>Escalation alerts</h2><p>No dyad is above its own baseline.</p>"
    rows = [[_e(" – ".join(a.actors)), f"{a.z:.1f}", f"{a.recent_mean:.2f}", f"{a.baseline_mean:.2f}",
             _evidence(a.evidence)] for a in alerts]
    return ("<h2>Escalation alerts</h2>"
            + _table(["dyad", "z", "recent / week", "baseline / week", "events"], rows, {1, 2, 3}))


def _write(out_path: Path, title: str, sections: list[str]) -> Path:
    page = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<style>{STYLE}</style></head><body>{''.join(sections)}</body></html>")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(page, encoding="utf-8")
    return out_path
