"""``--input`` files of JSON Lines (``classify``, ``resolve``): one record per line, a bad line named and kept
in its place so that the output still lines up with the input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

import click

from shadowline.errors import InvalidParameter, date_parameter

#: The ``--input`` option's type: bytes, so that each line is decoded (and may fail) on its own.
JSONL_INPUT = click.File("rb")


def jsonl_records(stream: IO[bytes], fields: tuple[str, ...], date_fields: tuple[str, ...] = (),
                  plain_field: str | None = None) -> Iterator[tuple[int, dict | str]]:
    """(line number, record) for each non-blank line of `stream`, or (line number, what is wrong with it).

    A record is a JSON object whose `fields` are strings; its `date_fields`, where given, are ISO dates
    (normalised to ``YYYY-MM-DD``). With `plain_field`, a line that does not open a JSON object or string is
    that field's text ("the Kremlin" on a line of its own is ``{"text": "the Kremlin"}``). Each problem is also
    printed on stderr as ``NAME:LINE: problem``.
    """
    name = getattr(stream, "name", None)
    name = name if isinstance(name, str) else "-"
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        record = _record(raw, number == 1, fields, date_fields, plain_field)
        if isinstance(record, str):
            click.echo(f"{name}:{number}: {record}", err=True)
        yield number, record


def _record(raw: bytes, first: bool, fields: tuple[str, ...], date_fields: tuple[str, ...],
            plain_field: str | None = None) -> dict | str:
    """The record on one line, or what is wrong with it."""
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte {exc.start + 1}: {raw[exc.start:exc.start + 1]!r})"
    if plain_field is not None and not line.lstrip().startswith(("{", '"', "[")):
        return {plain_field: line.strip(), **{f: None for f in date_fields}}
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"malformed JSON ({exc.msg} at column {exc.colno})"
    if plain_field is not None and isinstance(record, str):
        record = {plain_field: record}
    if not isinstance(record, dict):
        return f"expected a JSON object with string field(s) {', '.join(fields)}"
    missing = [f for f in fields if not isinstance(record.get(f), str)]
    if missing:
        return f"missing string field(s): {', '.join(missing)}"
    try:
        record.update({f: date_parameter(record.get(f), f) for f in date_fields})
    except InvalidParameter as exc:
        return str(exc)
    return record
