"""The relations network: a signed, weighted, time-decayed graph of actors.

Nodes are actors (country or IGO codes). For each unordered pair, events in both directions are
summed in DuckDB (one ``GROUP BY`` over the dyad, never a Python loop over events):

* ``cooperation`` = Σ decay · weight · intensity over quad 1-2 events, ``conflict`` likewise over
  quad 3-4 (weights and intensities: :mod:`shadowline.analysis.events`);
* decay = ``2 ** (-age_days / half_life_days)``, the age taken from ``as_of`` (default: the latest
  event date), so a clash a half-life ago counts half as much as one today; undated events do not decay;
* ``balance`` = cooperation − conflict (the raw signed sum).

The edge ``weight`` used by blocs, balance and the domino model is on a common scale, [-1, 1]:
``tanh(balance / scale)`` with ``scale`` the 90th percentile of ``|balance|`` over the graph (so the
numbers do not grow with the size of the corpus), plus the structural ties of the pair
(:data:`TIE_WEIGHTS`), clipped to [-1, 1]. Structural ties come from the ``ties`` table (ATOP-style
alliances and rivalries loaded by the user, :mod:`shadowline.store.importers.ties`) and from the events
themselves: asserted military cooperation (AGREE, SUPPORT, COOPERATE or AID with the ``military``
context) between two states becomes a ``defence_cooperation`` tie.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import duckdb
import networkx as nx
import numpy as np

from shadowline.analysis.events import EventFilter, latest_event_date, weighted_events_sql
from shadowline.store.view import active_ties

DEFAULT_HALF_LIFE_DAYS = 180.0

#: What each structural tie adds to the edge weight (on the [-1, 1] scale).
TIE_WEIGHTS: dict[str, float] = {
    "defense": 0.6, "offense": 0.6, "defence_cooperation": 0.3, "neutrality": 0.2,
    "nonaggression": 0.2, "consultation": 0.2, "rivalry": -0.6,
}
#: Ties that oblige a state to join its partner (read by the domino model).
ALLIANCE_TIES: frozenset[str] = frozenset({"defense", "offense"})

EXPORT_FORMATS: tuple[str, ...] = ("json", "graphml", "gexf")


#: Decay per day of the shortest half-life: a half-life of ~1e-6 days or less counts only same-day events
#: (a smaller one would overflow the rate to infinity).
MAX_DECAY_RATE = 1e6


def relations_network(con: duckdb.DuckDBPyConnection, since: date | str | None = None,
                      until: date | str | None = None, half_life_days: float = DEFAULT_HALF_LIFE_DAYS,
                      as_of: date | None = None, with_ties: bool = True) -> nx.Graph:
    """Build the signed relations graph (see module docstring) from the store's events.

    >>> G = relations_network(con, half_life_days=90)  # doctest: +SKIP
    >>> G["AZE"]["FRA"]["weight"] < 0  # doctest: +SKIP
    True
    """
    if half_life_days <= 0:
        raise ValueError("half_life_days must be positive")
    if as_of is not None and until is None:
        until = as_of
    flt = EventFilter(since, until)
    if as_of is None:
        as_of = latest_event_date(con, flt) or date.today()
    base, params = weighted_events_sql(flt)
    rate = min(math.log(2) / half_life_days, MAX_DECAY_RATE)  # a vanishing half-life: only same-day events
    rows = con.execute(f"""
        WITH e AS (
            SELECT LEAST(src, tgt) AS a, GREATEST(src, tgt) AS b, value, weight, plover_type, contexts,
                   CASE WHEN date IS NULL THEN 1.0
                        ELSE exp(-{rate} * GREATEST(date_diff('day', date, CAST(? AS DATE)), 0)) END AS decay
            FROM ({base}))
        SELECT a, b, COUNT(*) AS n,
               SUM(CASE WHEN value > 0 THEN value * decay ELSE 0 END) AS coop,
               SUM(CASE WHEN value < 0 THEN -value * decay ELSE 0 END) AS conflict,
               SUM(CASE WHEN weight >= 1 AND plover_type IN ('AGREE', 'SUPPORT', 'COOPERATE', 'AID')
                         AND list_contains(contexts, 'military') THEN 1 ELSE 0 END) AS n_defence
        FROM e GROUP BY a, b ORDER BY a, b
    """, [str(as_of)] + params).fetchall()
    return network_from_dyads(rows, as_of, half_life_days, active_ties(con, as_of.year) if with_ties else ())


def network_from_dyads(rows: Iterable[tuple[str, str, int, float, float, int]], as_of: date, half_life_days: float,
                       ties: Iterable[tuple[str, str, str]] = ()) -> nx.Graph:
    """The signed graph from per-dyad sums ``(a, b, n_events, cooperation, conflict, n_defence)`` in dyad order,
    with structural `ties` ``(a, b, kind)`` between actors already in it; shared by the DuckDB and Dask paths."""
    G = nx.Graph(as_of=str(as_of), half_life_days=half_life_days)
    for a, b, n, coop, conflict, n_defence in rows:
        G.add_edge(a, b, n_events=int(n), cooperation=float(coop), conflict=float(conflict),
                   balance=float(coop - conflict), ties="")
        if n_defence:
            _add_tie(G, a, b, "defence_cooperation")
    for a, b, kind in ties:
        if a in G and b in G:
            _add_tie(G, a, b, kind)
    _set_weights(G)
    for node in G:
        G.nodes[node]["n_events"] = sum(d.get("n_events", 0) for _, _, d in G.edges(node, data=True))
    return G


def _add_tie(G: nx.Graph, a: str, b: str, kind: str) -> None:
    if not G.has_edge(a, b):
        G.add_edge(a, b, n_events=0, cooperation=0.0, conflict=0.0, balance=0.0, ties="")
    kinds = set(filter(None, G[a][b]["ties"].split(";"))) | {kind}
    G[a][b]["ties"] = ";".join(sorted(kinds))


def _set_weights(G: nx.Graph) -> None:
    balances = np.array([abs(d["balance"]) for _, _, d in G.edges(data=True)] or [0.0])
    nonzero = balances[balances > 0]
    scale = float(np.percentile(nonzero, 90)) if nonzero.size else 1.0
    G.graph["scale"] = scale
    for _, _, d in G.edges(data=True):
        w = math.tanh(d["balance"] / scale)
        w += sum(TIE_WEIGHTS.get(k, 0.0) for k in d["ties"].split(";") if k)
        d["weight"] = max(-1.0, min(1.0, w))


def tie_kinds(G: nx.Graph, a: str, b: str) -> set[str]:
    """The structural ties between `a` and `b` in `G` (empty if none or no edge)."""
    if not G.has_edge(a, b):
        return set()
    return set(filter(None, G[a][b].get("ties", "").split(";")))


def signed_matrix(G: nx.Graph, nodes: list[str] | None = None) -> tuple[list[str], np.ndarray]:
    """The graph's nodes (sorted) and its symmetric signed weight matrix."""
    nodes = sorted(G) if nodes is None else nodes
    index = {n: i for i, n in enumerate(nodes)}
    W = np.zeros((len(nodes), len(nodes)))
    for a, b, d in G.edges(data=True):
        if a in index and b in index and a != b:
            W[index[a], index[b]] = W[index[b], index[a]] = d["weight"]
    return nodes, W




def export_network(G: nx.Graph, fmt: str, out: str | Path | None = None) -> str | None:
    """Write `G` as node-link JSON, GraphML or GEXF to `out` (JSON is returned when `out` is None)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "json":
        text = json.dumps(nx.node_link_data(G, edges="edges"), indent=1, default=str)
        if out is None:
            return text
        Path(out).write_text(text, encoding="utf-8")
        return None
    if out is None:
        raise ValueError(f"{fmt} needs an output file (--out)")
    H = G.copy()
    H.graph = {k: str(v) for k, v in G.graph.items()}
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(H, str(out))
    return None
