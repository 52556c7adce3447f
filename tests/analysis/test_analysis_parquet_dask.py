"""Dyad series and the signed network over a Parquet export, with Dask DataFrame: the DuckDB path's numbers."""

from __future__ import annotations

from datetime import date

import pytest

from shadowline.analysis.dyads import dyad_series
from shadowline.analysis.network import relations_network

pytest.importorskip("dask.dataframe")


@pytest.fixture
def parquet_events(world_db, tmp_path):
    """The mini-world's events as `shadowline export --format parquet` writes them (a folder per month)."""
    from shadowline.store import Store
    from shadowline.store.exchange import export_events

    folder = tmp_path / "events"
    with Store(world_db, read_only=True) as store:
        assert export_events(store, "parquet", folder) > 50
    assert len(list(folder.glob("month=*/*.parquet"))) > 5
    return folder


def _point(p):
    return (p.period, p.n_events, p.by_quad, p.by_type, sorted(p.event_ids))


@pytest.mark.parametrize("freq,directed,window", [("week", False, (None, None)), ("month", True, (None, None)),
                                                   ("day", False, ("2024-01-01", "2024-06-30"))])
def test_dask_dyad_series_over_parquet_equals_the_store_series(world, parquet_events, freq, directed, window):
    from shadowline.scale.analysis import dyad_series as dask_dyad_series
    from shadowline.scale.analysis import read_events

    since, until = window
    expected = dyad_series(world, "AZE", "FRA", freq=freq, directed=directed, since=since, until=until)
    found = dask_dyad_series(read_events(parquet_events), "AZE", "FRA", freq=freq, directed=directed,
                             since=since, until=until)
    assert len(expected) > 2
    assert [_point(p) for p in found] == [_point(p) for p in expected]
    for mine, theirs in zip(found, expected):
        for name in ("goldstein", "plover_score", "conflict", "cooperation"):
            assert getattr(mine, name) == pytest.approx(getattr(theirs, name), abs=1e-9)


@pytest.mark.parametrize("window", [{}, {"since": "2023-06-01", "as_of": date(2024, 3, 1)}])
def test_dask_network_over_parquet_equals_the_store_network(world, parquet_events, window):
    from shadowline.scale.analysis import read_events
    from shadowline.scale.analysis import relations_network as dask_network

    expected = relations_network(world, half_life_days=90, **window)
    found = dask_network(read_events(parquet_events), half_life_days=90, **window)
    assert {k: v for k, v in found.graph.items() if k != "scale"} == {k: v for k, v in expected.graph.items()
                                                                     if k != "scale"}
    assert found.graph["scale"] == pytest.approx(expected.graph["scale"], abs=1e-9)
    assert sorted(found.nodes(data=True)) == sorted(expected.nodes(data=True))
    assert {frozenset(e) for e in found.edges} == {frozenset(e) for e in expected.edges}
    for a, b, data in expected.edges(data=True):
        mine = found[a][b]
        assert (mine["n_events"], mine["ties"]) == (data["n_events"], data["ties"])
        for name in ("cooperation", "conflict", "balance", "weight"):
            assert mine[name] == pytest.approx(data[name], abs=1e-9), (a, b, name)
    assert found["AZE"]["FRA"]["weight"] < 0 and "defence_cooperation" in found["AZE"]["TUR"]["ties"]
