"""GDELT event files: 2.0 (61 tab-separated columns) and 1.0 (57, or 58 with SOURCEURL); no header.

Files are named ``.CSV`` (or ``.export.CSV``, ``.CSV.zip``) but are tab-separated and unquoted. DuckDB reads
them (its CSV reader, in parallel) and maps them with an ``INSERT ... SELECT`` per 200,000 rows, so a million
rows import in seconds of CPU, not minutes. The layout is the field count most of a file's first lines
have; a line with another count, or without a numeric id, a YYYYMMDD date or an event code, is reported
with its line and skipped.

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

import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from shadowline.ontology.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS, GEO_FEATURES, fips_to_iso3
from shadowline.records import InputProblem
from shadowline.store.imported import insert_imported
from shadowline.store.importers.mapping import cameo_rows, sector_by_role
from shadowline.store.importers.tables import ImportSummary, Report, open_text

_LAYOUTS = {61: ("GDELT 2.0", GDELT2_COLUMNS), 58: ("GDELT 1.0", GDELT1_COLUMNS),
            57: ("GDELT 1.0", GDELT1_COLUMNS[:-1])}


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
        NULL::VARCHAR AS {side}_backer,
        CASE WHEN {a}CountryCode <> '' THEN CASE WHEN {a}Type1Code <> '' THEN 'agent' ELSE 'state' END
             WHEN {a}KnownGroupCode <> '' THEN 'organisation' END AS {side}_kind"""


# Every non-empty field as a JSON object; empty ones are left out (half the size of a full object, and
# GDELT rows are mostly empty fields), so ``original->>'AvgTone'`` is NULL where the file had nothing.
_ORIGINAL = "'{' || concat_ws(',', " + ", ".join(
    f"CASE WHEN \"{name}\" <> '' THEN '\"{name}\":' || to_json(\"{name}\") END" for name in GDELT2_COLUMNS) + ") || '}'"
_VALID = ("coalesce(regexp_full_match(GLOBALEVENTID, '[0-9]+') AND try_strptime(SQLDATE, '%Y%m%d') IS NOT NULL "
          "AND EventCode <> '', false)")

_SELECT = f"""
    WITH g AS (
        SELECT *, CASE WHEN EventCode IN (SELECT code FROM gdelt_cameo) THEN EventCode
                       WHEN '0' || EventCode IN (SELECT code FROM gdelt_cameo) THEN '0' || EventCode
                       ELSE EventCode END AS code
        FROM gdelt_rows r WHERE {_VALID} AND r.rowid >= $first AND r.rowid < $stop
          -- rows already stored are left out before any mapping: a re-import costs a join, not a mapping
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = 'gdelt:' || r.GLOBALEVENTID))
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
        ({_ORIGINAL})::JSON AS original,
        nullif(regexp_extract(SOURCEURL, '^[A-Za-z]+://(www\\.)?([^/:?#]+)', 2), '') AS publisher
    FROM g
    LEFT JOIN gdelt_cameo c ON c.code = g.code
    LEFT JOIN gdelt_roles r1 ON r1.role = g.Actor1Type1Code
    LEFT JOIN gdelt_roles r2 ON r2.role = g.Actor2Type1Code
    LEFT JOIN gdelt_fips f ON f.fips = g.ActionGeo_CountryCode
"""


SNIFFED_LINES = 50
#: Rows mapped and inserted per transaction.
BATCH_ROWS = 200_000


def _layout(path: Path) -> tuple[str, tuple[str, ...]] | None:
    """The layout of a file from the most common field count of its first lines; None when none fits."""
    counts: dict[int, int] = {}
    with open_text(path) as handle:
        for raw, _ in zip(handle, range(SNIFFED_LINES)):
            if raw.strip():
                width = raw.rstrip("\r\n").count("\t") + 1
                if width in _LAYOUTS:
                    counts[width] = counts.get(width, 0) + 1
    return _LAYOUTS[max(counts, key=lambda w: (counts[w], w))] if counts else None


@contextmanager
def _plain_file(path: Path) -> Iterator[Path]:
    """The file itself, or the first member of a zip unpacked to a temporary file (DuckDB reads no zip)."""
    if path.suffix.lower() != ".zip":
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="shadowline-gdelt-") as folder, zipfile.ZipFile(path) as archive:
        members = [n for n in archive.namelist() if not n.endswith("/")]
        if not members:
            raise ValueError("empty zip archive")
        target = Path(folder) / "events.tsv"
        with archive.open(members[0]) as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        yield target


