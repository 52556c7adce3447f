"""Imported events are first-class: their actors are in the actors table and each has its mention row, as
coded events' are, so dedup, the API and the mention lists treat both alike."""

from __future__ import annotations

import csv
import io

from shadowline.coding.pipeline import CodedDocument
from shadowline.ontology.gdelt import gdelt_line
from shadowline.records import Actor, Document, Event, Sentence
from shadowline.store import Store
from shadowline.store import Store as ApiStore
from shadowline.store.dedup import deduplicate, event_mentions
from shadowline.store.importers import import_files

GDELT = {"GLOBALEVENTID": "9", "SQLDATE": "20240517", "Actor1Code": "RUSGOV", "Actor1Name": "RUSSIA",
         "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV", "Actor2Code": "FRA", "Actor2Name": "FRANCE",
         "Actor2CountryCode": "FRA", "EventCode": "111", "QuadClass": "3", "GoldsteinScale": "-2",
         "NumMentions": "12", "NumSources": "3", "NumArticles": "10",
         "SOURCEURL": "https://www.lemonde.fr/international/article/2024/05/17/x.html"}
ACLED_HEADER = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "location", "latitude",
                "longitude", "source", "notes", "fatalities")


def _gdelt(tmp_path, **values):
    path = tmp_path / f"{values.get('GLOBALEVENTID', '9')}.export.CSV"
    path.write_text(gdelt_line(GDELT | values), encoding="utf-8")
    return path


def _acled(tmp_path):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ACLED_HEADER)
    writer.writerow(["FRA1", "2024-05-17", "1", "Protests", "Peaceful protest", "Protesters (France)", "", "6", "",
                     "", "", "France", "Paris", "48.85", "2.35", "Le Monde; AFP", "Farmers marched.", "0"])
    path = tmp_path / "acled.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _coded(event_day="2024-05-17"):
    event = Event(doc_id="afp-1", sentence_index=0, sentence="Russia criticised France.", char_start=0, char_end=6,
                  source=Actor("Russia", "RUS", "GOV", "GOV", "RUSSIA", "dictionary"),
                  target=Actor("France", "FRA", None, None, "FRANCE", "dictionary"), plover_type="ACCUSE",
                  cameo_code="111", quad_class=3, goldstein=-2.0, plover_score=-3.0, modality="asserted",
                  date=event_day, date_precision="day", confidence=0.9, coder_version="test")
    document = Document("afp-1", "Russia criticised France.", event_day, url="https://afp.example/1", source="AFP")
    return CodedDocument(document, [Sentence("afp-1", 0, document.text, 0, len(document.text))], [event])


def _actors(store):
    return {(c, s, n, t): m for c, s, n, t, m in store.con.execute(
        "SELECT country, sector, name, text, n_mentions FROM actors").fetchall()}


def test_imported_actors_are_counted_in_the_actors_table(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        import_files(store, "gdelt", [_gdelt(tmp_path), _gdelt(tmp_path, GLOBALEVENTID="10")])
        actors = _actors(store)
    assert actors[("RUS", "GOV", "RUSSIA", "RUSSIA")] == 2
    assert actors[("FRA", "", "FRANCE", "FRANCE")] == 2


def test_a_coded_and_an_imported_mention_of_one_actor_count_together_and_the_empty_side_not_at_all(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded()])
        import_files(store, "gdelt", [_gdelt(tmp_path)])
        import_files(store, "acled", [_acled(tmp_path)])
        actors = _actors(store)
    assert actors[("RUS", "GOV", "RUSSIA", "Russia")] == 1 and actors[("RUS", "GOV", "RUSSIA", "RUSSIA")] == 1
    assert ("", "", "", "") not in actors  # the ACLED protest has no actor2
    assert sum(1 for key in actors if key[3] == "Protesters (France)") == 1


def test_importing_again_counts_no_actor_twice(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        import_files(store, "gdelt", [_gdelt(tmp_path)])
        import_files(store, "gdelt", [_gdelt(tmp_path)])
        assert _actors(store)[("FRA", "", "FRANCE", "FRANCE")] == 1
        assert store.con.execute("SELECT count(*) FROM event_mentions").fetchall() == [(1,)]


def test_each_imported_event_has_its_mention_row_with_document_url_publisher_and_counts(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        import_files(store, "gdelt", [_gdelt(tmp_path)])
        import_files(store, "acled", [_acled(tmp_path)])
        rows = {r[0]: r[1:] for r in store.con.execute(
            "SELECT m.event_id, m.doc_id, CAST(m.date AS VARCHAR), m.url, m.publisher, "
            "e.num_mentions, e.num_sources, e.num_articles "
            "FROM event_mentions m JOIN events e USING (event_id)").fetchall()}
    assert rows["gdelt:9"] == (GDELT["SOURCEURL"], "2024-05-17", GDELT["SOURCEURL"], "lemonde.fr", 12, 3, 10)
    assert rows["acled:FRA1"] == ("acled:FRA1", "2024-05-17", None, "Le Monde; AFP", 2, 2, 2)


def test_an_imported_event_shares_the_mention_key_of_a_coded_report_of_the_same_dyad_type_and_day(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded()])
        import_files(store, "gdelt", [_gdelt(tmp_path)])  # 111: ACCUSE, Russia -> France, 17 May
        keys = dict(store.con.execute("SELECT event_id, event_key FROM event_mentions").fetchall())
    assert len(keys) == 2 and len(set(keys.values())) == 1


def test_mention_lists_give_url_and_publisher_for_coded_and_imported_events_after_dedup(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded()])
        import_files(store, "gdelt", [_gdelt(tmp_path)])
        deduplicate(store.con)
        coded_id = store.con.execute("SELECT event_id FROM events WHERE source_dataset IS NULL").fetchall()[0][0]
        coded = event_mentions(store.con, coded_id)
        imported = event_mentions(store.con, "gdelt:9")
        counts = store.con.execute("SELECT num_mentions FROM events WHERE event_id = 'gdelt:9'").fetchall()
    assert [(m.doc_id, m.url, m.publisher) for m in coded] == [("afp-1", "https://afp.example/1", "AFP")]
    assert [(m.doc_id, m.publisher) for m in imported] == [(GDELT["SOURCEURL"], "lemonde.fr")]
    assert counts == [(12,)]  # dedup recounts coded events only; GDELT's own counts stay


def test_the_library_lists_imported_events_beside_coded_ones(tmp_path):
    with ApiStore(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded()])
        store.import_events("gdelt", _gdelt(tmp_path))
        found = {(e.event_id.split(":")[0], e.source.country, e.target.country) for e in store.events(actor="RUS")}
    assert ("gdelt", "RUS", "FRA") in found and len(found) == 2
