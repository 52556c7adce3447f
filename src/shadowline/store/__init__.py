"""The DuckDB store: documents, sentences, actors, events and event mentions; exports.

The names below are imported on first use, so that reaching ``DEFAULT_DB`` or ``shadowline.store.export``
does not load DuckDB.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shadowline.store.connection import StoreError, open_connection
    from shadowline.store.database import BatchResult, Screening, Store

#: The store file every command and ``Store()`` use when none is named.
DEFAULT_DB = "shadowline.duckdb"

_LAZY: dict[str, str] = {
    "StoreError": "shadowline.store.connection", "open_connection": "shadowline.store.connection",
    "BatchResult": "shadowline.store.database", "Screening": "shadowline.store.database",
    "Store": "shadowline.store.database",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'shadowline.store' has no attribute {name!r}")


__all__ = ["DEFAULT_DB", "BatchResult", "Screening", "Store", "StoreError", "open_connection"]
