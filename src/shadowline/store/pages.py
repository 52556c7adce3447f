"""Pages of stored events: filtered, ordered and cut by limit and offset (or after an event), fast on large
stores.

Events are ordered by date (unknown dates last), then in the order they were stored (a document's events
in sentence order). A page is read in two steps: the page's row numbers by a top-N over the date and the
row number only, joined back to the table for their event ids (one query), then the full rows by event id
(the primary-key index). Sorting full rows, a long sentence each, before the limit is what makes a plain
``SELECT * ... ORDER BY ... LIMIT 100`` slow on a million events: about 300-500 ms against 15 ms this way;
looking the event ids up by a list of row numbers scans the whole id column, 20-30 ms more on a filtered
page (benchmarks/api.py).

A page further on starts after a key (date, row number): the key of the event named by ``after``, or of
the event at ``offset``, found by counting the selection's events per day and then counting within that
day, so a deep page costs about what the first one does instead of a top-N over every row before it.
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

#: The position of an event in the order of pages: its date (None: unknown) and its row number.
Key = tuple[Any, int]


@dataclass(frozen=True)
class EventQuery:
    """Which events to read: an actor (country code or canonical name, either side), a PLOVER type, a
    date range (ISO dates, inclusive), a modality; the page (limit, and offset or the event id the page
    comes `after`); newest or oldest first."""

    actor: str | None = None
    plover_type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False
    after: str | None = None

    def where(self, *more: str) -> tuple[str, list[Any]]:
        """The SQL ``WHERE`` clause (or ``""``) and its parameters; `more` are further conditions, whose
        parameters come after the filters'."""
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
        clauses += [clause for clause in more if clause]
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def direction(self) -> str:
        """``ASC`` or ``DESC``: the direction of the order by date and row number."""
        return "DESC" if self.newest_first else "ASC"

    def order(self) -> str:
        """The ``ORDER BY`` clause: by date (unknown dates last), then in the order stored."""
        return f" ORDER BY date {self.direction()} NULLS LAST, rowid {self.direction()}"

    def later_than(self, key: Key | None) -> tuple[str, list[Any]]:
        """The condition (or ``""``) that an event comes after `key` in this order, and its parameters."""
        if key is None:
            return "", []
        day, row = key
        later = "<" if self.newest_first else ">"
        if day is None:  # undated events come last either way
            return f"date IS NULL AND rowid {later} ?", [row]
        return f"(date {later} ? OR (date = ? AND rowid {later} ?) OR date IS NULL)", [day, day, row]


def event_query(*, actor: str | None = None, type: str | None = None,  # noqa: A002 - the PLOVER word
                since: str | None = None, until: str | None = None, limit: int | None = None, offset: int = 0,
                modality: str | None = None, newest_first: bool = False, after: str | None = None) -> EventQuery:
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
    if after is not None and len(after) > 200:
        raise InvalidParameter("after", "longer than 200 characters")
    if after and offset:
        raise InvalidParameter("after", "give after (the last event id of the page before) or offset, not both")
    return EventQuery(actor=actor or None, plover_type=type.upper() if type else None,
                      since=date_parameter(since, "since"), until=date_parameter(until, "until"),
                      modality=modality, limit=limit, offset=offset, newest_first=newest_first,
                      after=after or None)


