"""Structural ties: alliances and rivalries loaded from files the user supplies.

shadowline bundles no alliance or rivalry data. A user who holds a copy of ATOP (Leeds et al.,
Alliance Treaty Obligations and Provisions) or of a strategic-rivalry list (Thompson & Dreyer) loads
it with ``shadowline ties import atop FILE`` / ``... rivalries FILE`` into the ``ties`` table of the
store. File formats (CSV with a header row; column names are matched case-insensitively):

**Alliances (ATOP-style)** — one row per dyad (or dyad-year):

* actors: ``state_a,state_b`` (also accepted: ``ccode1,ccode2``, ``ccode_a,ccode_b``, ``stateA,stateB``),
  each an ISO3 code (``FRA``) or a Correlates of War number (``220``, converted to ISO3);
* time: ``year``, or ``start_year`` and ``end_year`` (empty end = still in force);
* obligations, 0/1 columns: ``defense``, ``offense``, ``neutral``, ``nonagg``, ``consul`` (also with an
  ``atop_`` prefix). A row with all of them 0 adds nothing.

Consecutive dyad-years of one obligation are merged into a span. A span that reaches the last year
of the file is taken as still in force after it.

**Rivalries** — ``ccode1,ccode2`` (or ``state_a,state_b``), ``styear,endyear`` (or ``start,end``,
``start_year,end_year``), optional ``rivalryname`` (or ``rivalry``, ``name``).

A bad row is reported with the file name, line number and what was expected; the other rows go
through, and the whole file is written in one transaction (all or nothing), replacing any earlier
import of a file with the same name and kind.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from shadowline.store.schema import TIES_DDL

#: Alliance obligation columns and the tie kind each becomes.
ALLIANCE_KINDS: dict[str, str] = {
    "defense": "defense", "offense": "offense", "neutral": "neutrality",
    "nonagg": "nonaggression", "consul": "consultation",
}
RIVALRY_KIND = "rivalry"

_PAIR_COLUMNS = (("state_a", "state_b"), ("ccode1", "ccode2"), ("ccode_a", "ccode_b"), ("statea", "stateb"))
_RIVAL_START = ("styear", "start", "start_year")
_RIVAL_END = ("endyear", "end", "end_year")
_RIVAL_NAME = ("rivalryname", "rivalry", "name")


@dataclass
class TieImport:
    """What an import did: ties written, rows read, and one message per rejected row."""

    path: Path
    kind: str
    rows_read: int = 0
    ties_written: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Tie:
    a: str
    b: str
    kind: str
    start: int | None
    end: int | None
    name: str | None
    line: int


def ensure_ties_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create the ``ties`` table if the store has none."""
    con.execute(TIES_DDL)


