"""Early warning: a dyad whose recent conflict departs from its own baseline.

For each unordered dyad, the weekly conflict score is ``Σ weight × intensity`` over its quad 3-4
events of the week (weeks start on Monday). The last ``window_weeks`` weeks up to ``as_of`` (default:
the latest event date) are the *recent window*; the ``baseline_weeks`` weeks before are the
*baseline*, weeks without events counting as zero. The alert statistic is

    z = (mean_recent − mean_baseline) / max(std_baseline, min_std)

``min_std`` (default 0.15, about one low-intensity verbal conflict event a week) keeps a dyad that was
silent in the baseline from producing an infinite z on its first event. An alert is raised when
``z ≥ threshold`` and the window has at least ``min_events`` conflict events. This is a screening
device (a Shewhart-style control chart), not a forecast: it says where to look, the events say why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from shadowline.analysis.dyads import DyadEvent, dyad_events
from shadowline.analysis.events import EventFilter, latest_event_date, weighted_events_sql


@dataclass
class Alert:
    """An escalation alert for one dyad, with the events of the recent window."""

    actors: tuple[str, str]
    z: float
    recent_mean: float
    baseline_mean: float
    baseline_std: float
    n_recent: int
    window: tuple[str, str]  # first and last day of the recent window, ISO dates as events have them
    evidence: list[DyadEvent] = field(default_factory=list)


def escalation_alerts(con: duckdb.DuckDBPyConnection, as_of: date | None = None, window_weeks: int = 4,
                      baseline_weeks: int = 52, threshold: float = 2.0, min_events: int = 2,
                      min_std: float = 0.15, evidence: int = 5, top: int = 20) -> list[Alert]:
    """Dyads whose recent weekly conflict score is `threshold` or more baseline deviations above normal.

    >>> [a.actors for a in escalation_alerts(con, window_weeks=4)]  # doctest: +SKIP
    [('AZE', 'FRA')]
    """
    as_of = as_of or latest_event_date(con)
    if as_of is None:
        return []
    week_end = as_of - timedelta(days=as_of.weekday())  # Monday of as_of's week
    recent_start = week_end - timedelta(weeks=window_weeks - 1)
    base_start = recent_start - timedelta(weeks=baseline_weeks)
    base, params = weighted_events_sql(EventFilter(since=base_start, until=as_of))
    rows = con.execute(f"""
        WITH w AS (
            SELECT LEAST(src, tgt) AS a, GREATEST(src, tgt) AS b,
                   CAST(date_trunc('week', date) AS DATE) AS wk,
                   SUM(weight * intensity) AS s, COUNT(*) AS n
            FROM ({base}) WHERE quad_class IN (3, 4) AND date IS NOT NULL GROUP BY ALL),
        d AS (
            SELECT a, b,
                   COALESCE(SUM(CASE WHEN wk >= CAST(? AS DATE) THEN s END), 0) / {window_weeks} AS recent,
                   COALESCE(SUM(CASE WHEN wk >= CAST(? AS DATE) THEN n END), 0) AS n_recent,
                   COALESCE(SUM(CASE WHEN wk < CAST(? AS DATE) THEN s END), 0) / {baseline_weeks} AS mean,
                   COALESCE(SUM(CASE WHEN wk < CAST(? AS DATE) THEN s * s END), 0) / {baseline_weeks} AS sq
            FROM w GROUP BY a, b)
        SELECT a, b, recent, n_recent, mean, SQRT(GREATEST(sq - mean * mean, 0)) AS std,
               (recent - mean) / GREATEST(SQRT(GREATEST(sq - mean * mean, 0)), ?) AS z
        FROM d WHERE n_recent >= ? ORDER BY z DESC, a, b
    """, params + [str(recent_start)] * 4 + [min_std, min_events]).fetchall()
    alerts: list[Alert] = []
    for a, b, recent, n_recent, mean, std, z in rows:
        if z < threshold or len(alerts) >= top:
            break
        events = [e for e in dyad_events(con, a, b, since=recent_start, until=as_of)
                  if e.quad_class in (3, 4)]
        alerts.append(Alert(actors=(a, b), z=float(z), recent_mean=float(recent), baseline_mean=float(mean),
                            baseline_std=float(std), n_recent=int(n_recent),
                            window=(recent_start.isoformat(), as_of.isoformat()), evidence=events[:evidence]))
    return alerts
