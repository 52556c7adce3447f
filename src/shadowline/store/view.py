"""The view of the store that analysis reads: one row per event, not per mention (:mod:`shadowline.store.dedup`),
with the columns analysis uses under the names it uses, declared here once, and the record of one row.

Analysis never names a column of the events table: it reads :data:`EVENTS_VIEW` (``src``, ``tgt``,
``contexts``, ...), so that a change of the table changes this module only; the structural ties in force in a
year come from :func:`active_ties`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from shadowline.store.dedup import COUNTED_EVENTS

#: Column of the view -> the events-table expression it reads.
VIEW_COLUMNS: dict[str, str] = {
    "event_id": "event_id",
    "date": "date",
    "src": "source_country",  # ISO3 or IGO code of each side
    "tgt": "target_country",
    "src_backer": "source_backer",  # the state sponsor of a proxy ("Russian-backed juntas" -> RUS)
    "tgt_backer": "target_backer",
    "src_text": "source_text",  # the actor as written
    "tgt_text": "target_text",
    "sentence": "sentence",
    "quad_class": "quad_class",
    "plover_type": "plover_type",
    "contexts": "COALESCE(plover_context, [])",
    "goldstein": "goldstein",
    "plover_score": "plover_score",
    "modality": "modality",
}

#: The view as a relation to select from: ``SELECT ... FROM {EVENTS_VIEW} AS events``.
EVENTS_VIEW = "(SELECT " + ", ".join(f"{expr} AS {name}" for name, expr in VIEW_COLUMNS.items()) + \
    f" FROM {COUNTED_EVENTS})"


@dataclass
class ViewEvent:
    """An event as analysis shows it behind a result (a dyad point, a shadow dyad, an alert): its id, ISO date
    (as :class:`shadowline.records.Event`), the two actor codes, type, quad class, modality, the sentence
    with the actors as written, and its hybrid contexts."""

    event_id: str
    date: str | None
    source: str
    target: str
    plover_type: str | None
    quad_class: int | None
    modality: str | None
    sentence: str | None
    source_text: str | None
    target_text: str | None
    contexts: list[str] = field(default_factory=list)


def view_events(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[ViewEvent]:
    """Run a SELECT whose rows have the view's columns (any more are ignored) and return its events."""
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    events = []
    for row in cursor.fetchall():
        r = dict(zip(names, row, strict=True))
        day = r["date"]
        events.append(ViewEvent(event_id=r["event_id"], date=day.isoformat() if day is not None else None,
                                source=r["src"], target=r["tgt"], plover_type=r["plover_type"],
                                quad_class=r["quad_class"], modality=r["modality"], sentence=r["sentence"],
                                source_text=r["src_text"], target_text=r["tgt_text"],
                                contexts=list(r["contexts"] or [])))
    return events


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    rows = con.execute("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchall()
    return bool(rows and rows[0][0])


def active_ties(con: duckdb.DuckDBPyConnection, year: int | None) -> list[tuple[str, str, str]]:
    """Ties ``(actor_a, actor_b, kind)`` in force in `year` (all ties when `year` is None)."""
    if not _has_table(con, "ties"):  # a store made before the table, opened read-only
        return []
    if year is None:
        rows = con.execute("SELECT DISTINCT actor_a, actor_b, kind FROM ties").fetchall()
    else:
        rows = con.execute("""SELECT DISTINCT actor_a, actor_b, kind FROM ties
                              WHERE COALESCE(start_year, -100000) <= ? AND COALESCE(end_year, 100000) >= ?""",
                           [year, year]).fetchall()
    return [(a, b, k) for a, b, k in rows]
