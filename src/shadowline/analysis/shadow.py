"""Shadow conflict: hostility that runs through hybrid means rather than open, direct fighting.

For each unordered dyad, two sums of ``weight × intensity`` (see :mod:`shadowline.analysis.events`):

* **hybrid** — events with a subversive context (information operations, separatist support,
  election interference, weaponised migration) whatever their quad class — hosting a state's
  separatists is coded as cooperation with the separatists, but it is hostility towards the state
  (counted at intensity 0.5) — and conflict events (quad 3-4) with a proxy-forces, cyber, sanctions
  evasion or economic coercion context (aid to one's own proxy is not hostility to the proxy). Plus
  **proxy** hostility:
  a conflict event by an actor with a state backer counts between the backer and the target
  ("Russian-backed juntas expelled French forces" → RUS–FRA), and a conflict event against a backed
  actor counts between the source and the backer;
* **direct** — material conflict (quad 4) between the two with no hybrid context.

``ratio = hybrid / (hybrid + direct)`` says how much of the hostility is in the shadow, and
``score = hybrid × ratio`` ranks dyads: a lot of hybrid hostility, little open fighting. Each dyad
comes with its evidence: the strongest events behind it, with their sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import duckdb

from shadowline.analysis.dyads import DyadEvent, fetch_events
from shadowline.analysis.events import (
    CONFLICT_ONLY_CONTEXTS,
    SUBVERSIVE_CONTEXTS,
    EventFilter,
    weighted_events_sql,
)


@dataclass
class ShadowDyad:
    """A dyad's shadow-conflict score with the channels used and the evidence."""

    actors: tuple[str, str]
    score: float
    ratio: float
    hybrid: float
    direct: float
    n_events: int
    channels: dict[str, int] = field(default_factory=dict)
    evidence: list[DyadEvent] = field(default_factory=list)


def _sql_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def _hybrid_rows_sql(base: str) -> str:
    subversive, conflict_only = _sql_list(SUBVERSIVE_CONTEXTS), _sql_list(CONFLICT_ONLY_CONTEXTS)
    hybrid = _sql_list(SUBVERSIVE_CONTEXTS + CONFLICT_ONLY_CONTEXTS)
    is_hybrid = (f"(list_has_any(contexts, {subversive}) OR "
                 f"(quad_class IN (3, 4) AND list_has_any(contexts, {conflict_only})))")
    channel = f"COALESCE(list_filter(contexts, lambda c: list_contains({hybrid}, c))[1], 'proxy_forces')"
    # A cooperative act towards a state's subversives says nothing about intensity through its
    # Goldstein score (hosting is "CONSULT"): it counts as moderate hostility, 0.5.
    return f"""
        WITH e AS (SELECT *, {is_hybrid} AS hybrid,
                          weight * CASE WHEN {is_hybrid} AND quad_class IN (1, 2) THEN 0.5
                                        ELSE intensity END AS w
                   FROM ({base})),
        rows AS (
            SELECT src AS a, tgt AS b, event_id, w,
                   CASE WHEN hybrid THEN w ELSE 0 END AS hyb,
                   CASE WHEN NOT hybrid AND quad_class = 4 THEN w ELSE 0 END AS direct,
                   CASE WHEN hybrid THEN {channel} END AS channel
            FROM e WHERE (hybrid OR quad_class = 4) AND src IS NOT NULL AND tgt IS NOT NULL
            UNION ALL
            SELECT src_backer, tgt, event_id, w, w, 0, 'proxy_forces' FROM e
            WHERE src_backer IS NOT NULL AND tgt IS NOT NULL AND src_backer <> tgt AND quad_class IN (3, 4)
            UNION ALL
            SELECT src, tgt_backer, event_id, w, w, 0, 'proxy_forces' FROM e
            WHERE tgt_backer IS NOT NULL AND src IS NOT NULL AND tgt_backer <> src AND quad_class IN (3, 4))
        SELECT LEAST(a, b) AS x, GREATEST(a, b) AS y, SUM(hyb) AS hybrid, SUM(direct) AS direct,
               COUNT(DISTINCT event_id) AS n, histogram(channel) AS channels,
               list(event_id ORDER BY hyb DESC, event_id)[1:?] AS top_ids
        FROM rows WHERE a <> b GROUP BY x, y HAVING SUM(hyb) > 0
    """


def shadow_conflicts(con: duckdb.DuckDBPyConnection, top: int = 10, evidence: int = 5,
                     since: date | str | None = None, until: date | str | None = None) -> list[ShadowDyad]:
    """The `top` dyads by shadow-conflict score, each with up to `evidence` events behind it.

    >>> shadow_conflicts(con, top=1)[0].actors  # doctest: +SKIP
    ('AZE', 'FRA')
    """
    base, params = weighted_events_sql(EventFilter(since, until, proxies=True))
    rows = con.execute(f"""
        SELECT *, hybrid / (hybrid + direct) AS ratio, hybrid * hybrid / (hybrid + direct) AS score
        FROM ({_hybrid_rows_sql(base)}) ORDER BY score DESC, x, y LIMIT ?
    """, params + [evidence, top]).fetchall()
    out = []
    for x, y, hybrid, direct, n, channels, ids, ratio, score in rows:
        channels = {k: int(v) for k, v in (channels or {}).items() if k is not None}
        out.append(ShadowDyad(actors=(x, y), score=float(score), ratio=float(ratio), hybrid=float(hybrid),
                              direct=float(direct), n_events=int(n), channels=channels,
                              evidence=_events_by_id(con, list(dict.fromkeys(ids)), base, params)))
    return out


def _events_by_id(con: duckdb.DuckDBPyConnection, ids: list[str], base: str,
                  params: list[object]) -> list[DyadEvent]:
    if not ids:
        return []
    found = fetch_events(con, f"SELECT * FROM ({base}) WHERE list_contains(?, event_id)", params + [ids])
    order = {e: i for i, e in enumerate(ids)}
    return sorted(found, key=lambda e: order[e.event_id])
