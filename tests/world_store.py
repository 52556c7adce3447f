"""A small store for the library, API and dashboard tests, written through the store's own row function."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from shadowline.api import Store
from shadowline.records import Actor, Event, Location
from shadowline.store.database import EVENT_COLUMNS, event_row

NAMES = {"FRA": "France", "AZE": "Baku", "ARM": "Armenia", "TUR": "Ankara", "RUS": "the Kremlin",
         "GRC": "Greece", "MLI": "Mali's junta"}
PLACES = {"FRA": Location("Paris", "FRA", 48.85, 2.35, "PPLC"), "AZE": Location("Baku", "AZE", 40.38, 49.89, "PPLC")}
QUAD = {"AID": 2, "COOPERATE": 2, "CONSULT": 1, "ACCUSE": 3, "THREATEN": 3, "COERCE": 4, "SUPPORT": 1}
GOLDSTEIN = {"AID": 7.0, "COOPERATE": 6.0, "CONSULT": 1.0, "ACCUSE": -2.0, "THREATEN": -4.0, "COERCE": -7.0,
             "SUPPORT": 3.5}

#: (source, target, type, how many, contexts) - France and Armenia against Azerbaijan, Turkey and Russia.
PATTERN = [
    ("FRA", "ARM", "AID", 5, ("military",)), ("ARM", "FRA", "CONSULT", 3, ()), ("FRA", "GRC", "COOPERATE", 3, ()),
    ("TUR", "AZE", "COOPERATE", 5, ("military",)), ("RUS", "AZE", "SUPPORT", 3, ()),
    ("AZE", "FRA", "ACCUSE", 6, ("information_operations",)), ("FRA", "AZE", "ACCUSE", 3, ()),
    ("AZE", "ARM", "THREATEN", 4, ()), ("RUS", "MLI", "AID", 3, ("military", "proxy_forces")),
    ("TUR", "GRC", "COERCE", 2, ()),
]


def world_events(end: date = date(2024, 6, 28)) -> list[Event]:
    """Events spread over the year before `end`, one sentence each, a place for those in Paris or Baku."""
    events = []
    for src, tgt, kind, times, contexts in PATTERN:
        for k in range(times):
            day = end - timedelta(days=360 - k * (360 // times))
            sentence = f"{NAMES[src]} {kind.lower()}s {NAMES[tgt]} <b>({k})</b>."
            events.append(Event(
                doc_id=f"{src}-{tgt}-{k}", sentence_index=0, sentence=sentence, char_start=0, char_end=5,
                source=Actor(NAMES[src], src, "GOV", "GOV", NAMES[src], "dictionary"),
                target=Actor(NAMES[tgt], tgt, "GOV", "GOV", NAMES[tgt], "dictionary"),
                plover_type=kind, quad_class=QUAD[kind], goldstein=GOLDSTEIN[kind], plover_context=list(contexts),
                date=day.isoformat(), date_precision="day", location=PLACES.get(src), confidence=0.9,
                coder_version="test"))
    return events


def write_world(path: Path) -> Path:
    """Create a store at `path` holding :func:`world_events`."""
    with Store(path) as store:
        placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
        store.con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                              [event_row(e) for e in world_events()])
    return path
