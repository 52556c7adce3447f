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


def test_the_library_takes_a_parquet_dataset_in_place_of_a_store(world, parquet_events):
    import shadowline as sl

    dataset = sl.ParquetEvents(parquet_events)
    series = sl.analysis.dyads(dataset, "aze", "fra", freq="month")
    expected = sl.analysis.dyads(world, "AZE", "FRA", freq="month")
    assert [(p["period"], p["n_events"], p["by_quad"]) for p in series.to_dict()["points"]] == [
        (p["period"], p["n_events"], p["by_quad"]) for p in expected.to_dict()["points"]]
    network = sl.analysis.network(dataset, half_life=90)
    assert sorted(network.graph.nodes) == sorted(sl.analysis.network(world, half_life=90).graph.nodes)
    with pytest.raises(sl.InvalidParameter):
        sl.analysis.dyads(dataset, "AZE", "FRA", events=3)


def test_dyad_and_network_commands_read_a_parquet_dataset(world_db, parquet_events, tmp_path):
    import json

    from click.testing import CliRunner

    from shadowline.cli import cli

    runner = CliRunner()
    from_store = runner.invoke(cli, ["dyad", "AZE", "FRA", "--format", "json", "--db", str(world_db)])
    from_parquet = runner.invoke(cli, ["dyad", "AZE", "FRA", "--format", "json", "--parquet", str(parquet_events)])
    assert from_parquet.exit_code == 0, from_parquet.output
    points = [(p["period"], p["n_events"]) for p in json.loads(from_parquet.output)["points"]]
    assert points == [(p["period"], p["n_events"]) for p in json.loads(from_store.output)["points"]]
    assert len(points) > 2
    network = runner.invoke(cli, ["network", "--format", "json", "--parquet", str(parquet_events)])
    stored = runner.invoke(cli, ["network", "--format", "json", "--db", str(world_db)])
    assert network.exit_code == 0
    assert sorted(n["id"] for n in json.loads(network.output)["nodes"]) == sorted(
        n["id"] for n in json.loads(stored.output)["nodes"])
    missing = runner.invoke(cli, ["network", "--parquet", str(tmp_path / "nowhere")])
    assert missing.exit_code == 3 and "no such Parquet file or folder" in missing.output
    with_events = runner.invoke(cli, ["dyad", "AZE", "FRA", "--events", "3", "--parquet", str(parquet_events)])
    assert with_events.exit_code == 2
