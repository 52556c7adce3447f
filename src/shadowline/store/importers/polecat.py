"""POLECAT weekly event files (the PLOVER-coded successor of ICEWS), and PLOVER records in general.

Two inputs are read: delimited files with a header (tab or comma), and PLOVER JSON Lines (one event object
a line, nested as the PLOVER manual's "Data Fields" chapter lays it out; ``shadowline export --format
plover-jsonl`` writes such a file). Each field is looked up under the names in :data:`FIELDS`: first the
POLECAT file's (``Event Type``, ``Actor Name``, ...), then the PLOVER manual's (``event``, ``actor`` ->
``code``/``sector``/``entity_text``, ``quad_code``, ``event_scale``, ``event_loc`` -> ``resolved_place``,
...), matched without case, spaces or underscores. What was checked against what: docs/interop.md.

POLECAT is PLOVER already: its event type, mode and contexts are kept as they are (types in capitals,
contexts split on ``;`` or ``,``); the CAMEO code is the PLOVER type's default (``cameo_default``), so it
says less than a code the coder chose. Actors come from the actor and recipient names, countries (ISO3 or
names) and primary sectors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from shadowline.ontology import cameo_default, plover_modes, plover_score, plover_types
from shadowline.records import InputProblem
from shadowline.store.importers.mapping import ActorNames, PloverType, actor_columns, report_columns, type_columns
from shadowline.store.importers.tables import ImportSummary, Report, column, import_rows, open_text

_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_CODE = re.compile(r"[A-Z]{3}")


#: The names each field is read under, POLECAT's first, then the PLOVER manual's data-field names (a nested
#: PLOVER record flattened: ``actor`` -> ``actor_code``, ``event_loc`` -> ``resolved_place``), which is what
#: shadowline's own PLOVER export writes, then the names its earlier versions wrote (``raw_text``,
#: ``sector_code``, ``placename``).
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("Event ID", "id"),
    "date": ("Event Date", "Story Date", "date"),
    "type": ("Event Type", "event"),
    "mode": ("Event Mode", "mode"),
    "contexts": ("Contexts", "Context"),
    "quad": ("Quad Code",),
    # shadowline's own records carry the Goldstein value beside PLOVER's event_scale: read it first
    "intensity": ("Event Intensity", "Intensity", "goldstein", "event_scale"),
    "text": ("Event Text", "Sentence", "text", "event_text"),
    "place": ("Placename", "Geo Name", "Location", "resolved_place", "extracted_place"),
    "place_country": ("Country", "Location Country", "country_code"),
    "lat": ("Latitude", "lat"),
    "lon": ("Longitude", "lon"),
    "feature": ("Feature Type", "Feature Code"),
    "story": ("Story ID", "citation", "doc_id"),
    "version": ("Version",),
    "publisher": ("Source", "Publisher", "publication"),
    **{f"{side}_{part}": names for side, prefix in (("actor", "Actor"), ("recipient", "Recipient"))
       for part, names in (
           ("name", (f"{prefix} Name", f"{side}_entity_text", f"{side}_identifier_text", f"{side}_raw_text",
                     f"{side}_entity_name", prefix)),
           ("country", (f"{prefix} Country", f"{side}_code")),
           ("sector", (f"Primary {prefix} Sector", f"{prefix} Sector", f"{side}_sector", f"{side}_sector_code")))},
}


def field(row: dict[str, str], name: str) -> str:
    """The value of one of :data:`FIELDS` in a row, under whichever of its names the row uses."""
    return column(row, *FIELDS[name])


def plover_fields(record: dict[str, Any]) -> dict[str, str]:
    """A PLOVER JSON record as one flat row: the first actor's and recipient's fields as ``actor_code``, ...
    (further ones ``actor2_code``, ...), the first event type and mode, contexts joined by ``;``, and the
    fields of ``event_loc``, ``cite_info`` and other objects under their own names."""
    flat: dict[str, str] = {}

    def text(value: Any) -> str:
        return "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    for key, value in record.items():
        if key in ("actor", "recipient"):
            entities = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
            for n, entity in enumerate(e for e in entities if isinstance(e, dict)):
                prefix = key if n == 0 else f"{key}{n + 1}"
                flat.update({f"{prefix}_{k}": text(v) for k, v in entity.items()})
        elif isinstance(value, dict):
            for k, v in value.items():
                flat.setdefault(k, text(v))
        elif isinstance(value, list):
            items = [text(v) for v in value if v is not None]
            flat[key] = ";".join(items) if key == "context" else (items[0] if items else "")
            if key != "context" and len(items) > 1:
                flat[f"{key}_all"] = ";".join(items)
        else:
            flat[key] = text(value)
    return flat


def read_plover_jsonl(path: Path, report: Report) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a PLOVER JSON Lines file, flattened (:func:`plover_fields`), with their line numbers; a line
    that is not a JSON object is reported and skipped."""
    with open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                report(InputProblem(str(path), f"not a JSON object ({exc.msg})", number))
                continue
            if not isinstance(record, dict):
                report(InputProblem(str(path), "not a JSON object", number))
                continue
            yield number, plover_fields(record)


