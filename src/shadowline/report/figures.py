"""Figures of the briefing, drawn with matplotlib's object API (no pyplot state) as inline SVG."""

from __future__ import annotations

import io
import re
from typing import Any

import networkx as nx
import numpy as np
from matplotlib import rcParams
from matplotlib.figure import Figure

from shadowline.analysis.blocs import BlocPartition
from shadowline.analysis.dyads import DyadPoint

#: Bloc colours (colour-blind safe, Okabe & Ito); actors outside any listed bloc are grey.
BLOC_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
COOPERATION, CONFLICT = "#1b9e77", "#d7301f"


def svg(fig: Figure) -> str:
    """The figure as an inline ``<svg>`` element (no XML prolog, text kept as text)."""
    buf = io.StringIO()
    with rcParams_context():
        fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg"):]


class rcParams_context:  # noqa: N801 - mirrors matplotlib's rc_context
    """Keep SVG text as text (smaller, searchable), restoring the caller's setting afterwards."""

    def __enter__(self) -> None:
        self.saved = rcParams["svg.fonttype"]
        rcParams["svg.fonttype"] = "none"

    def __exit__(self, *exc: object) -> None:
        rcParams["svg.fonttype"] = self.saved


def dyad_timeline(points: list[DyadPoint], title: str) -> str:
    """Cooperation above the axis, conflict below, per period, as SVG."""
    fig = Figure(figsize=(7.5, 2.4))
    ax = fig.add_subplot()
    if points:
        x: Any = [p.period for p in points]
        width = max(2.0, 0.8 * float(np.median(np.diff([d.toordinal() for d in x])))) if len(x) > 1 else 20.0
        # Bars start at the period's first day and cover it, so a month's bar sits on its month.
        ax.bar(x, [p.cooperation for p in points], width=width, align="edge", color=COOPERATION,
               label="cooperation")
        ax.bar(x, [-p.conflict for p in points], width=width, align="edge", color=CONFLICT, label="conflict")
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.02), ncol=2, fontsize=8, frameon=False)
    ax.axhline(0, color="#444", linewidth=0.6)
    ax.set_title(title, fontsize=10, loc="right")
    ax.set_ylabel("weighted events", fontsize=8)
    ax.tick_params(labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.autofmt_xdate()
    return svg(fig)


def network_map(G: nx.Graph, partition: BlocPartition, max_edges: int = 400, seed: int = 7) -> str:
    """The relations network, actors coloured by bloc, ties green (+) or red (-), as SVG."""
    fig = Figure(figsize=(7.5, 6.0))
    ax = fig.add_subplot()
    ax.set_axis_off()
    if G.number_of_nodes() == 0:
        return svg(fig)
    edges = sorted(G.edges(data=True), key=lambda e: -abs(e[2]["weight"]))[:max_edges]
    H = nx.Graph()
    H.add_nodes_from(G)
    for a, b, d in edges:
        # Layout pulls friends together; hostile ties only weakly.
        H.add_edge(a, b, w=max(d["weight"], 0.05))
    pos = nx.spring_layout(H, weight="w", seed=seed, k=1.5 / max(np.sqrt(len(H)), 1))
    colour = {}
    for i, bloc in enumerate(partition.blocs):
        for m in bloc.members:
            colour[m] = BLOC_COLOURS[i] if len(bloc.members) > 1 and i < len(BLOC_COLOURS) else "#999999"
    for a, b, d in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color=COOPERATION if d["weight"] > 0 else CONFLICT,
                linewidth=0.4 + 2.2 * abs(d["weight"]), alpha=0.55, zorder=1,
                linestyle="-" if d["weight"] > 0 else "--")
    strength = dict(G.degree(weight=None))
    top = max(strength.values()) or 1
    for node, (x, y) in pos.items():
        ax.scatter([x], [y], s=60 + 240 * strength[node] / top, color=colour.get(node, "#999999"),
                   edgecolors="white", linewidths=0.8, zorder=2)
        ax.annotate(str(node), (x, y), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8,
                    zorder=3)
    return svg(fig)


def domino_bars(names: list[str], p_source: list[float], p_target: list[float], source: str,
                target: str, colours: tuple[str, str] = BLOC_COLOURS[:2]) -> str:
    """Horizontal bars: probability of joining each side, per actor, as SVG."""
    fig = Figure(figsize=(7.5, 0.3 * len(names) + 0.8))
    ax = fig.add_subplot()
    y = np.arange(len(names))[::-1]
    ax.barh(y, p_source, color=colours[0], label=f"with {source}")
    ax.barh(y, p_target, left=p_source, color=colours[1], label=f"with {target}")
    ax.set_yticks(y, names, fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_xlabel("probability of being drawn in", fontsize=8)
    ax.tick_params(labelsize=8)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return svg(fig)


def strip_ids(svg_text: str, prefix: str) -> str:
    """Make the ids of one inline SVG unique in the page (several figures share matplotlib's ids)."""
    return re.sub(r'(id="|url\(#|href="#)([^")]+)', lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg_text)
