"""Importers: events other datasets coded (GDELT, ICEWS, POLECAT, ACLED) into the store's events table.

    >>> from shadowline.store import Store
    >>> with Store("events.duckdb") as store:  # doctest: +SKIP
    ...     print(import_files(store, "gdelt", ["20240517.export.CSV.zip"]).line())
    gdelt: 1 files, 98,112 rows, 98,112 new events, 0 already stored, 0 malformed rows skipped

Each event keeps its dataset (``source_dataset``), its own id (``source_event_id``) and every field of its
row (``original``, JSON). Malformed rows are reported with file and line and skipped; importing a file
again adds nothing. How each dataset maps onto the event contract, and what it loses: docs/interop.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shadowline.records import InputProblem

if TYPE_CHECKING:
    import duckdb

    from shadowline.store import Store
    from shadowline.store.importers.tables import ImportSummary, Report

DATASETS: tuple[str, ...] = ("gdelt", "icews", "polecat", "acled")

def _importer(dataset: str) -> Callable[[duckdb.DuckDBPyConnection, Path, Report, ImportSummary], None]:
    if dataset == "gdelt":
        from shadowline.store.importers.gdelt import import_gdelt
        return import_gdelt
    if dataset == "icews":
        from shadowline.store.importers.icews import import_icews
        return import_icews
    if dataset == "polecat":
        from shadowline.store.importers.polecat import import_polecat
        return import_polecat
    if dataset == "acled":
        from shadowline.store.importers.acled import import_acled
        return import_acled
    raise ValueError(f"unknown dataset {dataset!r}; one of {', '.join(DATASETS)}")


def import_files(store: Store, dataset: str, paths: Sequence[str | Path],
                 report: Callable[[InputProblem], None] | None = None) -> ImportSummary:
    """Import event files of `dataset` (one of :data:`DATASETS`) into `store`.

    Problems (a missing file, a malformed row) go to `report` and to the summary; the other rows and files
    go on. Each batch of rows is one transaction.
    """
    import zipfile

    import duckdb

    from shadowline.store.importers.tables import ImportSummary

    importer = _importer(dataset)
    summary = ImportSummary(dataset)

    def note(problem: InputProblem) -> None:
        summary.problems.append(problem)
        if report is not None:
            report(problem)

    for name in paths:
        path = Path(name)
        if not path.is_file():
            note(InputProblem(str(path), "no such file"))
            continue
        summary.files += 1
        try:
            importer(store.con, path, note, summary)
        except (OSError, ValueError, zipfile.BadZipFile, duckdb.Error) as exc:
            note(InputProblem(str(path), f"cannot read ({exc})"))
    return summary


__all__ = ["DATASETS", "import_files"]
