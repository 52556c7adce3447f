"""GDELT event files: 2.0 (61 tab-separated columns) and 1.0 (57, or 58 with SOURCEURL); no header.

Files are named ``.CSV`` (or ``.export.CSV``, ``.CSV.zip``) but are tab-separated and unquoted. Each line is
split in Python only to check its column count (a wrong count is reported with the line and skipped); the
mapping itself runs in DuckDB over Arrow batches, so a million rows import in seconds, not minutes.

Mapping (details and losses: docs/interop.md):

* ``event_id`` ``gdelt:<GLOBALEVENTID>``; ``doc_id`` the SOURCEURL (else the event id); ``date`` SQLDATE.
* Actors: ``country`` from ``ActorNCountryCode`` (else ``ActorNKnownGroupCode``, with ``via`` saying which),
  ``cameo_role`` ``ActorNType1Code`` and its PLOVER ``sector``, ``text``/``name`` ``ActorNName``. An empty
  actor is stored with an empty text and no codes.
* ``cameo_code`` EventCode as a string (a zero lost to a spreadsheet is put back: ``42`` -> ``042``);
  PLOVER type, mode, contexts and score from the crosswalk; ``quad_class`` and ``goldstein`` as GDELT wrote them.
* NumMentions/NumSources/NumArticles, SOURCEURL; ``location`` from ActionGeo (FIPS country -> ISO3,
  Geo_Type -> feature class). Every column is kept in ``original``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from shadowline.ingest.importers.mapping import cameo_rows, fips_to_iso3, sector_by_role
from shadowline.ingest.importers.tables import ImportSummary, Report, open_text
from shadowline.ingest.readers import InputProblem
from shadowline.store.imported import insert_imported


def _actor_columns(n: int) -> list[str]:
    return [f"Actor{n}{name}" for name in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                           "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                           "Type3Code")]


def _geo_columns(prefix: str, adm2: bool) -> list[str]:
    names = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else []), "Lat", "Long",
             "FeatureID"]
    return [f"{prefix}Geo_{name}" for name in names]


_HEAD = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", *_actor_columns(1), *_actor_columns(2),
         "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
         "NumMentions", "NumSources", "NumArticles", "AvgTone"]

#: The 61 columns of a GDELT 2.0 event file, in order.
GDELT2_COLUMNS: tuple[str, ...] = (*_HEAD, *(c for p in ("Actor1", "Actor2", "Action") for c in _geo_columns(p, True)),
                                   "DATEADDED", "SOURCEURL")
#: The 58 columns of a GDELT 1.0 event file since April 2013 (57 before: no SOURCEURL).
GDELT1_COLUMNS: tuple[str, ...] = (*_HEAD, *(c for p in ("Actor1", "Actor2", "Action") for c in _geo_columns(p, False)),
                                   "DATEADDED", "SOURCEURL")
_LAYOUTS = {61: ("GDELT 2.0", GDELT2_COLUMNS), 58: ("GDELT 1.0", GDELT1_COLUMNS),
            57: ("GDELT 1.0", GDELT1_COLUMNS[:-1])}
#: GDELT's Geo_Type -> GeoNames-style feature class (USA for the US-only types).
GEO_FEATURES = {"1": "PCLI", "2": "ADM1", "3": "PPL", "4": "PPL", "5": "ADM1"}
_POSITIONS = {layout: [GDELT2_COLUMNS.index(name) for name in columns] for layout, (_, columns) in _LAYOUTS.items()}
BATCH_ROWS = 100_000


def _batches(path: Path, report: Report, summary: ImportSummary) -> Iterator[pa.Table]:
    """Arrow batches of raw rows in the 2.0 layout (1.0 rows padded), with ``_line`` and ``_version``."""
    width = len(GDELT2_COLUMNS)
    rows: list[list[str]] = []
    lines: list[int] = []
    versions: list[str] = []
    with open_text(path) as handle:
        for number, raw in enumerate(handle, start=1):
            fields = raw.rstrip("\r\n").split("\t")
            if len(fields) == width:
                rows.append(fields)
                versions.append("GDELT 2.0")
            elif len(fields) in _POSITIONS:
                padded = [""] * width
                for position, value in zip(_POSITIONS[len(fields)], fields):
                    padded[position] = value
                rows.append(padded)
                versions.append("GDELT 1.0")
            elif raw.strip():
                report(InputProblem(str(path), f"{len(fields)} tab-separated fields; expected 61 (GDELT 2.0), "
                                               "58 or 57 (GDELT 1.0)", number))
                summary.rows += 1
                continue
            else:
                continue
            lines.append(number)
            summary.rows += 1
            if len(rows) >= BATCH_ROWS:
                yield _arrow(rows, lines, versions)
                rows, lines, versions = [], [], []
    if rows:
        yield _arrow(rows, lines, versions)


def _arrow(rows: list[list[str]], lines: list[int], versions: list[str]) -> pa.Table:
    columns = {name: pa.array(values, pa.string()) for name, values in zip(GDELT2_COLUMNS, zip(*rows))}
    return pa.table({**columns, "_line": pa.array(lines, pa.int64()), "_version": pa.array(versions, pa.string())})


def _register_lookups(con: duckdb.DuckDBPyConnection) -> None:
    crosswalk = cameo_rows()
    con.register("gdelt_cameo", pa.table({
        "code": [r.cameo_code for r in crosswalk], "plover_type": [r.plover_type for r in crosswalk],
        "plover_mode": [r.plover_mode for r in crosswalk],
        "plover_context": pa.array([list(r.plover_context) for r in crosswalk], pa.list_(pa.string())),
        "plover_score": [r.plover_score for r in crosswalk]}))
    roles = sector_by_role()
    con.register("gdelt_roles", pa.table({"role": list(roles), "sector": list(roles.values())}))
    fips = fips_to_iso3()
    con.register("gdelt_fips", pa.table({"fips": list(fips), "iso3": list(fips.values())}))


def _actor_sql(n: int, side: str) -> str:
    a = f"Actor{n}"
    return f"""
        coalesce(nullif({a}Name, ''), nullif({a}Code, ''), '') AS {side}_text,
        coalesce(nullif({a}CountryCode, ''), nullif({a}KnownGroupCode, '')) AS {side}_country,
        r{n}.sector AS {side}_sector, nullif({a}Type1Code, '') AS {side}_cameo_role,
        nullif({a}Name, '') AS {side}_name,
        CASE WHEN {a}CountryCode <> '' THEN 'gdelt CountryCode'
             WHEN {a}KnownGroupCode <> '' THEN 'gdelt KnownGroupCode' END AS {side}_via,
        NULL::VARCHAR AS {side}_backer"""


_ORIGINAL = ", ".join(f"'{name}', nullif(\"{name}\", '')" for name in GDELT2_COLUMNS)
_VALID = ("regexp_full_match(GLOBALEVENTID, '[0-9]+') AND try_strptime(SQLDATE, '%Y%m%d') IS NOT NULL "
          "AND EventCode <> ''")

_SELECT = f"""
    WITH g AS (
        SELECT *, CASE WHEN EventCode IN (SELECT code FROM gdelt_cameo) THEN EventCode
                       WHEN '0' || EventCode IN (SELECT code FROM gdelt_cameo) THEN '0' || EventCode
                       ELSE EventCode END AS code
        FROM gdelt_batch WHERE {_VALID})
    SELECT
        'gdelt:' || GLOBALEVENTID AS event_id, coalesce(nullif(SOURCEURL, ''), 'gdelt:' || GLOBALEVENTID) AS doc_id,
        0 AS sentence_index, '' AS sentence, NULL::INTEGER AS char_start, NULL::INTEGER AS char_end,
        strptime(SQLDATE, '%Y%m%d')::DATE AS date, 'day' AS date_precision,
        {_actor_sql(1, "source")}, {_actor_sql(2, "target")},
        c.plover_type, c.plover_mode, coalesce(c.plover_context, []::VARCHAR[]) AS plover_context,
        g.code AS cameo_code, try_cast(QuadClass AS INTEGER) AS quad_class,
        try_cast(GoldsteinScale AS DOUBLE) AS goldstein, c.plover_score, 'asserted' AS modality,
        nullif(ActionGeo_FullName, '') AS location_name, f.iso3 AS location_iso3,
        try_cast(ActionGeo_Lat AS DOUBLE) AS location_lat, try_cast(ActionGeo_Long AS DOUBLE) AS location_lon,
        CASE ActionGeo_Type {" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in GEO_FEATURES.items())} END
            AS location_feature,
        NULL::DOUBLE AS confidence, _version AS coder_version, 'import' AS origin,
        'gdelt' AS source_dataset, GLOBALEVENTID AS source_event_id, nullif(SOURCEURL, '') AS source_url,
        try_cast(NumMentions AS INTEGER) AS num_mentions, try_cast(NumSources AS INTEGER) AS num_sources,
        try_cast(NumArticles AS INTEGER) AS num_articles, NULL::INTEGER AS fatalities,
        json_object({_ORIGINAL}) AS original
    FROM g
    LEFT JOIN gdelt_cameo c ON c.code = g.code
    LEFT JOIN gdelt_roles r1 ON r1.role = g.Actor1Type1Code
    LEFT JOIN gdelt_roles r2 ON r2.role = g.Actor2Type1Code
    LEFT JOIN gdelt_fips f ON f.fips = g.ActionGeo_CountryCode
"""


def _report_invalid(con: duckdb.DuckDBPyConnection, path: Path, report: Report) -> None:
    for line, event_id, sqldate, code in con.execute(
            f"SELECT _line, GLOBALEVENTID, SQLDATE, EventCode FROM gdelt_batch WHERE NOT ({_VALID}) "
            "ORDER BY _line").fetchall():
        if not (event_id or "").isdigit():
            reason = f"GLOBALEVENTID {event_id!r} is not a number"
        elif not code:
            reason = "empty EventCode"
        else:
            reason = f"SQLDATE {sqldate!r} is not a date written YYYYMMDD"
        report(InputProblem(str(path), reason, line))


def import_gdelt(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one GDELT event file (``.CSV``, ``.txt`` or ``.zip``) into the store's events table."""
    _register_lookups(con)
    for batch in _batches(path, report, summary):
        con.register("gdelt_batch", batch)
        try:
            _report_invalid(con, path, report)
            summary.events_written += insert_imported(con, _SELECT)
        finally:
            con.unregister("gdelt_batch")
