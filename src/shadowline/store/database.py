"""The embedded DuckDB store: :class:`Store`, the one store object of the library (``shadowline.Store``),
the CLI and the REST API.

Ingest is idempotent (a document already stored, by id or by text, is skipped) and transactional per
batch: a batch is written in one transaction, so a crash loses no committed batch and leaves no half batch.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import duckdb

from shadowline.errors import CannotLoad, InvalidParameter
from shadowline.records import Document, Event
from shadowline.store import DEFAULT_DB
from shadowline.store.connection import WRITE_WAIT_S, StoreError, open_connection  # noqa: F401 - StoreError was defined here
from shadowline.store.mentions import record_mentions
from shadowline.store.pages import Place, event_query, read_events, read_places
from shadowline.store.rows import (  # noqa: F401 - importers and scripts import these from here
    EVENT_COLUMNS,
    event_from_row,
    event_row,
    event_select_list,
    text_hash,
)

if TYPE_CHECKING:
    from shadowline.ingest import IngestReport
    from shadowline.records import CodedDocument
    from shadowline.store.dedup import DedupSummary
    from shadowline.store.importers.tables import ImportSummary
    from shadowline.store.importers.ties import TieImport


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


class Store:
    """A shadowline store (a DuckDB file, default ``./shadowline.duckdb``), opened for reading and
    writing unless ``read_only=True``; a context manager.

    >>> with Store(path) as store:  # doctest: +SKIP
    ...     report = store.ingest([{"id": "a1", "text": "Russia criticised France.", "date": "2024-03-01"}])
    ...     store.events(actor="RUS")
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

    def reader(self) -> Store:
        """Another handle on this open store for one more thread (a DuckDB connection serves one thread at
        a time); closing it leaves this one open."""
        handle = object.__new__(type(self))
        handle.path, handle.read_only, handle.con = self.path, self.read_only, self.con.cursor()
        return handle

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
                record_mentions(con, "(SELECT e.*, d.url, d.source AS publisher FROM events e "
                                     "JOIN documents d USING (doc_id) WHERE list_contains(?, e.event_id))",
                                [list(dict.fromkeys(e.event_id for e in events))])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        result.documents_written = len(fresh)
        result.events_written = sum(len(c.events) for c in fresh)
        return result

    # -- reading ---------------------------------------------------------------------------------------
    def _count(self, table: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]

    def count_events(self) -> int:
        return self._count("events")

    def count_documents(self) -> int:
        return self._count("documents")

    def events(self, *, actor: str | None = None, type: str | None = None,  # noqa: A002 - the PLOVER word
               since: str | None = None, until: str | None = None, limit: int | None = None, offset: int = 0,
               modality: str | None = None, newest_first: bool = False,
               plover_type: str | None = None, after: str | None = None) -> list[Event]:
        """Stored events, oldest first (or newest first), filtered by actor (country code or canonical
        name, either side), PLOVER `type`, date range and modality, cut by `limit` and `offset`, or by
        `limit` after the event whose id is `after` (the last of the page before: the next page costs what
        the first does, however deep)."""
        return read_events(self.con, event_query(actor=actor, type=type or plover_type, since=since,
                                                 until=until, limit=limit, offset=offset, modality=modality,
                                                 newest_first=newest_first, after=after))

    def places(self, *, since: str | None = None, until: str | None = None, limit: int = 500) -> list[Place]:
        """The places of stored events that have coordinates, most eventful first."""
        return read_places(self.con, event_query(since=since, until=until), limit)

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

    # -- the library's verbs: ingest, import, export -------------------------------------------------------
    def ingest(self, items: str | Path | Iterable[Any], date: str | None = None, batch_size: int = 64,
               progress: Callable[[int], None] | None = None, on_problem: Callable[[str], None] | None = None,
               on_notice: Callable[[str], None] | None = None, opened_coder: Any = None,
               **options: Any) -> IngestReport:
        """Code and store documents (paths, :class:`Document` records or mappings, see
        :func:`shadowline.read`), one transaction per `batch_size` documents, holding the file only while a
        batch is written. A document already stored (same id, or same text under another id) is skipped and
        named to `on_notice`; inputs that cannot be read, and ids taken by another text, go to `on_problem`
        and the report. `progress` is called with the documents done after each batch. `options` choose the
        coder as in :func:`shadowline.code`, and where it runs (``engine``, ``scheduler``, ``parquet_dir``); or
        pass `opened_coder`, one opened with :func:`shadowline.api.open_coder` (it stays open)."""
        from shadowline.ingest import ingest

        return ingest(self, items, date=date, batch_size=batch_size, progress=progress, on_problem=on_problem,
                      on_notice=on_notice, opened_coder=opened_coder, **options)

    def import_events(self, dataset: str, paths: str | Path | Iterable[str | Path],
                      on_problem: Callable[[str], None] | None = None) -> ImportSummary:
        """Import event files another dataset coded — `dataset` ``gdelt``, ``icews``, ``polecat`` or
        ``acled`` — as ``shadowline import`` does (docs/interop.md). Malformed rows and unreadable files go to
        `on_problem` (default: a warning) and the summary; importing a file again adds nothing."""
        from shadowline.store.importers import DATASETS, import_files

        if dataset not in DATASETS:
            raise InvalidParameter("dataset", f"expected one of {', '.join(DATASETS)}, got {dataset!r}")
        items = [paths] if isinstance(paths, (str, Path)) else list(paths)
        report = on_problem or (lambda message: warnings.warn(message, stacklevel=3))
        return import_files(self, dataset, items, report=lambda problem: report(str(problem)))

    def export(self, out: str | Path | IO[str], format: str | None = None,  # noqa: A002 - as in the CLI
               **filters: Any) -> int:
        """Write the events chosen by `filters` (those of :meth:`events`) to a file or text stream in
        `format`: json, jsonl, csv, tsv, plover (or plover-jsonl) or parquet (default: from the file suffix,
        else jsonl); for other tools (``shadowline export``, docs/interop.md) gdelt-tsv (GDELT 2.0's 61
        columns), parquet-dataset (a folder partitioned by month), graphml and gexf (the relations network,
        of the period and actor chosen; returns its number of ties). Every format reads the selection a
        page at a time, so memory stays flat however many events are written. Returns how many events
        were written."""
        from shadowline.store.exchange import SELECTION_FORMATS, export_selection

        known = (*SELECTION_FORMATS, "plover-jsonl")
        if format is None:
            suffix = Path(out).suffix.lstrip(".").lower() if isinstance(out, (str, Path)) else ""
            format = suffix if suffix in known else "jsonl"
        if format not in known:
            raise InvalidParameter("format", f"expected one of {', '.join(known)}, got {format!r}")
        format = "plover" if format == "plover-jsonl" else format
        if format in ("graphml", "gexf"):
            unknown = sorted(set(filters) - {"since", "until", "actor"})
            if unknown:
                raise InvalidParameter(unknown[0], f"{format} exports filter by since, until and actor only")
        if format in ("parquet", "parquet-dataset", "graphml", "gexf") and not isinstance(out, (str, Path)):
            raise InvalidParameter("out", f"{format} needs a file path")
        try:
            return export_selection(self.con, format, out, event_query(**filters))
        except duckdb.IOException as exc:  # DuckDB cannot create or write the file
            raise OSError(f"{exc}") from exc

    def deduplicate(self, window_days: int = 1) -> DedupSummary:
        """Count each event once (``shadowline dedup``, docs/interop.md): group the reports of one event made
        within `window_days` and link coded events to imported ones; running it again recomputes all."""
        from shadowline.store.dedup import deduplicate

        if window_days < 0:
            raise InvalidParameter("window_days", f"expected 0 or more, got {window_days}")
        return deduplicate(self.con, window_days)

    def import_ties(self, path: str | Path, kind: str) -> TieImport:
        """Load structural ties from an alliance (`kind` ``atop``) or rivalry (``rivalries``) table
        (``shadowline ties import``, docs/analysis.md); rows that cannot be read are listed in the result."""
        from shadowline.store.importers.ties import import_ties

        if kind not in ("atop", "rivalries"):
            raise InvalidParameter("kind", f"expected atop or rivalries, got {kind!r}")
        try:
            return import_ties(self.con, path, kind)
        except (ValueError, OSError) as exc:
            raise CannotLoad(str(exc)) from exc
