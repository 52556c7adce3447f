"""The DuckDB store: documents, sentences, actors, events and event mentions; exports."""

from shadowline.store.connection import StoreError, open_connection
from shadowline.store.database import DEFAULT_DB, BatchResult, Screening, Store

__all__ = ["DEFAULT_DB", "BatchResult", "Screening", "Store", "StoreError", "open_connection"]
