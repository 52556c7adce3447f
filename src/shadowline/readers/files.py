"""Read input files into :class:`~shadowline.records.Document` records.

Formats, by suffix: ``.txt``/``.text``/``.md`` (plain text), ``.html``/``.htm`` (readable text through
trafilatura), ``.xml``/``.rss``/``.atom`` (one document per feed entry, through feedparser), ``.jsonl``
(one document per line: ``id``, ``date``, ``title``, ``text``, ``url``, ``source``; a UTF-8 file is read a
line at a time, so a file of any size streams in flat memory). A folder is read recursively. ``-`` reads
plain text from standard input. Text is UTF-8, or UTF-16/UTF-32 with a byte-order mark
(``readers/decoding.py``).

Bad input never stops a run: each problem is reported as an :class:`InputProblem` naming the file, the
line where there is one, and what is wrong, and the other inputs go on.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date as date_type
from pathlib import Path
from typing import BinaryIO

from shadowline.readers.decoding import (
    MAX_FILE_BYTES,
    UnreadableInput,
    check_no_nul,
    decode_text,
    display_path,
    read_bounded,
    split_bom,
)
from shadowline.records import Document, InputProblem, iso_date

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
MAX_DOCUMENT_CHARS = 2_000_000



def _document(text: str, *, path: str, date: str | None, title: str | None = None, url: str | None = None,
              source: str | None = None, doc_id: str | None = None) -> Document:
    text = text.strip()
    if not text:
        raise UnreadableInput("no text")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise UnreadableInput(f"document of {len(text):,} characters is larger than the "
                              f"{MAX_DOCUMENT_CHARS:,} allowed")
    check_no_nul(text)
    return Document(doc_id or Document.content_id(text), text, date, _text_field(title), _text_field(url),
                    _text_field(source), path)


def _text_field(value: object) -> str | None:
    """A metadata field as text (None for missing); NUL characters, which no store keeps, are dropped."""
    if value in (None, ""):
        return None
    return str(value).replace("\x00", "")


def _read_text(name: str, raw: bytes, date: str | None, report: Callable[[InputProblem], None]) -> Iterator[Document]:
    yield _document(decode_text(raw), path=name, date=date)


def _read_html(name: str, raw: bytes, date: str | None, report: Callable[[InputProblem], None]) -> Iterator[Document]:
    import trafilatura

    html = decode_text(raw)
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input; name it and go on
        raise UnreadableInput(f"cannot extract text from the HTML ({type(exc).__name__}: {exc})") from exc
    if extracted is None:
        raise UnreadableInput("no readable article text found in the HTML")
    text = getattr(extracted, "text", None) or ""
    title = getattr(extracted, "title", None)
    found_date = getattr(extracted, "date", None)
    yield _document(text, path=name, date=_try_date(found_date) or date, title=title,
                    url=getattr(extracted, "url", None))


def _try_date(value: object) -> str | None:
    try:
        return iso_date(value)
    except ValueError:
        return None


def _read_feed(name: str, raw: bytes, date: str | None, report: Callable[[InputProblem], None]) -> Iterator[Document]:
    import feedparser

    decode_text(raw)  # empty, binary and wrongly encoded files are named before the feed parser sees them
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        raise UnreadableInput(f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})")
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        # one bad entry is named and skipped; the entries after it still go in
        try:
            yield _feed_entry(entry, path=f"{name}#{number}", date=date, source=source)
        except UnreadableInput as skip:
            report(InputProblem(name, f"feed entry {number}: {skip.reason}"))


def _feed_entry(entry: dict, *, path: str, date: str | None, source: str | None) -> Document:
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "") or entry.get("description", "")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        entry_date = date_type(parsed[0], parsed[1], parsed[2]).isoformat() if parsed else None
    except (TypeError, ValueError, IndexError):
        entry_date = None
    return _document(_strip_tags(body), path=path, date=entry_date or date, title=entry.get("title"),
                     url=entry.get("link"), source=source)


def _strip_tags(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content()
    except Exception:  # noqa: BLE001 - lxml raises several kinds on fragments; fall back to a regex
        return re.sub(r"<[^>]+>", " ", html)


#: Longest JSON Lines line read: a document of MAX_DOCUMENT_CHARS characters, written as escapes, and its fields.
MAX_LINE_BYTES = 6 * MAX_DOCUMENT_CHARS + 65_536


def _jsonl_lines(stream: BinaryIO, max_bytes: int | None) -> Iterator[tuple[int, str | UnreadableInput]]:
    """(line number, text) of each line, or an :class:`UnreadableInput` for a line that cannot be decoded,
    so that one bad line does not cost the others.

    UTF-8 is read a line at a time (any size, in flat memory; `max_bytes` bounds devices and pipes, None
    nothing); UTF-16/UTF-32, after their byte-order mark, is read whole, up to `max_bytes`.
    """
    encoding, _ = split_bom(stream.peek(4)[:4])  # type: ignore[attr-defined]  # a BufferedReader
    if encoding not in (None, "utf-8"):
        text = decode_text(read_bounded(stream, max_bytes or MAX_FILE_BYTES))
        for number, line in enumerate(text.split("\n"), start=1):
            yield number, line.rstrip("\r")
        return
    if encoding == "utf-8":
        stream.read(len(codecs.BOM_UTF8))
    blank, size = True, 0
    for number, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_BYTES), b""), start=1):
        size += len(raw)
        if max_bytes is not None and size > max_bytes:
            raise UnreadableInput(f"more than the {max_bytes:,} bytes allowed for one input")
        if not raw.endswith(b"\n") and len(raw) == MAX_LINE_BYTES:
            size += _skip_line(stream)
            yield number, UnreadableInput(f"line longer than the {MAX_LINE_BYTES:,} bytes allowed")
            continue
        blank = blank and not raw.decode("utf-8", "replace").strip()  # as the reader skips lines: b"\x1c" too
        try:
            yield number, raw.decode("utf-8").rstrip("\n").rstrip("\r")
        except UnicodeDecodeError as exc:
            wrong = raw[exc.start:exc.start + 1]
            yield number, UnreadableInput(f"not valid UTF-8 (byte {exc.start} of the line: {wrong!r})")
    if blank:
        raise UnreadableInput("empty file")


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an overlong line; the bytes skipped."""
    skipped = 0
    while part := stream.readline(1024 * 1024):
        skipped += len(part)
        if part.endswith(b"\n"):
            break
    return skipped