def cow_to_iso3() -> dict[int, str]:
    """The bundled Correlates of War state number -> ISO3 table."""
    text = resources.files("shadowline.store.importers").joinpath("data/cow_iso3.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {int(r["cow_code"]): r["iso3"] for r in rows}


class _RowError(ValueError):
    pass


def _actor(value: str | None, column: str, cow: dict[int, str]) -> str:
    v = (value or "").strip()
    if v.isdigit():
        if int(v) not in cow:
            raise _RowError(f"unknown Correlates of War code {v!r} in column {column!r}")
        return cow[int(v)]
    if not v or not v.isalpha() or not 2 <= len(v) <= 6:
        raise _RowError(f"expected an ISO3 code or a COW number in column {column!r}, got {v!r}")
    return v.upper()


def _year(value: str | None, column: str, required: bool) -> int | None:
    v = (value or "").strip()
    if not v or v.upper() in ("NA", "NULL"):
        if required:
            raise _RowError(f"expected a year in column {column!r}, got nothing")
        return None
    try:
        return int(float(v))
    except ValueError:
        raise _RowError(f"expected a year in column {column!r}, got {v!r}") from None


def _flag(value: str | None, column: str) -> bool:
    v = (value or "").strip()
    if v in ("", "0", "0.0", "NA"):
        return False
    if v in ("1", "1.0"):
        return True
    raise _RowError(f"expected 0 or 1 in column {column!r}, got {v!r}")


def _find(header: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((header[n] for n in names if n in header), None)


def _read_rows(path: Path) -> tuple[dict[str, str], list[tuple[int, dict[str, str]]]]:
    # bytes that are not UTF-8 are kept as escapes, so that only the rows holding them are refused
    text = path.read_bytes().decode("utf-8-sig", "surrogateescape")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {h.strip().lower(): h for h in (reader.fieldnames or [])}
    rows = [(reader.line_num, row) for row in reader]
    return header, rows


def _check_text(row: dict[str, str]) -> None:
    for column, value in row.items():
        if isinstance(value, str) and (_NOT_UTF8.search(value) or "\x00" in value):
            raise _RowError(f"column {column!r} is not UTF-8 text; convert the file with e.g. "
                            "'iconv -f latin1 -t utf-8'")


_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _parse_alliances(path: Path, result: TieImport) -> list[_Tie]:
    header, rows = _read_rows(path)
    pair = next(((header[a], header[b]) for a, b in _PAIR_COLUMNS if a in header and b in header), None)
    flags = {kind: _find(header, (col, f"atop_{col}")) for col, kind in ALLIANCE_KINDS.items()}
    if pair is None or not any(flags.values()):
        raise ValueError(f"{path}: line 1: expected columns state_a,state_b (or ccode1,ccode2) and at least "
                         f"one of {', '.join(ALLIANCE_KINDS)}; found {', '.join(header.values()) or 'none'}")
    year_col = _find(header, ("year",))
    start_col, end_col = _find(header, ("start_year",)), _find(header, ("end_year",))
    cow = cow_to_iso3()
    yearly: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    spans: list[_Tie] = []
    for line, row in rows:
        result.rows_read += 1
        try:
            _check_text(row)
            a, b = sorted((_actor(row[pair[0]], pair[0], cow), _actor(row[pair[1]], pair[1], cow)))
            if a == b:
                raise _RowError("an actor cannot be allied with itself")
            kinds = [k for k, col in flags.items() if col and _flag(row[col], col)]
            if year_col:
                year = _year(row[year_col], year_col, required=True)
                for k in kinds:
                    yearly.setdefault((a, b, k), []).append((year or 0, line))
            else:
                start = _year(row[start_col], start_col, False) if start_col else None
                end = _year(row[end_col], end_col, False) if end_col else None
                spans.extend(_Tie(a, b, k, start, end, None, line) for k in kinds)
        except _RowError as err:
            result.errors.append(f"{path}: line {line}: {err}")
    if yearly:
        last_year = max(y for years in yearly.values() for y, _ in years)
        spans.extend(_merge_years(yearly, last_year))
    return spans


def _merge_years(yearly: dict[tuple[str, str, str], list[tuple[int, int]]], last_year: int) -> list[_Tie]:
    """Merge consecutive dyad-years into spans; a span reaching `last_year` stays open."""
    out = []
    for (a, b, kind), years in yearly.items():
        years.sort()
        start, prev, line = years[0][0], years[0][0], years[0][1]
        for y, ln in years[1:] + [(10**9, 0)]:
            if y <= prev + 1:
                prev = max(prev, y)
                continue
            out.append(_Tie(a, b, kind, start, None if prev >= last_year else prev, None, line))
            start, prev, line = y, y, ln
    return out


def _parse_rivalries(path: Path, result: TieImport) -> list[_Tie]:
    header, rows = _read_rows(path)
    pair = next(((header[a], header[b]) for a, b in _PAIR_COLUMNS if a in header and b in header), None)
    start_col, end_col = _find(header, _RIVAL_START), _find(header, _RIVAL_END)
    name_col = _find(header, _RIVAL_NAME)
    if pair is None or start_col is None:
        raise ValueError(f"{path}: line 1: expected columns ccode1,ccode2 (or state_a,state_b) and styear "
                         f"[,endyear]; found {', '.join(header.values()) or 'none'}")
    cow = cow_to_iso3()
    ties = []
    for line, row in rows:
        result.rows_read += 1
        try:
            _check_text(row)
            a, b = sorted((_actor(row[pair[0]], pair[0], cow), _actor(row[pair[1]], pair[1], cow)))
            if a == b:
                raise _RowError("an actor cannot be its own rival")
            start = _year(row[start_col], start_col, required=True)
            end = _year(row[end_col], end_col, required=False) if end_col else None
            name = ((row.get(name_col) or "").strip() or None) if name_col else None
            ties.append(_Tie(a, b, RIVALRY_KIND, start, end, name, line))
        except _RowError as err:
            result.errors.append(f"{path}: line {line}: {err}")
    return ties


def import_ties(con: duckdb.DuckDBPyConnection, path: str | Path, kind: str) -> TieImport:
    """Load an alliance (``kind="atop"``) or rivalry (``kind="rivalries"``) file into ``ties``.

    Bad rows are listed in ``errors`` and skipped; the good rows are written in one transaction,
    replacing an earlier import of a file with the same name and kind.

    >>> import_ties(con, "atop_2018.csv", "atop").ties_written  # doctest: +SKIP
    412
    """
    path = Path(path)
    if kind not in ("atop", "rivalries"):
        raise ValueError(f"kind must be 'atop' or 'rivalries', not {kind!r}")
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    result = TieImport(path=path, kind=kind)
    ties = _parse_alliances(path, result) if kind == "atop" else _parse_rivalries(path, result)
    kinds = list(ALLIANCE_KINDS.values()) if kind == "atop" else [RIVALRY_KIND]
    ensure_ties_table(con)
    con.begin()
    try:
        con.execute("DELETE FROM ties WHERE source = ? AND list_contains(?, kind)", [path.name, kinds])
        if ties:
            batch = pa.table({
                "a": [t.a for t in ties], "b": [t.b for t in ties], "k": [t.kind for t in ties],
                "s": pa.array([t.start for t in ties], pa.int32()),
                "e": pa.array([t.end for t in ties], pa.int32()),
                "n": pa.array([t.name for t in ties], pa.string()),
                "line": pa.array([t.line for t in ties], pa.int32())})
            con.register("_tie_batch", batch)
            con.execute("INSERT INTO ties SELECT a, b, k, s, e, n, ?, line FROM _tie_batch", [path.name])
            con.unregister("_tie_batch")
        con.commit()
    except Exception:
        con.rollback()
        raise
    result.ties_written = len(ties)
    return result