def start_key(con: duckdb.DuckDBPyConnection, query: EventQuery) -> tuple[bool, Key | None]:
    """Where the first page of `query` starts: (False, None) if it is past the last event, else (True, the
    key the page comes after, None for the first event).

    ``after`` names an event by id (:class:`InvalidParameter` if none is stored). For an ``offset`` the
    selection's events are counted per day (an aggregate over the filter columns and the date), then the
    day that holds the offset is read in order; a top-N over every row before the offset would cost as
    much as the offset is deep."""
    if query.after:
        row = con.execute("SELECT date, rowid FROM events WHERE event_id = ?", [query.after]).fetchone()
        if row is None:
            raise InvalidParameter("after", f"no stored event has the id {query.after!r}; "
                                            "give the event_id of the last event of the page before")
        return True, (row[0], int(row[1]))
    if not query.offset:
        return True, None
    where, params = query.where()
    counts = con.execute(f"SELECT date, count(*) FROM events{where} GROUP BY date "
                         f"ORDER BY date {query.direction()} NULLS LAST", params).fetchall()
    before = 0
    for day, n in counts:
        if before + n >= query.offset:
            on_day, day_params = query.where("date IS NULL" if day is None else "date = ?")
            row = con.execute(f"SELECT rowid FROM events{on_day} ORDER BY rowid {query.direction()} "
                              f"LIMIT 1 OFFSET {int(query.offset - before - 1)}",
                              [*day_params, *([] if day is None else [day])]).fetchone()
            return True, (day, int(row[0]))  # type: ignore[index]
        before += n
    return False, None


def page_keys(con: duckdb.DuckDBPyConnection, query: EventQuery, key: Key | None,
              size: int | None) -> list[tuple[Any, int, str]]:
    """(date, row number, event id) of the first `size` events (None: all) of `query` after `key`, in order.

    The top-N reads only the filter columns, the date and the row number; its row numbers are joined back
    to the table for their ids (a semi join, 2-3 ms on a million events), where a list of row numbers
    (``rowid IN (...)``) scans the whole id column once the rows are spread over the table."""
    later, later_params = query.later_than(key)
    where, params = query.where(later)
    limit = "" if size is None else f" LIMIT {int(size)}"
    return con.execute(f"SELECT date, rowid, event_id FROM events WHERE rowid IN "
                       f"(SELECT rowid FROM events{where}{query.order()}{limit}){query.order()}",
                       [*params, *later_params]).fetchall()


def read_events(con: duckdb.DuckDBPyConnection, query: EventQuery) -> list[Event]:
    """The events of one page of `query`, in its order.

    >>> read_events(con, EventQuery(actor="AZE", limit=10))  # doctest: +SKIP
    """
    found, key = start_key(con, query)
    if not found or query.limit == 0:
        return []
    ids = [event_id for _, _, event_id in page_keys(con, query, key, query.limit)]
    if not ids:
        return []
    cursor = con.execute(f"SELECT {event_select_list(con)} FROM events WHERE event_id IN "
                         f"({', '.join('?' for _ in ids)})", ids)
    names = [d[0] for d in cursor.description]
    by_id = {row[0]: event_from_row(dict(zip(names, row))) for row in cursor.fetchall()}
    return [by_id[event_id] for event_id in ids]


def event_pages(con: duckdb.DuckDBPyConnection, query: EventQuery = EventQuery(),
                page_rows: int = 1_000) -> Iterator[pa.Table]:
    """The events of `query` (every column of the events table), in its order, as Arrow tables of
    `page_rows` rows: each export reads through these pages, so it holds one page, not the selection.

    Pages are keyset pages: the next page is the first `page_rows` rows after the last key (date, row
    number) of the one before, found by a top-N over those two columns only (:func:`page_keys`); the full
    rows of a page are then read by row number. No query sorts the full rows of the selection.

    >>> sum(page.num_rows for page in event_pages(con, EventQuery(actor="RUS")))  # doctest: +SKIP
    """
    remaining = query.limit
    found, key = start_key(con, query)
    if not found:
        return
    while remaining is None or remaining > 0:
        size = page_rows if remaining is None else min(page_rows, remaining)
        keys = page_keys(con, query, key, size)
        if not keys:
            return
        rowids = ", ".join(str(int(row)) for _, row, _ in keys)
        page = con.sql(f"SELECT * FROM events WHERE rowid IN ({rowids}){query.order()}").to_arrow_table()
        yield page
        key = keys[-1][:2]
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
