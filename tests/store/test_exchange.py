"""Exports for other tools: GDELT TSV (round trip), Parquet by month, PLOVER JSONL, CSV, GraphML."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from shadowline.cli import cli
from shadowline.ontology.gdelt import GDELT2_COLUMNS, gdelt_line
from shadowline.records import Actor, Document, Event, Location, Sentence
from shadowline.store import Store
from shadowline.store.exchange import EventSlice, export_events
from shadowline.store.importers import import_files


def gdelt_row(**values: str) -> str:
    """A GDELT 2.0 line: Russia's government visits France's media in Paris, unless overridden."""
    return gdelt_line(dict(
        GLOBALEVENTID="1159000001", SQLDATE="20240517", MonthYear="202405", Year="2024", FractionDate="2024.3726",
        Actor1Code="RUSGOV", Actor1Name="RUSSIA", Actor1CountryCode="RUS", Actor1Type1Code="GOV",
        Actor2Code="FRAMED", Actor2Name="FRANCE", Actor2CountryCode="FRA", Actor2Type1Code="MED", IsRootEvent="1",
        EventCode="042", EventBaseCode="042", EventRootCode="04", QuadClass="1", GoldsteinScale="1.9",
        NumMentions="10", NumSources="2", NumArticles="9", AvgTone="-1.5", ActionGeo_Type="4",
        ActionGeo_FullName="Paris, Ile-de-France, France", ActionGeo_CountryCode="FR", ActionGeo_ADM1Code="FRA8",
        ActionGeo_Lat="48.8667", ActionGeo_Long="2.33333", ActionGeo_FeatureID="-1456928",
        DATEADDED="20240517151500", SOURCEURL="https://example.org/news/1") | values)


GDELT_ROWS = [
    gdelt_row(),
    gdelt_row(GLOBALEVENTID="1159000002", SQLDATE="20240603", MonthYear="202406", EventCode="190", EventBaseCode="190",
              EventRootCode="19", QuadClass="4", GoldsteinScale="-10", Actor1Code="", Actor1Name="",
              Actor1CountryCode="", Actor1Type1Code="", ActionGeo_Type="3",
              ActionGeo_FullName="Washington, District of Columbia, United States", ActionGeo_CountryCode="US",
              ActionGeo_Lat="38.8951", ActionGeo_Long="-77.0364", AvgTone="-7.25"),
    gdelt_row(GLOBALEVENTID="1159000003", EventCode="0311", EventBaseCode="031", EventRootCode="03",
              Actor2Code="IGOUNO", Actor2Name="UNITED NATIONS", Actor2CountryCode="", Actor2KnownGroupCode="UNO",
              Actor2Type1Code="IGO", ActionGeo_Type="1", ActionGeo_FullName="Azerbaijan", ActionGeo_CountryCode="AJ",
              ActionGeo_Lat="40.5", ActionGeo_Long="47.5", Actor1Geo_Type="4", Actor1Geo_FullName="Moscow, Russia"),
    gdelt_row(GLOBALEVENTID="1159000004", EventCode="010", EventBaseCode="010", EventRootCode="01",
              GoldsteinScale="0", ActionGeo_Type="", ActionGeo_FullName="", ActionGeo_CountryCode="",
              ActionGeo_ADM1Code="", ActionGeo_Lat="", ActionGeo_Long="", ActionGeo_FeatureID="", SOURCEURL=""),
]


@pytest.fixture()
def gdelt_store(tmp_path):
    path = tmp_path / "in.CSV"
    path.write_text("".join(GDELT_ROWS), encoding="utf-8")
    with Store(tmp_path / "g.duckdb") as store:
        assert import_files(store, "gdelt", [path]).events_written == len(GDELT_ROWS)
        yield store


def _coded_event(day: str, source: str, target: str, kind: str = "ACCUSE") -> Event:
    return Event(doc_id=f"d-{day}", sentence_index=0, sentence=f"{source} criticised {target}.", char_start=0,
                 char_end=10, source=Actor(source, source, "GOV", "GOV", source, "dictionary"),
                 target=Actor(target, target, "GOV", "GOV", target, "dictionary"), plover_type=kind,
                 cameo_code="111", quad_class=3, goldstein=-2.0, plover_score=-3.0, date=day, date_precision="day",
                 location=Location("Paris", "FRA", 48.85, 2.35, "PPL"), confidence=0.9, coder_version="test")


@pytest.fixture()
def coded_store(tmp_path):
    from shadowline.coding.pipeline import CodedDocument

    with Store(tmp_path / "c.duckdb") as store:
        for day, source, target in (("2024-05-17", "RUS", "FRA"), ("2024-06-02", "AZE", "FRA"),
                                    ("2024-06-20", "TUR", "GRC")):
            document = Document(f"d-{day}", "text", day)
            store.write_batch([CodedDocument(document, [Sentence(document.doc_id, 0, "text", 0, 4)],
                                             [_coded_event(day, source, target)])])
        yield store


def test_gdelt_round_trip_keeps_every_field(gdelt_store):
    out = io.StringIO()
    assert export_events(gdelt_store, "gdelt-tsv", out) == len(GDELT_ROWS)
    written = {line.split("\t")[0]: line for line in out.getvalue().splitlines()}
    for row in GDELT_ROWS:
        expected = row.rstrip("\n").split("\t")
        got = written[expected[0]].split("\t")
        assert len(got) == 61
        assert {n: v for n, v, e in zip(GDELT2_COLUMNS, got, expected) if v != e} == {}


def test_gdelt_tsv_of_coded_events_has_61_columns_and_stable_numeric_ids(coded_store, tmp_path):
    first, second = io.StringIO(), io.StringIO()
    export_events(coded_store, "gdelt-tsv", first)
    export_events(coded_store, "gdelt-tsv", second)
    rows = [line.split("\t") for line in first.getvalue().splitlines()]
    assert first.getvalue() == second.getvalue() and len(rows) == 3
    fields = dict(zip(GDELT2_COLUMNS, rows[0]))
    assert fields["GLOBALEVENTID"].isdigit() and fields["SQLDATE"] == "20240517"
    assert (fields["Actor1Code"], fields["Actor1CountryCode"], fields["EventCode"], fields["EventRootCode"]) == (
        "RUSGOV", "RUS", "111", "11")
    assert (fields["ActionGeo_Type"], fields["ActionGeo_CountryCode"], fields["GoldsteinScale"]) == ("4", "FR", "-2")


def test_parquet_is_partitioned_by_month(coded_store, tmp_path):
    folder = tmp_path / "events-parquet"
    assert export_events(coded_store, "parquet", folder) == 3
    assert sorted(p.name for p in folder.iterdir()) == ["month=2024-05", "month=2024-06"]
    counts = duckdb.sql(f"SELECT month, count(*) FROM read_parquet('{folder}/**/*.parquet', hive_partitioning=true) "
                        "GROUP BY month ORDER BY month").fetchall()
    assert counts == [("2024-05", 1), ("2024-06", 2)]


def test_plover_jsonl_and_csv_respect_the_date_range_and_actor(coded_store):
    out = io.StringIO()
    assert export_events(coded_store, "plover-jsonl", out, EventSlice(since="2024-06-01")) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["actor"][0]["code"] for r in records] == ["AZE", "TUR"] and records[0]["event"] == ["ACCUSE"]
    out = io.StringIO()
    assert export_events(coded_store, "csv", out, EventSlice(actor="fra")) == 2
    assert [row["source_country"] for row in csv.DictReader(io.StringIO(out.getvalue()))] == ["RUS", "AZE"]


def test_graph_formats_write_the_relations_network(coded_store, tmp_path):
    import networkx as nx

    assert export_events(coded_store, "graphml", tmp_path / "all.graphml") == 3
    assert set(nx.read_graphml(tmp_path / "all.graphml")) == {"RUS", "FRA", "AZE", "TUR", "GRC"}
    assert export_events(coded_store, "gexf", tmp_path / "fra.gexf", EventSlice(actor="FRA")) == 2
    assert set(nx.read_gexf(tmp_path / "fra.gexf")) == {"RUS", "FRA", "AZE"}


def test_export_command_writes_to_stdout_or_asks_for_a_path(coded_store):
    db = coded_store.path
    coded_store.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "gdelt-tsv", "--db", db, "--until", "2024-05-31"])
    assert result.exit_code == 0 and result.stdout.count("\n") == 1 and "\tRUSGOV\t" in result.stdout
    assert "1 events written" in result.stderr
    result = runner.invoke(cli, ["export", "--format", "parquet", "--db", db])
    assert result.exit_code == 2 and "give --out PATH" in result.output


@pytest.mark.parametrize("fmt", ["gdelt-tsv", "csv", "parquet"])
def test_an_unwritable_out_path_is_a_file_error(coded_store, tmp_path, fmt):
    db = coded_store.path
    coded_store.close()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--db", db, "--out", str(blocked / "x")])
    assert result.exit_code == 4 and "cannot write" in result.output


@pytest.mark.parametrize("fmt", ["csv", "plover-jsonl"])
def test_a_large_export_is_written_in_batches_not_held_whole(tmp_path, fmt):
    import tracemalloc

    with Store(tmp_path / "big.duckdb") as store:
        store.con.execute("""
            INSERT INTO events (event_id, doc_id, sentence_index, sentence, date, source_text, source_country,
                                target_text, target_country, plover_type, plover_context, quad_class, modality)
            SELECT 'e' || i, 'doc' || (i // 10), i % 10, 'Russia criticised France. ' || repeat('x', 1000),
                   DATE '2024-01-01' + CAST(i % 300 AS INTEGER), 'Russia', 'RUS', 'France', 'FRA', 'ACCUSE',
                   ['diplomatic'], 3, 'asserted'
            FROM range(16000) r(i)""").fetchall()
        out = tmp_path / f"events.{fmt}"
        tracemalloc.start()
        try:
            written = export_events(store, fmt, out)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    size = out.stat().st_size
    assert written == 16000 and size > 16_000_000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte export"
    lines = out.read_text(encoding="utf-8").splitlines()
    first = lines[1] if fmt == "csv" else json.loads(lines[0])["date"]
    assert "2024-01-01" in first  # still oldest first
