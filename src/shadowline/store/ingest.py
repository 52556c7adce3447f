"""Code documents and write them to a store, batch by batch.

Each batch is one transaction: an interrupted ingest keeps every committed batch and no half batch, and
re-running it skips the documents already stored (their ids are content hashes or the given ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from shadowline.records import Document
from shadowline.store.database import Store

if TYPE_CHECKING:
    from shadowline.coding.pipeline import Coder


@dataclass
class IngestSummary:
    documents_written: int = 0
    documents_skipped: int = 0
    events_written: int = 0
    sentences: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.documents_written} documents coded, {self.documents_skipped} already stored, "
                f"{self.sentences} sentences, {self.events_written} events")
        if self.problems:
            text += f", {len(self.problems)} inputs failed"
        return text


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest_documents(store: Store, coder: Coder, documents: Iterable[Document], batch_size: int = 64,
                     progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Code `documents` and write them to `store`, one transaction per batch of `batch_size` documents.

    `progress` is called with the number of documents done after each batch.
    """
    summary = IngestSummary()
    for batch in _batches(documents, batch_size):
        fresh = [d for d in batch if not store.has_document(d.doc_id)]
        coded = list(coder.code_documents(fresh)) if fresh else []
        result = store.write_batch(coded)
        summary.documents_written += result.documents_written
        summary.documents_skipped += result.documents_skipped + len(batch) - len(fresh)
        summary.events_written += result.events_written
        summary.sentences += sum(len(c.sentences) for c in coded)
        if progress:
            progress(len(batch))
    return summary
