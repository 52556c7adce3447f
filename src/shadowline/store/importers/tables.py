"""Reading the delimited files other datasets ship: plain or zipped, with or without a header.

Rows come with the line they start on, so a problem names the file and the line. A quoted field may hold
newlines (ACLED notes do); a row with the wrong number of fields is reported and skipped.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from shadowline.records import InputProblem
from shadowline.store.imported import write_imported_rows

Report = Callable[[InputProblem], None]


@dataclass
class ImportSummary:
    """What an import did: files and rows read, events new to the store, rows skipped as malformed."""

    dataset: str
    files: int = 0
    rows: int = 0
    events_written: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def already_stored(self) -> int:
        return self.rows - len([p for p in self.problems if p.line is not None]) - self.events_written

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-able data; problems as ``file:line: reason`` strings."""
        return {"dataset": self.dataset, "files": self.files, "rows": self.rows,
                "events_written": self.events_written, "already_stored": max(self.already_stored, 0),
                "problems": [str(p) for p in self.problems]}

    def line(self) -> str:
        """One line for people: ``gdelt: 3 files, 1,000 rows, 990 new events, 8 already stored, 2 skipped``."""
        skipped = len([p for p in self.problems if p.line is not None])
        text = (f"{self.dataset}: {self.files} files, {self.rows:,} rows, {self.events_written:,} new events, "
                f"{max(self.already_stored, 0):,} already stored, {skipped:,} malformed rows skipped")
        failed = len(self.problems) - skipped
        return text + (f", {failed} files failed" if failed else "")


@contextmanager
def open_text(path: Path) -> Iterator[io.TextIOBase]:
    """The text of a file, or of the first data file in a ``.zip`` (GDELT ships ``.CSV.zip``)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if not n.endswith("/")]
            if not members:
                raise ValueError("empty zip archive")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        return
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        yield handle


def sniff_delimiter(header: str, default: str = ",") -> str:
    """Tab when the header line has tabs (ICEWS and GDELT name files ``.csv`` or ``.tab`` freely), else `default`."""
    return "\t" if "\t" in header else default


def read_header_rows(path: Path, report: Report, delimiter: str | None = None
                     ) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a delimited file with a header, as (line the row starts on, {column: value}).

    Exports of one dataset differ in how they write column names (``Event ID``, ``event_id``): read values
    with :func:`column`, which matches names either way. The delimiter is sniffed from the header (tab or
    comma) unless given. Rows with more or fewer fields than the header are reported and skipped.
    """
    with open_text(path) as handle:
        first = handle.readline()
        if not first.strip():
            report(InputProblem(str(path), "empty file, expected a header line"))
            return
        sep = delimiter or sniff_delimiter(first)
        header = [name.strip() for name in next(csv.reader([first], delimiter=sep))]
        reader = csv.reader(handle, delimiter=sep)
        start = 2
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                report(InputProblem(str(path), f"unreadable row ({exc})", start))
                start = reader.line_num + 2
                continue
            line, start = start, reader.line_num + 2
            if not fields or fields == [""]:
                continue
            if len(fields) != len(header):
                report(InputProblem(str(path), f"{len(fields)} fields, expected {len(header)} as in the header",
                                    line))
                continue
            yield line, dict(zip(header, fields))


def column(row: dict[str, str], *names: str) -> str:
    """The value of the first of `names` the row has, matched without case, spaces or underscores; stripped."""
    for name in names:
        if name in row:
            return row[name].strip()
    folded = {fold(key): key for key in row}
    for name in names:
        key = folded.get(fold(name))
        if key is not None:
            return row[key].strip()
    return ""


def fold(name: str) -> str:
    """A column name folded for matching: ``fold("Event ID") == fold("event_id") == "eventid"``."""
    return name.strip().lower().replace(" ", "").replace("_", "")


MappedRow = dict[str, Any]


RowReader = Callable[[Path, Report], Iterator[tuple[int, dict[str, str]]]]


def import_rows(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary,
                map_row: Callable[[dict[str, str]], MappedRow], batch_rows: int = 10_000,
                rows: RowReader | None = None) -> None:
    """Read a file's rows (a headed file unless `rows` reads it otherwise), map each row with `map_row` and
    write the events in batches.

    `map_row` returns the event's store columns (``original`` is added here) or raises ``ValueError`` with
    what is wrong, which is reported with the line.
    """
    batch: list[MappedRow] = []
    for line, row in (rows or read_header_rows)(path, _counting(report, summary)):
        summary.rows += 1
        try:
            mapped = map_row(row)
        except ValueError as exc:
            report(InputProblem(str(path), str(exc), line))
            continue
        mapped["original"] = json.dumps(row, ensure_ascii=False)
        batch.append(mapped)
        if len(batch) >= batch_rows:
            summary.events_written += write_imported_rows(con, batch)
            batch = []
    summary.events_written += write_imported_rows(con, batch)


def _counting(report: Report, summary: ImportSummary) -> Report:
    def note(problem: InputProblem) -> None:
        if problem.line is not None:
            summary.rows += 1
        report(problem)
    return note