def _read_jsonl(name: str, stream: BinaryIO, date: str | None, report: Callable[[InputProblem], None],
                max_bytes: int | None) -> Iterator[Document]:
    for number, line in _jsonl_lines(stream, max_bytes):
        if isinstance(line, UnreadableInput):
            report(InputProblem(name, line.reason, number))
            continue
        if not line.strip():
            continue
        if "\x00" in line:
            report(InputProblem(name, "the line contains a NUL byte", number))
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            report(InputProblem(name, f"malformed JSON ({exc.msg} at column {exc.colno})", number))
            continue
        except RecursionError:
            report(InputProblem(name, "JSON nested too deeply", number))
            continue
        if not isinstance(row, dict):
            report(InputProblem(name, "expected a JSON object with a 'text' field", number))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            report(InputProblem(name, "missing or empty 'text' field", number))
            continue
        try:
            row_date = iso_date(row.get("date"), "'date'") or date
        except ValueError as exc:
            report(InputProblem(name, str(exc), number))
            continue
        given_id = row.get("id")
        try:
            yield _document(body, path=f"{name}:{number}", date=row_date, title=row.get("title"),
                            url=row.get("url"), source=row.get("source"),
                            doc_id=_text_field(given_id))
        except UnreadableInput as skip:
            report(InputProblem(name, skip.reason, number))


_READERS: dict[str, Callable[[str, bytes, str | None, Callable[[InputProblem], None]], Iterator[Document]]] = {
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    **dict.fromkeys(FEED_SUFFIXES, _read_feed), **dict.fromkeys(TEXT_SUFFIXES | {""}, _read_text),
}


def read_path(path: Path, date: str | None, report: Callable[[InputProblem], None],
              max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document]:
    """Documents of one file, device or pipe (not a folder); problems go to `report`.

    More than `max_bytes` is refused, also from inputs whose size is not known beforehand.
    """
    name = display_path(path)
    suffix = path.suffix.lower()
    try:
        reader = _READERS.get(suffix)
        if reader is None and suffix not in JSONL_SUFFIXES:
            supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
            raise UnreadableInput(f"unsupported file type {suffix!r} (supported: {supported})")
        if not path.exists():
            raise UnreadableInput("no such file")
        if suffix in JSONL_SUFFIXES:  # a line at a time: a regular file of any size
            with path.open("rb") as stream:
                yield from _read_jsonl(name, stream, date, report, None if path.is_file() else max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableInput(f"file of {size:,} bytes is larger than the {max_bytes:,} allowed")
        with path.open("rb") as stream:
            raw = read_bounded(stream, max_bytes)
        assert reader is not None  # every suffix but JSON Lines has a whole-file reader
        yield from reader(name, raw, date, report)
    except UnreadableInput as skip:
        report(InputProblem(name, skip.reason, skip.line))
    except OSError as exc:
        report(InputProblem(name, f"cannot read: {exc.strerror or exc}"))


def _read_stdin(date: str | None, report: Callable[[InputProblem], None], max_bytes: int) -> Iterator[Document]:
    try:
        if sys.stdin is None:
            raise UnreadableInput("no standard input to read")
        yield _document(decode_text(read_bounded(sys.stdin.buffer, max_bytes)), path="<stdin>", date=date)
    except UnreadableInput as skip:
        report(InputProblem("<stdin>", skip.reason, skip.line))


def folder_files(folder: Path, report: Callable[[InputProblem], None]) -> Iterator[Path]:
    """Files with a supported suffix under `folder`, in name order, found as they are needed.

    A subfolder that cannot be listed is reported, not skipped in silence; links to folders are not
    followed (no loops).
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        report(InputProblem(display_path(folder), f"cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from folder_files(Path(entry.path), report)
            elif entry.is_file() and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(entry.path)
        except OSError as exc:
            report(InputProblem(display_path(entry.path), f"cannot read: {exc.strerror or exc}"))


def read_documents(paths: Iterable[str | Path], date: str | None = None,
                   report: Callable[[InputProblem], None] | None = None,
                   max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document]:
    """Documents from files, folders (recursively, supported suffixes only) and ``-`` (standard input).

    `date` (ISO) is used for documents that carry no date of their own. Problems go to `report`
    (default: collected nowhere), and reading goes on with the next input. Inputs are read one at a
    time as documents are asked for, so a large folder is never held in memory at once; an input of
    more than `max_bytes` is refused.

    >>> docs = list(read_documents(["article.txt"], date="2024-05-20"))  # doctest: +SKIP
    """
    problems = report or (lambda problem: None)
    for item in paths:
        if str(item) == "-":
            yield from _read_stdin(date, problems, max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for file in folder_files(path, problems):
                found = True
                yield from read_path(file, date, problems, max_bytes)
            if not found:
                problems(InputProblem(display_path(path), "folder holds no supported files"))
        else:
            yield from read_path(path, date, problems, max_bytes)
