"""The CLI end to end, on files the tests write and on the bundled corpus."""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_demo_codes_the_corpus_and_writes_the_briefing(run, tmp_path):
    db, brief = tmp_path / "demo.duckdb", tmp_path / "brief.html"
    result = run("demo", "--db", db, "--report", brief)
    assert result.exit_code == 0, result.output
    assert "Top dyads" in result.output and "20 documents coded" in result.output
    assert brief.exists() and "<svg" in brief.read_text(encoding="utf-8")
    again = run("demo", "--db", db, "--report", brief)
    assert "0 documents coded, 20 already stored" in again.output
    events = json.loads(run("events", "--db", db, "--format", "json").output)
    assert any(e["source"]["country"] == "AZE" and e["target"]["country"] == "FRA" for e in events)


def test_code_prints_events_and_reports_bad_inputs(run, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Russia criticized the French weapons transfer to Armenia.", encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_text("", encoding="utf-8")
    result = run("code", good, empty, tmp_path / "missing.txt", "--date", "2024-06-01", "--format", "jsonl")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(e["source"]["country"] == "RUS" and e["target"]["country"] == "FRA" for e in lines)
    assert f"{empty}: empty file" in result.stderr and "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.output


def test_ingest_is_idempotent_and_events_filter(run, tmp_path):
    db = tmp_path / "s.duckdb"
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"id": "w1", "date": "2024-05-17",
                                "text": "France accused Azerbaijan of interference in New Caledonia."}) + "\n"
                    + "{broken\n", encoding="utf-8")
    first = run("ingest", wire, "--db", db)
    assert first.exit_code == 1 and "wire.jsonl:2" in first.stderr and "1 documents coded" in first.stderr
    second = run("ingest", wire, "--db", db)
    assert "0 documents coded, 1 already stored" in second.stderr
    rows = [json.loads(x) for x in run("events", "--db", db, "--actor", "AZE", "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["plover_type"] == "ACCUSE"
    assert run("events", "--db", db, "--type", "ASSAULT", "--format", "jsonl").stdout == ""
    bad = run("events", "--db", db, "--type", "FIGHT")
    assert bad.exit_code == 2 and "unknown PLOVER type" in bad.stderr


def test_events_on_a_missing_store_is_a_clear_error(run, tmp_path):
    result = run("events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 3 and "no such store" in result.stderr


def test_resolve_keeps_input_order_and_marks_non_actors(run):
    lines = "\n".join(json.dumps(x) for x in [{"text": "the Kremlin"}, {"text": "the protests"},
                                              {"text": "Erdogan", "date": "2024-03-01"}])
    result = run("resolve", "--input", "-", "--format", "jsonl", input=lines + "\n")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["the Kremlin", "the protests", "Erdogan"]
    assert (rows[0]["country"], rows[0]["sector"], rows[0]["kind"]) == ("RUS", "GOV", "seat") and rows[0]["via"]
    assert rows[1]["country"] is None
    assert rows[2]["country"] == "TUR"
    table = run("resolve", "the Kremlin")
    assert "RUS" in table.output and "GOV" in table.output


def test_resolve_reads_one_phrase_a_line_beside_json_lines(run):
    lines = 'the Kremlin\n"Erdogan"\n{"text": "Erdogan", "date": "2024-03-01"}\n{"text": broken\n'
    result = run("resolve", "--input", "-", "--format", "jsonl", "--date", "2024-03-01", input=lines)
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r.get("country") for r in rows] == ["RUS", "TUR", "TUR", None]
    assert rows[3]["line"] == 4 and "malformed JSON" in rows[3]["error"] and result.exit_code == 1


def test_module_entry_point_and_help():
    result = subprocess.run([sys.executable, "-m", "shadowline", "--help"], capture_output=True, text=True,
                            check=True)
    for command in ("demo", "code", "ingest", "events", "resolve", "classify", "domino", "blocs"):
        assert command in result.stdout
