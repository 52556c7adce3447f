"""ICEWS, ACLED and POLECAT files into the store: rows written from their published headers, with their traps."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from shadowline.cli import cli
from shadowline.store import Store
from shadowline.store.importers import import_files

ICEWS_HEADER = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")
ACLED_HEADER = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp")
POLECAT_HEADER = ("Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
                  "Actor Name", "Actor Country", "Primary Actor Sector", "Recipient Name", "Recipient Country",
                  "Primary Recipient Sector", "Placename", "Country", "Latitude", "Longitude", "Feature Type",
                  "Story ID", "Version")


def _write(path, header, rows, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header] if isinstance(row, dict) else row)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _import(tmp_path, dataset, path):
    problems = []
    with Store(tmp_path / "s.duckdb") as store:
        summary = import_files(store, dataset, [path], report=problems.append)
        events = {e.event_id: e for e in store.events()}
    return summary, events, [str(p) for p in problems]


ICEWS_VISIT = {"Event ID": "926685", "Event Date": "2014-03-01", "Source Name": "Vladimir Putin",
               "Source Sectors": "Executive,Government", "Source Country": "Russian Federation",
               "Event Text": "Make a visit", "CAMEO Code": "042", "Intensity": "1.9", "Target Name": "Ukraine",
               "Target Country": "Ukraine", "Story ID": "28235806", "Sentence Number": "2", "City": "Kyiv",
               "Country": "Ukraine", "Latitude": "50.45", "Longitude": "30.52"}


def test_icews_rows_map_names_sectors_and_codes(tmp_path):
    path = _write(tmp_path / "events.2014.20190315.tab", ICEWS_HEADER, [
        ICEWS_VISIT,
        ICEWS_VISIT | {"Event ID": "926686", "Source Name": "Military (Russia)", "Source Sectors": "Military",
                       "CAMEO Code": "190", "Intensity": "-10", "Target Name": "", "Target Country": "",
                       "City": "", "Province": "Crimea"},
        ICEWS_VISIT | {"Event ID": "926687", "CAMEO Code": "42"},  # a zero lost to a spreadsheet
    ], "\t")
    summary, events, problems = _import(tmp_path, "icews", path)
    assert problems == [] and summary.events_written == 3
    visit = events["icews:926685"]
    assert (visit.source.country, visit.target.country, visit.plover_type, visit.cameo_code) == (
        "RUS", "UKR", "CONSULT", "042")
    assert (visit.goldstein, visit.date, visit.sentence_index, visit.doc_id) == (
        1.9, "2014-03-01", 2, "icews:story:28235806")
    assert (visit.location.name, visit.location.iso3, visit.location.feature) == ("Kyiv", "UKR", "PPL")
    attack = events["icews:926686"]
    assert (attack.source.country, attack.source.sector, attack.plover_type, attack.quad_class) == (
        "RUS", "MIL", "ASSAULT", 4)
    assert attack.target.text == "" and attack.location.feature == "ADM1"
    assert events["icews:926687"].cameo_code == "042"


def test_icews_malformed_rows_are_reported_with_their_lines(tmp_path):
    path = _write(tmp_path / "events.tab", ICEWS_HEADER, [
        ICEWS_VISIT, ICEWS_VISIT | {"Event ID": "2", "Event Date": "03/01/2014"}, ["926690", "2014-03-01"],
        ICEWS_VISIT | {"Event ID": "3", "CAMEO Code": ""}, ICEWS_VISIT | {"Event ID": "4"}], "\t")
    summary, events, problems = _import(tmp_path, "icews", path)
    assert sorted(events) == ["icews:4", "icews:926685"]
    assert [p.split(": ")[0][-2:] for p in problems] == [":3", ":4", ":5"]
    assert "Event Date '03/01/2014'" in problems[0] and "2 fields, expected 20" in problems[1]


ACLED_CLASH = {"event_id_cnty": "MLI28001", "event_date": "2023-03-05", "year": "2023", "time_precision": "1",
               "event_type": "Battles", "sub_event_type": "Armed clash",
               "actor1": "Military Forces of Mali (2021-)", "assoc_actor_1": "Wagner Group", "inter1": "1",
               "actor2": "JNIM: Group for Support of Islam and Muslims", "inter2": "2", "country": "Mali",
               "admin1": "Mopti", "location": "Djenne", "latitude": "13.9055", "longitude": "-4.5555",
               "source": "Le Monde", "notes": "On 5 March 2023, Malian forces and Wagner\nclashed with JNIM\n"
               "fighters near Djenne.", "fatalities": "12"}
ACLED_PROTEST = {"event_id_cnty": "FRA3321", "event_date": "15 January 2024", "time_precision": "1",
                 "event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (France)",
                 "assoc_actor_1": "Farmers (France)", "inter1": "6", "inter2": "0", "country": "France",
                 "location": "Paris", "latitude": "48.8566", "longitude": "2.3522", "notes": "Farmers protested.",
                 "fatalities": "0"}


def test_acled_rows_map_types_actors_and_a_state_backer(tmp_path):
    path = _write(tmp_path / "acled.csv", ACLED_HEADER, [ACLED_CLASH, ACLED_PROTEST], ",")
    summary, events, problems = _import(tmp_path, "acled", path)
    assert problems == [] and summary.events_written == 2
    clash = events["acled:MLI28001"]
    assert (clash.plover_type, clash.plover_mode, clash.cameo_code) == ("ASSAULT", "firearms", "190")
    assert (clash.source.country, clash.source.sector, clash.source.backer) == ("MLI", "MIL", "RUS")
    assert "proxy_forces" in clash.plover_context
    assert (clash.target.country, clash.target.sector) == ("MLI", "REB")
    assert clash.sentence.startswith("On 5 March 2023") and "\n" in clash.sentence
    protest = events["acled:FRA3321"]
    assert (protest.plover_type, protest.date, protest.source.sector) == ("PROTEST", "2024-01-15", "CVL")
    assert protest.target.text == "" and protest.source.backer is None  # French farmers back no one
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    fatalities, original = con.execute(
        "SELECT fatalities, original FROM events WHERE source_event_id = 'MLI28001'").fetchall()[0]
    assert fatalities == 12 and json.loads(original)["source"] == "Le Monde"


def test_acled_lines_are_counted_across_quoted_newlines(tmp_path):
    path = _write(tmp_path / "acled.csv", ACLED_HEADER, [
        ACLED_CLASH, ACLED_PROTEST | {"event_id_cnty": "X1", "event_type": "Parades"},
        ["short", "row"], ACLED_PROTEST | {"event_id_cnty": "X2", "latitude": "north"}], ",")
    summary, events, problems = _import(tmp_path, "acled", path)
    # the clash spans lines 2-4 (its notes hold two newlines), so the next rows start at 5, 6 and 7
    assert [p.split(": ")[0].rsplit(":", 1)[1] for p in problems] == ["5", "6", "7"]
    assert "unknown event_type 'Parades'" in problems[0]
    assert sorted(events) == ["acled:MLI28001"]


def test_polecat_keeps_its_plover_coding(tmp_path):
    row = {"Event ID": "p-1", "Event Date": "2023-06-12", "Event Type": "ACCUSE", "Event Mode": "allege",
           "Event Intensity": "-3.5", "Quad Code": "3", "Contexts": "diplomatic;military",
           "Actor Name": "Sergey Lavrov", "Actor Country": "RUS", "Primary Actor Sector": "GOV",
           "Recipient Name": "NATO",
           "Recipient Country": "", "Placename": "Moscow", "Country": "RUS", "Latitude": "55.75",
           "Longitude": "37.61", "Feature Type": "PPLC", "Story ID": "s9", "Version": "1.1"}
    path = _write(tmp_path / "polecat.tsv", POLECAT_HEADER, [
        row, row | {"Event ID": "p-2", "Event Type": "DENOUNCE"}, row | {"Event ID": "p-3", "Recipient Name": ""}],
        "\t")
    summary, events, problems = _import(tmp_path, "polecat", path)
    assert summary.events_written == 2 and len(problems) == 1 and "'DENOUNCE' is not a PLOVER type" in problems[0]
    event = events["polecat:p-1"]
    assert (event.plover_type, event.plover_mode, event.plover_context) == ("ACCUSE", "allege",
                                                                           ["diplomatic", "military"])
    assert (event.source.country, event.target.country, event.quad_class, event.goldstein) == ("RUS", "NATO", 3, -3.5)
    assert event.cameo_code and event.coder_version == "POLECAT 1.1"
    assert events["polecat:p-3"].target.text == ""


def test_import_command_reports_skipped_rows_and_exits_1(tmp_path):
    path = _write(tmp_path / "acled.csv", ACLED_HEADER, [ACLED_PROTEST, ["short"]], ",")
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(cli, ["import", "acled", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert f"skipped {path}:3: 1 fields, expected 31" in result.output
    assert "acled: 1 files, 2 rows, 1 new events, 0 already stored, 1 malformed rows skipped" in result.output
    again = CliRunner().invoke(cli, ["import", "acled", str(path), "--db", str(db)])
    assert "0 new events, 1 already stored" in again.output


def test_the_library_store_imports_and_reports_through_a_callback(tmp_path):
    import shadowline as sl

    path = _write(tmp_path / "acled.csv", ACLED_HEADER, [ACLED_PROTEST, ["short"]], ",")
    problems = []
    with sl.Store(tmp_path / "api.duckdb") as store:
        summary = store.import_events("acled", path, on_problem=problems.append)
        assert [e.event_id for e in store.events()] == ["acled:FRA3321"]
    assert summary.to_dict()["events_written"] == 1
    assert problems == [f"{path}:3: 1 fields, expected 31 as in the header"]
    with sl.Store(tmp_path / "api.duckdb") as store, pytest.raises(sl.InvalidParameter):
        store.import_events("cameo", path)


PLOVER_RECORD = {  # laid out as the PLOVER manual's "Data Fields" chapter names them
    "id": "pl-1", "date": "2023-04-05", "event": ["ACCUSE"], "mode": ["allege"], "context": ["diplomatic", "military"],
    "quad_code": 3, "event_scale": -3.5, "text": "Moscow accused NATO of escalation.",
    "actor": [{"code": "RUS", "sector": "GOV", "entity_text": "Moscow"}],
    "recipient": [{"code": "NATO", "sector": "MIL", "entity_text": "NATO"}],
    "event_loc": {"resolved_place": "Moscow", "country_code": "RUS", "lat": 55.75, "lon": 37.62,
                  "feature_code": "PPLC"},
    "cite_info": {"url": "https://example.org/a", "publication": "Example News"},
}


def test_plover_json_lines_are_read_under_the_manuals_field_names(tmp_path):
    path = tmp_path / "plover.jsonl"
    path.write_text(json.dumps(PLOVER_RECORD) + "\n\n" + "{not json\n"
                    + json.dumps(PLOVER_RECORD | {"id": "pl-2", "recipient": []}) + "\n", encoding="utf-8")
    summary, events, problems = _import(tmp_path, "polecat", path)
    assert summary.events_written == 2 and problems == [f"{path}:3: not a JSON object (Expecting property name "
                                                        "enclosed in double quotes)"]
    event = events["polecat:pl-1"]
    assert (event.source.country, event.source.sector, event.source.text) == ("RUS", "GOV", "Moscow")
    assert (event.target.country, event.plover_type, event.plover_mode, event.plover_context) == (
        "NATO", "ACCUSE", "allege", ["diplomatic", "military"])
    assert (event.quad_class, event.goldstein, event.sentence) == (3, -3.5, "Moscow accused NATO of escalation.")
    assert (event.location.name, event.location.iso3, event.location.lat, event.location.feature) == (
        "Moscow", "RUS", 55.75, "PPLC")
    assert events["polecat:pl-2"].target.text == ""


def test_flat_plover_names_are_read_whatever_their_case_and_spacing(tmp_path):
    header = ("ID", "Date", "Event", "Mode", "Context", "QUAD CODE", "event scale", "Actor Code", "actor_sector",
              "Actor Entity Text", "recipient code", "Recipient_Sector", "recipient_entity_text", "Resolved Place",
              "country_code", "LAT", "Lon")
    row = ["pl-3", "2023-04-05", "accuse", "", "military", "3", "-3.5", "RUS", "gov", "Moscow", "FRA", "GOV",
           "Paris", "Moscow", "RUS", "55.75", "37.62"]
    path = _write(tmp_path / "flat.csv", header, [row], ",")
    summary, events, problems = _import(tmp_path, "polecat", path)
    assert problems == [] and summary.events_written == 1
    event = events["polecat:pl-3"]
    assert (event.source.country, event.source.sector, event.target.country, event.plover_type) == (
        "RUS", "GOV", "FRA", "ACCUSE")
    assert (event.location.name, event.location.lat) == ("Moscow", 55.75)


def test_shadowlines_own_plover_export_imports_back(tmp_path):
    from shadowline.store.exchange import export_events

    first = tmp_path / "plover.jsonl"
    first.write_text(json.dumps(PLOVER_RECORD) + "\n", encoding="utf-8")
    with Store(tmp_path / "a.duckdb") as store:
        import_files(store, "polecat", [first])
        export_events(store, "plover-jsonl", tmp_path / "again.jsonl")
    with Store(tmp_path / "b.duckdb") as store:
        summary = import_files(store, "polecat", [tmp_path / "again.jsonl"])
        event = store.events()[0]
    assert summary.events_written == 1 and summary.problems == []
    assert (event.source.country, event.source.text, event.target.country, event.plover_type, event.plover_mode) == (
        "RUS", "Moscow", "NATO", "ACCUSE", "allege")
    assert (event.location.name, event.location.iso3, event.quad_class) == ("Moscow", "RUS", 3)


def test_plover_export_writes_the_manuals_field_names_and_imports_back_as_the_same_events(tmp_path):
    from shadowline.coding.pipeline import CodedDocument
    from shadowline.records import Actor, Document, Event, Location, Sentence
    from shadowline.store.exchange import export_events

    text = "Russian troops shelled Kharkiv. France sent aid to Ukraine."
    events = [
        Event(doc_id="d1", sentence_index=0, sentence="Russian troops shelled Kharkiv.", char_start=0, char_end=14,
              source=Actor("Russian troops", "RUS", "MIL", "MIL", "RUSSIA", "dictionary"),
              target=Actor("Kharkiv", "UKR", None, None, "UKRAINE", "place"), plover_type="ASSAULT",
              plover_mode="heavy-weapons", plover_context=["military"], cameo_code="194", quad_class=4,
              goldstein=-10.0, plover_score=-9.0, modality="asserted", date="2024-02-03", date_precision="day",
              location=Location("Kharkiv", "UKR", 49.99, 36.23, "PPLA"), confidence=0.8, coder_version="test"),
        Event(doc_id="d1", sentence_index=1, sentence="France sent aid to Ukraine.", char_start=32, char_end=38,
              source=Actor("France", "FRA", "GOV", "GOV", "FRANCE", "dictionary"),
              target=Actor("Ukraine", "UKR", None, None, "UKRAINE", "dictionary"), plover_type="AID",
              cameo_code="070", quad_class=2, goldstein=7.0, plover_score=5.0, modality="asserted",
              date="2024-02-04", date_precision="day", confidence=0.9, coder_version="test"),
    ]
    coded = CodedDocument(Document("d1", text, "2024-02-03"), [Sentence("d1", 0, text, 0, len(text))], events)
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    with Store(first) as store:
        store.write_batch([coded])
        assert export_events(store, "plover-jsonl", tmp_path / "coded.jsonl") == 2
        exported = store.events()
    record = json.loads((tmp_path / "coded.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["actor"][0]["entity_text"] == "Russian troops" and record["actor"][0]["sector"] == "MIL"
    assert record["event_loc"]["resolved_place"] == "Kharkiv" and record["cite_info"]["citation"] == "d1"
    with Store(second) as store:
        summary = import_files(store, "polecat", [tmp_path / "coded.jsonl"])
        imported = store.events()
        assert export_events(store, "plover-jsonl", tmp_path / "again.jsonl") == 2
        import_files(store, "polecat", [tmp_path / "again.jsonl"])  # its own export: the same events again
        assert store.count_events() == 2
    assert summary.events_written == 2 and summary.problems == []

    def essentials(event):
        loc = event.location
        return (event.date, event.sentence, event.source.text, event.source.country, event.source.sector,
                event.target.text, event.target.country, event.plover_type, event.plover_mode, event.plover_context,
                event.quad_class, event.goldstein, event.modality,
                (loc.name, loc.iso3, loc.lat, loc.lon, loc.feature) if loc else None)

    assert [essentials(e) for e in imported] == [essentials(e) for e in exported]
