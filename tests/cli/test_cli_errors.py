"""Bad input on the command line: one error style, one exit code per kind of error, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from shadowline.cli import cli

#: Every command that reads the store, with the arguments it needs besides --db.
STORE_READERS = [["events"], ["dyad", "AZE", "FRA"], ["network"], ["blocs"], ["shadow"],
                 ["domino", "FRA", "AZE", "--runs", "10"], ["warn"], ["report"]]


def run(*args: object, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", STORE_READERS, ids=lambda c: c[0])
def test_a_missing_store_reads_and_exits_the_same_everywhere(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    result = run(*command, "--db", db, *(["--out", tmp_path / "b.html"] if command == ["report"] else []))
    assert result.exit_code == 3
    assert result.output.strip() == f"Error: {db}: no such store; create one with 'shadowline ingest' or " \
                                    "'shadowline demo'"
    assert not db.exists()


def test_a_foreign_duckdb_file_is_a_store_error(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "other.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE accounts (id INTEGER)")
    for command in (["events"], ["blocs"]):
        result = run(*command, "--db", db)
        assert result.exit_code == 3 and "not a shadowline store" in result.output, command


@pytest.mark.parametrize("command", [["code", "-"], ["ingest", "-"]], ids=["code", "ingest"])
def test_a_document_date_with_trailing_text_is_refused(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = run(*command, "--db" if command[0] == "ingest" else "--format",
                 db if command[0] == "ingest" else "jsonl", "--date", "2024-05-01; DROP TABLE events",
                 input="France accused Azerbaijan.\n")
    assert result.exit_code == 2
    assert "Invalid value for '--date'" in result.output and "not an ISO date" in result.output
    assert not db.exists()


def test_events_date_errors_name_the_option_given(tmp_path: Path) -> None:
    for option in ("--since", "--until"):
        result = run("events", "--db", tmp_path / "s.duckdb", option, "2024-02-30")
        assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output
        assert "--date" not in result.output and "not a valid date" in result.output


@pytest.mark.parametrize("size", ["0", "-1"])
def test_ingest_batch_size_below_one_is_a_usage_error(size: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France accused Azerbaijan.", encoding="utf-8")
    result = run("ingest", article, "--db", tmp_path / "s.duckdb", "--batch-size", size)
    assert result.exit_code == 2 and "Invalid value for '--batch-size'" in result.output
    assert not (tmp_path / "s.duckdb").exists()


def test_resolve_input_with_an_invalid_utf8_line_keeps_the_others() -> None:
    lines = (json.dumps({"text": "the Kremlin"}).encode() + b"\n" + b'{"text": "Caf\xe9"}\n'
             + json.dumps({"text": "Erdogan", "date": "2024-03-01"}).encode() + b"\n"
             + json.dumps({"text": "Erdogan", "date": "2024-03-01garbage"}).encode() + b"\n")
    result = run("resolve", "--input", "-", "--format", "jsonl", input=lines)
    assert result.exit_code == 1
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r.get("country") for r in rows] == ["RUS", None, "TUR", None]
    assert rows[1] == {"line": 2, "error": "not valid UTF-8 (byte 14: b'\\xe9')"}
    assert rows[3]["line"] == 4 and "not an ISO date" in rows[3]["error"]
    assert "-:2: not valid UTF-8" in result.stderr


def test_resolve_table_prints_markup_and_no_escape_sequences() -> None:
    result = run("resolve", "[bold]the Kremlin[/] \x1b[2J")
    assert result.exit_code == 0
    assert "[bold]the Kremlin[/]" in result.output and "\x1b" not in result.output


BAD_DATE_YAML = "actors:\n  - name: Ministry of Examples\n    country: FRA\n    start: 2024-02-30\n"


@pytest.mark.parametrize("content, expected", ids=["bad date", "not UTF-8", "bad month"], argvalues=[
    (BAD_DATE_YAML.encode(), "actors[0] (Ministry of Examples): 'start' must be a date"),
    ("actors:\n  - name: Caf\xe9\n    country: FRA\n".encode("latin-1"), "not valid UTF-8"),
    (b"actors:\n  - name: X\n    country: FRA\n    end: '2024-13'\n", "actors[0] (X): 'end' must be a date"),
])
def test_a_bad_user_dictionary_names_file_and_entry(content: bytes, expected: str, tmp_path: Path) -> None:
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_bytes(content)
    for command in (["actors", "search", "Kremlin", "--dictionary", dictionary],
                    ["resolve", "the Kremlin", "--actors", dictionary]):
        result = run(*command)
        assert result.exit_code == 4, command
        assert f"Error: {dictionary}: " in result.output and expected in result.output
        assert "Traceback" not in result.output


def test_exit_codes_are_documented() -> None:
    help_text = run("--help").output
    assert "Exit codes" in help_text and "3  store" in help_text


@pytest.mark.model
def test_classify_input_with_an_invalid_utf8_line_keeps_the_others() -> None:
    good = json.dumps({"sentence": "Russia criticised France.", "source": "Russia", "target": "France"}).encode()
    result = run("classify", "--input", "-", input=good + b"\n" + b"\xff\xfe broken\n" + good + b"\n")
    assert result.exit_code == 1
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert rows[0]["plover"] == rows[2]["plover"] == "ACCUSE"
    assert "not valid UTF-8" in rows[1]["error"]


def test_classify_answers_pairs_whose_actor_the_sentence_does_not_hold() -> None:
    rows = [{"sentence": "Egypt has lifted a three-month-old state of emergency.", "source": "Egypt",
             "target": "a recipient"},
            {"sentence": "Iraqi fighters agreed to lay down their weapons.", "source": "Iraqi fighters",
             "target": "Iraqi"}]
    result = run("classify", "--input", "-", input="\n".join(json.dumps(r) for r in rows).encode())
    answers = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0 and [a["line"] for a in answers] == [1, 2]
    assert all("error" not in a and a["plover"] for a in answers)


def test_classify_batch_size_below_one_is_a_usage_error() -> None:
    result = run("classify", "--input", "-", "--batch-size", "0", input=b"")
    assert result.exit_code == 2 and "Invalid value for '--batch-size'" in result.output


@pytest.mark.model
def test_ingest_with_a_bad_user_dictionary_writes_no_store(tmp_path: Path) -> None:
    dictionary, article, db = tmp_path / "mine.yaml", tmp_path / "a.txt", tmp_path / "s.duckdb"
    dictionary.write_text(BAD_DATE_YAML, encoding="utf-8")
    article.write_text("France accused Azerbaijan.", encoding="utf-8")
    result = run("ingest", article, "--db", db, "--actors", dictionary)
    assert result.exit_code == 4 and "actors[0] (Ministry of Examples)" in result.output
    assert not db.exists()
