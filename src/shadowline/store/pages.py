"""Pages of stored events: filtered, ordered and cut by limit and offset, fast on large stores.

A page is read in two steps: first the ids of the rows on the page (a top-N over the narrow sort key
columns only), then the full rows of those ids. Sorting the full rows (a long sentence each) before the
limit is what makes a naive ``ORDER BY ... LIMIT 100`` slow on a million events; see benchmarks/api.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from shadowline.records import Event
from shadowline.store.database import EVENT_COLUMNS, event_from_row


@dataclass(frozen=True)
class EventQuery:
    """Which events to read: an actor (country code or canonical name, either side), a PLOVER type, a
    date range (ISO dates, inclusive), a modality; the page (limit, offset); newest or oldest first."""

    actor: str | None = None
    plover_type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """The SQL ``WHERE`` clause (or ``""``) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(upper(source_country) = upper(?) OR upper(target_country) = upper(?) "
                           "OR lower(source_name) = lower(?) OR lower(target_name) = lower(?))")
            params += [self.actor] * 4
        if self.plover_type:
            clauses.append("plover_type = upper(?)")
            params.append(self.plover_type)
        if self.since:
            clauses.append("date >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.modality:
            clauses.append("modality = ?")
            params.append(self.modality)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def order(self) -> str:
        """The ``ORDER BY`` clause: by date (unknown dates last), then position in the document."""
        direction = "DESC" if self.newest_first else "ASC"
        return (f" ORDER BY date {direction} NULLS LAST, doc_id {direction}, sentence_index {direction}, "
                f"char_start {direction}, event_id {direction}")


def read_events(con: duckdb.DuckDBPyConnection, query: EventQuery) -> list[Event]:
    """The events of one page of `query`, in its order.

    >>> read_events(con, EventQuery(actor="AZE", limit=10))  # doctest: +SKIP
    """
    where, params = query.where()
    page = ""
    if query.limit is not None:
        page += f" LIMIT {int(query.limit)}"
    if query.offset:
        page += f" OFFSET {int(query.offset)}"
    ids = [row[0] for row in con.execute(f"SELECT event_id FROM events{where}{query.order()}{page}", params)
           .fetchall()]
    if not ids:
        return []
    cursor = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id IN "
                         f"({', '.join('?' for _ in ids)})", ids)
    names = [d[0] for d in cursor.description]
    by_id = {row[0]: event_from_row(dict(zip(names, row))) for row in cursor.fetchall()}
    return [by_id[i] for i in ids]
