"""Errors of the library surface that every face (CLI, REST API) turns into a message for people."""

from __future__ import annotations


class InvalidParameter(ValueError):
    """A parameter has a value the library cannot use; `parameter` names it, the message says why.

    >>> str(InvalidParameter("since", "expected a date YYYY-MM-DD, got 'yesterday'"))
    "since: expected a date YYYY-MM-DD, got 'yesterday'"
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
