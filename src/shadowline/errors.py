"""Errors of the library surface that every face (CLI, REST API) turns into a message for people."""

from __future__ import annotations

from datetime import date


class InvalidParameter(ValueError):
    """A parameter has a value the library cannot use; `parameter` names it, the message says why.

    >>> str(InvalidParameter("runs", "expected 1 or more, got 0"))
    'runs: expected 1 or more, got 0'
    """

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter
        self.problem = problem


class NoData(LookupError):
    """The store holds nothing the analysis can work on (no events, or an actor it has never seen);
    `parameter` names the input that asked for it, if one did."""

    def __init__(self, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class StoreError(RuntimeError):
    """The store file cannot be opened or is not a shadowline store; the message says what to do."""


class CannotLoad(RuntimeError):
    """Something a call needs cannot be loaded: a spaCy pipeline that is not installed, a model folder, a
    user actor dictionary with a mistake (the message names the file and the entry)."""


def date_parameter(value: str | date | None, parameter: str = "date") -> str | None:
    """The ISO date (``YYYY-MM-DD``) a date parameter gives, None for none; :class:`InvalidParameter`
    naming `parameter` otherwise. The one check of a date that every face (library, CLI, REST API) uses.

    >>> date_parameter("2024-05-01T09:30:00Z", "since")
    '2024-05-01'
    >>> date_parameter("2024-06-31", "since")
    Traceback (most recent call last):
    ...
    shadowline.errors.InvalidParameter: since: '2024-06-31' is not a valid date (day is out of range for month)
    """
    from shadowline.records import iso_date

    try:
        return iso_date(value)
    except ValueError as exc:
        raise InvalidParameter(parameter, str(exc)) from None
