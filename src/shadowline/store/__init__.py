"""The DuckDB store: documents, sentences, actors, events and event mentions; exports."""

from shadowline.store.database import DEFAULT_DB, BatchResult, Store, StoreError

__all__ = ["DEFAULT_DB", "BatchResult", "Store", "StoreError"]
