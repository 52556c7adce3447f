"""GDELT event files: 2.0 (61 tab-separated columns) and 1.0 (57, or 58 with SOURCEURL); no header.

Files are named ``.CSV`` (or ``.export.CSV``, ``.CSV.zip``) but are tab-separated and unquoted. A file is cut
into pieces of two DuckDB row groups (:data:`CHUNK_LINES`), each read by DuckDB's CSV reader and mapped by one
``INSERT ... SELECT`` in one transaction, so a million rows import in seconds of CPU, not minutes, in flat
memory. The layout is the field count most of a file's first lines have; a line with another count, or
without a numeric id, a YYYYMMDD date or an event code, is reported with its line and skipped.

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

import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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
    # keyed by the code as written: a code that lost its leading zero to a spreadsheet (42) finds 042, unless
    # the shorter code is a code of its own (0111 written 111 is 111)
    by_written = {r.cameo_code[1:]: r for r in cameo_rows() if r.cameo_code.startswith("0")}
    by_written |= {r.cameo_code: r for r in cameo_rows()}
    crosswalk = list(by_written.values())
    con.register("gdelt_cameo", pa.table({
        "written": list(by_written), "code": [r.cameo_code for r in crosswalk],
        "plover_type": [r.plover_type for r in crosswalk], "plover_mode": [r.plover_mode for r in crosswalk],
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
# (an empty field's pair is NULL, which concat_ws leaves out)
_ORIGINAL = "'{' || concat_ws(',', " + ", ".join(
    f"'\"{name}\":' || to_json(nullif(\"{name}\", ''))" for name in GDELT2_COLUMNS) + ") || '}'"
_VALID = ("coalesce(regexp_full_match(GLOBALEVENTID, '[0-9]+') AND try_strptime(SQLDATE, '%Y%m%d') IS NOT NULL "
          "AND EventCode <> '', false)")

_SELECT = f"""
    SELECT
        'gdelt:' || GLOBALEVENTID AS event_id, coalesce(nullif(SOURCEURL, ''), 'gdelt:' || GLOBALEVENTID) AS doc_id,
        0 AS sentence_index, '' AS sentence, NULL::INTEGER AS char_start, NULL::INTEGER AS char_end,
        strptime(SQLDATE, '%Y%m%d')::DATE AS date, 'day' AS date_precision,
        {_actor_sql(1, "source")}, {_actor_sql(2, "target")},
        c.plover_type, c.plover_mode, coalesce(c.plover_context, []::VARCHAR[]) AS plover_context,
        coalesce(c.code, EventCode) AS cameo_code, try_cast(QuadClass AS INTEGER) AS quad_class,
        try_cast(GoldsteinScale AS DOUBLE) AS goldstein, c.plover_score, 'asserted' AS modality,
        nullif(ActionGeo_FullName, '') AS location_name, f.iso3 AS location_iso3,
        try_cast(ActionGeo_Lat AS DOUBLE) AS location_lat, try_cast(ActionGeo_Long AS DOUBLE) AS location_lon,
        CASE ActionGeo_Type {" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in GEO_FEATURES.items())} END
            AS location_feature,
        NULL::DOUBLE AS confidence, {{version}} AS coder_version, 'import' AS origin,
        'gdelt' AS source_dataset, GLOBALEVENTID AS source_event_id, nullif(SOURCEURL, '') AS source_url,
        try_cast(NumMentions AS INTEGER) AS num_mentions, try_cast(NumSources AS INTEGER) AS num_sources,
        try_cast(NumArticles AS INTEGER) AS num_articles, NULL::INTEGER AS fatalities,
        ({_ORIGINAL})::JSON AS original
    FROM {{rows}} g
    LEFT JOIN gdelt_cameo c ON c.written = g.EventCode
    LEFT JOIN gdelt_roles r1 ON r1.role = g.Actor1Type1Code
    LEFT JOIN gdelt_roles r2 ON r2.role = g.Actor2Type1Code
    LEFT JOIN gdelt_fips f ON f.fips = g.ActionGeo_CountryCode
    WHERE {_VALID}
      -- rows already stored are left out before any mapping: a re-import costs a join, not a mapping
      AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = 'gdelt:' || g.GLOBALEVENTID)
