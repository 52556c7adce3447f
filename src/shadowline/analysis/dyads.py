"""Dyad series: what one actor does to another, period by period.

A dyad is a pair of actors (country codes). Directed, ``FRA -> AZE`` counts only what France does
to Azerbaijan; undirected counts both ways. Each point of the series carries the counts by quad
class and by PLOVER type, the sums of Goldstein and PLOVER scores (each event multiplied by its
modality weight, see :mod:`shadowline.analysis.events`) and the ids of the events behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb

from shadowline.analysis.events import EventFilter, weighted_events_sql
from shadowline.store.view import ViewEvent, view_events

FREQUENCIES: tuple[str, ...] = ("day", "week", "month")


@dataclass
class DyadPoint:
    """One period of a dyad series (``period`` is the first day of the day/week/month)."""

    period: date
    n_events: int
    by_quad: dict[int, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    goldstein: float = 0.0
    plover_score: float = 0.0
    conflict: float = 0.0  # weighted intensity of quad 3-4 events
    cooperation: float = 0.0  # weighted intensity of quad 1-2 events
    event_ids: list[str] = field(default_factory=list)


#: An event behind a dyad point, with its sentence: the record of the store's analysis view.
DyadEvent = ViewEvent


def _dyad_where(a: str, b: str, directed: bool) -> tuple[str, list[str]]:
    if directed:
        return "src = ? AND tgt = ?", [a, b]
    return "((src = ? AND tgt = ?) OR (src = ? AND tgt = ?))", [a, b, b, a]


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, freq: str = "week",
                directed: bool = False, since: date | str | None = None,
                until: date | str | None = None) -> list[DyadPoint]:
    """The series of dyad (a, b), one point per period that has events, oldest first.

    >>> [p.n_events for p in dyad_series(con, "AZE", "FRA", freq="month")]  # doctest: +SKIP
    [3, 1, 7]
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    base, params = weighted_events_sql(EventFilter(since, until))
    dyad, dparams = _dyad_where(a, b, directed)
    rows = con.execute(f"""
        SELECT CAST(date_trunc('{freq}', date) AS DATE) AS period, quad_class, plover_type,
               COUNT(*) AS n, SUM(COALESCE(goldstein, 0) * weight) AS gs,
               SUM(COALESCE(plover_score, 0) * weight) AS ps,
               SUM(CASE WHEN quad_class IN (3, 4) THEN weight * intensity ELSE 0 END) AS conflict,
               SUM(CASE WHEN quad_class IN (1, 2) THEN weight * intensity ELSE 0 END) AS coop,
               list(event_id ORDER BY event_id) AS ids
        FROM ({base}) WHERE date IS NOT NULL AND {dyad}
        GROUP BY ALL ORDER BY period
    """, params + dparams).fetchall()
    points: dict[date, DyadPoint] = {}
    for period, quad, ptype, n, gs, ps, conflict, coop, ids in rows:
        point = points.setdefault(period, DyadPoint(period=period, n_events=0))
        point.n_events += n
        if quad is not None:
            point.by_quad[quad] = point.by_quad.get(quad, 0) + n
        if ptype is not None:
            point.by_type[ptype] = point.by_type.get(ptype, 0) + n
        point.goldstein += gs or 0.0
        point.plover_score += ps or 0.0
        point.conflict += conflict or 0.0
        point.cooperation += coop or 0.0
        point.event_ids.extend(ids)
    return [points[p] for p in sorted(points)]


def dyad_events(con: duckdb.DuckDBPyConnection, a: str, b: str, directed: bool = False,
                since: date | str | None = None, until: date | str | None = None,
                event_ids: list[str] | None = None, limit: int | None = None) -> list[DyadEvent]:
    """The events of dyad (a, b) with their sentences, newest first.

    Pass a point's ``event_ids`` (or a date range) to retrieve the events behind that point.
    """
    base, params = weighted_events_sql(EventFilter(since, until))
    dyad, dparams = _dyad_where(a, b, directed)
    sql = f"SELECT * FROM ({base}) WHERE {dyad}"
    args: list[object] = params + dparams
    if event_ids is not None:
        sql += " AND list_contains(?, event_id)"
        args.append(list(event_ids))
    sql += " ORDER BY date DESC NULLS LAST, event_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return fetch_events(con, sql, args)


def fetch_events(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[ViewEvent]:
    """Run a SELECT over weighted events (see ``weighted_events_sql``) and return their records."""
    return view_events(con, sql, params)
