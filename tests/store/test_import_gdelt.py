"""GDELT event files into the store: rows written from the published 2.0 and 1.0 layouts, with their traps."""

from __future__ import annotations

import json
import zipfile

import duckdb
import pytest

from shadowline.ontology.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS, gdelt_line
from shadowline.store import Store
from shadowline.store.importers import import_files

RUSSIA_VISITS_FRANCE = dict(
    GLOBALEVENTID="1159000001", SQLDATE="20240517", MonthYear="202405", Year="2024", FractionDate="2024.3726",
    Actor1Code="RUSGOV", Actor1Name="RUSSIA", Actor1CountryCode="RUS", Actor1Type1Code="GOV", Actor2Code="FRAMED",
    Actor2Name="FRANCE", Actor2CountryCode="FRA", Actor2Type1Code="MED", IsRootEvent="1", EventCode="042",
    EventBaseCode="042", EventRootCode="04", QuadClass="1", GoldsteinScale="1.9", NumMentions="10", NumSources="2",
    NumArticles="9", AvgTone="-1.5", ActionGeo_Type="4", ActionGeo_FullName="Paris, Ile-de-France, France",
    ActionGeo_CountryCode="FR", ActionGeo_ADM1Code="FRA8", ActionGeo_Lat="48.8667", ActionGeo_Long="2.33333",
    ActionGeo_FeatureID="-1456928", DATEADDED="20240517151500", SOURCEURL="https://example.org/news/1")


def gdelt_row(columns=GDELT2_COLUMNS, **values: str) -> str:
    """One line in a GDELT layout: a Russia -> France visit in Paris unless overridden."""
    return gdelt_line(RUSSIA_VISITS_FRANCE | values, columns)


def _import(tmp_path, text: str, name: str = "20240517151500.export.CSV", db: str = "g.duckdb"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    problems = []
    with Store(tmp_path / db) as store:
        summary = import_files(store, "gdelt", [path], report=problems.append)
        events = {e.event_id: e for e in store.events()}
    return summary, events, [str(p) for p in problems]


def test_a_gdelt_2_row_becomes_an_event_with_every_mapped_field(tmp_path):
    summary, events, problems = _import(tmp_path, gdelt_row())
    assert problems == [] and summary.events_written == 1
    event = events["gdelt:1159000001"]
    assert (event.plover_type, event.plover_mode, event.cameo_code) == ("CONSULT", "visit", "042")
    assert (event.quad_class, event.goldstein, event.date) == (1, 1.9, "2024-05-17")
    assert (event.source.country, event.source.sector, event.source.cameo_role) == ("RUS", "GOV", "GOV")
    # CAMEO's MED role is media, PLOVER's JRN sector
    assert (event.target.country, event.target.sector, event.target.cameo_role) == ("FRA", "JRN", "MED")
    assert (event.location.iso3, event.location.lat, event.location.feature) == ("FRA", 48.8667, "PPL")
    assert event.doc_id == "https://example.org/news/1"


def test_counts_url_and_original_fields_are_kept(tmp_path):
    _import(tmp_path, gdelt_row())
    con = duckdb.connect(str(tmp_path / "g.duckdb"), read_only=True)
    row = con.execute("SELECT source_dataset, source_event_id, num_mentions, num_sources, num_articles, "
                      "source_url, original FROM events").fetchall()[0]
    assert row[:6] == ("gdelt", "1159000001", 10, 2, 9, "https://example.org/news/1")
    original = json.loads(row[6])
    assert original["AvgTone"] == "-1.5" and original["ActionGeo_FeatureID"] == "-1456928"
    written = dict(zip(GDELT2_COLUMNS, gdelt_row().rstrip("\n").split("\t")))
    assert original == {name: value for name, value in written.items() if value}


def test_leading_zeros_survive_and_a_lost_one_is_put_back(tmp_path):
    text = gdelt_row(GLOBALEVENTID="1", EventCode="0311") + gdelt_row(GLOBALEVENTID="2", EventCode="42")
    _, events, _ = _import(tmp_path, text)
    assert events["gdelt:1"].cameo_code == "0311" and events["gdelt:1"].plover_type == "AGREE"
    assert events["gdelt:2"].cameo_code == "042"


def test_an_event_with_an_empty_actor_is_stored_with_that_side_empty(tmp_path):
    text = gdelt_row(Actor1Code="", Actor1Name="", Actor1CountryCode="", Actor1Type1Code="")
    _, events, _ = _import(tmp_path, text)
    event = events["gdelt:1159000001"]
    assert event.source.text == "" and event.source.country is None
    assert event.target.country == "FRA"


def test_a_known_group_stands_in_for_a_missing_country(tmp_path):
    _, events, _ = _import(tmp_path, gdelt_row(Actor2Code="IGOUNO", Actor2Name="UNITED NATIONS",
                                               Actor2CountryCode="", Actor2KnownGroupCode="UNO"))
    target = events["gdelt:1159000001"].target
    assert (target.country, target.via, target.kind) == ("UNO", "gdelt KnownGroupCode", "organisation")
    assert events["gdelt:1159000001"].source.kind == "agent"  # a country with a role: RUSGOV


def test_statements_and_appeals_are_kept_without_a_plover_type(tmp_path):
    _, events, _ = _import(tmp_path, gdelt_row(EventCode="010", EventBaseCode="010", EventRootCode="01"))
    event = events["gdelt:1159000001"]
    assert event.plover_type is None and event.cameo_code == "010" and event.quad_class == 1


def test_events_without_a_plover_type_are_listed_with_their_cameo_code(tmp_path):
    from click.testing import CliRunner

    from shadowline.cli import cli

    _import(tmp_path, gdelt_row(EventCode="010", EventBaseCode="010", EventRootCode="01"))
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "g.duckdb")])
    assert result.exit_code == 0 and "CAMEO 010" in result.output


