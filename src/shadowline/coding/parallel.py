"""Coding on several processes: how many workers an input gets, and the pool that runs them.

:func:`plan_workers` is the one place that decides on worker processes: never more than the cores,
and none at all for a small input, where starting them (each loads its own models) costs more than
it saves. spaCy's parser and the Python steps of the coder hold the interpreter lock, so threads do
not add up; processes do. Each worker is started with the ``spawn`` method and builds its own coder
once, from a factory and its keyword arguments (the factory travels by reference, so this module
needs no import of the coder). Chunks of documents go to the workers and come back in the order the
documents came in.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, Protocol

from shadowline.records import Document

#: Below this many characters of input, starting workers costs more than it saves (each loads its models).
PARALLEL_MIN_CHARS = 60_000
#: Characters of text per chunk sent to a worker (about 80 news sentences).
CHUNK_CHARS = 12_000
#: Most workers ``auto`` starts: each holds its own models (~0.9 GB).
MAX_AUTO_WORKERS = 4


class DocumentCoder(Protocol):
    """What a worker runs: anything that codes documents in order (``pipeline.Coder``)."""

    def code_documents(self, documents: Iterable[Document]) -> Iterator[Any]: ...


_worker: DocumentCoder | None = None
_worker_error: BaseException | None = None


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it, else all)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def plan_workers(requested: int | None, input_chars: int, cores: int | None = None) -> int:
    """Worker processes to code an input of `input_chars` characters on; 1 means "in this process".

    `requested`: ``None`` or 0 is auto (one per core, at most :data:`MAX_AUTO_WORKERS`), N asks for N.
    Either way never more than the `cores` (default: :func:`usable_cores`), and 1 for an input under
    :data:`PARALLEL_MIN_CHARS` characters.

    >>> plan_workers(6, 1_000_000, cores=2), plan_workers(6, 100, cores=2), plan_workers(0, 1_000_000, cores=8)
    (2, 1, 4)
    """
    if requested is not None and requested < 0:
        raise ValueError(f"workers must be 0 (auto) or more, not {requested}")
    cores = cores or usable_cores()
    wanted = requested or min(cores, MAX_AUTO_WORKERS)
    if input_chars < PARALLEL_MIN_CHARS:
        return 1
    return max(1, min(wanted, cores))


def plan_input(documents: Iterable[Document], requested: int | None, cores: int | None = None
               ) -> tuple[int, Iterator[Document]]:
    """:func:`plan_workers` for a stream of documents, read ahead only as far as the decision needs.

    Returns the number of workers and the documents (all of them, in order).
    """
    stream = iter(documents)
    if requested == 1:
        return 1, stream
    head, size = [], 0
    for document in stream:
        head.append(document)
        size += len(document.text)
        if size >= PARALLEL_MIN_CHARS:
            break
    return plan_workers(requested, size, cores), chain(head, stream)


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


def _start_worker(factory: Callable[..., DocumentCoder], settings: dict[str, Any]) -> None:
    global _worker, _worker_error
    try:
        _worker = factory(**settings)
    except BaseException as exc:  # noqa: BLE001 - raised again with the first chunk, in the parent
        _worker_error = exc


def _code_chunk(documents: list[Document]) -> list[Any]:
    if _worker is None:
        raise RuntimeError(f"a coding worker could not start: {_worker_error}") from _worker_error
    return list(_worker.code_documents(documents))


class WorkerPool:
    """`workers` processes, each holding ``factory(**settings)``; documents go out and come back in order."""

    def __init__(self, factory: Callable[..., DocumentCoder], settings: dict[str, Any], workers: int) -> None:
        self.workers = workers
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, initializer=_start_worker, initargs=(factory, settings))

    def code(self, documents: Iterable[Document]) -> Iterator[Any]:
        """The factory's results for each document, in input order."""
        for coded in self._pool.imap(_code_chunk, chunks(documents)):
            yield from coded

    def pids(self) -> list[int]:
        """Process ids of the workers (for measuring them)."""
        return [process.pid for process in self._pool._pool]  # type: ignore[attr-defined]

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.terminate()
        self._pool.join()
