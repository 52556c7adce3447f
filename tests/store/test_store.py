"""The store: idempotent, transactional, round-trips events, exports."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from shadowline.records import Actor, Document, Event, Location
from shadowline.store import Store, StoreError
from shadowline.store.export import write_events, write_parquet


def _event(doc_id="d1", index=0, kind="ACCUSE"):
    return Event(doc_id=doc_id, sentence_index=index, sentence="Russia criticised France.", char_start=7,
                 char_end=17, source=Actor("Russia", "RUS", "GOV", "GOV", "Russia", "dictionary"),
                 target=Actor("France", "FRA", "GOV", "GOV", "France", "dictionary"), plover_type=kind,
                 cameo_code="111", quad_class=3, goldstein=-2.0, plover_score=-3.0, plover_context=["diplomatic"],
                 date="2024-05-17", date_precision="day", location=Location("Paris", "FRA", 48.85, 2.35, "PPL"),
                 confidence=0.9, coder_version="test")


def _coded(doc_id="d1", events=None):
    from shadowline.coding.pipeline import CodedDocument
    from shadowline.records import Sentence

    document = Document(doc_id, "Russia criticised France.", "2024-05-17")
    return CodedDocument(document, [Sentence(doc_id, 0, document.text, 0, len(document.text))],
                         events if events is not None else [_event(doc_id)])


def test_events_round_trip(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        result = store.write_batch([_coded()])
        assert (result.documents_written, result.events_written) == (1, 1)
        [event] = store.events()
    assert event == _event()


def test_ingesting_twice_stores_once(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([_coded()])
        again = store.write_batch([_coded()])
        assert again.documents_skipped == 1 and again.documents_written == 0
        assert store.count_events() == 1 and store.count_documents() == 1


def test_a_failing_batch_leaves_nothing_half_written(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([_coded("d0")])
        broken = _coded("d2")
        broken.events[0].sentence_index = "not a number"  # type: ignore[assignment]
        with pytest.raises(duckdb.Error):
            store.write_batch([_coded("d1"), broken])
        assert store.count_documents() == 1 and store.count_events() == 1
        assert not store.has_document("d1")


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    not_a_store = tmp_path / "other.duckdb"
    duckdb.connect(str(not_a_store)).close()
    with pytest.raises(StoreError, match="not a shadowline store"):
        Store(not_a_store, read_only=True)


def test_filters(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded("d1", [_event("d1", 0, "ACCUSE")]), _coded("d2", [_event("d2", 0, "AID")])])
        assert len(store.events(actor="rus")) == 2
        assert [e.plover_type for e in store.events(plover_type="aid")] == ["AID"]
        assert store.events(since="2025-01-01") == []
        assert store.top_dyads()[0]["source"] == "RUS"


def test_exports_nest_actors_and_use_plover_names(tmp_path):
    events = [_event()]
    out = io.StringIO()
    write_events(events, "jsonl", out)
    record = json.loads(out.getvalue())
    assert record["source"] == {"text": "Russia", "country": "RUS", "sector": "GOV", "cameo_role": "GOV",
                                "name": "Russia", "via": "dictionary", "backer": None, "kind": None}
    out = io.StringIO()
    write_events(events, "plover", out)
    plover = json.loads(out.getvalue())
    assert plover["event"] == ["ACCUSE"] and plover["actor"][0]["code"] == "RUS" and plover["quad_code"] == 3
    out = io.StringIO()
    write_events(events, "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["source_country"] == "RUS" and row["plover_context"] == "diplomatic"
    import pyarrow.parquet as pq

    table = pq.read_table(write_parquet(events, tmp_path / "e.parquet"))
    assert table.column("plover_type").to_pylist() == ["ACCUSE"]


def test_actor_kinds_are_stored_and_older_stores_gain_the_columns(tmp_path):
    from dataclasses import replace

    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN source_kind")
        store.con.execute("ALTER TABLE events DROP COLUMN target_kind")
    event = _event()
    event = replace(event, source=replace(event.source, kind="state"), target=replace(event.target, kind="seat"))
    with Store(path) as store:
        store.write_batch([_coded("d1", [event])])
        [stored] = store.events()
    assert (stored.source.kind, stored.target.kind) == ("state", "seat")


def test_a_store_made_before_actor_kinds_reads_read_only(tmp_path):
    path = tmp_path / "older.duckdb"
    with Store(path) as store:
        store.write_batch([_coded()])
        store.con.execute("ALTER TABLE events DROP COLUMN source_kind")
        store.con.execute("ALTER TABLE events DROP COLUMN target_kind")
    with Store(path, read_only=True) as store:
        [event] = store.events()
    assert event.source.country == "RUS" and event.source.kind is None


def test_event_pages_of_a_store_made_before_actor_kinds(tmp_path):
    from shadowline.store.pages import EventQuery, read_events

    path = tmp_path / "older.duckdb"
    with Store(path) as store:
        store.write_batch([_coded()])
        store.con.execute("ALTER TABLE events DROP COLUMN source_kind")
        store.con.execute("ALTER TABLE events DROP COLUMN target_kind")
    with Store(path, read_only=True) as store:
        [event] = read_events(store.con, EventQuery(limit=10))
    assert event.source.country == "RUS" and event.target.kind is None
