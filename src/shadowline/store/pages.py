"""Pages of stored events: filtered, ordered and cut by limit and offset, fast on large stores.

Events are ordered by date (unknown dates last), then in the order they were stored (a document's events
in sentence order). A page is read in three steps: the row numbers of the page (a top-N over the date and
the row number only), the event ids of those rows, then the full rows by event id (the primary-key index).
Sorting full rows, a long sentence each, before the limit is what makes a plain
``SELECT * ... ORDER BY ... LIMIT 100`` slow on a million events: about 500 ms against 30 ms this way
(benchmarks/api.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
import pyarrow as pa

from shadowline.errors import InvalidParameter, date_parameter
from shadowline.records import MODALITIES, PLOVER_TYPES, Event
from shadowline.store.rows import event_from_row, event_select_list


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
            # codes are stored in capitals: comparing the column as it is keeps the scan cheap
            clauses.append("(source_country = upper(?) OR target_country = upper(?) "
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
        """The ``ORDER BY`` clause: by date (unknown dates last), then in the order stored."""
        direction = "DESC" if self.newest_first else "ASC"
        return f" ORDER BY date {direction} NULLS LAST, rowid {direction}"


def event_query(*, actor: str | None = None, type: str | None = None,  # noqa: A002 - the PLOVER word
                since: str | None = None, until: str | None = None, limit: int | None = None, offset: int = 0,
                modality: str | None = None, newest_first: bool = False) -> EventQuery:
    """A checked :class:`EventQuery`: each bad value raises :class:`InvalidParameter` naming it."""
    if type and type.upper() not in PLOVER_TYPES:
        raise InvalidParameter("type", f"unknown PLOVER type {type!r}; one of {', '.join(PLOVER_TYPES)}")
    if modality and modality not in MODALITIES:
        raise InvalidParameter("modality", f"expected one of {', '.join(MODALITIES)}, got {modality!r}")
    if limit is not None and limit < 0:
        raise InvalidParameter("limit", f"expected 0 or more, got {limit}")
    if offset < 0:
        raise InvalidParameter("offset", f"expected 0 or more, got {offset}")
    if actor is not None and len(actor) > 200:
        raise InvalidParameter("actor", "longer than 200 characters")
    return EventQuery(actor=actor or None, plover_type=type.upper() if type else None,
                      since=date_parameter(since, "since"), until=date_parameter(until, "until"),
                      modality=modality, limit=limit, offset=offset, newest_first=newest_first)


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
    rows = [r[0] for r in con.execute(f"SELECT rowid FROM events{where}{query.order()}{page}", params).fetchall()]
    if not rows:
        return []
    ids = dict(con.execute(f"SELECT rowid, event_id FROM events WHERE rowid IN ({', '.join(map(str, rows))})")
               .fetchall())
    cursor = con.execute(f"SELECT {event_select_list(con)} FROM events WHERE event_id IN "
                         f"({', '.join('?' for _ in ids)})", list(ids.values()))
    names = [d[0] for d in cursor.description]
    by_id = {row[0]: event_from_row(dict(zip(names, row))) for row in cursor.fetchall()}
    return [by_id[ids[r]] for r in rows]


def event_pages(con: duckdb.DuckDBPyConnection, query: EventQuery = EventQuery(),
                page_rows: int = 1_000) -> Iterator[pa.Table]:
    """The events of `query` (every column of the events table), in its order, as Arrow tables of
    `page_rows` rows: each export reads through these pages, so it holds one page, not the selection.

    Pages are keyset pages: the next page is the first `page_rows` rows after the last key (date, row
    number) of the one before, found by a top-N over those two columns only; the full rows of a page are
    then read by row number. No query sorts the full rows of the selection.

    >>> sum(page.num_rows for page in event_pages(con, EventQuery(actor="RUS")))  # doctest: +SKIP
    """
    where, params = query.where()
    where = where or " WHERE TRUE"
    later = "<" if query.newest_first else ">"
    remaining = query.limit
    key: tuple[Any, int] | None = None
    if query.offset:
        rows = con.execute(f"SELECT date, rowid FROM events{where}{query.order()} "
                           f"LIMIT 1 OFFSET {int(query.offset) - 1}", params).fetchall()
        if not rows:
            return
        key = rows[0]
    while remaining is None or remaining > 0:
        after, after_params = "", []
        if key is not None:
            day, row = key
            if day is None:  # undated events come last either way
                after = f" AND date IS NULL AND rowid {later} ?"
                after_params = [row]
            else:
                after = f" AND (date {later} ? OR (date = ? AND rowid {later} ?) OR date IS NULL)"
                after_params = [day, day, row]
        size = page_rows if remaining is None else min(page_rows, remaining)
        keys = con.execute(f"SELECT date, rowid FROM events{where}{after}{query.order()} LIMIT {int(size)}",
                           [*params, *after_params]).fetchall()
        if not keys:
            return
        rowids = ", ".join(str(int(row)) for _, row in keys)
        page = con.sql(f"SELECT * FROM events WHERE rowid IN ({rowids}){query.order()}").to_arrow_table()
        yield page
        key = keys[-1]
        if remaining is not None:
            remaining -= len(keys)
        if len(keys) < size:
            return


def stream_events(con: duckdb.DuckDBPyConnection, query: EventQuery = EventQuery(),
                  page_rows: int = 1_000) -> Iterator[Event]:
    """The events of `query`, in its order, read a page at a time (:func:`event_pages`): memory stays flat
    however many are read.

    >>> sum(1 for _ in stream_events(con, EventQuery(actor="RUS")))  # doctest: +SKIP
    """
    return page_events(event_pages(con, query, page_rows))


def page_events(pages: Iterable[pa.Table]) -> Iterator[Event]:
    """The events of each page of :func:`event_pages`, in order."""
    for page in pages:
        for row in page.to_pylist():
            yield event_from_row(row)


@dataclass
class Place:
    """A place where stored events happened: its name, ISO3 country, coordinates and event count."""

    name: str
    iso3: str | None
    lat: float
    lon: float
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_places(con: duckdb.DuckDBPyConnection, query: EventQuery, limit: int = 500) -> list[Place]:
    """The places of the events of `query` that have coordinates, most eventful first."""
    where, params = query.where()
    where += (" AND " if where else " WHERE ") + "location_lat IS NOT NULL AND location_lon IS NOT NULL"
    rows = con.execute(
        f"SELECT location_name, any_value(location_iso3), avg(location_lat), avg(location_lon), count(*) "
        f"FROM events{where} GROUP BY location_name ORDER BY count(*) DESC, location_name LIMIT ?",
        [*params, int(limit)]).fetchall()
    return [Place(name or "", iso3, float(lat), float(lon), int(n)) for name, iso3, lat, lon, n in rows]
