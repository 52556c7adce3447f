"""Domino: a probabilistic cascade from one hostile dyad through the signed relations network.

Model (an independent-cascade model, Kempe, Kleinberg & Tardos 2003, "Maximizing the spread of
influence through a social network", KDD, with two sides instead of one): a shock sets actor SRC
against actor TGT. In each round, every actor that joined in the previous round gets one chance to
draw each uninvolved neighbour in:

* to **its own side**, through an alliance (ATOP defence/offence obligation, probability
  ``p_alliance``), military cooperation seen in the events (``p_defence_cooperation``) or
  cooperation (``p_cooperation`` × the cooperative strength of the pair, in [0, 1]);
* to **the other side**, through rivalry (``p_rivalry``) or hostility (``p_hostility`` × the hostile
  strength), because the enemy of my side's member takes the other side (Heider / Cartwright–Harary
  balance, see :mod:`shadowline.analysis.balance`).

Channels are independent; a neighbour pulled both ways in one round takes a side in proportion to
the two pulls. Joined actors never switch. The run stops when a round adds nobody. Each actor's
``p_join`` is the share of Monte-Carlo runs in which it joined, ``p_side`` the share of those in
which it took its modal side. The *paths* are the most probable transmission chains (Yen's k
shortest paths over ``-log p``), the side predicted by each path follows the parity of its hostile links.

Defaults and where they come from:

* ``p_alliance = 0.35``: Sabrosky (1980, "Interstate alliances: their reliability and the expansion
  of war", in Singer ed., *The Correlates of War II*) found allies joined a partner's war in roughly a
  quarter of cases; Leeds, Long & Mitchell (2000, "Reevaluating alliance reliability", *Journal of
  Conflict Resolution* 44(5)) found about three in four commitments honoured when the treaty's
  conditions were actually met; Leeds (2003, "Alliance reliability in times of war: explaining state
  decisions to violate treaties", *International Organization* 57(4)) explains the violations. A
  shock does not always trigger the treaty's conditions, hence a value between 0.25 and 0.5.
* ``p_rivalry = 0.3``, ``p_hostility = 0.25``, ``p_cooperation = 0.2``,
  ``p_defence_cooperation = 0.15``: assumptions, not estimates; rivals are the pairs most likely to
  fight (Thompson 2001, "Identifying rivals and rivalries in world politics", *International Studies
  Quarterly* 45(4)) so rivalry pulls hardest after alliances. Calibrate them on your own data.

Vectorised: all runs advance together as ``runs × actors`` matrices; one round is one matrix
product with the log-survival matrix. Seeded and reproducible.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import islice

import networkx as nx
import numpy as np

from shadowline.analysis.network import ALLIANCE_TIES, tie_kinds


@dataclass(frozen=True)
class CascadeParams:
    """Probabilities of the cascade model (see module docstring for sources)."""

    p_alliance: float = 0.35
    p_defence_cooperation: float = 0.15
    p_cooperation: float = 0.2
    p_hostility: float = 0.25
    p_rivalry: float = 0.3
    max_rounds: int = 12


@dataclass
class ActorOutcome:
    """How one actor fares: probability of joining, its likely side, the likely paths."""

    actor: str
    p_join: float
    side: str
    p_side: float
    p_source_side: float
    p_target_side: float
    mean_round: float
    paths: list[list[str]] = field(default_factory=list)


@dataclass
class CascadeResult:
    """Outcome of `simulate_cascade`: the shock, the run count, the seed and one row per actor."""

    shock: tuple[str, str]
    runs: int
    seed: int
    params: CascadeParams
    actors: list[ActorOutcome]
    #: pairs whose likeliest link is hostile (it pushes to the other side rather than pulling along)
    hostile_links: set[frozenset[str]] = field(default_factory=set)

    def describe_path(self, path: list[str]) -> str:
        """A path as text: ``A -> B`` pulls B to A's side, ``A -x B`` pushes B to the other side."""
        if not path:
            return ""
        out = [path[0]]
        for a, b in zip(path, path[1:], strict=False):
            out.append(f" {'-x' if frozenset((a, b)) in self.hostile_links else '->'} {b}")
        return "".join(out)

    def as_json(self) -> dict[str, object]:
        """Plain data: ``{"shock": [SRC, TGT], "runs", "seed", "params", "actors": [...]}``."""
        return {"shock": list(self.shock), "runs": self.runs, "seed": self.seed,
                "params": asdict(self.params),
                "actors": [{"actor": a.actor, "p_join": round(a.p_join, 4), "side": a.side,
                            "p_side": round(a.p_side, 4), "p_source_side": round(a.p_source_side, 4),
                            "p_target_side": round(a.p_target_side, 4),
                            "mean_round": round(a.mean_round, 2), "paths": a.paths} for a in self.actors]}


