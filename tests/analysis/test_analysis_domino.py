"""The domino cascade: sides, reproducibility, paths, speed."""

from __future__ import annotations

import time

import duckdb
import networkx as nx
import numpy as np
import pytest

from shadowline.analysis import CascadeParams, relations_network, simulate_cascade


def _by_actor(result):
    return {a.actor: a for a in result.actors}


def test_cascade_puts_partners_on_their_sides(world: duckdb.DuckDBPyConnection) -> None:
    result = simulate_cascade(relations_network(world), "FRA", "AZE", runs=4000, seed=1)
    actors = _by_actor(result)
    for partner in ("ARM", "GRC", "UKR"):
        assert actors[partner].side == "FRA", partner
    for partner in ("TUR", "RUS", "MLI", "BFA", "NER"):
        assert actors[partner].side == "AZE", partner
    assert actors["ARM"].p_join > actors["MLI"].p_join  # direct ally before a distant proxy
    assert actors["TUR"].paths[0] == ["AZE", "TUR"]
    assert result.describe_path(actors["TUR"].paths[0]) == "AZE -> TUR"
    assert result.describe_path(["FRA", "MLI"]) == "FRA -x MLI"
    assert result.as_json()["shock"] == ["FRA", "AZE"]


def test_cascade_is_reproducible_with_a_seed(world: duckdb.DuckDBPyConnection) -> None:
    G = relations_network(world)
    a = simulate_cascade(G, "FRA", "AZE", runs=500, seed=7).as_json()
    b = simulate_cascade(G, "FRA", "AZE", runs=500, seed=7).as_json()
    c = simulate_cascade(G, "FRA", "AZE", runs=500, seed=8).as_json()
    assert a == b
    assert a != c


def test_alliance_obligation_probability_matches_the_parameter() -> None:
    G = nx.Graph(scale=1.0)
    G.add_edge("A", "B", weight=-1.0, balance=-1.0, ties="")
    G.add_edge("A", "ALLY", weight=0.6, balance=0.0, ties="defense")
    params = CascadeParams(p_alliance=0.4)
    result = simulate_cascade(G, "A", "B", runs=20_000, seed=3, params=params)
    ally = _by_actor(result)["ALLY"]
    assert ally.p_join == pytest.approx(0.4, abs=0.02)
    assert ally.side == "A" and ally.p_side == 1.0


def test_enemy_of_my_enemy_joins_the_other_side() -> None:
    G = nx.Graph(scale=1.0)
    G.add_edge("A", "B", weight=-1.0, balance=-1.0, ties="")
    G.add_edge("B", "RIVAL", weight=-1.0, balance=-1.0, ties="rivalry")
    assert _by_actor(simulate_cascade(G, "A", "B", runs=2000, seed=0))["RIVAL"].side == "A"


def test_unknown_actor_is_a_clear_error(world: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(KeyError, match="XYZ"):
        simulate_cascade(relations_network(world), "FRA", "XYZ", runs=10)


def test_ten_thousand_runs_on_two_hundred_actors_stay_vectorised() -> None:
    """A generous bound: a Python loop over runs would take minutes (the benchmark measures ~1 s)."""
    rng = np.random.default_rng(0)
    G = nx.Graph(scale=1.0)
    names = [f"A{i:03d}" for i in range(200)]
    for i in range(200):
        for j in rng.choice(200, size=8, replace=False):
            if i != j:
                w = float(rng.uniform(-1, 1))
                G.add_edge(names[i], names[j], weight=w, balance=w, ties="defense" if w > 0.8 else "")
    start = time.perf_counter()
    result = simulate_cascade(G, names[0], names[1], runs=10_000, seed=0)
    assert time.perf_counter() - start < 15.0
    assert len(result.actors) == 198
