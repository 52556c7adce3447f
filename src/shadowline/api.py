"""The library surface: ``import shadowline as sl`` gives :func:`code`, :func:`read`, :class:`Store`,
:func:`resolve` and ``sl.analysis`` (see docs/api.md). The CLI and the REST API are built on these.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from shadowline.errors import InvalidParameter
from shadowline.records import MODALITIES, PLOVER_TYPES, Actor, Document, Event, iso_date
from shadowline.store.database import DEFAULT_DB, StoreError
from shadowline.store.database import Store as _StoreFile
from shadowline.store.pages import EventQuery, read_events

if TYPE_CHECKING:
    from shadowline.coding.pipeline import Coder
    from shadowline.ingest.importers.tables import ImportSummary

#: Options of :func:`code` and :meth:`Store.ingest`, passed on to the coder.
CODER_OPTIONS: tuple[str, ...] = ("coder", "spacy_model", "actor_files", "events", "workers")

_coders: dict[tuple[Any, ...], Coder] = {}
_coders_lock = threading.Lock()


def _coder(options: Mapping[str, Any]) -> Coder:
    """The coder for these options, loaded once per process and shared."""
    unknown = sorted(set(options) - set(CODER_OPTIONS))
    if unknown:
        raise InvalidParameter(unknown[0], f"unknown option; expected one of {', '.join(CODER_OPTIONS)}")
    settings: dict[str, Any] = {"coder": "auto", "spacy_model": None, "actor_files": (), "events": "main",
                                "workers": 1}
    settings.update(options)
    settings["actor_files"] = tuple(str(p) for p in settings["actor_files"])
    key = tuple(sorted(settings.items()))
    with _coders_lock:
        if key not in _coders:
            from shadowline.coding.pipeline import Coder

            _coders[key] = Coder(**settings)
        return _coders[key]


def _date(value: object, parameter: str = "date") -> str | None:
    try:
        return iso_date(value)
    except ValueError:
        raise InvalidParameter(parameter, f"expected a date YYYY-MM-DD, got {value!r}") from None


def code(text: str, date: str | None = None, **options: Any) -> list[Event]:
    """Code one text into events (nothing is stored). `date` is the document date (YYYY-MM-DD) that
    relative expressions resolve against; `options` choose the coder (``coder="patterns"``, ``events="all"``,
    ``spacy_model=...``, ``actor_files=[...]``).

    >>> [(e.source.country, e.plover_type, e.target.country)
    ...  for e in code("Russia criticised France.", date="2024-03-01")]  # doctest: +SKIP
    [('RUS', 'ACCUSE', 'FRA')]
    """
    if not isinstance(text, str):
        raise InvalidParameter("text", f"expected a string, got {type(text).__name__}")
    return _coder(options).code_text(text, date=_date(date))


def document(item: Document | Mapping[str, Any], date: str | None = None) -> Document:
    """A :class:`Document` from a mapping with ``text`` and optional ``id``, ``date``, ``title``, ``url``,
    ``source`` (a document passes through). Without an id, the id is a hash of the text.

    >>> document({"id": "a1", "text": "Baku accused Paris.", "date": "2024-05-17"}).doc_id
    'a1'
    """
    if isinstance(item, Document):
        return item
    if not isinstance(item, Mapping):
        raise InvalidParameter("documents", f"expected a Document or a mapping, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidParameter("text", "each document needs a non-empty 'text' string")
    for name in ("id", "title", "url", "source"):
        if item.get(name) is not None and not isinstance(item[name], str):
            raise InvalidParameter(name, f"expected a string, got {type(item[name]).__name__}")
    return Document(doc_id=item.get("id") or Document.content_id(text), text=text,
                    date=_date(item.get("date"), "date") or _date(date), title=item.get("title"),
                    url=item.get("url"), source=item.get("source"))


def read(source: str | Path | Iterable[Any], date: str | None = None,
         on_problem: Callable[[str], None] | None = None) -> list[Document]:
    """Documents from a file, a folder (recursively), ``-`` (standard input), or an iterable of paths,
    :class:`Document` records and mappings (see :func:`document`). `date` applies to documents that carry
    none. Inputs that cannot be read are passed to `on_problem` (default: a warning) and skipped.

    >>> [d.doc_id for d in read([{"id": "a1", "text": "Baku accused Paris."}])]
    ['a1']
    """
    from shadowline.ingest import read_documents

    def report(problem: object) -> None:
        (on_problem or (lambda message: warnings.warn(message, stacklevel=3)))(str(problem))

    items: Iterable[Any] = [source] if isinstance(source, (str, Path)) else source
    documents: list[Document] = []
    for item in items:
        if isinstance(item, (str, Path)):
            documents.extend(read_documents([item], date=_date(date), report=report))
        else:
            documents.append(document(item, date))
    return documents


@dataclass
class IngestReport:
    """What :meth:`Store.ingest` did."""

    documents_written: int = 0
    documents_skipped: int = 0
    events_written: int = 0
    sentences: int = 0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Place:
    """A place where stored events happened: its name, ISO3 country, coordinates and event count."""

    name: str
    iso3: str | None
    lat: float
    lon: float
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Store(_StoreFile):
    """A shadowline store (a DuckDB file, default ``./shadowline.duckdb``), opened for reading and
    writing unless ``read_only=True``.

    >>> with Store(path) as store:  # doctest: +SKIP
    ...     report = store.ingest([{"id": "a1", "text": "Russia criticised France.", "date": "2024-03-01"}])
    ...     store.events(actor="RUS")
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        super().__init__(path, read_only=read_only)

    def reader(self) -> Store:
        """Another handle on this open store for one more thread (a DuckDB connection serves one thread at
        a time); closing it leaves this one open."""
        handle = object.__new__(type(self))
        handle.path, handle.con = self.path, self.con.cursor()
        return handle

    def ingest(self, items: str | Path | Iterable[Any], date: str | None = None, batch_size: int = 64,
               progress: Callable[[int], None] | None = None, **options: Any) -> IngestReport:
        """Code and store documents (paths, :class:`Document` records or mappings, see :func:`read`), one
        transaction per `batch_size` documents; documents already stored are skipped. `options` choose the
        coder as in :func:`code`."""
        from shadowline.store.ingest import ingest_documents

        if batch_size < 1:
            raise InvalidParameter("batch_size", f"expected 1 or more, got {batch_size}")
        problems: list[str] = []
        documents = read(items, date=date, on_problem=problems.append)
        summary = ingest_documents(self, _coder(options), documents, batch_size, progress=progress)
        return IngestReport(summary.documents_written, summary.documents_skipped, summary.events_written,
                            summary.sentences, problems)

    def events(self, *, actor: str | None = None, type: str | None = None,  # noqa: A002 - the PLOVER word
               since: str | None = None, until: str | None = None, limit: int | None = None, offset: int = 0,
               modality: str | None = None, newest_first: bool = False,
               plover_type: str | None = None) -> list[Event]:
        """Stored events, oldest first (or newest first), filtered by actor (country code or canonical
        name, either side), PLOVER `type`, date range and modality, cut by `limit` and `offset`."""
        return read_events(self.con, event_query(actor=actor, type=type or plover_type, since=since,
                                                 until=until, limit=limit, offset=offset, modality=modality,
                                                 newest_first=newest_first))

    def places(self, *, since: str | None = None, until: str | None = None, limit: int = 500) -> list[Place]:
        """The places of stored events that have coordinates, most eventful first."""
        query = event_query(since=since, until=until)
        where, params = query.where()
        where += (" AND " if where else " WHERE ") + "location_lat IS NOT NULL AND location_lon IS NOT NULL"
        rows = self.con.execute(
            f"SELECT location_name, any_value(location_iso3), avg(location_lat), avg(location_lon), count(*) "
            f"FROM events{where} GROUP BY location_name ORDER BY count(*) DESC, location_name LIMIT ?",
            [*params, int(limit)]).fetchall()
        return [Place(name or "", iso3, float(lat), float(lon), int(n)) for name, iso3, lat, lon, n in rows]

    def import_events(self, dataset: str, paths: str | Path | Iterable[str | Path],
                      on_problem: Callable[[str], None] | None = None) -> ImportSummary:
        """Import event files another dataset coded — `dataset` ``gdelt``, ``icews``, ``polecat`` or
        ``acled`` — as ``shadowline import`` does (docs/interop.md). Malformed rows and unreadable files go to
        `on_problem` (default: a warning) and the summary; importing a file again adds nothing."""
        from shadowline.ingest.importers import DATASETS, import_files

        if dataset not in DATASETS:
            raise InvalidParameter("dataset", f"expected one of {', '.join(DATASETS)}, got {dataset!r}")
        items = [paths] if isinstance(paths, (str, Path)) else list(paths)
        report = on_problem or (lambda message: warnings.warn(message, stacklevel=3))
        return import_files(self, dataset, items, report=lambda problem: report(str(problem)))

    def export(self, out: str | Path | IO[str], format: str | None = None,  # noqa: A002 - as in the CLI
               **filters: Any) -> int:
        """Write the events chosen by `filters` (those of :meth:`events`) to a file or text stream in
        `format`: json, jsonl, csv, tsv, plover or parquet (default: from the file suffix, else jsonl).
        Returns how many events were written."""
        from shadowline.store.export import FORMATS, write_events, write_parquet

        if format is None:
            suffix = Path(out).suffix.lstrip(".").lower() if isinstance(out, (str, Path)) else ""
            format = suffix if suffix in (*FORMATS, "parquet") else "jsonl"
        if format not in (*FORMATS, "parquet"):
            raise InvalidParameter("format", f"expected one of {', '.join((*FORMATS, 'parquet'))}, got {format!r}")
        events = self.events(**filters)
        if format == "parquet":
            if not isinstance(out, (str, Path)):
                raise InvalidParameter("out", "parquet needs a file path")
            write_parquet(events, out)
            return len(events)
        if isinstance(out, (str, Path)):
            with open(out, "w", encoding="utf-8", newline="") as stream:
                return write_events(events, format, stream)
        return write_events(events, format, out)