def transmission_matrices(G: nx.Graph, nodes: list[str],
                          params: CascadeParams) -> tuple[np.ndarray, np.ndarray]:
    """(P_same, P_opposite): per pair, the chance that one draws the other to its own / the other side."""
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    same, opp = np.zeros((n, n)), np.zeros((n, n))
    scale = G.graph.get("scale", 1.0) or 1.0
    for a, b, d in G.edges(data=True):
        if a == b:
            continue
        kinds = tie_kinds(G, a, b)
        strength = math.tanh(d.get("balance", d.get("weight", 0.0)) / scale)
        keep_same = (1 - params.p_cooperation * max(strength, 0.0))
        if kinds & ALLIANCE_TIES:
            keep_same *= 1 - params.p_alliance
        if "defence_cooperation" in kinds:
            keep_same *= 1 - params.p_defence_cooperation
        keep_opp = 1 - params.p_hostility * max(-strength, 0.0)
        if "rivalry" in kinds:
            keep_opp *= 1 - params.p_rivalry
        i, j = index[a], index[b]
        same[i, j] = same[j, i] = 1 - keep_same
        opp[i, j] = opp[j, i] = 1 - keep_opp
    return same, opp


def _run_batch(L: np.ndarray, n: int, src: int, tgt: int, runs: int, rng: np.random.Generator,
               max_rounds: int) -> tuple[np.ndarray, np.ndarray]:
    """Simulate `runs` cascades; return side (runs × n, +1/-1/0) and the round each actor joined."""
    side = np.zeros((runs, n), dtype=np.int8)
    joined_round = np.zeros((runs, n), dtype=np.int16)
    side[:, src], side[:, tgt] = 1, -1
    frontier = np.zeros((runs, 2 * n), dtype=np.float32)  # [joined + this round | joined - this round]
    frontier[:, src], frontier[:, n + tgt] = 1.0, 1.0
    live = np.arange(runs)
    for rnd in range(1, max_rounds + 1):
        logq = frontier[live] @ L  # log P(not pulled): columns [towards + | towards -]
        p_plus, p_minus = -np.expm1(logq[:, :n]), -np.expm1(logq[:, n:])
        free = side[live] == 0
        u = rng.random((3, len(live), n), dtype=np.float32)
        hit_p, hit_m = (u[0] < p_plus) & free, (u[1] < p_minus) & free
        both = hit_p & hit_m
        pick_p = u[2] * (p_plus + p_minus) < p_plus
        to_plus = hit_p & (~both | pick_p)
        to_minus = hit_m & (~both | ~pick_p)
        sub = side[live]
        sub[to_plus], sub[to_minus] = 1, -1
        side[live] = sub
        jr = joined_round[live]
        jr[to_plus | to_minus] = rnd
        joined_round[live] = jr
        frontier = np.zeros((runs, 2 * n), dtype=np.float32)
        frontier[live, :n], frontier[live, n:] = to_plus, to_minus
        live = live[(to_plus | to_minus).any(1)]
        if not len(live):
            break
    return side, joined_round


