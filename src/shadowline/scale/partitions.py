"""Coded documents as Arrow tables, and back: the form in which a partition travels from a Dask worker.

A partition is three tables with the columns of the store's tables: ``documents``, ``sentences`` and
``events`` (:data:`~shadowline.store.database.EVENT_COLUMNS`, ``date`` as an Arrow date). Written as
Parquet (``write_partition``), the ``events`` files form a dataset that DuckDB, Spark or
:mod:`shadowline.scale.analysis` read directly. Turned back into
:class:`~shadowline.coding.pipeline.CodedDocument` records (``coded_documents``), a partition goes to
the store through the same ``Store.write_batch`` as the local engine's output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as date_type
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from shadowline.records import Document, Sentence
from shadowline.store.database import EVENT_COLUMNS, event_from_row, event_row

if TYPE_CHECKING:
    from shadowline.coding.pipeline import CodedDocument

_TEXT = pa.string()
_INTEGER_COLUMNS = {"sentence_index", "char_start", "char_end", "quad_class"}
_FLOAT_COLUMNS = {"goldstein", "plover_score", "location_lat", "location_lon", "confidence"}

EVENT_SCHEMA = pa.schema([
    (name, pa.int32() if name in _INTEGER_COLUMNS else pa.float64() if name in _FLOAT_COLUMNS
     else pa.list_(_TEXT) if name == "plover_context" else pa.date32() if name == "date" else _TEXT)
    for name in EVENT_COLUMNS
])
#: ``n_sentences`` and ``n_events`` say which rows of the other two tables belong to each document, in order
#: (two documents of a partition may share an id: the store keeps the first, as with the local engine).
DOCUMENT_SCHEMA = pa.schema([("doc_id", _TEXT), ("text", _TEXT), ("date", pa.date32()), ("title", _TEXT),
                             ("url", _TEXT), ("source", _TEXT), ("path", _TEXT), ("n_sentences", pa.int32()),
                             ("n_events", pa.int32())])
SENTENCE_SCHEMA = pa.schema([("doc_id", _TEXT), ("sentence_index", pa.int32()), ("text", _TEXT),
                             ("char_start", pa.int32()), ("char_end", pa.int32())])


@dataclass
class Partition:
    """The coded documents of one partition as Arrow tables (see module docstring)."""

    documents: pa.Table
    sentences: pa.Table
    events: pa.Table

    @property
    def num_documents(self) -> int:
        return self.documents.num_rows


def _day(value: str | None) -> date_type | None:
    return date_type.fromisoformat(value) if value else None


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date_type) else None


def partition_tables(coded: Sequence[CodedDocument]) -> Partition:
    """Coded documents, in order, as a :class:`Partition`."""
    documents = [(c.document.doc_id, c.document.text, _day(c.document.date), c.document.title, c.document.url,
                  c.document.source, c.document.path, len(c.sentences), len(c.events)) for c in coded]
    sentences = [(s.doc_id, s.index, s.text, s.char_start, s.char_end) for c in coded for s in c.sentences]
    events = [list(event_row(e)) for c in coded for e in c.events]
    for row in events:
        row[EVENT_COLUMNS.index("date")] = _day(row[EVENT_COLUMNS.index("date")])
    return Partition(_table(documents, DOCUMENT_SCHEMA), _table(sentences, SENTENCE_SCHEMA),
                     _table(events, EVENT_SCHEMA))


def _table(rows: Sequence[Sequence[Any]], schema: pa.Schema) -> pa.Table:
    columns: list[Sequence[Any]] = list(zip(*rows)) if rows else [() for _ in schema.names]
    return pa.table([pa.array(list(values), type=field.type) for values, field in zip(columns, schema)],
                    schema=schema)


def coded_documents(partition: Partition) -> list[CodedDocument]:
    """The coded documents of `partition`, in order, with their sentences and events."""
    from shadowline.coding.pipeline import CodedDocument

    sentences = iter(partition.sentences.to_pylist())
    events = iter(partition.events.to_pylist())
    coded = []
    for row in partition.documents.to_pylist():
        document = Document(row["doc_id"], row["text"], _iso(row["date"]), row["title"], row["url"],
                            row["source"], row["path"])
        item = CodedDocument(document)
        item.sentences = [Sentence(s["doc_id"], s["sentence_index"], s["text"], s["char_start"], s["char_end"])
                          for s in islice(sentences, row["n_sentences"])]
        item.events = [event_from_row(e) for e in islice(events, row["n_events"])]
        coded.append(item)
    return coded


def write_partition(partition: Partition, folder: str | Path, number: int) -> Path:
    """Write `partition` under `folder` as ``events/``, ``documents/`` and ``sentences/`` Parquet files
    named ``part-NNNNNN.parquet``; returns the events file."""
    name = f"part-{number:06d}.parquet"
    for table_name in ("events", "documents", "sentences"):
        target = Path(folder) / table_name
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(getattr(partition, table_name), target / name)
    return Path(folder) / "events" / name