def event_query(*, actor: str | None = None, type: str | None = None,  # noqa: A002
                since: str | None = None, until: str | None = None, limit: int | None = None, offset: int = 0,
                modality: str | None = None, newest_first: bool = False) -> EventQuery:
    """A checked :class:`EventQuery`: each bad value raises :class:`InvalidParameter` naming it."""
    if type and type.upper() not in PLOVER_TYPES:
        raise InvalidParameter("type", f"unknown PLOVER type {type!r}; one of {', '.join(PLOVER_TYPES)}")
    if modality and modality not in MODALITIES:
        raise InvalidParameter("modality", f"expected one of {', '.join(MODALITIES)}, got {modality!r}")
    if limit is not None and limit < 0:
        raise InvalidParameter("limit", f"expected 0 or more, got {limit}")
    if offset < 0:
        raise InvalidParameter("offset", f"expected 0 or more, got {offset}")
    if actor is not None and len(actor) > 200:
        raise InvalidParameter("actor", "longer than 200 characters")
    return EventQuery(actor=actor or None, plover_type=type.upper() if type else None,
                      since=_date(since, "since"), until=_date(until, "until"), modality=modality,
                      limit=limit, offset=offset, newest_first=newest_first)


def resolve(text: str, date: str | None = None, country: str | None = None) -> Actor:
    """The actor a phrase names: country (ISO3 or IGO code), sector, canonical name and how it was found.
    A phrase the knowledge base does not know gives an actor with only its text.

    >>> resolve("the Kremlin").country
    'RUS'
    """
    from shadowline.actors import resolve_actor

    if not isinstance(text, str):
        raise InvalidParameter("text", f"expected a string, got {type(text).__name__}")
    return resolve_actor(text, date=_date(date), country=country) or Actor(text)


__all__ = ["CODER_OPTIONS", "DEFAULT_DB", "IngestReport", "Place", "Store", "StoreError", "code", "document",
           "event_query", "read", "resolve"]
