"""The analysis commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner


@pytest.fixture
def run():
    group = _group()
    runner = CliRunner()

    def invoke(*args: str) -> click.testing.Result:
        return runner.invoke(group, list(args), catch_exceptions=False)
    return invoke


def test_every_command_teaches_with_an_example(run) -> None:
    for args in (["dyad"], ["network"], ["blocs"], ["shadow"], ["domino"], ["warn"], ["report"],
                 ["ties", "import", "atop"], ["ties", "import", "rivalries"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Example: shadowline" in result.output, args


def test_missing_store_is_a_clear_error(run, tmp_path: Path) -> None:
    result = run("blocs", "--db", str(tmp_path / "nothing.duckdb"))
    assert result.exit_code == 3
    assert "no such store" in result.output and "Traceback" not in result.output


def test_blocs_json(run, world_db: Path) -> None:
    result = run("blocs", "--db", str(world_db), "--format", "json")
    data = json.loads(result.output)
    members = [set(b["members"]) for b in data["blocs"]]
    assert {"FRA", "ARM", "GRC", "UKR"} in members
    assert 0.8 < data["balance"] <= 1.0


def test_domino_json_and_table(run, world_db: Path) -> None:
    data = json.loads(run("domino", "FRA", "AZE", "--db", str(world_db), "--runs", "2000", "--seed", "3",
                          "--format", "json").output)
    assert data["shock"] == ["FRA", "AZE"]
    sides = {a["actor"]: a["side"] for a in data["actors"]}
    assert sides["ARM"] == "FRA" and sides["TUR"] == "AZE"
    assert set(data["actors"][0]) >= {"actor", "p_join", "side", "p_side", "paths"}
    table = run("domino", "fra", "aze", "--db", str(world_db), "--runs", "500").output
    assert "ARM" in table and "drawn in" in table
    unknown = run("domino", "FRA", "XXX", "--db", str(world_db), "--runs", "10")
    assert unknown.exit_code != 0 and "XXX is not in the network" in unknown.output


def test_network_formats(run, world_db: Path, tmp_path: Path) -> None:
    assert "AZE" in run("network", "--db", str(world_db)).output
    graph = json.loads(run("network", "--db", str(world_db), "--format", "json").output)
    assert any(e["source"] in ("AZE", "FRA") for e in graph["edges"])
    out = tmp_path / "net.gexf"
    assert run("network", "--db", str(world_db), "--format", "gexf", "--out", str(out)).exit_code == 0
    assert out.read_text().startswith("<?xml")
    assert run("network", "--db", str(world_db), "--since", "2099-01-01").exit_code != 0


def test_dyad_shadow_warn(run, world_db: Path) -> None:
    dyad = run("dyad", "AZE", "FRA", "--db", str(world_db), "--events", "2")
    assert "AZE <-> FRA" in dyad.output and "Latest events" in dyad.output
    points = json.loads(run("dyad", "AZE", "FRA", "--db", str(world_db), "--format", "json").output)["points"]
    assert sum(p["n_events"] for p in points) == 15  # the negated denial does not count
    assert "AZE - FRA" in run("shadow", "--db", str(world_db)).output
    alerts = json.loads(run("warn", "--db", str(world_db), "--format", "json").output)
    assert alerts[0]["actors"] == ["AZE", "FRA"]


def test_ties_import_reports_bad_lines(run, world_db: Path, tmp_path: Path) -> None:
    atop = tmp_path / "alliances.csv"
    atop.write_text("state_a,state_b,start_year,end_year,defense\nTUR,AZE,2021,,1\nTUR,,2021,,1\n")
    result = CliRunner().invoke(_group(), ["ties", "import", "atop", str(atop), "--db",
                                                            str(world_db)])
    assert result.exit_code == 0
    assert "1 ties written from 2 rows" in result.stdout
    assert f"{atop}: line 3:" in result.stderr
    assert "defense" in run("network", "--db", str(world_db)).output


def test_report_command(run, world_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    assert run("report", "--db", str(world_db), "--out", str(out)).exit_code == 0
    assert "<svg" in out.read_text()


def _group() -> click.Group:
    """The real command line (its context settings are those users get)."""
    from shadowline.cli import cli

    return cli
