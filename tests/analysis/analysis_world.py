"""Stores for the analysis and report tests: a fixture builder and a France–Azerbaijan mini-world."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from shadowline.store import open_connection

NAMES = {"FRA": "France", "ARM": "Armenia", "GRC": "Greece", "UKR": "Ukraine", "AZE": "Baku",
         "TUR": "Ankara", "RUS": "the Kremlin", "MLI": "Mali's junta", "BFA": "Burkina Faso's junta",
         "NER": "Niger's junta", "CYP": "Cyprus"}
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "ACCUSE": 3, "THREATEN": 3,
        "REJECT": 3, "PROTEST": 3, "COERCE": 4, "ASSAULT": 4, "SANCTION": 4}
GOLDSTEIN = {"AGREE": 3.0, "CONSULT": 1.0, "SUPPORT": 3.5, "COOPERATE": 6.0, "AID": 7.0, "ACCUSE": -2.0,
             "THREATEN": -4.0, "REJECT": -4.0, "PROTEST": -5.0, "COERCE": -7.0, "ASSAULT": -10.0,
             "SANCTION": -8.0}


def event_row(src: str, tgt: str, ptype: str, day: date | str | None, contexts: tuple[str, ...] = (),
              modality: str = "asserted", src_backer: str | None = None, tgt_backer: str | None = None,
              sentence: str | None = None, seq: int = 0, **extra: Any) -> dict[str, Any]:
    """One `events` row with sensible defaults for everything the test does not care about."""
    src_text, tgt_text = NAMES.get(src, src or "someone"), NAMES.get(tgt, tgt or "someone")
    sentence = sentence or f"{src_text} {ptype.lower()} {tgt_text}."
    eid = hashlib.sha256(f"{src}|{tgt}|{ptype}|{day}|{seq}|{sentence}".encode()).hexdigest()[:20]
    row = {"event_id": eid, "doc_id": f"doc{seq // 5}", "sentence_index": seq, "sentence": sentence,
           "date": str(day) if day else None, "source_text": src_text, "source_country": src,
           "source_backer": src_backer, "target_text": tgt_text, "target_country": tgt,
           "target_backer": tgt_backer, "plover_type": ptype, "plover_context": list(contexts),
           "quad_class": QUAD.get(ptype), "goldstein": GOLDSTEIN.get(ptype), "modality": modality,
           "confidence": 0.9}
    row.update(extra)
    return row


def write_store(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Create a store at `path` (as shadowline creates one) and insert `rows` into `events`."""
    con = open_connection(path)
    if rows:
        cols = sorted({k for r in rows for k in r})
        con.executemany(f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                        [[r.get(c) for c in cols] for r in rows])
    con.close()
    return path


def mini_world_rows(end: date = date(2024, 6, 28)) -> list[dict[str, Any]]:
    """Eighteen months of a France–Azerbaijan shadow conflict, with partners on each side."""
    rows: list[dict[str, Any]] = []

    def add(src: str, tgt: str, ptype: str, times: int, contexts: tuple[str, ...] = (),
            start_days: int = 540, **kw: Any) -> None:
        for k in range(times):
            day = end - timedelta(days=start_days - k * max(start_days // max(times, 1), 1))
            rows.append(event_row(src, tgt, ptype, day, contexts, seq=len(rows), **kw))

    # France's side: arms to Armenia, military support to Greece and Ukraine.
    add("FRA", "ARM", "AID", 6, ("military",), sentence="France delivered armoured vehicles to Armenia.")
    add("ARM", "FRA", "CONSULT", 4)
    add("FRA", "GRC", "COOPERATE", 4, ("military",))
    add("FRA", "UKR", "AID", 6, ("military",))
    add("UKR", "GRC", "SUPPORT", 2)
    add("GRC", "ARM", "CONSULT", 2)
    # Azerbaijan's side: Turkey's defence pact, Russia's sanctions-evasion partnership, Wagner and juntas.
    add("TUR", "AZE", "COOPERATE", 6, ("military",),
        sentence="Ankara signed a mutual defence pact with Baku.")
    add("RUS", "AZE", "COOPERATE", 4, ("economic", "sanctions_evasion"))
    add("RUS", "TUR", "CONSULT", 3)
    for junta in ("MLI", "BFA", "NER"):
        add("RUS", junta, "AID", 3, ("military", "proxy_forces"))
        add(junta, "RUS", "AGREE", 2)
        add(junta, "FRA", "COERCE", 2, src_backer="RUS",
            sentence=f"{NAMES[junta]}, backed by the Kremlin, expelled French forces.")
    add("TUR", "NER", "CONSULT", 2)
    # Hostility across the divide.
    add("AZE", "ARM", "ASSAULT", 5)
    add("RUS", "UKR", "ASSAULT", 8)
    add("RUS", "FRA", "ACCUSE", 3, sentence="The Kremlin criticised the French weapons transfer.")
    add("FRA", "RUS", "THREATEN", 2)
    add("TUR", "GRC", "THREATEN", 4)
    add("TUR", "FRA", "ACCUSE", 1, ("election_interference",))
    add("FRA", "AZE", "ACCUSE", 2)
    # The shadow conflict: Baku's information operations and support to separatists in French territories.
    add("AZE", "FRA", "ACCUSE", 4, ("information_operations",),
        sentence="Azerbaijan's state media openly amplified the New Caledonia protests.")
    add("AZE", "FRA", "CONSULT", 3, ("separatist_support",), target_sector="REB",
        sentence="Baku invited leaders of separatist movements in French territories.")
    # A recent spike of AZE-FRA hostility (early warning), and a denial that must not count.
    add("AZE", "FRA", "PROTEST", 6, ("information_operations",), start_days=20)
    add("AZE", "FRA", "SUPPORT", 3, ("separatist_support",), modality="negated",
        sentence="Baku denied any link to the protests.")
    return rows


@pytest.fixture
def make_store(tmp_path: Path) -> Callable[[list[dict[str, Any]], str], Path]:
    """Build a store from rows: ``make_store(rows, "name")`` returns its path."""
    def build(rows: list[dict[str, Any]], name: str = "store") -> Path:
        return write_store(tmp_path / f"{name}.duckdb", rows)
    return build


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini-world store, built once per test session."""
    return write_store(tmp_path_factory.mktemp("world") / "world.duckdb", mini_world_rows())


@pytest.fixture
def world_db(world_template: Path, tmp_path: Path) -> Path:
    """Path of a fresh copy of the mini-world store (tests may write to it)."""
    return Path(shutil.copy(world_template, tmp_path / "world.duckdb"))


@pytest.fixture
def world(world_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the mini-world store."""
    con = duckdb.connect(str(world_db), read_only=True)
    yield con
    con.close()
