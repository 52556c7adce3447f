"""Opening a store file: create it, upgrade it, or refuse it without touching it.

A shadowline store is a DuckDB file with a ``meta`` table holding its ``schema_version``, written when the
store is created. A file that is not DuckDB, is damaged, or is another program's DuckDB database is
refused with a :class:`StoreError` that names the file and says what to do; it is only read, never written.

DuckDB lets one process write a file and then no other process may open it, not even to read. An ingest
therefore holds the file only while it writes a batch (see :meth:`Store.released`); a reader that finds
it locked waits a few seconds, then stops with a plain message.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from shadowline.errors import StoreError
from shadowline.store.mentions import IMPORTED_FIRST_CLASS, backfill_imported
from shadowline.store.schema import DDL, SCHEMA_VERSION, upgrade_statements

#: Seconds a reader waits for a writer to let go of the file, and a writer for readers.
READ_WAIT_S = 5.0
WRITE_WAIT_S = 120.0
_RETRY_S = 0.1


def open_connection(path: str | Path, read_only: bool = False,
                    wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the shadowline store at `path`, created (read-write) if there is no file yet.

    Raises :class:`StoreError` for a missing store (read-only), a file that is not a DuckDB database or is
    damaged, a DuckDB database of another program (left untouched), a store of a newer shadowline, and a
    file held by another process for longer than `wait` seconds.

    >>> con = open_connection("events.duckdb", read_only=True)  # doctest: +SKIP
    """
    name = str(path)
    file = Path(name)
    wait = (READ_WAIT_S if read_only else WRITE_WAIT_S) if wait is None else wait
    if file.is_dir():
        raise StoreError(f"{name} is a folder; point --db at a .duckdb file")
    if not file.exists():
        if read_only:
            raise StoreError(f"{name}: no such store; create one with 'shadowline ingest' or 'shadowline demo'")
        con = _connect(name, False, wait)
        _create(con, name)
        return con
    con = _connect(name, True, wait, for_writing=not read_only)
    try:
        version = _schema_version(con, name)
    except BaseException:
        con.close()
        raise
    if read_only:
        if version is None:
            con.close()
            raise StoreError(f"{name}: not a shadowline store (an empty DuckDB file); "
                             "fill it with 'shadowline ingest ... --db " + name + "'")
        return con
    con.close()
    con = _connect(name, False, wait)
    try:
        if version is None:
            _create(con, name)
        else:  # the DDL only adds what is missing: columns a later build of this schema added (actor kinds);
            # imported events of an older store gain their actors and mention rows in the same transaction
            _run(con, name, [*upgrade_statements(version), *DDL], then=backfill_imported)
    except BaseException:
        con.close()
        raise
    return con


def _connect(name: str, read_only: bool, wait: float, for_writing: bool | None = None) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(name, read_only=read_only)
        except duckdb.Error as exc:
            message = str(exc)
            if "different configuration" in message and read_only:
                # this process already holds the file for writing: look through that connection
                return _connect(name, False, wait)
            if "Could not set lock" not in message and "Conflicting lock" not in message:
                raise damaged(name, exc) from None
            if time.monotonic() >= deadline:
                writing = not read_only if for_writing is None else for_writing
                raise StoreError(_lock_message(name, message, writing)) from None
        time.sleep(_RETRY_S)


def _lock_message(name: str, message: str, writing: bool) -> str:
    pid = re.search(r"PID (\d+)", message)
    holder = f"another process (PID {pid[1]})" if pid else "another process"
    if not writing:
        return (f"{name} is being written by {holder}, and DuckDB lets no one read a file while it is written; "
                "an ingest lets readers in between its batches, so try again in a moment")
    return f"{name} is held open by {holder}; wait until it has finished and try again"


def damaged(name: str, exc: BaseException) -> StoreError:
    """The error for a file DuckDB cannot read: not a database, or damaged (a checksum failure)."""
    detail = str(exc).split("\n", 1)[0]
    if "not a valid DuckDB database" in detail:
        return StoreError(f"{name} is not a DuckDB database (so not a shadowline store); shadowline left it "
                          "untouched. Point --db at another file, or move this one away")
    return StoreError(f"{name} is damaged or unreadable ({detail}); shadowline left it untouched. Restore it "
                      "from a backup, or move it away and ingest the inputs again into a new store")


def _schema_version(con: duckdb.DuckDBPyConnection, name: str) -> int | None:
    """The store's schema version; None for an empty database; StoreError for a database not ours."""
    try:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        row = None
        if "meta" in tables:
            # fetchall, not fetchone: an unfinished result would block the connection's next relation query
            rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
            row = rows[0] if rows else None
    except duckdb.Error as exc:
        raise damaged(name, exc) from None
    if not tables:
        return None
    if row is None or not str(row[0]).isdigit():
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(f"{name} is a DuckDB database of another program (tables: {shown}), not a shadowline "
                         "store; shadowline left it untouched. Point --db at a new file or at a shadowline store")
    version = int(row[0])
    if version > SCHEMA_VERSION:
        raise StoreError(f"{name} was written by a newer shadowline (store schema {version}, this one reads up "
                         f"to {SCHEMA_VERSION}); upgrade shadowline to use it")
    return version


def _create(con: duckdb.DuckDBPyConnection, name: str) -> None:
    _run(con, name, [*DDL, f"INSERT INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}')",
                     f"INSERT INTO meta VALUES ('{IMPORTED_FIRST_CLASS}', '1')"])


def _run(con: duckdb.DuckDBPyConnection, name: str, statements: list[str] | tuple[str, ...],
         then: Callable[[duckdb.DuckDBPyConnection], object] | None = None) -> None:
    """Run `statements`, then `then`, in one transaction: a store is created or upgraded whole or not at all."""
    try:
        con.execute("BEGIN TRANSACTION")
        for statement in statements:
            con.execute(statement)
        if then is not None:
            then(con)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"{name}: cannot write the store's tables ({exc})") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
