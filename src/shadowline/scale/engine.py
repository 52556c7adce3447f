"""The dask engine: documents coded in partitions on a Dask cluster, results back in input order.

The documents are cut into partitions of about :data:`~shadowline.coding.parallel.CHUNK_CHARS`
characters (the same cut as the local worker processes), read from the input as they are needed: at
most two partitions per worker thread are in flight, so neither the input nor the results are ever
held whole. Each worker process builds one :class:`~shadowline.coding.pipeline.Coder` per set of
settings and keeps it (the models load once per worker), and returns each partition as Arrow tables
(:mod:`shadowline.scale.partitions`). Back in this process a partition may be written to Parquet and
becomes :class:`~shadowline.coding.pipeline.CodedDocument` records again, which the store writes through
the same ``Store.write_batch`` as the local engine's: the events are the same, with the same ids, in the
same order.

Without a scheduler address a ``distributed.LocalCluster`` of worker processes is started on this
machine; with one (``tcp://host:8786``) the cluster's workers do the coding, and they need shadowline
installed at the same version, and user actor dictionaries at the same paths.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shadowline.coding.parallel import CHUNK_CHARS, MAX_AUTO_WORKERS, chunks, usable_cores
from shadowline.records import Document
from shadowline.scale.extra import require_dask
from shadowline.scale.partitions import Partition, coded_documents, partition_tables, write_partition

if TYPE_CHECKING:
    from shadowline.coding.pipeline import CodedDocument, Coder

#: Seconds to wait for a scheduler given by address before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10

_coders: dict[tuple[Any, ...], tuple[Coder, threading.Lock]] = {}
_coders_lock = threading.Lock()


def worker_coder(settings: dict[str, Any]) -> tuple[Coder, threading.Lock]:
    """This process's coder for `settings` (the keyword arguments of ``Coder``), built on first use.

    The lock is held while the coder codes: a worker with several threads shares one set of models.
    """
    from shadowline.coding.pipeline import Coder

    key = tuple(sorted(settings.items()))
    with _coders_lock:
        if key not in _coders:
            _coders[key] = (Coder(**settings), threading.Lock())
        return _coders[key]


def load_models(settings: dict[str, Any]) -> str:
    """Build this worker's coder now (run on every worker when the engine starts); its version."""
    return worker_coder(settings)[0].version


def code_partition(documents: list[Document], settings: dict[str, Any]) -> Partition:
    """Code one partition of documents on a worker; the result as Arrow tables."""
    coder, lock = worker_coder(settings)
    with lock:
        coded = list(coder.code_documents(documents))
    return partition_tables(coded)


class DaskCoder:
    """Codes documents on a Dask cluster; used wherever a :class:`~shadowline.coding.pipeline.Coder` is
    (``code_documents``, a context manager that stops what it started).

    `scheduler`: the address of a running scheduler (``tcp://host:8786``), or None for a local cluster of
    `workers` processes (0: one per core, at most four; never more than the cores). `parquet_dir`: also
    keep every partition as Parquet files there (``events/``, ``documents/``, ``sentences/``). The other
    keyword arguments are ``Coder``'s.

    >>> with DaskCoder(workers=2, coder="patterns") as engine:  # doctest: +SKIP
    ...     coded = list(engine.code_documents(documents))
    """

    def __init__(self, scheduler: str | None = None, workers: int = 0, *, spacy_model: str | None = None,
                 coder: str = "auto", actor_files: Sequence[str] = (), events: str = "main",
                 processes: bool = True, parquet_dir: str | Path | None = None,
                 partition_chars: int = CHUNK_CHARS) -> None:
        require_dask()
        from distributed import Client, LocalCluster

        self.scheduler = scheduler
        self.parquet_dir = Path(parquet_dir) if parquet_dir is not None else None
        self.partition_chars = partition_chars
        self.settings: dict[str, Any] = {"spacy_model": spacy_model, "coder": coder,
                                         "actor_files": tuple(str(f) for f in actor_files), "events": events,
                                         "workers": 1}
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=f"{CONNECT_TIMEOUT_S}s")
            except (OSError, TimeoutError) as exc:
                raise ConnectionError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one "
                                      "with 'dask scheduler' and workers with 'dask worker ADDRESS'") from exc
            try:  # models load on the workers there now, and the events carry their version
                self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
            except TimeoutError as exc:
                self.client.close()
                raise ConnectionError(f"the Dask scheduler at {scheduler} has no workers; start them with "
                                      f"'dask worker {scheduler}'") from exc
        else:
            count = min(workers or MAX_AUTO_WORKERS, usable_cores())  # as the local engine: never more than the cores
            self._cluster = LocalCluster(n_workers=count, threads_per_worker=1, processes=processes,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        try:
            versions = set(self.client.run(load_models, self.settings).values())
        except BaseException:
            self.close()
            raise
        self.version = ", ".join(sorted(versions))
        self._written = 0

    def __enter__(self) -> DaskCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect; stop the local cluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    @property
    def worker_threads(self) -> int:
        """Threads the cluster's workers code on, together."""
        return max(1, sum(self.client.nthreads().values()))

    def code_partitions(self, documents: Iterable[Document]) -> Iterator[Partition]:
        """Partitions of coded documents in input order, with at most two per worker thread in flight."""
        in_flight: deque[Any] = deque()
        limit = 2 * self.worker_threads
        for chunk in chunks(documents, self.partition_chars):
            in_flight.append(self.client.submit(code_partition, chunk, self.settings, pure=False))
            if len(in_flight) >= limit:
                yield self._collect(in_flight.popleft())
        while in_flight:
            yield self._collect(in_flight.popleft())

    def _collect(self, future: Any) -> Partition:
        partition: Partition = future.result()
        future.release()
        if self.parquet_dir is not None:
            write_partition(partition, self.parquet_dir, self._written)
        self._written += 1
        return partition

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Coded documents in input order (as ``Coder.code_documents``)."""
        for partition in self.code_partitions(documents):
            yield from coded_documents(partition)
