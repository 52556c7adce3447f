"""Dyad series and the signed relations network computed with Dask DataFrame over a Parquet dataset.

For event tables too large for one machine's memory: the dataset (a folder of Parquet files with the
columns of the store's ``events`` table, as written by ``DaskCoder(parquet_dir=...)`` or exported from a
store) is read partition by partition. Each partition is weighted by :func:`weighted_events`, the
pandas form of :func:`shadowline.analysis.events.weighted_events_sql` (same filter, modality weight,
intensity and sign), and the sums are Dask group-bys. The results are the records of the DuckDB path
(:class:`~shadowline.analysis.dyads.DyadPoint`, the ``networkx`` graph of
:func:`~shadowline.analysis.network.relations_network`), equal to them up to the order of floating-point
additions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from shadowline.analysis.dyads import FREQUENCIES, DyadPoint
from shadowline.analysis.events import MODALITY_WEIGHTS, QUAD_DEFAULT_INTENSITY
from shadowline.analysis.network import DEFAULT_HALF_LIFE_DAYS, MAX_DECAY_RATE, network_from_dyads
from shadowline.scale.extra import require_dask

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

#: Columns of the events dataset the analysis reads.
COLUMNS: tuple[str, ...] = ("event_id", "date", "source_country", "target_country", "quad_class", "plover_type",
                            "plover_context", "goldstein", "plover_score", "modality")
#: Asserted events of these types with the ``military`` context make a ``defence_cooperation`` tie.
DEFENCE_TYPES: frozenset[str] = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID"})


@dataclass(frozen=True)
class ParquetEvents:
    """An events dataset in Parquet — the folder ``shadowline export --format parquet`` writes, a file, or a
    glob — for :func:`shadowline.analysis.dyads` and :func:`shadowline.analysis.network` in place of a store:
    read partition by partition with Dask DataFrame, so it may be larger than memory.

    >>> shadowline.analysis.network(ParquetEvents("events-parquet/"))  # doctest: +SKIP
    """

    path: str | Path

    def frame(self) -> dd.DataFrame:
        """The dataset as a Dask DataFrame (see :func:`read_events`)."""
        return read_events(self.path)


def read_events(path: str | Path) -> dd.DataFrame:
    """The events of a Parquet dataset (a file, a folder of files, or a glob) as a Dask DataFrame."""
    require_dask("analysis over Parquet")
    import dask.dataframe as dd

    if not any(ch in str(path) for ch in "*?[") and not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such Parquet file or folder")
    return dd.read_parquet(str(path), columns=list(COLUMNS))


def weighted_events(frame: pd.DataFrame, since: date | str | None = None,
                    until: date | str | None = None) -> pd.DataFrame:
    """The counted events of one partition with ``day``, ``src``, ``tgt``, ``weight``, ``intensity`` and
    ``value`` columns: the rules of :mod:`shadowline.analysis.events`, row by row."""
    import pandas as pd

    modality = frame["modality"].astype(object).where(frame["modality"].notna(), "asserted")
    day = pd.to_datetime(frame["date"])
    keep = (frame["source_country"].notna() & frame["target_country"].notna()
            & (frame["source_country"] != frame["target_country"]) & (modality != "negated"))
    if since is not None:
        keep &= day >= pd.Timestamp(str(since))
    if until is not None:
        keep &= day <= pd.Timestamp(str(until))
    keep = keep.fillna(False).astype(bool)
    out = pd.DataFrame({
        "event_id": frame["event_id"][keep].astype(object), "day": day[keep],
        "src": frame["source_country"][keep].astype(object), "tgt": frame["target_country"][keep].astype(object),
        "quad_class": frame["quad_class"][keep].astype("float64"),
        "plover_type": frame["plover_type"][keep].astype(object),
        "goldstein": frame["goldstein"][keep].astype("float64"),
        "plover_score": frame["plover_score"][keep].astype("float64"),
    })
    out["military"] = [context is not None and "military" in list(context)
                       for context in frame["plover_context"][keep]]
    out["weight"] = modality[keep].map(lambda m: MODALITY_WEIGHTS.get(m, 1.0)).astype("float64")
    score = out["goldstein"].fillna(out["plover_score"])
    defaults = out["quad_class"].map(lambda q: QUAD_DEFAULT_INTENSITY.get(int(q), 0.5) if q == q else 0.5)
    out["intensity"] = np.where(score.notna(), (score.abs() / 10.0).clip(lower=0.1, upper=1.0), defaults)
    sign = np.where(out["quad_class"].isin([1, 2]), 1.0,
                    np.where(out["quad_class"].isin([3, 4]), -1.0, np.sign(score.fillna(0.0))))
    out["value"] = sign * out["weight"] * out["intensity"]
    return out


def _weighted(events: dd.DataFrame, since: date | str | None, until: date | str | None) -> dd.DataFrame:
    return events.map_partitions(weighted_events, since, until, meta=weighted_events(events._meta, since, until))


def _dyad_terms(rows: pd.DataFrame, freq: str) -> pd.DataFrame:
    """`rows` with the ``period`` (the first day of the day, ISO week or month, as DuckDB's ``date_trunc``)
    and the weighted terms summed by a dyad series."""
    import pandas as pd

    day = rows["day"].dt.normalize()
    if freq == "week":
        day = day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    elif freq == "month":
        day = day - pd.to_timedelta(day.dt.day - 1, unit="D")
    return rows.assign(period=day, gs=rows["goldstein"].fillna(0.0) * rows["weight"],
                       ps=rows["plover_score"].fillna(0.0) * rows["weight"],
                       conflict=(rows["weight"] * rows["intensity"]).where(rows["quad_class"].isin([3, 4]), 0.0),
                       coop=(rows["weight"] * rows["intensity"]).where(rows["quad_class"].isin([1, 2]), 0.0))


def dyad_series(events: dd.DataFrame, a: str, b: str, freq: str = "week", directed: bool = False,
                since: date | str | None = None, until: date | str | None = None) -> list[DyadPoint]:
    """The series of dyad (a, b) over a Dask DataFrame of events (see :func:`read_events`): the points of
    :func:`shadowline.analysis.dyads.dyad_series`, oldest first.

    >>> dyad_series(read_events("events/"), "AZE", "FRA", freq="month")  # doctest: +SKIP
    """
    import dask

    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    counted = _weighted(events, since, until)
    pair = (counted["src"] == a) & (counted["tgt"] == b)
    if not directed:
        pair |= (counted["src"] == b) & (counted["tgt"] == a)
    rows = counted[pair & counted["day"].notnull()]
    rows = rows.map_partitions(_dyad_terms, freq, meta=_dyad_terms(rows._meta, freq))
    groups = rows.groupby(["period", "quad_class", "plover_type"], dropna=False)
    sums, counts, ids = dask.compute(groups[["gs", "ps", "conflict", "coop"]].sum(), groups.size(),
                                     rows[["period", "event_id"]])
    points: dict[date, DyadPoint] = {}
    for (period, quad, ptype), total in sums.sort_index().iterrows():
        point = points.setdefault(period.date(), DyadPoint(period=period.date(), n_events=0))
        n = int(counts.loc[(period, quad, ptype)])
        point.n_events += n
        if quad == quad:
            point.by_quad[int(quad)] = point.by_quad.get(int(quad), 0) + n
        if isinstance(ptype, str):
            point.by_type[ptype] = point.by_type.get(ptype, 0) + n
        point.goldstein += float(total["gs"])
        point.plover_score += float(total["ps"])
        point.conflict += float(total["conflict"])
        point.cooperation += float(total["coop"])
    for period, event_ids in ids.groupby("period")["event_id"]:
        points[period.date()].event_ids.extend(sorted(event_ids))
    return [points[p] for p in sorted(points)]


def relations_network(events: dd.DataFrame, since: date | str | None = None, until: date | str | None = None,
                      half_life_days: float = DEFAULT_HALF_LIFE_DAYS, as_of: date | None = None,
                      ties: list[tuple[str, str, str]] | None = None) -> nx.Graph:
    """The signed relations graph of :func:`shadowline.analysis.network.relations_network` over a Dask
    DataFrame of events. Structural ties loaded into a store (ATOP, rivalries) are not part of an events
    dataset: pass them as `ties` (``(actor_a, actor_b, kind)``, e.g. from ``analysis.ties.active_ties``);
    the ``defence_cooperation`` ties found in the events are added as in the store path.
    """
    import pandas as pd

    if half_life_days <= 0:
        raise ValueError("half_life_days must be positive")
    if as_of is not None and until is None:
        until = as_of
    counted = _weighted(events, since, until)
    if as_of is None:
        latest = counted["day"].max().compute()
        as_of = latest.date() if pd.notna(latest) else date.today()
    rate = min(math.log(2) / half_life_days, MAX_DECAY_RATE)  # as the store path does
    age = (pd.Timestamp(as_of) - counted["day"]).dt.days.clip(lower=0)
    decay = (-rate * age).map_partitions(np.exp, meta=("decay", "float64")).fillna(1.0)
    value = counted["value"]
    edges = counted.assign(
        a=counted["src"].where(counted["src"] <= counted["tgt"], counted["tgt"]),
        b=counted["tgt"].where(counted["src"] <= counted["tgt"], counted["src"]),
        coop=(value * decay).where(value > 0, 0.0), conflict=(-value * decay).where(value < 0, 0.0),
        defence=((counted["weight"] >= 1) & counted["plover_type"].isin(list(DEFENCE_TYPES))
                 & counted["military"]).astype("int64"),
        n=1)
    rows = edges.groupby(["a", "b"])[["n", "coop", "conflict", "defence"]].sum().compute()
    dyads = ((a, b, row["n"], row["coop"], row["conflict"], row["defence"])
             for (a, b), row in rows.sort_index().iterrows())
    return network_from_dyads(dyads, as_of, half_life_days, ties or ())