def _load_rows(con: duckdb.DuckDBPyConnection, path: Path, version: str, columns: tuple[str, ...]) -> None:
    """``gdelt_rows``: the file's rows as strings in the 2.0 layout (1.0 rows with NULL for what they lack),
    in file order; rows with another field count go to DuckDB's ``reject_errors``."""
    typed = ", ".join(f"'{name}': 'VARCHAR'" for name in columns)
    present = set(columns)
    select = ", ".join(name if name in present else f"NULL::VARCHAR AS {name}" for name in GDELT2_COLUMNS)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE gdelt_rows AS SELECT {select}, '{version}' AS _version
        FROM read_csv(?, delim = '\t', quote = '', escape = '', header = false, auto_detect = false,
                      columns = {{{typed}}}, ignore_errors = true, store_rejects = true,
                      rejects_table = 'gdelt_rejects', rejects_scan = 'gdelt_reject_scans')""",
                [str(path)]).fetchall()


def _report_rejected(con: duckdb.DuckDBPyConnection, path: Path, width: int, report: Report) -> set[int]:
    """Report each line DuckDB rejected (a wrong field count, bad bytes) once; returns their numbers."""
    rows = con.execute("""
        SELECT line,
               min(CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')
                        THEN try_cast(regexp_extract(error_message, 'Found: (\\d+)', 1) AS INTEGER) END),
               any_value(error_message)
        FROM gdelt_rejects GROUP BY line ORDER BY line""").fetchall()
    for line, found, message in rows:
        if found:
            reason = f"{found} tab-separated fields; expected {width} as the file's other lines " \
                     "(61 GDELT 2.0, 58 or 57 GDELT 1.0)"
        else:
            reason = f"unreadable line ({message})"
        report(InputProblem(str(path), reason, int(line)))
    return {int(line) for line, *_ in rows}


def _report_invalid(con: duckdb.DuckDBPyConnection, path: Path, rejected: set[int], report: Report) -> None:
    """Report rows with the right field count but no usable id, date or event code, with their lines."""
    invalid = con.execute(f"SELECT rowid, GLOBALEVENTID, SQLDATE, EventCode FROM gdelt_rows WHERE NOT {_VALID} "
                          "ORDER BY rowid").fetchall()
    if not invalid:
        return
    wanted = {int(rowid): (event_id, sqldate, code) for rowid, event_id, sqldate, code in invalid}
    ordinal = 0
    with open_text(path) as handle:  # the n-th stored row is the n-th non-blank line DuckDB kept
        for number, raw in enumerate(handle, start=1):
            if not raw.strip() or number in rejected:
                continue
            if ordinal in wanted:
                event_id, sqldate, code = wanted[ordinal]
                if not (event_id or "").isdigit():
                    reason = f"GLOBALEVENTID {event_id!r} is not a number"
                elif not code:
                    reason = "empty EventCode"
                else:
                    reason = f"SQLDATE {sqldate!r} is not a date written YYYYMMDD"
                report(InputProblem(str(path), reason, number))
            ordinal += 1


def import_gdelt(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one GDELT event file (``.CSV``, ``.txt`` or ``.zip``) into the store's events table."""
    layout = _layout(path)
    if layout is None:
        report(InputProblem(str(path), "no line with 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated fields "
                                       "among the first lines; is this a GDELT event file?"))
        return
    version, columns = layout
    _register_lookups(con)
    try:
        with _plain_file(path) as plain:
            _load_rows(con, plain, version, columns)
            rejected = _report_rejected(con, path, len(columns), report)
            _report_invalid(con, plain, rejected, report)
        stored = int(con.execute("SELECT count(*) FROM gdelt_rows").fetchall()[0][0])
        summary.rows += len(rejected) + stored
        for first in range(0, stored, BATCH_ROWS):  # one transaction per batch keeps memory flat
            summary.events_written += insert_imported(con, _SELECT, {"first": first, "stop": first + BATCH_ROWS})
    finally:
        for table in ("gdelt_rows", "gdelt_rejects", "gdelt_reject_scans"):
            con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()
