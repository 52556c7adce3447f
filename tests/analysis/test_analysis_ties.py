"""Importing alliance and rivalry files: formats, bad rows, all-or-nothing writes, effect on the network."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from analysis_world import event_row

from shadowline.analysis import relations_network
from shadowline.store.importers.ties import import_ties
from shadowline.store.view import active_ties


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_atop_dyad_years_merge_into_spans_and_cow_codes_convert(make_store, tmp_path: Path) -> None:
    db = make_store([event_row("TUR", "AZE", "CONSULT", "2024-01-01")])
    atop = _write(tmp_path / "atop.csv", "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,"
                  "atop_nonagg,atop_consul\n640,373,2016,1,0,0,0,0\n640,373,2017,1,0,0,0,0\n"
                  "640,373,2018,1,0,0,0,1\n220,371,2010,0,0,0,0,1\n")
    con = duckdb.connect(str(db))
    result = import_ties(con, atop, "atop")
    assert result.errors == [] and result.rows_read == 4
    rows = con.execute("SELECT actor_a, actor_b, kind, start_year, end_year FROM ties ORDER BY kind, actor_a")
    assert rows.fetchall() == [("ARM", "FRA", "consultation", 2010, 2010),
                               ("AZE", "TUR", "consultation", 2018, None),
                               ("AZE", "TUR", "defense", 2016, None)]
    assert ("AZE", "TUR", "defense") in active_ties(con, 2024)  # in force at the end of the data
    G = relations_network(con)
    assert "defense" in G["AZE"]["TUR"]["ties"]


def test_bad_rows_are_named_and_the_rest_go_through(make_store, tmp_path: Path) -> None:
    con = duckdb.connect(str(make_store([])))
    riv = _write(tmp_path / "rivals.csv", "rivalryno,rivalryname,ccode1,ccode2,styear,endyear\n"
                 "1,Armenia-Azerbaijan,371,373,1991,\n2,Bad,371,99999,1991,\n3,Worse,GRC,TUR,soon,\n"
                 "4,Greece-Turkey,GRC,TUR,1955,\n")
    result = import_ties(con, riv, "rivalries")
    assert result.ties_written == 2
    assert len(result.errors) == 2
    assert f"{riv}: line 3:" in result.errors[0] and "99999" in result.errors[0]
    assert f"{riv}: line 4:" in result.errors[1] and "year" in result.errors[1]
    again = import_ties(con, riv, "rivalries")  # importing the same file again replaces it
    assert again.ties_written == 2
    assert con.execute("SELECT COUNT(*) FROM ties").fetchone() == (2,)


def test_a_file_without_the_needed_columns_writes_nothing(make_store, tmp_path: Path) -> None:
    con = duckdb.connect(str(make_store([])))
    bad = _write(tmp_path / "nope.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(ValueError, match="nope.csv: line 1: expected columns"):
        import_ties(con, bad, "atop")


def test_a_failed_write_leaves_nothing_half_written(make_store, tmp_path: Path) -> None:
    db = make_store([])
    con = duckdb.connect(str(db))
    good = _write(tmp_path / "atop.csv", "state_a,state_b,start_year,end_year,defense\nFRA,GRC,2021,,1\n")
    import_ties(con, good, "atop")
    # A second import of the same file fails mid-write: the earlier ties must still be there.
    changed = _write(tmp_path / "atop.csv", "state_a,state_b,start_year,end_year,defense\nFRA,ARM,2024,,1\n")
    con.execute("ALTER TABLE ties ADD COLUMN extra INTEGER NOT NULL DEFAULT 0")
    con.execute("ALTER TABLE ties ALTER COLUMN extra DROP DEFAULT")
    with pytest.raises(duckdb.Error):
        import_ties(con, changed, "atop")
    assert con.execute("SELECT actor_a, actor_b FROM ties").fetchall() == [("FRA", "GRC")]


@pytest.mark.parametrize("bad_row, reason", [
    (b"2,\x00710,1949,,NUL\n", "ccode2"),  # a NUL byte
    (b"2,710,1949,,Caf\xe9\n", "not UTF-8"),  # one row in Latin-1
    (b"2,710\n", "year"),  # too few columns
    (b"2,710,1949,1950,a,b,c\n", None),  # too many columns: the known ones still read
    (b"2,2,1949,,self\n", "own rival"),
])
def test_a_malformed_row_is_named_by_line_and_the_rest_go_in(make_store, tmp_path: Path, bad_row, reason) -> None:
    con = duckdb.connect(str(make_store([])))
    path = tmp_path / "rivals.csv"
    path.write_bytes(b"ccode1,ccode2,styear,endyear,rivalryname\n2,365,1946,1989,Cold War\n" + bad_row
                     + b"640,350,1955,,Greece-Turkey\n")
    result = import_ties(con, path, "rivalries")
    if reason is None:
        assert result.errors == [] and result.ties_written == 3
        return
    assert result.ties_written == 2 and len(result.errors) == 1
    assert result.errors[0].startswith(f"{path}: line 3:") and reason in result.errors[0]
    assert sorted(con.execute("SELECT actor_a, actor_b FROM ties").fetchall()) == [("GRC", "TUR"), ("RUS", "USA")]


def test_ties_import_on_the_command_line_names_bad_rows_and_goes_on(make_store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from shadowline.cli import cli

    db = make_store([])
    path = tmp_path / "rivals.csv"
    path.write_bytes(b"ccode1,ccode2,styear\n2,365,1946\n2,365,soon\n\xff\xfe,365,1950\n640,350,1955\n")
    result = CliRunner().invoke(cli, ["ties", "import", "rivalries", str(path), "--db", str(db)])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert f"{path}: line 3: expected a year" in result.output and f"{path}: line 4:" in result.output
    assert "2 ties written from 4 rows" in result.output and "2 rows skipped" in result.output
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["ties", "import", "atop", str(empty), "--db", str(db)])
    assert result.exit_code != 0 and "empty.csv: line 1: expected columns" in result.output
