"""The relations network, blocs and balance on the mini-world and on tiny hand-made stores."""

from __future__ import annotations

from datetime import date

import duckdb
import networkx as nx
import pytest
from analysis_world import event_row

from shadowline.analysis import find_blocs, relations_network, structural_balance
from shadowline.analysis.events import load_events
from shadowline.analysis.network import export_network

FRANCE_SIDE = {"FRA", "ARM", "GRC", "UKR"}
AZERBAIJAN_SIDE = {"AZE", "TUR", "RUS", "MLI", "BFA", "NER"}


def test_network_signs_follow_cooperation_and_conflict(world: duckdb.DuckDBPyConnection) -> None:
    G = relations_network(world)
    assert G["FRA"]["ARM"]["weight"] > 0.5
    assert G["AZE"]["TUR"]["weight"] > 0.5
    assert G["AZE"]["FRA"]["weight"] < -0.5
    assert G["RUS"]["UKR"]["weight"] < -0.5
    assert all(-1.0 <= d["weight"] <= 1.0 for _, _, d in G.edges(data=True))
    assert "defence_cooperation" in G["AZE"]["TUR"]["ties"]


def test_negated_self_and_unknown_events_are_left_out(make_store) -> None:
    rows = [event_row("AZE", "FRA", "SUPPORT", "2024-01-01", modality="negated", seq=0),
            event_row("FRA", "FRA", "CONSULT", "2024-01-01", seq=1),
            event_row("FRA", None, "CONSULT", "2024-01-01", seq=2),  # type: ignore[arg-type]
            event_row("FRA", "ARM", "AID", "2024-01-01", seq=3)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    G = relations_network(con)
    assert sorted(G.edges()) == [("ARM", "FRA")] or sorted(G.edges()) == [("FRA", "ARM")]
    assert load_events(con).num_rows == 1


def test_future_counts_less_than_asserted_and_old_events_decay(make_store) -> None:
    rows = [event_row("FRA", "ARM", "AID", "2024-06-01", seq=0),
            event_row("FRA", "GRC", "AID", "2024-06-01", modality="future", seq=1),
            event_row("FRA", "UKR", "AID", "2023-06-01", seq=2)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    G = relations_network(con, half_life_days=365, as_of=date(2024, 6, 1))
    asserted, future, old = (G["FRA"][x]["cooperation"] for x in ("ARM", "GRC", "UKR"))
    assert future == pytest.approx(asserted / 2)
    assert old == pytest.approx(asserted / 2, rel=0.01)  # one half-life earlier


def test_a_vanishing_half_life_counts_only_same_day_events(make_store) -> None:
    rows = [event_row("FRA", "ARM", "AID", "2024-06-01", seq=0),
            event_row("FRA", "UKR", "AID", "2024-05-01", seq=1)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    G = relations_network(con, half_life_days=5e-324, as_of=date(2024, 6, 1))
    assert G["FRA"]["ARM"]["cooperation"] > 0
    month_old = G["FRA"]["UKR"]["cooperation"] if G.has_edge("FRA", "UKR") else 0.0
    assert month_old == 0.0


def test_blocs_put_each_partner_on_its_side(world: duckdb.DuckDBPyConnection) -> None:
    partition = find_blocs(relations_network(world))
    france = partition.blocs[partition.bloc_of("FRA")].members
    azerbaijan = partition.blocs[partition.bloc_of("AZE")].members
    assert set(france) == FRANCE_SIDE
    assert set(azerbaijan) == AZERBAIJAN_SIDE
    assert partition.fit > 0.9


def test_blocs_split_two_hostile_cliques() -> None:
    G = nx.Graph()
    for group in (["A", "B", "C"], ["X", "Y", "Z"]):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                G.add_edge(a, b, weight=0.8, balance=0.8, ties="")
    G.add_edge("A", "X", weight=-0.9, balance=-0.9, ties="")
    G.add_edge("C", "Z", weight=-0.4, balance=-0.4, ties="")
    blocs = sorted(sorted(b.members) for b in find_blocs(G).blocs)
    assert blocs == [["A", "B", "C"], ["X", "Y", "Z"]]


def test_balance_index_counts_triads() -> None:
    G = nx.Graph()
    G.add_edge("A", "B", weight=0.9)  # A, B friends; both hostile to C: balanced
    G.add_edge("A", "C", weight=-0.9)
    G.add_edge("B", "C", weight=-0.9)
    G.add_edge("C", "D", weight=0.9)  # C friend of D, D hostile to A, D friend of B: +,-,+ ... see below
    G.add_edge("A", "D", weight=-0.5)
    G.add_edge("B", "D", weight=0.5)
    report = structural_balance(G)
    # Triads: ABC (+--) balanced, ACD (-,+,-) balanced, ABD (+,-,+) unbalanced, BCD (-,+,+) unbalanced.
    assert (report.n_triads, report.n_balanced) == (4, 2)
    assert report.index == pytest.approx(0.5)
    assert {frozenset(t.actors) for t in report.unbalanced} == {frozenset("ABD"), frozenset("BCD")}
    assert report.unbalanced[0].actors == ("B", "C", "D")  # stronger ties, more strain
    assert report.weak_index == pytest.approx(0.5)  # no all-hostile triad here


def test_weak_balance_accepts_three_mutual_enemies() -> None:
    G = nx.Graph()
    G.add_edge("A", "B", weight=-0.9)
    G.add_edge("B", "C", weight=-0.9)
    G.add_edge("A", "C", weight=-0.9)
    report = structural_balance(G)
    assert (report.index, report.weak_index) == (0.0, 1.0)


def test_mini_world_is_mostly_balanced(world: duckdb.DuckDBPyConnection) -> None:
    assert structural_balance(relations_network(world)).index > 0.8


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_network_exports_read_back(world: duckdb.DuckDBPyConnection, tmp_path, fmt: str) -> None:
    G = relations_network(world)
    out = tmp_path / f"net.{fmt}"
    export_network(G, fmt, out)
    if fmt == "graphml":
        H = nx.read_graphml(out)
    elif fmt == "gexf":
        H = nx.read_gexf(out)
    else:
        import json
        H = nx.node_link_graph(json.loads(out.read_text()), edges="edges")
    assert H.number_of_edges() == G.number_of_edges()
    assert H["AZE"]["FRA"]["weight"] == pytest.approx(G["AZE"]["FRA"]["weight"])
