"""The library surface: ``import shadowline as sl`` gives :func:`code`, :func:`read`, :class:`Store`,
:func:`resolve` and ``sl.analysis`` (see docs/api.md). The CLI and the REST API are built on these.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shadowline.errors import InvalidParameter, date_parameter
from shadowline.records import Actor, Document, Event
from shadowline.store import DEFAULT_DB
from shadowline.store.connection import StoreError
from shadowline.store.database import Store
from shadowline.store.ingest import IngestReport
from shadowline.store.pages import Place, event_query

if TYPE_CHECKING:
    from shadowline.coding.pipeline import Coder

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
    return _coder(options).code_text(text, date=date_parameter(date))


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
                    date=date_parameter(item.get("date")) or date_parameter(date), title=item.get("title"),
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
            documents.extend(read_documents([item], date=date_parameter(date), report=report))
        else:
            documents.append(document(item, date))
    return documents


def ingest(store: Store, items: str | Path | Iterable[Any], date: str | None = None, batch_size: int = 64,
           progress: Callable[[int], None] | None = None, **options: Any) -> IngestReport:
    """Read `items` (see :func:`read`), code them and write them to `store`; :meth:`Store.ingest` is this."""
    from shadowline.store.ingest import ingest_documents

    if batch_size < 1:
        raise InvalidParameter("batch_size", f"expected 1 or more, got {batch_size}")
    problems: list[str] = []
    documents = read(items, date=date, on_problem=problems.append)
    report = ingest_documents(store, _coder(options), documents, batch_size, progress=progress)
    report.problems = problems
    return report


def resolve(text: str, date: str | None = None, country: str | None = None) -> Actor:
    """The actor a phrase names: country (ISO3 or IGO code), sector, canonical name and how it was found.
    A phrase the knowledge base does not know gives an actor with only its text.

    >>> resolve("the Kremlin").country
    'RUS'
    """
    from shadowline.actors import resolve_actor

    if not isinstance(text, str):
        raise InvalidParameter("text", f"expected a string, got {type(text).__name__}")
    return resolve_actor(text, date=date_parameter(date), country=country) or Actor(text)


__all__ = ["CODER_OPTIONS", "DEFAULT_DB", "IngestReport", "Place", "Store", "StoreError", "code", "document",
           "event_query", "ingest", "read", "resolve"]
