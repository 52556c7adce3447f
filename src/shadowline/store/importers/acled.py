"""ACLED exports: comma-separated with a header (quoted fields; notes may hold newlines).

Columns read: event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1,
inter1, actor2, assoc_actor_2, inter2, country, iso, admin1-3, location, latitude, longitude, source,
notes, fatalities. Event and sub-event types map to PLOVER through ``data/acled_plover.csv`` (the
sub-event type first, else the event type alone); the actor type codes (``inter1``/``inter2``, numbers or
their names) give the PLOVER sector through ``data/acled_inter.csv``; actor names go through shadowline's
resolver ("Military Forces of Mali (2021-)" -> MLI, "Wagner Group" -> RUS, backed by RUS).

Associated actors become backers where the role says so: a foreign state's forces, or a proxy with a
state sponsor (Wagner beside Mali's forces), named in ``assoc_actor_N`` of an actor of another country,
make that state the actor's ``backer`` and add the ``proxy_forces`` context. An event with no actor2 (most
protests) is stored with an empty target. Dates ``2024-01-15`` and ``15 January 2024`` are both read.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from shadowline.ontology import plover_score
from shadowline.records import Actor
from shadowline.store.importers.mapping import (
    ActorNames,
    PloverType,
    actor_columns,
    cameo_to_plover,
    data_table,
    report_columns,
    type_columns,
)
from shadowline.store.importers.tables import ImportSummary, Report, column, import_rows

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%m/%d/%Y")
_PRECISION = {"1": "day", "2": "week", "3": "month"}
#: Sectors of a state's own forces and offices: an associated actor of one of these is its state.
STATE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})


@cache
def _types() -> dict[tuple[str, str], PloverType]:
    table = {}
    for row in data_table("acled_plover.csv"):
        kind, mode = row["plover_type"] or None, row["plover_mode"] or None
        table[(row["event_type"].lower(), row["sub_event_type"].lower())] = PloverType(
            row["cameo_code"], kind, mode, tuple(c for c in row["plover_context"].split(";") if c),
            plover_score(kind, mode) if kind else None)
    return table


@cache
def _sectors() -> dict[str, str]:
    table = {}
    for row in data_table("acled_inter.csv"):
        table[row["inter"]] = table[row["name"].lower()] = row["sector"]
    return table


def _sector(row: dict[str, str], n: int, names: ActorNames) -> str | None:
    """The sector of actor N from its type code; for state forces, the resolver's police or intelligence."""
    sector = _sectors().get(column(row, f"inter{n}").lower())
    if sector == "MIL":
        resolved = names.resolve(column(row, f"actor{n}"))
        if resolved is not None and resolved.sector in STATE_SECTORS:
            return resolved.sector
    return sector


def acled_type(event_type: str, sub_event_type: str) -> PloverType:
    """PLOVER type of an ACLED event: ``acled_type("Protests", "Peaceful protest").plover_type == "PROTEST"``."""
    types = _types()
    found = types.get((event_type.lower(), sub_event_type.lower())) or types.get((event_type.lower(), ""))
    if found is None:
        raise ValueError(f"unknown event_type {event_type!r} / sub_event_type {sub_event_type!r}")
    if found.cameo_code:
        crosswalk = cameo_to_plover(found.cameo_code)
        found = PloverType(crosswalk.cameo_code, found.plover_type, found.plover_mode, found.plover_context,
                           found.plover_score)
    return found


def acled_date(text: str) -> str:
    """An ACLED date as ISO: ``acled_date("15 January 2024") == "2024-01-15"``."""
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"event_date {text!r} is not a date (expected 2024-01-15 or 15 January 2024)")


def _with_backer(actor: Actor, associated: str, names: ActorNames) -> tuple[Actor, bool]:
    """The actor with the state behind one of its associated actors as backer; True when one was found."""
    if not actor.text:
        return actor, False
    for name in filter(None, (part.strip() for part in associated.split(";"))):
        partner = names.resolve(name)
        if partner is None:
            continue
        state = partner.backer or (partner.country if partner.sector in STATE_SECTORS else None)
        if state and state != actor.country:
            actor.backer = actor.backer or state
            return actor, True
    return actor, False


def map_acled_row(row: dict[str, str], names: ActorNames) -> dict[str, Any]:
    """The store columns of one ACLED row; ValueError names what is wrong with it."""
    event_id = column(row, "event_id_cnty", "event_id")
    if not event_id:
        raise ValueError("empty event_id_cnty")
    date = acled_date(column(row, "event_date"))
    kind = acled_type(column(row, "event_type"), column(row, "sub_event_type"))
    contexts = list(kind.plover_context)
    sides: dict[str, Any] = {}
    for side, n in (("source", 1), ("target", 2)):
        actor = names.actor(column(row, f"actor{n}"), sector=_sector(row, n, names), via="acled")
        actor, proxied = _with_backer(actor, column(row, f"assoc_actor_{n}"), names)
        if proxied and "proxy_forces" not in contexts:
            contexts.append("proxy_forces")
        sides.update(actor_columns(side, actor))
    fatalities = column(row, "fatalities")
    place = column(row, "location")
    lat, lon = column(row, "latitude"), column(row, "longitude")
    try:
        coordinates = (float(lat) if lat else None, float(lon) if lon else None)
        deaths = int(fatalities) if fatalities else None
    except ValueError as exc:
        raise ValueError(f"latitude, longitude or fatalities is not a number ({exc})") from None
    sources = [name.strip() for name in column(row, "source").split(";") if name.strip()]
    types = type_columns(kind)
    types["plover_context"] = contexts
    return {
        "event_id": f"acled:{event_id}", "doc_id": f"acled:{event_id}", "sentence_index": 0,
        "sentence": column(row, "notes"), "date": date,
        "date_precision": _PRECISION.get(column(row, "time_precision"), "day"), **sides, **types,
        "goldstein": None, "modality": "asserted",
        "location_name": place or column(row, "admin1") or column(row, "country") or None,
        "location_iso3": names.country(column(row, "country")), "location_lat": coordinates[0],
        "location_lon": coordinates[1], "location_feature": "PPL" if place else None,
        "coder_version": "ACLED", "origin": "import", "source_dataset": "acled", "source_event_id": event_id,
        "fatalities": deaths, **report_columns("; ".join(sources), max(len(sources), 1)),
    }


def import_acled(con: duckdb.DuckDBPyConnection, path: Path, report: Report, summary: ImportSummary) -> None:
    """Import one ACLED export into the store's events table."""
    names = ActorNames()
    import_rows(con, path, report, summary, lambda row: map_acled_row(row, names))
