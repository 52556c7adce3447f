"""Structural balance of the relations network.

Heider's balance ("the friend of my friend is my friend, the enemy of my enemy is my friend"),
formalised for signed graphs by Cartwright & Harary (1956, "Structural balance: a generalization of
Heider's theory", Psychological Review 63): a triad of three mutually tied actors is *balanced* when
the product of its three edge signs is positive (+++ or +−−) and *unbalanced* otherwise (++− or −−−).

The balance index is the fraction of balanced triads among all closed triads, computed with matrix
traces: for the sign matrix S, ``tr(|S|³)/6`` counts triads and ``(tr(|S|³) + tr(S³))/12`` counts the
balanced ones. With more than two blocs, all-hostile triads (−−−) are expected; Davis (1967,
"Clustering and structural balance in graphs", Human Relations 20) counts them as balanced, and
``weak_index`` reports that share too. The most unbalanced triads are the unbalanced ones with the
strongest ties (geometric mean of ``|w|``): where the system is under strain and an alignment may shift.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np

from shadowline.analysis.network import signed_matrix


@dataclass
class Triad:
    """Three actors, the signed weights of their three ties (ab, bc, ac) and the strain."""

    actors: tuple[str, str, str]
    weights: tuple[float, float, float]
    strain: float


@dataclass
class BalanceReport:
    """Balance index (fraction of balanced triads), triad counts, most unbalanced triads."""

    index: float
    n_triads: int
    n_balanced: int
    unbalanced: list[Triad]
    weak_index: float = 1.0  # Davis's weak balance: all-hostile triads count as balanced


def balance_index(G: nx.Graph, min_weight: float = 0.0) -> tuple[float, int, int]:
    """(fraction balanced, number of triads, number balanced); ties with ``|w| <= min_weight`` ignored.

    A graph with no closed triad has index 1.0 (nothing is out of balance).

    >>> balance_index(G)  # doctest: +SKIP
    (0.83, 12, 10)
    """
    _, W = signed_matrix(G)
    S = np.sign(W) * (np.abs(W) > min_weight)
    A = np.abs(S)
    total = int(round(np.trace(A @ A @ A) / 6))
    balanced = int(round((np.trace(A @ A @ A) + np.trace(S @ S @ S)) / 12))
    return (balanced / total if total else 1.0), total, balanced


def unbalanced_triads(G: nx.Graph, top: int = 10, min_weight: float = 0.0) -> list[Triad]:
    """The `top` unbalanced triads with the strongest ties, strongest first."""
    nodes, W = signed_matrix(G)
    W = np.where(np.abs(W) > min_weight, W, 0.0)
    found: list[Triad] = []
    n = len(nodes)
    for i in range(n):
        js = np.nonzero(W[i, i + 1:])[0] + i + 1
        if len(js) < 2:
            continue
        sub = W[np.ix_(js, js)]
        jj, kk = np.nonzero(np.triu(sub, 1))
        if not len(jj):
            continue
        wij, wik, wjk = W[i, js[jj]], W[i, js[kk]], sub[jj, kk]
        bad = wij * wik * wjk < 0
        if not bad.any():
            continue
        strain = np.cbrt(np.abs(wij * wik * wjk))
        for t in np.nonzero(bad)[0]:
            j, k = js[jj[t]], js[kk[t]]
            found.append(Triad((nodes[i], nodes[j], nodes[k]),
                               (float(wij[t]), float(wjk[t]), float(wik[t])), float(strain[t])))
        if len(found) > 20 * top:  # keep memory bounded on dense graphs
            found.sort(key=lambda t: -t.strain)
            del found[top:]
    found.sort(key=lambda t: (-t.strain, t.actors))
    return found[:top]


def structural_balance(G: nx.Graph, top: int = 10, min_weight: float = 0.0) -> BalanceReport:
    """Balance index, triad counts and the `top` most unbalanced triads of `G`."""
    index, total, balanced = balance_index(G, min_weight)
    _, W = signed_matrix(G)
    N = ((W < 0) & (np.abs(W) > min_weight)).astype(float)
    all_hostile = int(round(np.trace(N @ N @ N) / 6))
    return BalanceReport(index=index, n_triads=total, n_balanced=balanced,
                         unbalanced=unbalanced_triads(G, top, min_weight),
                         weak_index=(balanced + all_hostile) / total if total else 1.0)
