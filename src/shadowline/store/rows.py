"""How an event is stored: the events table's columns, an event as a row and back, and the keys the store
computes (a document text's hash, the key of an event's mentions)."""

from __future__ import annotations

import hashlib
from typing import Any

import duckdb

from shadowline.records import Actor, Event, Location

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end", "date", "date_precision",
    "source_text", "source_country", "source_sector", "source_cameo_role", "source_name", "source_via",
    "source_backer", "target_text", "target_country", "target_sector", "target_cameo_role", "target_name",
    "target_via", "target_backer", "plover_type", "plover_mode", "plover_context", "cameo_code", "quad_class",
    "goldstein", "plover_score", "modality", "location_name", "location_iso3", "location_lat", "location_lon",
    "location_feature", "confidence", "coder_version", "origin", "source_kind", "target_kind",
)


def text_hash(text: str) -> str:
    """The SHA-256 (hex) of a document text, as the store keeps it to find the same text under another id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_row(event: Event, origin: str = "shadowline") -> tuple[Any, ...]:
    """The events-table row of an event, in :data:`EVENT_COLUMNS` order."""
    s, t, loc = event.source, event.target, event.location
    return (
        event.event_id, event.doc_id, event.sentence_index, event.sentence, event.char_start, event.char_end,
        event.date, event.date_precision,
        s.text, s.country, s.sector, s.cameo_role, s.name, s.via, s.backer,
        t.text, t.country, t.sector, t.cameo_role, t.name, t.via, t.backer,
        event.plover_type, event.plover_mode, list(event.plover_context), event.cameo_code, event.quad_class,
        event.goldstein, event.plover_score, event.modality,
        loc.name if loc else None, loc.iso3 if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.feature if loc else None, event.confidence, event.coder_version, origin, s.kind, t.kind,
    )


def event_select_list(con: duckdb.DuckDBPyConnection) -> str:
    """:data:`EVENT_COLUMNS` as a select list; a column that a store made before it existed lacks (a store
    opened read-only is not upgraded) reads as NULL."""
    present = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    return ", ".join(c if c in present else f"NULL AS {c}" for c in EVENT_COLUMNS)


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from an events-table row (a dict of column -> value)."""
    def actor(side: str) -> Actor:
        return Actor(row[f"{side}_text"] or "", row[f"{side}_country"], row[f"{side}_sector"],
                     row[f"{side}_cameo_role"], row[f"{side}_name"], row[f"{side}_via"], row[f"{side}_backer"],
                     row.get(f"{side}_kind"))

    location = None
    if row.get("location_name"):
        location = Location(row["location_name"], row["location_iso3"], row["location_lat"], row["location_lon"],
                            row["location_feature"])
    date = row.get("date")
    iso_date = date.isoformat() if date is not None and hasattr(date, "isoformat") else date
    return Event(
        doc_id=row["doc_id"], sentence_index=row["sentence_index"], sentence=row["sentence"] or "",
        char_start=row["char_start"], char_end=row["char_end"], source=actor("source"), target=actor("target"),
        plover_type=row["plover_type"], cameo_code=row["cameo_code"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], plover_score=row["plover_score"], plover_mode=row["plover_mode"],
        plover_context=list(row["plover_context"] or []), modality=row["modality"] or "asserted",
        date=iso_date, date_precision=row["date_precision"],
        location=location, confidence=row["confidence"] or 0.0, coder_version=row["coder_version"] or "",
        event_id=row["event_id"],
    )
