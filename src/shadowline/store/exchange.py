"""Whole-store exports for other tools: PLOVER JSONL, GDELT-style TSV, CSV, Parquet by month, GraphML, GEXF.

PLOVER JSONL and CSV are the per-event formats of :mod:`shadowline.store.export`, written as the events are
read, a thousand at a time, so memory stays flat however large the selection. The GDELT TSV and the
Parquet dataset are written by DuckDB straight from the events table (no Python object per event), so a
store of millions of events exports in seconds:

* **gdelt-tsv** — GDELT 2.0's 61 columns, no header. Mapped fields come from the event's columns (country and
  CAMEO role -> ``ActorNCountryCode``/``Type1Code``, ``EventCode`` and its base and root, quad class,
  Goldstein, report counts, ActionGeo with ISO3 back to FIPS, SOURCEURL); fields GDELT has and we do not
  map (AvgTone, actor places, ethnic and religion codes, the full actor code, ...) come from ``original``
  for events imported from GDELT, and are rebuilt or empty otherwise (``ActorNCode`` = country + role). An
  event not from GDELT gets a stable numeric id from its own id.
* **parquet** — a folder of ``month=YYYY-MM/`` partitions (``month=undated`` for events without a date), with
  every column of the events table.
* **graphml** / **gexf** — the signed relations network (:func:`shadowline.analysis.relations_network`)
  of the selected period; with an actor, its neighbourhood only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb

from shadowline.ontology.gdelt import GDELT2_COLUMNS, iso3_to_fips
from shadowline.store.database import Store
from shadowline.store.export import write_events
from shadowline.store.imported import IMPORT_COLUMNS, has_import_columns
from shadowline.store.rows import stream_events

EXPORT_FORMATS: tuple[str, ...] = ("plover-jsonl", "gdelt-tsv", "csv", "parquet", "graphml", "gexf")
#: Formats written to a file or folder only (binary, partitioned or XML graphs).
FILE_FORMATS: frozenset[str] = frozenset({"parquet", "graphml", "gexf"})


@dataclass(frozen=True)
class EventSlice:
    """Which events to export: a date range and an actor (country code or name, either side)."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions (always at least ``TRUE``) and their parameters."""
        conditions, params = ["TRUE"], []
        if self.since:
            conditions.append("date >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            conditions.append("date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.actor:
            conditions.append("(upper(source_country) = upper(?) OR upper(target_country) = upper(?) "
                              "OR lower(source_name) = lower(?) OR lower(target_name) = lower(?))")
            params += [self.actor] * 4
        return " AND ".join(conditions), params


def _number_text(column: str) -> str:
    """A DOUBLE as GDELT writes it: shortest digits, no trailing ``.0`` (``-10``, ``1.9``, ``48.8667``)."""
    return f"regexp_replace(CAST({column} AS VARCHAR), '\\.0$', '')"


def _geo_type() -> str:
    return ("CASE location_feature WHEN 'PCLI' THEN '1' "
            "WHEN 'ADM1' THEN CASE WHEN location_iso3 = 'USA' THEN '2' ELSE '5' END "
            "WHEN 'PPL' THEN CASE WHEN location_iso3 = 'USA' THEN '3' ELSE '4' END END")


def gdelt_select(con: duckdb.DuckDBPyConnection, where: str) -> str:
    """SQL giving the selected events as GDELT 2.0's 61 string columns, in order."""
    imported = has_import_columns(con)

    def kept(name: str) -> str:
        if not imported:
            return "NULL"
        return f"CASE WHEN source_dataset = 'gdelt' THEN json_extract_string(original, '$.{name}') END"

    def column(name: str) -> str:
        return name if imported else f"NULL::{IMPORT_COLUMNS[name].replace('JSON', 'VARCHAR')}"

    fips = ", ".join(f"('{iso3}', '{code}')" for iso3, code in sorted(iso3_to_fips().items()))
    actor: dict[str, str] = {}
    for n, side in ((1, "source"), (2, "target")):
        group = f"{side}_via = 'gdelt KnownGroupCode'"
        actor |= {
            f"Actor{n}Code": f"coalesce({kept(f'Actor{n}Code')}, "
                             f"coalesce({side}_country, '') || coalesce({side}_cameo_role, ''))",
            f"Actor{n}Name": f"CASE WHEN {column('source_dataset')} = 'gdelt' THEN {side}_name "
                             f"ELSE coalesce({side}_name, nullif({side}_text, '')) END",
            f"Actor{n}CountryCode": f"CASE WHEN NOT coalesce({group}, false) THEN {side}_country END",
            f"Actor{n}KnownGroupCode": f"CASE WHEN {group} THEN {side}_country END",
            f"Actor{n}Type1Code": f"{side}_cameo_role",
        }
    mapped = actor | {
        "GLOBALEVENTID": f"CASE WHEN {column('source_dataset')} = 'gdelt' THEN {column('source_event_id')} "
                         "ELSE CAST(('0x' || substr(md5(event_id), 1, 15))::BIGINT AS VARCHAR) END",
        "SQLDATE": "strftime(date, '%Y%m%d')", "MonthYear": "strftime(date, '%Y%m')",
        "Year": "strftime(date, '%Y')",
        "FractionDate": f"coalesce({kept('FractionDate')}, printf('%.4f', year(date) + dayofyear(date) / 365.0))",
        "EventCode": "cameo_code", "EventBaseCode": "left(cameo_code, 3)", "EventRootCode": "left(cameo_code, 2)",
        "QuadClass": "CAST(quad_class AS VARCHAR)", "GoldsteinScale": _number_text("goldstein"),
        "NumMentions": f"CAST({column('num_mentions')} AS VARCHAR)",
        "NumSources": f"CAST({column('num_sources')} AS VARCHAR)",
        "NumArticles": f"CAST({column('num_articles')} AS VARCHAR)",
        "ActionGeo_Type": _geo_type(), "ActionGeo_FullName": "location_name",
        "ActionGeo_CountryCode": "fips.code", "ActionGeo_Lat": _number_text("location_lat"),
        "ActionGeo_Long": _number_text("location_lon"), "SOURCEURL": column("source_url"),
    }
    cells = ", ".join(f"coalesce({mapped.get(name) or kept(name)}, '') AS \"{name}\"" for name in GDELT2_COLUMNS)
    return (f"SELECT {cells} FROM events LEFT JOIN (VALUES {fips}) fips(iso3, code) "
            f"ON fips.iso3 = events.location_iso3 WHERE {where} ORDER BY date NULLS LAST, event_id")


def _copy(con: duckdb.DuckDBPyConnection, select: str, params: list[Any], out: Path, options: str) -> None:
    con.execute(f"COPY ({select}) TO '{_quoted(out)}' ({options})", params).fetchall()


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _count(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> int:
    return int(con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0])


def export_events(store: Store, fmt: str, out: str | Path | IO[str] | None, selection: EventSlice = EventSlice()
                  ) -> int:
    """Export the selected events of `store` in `fmt` (one of :data:`EXPORT_FORMATS`) to `out`.

    `out` is a path, or for the text formats also an open text stream (standard output). Returns the
    number of events (for graphs: of edges) written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    if fmt in FILE_FORMATS and not isinstance(out, (str, Path)):
        raise ValueError(f"{fmt} needs an output path (--out)")
    con = store.con
    where, params = selection.where()
    if fmt in ("graphml", "gexf"):
        return _export_network(con, fmt, Path(out), selection)  # type: ignore[arg-type]
    if fmt == "parquet":
        target = Path(out)  # type: ignore[arg-type]
        select = (f"SELECT *, coalesce(strftime(date, '%Y-%m'), 'undated') AS month FROM events WHERE {where}")
        _copy(con, select, params, target, "FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE")
        return _count(con, where, params)
    if fmt == "gdelt-tsv":
        select = gdelt_select(con, where)
        if isinstance(out, (str, Path)):
            _copy(con, select, params, Path(out), "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''")
            return _count(con, where, params)
        count = 0
        cursor = con.execute(select, params)
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                out.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")  # type: ignore[union-attr]
                count += 1
        return count
    events = stream_events(con, where, params)  # in batches: memory stays flat however many are written
    text_format = "plover" if fmt == "plover-jsonl" else "csv"
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return write_events(events, text_format, handle)
    return write_events(events, text_format, out)  # type: ignore[arg-type]


def _export_network(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, selection: EventSlice) -> int:
    from shadowline.analysis.network import export_network, relations_network

    graph = relations_network(con, since=selection.since, until=selection.until)
    if selection.actor:
        code = selection.actor.upper()
        keep = {code, *graph.neighbors(code)} if code in graph else set()
        graph = graph.subgraph(keep).copy()
    export_network(graph, fmt, out)
    return graph.number_of_edges()
