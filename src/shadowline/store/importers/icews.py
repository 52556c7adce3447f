"""ICEWS coded event files (Dataverse ``events.YYYY.*.tab``): tab-separated, with a header.

Columns read: Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code,
Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City,
District, Province, Country, Latitude, Longitude. Country names ("Russian Federation") and actor names go
through shadowline's resolver; the first sector word that names a PLOVER sector gives the sector
(``data/icews_sectors.csv``); the CAMEO code keeps its leading zero (one lost to a spreadsheet is put
back); Intensity is ICEWS's Goldstein-scale value. Dates are kept as written (ISO ``YYYY-MM-DD``).
"""

from __future__ import annotations

import re
from datetime import date as date_type
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from shadowline.ontology import cameo_event
from shadowline.store.importers.mapping import (
    ActorNames,
    actor_columns,
    cameo_to_plover,
    data_table,
    report_columns,
    type_columns,
)
from shadowline.store.importers.tables import ImportSummary, Report, column, import_rows

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _sector_words() -> tuple[tuple[str, str], ...]:
    return tuple((row["word"], row["sector"]) for row in data_table("icews_sectors.csv"))


def icews_sector(sectors: str) -> str | None:
    """The PLOVER sector of an ICEWS sector list: ``icews_sector("Military,Government") == "MIL"``."""
    for part in sectors.split(","):
        low = part.lower()
        for word, sector in _sector_words():
            if word in low:
                return sector
    return None


def _valid_date(text: str) -> bool:
    try:
        date_type.fromisoformat(text)
    except ValueError:
        return False
    return True


def _float(value: str, name: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a number") from None


def map_icews_row(row: dict[str, str], names: ActorNames) -> dict[str, Any]:
    """The store columns of one ICEWS row; ValueError names what is wrong with it."""
    event_id = column(row, "Event ID")
    date = column(row, "Event Date")
    if not event_id:
        raise ValueError("empty Event ID")
    if not _ISO_DATE.fullmatch(date) or not _valid_date(date):
        raise ValueError(f"Event Date {date!r} is not a date written YYYY-MM-DD")
    code = column(row, "CAMEO Code")
    if not code:
        raise ValueError("empty CAMEO Code")
    kind = cameo_to_plover(code)
    known = cameo_event(kind.cameo_code)
    story, sentence = column(row, "Story ID"), column(row, "Sentence Number")
    place = [(column(row, "City"), "PPL"), (column(row, "District"), "ADM2"), (column(row, "Province"), "ADM1"),
             (column(row, "Country"), "PCLI")]
    name, feature = next(((n, f) for n, f in place if n), ("", None))
    sides = {}
    for side, prefix in (("source", "Source"), ("target", "Target")):
        sides.update(actor_columns(side, names.actor(
            column(row, f"{prefix} Name"), country_name=column(row, f"{prefix} Country"),
            sector=icews_sector(column(row, f"{prefix} Sectors")), via="icews")))
    return {
        "event_id": f"icews:{event_id}", "doc_id": f"icews:story:{story}" if story else f"icews:{event_id}",
        "sentence_index": int(sentence) if sentence.isdigit() else 0, "sentence": column(row, "Event Text"),
        "date": date, "date_precision": "day", **sides,
        **type_columns(kind, known.quad_class if known else None),
        "goldstein": _float(column(row, "Intensity"), "Intensity"), "modality": "asserted",
        "location_name": name or None, "location_iso3": names.country(column(row, "Country")) if name else None,
        "location_lat": _float(column(row, "Latitude"), "Latitude"),
        "location_lon": _float(column(row, "Longitude"), "Longitude"), "location_feature": feature,
        "coder_version": "ICEWS", "origin": "import", "source_dataset": "icews", "source_event_id": event_id,
        **report_columns(column(row, "Publisher")),
    }


def import_icews(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one ICEWS event file into the store's events table."""
    names = ActorNames()
    import_rows(con, path, report, summary, lambda row: map_icews_row(row, names))
