"""The store writes records; reading, coding and the flow between them live outside it."""

from __future__ import annotations

import ast
from pathlib import Path

import shadowline as sl
from shadowline.records import Actor, CodedDocument, Document, Event, Sentence

STORE = Path(__file__).resolve().parents[2] / "src" / "shadowline" / "store"


def test_the_store_neither_reads_nor_codes() -> None:
    for source in sorted(STORE.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        assert "code_documents" not in text, source.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("shadowline.coding", "shadowline.nlp", "shadowline.readers",
                                                   "shadowline.api", "shadowline.analysis.ties")), source.name


def test_the_store_writes_coded_records_it_is_given(tmp_path: Path) -> None:
    document = Document("d1", "Russia criticised France.", "2024-03-01")
    event = Event("d1", 0, document.text, 7, 17, Actor("Russia", "RUS"), Actor("France", "FRA"), "ACCUSE",
                  quad_class=3, date="2024-03-01")
    coded = CodedDocument(document, [Sentence("d1", 0, document.text, 0, len(document.text))], [event])
    with sl.Store(tmp_path / "s.duckdb") as store:
        result = store.write_batch([coded])
        assert (result.documents_written, result.events_written) == (1, 1)
        assert [e.event_id for e in store.events()] == [event.event_id]


def test_a_new_store_has_the_ties_table_in_its_schema(tmp_path: Path) -> None:
    with sl.Store(tmp_path / "s.duckdb") as store:
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"events", "documents", "ties"} <= tables
