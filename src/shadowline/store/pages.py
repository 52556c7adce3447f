"""Pages of stored events: filtered, ordered and cut by limit and offset, fast on large stores.

Events are ordered by date (unknown dates last), then in the order they were stored (a document's events
in sentence order). A page is read in three steps: the row numbers of the page (a top-N over the date and
the row number only), the event ids of those rows, then the full rows by event id (the primary-key index).
Sorting full rows, a long sentence each, before the limit is what makes a plain
``SELECT * ... ORDER BY ... LIMIT 100`` slow on a million events: about 500 ms against 30 ms this way
(benchmarks/api.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import duckdb

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
