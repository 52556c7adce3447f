"""The embedded DuckDB store.

Ingest is idempotent (a document already stored, by id or by text, is skipped) and transactional per
batch: a batch is written in one transaction, so a crash loses no committed batch and leaves no half batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from shadowline.records import Actor, Document, Event, Location
from shadowline.store import DEFAULT_DB
from shadowline.store.connection import WRITE_WAIT_S, StoreError, open_connection  # noqa: F401 - StoreError was defined here

if TYPE_CHECKING:
    from shadowline.records import CodedDocument


EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end", "date", "date_precision",
    "source_text", "source_country", "source_sector", "source_cameo_role", "source_name", "source_via",
    "source_backer", "target_text", "target_country", "target_sector", "target_cameo_role", "target_name",
    "target_via", "target_backer", "plover_type", "plover_mode", "plover_context", "cameo_code", "quad_class",
    "goldstein", "plover_score", "modality", "location_name", "location_iso3", "location_lat", "location_lon",
    "location_feature", "confidence", "coder_version", "origin", "source_kind", "target_kind",
)


@dataclass
class BatchResult:
    documents_written: int = 0
    documents_skipped: int = 0
    events_written: int = 0


@dataclass
class Screening:
    """A batch of documents sorted against the store before coding.

    `fresh`: to code and store. `already_stored`: the same id with the same text is stored (a re-run).
    `same_text`: (document, id of the stored or earlier document with the same text), skipped.
    `id_conflicts`: (document, its id) where that id is taken by a different text, skipped and reported.
    """

    fresh: list[Document] = field(default_factory=list)
    already_stored: int = 0
    same_text: list[tuple[Document, str]] = field(default_factory=list)
    id_conflicts: list[tuple[Document, str]] = field(default_factory=list)


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


def mention_key(event: Event) -> str:
    """The key under which reports of the same event by different articles are counted (GDELT NumMentions):
    same source and target country, same PLOVER type, same day."""
    raw = "|".join([event.source.country or event.source.text, event.target.country or event.target.text,
                    event.plover_type, event.date or ""])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


class Store:
    """A shadowline DuckDB store (default ``./shadowline.duckdb``).

    >>> with Store("events.duckdb") as store:  # doctest: +SKIP
    ...     store.count_events()
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, wait: float | None = None) -> None:
        """Open (or create) the store; :class:`StoreError` says why a file cannot be used and what to do."""
        self.path = str(path)
        self.read_only = read_only
        self.con = open_connection(self.path, read_only=read_only, wait=wait)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def released(self, wait: float = WRITE_WAIT_S) -> Iterator[None]:
        """Let go of the file for the duration of the block, so that other processes can read it.

        DuckDB allows no reader while a process holds a file for writing; an ingest holds it only while it
        writes a batch, not while it reads and codes the next one. The file is taken back at the end of
        the block, waiting up to `wait` seconds for readers to finish.
        """
        if self.read_only or self.path == ":memory:":
            yield
            return
        self.con.close()
        try:
            yield
        finally:
            self.con = open_connection(self.path, wait=wait)

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def screen(self, documents: Sequence[Document]) -> Screening:
        """Sort documents into those to code and those the store (or the batch itself) already has."""
        screening = Screening()
        hashes = [text_hash(d.text) for d in documents]
        by_id = self._stored("doc_id", [d.doc_id for d in documents])
        by_hash = self._stored("text_hash", hashes)
        for document, digest in zip(documents, hashes):
            stored = by_id.get(document.doc_id)
            if stored is not None:
                if stored == digest:
                    screening.already_stored += 1
                else:
                    screening.id_conflicts.append((document, document.doc_id))
                continue
            if digest in by_hash:
                screening.same_text.append((document, by_hash[digest]))
                continue
            by_id[document.doc_id], by_hash[digest] = digest, document.doc_id
            screening.fresh.append(document)
        return screening

    def _stored(self, column: str, values: list[str]) -> dict[str, str]:
        """For `column` doc_id: stored id -> text hash; for text_hash: stored hash -> id."""
        if not values:
            return {}
        other = "text_hash" if column == "doc_id" else "doc_id"
        rows = self.con.execute(f"SELECT {column}, {other} FROM documents WHERE list_contains(?, {column})",
                                [list(dict.fromkeys(values))]).fetchall()
        return {key: value for key, value in rows}

    def write_batch(self, coded: Sequence[CodedDocument]) -> BatchResult:
        """Write coded documents in one transaction; documents already stored are skipped."""
        result = BatchResult()
        fresh = []
        seen: set[str] = set()
        for item in coded:
            doc_id = item.document.doc_id
            if doc_id in seen or self.has_document(doc_id):
                result.documents_skipped += 1
                continue
            seen.add(doc_id)
            fresh.append(item)
        if not fresh:
            return result
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.executemany(
                "INSERT INTO documents (doc_id, date, title, url, source, path, text, n_sentences, text_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.document.doc_id, c.document.date, c.document.title, c.document.url, c.document.source,
                  c.document.path, c.document.text, len(c.sentences), text_hash(c.document.text)) for c in fresh])
            sentences = [(s.doc_id, s.index, s.text, s.char_start, s.char_end) for c in fresh for s in c.sentences]
            if sentences:
                con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", sentences)
            events = [e for c in fresh for e in c.events]
            if events:
                placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
                con.executemany(f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                                [event_row(e) for e in events])
                con.executemany("INSERT OR IGNORE INTO event_mentions VALUES (?, ?, ?, ?)",
                                [(mention_key(e), e.event_id, e.doc_id, e.date) for e in events])
                self._count_actors(events)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        result.documents_written = len(fresh)
        result.events_written = sum(len(c.events) for c in fresh)
        return result

    def _count_actors(self, events: Sequence[Event]) -> None:
        counts: dict[tuple[Any, ...], int] = {}
        for event in events:
            for a in (event.source, event.target):
                key = (a.country or "", a.sector or "", a.name or "", a.text, a.cameo_role, a.via, a.backer)
                counts[key] = counts.get(key, 0) + 1
        self.con.executemany(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (country, sector, name, text) "
            "DO UPDATE SET n_mentions = actors.n_mentions + excluded.n_mentions",
            [(k[0], k[1], k[4], k[2], k[3], k[5], k[6], n) for k, n in counts.items()])

    # -- reading ---------------------------------------------------------------------------------------
    def _count(self, table: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]

    def count_events(self) -> int:
        return self._count("events")

    def count_documents(self) -> int:
        return self._count("documents")

    def events(self, *, actor: str | None = None, plover_type: str | None = None, since: str | None = None,
               until: str | None = None, modality: str | None = None, limit: int | None = None) -> list[Event]:
        """Stored events, oldest first, filtered by actor (country code or name, either side), PLOVER type,
        date range and modality."""
        where, params = [], []
        if actor:
            where.append("(upper(source_country) = upper(?) OR upper(target_country) = upper(?) "
                         "OR lower(source_name) = lower(?) OR lower(target_name) = lower(?))")
            params += [actor] * 4
        if plover_type:
            where.append("plover_type = upper(?)")
            params.append(plover_type)
        if since:
            where.append("date >= CAST(? AS DATE)")
            params.append(since)
        if until:
            where.append("date <= CAST(? AS DATE)")
            params.append(until)
        if modality:
            where.append("modality = ?")
            params.append(modality)
        sql = f"SELECT {event_select_list(self.con)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, doc_id, sentence_index, char_start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [event_from_row(dict(zip(names, row))) for row in cursor.fetchall()]

    def top_dyads(self, limit: int = 10) -> list[dict[str, Any]]:
        """The most active directed dyads between two countries (events within one country are no dyad): event
        counts, conflict share and Goldstein sum."""
        rows = self.con.execute(
            """SELECT source_country, target_country, count(*) AS events,
                      sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END) AS conflict,
                      round(sum(coalesce(goldstein, 0)), 1) AS goldstein
               FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                 AND source_country <> target_country AND modality <> 'negated'
               GROUP BY 1, 2 ORDER BY events DESC, goldstein ASC LIMIT ?""", [limit]).fetchall()
        return [dict(zip(["source", "target", "events", "conflict", "goldstein"], r)) for r in rows]
