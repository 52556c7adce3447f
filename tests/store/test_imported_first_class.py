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


def _old_store(path):
    """A store as written before imported events had actors and mention rows: imported events in `events`,
    none of them in `actors` or `event_mentions` (which had no url or publisher yet); one coded event that has both."""
    import duckdb

    from shadowline.store.schema import DDL, SCHEMA_VERSION

    con = duckdb.connect(str(path))
    for statement in DDL:
        if "event_mentions ADD COLUMN" not in statement:
            con.execute(statement)
    con.execute(f"INSERT INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}')")
    con.execute("""INSERT INTO events (event_id, doc_id, sentence_index, date, source_text, source_country,
                       source_sector, source_name, target_text, target_country, target_name, plover_type,
                       quad_class, modality, origin, source_dataset, source_event_id, source_url, num_mentions,
                       num_sources, num_articles, original) VALUES
        ('gdelt:9', 'https://www.lemonde.fr/a.html', 0, DATE '2024-05-17', 'RUSSIA', 'RUS', 'GOV', 'RUSSIA',
         'FRANCE', 'FRA', 'FRANCE', 'ACCUSE', 3, 'asserted', 'import', 'gdelt', '9', 'https://www.lemonde.fr/a.html',
         12, 3, 10, '{"GLOBALEVENTID": "9"}'),
        ('icews:1', 'icews:story:5', 0, DATE '2024-05-18', 'Russia', 'RUS', 'GOV', 'RUSSIA', 'France', 'FRA',
         'FRANCE', 'ACCUSE', 3, 'asserted', 'import', 'icews', '1', NULL, NULL, NULL, NULL,
         '{"Event ID": "1", "Publisher": "Reuters", "Source Name": "Russia"}'),
        ('acled:FRA1', 'acled:FRA1', 0, DATE '2024-05-17', 'Protesters (France)', 'FRA', 'CVL',
         'Protesters (France)', '', NULL, NULL, 'PROTEST', 3, 'asserted', 'import', 'acled', 'FRA1', NULL, NULL,
         NULL, NULL, '{"event_id_cnty": "FRA1", "source": "Le Monde;  AFP", "source_scale": "National"}')""")
    con.execute("""INSERT INTO events (event_id, doc_id, sentence_index, date, source_text, source_country,
                       source_sector, source_name, target_text, target_country, target_name, plover_type,
                       quad_class, modality) VALUES
        ('c1', 'afp-1', 0, DATE '2024-05-17', 'Russia', 'RUS', 'GOV', 'RUSSIA', 'France', 'FRA', 'FRANCE',
         'ACCUSE', 3, 'asserted')""")
    con.execute("INSERT INTO actors VALUES ('RUS', 'GOV', NULL, 'RUSSIA', 'Russia', NULL, NULL, 1), "
                "('FRA', '', NULL, 'FRANCE', 'France', NULL, NULL, 1)")
    con.execute("INSERT INTO event_mentions VALUES ('k', 'c1', 'afp-1', DATE '2024-05-17')")
    con.close()


def test_an_older_stores_imported_events_gain_actors_and_mentions_once_when_opened_for_writing(tmp_path):
    path = tmp_path / "old.duckdb"
    _old_store(path)
    with Store(path, read_only=True) as store:  # read-only it stays as it is
        assert store.con.execute("SELECT count(*) FROM event_mentions").fetchall() == [(1,)]
    for _ in range(2):  # the second opening adds nothing
        with Store(path) as store:
            actors = _actors(store)
            mentions = {r[0]: r[1:] for r in store.con.execute(
                "SELECT m.event_id, m.url, m.publisher, e.num_mentions, e.num_sources, e.num_articles "
                "FROM event_mentions m JOIN events e USING (event_id)").fetchall()}
            done = store.con.execute("SELECT value FROM meta WHERE key = 'imported_first_class'").fetchall()
    assert done == [("1",)]
    assert mentions == {"c1": (None, None, None, None, None),
                        "gdelt:9": ("https://www.lemonde.fr/a.html", "lemonde.fr", 12, 3, 10),
                        "icews:1": (None, "Reuters", 1, 1, 1),
                        "acled:FRA1": (None, "Le Monde; AFP", 2, 2, 2)}
    assert actors[("RUS", "GOV", "RUSSIA", "Russia")] == 2  # the coded event's, and ICEWS's
    assert actors[("RUS", "GOV", "RUSSIA", "RUSSIA")] == 1 and actors[("FRA", "", "FRANCE", "France")] == 2
    assert actors[("FRA", "CVL", "Protesters (France)", "Protesters (France)")] == 1
    assert ("", "", "", "") not in actors  # the protest's empty side is no actor
    with Store(path) as store:  # and the key is the same one a fresh import gives the GDELT event
        keys = dict(store.con.execute("SELECT event_id, event_key FROM event_mentions").fetchall())
    assert keys["gdelt:9"] != keys["icews:1"]  # another day


def test_a_backfill_that_fails_leaves_the_older_store_as_it_was(tmp_path, monkeypatch):
    import pytest

    from shadowline.store import mentions

    path = tmp_path / "old.duckdb"
    _old_store(path)
    calls = []

    def failing(con, relation, params=None):
        calls.append(relation)
        con.execute("INSERT INTO event_mentions (event_key, event_id) VALUES ('half', 'gdelt:9')")
        raise RuntimeError("disk full")

    monkeypatch.setattr(mentions, "record_mentions", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        Store(path)
    monkeypatch.undo()
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        assert calls
        assert con.execute("SELECT count(*) FROM event_mentions").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM meta WHERE key = 'imported_first_class'").fetchall() == [(0,)]
        assert con.execute("SELECT num_mentions FROM events WHERE event_id = 'icews:1'").fetchall() == [(None,)]
        assert con.execute("SELECT sum(n_mentions) FROM actors").fetchall() == [(2,)]
    finally:
        con.close()
    with Store(path) as store:  # the next opening for writing does the whole backfill
        assert store.con.execute("SELECT count(*) FROM event_mentions").fetchall() == [(4,)]
