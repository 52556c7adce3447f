"""Write events in the formats users already use: JSON, JSON Lines, CSV, PLOVER JSONL, GDELT-style TSV,
and Parquet.

JSON and JSONL nest actors and location as objects (``"source": {"text", "country", "sector", "name",
"via", ...}``); CSV and TSV flatten them (``source_country``, ...). In CSV and TSV a text cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote, so that a
spreadsheet shows the news text instead of running it as a formula (OWASP, "CSV Injection"); numbers are
written as numbers. PLOVER output uses the field names of the PLOVER manual's data-fields chapter
(``id``, ``date``, ``actor`` and ``recipient`` with ``code``, ``entity_text``, ``identifier_text`` and
``sector``, ``event``, ``mode``, ``context``, ``quad_code``, ``event_scale``, ``event_loc`` with
``resolved_place``, ``country_code``, ``lat``, ``lon`` and ``feature_code``, ``text``, ``coder``,
``cite_info`` with ``citation``), and a few of shadowline's own beside them (``cameo``, ``goldstein``,
``modality``, ``confidence``, an entity's ``cameo_role``, ``resolved_via`` and ``backer``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from shadowline.records import Event

FORMATS = ("json", "jsonl", "csv", "plover", "tsv")

FLAT_COLUMNS = (
    "event_id", "date", "date_precision", "source_text", "source_country", "source_sector", "source_name",
    "plover_type", "plover_mode", "plover_context", "cameo_code", "quad_class", "goldstein", "plover_score",
    "modality", "target_text", "target_country", "target_sector", "target_name", "confidence", "location_name",
    "location_iso3", "location_lat", "location_lon", "doc_id", "sentence_index", "char_start", "char_end",
    "sentence", "coder_version",
)


#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """`value`, with a single quote put before text that a spreadsheet would run as a formula.

    >>> spreadsheet_safe("=1+1"), spreadsheet_safe(-2.0)
    ("'=1+1", -2.0)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def flat_event(event: Event) -> dict[str, Any]:
    """The event as one flat row (for CSV/TSV)."""
    row: dict[str, Any] = {}
    for side, actor in (("source", event.source), ("target", event.target)):
        row.update({f"{side}_text": actor.text, f"{side}_country": actor.country, f"{side}_sector": actor.sector,
                    f"{side}_name": actor.name})
    loc = event.location
    row.update({
        "event_id": event.event_id, "date": event.date, "date_precision": event.date_precision,
        "plover_type": event.plover_type, "plover_mode": event.plover_mode,
        "plover_context": ";".join(event.plover_context), "cameo_code": event.cameo_code,
        "quad_class": event.quad_class, "goldstein": event.goldstein, "plover_score": event.plover_score,
        "modality": event.modality, "confidence": event.confidence,
        "location_name": loc.name if loc else None, "location_iso3": loc.iso3 if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "doc_id": event.doc_id, "sentence_index": event.sentence_index, "char_start": event.char_start,
        "char_end": event.char_end, "sentence": event.sentence, "coder_version": event.coder_version,
    })
    return {column: row[column] for column in FLAT_COLUMNS}


def plover_record(event: Event) -> dict[str, Any]:
    """The event as a PLOVER JSON record."""
    def entity(actor: Any) -> dict[str, Any]:
        return {"code": actor.country, "entity_text": actor.text, "identifier_text": actor.name,
                "sector": actor.sector, "cameo_role": actor.cameo_role, "resolved_via": actor.via,
                "backer": actor.backer}

    loc = event.location
    return {
        "id": event.event_id, "date": event.date, "actor": [entity(event.source)],
        "recipient": [entity(event.target)], "event": [event.plover_type],
        "mode": [event.plover_mode] if event.plover_mode else [], "context": list(event.plover_context),
        "quad_code": event.quad_class, "event_scale": event.plover_score,
        "event_loc": ({"resolved_place": loc.name, "country_code": loc.iso3, "lat": loc.lat, "lon": loc.lon,
                       "feature_code": loc.feature} if loc else None),
        "text": event.sentence, "cameo": event.cameo_code, "goldstein": event.goldstein,
        "modality": event.modality, "confidence": event.confidence, "coder": event.coder_version,
        "cite_info": {"citation": event.doc_id, "sentence_index": event.sentence_index,
                      "char_start": event.char_start, "char_end": event.char_end},
    }


def write_events(events: Iterable[Event], fmt: str, out: IO[str]) -> int:
    """Write events to a text stream in `fmt` (one of :data:`FORMATS`); returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "json":  # one array, written an item at a time: as json.dump(items, indent=2) lays it out
        for event in events:
            item = json.dumps(event.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if count == 0 else ",\n  ") + item)
            count += 1
        out.write("\n]\n" if count else "[]\n")
        return count
    if fmt in {"csv", "tsv"}:
        writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
        writer.writeheader()
        for event in events:
            row = {k: spreadsheet_safe(v) for k, v in flat_event(event).items()}
            if fmt == "tsv":
                row = {k: (str(v).replace("\t", " ").replace("\n", " ") if v is not None else "")
                       for k, v in row.items()}
            writer.writerow(row)
            count += 1
        return count
    for event in events:
        record = event.to_dict() if fmt == "jsonl" else plover_record(event)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


#: The Arrow types of the flat columns in a Parquet file (text unless named here).
_PARQUET_TYPES: dict[str, Any] = {
    "sentence_index": "int64", "char_start": "int64", "char_end": "int64", "quad_class": "int64",
    "goldstein": "float64", "plover_score": "float64", "confidence": "float64", "location_lat": "float64",
    "location_lon": "float64",
}


def write_parquet(events: Iterable[Event], path: str | Path, batch_rows: int = 1_000) -> Path:
    """Write events to a Parquet file with the flat columns (plover_context as a list), `batch_rows` at a
    time: memory holds one batch however many events there are."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.list_(pa.string()) if c == "plover_context" else
                         getattr(pa, _PARQUET_TYPES.get(c, "string"))()) for c in FLAT_COLUMNS])
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(flat_event(event) | {"plover_context": list(event.plover_context)})
            if len(batch) == batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return Path(path)
