"""Blocs: signed community detection on the relations network.

Blocs are found by *correlation clustering* (Bansal, Blum & Chawla 2004, "Correlation clustering",
Machine Learning 56): choose the partition that minimises the frustration

    F = Σ_{i,j same bloc} max(-w_ij, 0) + Σ_{i,j different blocs} max(w_ij, 0),

i.e. hostility inside blocs plus friendship across them (Doreian & Mrvar 1996, "A partitioning
approach to structural balance", Social Networks 18). Since ``F = Σ⁺w − Σ_{same} w``, this is the
same as maximising the total weight inside blocs, and the number of blocs is not fixed in advance.

Starts come from the spectrum of the signed adjacency matrix (Kunegis et al. 2010, "Spectral
analysis of signed graphs for clustering, prediction and visualization", SDM): the leading
eigenvectors, clustered by k-means for k = 2..5; each start is refined by greedy single-actor moves
(vectorised) until no move lowers F; the best result wins. Seeded, so results are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from shadowline.analysis.network import signed_matrix


@dataclass
class Bloc:
    """A bloc: its members (largest tie strength first) and its internal cohesion (mean weight)."""

    members: list[str]
    cohesion: float = 0.0


@dataclass
class BlocPartition:
    """The blocs of a network, largest first, with the frustration of the partition."""

    blocs: list[Bloc] = field(default_factory=list)
    frustration: float = 0.0
    #: share of the absolute edge weight that the partition respects (1 = perfectly polarised)
    fit: float = 1.0

    def bloc_of(self, actor: str) -> int | None:
        """The index of `actor`'s bloc, or None."""
        return next((i for i, b in enumerate(self.blocs) if actor in b.members), None)


def _kmeans(X: np.ndarray, k: int, rng: np.random.Generator, iters: int = 50) -> np.ndarray:
    centres = [X[rng.integers(len(X))]]
    for _ in range(1, k):  # k-means++ seeding
        d2 = np.min(((X[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
        p = d2 / d2.sum() if d2.sum() > 0 else None
        centres.append(X[rng.choice(len(X), p=p)])
    C = np.array(centres)
    labels = np.zeros(len(X), dtype=int)
    for _ in range(iters):
        labels = ((X[:, None, :] - C[None]) ** 2).sum(-1).argmin(1)
        new = np.array([X[labels == j].mean(0) if np.any(labels == j) else C[j] for j in range(k)])
        if np.allclose(new, C):
            break
        C = new
    return labels


def _refine(W: np.ndarray, labels: np.ndarray, max_rounds: int = 50) -> np.ndarray:
    """Greedy moves: put each actor in the bloc (or a new one) with the largest weight to it."""
    labels = labels.copy()
    n = len(labels)
    for _ in range(max_rounds):
        moved = False
        for i in range(n):
            k = labels.max() + 2
            onehot = np.zeros((n, k))
            onehot[np.arange(n), labels] = 1.0
            onehot[i] = 0.0
            gains = W[i] @ onehot  # weight from i to each bloc; the last column is an empty bloc
            best = int(np.argmax(gains))
            if gains[best] > gains[labels[i]] + 1e-12:
                labels[i] = best
                moved = True
        _, labels = np.unique(labels, return_inverse=True)
        if not moved:
            break
    return labels


def frustration(W: np.ndarray, labels: np.ndarray) -> float:
    """Σ negative weight inside blocs + Σ positive weight across blocs (each pair once)."""
    same = labels[:, None] == labels[None, :]
    iu = np.triu_indices(len(labels), 1)
    w, s = W[iu], same[iu]
    return float(np.clip(-w[s], 0, None).sum() + np.clip(w[~s], 0, None).sum())


def find_blocs(G: nx.Graph, seed: int = 0, max_blocs: int = 5, min_degree: int = 1) -> BlocPartition:
    """Partition the actors of `G` into signed blocs (see module docstring).

    Actors with fewer than `min_degree` ties are left out. Single-member blocs are kept (a loner is
    an answer too), listed last.

    >>> [b.members for b in find_blocs(G).blocs]  # doctest: +SKIP
    [['FRA', 'ARM', 'GRC', 'UKR'], ['AZE', 'TUR', 'RUS', 'MLI']]
    """
    nodes = [n for n in G if G.degree(n) >= min_degree]
    if not nodes:
        return BlocPartition()
    nodes, W = signed_matrix(G, sorted(nodes))
    n = len(nodes)
    rng = np.random.default_rng(seed)
    vals, vecs = np.linalg.eigh(W)
    order = np.argsort(vals)[::-1]
    candidates = [np.zeros(n, dtype=int)]
    for k in range(2, min(max_blocs, n) + 1):
        X = vecs[:, order[:k]] * np.abs(vals[order[:k]])
        if k == 2:
            candidates.append((vecs[:, order[0]] < 0).astype(int))
        candidates.append(_kmeans(X, k, rng))
    best, best_f = candidates[0], np.inf
    for labels in candidates:
        refined = _refine(W, labels)
        f = frustration(W, refined)
        if f < best_f - 1e-12:
            best, best_f = refined, f
    total = float(np.abs(W[np.triu_indices(n, 1)]).sum())
    blocs = []
    for j in np.unique(best):
        idx = np.where(best == j)[0]
        strength = W[np.ix_(idx, idx)].sum(1)
        members = [nodes[i] for i in idx[np.argsort(-strength, kind="stable")]]
        sub = W[np.ix_(idx, idx)][np.triu_indices(len(idx), 1)]
        nz = sub[sub != 0]
        blocs.append(Bloc(members=members, cohesion=float(nz.mean()) if nz.size else 0.0))
    blocs.sort(key=lambda b: (-len(b.members), b.members))
    return BlocPartition(blocs=blocs, frustration=best_f, fit=1.0 - best_f / total if total else 1.0)
