"""The analyses of a store, as the library surface offers them: one function per analysis, each taking a
:class:`shadowline.Store` (or a DuckDB connection to one) and returning a result whose ``to_dict()`` is
exactly the JSON that the matching ``shadowline`` command prints with ``--format json``.

These functions are ``shadowline.analysis.dyads``, ``network``, ``blocs``, ``shadow``, ``domino`` and
``warn``; the algorithms they call live in the modules of the same family (``dyads.py``, ``network.py``, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb
import networkx as nx

from shadowline.analysis.balance import BalanceReport, structural_balance
from shadowline.analysis.blocs import BlocPartition, find_blocs
from shadowline.analysis.domino import CascadeParams, CascadeResult, simulate_cascade
from shadowline.analysis.dyads import FREQUENCIES, DyadEvent, DyadPoint, dyad_events, dyad_series
from shadowline.analysis.network import DEFAULT_HALF_LIFE_DAYS, export_network, relations_network
from shadowline.analysis.shadow import ShadowDyad, shadow_conflicts
from shadowline.analysis.warning import Alert, escalation_alerts
from shadowline.errors import InvalidParameter, NoData, date_parameter

if TYPE_CHECKING:
    from shadowline.scale.analysis import ParquetEvents


def _plain(data: Any) -> Any:
    """`data` as the JSON the CLI prints reads back: dates as ISO strings, tuples as lists, keys as strings."""
    return json.loads(json.dumps(data, default=str, ensure_ascii=False))


def connection(store: Any) -> duckdb.DuckDBPyConnection:
    """The DuckDB connection of a :class:`shadowline.Store` (or the connection itself)."""
    if isinstance(store, duckdb.DuckDBPyConnection):
        return store
    con = getattr(store, "con", None)
    if isinstance(con, duckdb.DuckDBPyConnection):
        return con
    raise TypeError(f"expected a shadowline.Store or a DuckDB connection, got {type(store).__name__}")


def _code(value: str, parameter: str) -> str:
    code = (value or "").strip().upper()
    if not code or len(code) > 16 or not code.replace("_", "").isalnum():
        raise InvalidParameter(parameter, f"expected an actor code such as FRA or NATO, got {value!r}")
    return code


@dataclass
class DyadSeries:
    """A dyad's time series (``shadowline dyad A B --format json``)."""

    actors: tuple[str, str]
    directed: bool
    freq: str
    points: list[DyadPoint]
    events: list[DyadEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _plain({"dyad": list(self.actors), "directed": self.directed, "freq": self.freq,
                       "points": [asdict(p) for p in self.points], "events": [asdict(e) for e in self.events]})


def dyads(store: Any, a: str, b: str, *, freq: str = "month", directed: bool = False,
          since: str | date | None = None, until: str | date | None = None, events: int = 0) -> DyadSeries:
    """Counts by quad class, Goldstein and PLOVER sums of the dyad `a`-`b`, per day, week or month, with
    the latest `events` events behind it. `store` may also be a
    :class:`~shadowline.scale.analysis.ParquetEvents` dataset, analysed with Dask DataFrame (without events).

    >>> series = shadowline.analysis.dyads(store, "AZE", "FRA", events=5)  # doctest: +SKIP
    """
    a, b = _code(a, "a"), _code(b, "b")
    if freq not in FREQUENCIES:
        raise InvalidParameter("freq", f"expected one of {', '.join(FREQUENCIES)}, got {freq!r}")
    if events < 0:
        raise InvalidParameter("events", f"expected 0 or more, got {events}")
    since, until = date_parameter(since, "since"), date_parameter(until, "until")
    dataset = _parquet(store)
    if dataset is not None:
        if events:
            raise InvalidParameter("events", "a Parquet dataset's series comes without its events; pass events=0")
        from shadowline.scale.analysis import dyad_series as dask_dyad_series

        points = dask_dyad_series(dataset.frame(), a, b, freq=freq, directed=directed, since=since, until=until)
        return DyadSeries((a, b), directed, freq, points)
    con = connection(store)
    points = dyad_series(con, a, b, freq=freq, directed=directed, since=since, until=until)
    found = dyad_events(con, a, b, directed, since, until, limit=events) if events else []
    return DyadSeries((a, b), directed, freq, points, found)


def _parquet(store: Any) -> ParquetEvents | None:
    """`store` when it is a Parquet events dataset (analysed with Dask DataFrame), else None."""
    from shadowline.scale.analysis import ParquetEvents  # here: scale.analysis reads this package's modules

    return store if isinstance(store, ParquetEvents) else None


@dataclass
class RelationsNetwork:
    """The signed relations graph (``shadowline network --format json``: node-link JSON)."""

    graph: nx.Graph

    def to_dict(self) -> dict[str, Any]:
        text = export_network(self.graph, "json")
        return json.loads(text or "{}")


def network(store: Any, *, since: str | date | None = None, until: str | date | None = None,
            half_life: float = DEFAULT_HALF_LIFE_DAYS) -> RelationsNetwork:
    """The signed, time-decayed relations network of the store's events (cooperation +, conflict -); `store`
    may also be a :class:`~shadowline.scale.analysis.ParquetEvents` dataset, analysed with Dask DataFrame
    (structural ties loaded into a store are then not part of it).

    Raises :class:`~shadowline.errors.NoData` when no event links two known actors.
    """
    if not half_life > 0:
        raise InvalidParameter("half_life", f"expected a positive number of days, got {half_life}")
    first, last = date_parameter(since, "since"), date_parameter(until, "until")
    dataset = _parquet(store)
    if dataset is not None:
        from shadowline.scale.analysis import relations_network as dask_network

        graph = dask_network(dataset.frame(), since=first, until=last, half_life_days=half_life)
    else:
        graph = relations_network(connection(store), since=first, until=last, half_life_days=half_life)
    if graph.number_of_nodes() == 0:
        raise NoData("no events between two known actors in this store (or date range)")
    return RelationsNetwork(graph)


@dataclass
class BlocsReport:
    """Blocs and structural balance (``shadowline blocs --format json``)."""

    partition: BlocPartition
    balance: BalanceReport

    def to_dict(self) -> dict[str, Any]:
        blocs_ = [{"members": b.members, "cohesion": round(b.cohesion, 4)} for b in self.partition.blocs]
        triads = [{"actors": list(t.actors), "weights": [round(w, 3) for w in t.weights],
                   "strain": round(t.strain, 3)} for t in self.balance.unbalanced]
        return _plain({"blocs": blocs_, "balance": round(self.balance.index, 4),
                       "weak_balance": round(self.balance.weak_index, 4), "triads": self.balance.n_triads,
                       "fit": round(self.partition.fit, 4), "unbalanced_triads": triads})


def blocs(store: Any, *, since: str | date | None = None, until: str | date | None = None,
          half_life: float = DEFAULT_HALF_LIFE_DAYS, seed: int = 0) -> BlocsReport:
    """Signed communities of the relations network and its structural balance (ten most unbalanced triads)."""
    graph = network(store, since=since, until=until, half_life=half_life).graph
    return BlocsReport(find_blocs(graph, seed=seed), structural_balance(graph, top=10))


@dataclass
class ShadowReport:
    """Shadow-conflict dyads (``shadowline shadow --format json``: a list)."""

    dyads: list[ShadowDyad]

    def to_dict(self) -> list[dict[str, Any]]:
        return _plain([asdict(d) for d in self.dyads])


def shadow(store: Any, *, top: int = 10, evidence: int = 3, since: str | date | None = None,
           until: str | date | None = None) -> ShadowReport:
    """Dyads whose hostility runs through hybrid means and proxies, with `evidence` events each."""
    if top < 1:
        raise InvalidParameter("top", f"expected 1 or more, got {top}")
    if evidence < 0:
        raise InvalidParameter("evidence", f"expected 0 or more, got {evidence}")
    return ShadowReport(shadow_conflicts(connection(store), top=top, evidence=evidence,
                                         since=date_parameter(since, "since"), until=date_parameter(until, "until")))


@dataclass
class DominoReport:
    """A domino cascade (``shadowline domino SRC TGT --format json``; `top` actors listed)."""

    result: CascadeResult
    top: int = 20

    def to_dict(self) -> dict[str, Any]:
        data = self.result.as_json()
        actors = data["actors"]
        data["actors"] = actors[: self.top] if self.top and isinstance(actors, list) else actors
        return _plain(data)


def domino(store: Any, source: str, target: str, *, runs: int = 10_000, seed: int = 0, top: int = 20,
           p_alliance: float = CascadeParams.p_alliance, since: str | date | None = None,
           until: str | date | None = None, half_life: float = DEFAULT_HALF_LIFE_DAYS,
           progress: Callable[[int], None] | None = None) -> DominoReport:
    """Monte-Carlo cascade from a shock between `source` and `target`: who is drawn in, on which side,
    along which paths (see docs/domino.md)."""
    source, target = _code(source, "source"), _code(target, "target")
    if runs < 1:
        raise InvalidParameter("runs", f"expected 1 or more, got {runs}")
    if not 0 <= p_alliance <= 1:
        raise InvalidParameter("p_alliance", f"expected a probability between 0 and 1, got {p_alliance}")
    if source == target:
        raise InvalidParameter("target", "the shock needs two different actors")
    graph = network(store, since=since, until=until, half_life=half_life).graph
    for parameter, actor in (("source", source), ("target", target)):
        if actor not in graph:
            raise NoData(f"{parameter}: {actor} is not in the network (no events or ties involve it)", parameter)
    result = simulate_cascade(graph, source, target, runs=runs, seed=seed,
                              params=CascadeParams(p_alliance=p_alliance), progress=progress)
    return DominoReport(result, top)


@dataclass
class WarningReport:
    """Escalation alerts (``shadowline warn --format json``: a list)."""

    alerts: list[Alert]

    def to_dict(self) -> list[dict[str, Any]]:
        return _plain([asdict(a) for a in self.alerts])


def warn(store: Any, *, window: int = 4, baseline: int = 52, threshold: float = 2.0,
         as_of: str | date | None = None) -> WarningReport:
    """Dyads whose conflict in the last `window` weeks is `threshold` baseline deviations above the
    `baseline` weeks before."""
    if window < 1:
        raise InvalidParameter("window", f"expected 1 or more weeks, got {window}")
    if baseline < 2:
        raise InvalidParameter("baseline", f"expected 2 or more weeks, got {baseline}")
    end = date_parameter(as_of, "as_of")
    return WarningReport(escalation_alerts(connection(store), as_of=date.fromisoformat(end) if end else None,
                                           window_weeks=window, baseline_weeks=baseline, threshold=threshold))