def test_gdelt_1_files_of_58_and_57_columns(tmp_path):
    since_2013 = tmp_path / "20130401.export.CSV"
    since_2013.write_text(gdelt_row(GDELT1_COLUMNS, GLOBALEVENTID="7"), encoding="utf-8")
    before = tmp_path / "201301.csv"
    before.write_text(gdelt_row(GDELT1_COLUMNS[:-1], GLOBALEVENTID="8"), encoding="utf-8")
    with Store(tmp_path / "g1.duckdb") as store:
        summary = import_files(store, "gdelt", [since_2013, before])
        events = {e.event_id: e for e in store.events()}
    assert summary.problems == [] and summary.events_written == 2
    assert events["gdelt:7"].coder_version == "GDELT 1.0" and events["gdelt:7"].doc_id == "https://example.org/news/1"
    assert events["gdelt:8"].doc_id == "gdelt:8" and events["gdelt:8"].location.iso3 == "FRA"


def test_a_zipped_export_is_read(tmp_path):
    archive = tmp_path / "20240517151500.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("20240517151500.export.CSV", gdelt_row())
    with Store(tmp_path / "z.duckdb") as store:
        assert import_files(store, "gdelt", [archive]).events_written == 1


def test_malformed_rows_are_reported_with_file_and_line_and_the_rest_go_in(tmp_path):
    text = (gdelt_row(GLOBALEVENTID="1") + "1\t20240517\tonly three\n" + gdelt_row(GLOBALEVENTID="x2")
            + gdelt_row(GLOBALEVENTID="3", SQLDATE="2024-05-17") + "\n" + gdelt_row(GLOBALEVENTID="4"))
    summary, events, problems = _import(tmp_path, text)
    assert sorted(events) == ["gdelt:1", "gdelt:4"]
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "3", "4"]
    assert "3 tab-separated fields; expected 61" in problems[0]
    assert "GLOBALEVENTID 'x2'" in problems[1] and "SQLDATE '2024-05-17'" in problems[2]
    assert summary.rows == 5 and "3 malformed rows skipped" in summary.line()


def test_importing_again_adds_nothing(tmp_path):
    text = gdelt_row(GLOBALEVENTID="1") + gdelt_row(GLOBALEVENTID="2") + gdelt_row(GLOBALEVENTID="2")
    first, _, _ = _import(tmp_path, text)
    second, events, _ = _import(tmp_path, text)
    assert (first.events_written, second.events_written, len(events)) == (2, 0, 2)
    assert "0 new events, 3 already stored" in second.line()


