"""Events imported from other datasets (GDELT, ICEWS, POLECAT, ACLED): their extra columns and bulk writes.

Imported events live in the same ``events`` table as coded ones, so every analysis reads them. They add
columns that coded events leave NULL: the dataset they came from, its own event id, the article URL, GDELT's
report counts, ACLED's fatalities, and ``original`` — every field of the source row as JSON, so nothing the
mapping leaves out is lost. A store made before these columns existed gains them when it is opened for
writing (the schema's ``ALTER TABLE ... ADD COLUMN IF NOT EXISTS``); opened read-only it stays readable as
it is.

Writes are bulk (an Arrow table or a SQL relation inserted in one statement, never row by row) and
idempotent: an imported event's id is ``<dataset>:<its own id>``, and an id already stored is skipped.
Imported events are first-class: their actors are counted in the actors table and each has its row in
event_mentions (the article or story it came from, its URL and publisher), as coded events do
(:mod:`shadowline.store.mentions`).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

from shadowline.store.database import EVENT_COLUMNS
from shadowline.store.mentions import SITE_SQL, record_mentions
from shadowline.store.schema import EXCHANGE_COLUMNS

#: Columns an importer fills beyond the coded events' ones, with their DuckDB types (schema.py adds them).
IMPORT_COLUMNS: dict[str, str] = {name: kind for name, kind in EXCHANGE_COLUMNS.items() if name != "mention_of"}

#: Every events-table column an importer fills, in insert order.
IMPORTED_EVENT_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, *IMPORT_COLUMNS)
#: What an importer gives for an event's mention row beyond its events-table columns: who published the
#: article or story it was coded from (GDELT: the URL's site, as GDELT's MentionSourceName).
MENTION_COLUMNS: tuple[str, ...] = ("publisher",)

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "DATE": pa.string(),
    "JSON": pa.string(), "VARCHAR[]": pa.list_(pa.string()),
}
_EVENT_TYPES: dict[str, str] = {
    "sentence_index": "INTEGER", "char_start": "INTEGER", "char_end": "INTEGER", "date": "DATE",
    "plover_context": "VARCHAR[]", "quad_class": "INTEGER", "goldstein": "DOUBLE", "plover_score": "DOUBLE",
    "location_lat": "DOUBLE", "location_lon": "DOUBLE", "confidence": "DOUBLE",
}

#: The Arrow schema of a batch of imported events (see :func:`write_imported_rows`); dates are ISO strings.
IMPORTED_EVENT_SCHEMA = pa.schema([
    (name, _ARROW_TYPES[IMPORT_COLUMNS.get(name) or _EVENT_TYPES.get(name, "VARCHAR")])
    for name in IMPORTED_EVENT_COLUMNS
] + [(name, pa.string()) for name in MENTION_COLUMNS])


def has_import_columns(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store's events table has the import columns (False for an old store opened read-only)."""
    names = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    return set(IMPORT_COLUMNS) <= names



def insert_imported(con: duckdb.DuckDBPyConnection, select_sql: str,
                    params: list[Any] | dict[str, Any] | None = None, publishers: str | None = None,
                    unique: bool = False) -> int:
    """Insert the rows of `select_sql` (which yields :data:`IMPORTED_EVENT_COLUMNS`) in one transaction,
    with their actors and mention rows; `publishers` names a relation with ``event_id`` and ``publisher``
    (else the publisher is the site of the event's URL).

    Ids already stored, or repeated within the rows, are skipped; returns how many events were new. With
    `unique` the caller vouches that the rows hold no id twice and none already stored (its select leaves
    them out), so the insert needs no conflict check.
    """
    columns = ", ".join(IMPORTED_EVENT_COLUMNS)
    verb = "INSERT" if unique else "INSERT OR IGNORE"
    con.execute("BEGIN TRANSACTION")
    try:
        # rows are appended: those past the last row id before this insert are the new events
        last = con.execute("SELECT coalesce(max(rowid), -1) FROM events").fetchall()[0][0]
        con.execute(f"{verb} INTO events ({columns}) SELECT {columns} FROM ({select_sql})",
                    params or []).fetchall()
        new = f"(SELECT * FROM events WHERE rowid > {int(last)})"
        publisher = f"coalesce(p.publisher, {SITE_SQL})" if publishers else SITE_SQL
        joined = f"LEFT JOIN (SELECT DISTINCT ON (event_id) event_id, publisher FROM {publishers}) p USING (event_id)" \
            if publishers else ""
        record_mentions(con, f"(SELECT n.*, n.source_url AS url, {publisher} AS publisher FROM {new} n {joined})")
        written = int(con.execute(f"SELECT count(*) FROM {new}").fetchall()[0][0])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return written


def write_imported_rows(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> int:
    """Insert imported events given as dicts of column -> value (missing columns are NULL); returns new ones."""
    if not rows:
        return 0
    batch = pa.Table.from_pylist(rows, schema=IMPORTED_EVENT_SCHEMA)
    con.register("imported_batch", batch)
    try:
        return insert_imported(con, "SELECT * FROM imported_batch", publishers="imported_batch")
    finally:
        con.unregister("imported_batch")