def _is_jsonl(path: Path) -> bool:
    with open_text(path) as handle:
        head = handle.read(4096).lstrip()
    return head.startswith("{")


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
    # a record shadowline exported from a POLECAT event keeps its prefixed id: importing it again is that event
    event_id = field(row, "id").removeprefix("polecat:")
    if not event_id:
        raise ValueError("empty Event ID")
    written = field(row, "date")
    match = _ISO_DATE.match(written)
    if not match:
        raise ValueError(f"Event Date {written!r} is not written YYYY-MM-DD")
    kind = polecat_type(field(row, "type"), field(row, "mode"), field(row, "contexts"))
    sides: dict[str, Any] = {}
    for side, prefix in (("source", "actor"), ("target", "recipient")):
        actor = names.actor(field(row, f"{prefix}_name"), sector=field(row, f"{prefix}_sector").upper() or None,
                            via="polecat")
        code = _country(field(row, f"{prefix}_country"), names)
        if code and actor.text:
            actor.country = code
        sides.update(actor_columns(side, actor))
    lat, lon = field(row, "lat"), field(row, "lon")
    quad = field(row, "quad")
    intensity = field(row, "intensity")
    try:
        coordinates = (float(lat) if lat else None, float(lon) if lon else None)
        quad_class = int(float(quad)) if quad else None
        goldstein = float(intensity) if intensity else None
    except ValueError as exc:
        raise ValueError(f"Latitude, Longitude, Quad Code or Event Intensity is not a number ({exc})") from None
    place = field(row, "place")
    story = field(row, "story").removeprefix("polecat:story:")
    return {
        "event_id": f"polecat:{event_id}", "doc_id": f"polecat:story:{story}" if story else f"polecat:{event_id}",
        "sentence_index": 0, "sentence": field(row, "text"), "date": match[1],
        "date_precision": "day", **sides, **type_columns(kind, quad_class), "goldstein": goldstein,
        "modality": "asserted", "location_name": place or None,
        "location_iso3": _country(field(row, "place_country"), names) or None,
        "location_lat": coordinates[0], "location_lon": coordinates[1],
        "location_feature": field(row, "feature") or None,
        "coder_version": f"POLECAT {field(row, 'version')}".strip(), "origin": "import",
        "source_dataset": "polecat", "source_event_id": event_id,
        **report_columns(field(row, "publisher")),
    }


def import_polecat(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one POLECAT event file, or a PLOVER JSON Lines file, into the store's events table."""
    names = ActorNames()
    rows = read_plover_jsonl if _is_jsonl(path) else None
    import_rows(con, path, report, summary, lambda row: map_polecat_row(row, names), rows=rows)
