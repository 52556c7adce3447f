"""Ingest: read documents, code them, write the coded records to a store — batch by batch.

The flow is here, outside the store: the readers make :class:`~shadowline.records.Document` records, a coder
(:func:`shadowline.api.open_coder`) makes :class:`~shadowline.records.CodedDocument` records, and the store
only sorts out what it already holds (:meth:`Store.screen`) and writes records (:meth:`Store.write_batch`).
Each batch is one transaction: an interrupted ingest keeps every committed batch and no half batch, and
re-running it skips the documents already stored (same id, or same text under another id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Protocol

from shadowline.errors import InvalidParameter
from shadowline.records import CodedDocument, Document, InputProblem
from shadowline.store.database import Store


class DocumentCoder(Protocol):
    """What ingest needs of a coder: coded documents for documents, in order."""

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]: ...


@dataclass
class IngestReport:
    """What an ingest did (:meth:`shadowline.Store.ingest`, ``shadowline ingest``)."""

    documents_written: int = 0
    documents_skipped: int = 0
    events_written: int = 0
    sentences: int = 0
    problems: list[str] = field(default_factory=list)
    #: documents whose text is stored (or came earlier) under another id: skipped
    same_text: int = 0
    #: documents whose id is taken by a different text: skipped and reported
    id_conflicts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        """The summary ``shadowline ingest`` prints."""
        text = (f"{self.documents_written} documents coded, {self.documents_skipped} already stored, "
                f"{self.sentences} sentences, {self.events_written} events")
        if self.same_text:
            text += f", {self.same_text} with the text of another id skipped"
        if self.id_conflicts:
            text += f", {self.id_conflicts} with an id taken by another text refused"
        if self.problems:
            text += f", {len(self.problems)} inputs failed"
        return text


def ingest_documents(store: Store, coder: DocumentCoder | None, documents: Iterable[Document], batch_size: int = 64,
                     progress: Callable[[int], None] | None = None,
                     report: Callable[[InputProblem], None] | None = None,
                     notice: Callable[[str], None] | None = None) -> IngestReport:
    """Code `documents` and write them to `store`, one transaction per batch of `batch_size` documents.

    Documents are read from `documents` one batch at a time. The store file is held only while a batch
    is written: other processes can read it while the next batch is read and coded. A document whose id
    is stored with another text is refused and passed to `report`; one whose text is stored under another
    id is skipped and named to `notice`. `progress` is called with the number of documents done after each
    batch.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be 1 or more, not {batch_size}")
    summary = IngestReport()
    documents = iter(documents)
    while True:
        with store.released():
            batch = list(islice(documents, batch_size))
        if not batch:
            return summary
        screening = store.screen(batch)
        for document, doc_id in screening.id_conflicts:
            if report:
                report(InputProblem(document.path or doc_id, f"id {doc_id!r} is already taken by a different "
                                    "text (in the store or earlier in this input); give the document its own id"))
        for document, other in screening.same_text:
            if notice:
                notice(f"{document.path or document.doc_id}: same text as document {other!r}, not stored again")
        with store.released():
            coded = list(coder.code_documents(screening.fresh)) if screening.fresh and coder else []
        result = store.write_batch(coded)
        summary.documents_written += result.documents_written
        summary.documents_skipped += result.documents_skipped + screening.already_stored
        summary.same_text += len(screening.same_text)
        summary.id_conflicts += len(screening.id_conflicts)
        summary.events_written += result.events_written
        summary.sentences += sum(len(c.sentences) for c in coded)
        if progress:
            progress(len(batch))


def ingest(store: Store, items: str | Path | Iterable[Any], date: str | None = None, batch_size: int = 64,
           progress: Callable[[int], None] | None = None, on_problem: Callable[[str], None] | None = None,
           on_notice: Callable[[str], None] | None = None, opened_coder: DocumentCoder | None = None,
           **options: Any) -> IngestReport:
    """Read `items` (see :func:`shadowline.read`), code them with `opened_coder` (one of
    :func:`shadowline.api.open_coder`, left open) or else with the coder `options` choose, and write them to
    `store` (:meth:`Store.ingest` is this). The models load only if there is a document to code."""
    from shadowline.api import open_coder, read_stream

    if batch_size < 1:
        raise InvalidParameter("batch_size", f"expected 1 or more, got {batch_size}")
    problems: list[str] = []

    def problem(message: str) -> None:
        problems.append(message)
        if on_problem:
            on_problem(message)

    documents = read_stream(items, date=date, on_problem=problem)
    first = next(documents, None)
    if opened_coder is not None and options:
        raise InvalidParameter(sorted(options)[0], "give the coder's options or an opened coder, not both")
    coding: AbstractContextManager[Any] = (nullcontext(opened_coder) if opened_coder is not None or first is None
                                           else open_coder(**options))
    with coding as opened:
        report = ingest_documents(store, opened, chain([first], documents) if first else [], batch_size,
                                  progress=progress, report=lambda p: problem(str(p)), notice=on_notice)
    report.problems = problems
    return report