def likely_paths(G: nx.Graph, nodes: list[str], same: np.ndarray, opp: np.ndarray, source: str,
                 target: str, actors: list[str], k: int = 3) -> dict[str, list[list[str]]]:
    """Up to `k` most probable transmission chains from the shock pair to each of `actors`."""
    D = nx.Graph()
    p = np.maximum(same, opp)
    for i, j in zip(*np.nonzero(np.triu(p, 1)), strict=True):
        D.add_edge(nodes[i], nodes[j], cost=-math.log(max(p[i, j], 1e-12)))
    root = ("shock",)
    D.add_edge(root, source, cost=0.0)
    D.add_edge(root, target, cost=0.0)
    if D.has_edge(source, target):
        D.remove_edge(source, target)
    out: dict[str, list[list[str]]] = {}
    for actor in actors:
        if actor not in D or not nx.has_path(D, root, actor):
            out[actor] = []
            continue
        paths = islice(nx.shortest_simple_paths(D, root, actor, weight="cost"), k)
        out[actor] = [list(path[1:]) for path in paths]
    return out


def simulate_cascade(G: nx.Graph, source: str, target: str, runs: int = 10_000, seed: int = 0,
                     params: CascadeParams | None = None, n_paths: int = 3, path_actors: int = 25,
                     progress: Callable[[int], None] | None = None, batch: int = 2_500) -> CascadeResult:
    """Monte-Carlo domino cascade from the shock ``source`` vs ``target`` (see module docstring).

    `path_actors` bounds how many actors (most likely to join first) get their `n_paths` paths;
    `progress` is called with the number of runs finished after each batch.

    >>> res = simulate_cascade(G, "FRA", "AZE", runs=10_000, seed=1)  # doctest: +SKIP
    >>> [(a.actor, a.side) for a in res.actors[:2]]  # doctest: +SKIP
    [('TUR', 'AZE'), ('ARM', 'FRA')]
    """
    params = params or CascadeParams()
    for actor in (source, target):
        if actor not in G:
            raise KeyError(f"{actor} is not in the network (no events or ties involve it)")
    if source == target:
        raise ValueError("the shock needs two different actors")
    nodes = sorted(G)
    index = {a: i for i, a in enumerate(nodes)}
    n = len(nodes)
    same, opp = transmission_matrices(G, nodes, params)
    with np.errstate(divide="ignore"):
        ls, lo = np.log1p(-np.minimum(same, 0.999)), np.log1p(-np.minimum(opp, 0.999))
    L = np.block([[ls, lo], [lo, ls]]).astype(np.float32)
    rng = np.random.default_rng(seed)
    plus, minus, rounds = np.zeros(n), np.zeros(n), np.zeros(n)
    done = 0
    while done < runs:
        size = min(batch, runs - done)
        side, joined = _run_batch(L, n, index[source], index[target], size, rng, params.max_rounds)
        plus += (side == 1).sum(0)
        minus += (side == -1).sum(0)
        rounds += joined.sum(0)
        done += size
        if progress:
            progress(done)
    outcomes = []
    for i, actor in enumerate(nodes):
        if actor in (source, target):
            continue
        n_join = plus[i] + minus[i]
        p_src, p_tgt = plus[i] / runs, minus[i] / runs
        outcomes.append(ActorOutcome(
            actor=actor, p_join=float(n_join / runs), side=source if plus[i] >= minus[i] else target,
            p_side=float(max(plus[i], minus[i]) / n_join) if n_join else 0.0,
            p_source_side=float(p_src), p_target_side=float(p_tgt),
            mean_round=float(rounds[i] / n_join) if n_join else 0.0))
    outcomes.sort(key=lambda o: (-o.p_join, o.actor))
    pushes = np.nonzero(np.triu(opp > same, 1))
    hostile = {frozenset((nodes[i], nodes[j])) for i, j in zip(*pushes, strict=True)}
    chosen = [o.actor for o in outcomes[:path_actors] if o.p_join > 0]
    if n_paths > 0 and chosen:
        paths = likely_paths(G, nodes, same, opp, source, target, chosen, n_paths)
        for o in outcomes:
            o.paths = paths.get(o.actor, [])
    return CascadeResult(shock=(source, target), runs=runs, seed=seed, params=params, actors=outcomes,
                         hostile_links=hostile)
