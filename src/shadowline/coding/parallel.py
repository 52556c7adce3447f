"""Coding on several processes: one :class:`Coder` per worker, documents sent in chunks, results in order.

spaCy's parser and the Python steps of the coder hold the interpreter lock, so threads do not add up;
processes do. Each worker is started with the ``spawn`` method and loads its own models once, with
onnxruntime limited to its share of the cores. Chunks of documents go to the workers and come back as
:class:`~shadowline.coding.pipeline.CodedDocument` objects in the order the documents came in.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from shadowline.records import Document

if TYPE_CHECKING:
    from shadowline.coding.pipeline import CodedDocument, Coder

#: Below this many characters of input, starting workers costs more than it saves (each loads its models).
PARALLEL_MIN_CHARS = 60_000
#: Characters of text per chunk sent to a worker (about 80 news sentences).
CHUNK_CHARS = 12_000
#: Most workers ``auto`` starts: each holds its own models (~0.9 GB).
MAX_AUTO_WORKERS = 4

_worker: Coder | None = None
_worker_error: BaseException | None = None


def auto_workers() -> int:
    """One worker per core, at most :data:`MAX_AUTO_WORKERS`."""
    return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))


def chunks(documents: Iterable[Document], max_chars: int = CHUNK_CHARS) -> Iterator[list[Document]]:
    """Consecutive runs of documents holding at most `max_chars` characters (or one longer document)."""
    chunk: list[Document] = []
    size = 0
    for document in documents:
        if chunk and size + len(document.text) > max_chars:
            yield chunk
            chunk, size = [], 0
        chunk.append(document)
        size += len(document.text)
    if chunk:
        yield chunk


def _start_worker(settings: dict[str, Any]) -> None:
    global _worker, _worker_error
    try:
        from shadowline.coding.pipeline import Coder

        _worker = Coder(**settings)
    except BaseException as exc:  # noqa: BLE001 - raised again with the first chunk, in the parent
        _worker_error = exc


def _code_chunk(documents: list[Document]) -> list[CodedDocument]:
    if _worker is None:
        raise RuntimeError(f"a coding worker could not start: {_worker_error}") from _worker_error
    return list(_worker.code_documents(documents))


class WorkerPool:
    """`workers` processes, each with a Coder built from `settings` (the keyword arguments of Coder)."""

    def __init__(self, settings: dict[str, Any], workers: int) -> None:
        self.workers = workers
        threads = max(1, (os.cpu_count() or 1) // workers)
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, initializer=_start_worker,
                                  initargs=({**settings, "workers": 1, "threads": threads},))

    def code(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Coded documents in input order."""
        for coded in self._pool.imap(_code_chunk, chunks(documents)):
            yield from coded

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()
