"""Cross-article deduplication: repeated reports become one event with its mentions; analysis counts events."""

from __future__ import annotations

from click.testing import CliRunner

from shadowline.analysis.events import load_events
from shadowline.cli import cli
from shadowline.ontology.gdelt import gdelt_line
from shadowline.records import Actor, Document, Event, Location, Sentence
from shadowline.store import Store
from shadowline.store.dedup import deduplicate, event_mentions, linked_events
from shadowline.store.importers import import_files


def _report(doc_id, day, kind="ACCUSE", place="FRA", modality="asserted", start=0):
    return Event(doc_id=doc_id, sentence_index=0, sentence=f"Russia criticised France ({doc_id}).", char_start=start,
                 char_end=start + 9, source=Actor("Russia", "RUS", "GOV", "GOV", "Russia", "dictionary"),
                 target=Actor("France", "FRA", "GOV", "GOV", "France", "dictionary"), plover_type=kind,
                 cameo_code="111", quad_class=3, goldstein=-2.0, plover_score=-3.0, modality=modality, date=day,
                 date_precision="day", location=Location("Paris", place) if place else None, confidence=0.9,
                 coder_version="test")


def _store(path, reports):
    from shadowline.coding.pipeline import CodedDocument

    store = Store(path)
    for event, publisher in reports:
        document = Document(event.doc_id, "text", event.date, source=publisher)
        store.write_batch([CodedDocument(document, [Sentence(event.doc_id, 0, "text", 0, 4)], [event])])
    return store


REPORTS = [
    (_report("afp-1", "2024-05-17"), "AFP"),
    (_report("reuters-1", "2024-05-18", place=None), "Reuters"),  # next day, no place: same event
    (_report("afp-2", "2024-05-18"), "AFP"),  # same publisher again
    (_report("tass-1", "2024-05-17", place="RUS"), "TASS"),  # another country's place: another event
    (_report("ap-1", "2024-05-25"), "AP"),  # a week later: another event
    (_report("ap-2", "2024-05-17", kind="THREATEN"), "AP"),  # another type
    (_report("ap-3", "2024-05-17", modality="negated"), "AP"),  # a denial is not the act
]


def test_repeated_reports_become_one_event_with_counts_and_mentions(tmp_path):
    with _store(tmp_path / "d.duckdb", REPORTS) as store:
        summary = deduplicate(store.con)
        assert (summary.mentions, summary.events) == (7, 5)
        first = REPORTS[0][0].event_id
        counts = store.con.execute("SELECT num_mentions, num_articles, num_sources FROM events WHERE event_id = ?",
                                   [first]).fetchall()
        assert counts == [(3, 3, 2)]
        mentions = event_mentions(store.con, first)
        assert [(m.doc_id, m.char_start, m.date) for m in mentions] == [
            ("afp-1", 0, "2024-05-17"), ("afp-2", 0, "2024-05-18"), ("reuters-1", 0, "2024-05-18")]


def test_analysis_counts_events_not_mentions(tmp_path):
    with _store(tmp_path / "d.duckdb", REPORTS) as store:
        before = load_events(store.con).num_rows
        deduplicate(store.con)
        after = load_events(store.con).num_rows
    assert (before, after) == (6, 4)  # the denial is never counted


def test_deduplicating_again_gives_the_same_result(tmp_path):
    with _store(tmp_path / "d.duckdb", REPORTS) as store:
        first = deduplicate(store.con)
        rows = store.con.execute("SELECT event_id, mention_of, num_mentions FROM events ORDER BY 1").fetchall()
        assert deduplicate(store.con) == first
        assert store.con.execute("SELECT event_id, mention_of, num_mentions FROM events ORDER BY 1").fetchall() == rows


def test_an_imported_event_of_the_same_day_and_dyad_is_linked_not_merged(tmp_path):
    gdelt = tmp_path / "g.CSV"
    gdelt.write_text(gdelt_line({"GLOBALEVENTID": "9", "SQLDATE": "20240517", "Actor1CountryCode": "RUS",
                                 "Actor2CountryCode": "FRA", "EventCode": "111", "QuadClass": "3",
                                 "GoldsteinScale": "-2"}), encoding="utf-8")
    with _store(tmp_path / "d.duckdb", REPORTS[:2]) as store:
        import_files(store, "gdelt", [gdelt])
        summary = deduplicate(store.con)
        assert summary.links == 1
        assert linked_events(store.con, REPORTS[0][0].event_id) == ["gdelt:9"]
        assert load_events(store.con).num_rows == 2  # one coded event, one GDELT event


def test_a_store_without_the_column_is_still_analysed(tmp_path):
    path = tmp_path / "old.duckdb"
    with _store(path, REPORTS[:2]) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN mention_of").fetchall()
    with Store(path, read_only=True) as store:
        assert load_events(store.con).num_rows == 2


def test_dedup_command_prints_the_summary(tmp_path):
    db = tmp_path / "d.duckdb"
    _store(db, REPORTS).close()
    result = CliRunner().invoke(cli, ["dedup", "--db", str(db)])
    assert result.exit_code == 0
    assert "7 coded mentions are 5 events (2 repeated reports); 0 links to imported events" in result.output
