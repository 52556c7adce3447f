"""Exports of a selection of stored events, in every format, through one streaming path.

:func:`write_selection` reads the selection in keyset pages of a thousand events
(:func:`shadowline.store.pages.event_pages`) and hands them to a format's writer, so every export holds
one page, not the selection, however large the store:

* **jsonl**, **json**, **csv**, **tsv**, **plover** (``plover-jsonl``) — the per-event formats of
  :mod:`shadowline.store.export`, and **parquet** as one file with their flat columns.
* **gdelt-tsv** — GDELT 2.0's 61 columns, no header, each page mapped by DuckDB. Mapped fields come from the
  event's columns (country and CAMEO role -> ``ActorNCountryCode``/``Type1Code``, ``EventCode`` and its
  base and root, quad class, Goldstein, report counts, ActionGeo with ISO3 back to FIPS, SOURCEURL); fields
  GDELT has and we do not map (AvgTone, actor places, ethnic and religion codes, the full actor code, ...)
  come from ``original`` for events imported from GDELT, and are rebuilt or empty otherwise (``ActorNCode``
  = country + role). An event not from GDELT gets a stable numeric id from its own id.
* **parquet-dataset** (``shadowline export --format parquet``) — a folder of ``month=YYYY-MM/``
  partitions (``month=undated`` for events without a date), with every column of the events table; pages
  come in date order, so one month's file is open at a time.
* **graphml** / **gexf** — the signed relations network (:func:`shadowline.analysis.relations_network`)
  of the selected period; with an actor, its neighbourhood only. The network is summed per dyad by
  DuckDB, the same query as ``shadowline network``, so it holds one row per dyad and no event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import duckdb
import pyarrow as pa

from shadowline.ontology.gdelt import GDELT2_COLUMNS, iso3_to_fips
from shadowline.records import Event
from shadowline.store.database import Store
from shadowline.store.export import FORMATS, write_events, write_parquet
from shadowline.store.imported import IMPORT_COLUMNS, has_import_columns
from shadowline.store.pages import EventQuery, event_pages, page_events

#: ``shadowline export`` formats; its parquet is :data:`SELECTION_FORMATS`' parquet-dataset (a folder).
EXPORT_FORMATS: tuple[str, ...] = ("plover-jsonl", "gdelt-tsv", "csv", "parquet", "graphml", "gexf")
#: Formats written to a file or folder only (binary, partitioned or XML graphs).
FILE_FORMATS: frozenset[str] = frozenset({"parquet", "graphml", "gexf"})
#: Every format :func:`export_selection` writes (the library's names: ``Store.export``).
SELECTION_FORMATS: tuple[str, ...] = (*FORMATS, "parquet", "gdelt-tsv", "parquet-dataset", "graphml", "gexf")
_PATH_ONLY = frozenset({"parquet", "parquet-dataset", "graphml", "gexf"})

#: A selection of events to export: the filters of ``Store.events`` (date range, actor, ...).
EventSlice = EventQuery

#: A format's writer: takes the selection's pages (Arrow tables of events-table rows, in order), returns
#: how many events it wrote.
PageWriter = Callable[[Iterator[pa.Table]], int]


def write_selection(con: duckdb.DuckDBPyConnection, selection: EventQuery, writer: PageWriter,
                    page_rows: int = 1_000) -> int:
    """Hand the events of `selection` to `writer` in keyset pages of `page_rows` events
    (:func:`shadowline.store.pages.event_pages`): the one path every export reads through, so memory holds
    one page however large the selection."""
    return writer(event_pages(con, selection, page_rows))


def _number_text(column: str) -> str:
    """A DOUBLE as GDELT writes it: shortest digits, no trailing ``.0`` (``-10``, ``1.9``, ``48.8667``)."""
    return f"regexp_replace(CAST({column} AS VARCHAR), '\\.0$', '')"


def _geo_type() -> str:
    return ("CASE location_feature WHEN 'PCLI' THEN '1' "
            "WHEN 'ADM1' THEN CASE WHEN location_iso3 = 'USA' THEN '2' ELSE '5' END "
            "WHEN 'PPL' THEN CASE WHEN location_iso3 = 'USA' THEN '3' ELSE '4' END END")


def gdelt_select(con: duckdb.DuckDBPyConnection, relation: str = "events") -> str:
    """SQL giving the events of `relation` (the events table, or a page of it) as GDELT 2.0's 61 string
    columns, in the order of the events (by date, then as stored)."""
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
    return (f"SELECT {cells} FROM {relation} AS e LEFT JOIN (VALUES {fips}) fips(iso3, code) "
            "ON fips.iso3 = e.location_iso3 ORDER BY e.ordinal")


def _gdelt_writer(con: duckdb.DuckDBPyConnection, out: IO[str]) -> PageWriter:
    def write(pages: Iterator[pa.Table]) -> int:
        count = 0
        select = gdelt_select(con, "gdelt_page")
        for page in pages:
            con.register("gdelt_page", page.append_column("ordinal", pa.array(range(page.num_rows), pa.int64())))
            try:
                rows = con.execute(select).fetchall()
            finally:
                con.unregister("gdelt_page")
            out.write("".join("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n"
                              for row in rows))
            count += len(rows)
        return count
    return write


def _text_writer(fmt: str, out: IO[str]) -> PageWriter:
    return lambda pages: write_events(page_events(pages), fmt, out)


def _parquet_writer(path: Path) -> PageWriter:
    def write(pages: Iterator[pa.Table]) -> int:
        count = 0

        def counted() -> Iterator[Event]:
            nonlocal count
            for event in page_events(pages):
                count += 1
                yield event
        write_parquet(counted(), path)
        return count
    return write


def export_selection(con: duckdb.DuckDBPyConnection, fmt: str, out: str | Path | IO[str],
                     selection: EventQuery | None = None) -> int:
    """Write the events of `selection` in `fmt` (one of :data:`SELECTION_FORMATS`) to `out`: a path, or for
    the text formats also an open text stream. Returns the number of events (for graphs: of edges) written.
    """
    if fmt not in SELECTION_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(SELECTION_FORMATS)}")
    if fmt in _PATH_ONLY and not isinstance(out, (str, Path)):
        raise ValueError(f"{fmt} needs an output path (--out)")
    selection = selection or EventQuery()
    if fmt in ("graphml", "gexf"):
        return _export_network(con, fmt, Path(out), selection)  # type: ignore[arg-type]
    if fmt == "parquet-dataset":
        return _copy_month_partitions(con, selection, Path(out))  # type: ignore[arg-type]
    if fmt == "gdelt-tsv" and isinstance(out, (str, Path)):
        return _copy_gdelt(con, selection, Path(out))
    if fmt == "parquet":
        return write_selection(con, selection, _parquet_writer(Path(out)))  # type: ignore[arg-type]
    if not isinstance(out, (str, Path)):
        return write_selection(con, selection, _stream_writer(con, fmt, out))
    with open(out, "w", encoding="utf-8", newline="") as handle:
        return write_selection(con, selection, _stream_writer(con, fmt, handle))


def _copy_month_partitions(con: duckdb.DuckDBPyConnection, selection: EventQuery, folder: Path) -> int:
    """The Parquet dataset written by DuckDB's own ``COPY ... PARTITION_BY``, which streams the selection
    through its bounded buffers: as flat as the pages and many times faster (docs/decisions/0029)."""
    where, params = _unpaged(selection).where()
    select = f"SELECT *, coalesce(strftime(date, '%Y-%m'), 'undated') AS month FROM events{where}"
    con.execute(f"COPY ({select}) TO '{_quoted(folder)}' (FORMAT parquet, PARTITION_BY (month), "
                "OVERWRITE_OR_IGNORE)", params).fetchall()
    return _count(con, selection)


def _copy_gdelt(con: duckdb.DuckDBPyConnection, selection: EventQuery, out: Path) -> int:
    """GDELT TSV to a file, written by DuckDB's ``COPY`` from the mapping query (see :func:`_copy_month_partitions`)."""
    where, params = _unpaged(selection).where()
    relation = (f"(SELECT *, row_number() OVER ({_unpaged(selection).order().strip()}) AS ordinal "
                f"FROM events{where})")
    con.execute(f"COPY ({gdelt_select(con, relation)}) TO '{_quoted(out)}' "
                "(FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')", params).fetchall()
    return _count(con, selection)


