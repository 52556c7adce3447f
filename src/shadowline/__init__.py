"""shadowline: open geopolitical event data from news text.

The library surface (docs/api.md): ``code``, ``read``, ``Store``, ``resolve`` and ``analysis``.

>>> import shadowline as sl
>>> sl.resolve("the Kremlin").country
'RUS'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from shadowline import analysis
    from shadowline.api import (
        Classification,
        IngestReport,
        Store,
        actor_entries,
        briefing,
        check_actor_files,
        classify,
        code,
        code_documents,
        document,
        examples,
        explain,
        read,
        read_stream,
        resolve,
        search_actors,
        write_events,
    )
    from shadowline.errors import CannotLoad, InvalidParameter, NoData, StoreError
    from shadowline.records import Actor, Document, Event, Location
    from shadowline.scale.analysis import ParquetEvents

__all__ = ["Actor", "CannotLoad", "Classification", "Document", "Event", "IngestReport", "InvalidParameter",
           "Location", "NoData", "ParquetEvents", "Store", "StoreError", "__version__", "actor_entries", "analysis",
           "briefing", "check_actor_files", "classify", "code", "code_documents", "code_text", "document",
           "examples", "explain", "read", "read_stream", "resolve", "search_actors", "write_events"]

# Public name -> module that defines it; imported on first use so that `import shadowline` stays fast.
_LAZY: dict[str, str] = {
    **dict.fromkeys(["Actor", "Document", "Event", "Location"], "shadowline.records"),
    **dict.fromkeys(["CannotLoad", "InvalidParameter", "NoData", "StoreError"], "shadowline.errors"),
    "Coder": "shadowline.coding.pipeline",
}
_LAZY.update({name: "shadowline.api" for name in __all__ if name not in _LAZY
              and name not in ("__version__", "analysis", "code_text")})


def code_text(text: str, date: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text into events with the default coder (kept for existing callers; see :func:`code`)."""
    from shadowline.api import _coder

    return _coder({}).code_text(text, date=date, doc_id=doc_id)


def __getattr__(name: str) -> Any:
    if name == "analysis":
        return import_module("shadowline.analysis")
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'shadowline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
