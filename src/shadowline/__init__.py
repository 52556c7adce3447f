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
    from shadowline.api import IngestReport, Store, StoreError, code, document, read, resolve
    from shadowline.errors import InvalidParameter, NoData
    from shadowline.records import Actor, Document, Event, Location

# Public name -> module that defines it; imported on first use so that `import shadowline` stays fast.
_LAZY: dict[str, str] = {
    "code": "shadowline.api", "read": "shadowline.api", "document": "shadowline.api", "Store": "shadowline.api",
    "IngestReport": "shadowline.api", "resolve": "shadowline.api", "StoreError": "shadowline.api",
    "Actor": "shadowline.records", "Document": "shadowline.records", "Event": "shadowline.records",
    "Location": "shadowline.records", "InvalidParameter": "shadowline.errors", "NoData": "shadowline.errors",
    "Coder": "shadowline.coding.pipeline",
}


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


__all__ = ["Actor", "Document", "Event", "IngestReport", "InvalidParameter", "Location", "NoData", "Store",
           "StoreError", "__version__", "analysis", "code", "code_text", "document", "read", "resolve"]
