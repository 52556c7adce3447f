"""POLECAT weekly event files (the PLOVER-coded successor of ICEWS): a header, tab- or comma-separated.

POLECAT is PLOVER already: its event type, mode and contexts are kept as they are (types in capitals,
contexts split on ``;`` or ``,``); the CAMEO code is the PLOVER type's default (``cameo_default``), so it
says less than a code the coder chose. Actors come from the actor and recipient names, countries (ISO3 or
names) and primary sectors. Columns are matched by name without case, spaces or underscores, so both
``Event Type`` and ``event_type`` are read; the names read are listed in docs/interop.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb

from shadowline.ontology import cameo_default, plover_modes, plover_score, plover_types
from shadowline.store.importers.mapping import ActorNames, PloverType, actor_columns, report_columns, type_columns
from shadowline.store.importers.tables import ImportSummary, Report, column, import_rows

_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_CODE = re.compile(r"[A-Z]{3}")


def polecat_type(kind: str, mode: str, contexts: str) -> PloverType:
    """The PLOVER type of a POLECAT row, checked against the ontology; ValueError for an unknown type."""
    kind = kind.strip().upper()
    if kind not in plover_types():
        raise ValueError(f"Event Type {kind!r} is not a PLOVER type")
    known: str | None = mode.strip().lower() or None
    if known is not None and known not in plover_modes(kind):
        known = None
    found = tuple(c.strip().lower() for c in re.split(r"[;,]", contexts) if c.strip())
    return PloverType(cameo_default(kind, known), kind, known, found, plover_score(kind, known))


def _country(value: str, names: ActorNames) -> str:
    """A name for the resolver: ISO3 codes pass through as themselves."""
    return value if _CODE.fullmatch(value) else (names.country(value) or "")


def map_polecat_row(row: dict[str, str], names: ActorNames) -> dict[str, Any]:
    """The store columns of one POLECAT row; ValueError names what is wrong with it."""
    event_id = column(row, "Event ID", "id")
    if not event_id:
        raise ValueError("empty Event ID")
    written = column(row, "Event Date", "Story Date", "date")
    match = _ISO_DATE.match(written)
    if not match:
        raise ValueError(f"Event Date {written!r} is not written YYYY-MM-DD")
    kind = polecat_type(column(row, "Event Type", "event"), column(row, "Event Mode", "mode"),
                        column(row, "Contexts", "Context"))
    sides: dict[str, Any] = {}
    for side, prefix in (("source", "Actor"), ("target", "Recipient")):
        actor = names.actor(column(row, f"{prefix} Name", prefix), sector=column(
            row, f"Primary {prefix} Sector", f"{prefix} Sector").upper() or None, via="polecat")
        code = _country(column(row, f"{prefix} Country"), names)
        if code and actor.text:
            actor.country = code
        sides.update(actor_columns(side, actor))
    lat, lon = column(row, "Latitude", "lat"), column(row, "Longitude", "lon")
    quad = column(row, "Quad Code", "quad_code")
    intensity = column(row, "Event Intensity", "Intensity")
    try:
        coordinates = (float(lat) if lat else None, float(lon) if lon else None)
        quad_class = int(float(quad)) if quad else None
        goldstein = float(intensity) if intensity else None
    except ValueError as exc:
        raise ValueError(f"Latitude, Longitude, Quad Code or Event Intensity is not a number ({exc})") from None
    place = column(row, "Placename", "Geo Name", "Location")
    story = column(row, "Story ID")
    return {
        "event_id": f"polecat:{event_id}", "doc_id": f"polecat:story:{story}" if story else f"polecat:{event_id}",
        "sentence_index": 0, "sentence": column(row, "Event Text", "Sentence", "Text"), "date": match[1],
        "date_precision": "day", **sides, **type_columns(kind, quad_class), "goldstein": goldstein,
        "modality": "asserted", "location_name": place or None,
        "location_iso3": _country(column(row, "Country", "Location Country"), names) or None,
        "location_lat": coordinates[0], "location_lon": coordinates[1],
        "location_feature": column(row, "Feature Type", "Feature Code") or None,
        "coder_version": f"POLECAT {column(row, 'Version')}".strip(), "origin": "import",
        "source_dataset": "polecat", "source_event_id": event_id,
        **report_columns(column(row, "Source", "Publisher")),
    }


def import_polecat(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one POLECAT event file into the store's events table."""
    names = ActorNames()
    import_rows(con, path, report, summary, lambda row: map_polecat_row(row, names))
