"""Weighted events: the one place where the analysis decides how much an event counts.

Every analysis (dyads, network, shadow conflict, early warning) reads events through
:func:`weighted_events_sql`, so modality, sign and intensity are defined once:

* **modality weight** — ``asserted`` and ``reported`` events count fully (1.0), ``future`` at 0.5,
  ``hypothetical`` at 0.25, ``negated`` not at all (0.0; "Baku denied funding ..." is not funding).
  A missing modality (imported data) counts as asserted.
* **sign** — quad classes 1 and 2 (cooperation) are positive, 3 and 4 (conflict) negative; with no
  quad class, the sign of the Goldstein (or PLOVER) score.
* **intensity** — ``|goldstein| / 10`` (else ``|plover_score| / 10``) clipped to [0.1, 1], so that every
  coded event weighs something; with neither score, a default per quad class (0.3, 0.7, 0.4, 0.9).

Events, not mentions, are counted: reports that deduplication (:mod:`shadowline.store.dedup`) found to
repeat another event are left out.

Events are read through the view the store declares (:data:`shadowline.store.view.EVENTS_VIEW`): actors are
its country codes ``src`` and ``tgt`` (ISO3 or IGO codes such as ``NATO``). Events with a missing country on
either side, and self-loops, are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from shadowline.store.view import EVENTS_VIEW

#: How much an event of each modality counts (missing modality counts as asserted).
MODALITY_WEIGHTS: dict[str, float] = {
    "asserted": 1.0, "reported": 1.0, "future": 0.5, "hypothetical": 0.25, "negated": 0.0,
}

#: Intensity of an event with neither a Goldstein nor a PLOVER score, by quad class.
QUAD_DEFAULT_INTENSITY: dict[int, float] = {1: 0.3, 2: 0.7, 3: 0.4, 4: 0.9}

#: Hybrid contexts that make an event hostile to the target's state even when it is coded as
#: cooperation with the target (hosting a state's separatists, amplifying protests against it,
#: backing a candidate in its election, steering migrants at its border).
SUBVERSIVE_CONTEXTS: tuple[str, ...] = (
    "information_operations", "separatist_support", "election_interference", "weaponised_migration",
)
#: Hybrid contexts that are hostile only when the event is coded as conflict: aid to a proxy or
#: sanctions evasion is cooperation between the two parties, hostile only to a third.
CONFLICT_ONLY_CONTEXTS: tuple[str, ...] = (
    "proxy_forces", "cyber", "sanctions_evasion", "economic_coercion",
)


@dataclass(frozen=True)
class EventFilter:
    """Which events an analysis reads: a date range and, optionally, a set of actors."""

    since: date | str | None = None
    until: date | str | None = None
    actors: tuple[str, ...] | None = None
    #: also read events whose actor has no country of its own but a state backer ("Russian-backed
    #: juntas"): their `src`/`tgt` is NULL and `src_backer`/`tgt_backer` carries the sponsor
    proxies: bool = False


def _modality_case() -> str:
    arms = " ".join(f"WHEN '{m}' THEN {w}" for m, w in MODALITY_WEIGHTS.items())
    return f"(CASE COALESCE(modality, 'asserted') {arms} ELSE 1.0 END)"


def _intensity_case() -> str:
    defaults = " ".join(f"WHEN {q} THEN {v}" for q, v in QUAD_DEFAULT_INTENSITY.items())
    return ("(CASE WHEN COALESCE(goldstein, plover_score) IS NOT NULL "
            "THEN LEAST(GREATEST(ABS(COALESCE(goldstein, plover_score)) / 10.0, 0.1), 1.0) "
            f"ELSE (CASE quad_class {defaults} ELSE 0.5 END) END)")


def _sign_case() -> str:
    return ("(CASE WHEN quad_class IN (1, 2) THEN 1.0 WHEN quad_class IN (3, 4) THEN -1.0 "
            "ELSE SIGN(COALESCE(goldstein, plover_score, 0)) END)")


def weighted_events_sql(flt: EventFilter | None = None) -> tuple[str, list[Any]]:
    """SQL for the events an analysis counts, with ``weight`` (modality) and ``value`` columns.

    Returns ``(sql, params)``; the SQL is a SELECT usable as a subquery. Columns: ``event_id``,
    ``date``, ``src``, ``tgt``, ``src_backer``, ``tgt_backer``, ``src_text``, ``tgt_text``,
    ``sentence``, ``quad_class``, ``plover_type``, ``contexts``, ``goldstein``, ``plover_score``,
    ``modality``, ``weight`` (modality weight), ``intensity`` (0.1..1) and ``value``
    (signed ``weight * intensity``: cooperation positive, conflict negative).
    """
    flt = flt or EventFilter()
    where = ["src IS NOT NULL", "tgt IS NOT NULL", "src <> tgt", "COALESCE(modality, 'asserted') <> 'negated'"]
    if flt.proxies:
        where[:3] = ["COALESCE(src, src_backer) IS NOT NULL", "COALESCE(tgt, tgt_backer) IS NOT NULL",
                     "COALESCE(src, src_backer) <> COALESCE(tgt, tgt_backer)"]
    params: list[Any] = []
    if flt.since is not None:
        where.append("date >= CAST(? AS DATE)")
        params.append(str(flt.since))
    if flt.until is not None:
        where.append("date <= CAST(? AS DATE)")
        params.append(str(flt.until))
    if flt.actors:
        marks = ", ".join("?" for _ in flt.actors)
        where.append(f"(src IN ({marks}) OR tgt IN ({marks}))")
        params.extend(flt.actors)
        params.extend(flt.actors)
    sql = f"""
        SELECT *,
               {_modality_case()} AS weight,
               {_intensity_case()} AS intensity,
               {_sign_case()} * {_modality_case()} * {_intensity_case()} AS value
        FROM {EVENTS_VIEW} AS events
        WHERE {' AND '.join(where)}
    """
    return sql, params


def load_events(con: duckdb.DuckDBPyConnection, since: date | str | None = None,
                until: date | str | None = None, actors: Sequence[str] | None = None) -> pa.Table:
    """Read the counted events (see module docstring) as an Arrow table.

    >>> load_events(con, since="2024-01-01", actors=["FRA"]).num_rows  # doctest: +SKIP
    """
    sql, params = weighted_events_sql(EventFilter(since, until, tuple(actors) if actors else None))
    return con.sql(sql, params=params).to_arrow_table()


def latest_event_date(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None) -> date | None:
    """The most recent event date among the counted events (the default "now" of decay and warning)."""
    sql, params = weighted_events_sql(flt)
    rows = con.execute(f"SELECT MAX(date) FROM ({sql})", params).fetchall()
    return rows[0][0] if rows else None