"""


SNIFFED_LINES = 50


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


#: Lines read, mapped and inserted per transaction, so memory stays flat whatever the file's size: two of
#: DuckDB's row groups (122,880 rows each), which it writes straight to the store file as they fill; a
#: smaller transaction would go through the write-ahead log first and be written twice.
CHUNK_LINES = 2 * 122_880


@contextmanager
def _binary(path: Path) -> Iterator[IO[bytes]]:
    """The bytes of the file, or of the first member of a zip (GDELT ships ``.CSV.zip``)."""
    if path.suffix.lower() != ".zip":
        with open(path, "rb") as handle:
            yield handle
        return
    with zipfile.ZipFile(path) as archive:
        members = [n for n in archive.namelist() if not n.endswith("/")]
        if not members:
            raise ValueError("empty zip archive")
        with archive.open(members[0]) as handle:
            yield handle


def _chunks(path: Path, folder: Path, lines: int | None = None) -> Iterator[tuple[int, Path]]:
    """The file cut into pieces of about `lines` whole lines, each written to `folder` (DuckDB reads no zip
    and no part of a file): (number of the piece's first line in the file, the piece), one at a time."""
    piece = folder / "chunk.tsv"
    lines = lines or CHUNK_LINES
    first = 1
    with _binary(path) as source:
        while True:
            count = 0
            with open(piece, "wb") as out:
                while count < lines and (block := source.readlines(1 << 22)):
                    out.writelines(block)
                    count += len(block)
            if not count:
                return
            yield first, piece
            first += count


def _rows_sql(path: Path, columns: tuple[str, ...], rejects: bool) -> str:
    """SQL reading the file's rows as strings in the 2.0 layout (1.0 rows with NULL for what they lack), in
    file order; a line with another field count is skipped, and with `rejects` kept in ``gdelt_rejects``."""
    typed = ", ".join(f"'{name}': 'VARCHAR'" for name in columns)
    present = set(columns)
    select = ", ".join(name if name in present else f"NULL::VARCHAR AS {name}" for name in GDELT2_COLUMNS)
    kept = (", store_rejects = true, rejects_table = 'gdelt_rejects', rejects_scan = 'gdelt_reject_scans'"
            if rejects else "")
    quoted = str(path).replace("'", "''")
    return f"""(SELECT {select} FROM read_csv('{quoted}', delim = '\t', quote = '', escape = '', header = false,
        auto_detect = false, columns = {{{typed}}}, ignore_errors = true{kept}))"""


def _report_rejected(con: duckdb.DuckDBPyConnection, path: Path, width: int, report: Report, offset: int = 0
                     ) -> set[int]:
    """Report each line DuckDB rejected (a wrong field count, bad bytes) once, numbered in the file (a piece's
    line + `offset`); returns their numbers in the piece."""
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
        report(InputProblem(str(path), reason, int(line) + offset))
    return {int(line) for line, *_ in rows}


def _invalid_reason(event_id: str | None, sqldate: str | None, code: str | None) -> str:
    if not (event_id or "").isdigit():
        return f"GLOBALEVENTID {event_id!r} is not a number"
    if not code:
        return "empty EventCode"
    return f"SQLDATE {sqldate!r} is not a date written YYYYMMDD"


def _report_invalid(path: Path, piece: Path, offset: int, invalid: list[tuple[str | None, ...]],
                    rejected: set[int], columns: tuple[str, ...], report: Report) -> None:
    """Report rows with the right field count but no usable id, date or event code, with their lines in the
    file: the piece is read again only when it has some, and each such row is found by its values."""
    wanted = Counter(invalid)
    width = len(columns)
    positions = [columns.index(name) for name in ("GLOBALEVENTID", "SQLDATE", "EventCode")]
    with open(piece, encoding="utf-8", errors="replace", newline="") as handle:
        for number, raw in enumerate(handle, start=1):
            if not wanted:
                return
            fields = raw.rstrip("\r\n").split("\t")
            if number in rejected or len(fields) != width:
                continue
            key = tuple(fields[i] or None for i in positions)  # DuckDB reads an empty field as NULL
            if wanted[key] > 0:
                wanted[key] -= 1
                if not wanted[key]:
                    del wanted[key]
                report(InputProblem(str(path), _invalid_reason(*key), number + offset))


def import_gdelt(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one GDELT event file (``.CSV``, ``.txt`` or ``.zip``) into the store's events table."""
    layout = _layout(path)
    if layout is None:
        report(InputProblem(str(path), "no line with 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated fields "
                                       "among the first lines; is this a GDELT event file?"))
        return
    version, columns = layout
    _register_lookups(con)
    # A piece's mention rows reach the store through the write-ahead log, and the checkpoint DuckDB starts
    # when the log passes its threshold rewrites the store's indexes: one checkpoint for the file, not one
    # per piece (37 -> 35 s of CPU for a million rows).
    con.execute("SET checkpoint_threshold = '64GB'").fetchall()
    try:
        with tempfile.TemporaryDirectory(prefix="shadowline-gdelt-") as folder:
            for first, piece in _chunks(path, Path(folder)):
                _import_piece(con, path, piece, first - 1, version, columns, report, summary)
    finally:
        con.execute("RESET checkpoint_threshold").fetchall()
        con.execute("CHECKPOINT").fetchall()


def _import_piece(con: duckdb.DuckDBPyConnection, path: Path, piece: Path, offset: int, version: str,
                  columns: tuple[str, ...], report: Report, summary: ImportSummary) -> None:
    """Import one piece of a file (lines `offset` + 1 onwards) in one transaction."""
    try:
        # one cheap pass for what is wrong (a few columns are read), then one that maps and inserts
        counted, distinct, invalid = con.execute(
            "SELECT count(*), count(DISTINCT GLOBALEVENTID), "
            f"coalesce(list([GLOBALEVENTID, SQLDATE, EventCode]) FILTER (WHERE NOT {_VALID}), [])"
            f" FROM {_rows_sql(piece, columns, rejects=True)}").fetchall()[0]
        rejected = _report_rejected(con, path, len(columns), report, offset)
        if invalid:
            _report_invalid(path, piece, offset, [tuple(row) for row in invalid], rejected, columns, report)
        summary.rows += len(rejected) + int(counted)
        select = _SELECT.replace("{rows}", _rows_sql(piece, columns, rejects=False)).replace(
            "{version}", f"'{version}'")
        summary.events_written += insert_imported(con, select, unique=counted == distinct)
    finally:
        for table in ("gdelt_rejects", "gdelt_reject_scans"):
            con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()