def _unpaged(selection: EventQuery) -> EventQuery:
    if selection.limit is not None or selection.offset:
        raise ValueError("an export takes the whole selection: no limit or offset")
    return selection


def _count(con: duckdb.DuckDBPyConnection, selection: EventQuery) -> int:
    where, params = selection.where()
    return int(con.execute(f"SELECT count(*) FROM events{where}", params).fetchall()[0][0])


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _stream_writer(con: duckdb.DuckDBPyConnection, fmt: str, out: IO[str]) -> PageWriter:
    return _gdelt_writer(con, out) if fmt == "gdelt-tsv" else _text_writer(fmt, out)


def export_events(store: Store, fmt: str, out: str | Path | IO[str] | None, selection: EventQuery | None = None
                  ) -> int:
    """Export the selected events of `store` in `fmt` (one of :data:`EXPORT_FORMATS`, the names of
    ``shadowline export``) to `out`.

    `out` is a path, or for the text formats also an open text stream (standard output). Returns the
    number of events (for graphs: of edges) written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    if fmt in FILE_FORMATS and not isinstance(out, (str, Path)):
        raise ValueError(f"{fmt} needs an output path (--out)")
    library_name = {"plover-jsonl": "plover", "parquet": "parquet-dataset"}.get(fmt, fmt)
    return export_selection(store.con, library_name, out, selection)  # type: ignore[arg-type]


def _export_network(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, selection: EventQuery) -> int:
    from shadowline.analysis.network import export_network, relations_network

    graph = relations_network(con, since=selection.since, until=selection.until)
    if selection.actor:
        code = selection.actor.upper()
        keep = {code, *graph.neighbors(code)} if code in graph else set()
        graph = graph.subgraph(keep).copy()
    export_network(graph, fmt, out)
    return graph.number_of_edges()
