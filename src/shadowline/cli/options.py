"""What every command shares: the exit codes, the error style, the date type, ``--db`` and the store opener.

One definition of each, so that a bad date, a missing store or an unwritable file reads and exits the same
way whichever command met it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from shadowline.api import DEFAULT_DB
from shadowline.errors import CannotLoad, InvalidParameter, NoData, StoreError, date_parameter

if TYPE_CHECKING:
    from shadowline.api import Store

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(IntEnum):
    """The exit status of every command, one per kind of outcome."""

    OK = 0
    #: Some inputs (files, lines, entries) could not be read; they are named on stderr and the rest went on.
    INPUTS_SKIPPED = 1
    #: A bad option or argument (click's own usage errors exit with 2 as well).
    USAGE = 2
    #: The store is missing, cannot be opened, is damaged or not a shadowline store, or holds nothing to analyse.
    STORE = 3
    #: A file the command needs cannot be used: an actor dictionary, a model, an output path.
    FILE = 4


EXIT_CODES_HELP = """\b
Exit codes (every command):
  0  done
  1  some inputs could not be read: each is named on stderr, the others went through
  2  usage: a bad option or argument (a date that is not YYYY-MM-DD, a count below 1 ...)
  3  store: missing, locked, damaged, not a shadowline store, or no events to analyse
  4  a file the command needs cannot be used (actor dictionary, model, --out path)
"""


class CommandError(click.ClickException):
    """An error for people: printed as ``Error: <message>`` without a traceback, exits with its kind's code."""

    def __init__(self, message: str, exit_code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = int(exit_code)  # type: ignore[misc]  # click declares it a class variable


def fail(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    """Stop the command with a user error (no traceback)."""
    raise CommandError(message, code)


class IsoDateType(click.ParamType):
    """A date option: ``YYYY-MM-DD`` (or an ISO date-time), checked whole; the value is the ISO date string."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str | None:
        try:
            return date_parameter(value)
        except InvalidParameter as exc:
            self.fail(exc.problem, param, ctx)


ISO_DATE = IsoDateType()


def date_option(*names: str, help: str) -> Callable[[F], F]:  # noqa: A002 - click's own keyword
    """A date option of type :data:`ISO_DATE`; its errors name the option (``Invalid value for '--since'``)."""
    return click.option(*names, type=ISO_DATE, default=None, help=help)


def window_options(func: F) -> F:
    """``--since`` and ``--until``: the window of event dates a command counts."""
    func = date_option("--until", help="Last event date counted.")(func)
    return date_option("--since", help="First event date counted.")(func)


def db_option(func: F) -> F:
    """``--db``: the store file, with the one default of every command."""
    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="The shadowline store (DuckDB file).")(func)


@contextmanager
def library_errors() -> Iterator[None]:
    """Around the library calls of a command: each error of the library stops the command with its message
    and the exit code of its kind (a bad parameter 2, no data or a store problem 3, a file that cannot be
    loaded or written 4)."""
    try:
        yield
    except InvalidParameter as exc:
        fail(str(exc), ExitCode.USAGE)
    except (NoData, StoreError) as exc:
        fail(str(exc), ExitCode.STORE)
    except CannotLoad as exc:
        fail(str(exc), ExitCode.FILE)


@contextmanager
def open_store(db: str, read_only: bool = True) -> Iterator[Store]:
    """The store at `db`, closed on leaving; errors of the library calls in the block stop the command as
    :func:`library_errors` says (any store problem: exit code 3)."""
    import duckdb

    from shadowline.api import Store

    with library_errors():
        store = Store(db, read_only=read_only)
        with store:
            try:
                yield store
            except duckdb.Error as exc:  # a damaged or foreign file fails on its first read
                fail(f"{db}: cannot read the store ({exc})", ExitCode.STORE)


def parquet_option(f: Any) -> Any:
    """``--parquet``: analyse a Parquet events dataset with Dask DataFrame instead of the store."""
    return click.option("--parquet", type=click.Path(), default=None,
                        help="Analyse this Parquet events dataset instead of the store, with Dask DataFrame "
                             "(a folder as 'shadowline export --format parquet' writes; needs the dask extra).")(f)


@contextmanager
def open_parquet(path: str) -> Iterator[Any]:
    """The Parquet dataset at `path`; a missing dataset, a missing Dask or nothing to analyse stops the command."""
    from shadowline import api

    with library_errors():
        try:
            yield api.ParquetEvents(path)
        except (FileNotFoundError, ImportError) as exc:
            fail(str(exc), ExitCode.STORE)


@contextmanager
def open_events(db: str, parquet: str | None) -> Iterator[Any]:
    """What an analysis command reads: the Parquet dataset when ``--parquet`` names one, else the store."""
    if parquet:
        with open_parquet(parquet) as dataset:
            yield dataset
    else:
        with open_store(db) as store:
            yield store


@contextmanager
def writing(path: str) -> Iterator[None]:
    """Around the writing of an output file: a failure (no such folder, no permission) stops the command
    with a message naming the file, exit code 4."""
    try:
        yield
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}", ExitCode.FILE)
