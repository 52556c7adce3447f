"""Who may use the REST API, and when the store can be read.

Reads open the store read-only for the length of one request, so that a ``shadowline ingest`` in another
process can take the file between requests. While an ingest holds the file (in this server or in another
process), a read does not wait: it is answered 503 with ``Retry-After``.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from shadowline.api import Store
from shadowline.store.database import StoreError

#: Seconds a client is told to wait before asking again while the store is busy.
RETRY_AFTER_S = 2


class StoreBusy(RuntimeError):
    """The store is being written (by an ingest here or in another process); ask again later."""


class StoreMissing(LookupError):
    """There is no store at the configured path yet."""


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost).

    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0")
    (True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_matches(expected: str | None, given: str | None) -> bool:
    """Compare a request's token with the server's in constant time (no token configured: nothing matches)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def _is_lock_error(error: BaseException) -> bool:
    text = str(error).lower()
    return "lock" in text or "different configuration" in text or "conflicting" in text


class StoreGate:
    """Hands out store connections: many readers at once, or one writer; never both in this process."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only store for one request; :class:`StoreBusy` while it is being written."""
        with self._lock:
            if self._writing:
                raise StoreBusy("the store is being written by an ingest")
            self._readers += 1
        try:
            if not Path(self.path).is_file():
                raise StoreMissing(f"no store at {Path(self.path).name} yet: ingest documents first")
            try:
                store = Store(self.path, read_only=True)
            except (StoreError, duckdb.Error) as exc:
                if _is_lock_error(exc):
                    raise StoreBusy("the store is locked by another process (an ingest?)") from None
                raise
            with store:
                yield store
        finally:
            with self._lock:
                self._readers -= 1
                self._lock.notify_all()

    @contextmanager
    def writing(self, timeout_s: float = 30.0) -> Iterator[Store]:
        """The store opened for writing; waits up to `timeout_s` for running reads to finish."""
        with self._lock:
            if self._writing:
                raise StoreBusy("another ingest is running")
            self._writing = True
            if not self._lock.wait_for(lambda: self._readers == 0, timeout=timeout_s):
                self._writing = False
                raise StoreBusy("reads are still running")
        try:
            try:
                store = Store(self.path)
            except (StoreError, duckdb.Error) as exc:
                if _is_lock_error(exc):
                    raise StoreBusy("the store is locked by another process") from None
                raise
            with store:
                yield store
        finally:
            with self._lock:
                self._writing = False
                self._lock.notify_all()
