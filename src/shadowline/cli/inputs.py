"""``--input`` files of JSON Lines (``classify``, ``resolve``): one record per line, a bad line named and kept
in its place so that the output still lines up with the input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

import click

#: The ``--input`` option's type: bytes, so that each line is decoded (and may fail) on its own.
JSONL_INPUT = click.File("rb")


def jsonl_records(stream: IO[bytes], fields: tuple[str, ...]) -> Iterator[tuple[int, dict | str]]:
    """(line number, record) for each non-blank line of `stream`, or (line number, what is wrong with it).

    A record is a JSON object whose `fields` are strings. Each problem is also printed on stderr as
    ``NAME:LINE: problem``.
    """
    name = getattr(stream, "name", None)
    name = name if isinstance(name, str) else "-"
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            problem = f"not valid UTF-8 (byte {exc.start + 1}: {raw[exc.start:exc.start + 1]!r})"
        else:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problem = f"malformed JSON ({exc.msg} at column {exc.colno})"
            else:
                missing = [f for f in fields if not isinstance(record, dict) or not isinstance(record.get(f), str)]
                if not missing:
                    yield number, record
                    continue
                problem = (f"expected a JSON object with string field(s) {', '.join(fields)}"
                           if not isinstance(record, dict) else f"missing string field(s): {', '.join(missing)}")
        click.echo(f"{name}:{number}: {problem}", err=True)
        yield number, problem