def test_a_missing_file_is_reported_and_the_others_go_on(tmp_path):
    good = tmp_path / "a.CSV"
    good.write_text(gdelt_row(), encoding="utf-8")
    with Store(tmp_path / "m.duckdb") as store:
        summary = import_files(store, "gdelt", [tmp_path / "missing.CSV", good])
    assert summary.events_written == 1 and "missing.CSV: no such file" in str(summary.problems[0])


def test_a_broken_zip_is_reported_and_the_others_go_on(tmp_path):
    broken = tmp_path / "20240517.export.CSV.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    good = tmp_path / "b.CSV"
    good.write_text(gdelt_row(), encoding="utf-8")
    with Store(tmp_path / "z.duckdb") as store:
        summary = import_files(store, "gdelt", [broken, good])
    assert summary.events_written == 1 and "cannot read" in str(summary.problems[0])
    assert "1 files failed" in summary.line()


def test_a_store_made_before_imports_stays_readable_and_gains_the_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN original")
        store.con.execute("ALTER TABLE events DROP COLUMN source_dataset")
    with Store(path, read_only=True) as store:
        assert store.events() == []
    gdelt = tmp_path / "a.CSV"
    gdelt.write_text(gdelt_row(), encoding="utf-8")
    with Store(path) as store:
        assert import_files(store, "gdelt", [gdelt]).events_written == 1
        assert store.con.execute("SELECT source_dataset FROM events").fetchall() == [("gdelt",)]


def test_windows_line_ends_a_byte_order_mark_and_bad_bytes(tmp_path):
    path = tmp_path / "crlf.CSV"
    lines = gdelt_row(GLOBALEVENTID="1", Actor1Name="CAFÉ") + gdelt_row(GLOBALEVENTID="2")
    path.write_bytes(b"\xef\xbb\xbf" + lines.replace("\n", "\r\n").encode() + b"3\t20240101\t\xff\xfe\r\n")
    with Store(tmp_path / "w.duckdb") as store:
        summary = import_files(store, "gdelt", [path])
        rows = store.con.execute("SELECT event_id, source_text, source_url FROM events ORDER BY 1").fetchall()
    assert rows == [("gdelt:1", "CAFÉ", "https://example.org/news/1"), ("gdelt:2", "RUSSIA", "https://example.org/news/1")]
    assert [(p.line, p.reason.split(";")[0]) for p in summary.problems] == [(3, "3 tab-separated fields")]


@pytest.mark.parametrize("bad", ["", "\x00\x01binary"])
def test_empty_or_binary_input_imports_nothing_and_does_not_crash(tmp_path, bad):
    summary, events, _ = _import(tmp_path, bad)
    assert events == {} and summary.events_written == 0


def test_a_file_read_in_pieces_reports_lines_of_the_whole_file(tmp_path, monkeypatch):
    from shadowline.store.importers import gdelt

    monkeypatch.setattr(gdelt, "CHUNK_LINES", 2)  # pieces of lines 1-2, 3-4, 5-6, 7
    text = (gdelt_row(GLOBALEVENTID="1") + gdelt_row(GLOBALEVENTID="2") + gdelt_row(GLOBALEVENTID="3")
            + "4\t20240517\tonly three\n" + gdelt_row(GLOBALEVENTID="5") + gdelt_row(GLOBALEVENTID="x6")
            + gdelt_row(GLOBALEVENTID="1"))  # an id of the first piece again
    archive = tmp_path / "20240517151500.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("20240517151500.export.CSV", text)
    problems = []
    with Store(tmp_path / "p.duckdb") as store:
        summary = import_files(store, "gdelt", [archive], report=problems.append)
        assert sorted(e.event_id for e in store.events()) == ["gdelt:1", "gdelt:2", "gdelt:3", "gdelt:5"]
        assert store.con.execute("SELECT count(*) FROM event_mentions").fetchall() == [(4,)]
    assert [(p.line, p.reason.split(" ")[0]) for p in problems] == [(4, "3"), (6, "GLOBALEVENTID")]
    assert (summary.rows, summary.events_written, summary.already_stored) == (7, 4, 1)
