"""The analysis commands on stores whose news text is hostile to a terminal, and on bad options."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from analysis_world import event_row, mini_world_rows, write_store
from click.testing import CliRunner

from shadowline.cli import cli

MARKUP = "Baku [bold]denied[/bold] it [/] and [red]more"
ESCAPES = "Baku \x1b[2J\x1b]0;owned\x07cleared the screen \x9b31m in red."


def run(*args: object) -> object:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini-world plus recent AZE-FRA hybrid events whose sentences carry Rich markup and escapes,
    under event ids that start with a letter."""
    rows = mini_world_rows()
    last = date(2024, 6, 28)
    for k, sentence in enumerate([MARKUP, ESCAPES] * 3):
        rows.append(event_row("AZE", "FRA", "ACCUSE", last - timedelta(days=k), ("information_operations",),
                              sentence=sentence, seq=1000 + k, event_id=f"evt{k:017d}"))
    return write_store(tmp_path_factory.mktemp("hostile") / "hostile.duckdb", rows)


def test_dyad_events_print_markup_as_written(hostile_db: Path) -> None:
    result = run("dyad", "AZE", "FRA", "--events", "6", "--db", hostile_db)
    assert result.exit_code == 0, result.output
    assert "[bold]denied[/bold] it [/] and" in " ".join(result.output.split())


def test_events_table_prints_markup_as_written(hostile_db: Path) -> None:
    result = run("events", "--actor", "AZE", "--type", "ACCUSE", "--db", hostile_db)
    assert result.exit_code == 0, result.output
    assert "[bold]denied[/bold]" in result.output and "\x1b" not in result.output


def test_shadow_and_warn_keep_markup_and_ids_and_drop_escapes(hostile_db: Path) -> None:
    shadow = run("shadow", "--db", hostile_db, "--evidence", "50", "--top", "1")
    assert shadow.exit_code == 0, shadow.output
    assert "[evt00000]" in shadow.output and "[bold]denied" in shadow.output
    warn = run("warn", "--db", hostile_db)
    assert warn.exit_code == 0, warn.output
    for result in (shadow, warn):
        assert "\x1b" not in result.output and "\x07" not in result.output and "\x9b" not in result.output
    assert "cleared the screen" in " ".join(warn.output.split()) + " ".join(shadow.output.split())


@pytest.mark.parametrize("command", [["dyad", "AZE", "FRA"], ["network"], ["blocs"], ["shadow"],
                                     ["domino", "FRA", "AZE", "--runs", "10"], ["events"]])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_bad_window_date_names_its_option(command: list[str], option: str, hostile_db: Path) -> None:
    result = run(*command, option, "2024-05-01; DROP TABLE events", "--db", hostile_db)
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.output and "not an ISO date" in result.output
    assert "Traceback" not in result.output and "--date" not in result.output


def test_warn_as_of_and_counts_are_checked(hostile_db: Path) -> None:
    assert "Invalid value for '--as-of'" in run("warn", "--as-of", "2024-06-31", "--db", hostile_db).output
    for args in (["events", "--limit", "-1"], ["dyad", "AZE", "FRA", "--events", "-1"], ["shadow", "--top", "-1"]):
        result = run(*args, "--db", hostile_db)
        assert result.exit_code == 2 and "Invalid value" in result.output, args


def test_domino_between_one_actor_and_itself(hostile_db: Path) -> None:
    result = run("domino", "FRA", "fra", "--db", hostile_db, "--runs", "10")
    assert result.exit_code == 2
    assert "two different actors" in result.output and "Traceback" not in result.output


def test_report_to_an_unwritable_place(hostile_db: Path, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file where a folder should be")
    out = tmp_path / "taken" / "brief.html"
    result = run("report", "--db", hostile_db, "--out", out)
    assert result.exit_code == 4
    assert f"cannot write {out}" in result.output and "Traceback" not in result.output


def test_network_json_is_unchanged_by_escaping(hostile_db: Path) -> None:
    graph = json.loads(run("network", "--db", hostile_db, "--format", "json").output)
    assert any(e["source"] == "AZE" or e["target"] == "AZE" for e in graph["edges"])
