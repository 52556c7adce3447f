"""The CLI on hostile inputs and on files that are not shadowline stores: named, no traceback, nothing touched."""

from __future__ import annotations

import io
import json
import os

import duckdb
import pytest
from click.testing import CliRunner

from shadowline.cli import cli

pytestmark = pytest.mark.model


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    return invoke


@pytest.fixture()
def other_program_db(tmp_path):
    path = tmp_path / "inventory.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE stock (item VARCHAR, n INTEGER)")
    con.close()
    return path


@pytest.mark.parametrize("command", [["events"], ["ingest", "{text}"], ["report", "--out", "{out}"], ["blocs"],
                                     ["ties", "import", "rivalries", "{ties}"], ["demo", "--report", "{out}"]])
def test_commands_refuse_another_programs_database_and_leave_it_untouched(run, tmp_path, other_program_db,
                                                                         command):
    text, ties = tmp_path / "a.txt", tmp_path / "ties.csv"
    text.write_text("Russia criticised France.", encoding="utf-8")
    ties.write_text("ccode1,ccode2,styear\n2,365,1946\n", encoding="utf-8")
    before = other_program_db.read_bytes()
    args = [a.format(text=text, out=tmp_path / "brief.html", ties=ties) for a in command]
    result = run(*args, "--db", other_program_db, "--coder", "patterns") if command[0] == "ingest" else \
        run(*args, "--db", other_program_db)
    assert result.exit_code != 0
    assert f"{other_program_db} is a DuckDB database of another program" in result.output
    assert "Traceback" not in result.output
    assert other_program_db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["inventory.duckdb", "a.txt", "ties.csv"])


class _StdinAfterTheFirstBatch(io.BytesIO):
    """Standard input that records, when it is read, how many documents the store already holds."""

    def __init__(self, db, text: bytes) -> None:
        super().__init__(text)
        self.db, self.stored_when_read = db, None

    def read(self, size=-1):
        if self.stored_when_read is None and size != 0:
            with duckdb.connect(str(self.db), read_only=True) as con:
                self.stored_when_read = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return super().read(size)


def test_ingest_reads_inputs_batch_by_batch(run, tmp_path):
    db = tmp_path / "s.duckdb"
    first = tmp_path / "a.txt"
    first.write_text("Russia criticised France.", encoding="utf-8")
    stdin = _StdinAfterTheFirstBatch(db, b"Turkey threatened Greece.")
    result = run("ingest", first, "-", "--db", db, "--batch-size", 1, "--coder", "patterns", input=stdin)
    assert result.exit_code == 0, result.output
    assert stdin.stored_when_read == 1  # the first batch was coded and committed before stdin was read
    assert "2 documents coded" in result.stderr


def test_ingest_stores_files_whose_names_are_not_utf8(run, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as f:
        f.write(b"Russia criticised France.")
    (folder / "b.txt").write_text("Turkey threatened Greece.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run("ingest", folder, "--db", db, "--coder", "patterns")
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        paths = sorted(r[0] for r in con.execute("SELECT path FROM documents").fetchall())
    assert [p.rsplit("/", 1)[-1] for p in paths] == ["b.txt", "caf\\xe9.txt"]


def test_ingest_reports_a_reused_id_and_says_how_it_skips_the_same_text(run, tmp_path):
    db, wire = tmp_path / "s.duckdb", tmp_path / "wire.jsonl"
    wire.write_text("\n".join(json.dumps(row) for row in [
        {"id": "w1", "text": "Russia criticised France."},
        {"id": "w1", "text": "Turkey threatened Greece."},
        {"id": "w3", "text": "Russia criticised France."},
    ]) + "\n", encoding="utf-8")
    result = run("ingest", wire, "--db", db, "--coder", "patterns")
    assert result.exit_code == 1
    assert "wire.jsonl:2: id 'w1' is already taken by a different text" in result.stderr
    assert "wire.jsonl:3: same text as document 'w1'" in result.stderr
    assert "1 documents coded, 0 already stored" in result.stderr
    assert "same text under another id" in " ".join(run("ingest", "--help").output.split())
