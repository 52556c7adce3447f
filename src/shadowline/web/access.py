"""Who may use the REST API, and when the store can be read.

Reads share one read-only opening of the store (opening a large store costs tens of milliseconds), each
request on its own cursor. The opening is closed after :data:`IDLE_RELEASE_S` seconds without a request,
so that a ``shadowline ingest`` in another process can take the file between bursts of reads. While an
ingest holds the file (in this server or in another process), a read does not wait: it is answered 503
with ``Retry-After``.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from shadowline.api import Store, StoreError

#: Seconds a client is told to wait before asking again while the store is busy.
RETRY_AFTER_S = 2
#: Seconds without a read after which the shared read-only opening is closed.
IDLE_RELEASE_S = 2.0


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
    """Hands out store handles: many readers at once, or one writer; never both in this process."""

    def __init__(self, path: str | Path, idle_release_s: float = IDLE_RELEASE_S) -> None:
        self.path = str(path)
        self.idle_release_s = idle_release_s
        self._lock = threading.Condition()
        self._readers = 0
        self._writing = False
        self._shared: Store | None = None
        self._last_read = 0.0
        self._releaser: threading.Thread | None = None

    def _open_shared(self) -> Store:
        if self._shared is None:
            if not Path(self.path).is_file():
                raise StoreMissing(f"no store at {Path(self.path).name} yet: ingest documents first")
            try:
                self._shared = Store(self.path, read_only=True)
            except (StoreError, duckdb.Error) as exc:
                if _is_lock_error(exc):
                    raise StoreBusy("the store is locked by another process (an ingest?)") from None
                raise
            if self._releaser is None or not self._releaser.is_alive():
                self._releaser = threading.Thread(target=self._release_when_idle, daemon=True)
                self._releaser.start()
        return self._shared

    def _release_when_idle(self) -> None:
        while True:
            time.sleep(self.idle_release_s / 2)
            with self._lock:
                if self._shared is None:
                    return
                if self._readers == 0 and time.monotonic() - self._last_read >= self.idle_release_s:
                    self._close_shared()
                    return

    def _close_shared(self) -> None:
        if self._shared is not None:
            self._shared.close()
            self._shared = None

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only store handle for one request; :class:`StoreBusy` while the store is being written."""
        with self._lock:
            if self._writing:
                raise StoreBusy("the store is being written by an ingest")
            handle = self._open_shared().reader()
            self._readers += 1
        try:
            yield handle
        finally:
            with self._lock:
                handle.close()
                self._readers -= 1
                self._last_read = time.monotonic()
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
            self._close_shared()
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

    def close(self) -> None:
        """Close the shared read-only opening, if open."""
        with self._lock:
            self._close_shared()
