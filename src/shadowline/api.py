"""The library surface: ``import shadowline as sl`` gives :func:`code`, :func:`read`, :class:`Store`,
:func:`resolve` and ``sl.analysis`` (see docs/api.md). The CLI and the REST API are built on these.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from shadowline.errors import CannotLoad, InvalidParameter, StoreError, date_parameter
from shadowline.records import Actor, CodedDocument, Document, Event
from shadowline.store import DEFAULT_DB

if TYPE_CHECKING:
    from shadowline.coding.pipeline import Coder
    from shadowline.ingest import IngestReport
    from shadowline.scale.analysis import ParquetEvents
    from shadowline.store.database import Store
    from shadowline.store.importers import DATASETS
    from shadowline.store.pages import Place, event_query

# Defined in the store package, imported on first use: `shadowline.api` loads no DuckDB until a store is opened.
_LAZY: dict[str, str] = {"Store": "shadowline.store.database", "IngestReport": "shadowline.ingest",
                         "Place": "shadowline.store.pages", "event_query": "shadowline.store.pages",
                         "DATASETS": "shadowline.store.importers", "ParquetEvents": "shadowline.scale.analysis"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'shadowline.api' has no attribute {name!r}")


#: Options of :func:`code` and :meth:`Store.ingest`, passed on to the coder.
CODER_OPTIONS: tuple[str, ...] = ("coder", "spacy_model", "actor_files", "events", "workers")
#: Where to code (:func:`code_documents`, :meth:`Store.ingest`): ``engine`` "local" or "dask", the Dask
#: ``scheduler`` address (none: a local cluster of ``workers``), and ``parquet_dir`` to keep the partitions.
ENGINE_OPTIONS: tuple[str, ...] = ("engine", "scheduler", "parquet_dir")

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
            from shadowline.nlp.pipeline import PipelineNotInstalled

            try:
                _coders[key] = Coder(**settings)
            except (PipelineNotInstalled, FileNotFoundError) as exc:
                raise CannotLoad(str(exc)) from exc
            except ValueError as exc:  # an actor dictionary that cannot be read names itself
                raise CannotLoad(str(exc)) from exc
        return _coders[key]


@contextmanager
def open_coder(**options: Any) -> Iterator[Any]:
    """The coder for `options` (those of :func:`code` and :data:`ENGINE_OPTIONS`) for the block: the shared
    local one, or a Dask engine started for it. On leaving, the worker processes or the cluster it started
    stop. It has ``code_documents(documents)``."""
    settings = dict(options)
    engine = settings.pop("engine", "local") or "local"
    scheduler, parquet_dir = settings.pop("scheduler", None), settings.pop("parquet_dir", None)
    if engine not in ("local", "dask"):
        raise InvalidParameter("engine", f"expected local or dask, got {engine!r}")
    for given, name in ((scheduler, "scheduler"), (parquet_dir, "parquet_dir")):
        if given and engine != "dask":
            raise InvalidParameter(name, "is for the dask engine: add engine='dask'")
    if engine == "local":
        coder = _coder(settings)
        try:
            yield coder
        finally:
            coder.close()
        return
    from shadowline.scale import DaskNotInstalled
    from shadowline.scale.engine import DaskCoder

    unknown = sorted(set(settings) - set(CODER_OPTIONS))
    if unknown:
        raise InvalidParameter(unknown[0], f"unknown option; expected one of {', '.join(CODER_OPTIONS)}")
    workers = settings.pop("workers", 0) or 0
    try:
        engine_coder = DaskCoder(scheduler, workers, parquet_dir=parquet_dir, **settings)
    except DaskNotInstalled as exc:
        raise InvalidParameter("engine", str(exc)) from None
    except ConnectionError as exc:
        raise InvalidParameter("scheduler", str(exc)) from None
    with engine_coder:
        yield engine_coder


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
    return list(read_stream(source, date, on_problem))


def read_stream(source: str | Path | Iterable[Any], date: str | None = None,
                on_problem: Callable[[str], None] | None = None) -> Iterator[Document]:
    """:func:`read`, one document at a time: a large input is read as it is used."""
    from shadowline.readers import read_documents

    def report(problem: object) -> None:
        (on_problem or (lambda message: warnings.warn(message, stacklevel=3)))(str(problem))

    day = date_parameter(date)
    items: Iterable[Any] = [source] if isinstance(source, (str, Path)) else source
    for item in items:
        if isinstance(item, (str, Path)):
            yield from read_documents([item], date=day, report=report)
        else:
            yield document(item, day)


def code_documents(documents: Iterable[Document], progress: Callable[[int], None] | None = None,
                   **options: Any) -> Iterator[CodedDocument]:
    """Code documents (see :func:`read_stream`) in order, each with its sentences and events (nothing is
    stored). `options` are those of :func:`code` and ``engine``, ``scheduler``, ``parquet_dir`` (the Dask
    engine, docs/scale.md). The models load only when there is a first document; `progress` is called with
    1 after each document.

    >>> [len(c.events) for c in code_documents(read([{"text": "Russia criticised France."}]))]  # doctest: +SKIP
    [1]
    """
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return
    with open_coder(**options) as coder:
        for coded in coder.code_documents(chain([first], stream)):
            yield coded
            if progress:
                progress(1)


def write_events(events: Iterable[Event], out: IO[str], format: str = "jsonl") -> int:  # noqa: A002
    """Write events to a text stream as json, jsonl, csv, tsv or plover (PLOVER JSONL), as
    :meth:`Store.export` does; returns how many were written."""
    from shadowline.store.export import FORMATS
    from shadowline.store.export import write_events as write

    if format not in FORMATS:
        raise InvalidParameter("format", f"expected one of {', '.join(FORMATS)}, got {format!r}")
    return write(events, format, out)


def _knowledge_base(actor_files: Iterable[str | Path]) -> Any:
    from shadowline.actors import load_knowledge_base

    try:
        return load_knowledge_base(tuple(str(f) for f in actor_files))
    except ValueError as exc:  # a user dictionary that cannot be read: the message names the file and entry
        raise CannotLoad(str(exc)) from exc


def check_actor_files(actor_files: Iterable[str | Path]) -> None:
    """Read the user actor dictionaries `actor_files` now: :class:`CannotLoad` names the file and the first
    entry it cannot use (a command checks them before it writes anything)."""
    _knowledge_base(actor_files)


def resolve(text: str, date: str | None = None, country: str | None = None,
            actor_files: Iterable[str | Path] = ()) -> Actor:
    """The actor a phrase names: country (ISO3 or IGO code), sector, canonical name and how it was found,
    with the user dictionaries `actor_files` (YAML) on top of the bundled ones. A phrase the knowledge base
    does not know gives an actor with only its text.

    >>> resolve("the Kremlin").country
    'RUS'
    """
    from shadowline.actors import resolve_actor

    if not isinstance(text, str):
        raise InvalidParameter("text", f"expected a string, got {type(text).__name__}")
    kb = _knowledge_base(actor_files)
    return resolve_actor(text, date=date_parameter(date), country=country, kb=kb) or Actor(text)


def explain(text: str, date: str | None = None, country: str | None = None,
            actor_files: Iterable[str | Path] = ()) -> list[str]:
    """How :func:`resolve` reads `text`, step by step, ending with the result (``shadowline resolve
    --explain``)."""
    from shadowline.actors import explain_actor

    kb = _knowledge_base(actor_files)
    return explain_actor(text, date=date_parameter(date), country=country, kb=kb)


def search_actors(text: str, limit: int = 50, actor_files: Iterable[str | Path] = ()) -> list[Any]:
    """Knowledge-base entries whose name or alias is, or contains, `text` (``shadowline actors search``);
    each entry is a dataclass (code, kind, name, country, sector, cameo_role, backer, start, end, ...)."""
    return list(_knowledge_base(actor_files).search(text, limit=limit))


def actor_entries(code: str) -> list[Any]:
    """Knowledge-base entries with entry code `code` (``WAGNER``), or else of country code `code`
    (``shadowline actors show``)."""
    return list(_knowledge_base(()).show(code))


@dataclass
class Classification:
    """The pair classifier's answer for one (sentence, source, target): a PLOVER type or NONE, its CAMEO
    default, the confidence, the mode, the contexts, and the probability of every type."""

    plover: str
    cameo: str | None
    confidence: float
    mode: str | None
    contexts: list[str]
    probabilities: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """What ``shadowline classify`` prints for the pair (besides its line number)."""
        return {"plover": self.plover, "cameo": self.cameo, "confidence": round(self.confidence, 4),
                "mode": self.mode, "contexts": self.contexts,
                "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()}}


_classifiers: dict[str | None, Any] = {}


def classify(pairs: Iterable[Mapping[str, str]], model: str | Path | None = None,
             batch_size: int = 64) -> list[Classification]:
    """Classify pairs — mappings with ``sentence``, ``source`` and ``target`` (the actors as written in the
    sentence) — with the shipped classifier, or the model folder `model`.

    >>> classify([{"sentence": "Russia criticised France.", "source": "Russia", "target": "France"}]
    ...          )[0].plover  # doctest: +SKIP
    'ACCUSE'
    """
    from shadowline import ontology
    from shadowline.coding.classifier import PairClassifier, pair_input

    key = None if model is None else str(model)
    if key not in _classifiers:
        try:
            _classifiers[key] = PairClassifier.load(key)
        except (FileNotFoundError, ValueError) as exc:
            raise CannotLoad(str(exc)) from exc
    items = [pair_input(p["sentence"], p["source"], p["target"]) for p in pairs]
    predictions = _classifiers[key].predict(items, batch_size=batch_size) if items else []
    return [Classification(p.plover, ontology.cameo_default(p.plover, p.mode) if p.plover != "NONE" else None,
                           p.confidence, p.mode, list(p.contexts), dict(p.probabilities)) for p in predictions]


def examples() -> list[Document]:
    """The bundled example corpus (twenty short reports, 2023-2025) that ``shadowline demo`` codes.

    >>> examples()[0].date
    '2023-01-24'
    """
    from shadowline.examples import example_documents

    return example_documents()


def briefing(store: Store, out: str | Path, title: str = "shadowline briefing") -> Path:
    """Write the self-contained HTML briefing of `store` (``shadowline report``) to `out`; returns its path."""
    from shadowline.report import write_report

    return write_report(store.con, Path(out), title=title)


__all__ = ["CODER_OPTIONS", "DATASETS", "DEFAULT_DB", "ENGINE_OPTIONS", "Classification", "IngestReport",
           "ParquetEvents", "Place", "Store", "StoreError", "actor_entries", "briefing", "check_actor_files",
           "classify", "code", "code_documents", "document", "event_query", "examples", "explain", "open_coder",
           "read", "read_stream", "resolve", "search_actors", "write_events"]
