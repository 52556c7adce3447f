"""Read input files into :class:`~shadowline.records.Document` records.

Formats, by suffix: ``.txt``/``.text``/``.md`` (plain text), ``.html``/``.htm`` (readable text through
trafilatura), ``.xml``/``.rss``/``.atom`` (one document per feed entry, through feedparser), ``.jsonl``
(one document per line: ``id``, ``date``, ``title``, ``text``, ``url``, ``source``). A folder is read
recursively. ``-`` reads plain text from standard input.

Bad input never stops a run: each problem is reported as an :class:`InputProblem` naming the file, the
line where there is one, and what is wrong, and the other inputs go on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date as date_type
from pathlib import Path

from shadowline.records import Document, iso_date

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
#: Larger files are refused: a news article is kilobytes; a huge file is almost always the wrong input.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_DOCUMENT_CHARS = 2_000_000


@dataclass(frozen=True)
class InputProblem:
    """Why an input (or one line of it) could not be read."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class _Skip(Exception):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.line = reason, line


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise _Skip("empty file")
    if b"\x00" in raw[:8192]:
        raise _Skip("binary file (contains NUL bytes), expected text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Skip(f"not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r}); "
                    "convert it with e.g. 'iconv -f latin1 -t utf-8'") from exc


def _document(text: str, *, path: str, date: str | None, title: str | None = None, url: str | None = None,
              source: str | None = None, doc_id: str | None = None) -> Document:
    text = text.strip()
    if not text:
        raise _Skip("no text")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise _Skip(f"document of {len(text):,} characters is larger than the {MAX_DOCUMENT_CHARS:,} allowed")
    return Document(doc_id or Document.content_id(text), text, date, title, url, source, path)


def _read_text(path: Path, raw: bytes, date: str | None) -> Iterator[Document]:
    yield _document(_decode(path, raw), path=str(path), date=date)


def _read_html(path: Path, raw: bytes, date: str | None) -> Iterator[Document]:
    import trafilatura

    html = _decode(path, raw)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise _Skip("no readable article text found in the HTML")
    text = getattr(extracted, "text", None) or ""
    title = getattr(extracted, "title", None)
    found_date = getattr(extracted, "date", None)
    yield _document(text, path=str(path), date=_try_date(found_date) or date, title=title,
                    url=getattr(extracted, "url", None))


def _try_date(value: object) -> str | None:
    try:
        return iso_date(value)
    except ValueError:
        return None


def _read_feed(path: Path, raw: bytes, date: str | None) -> Iterator[Document]:
    import feedparser

    _decode(path, raw)
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        raise _Skip(f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})")
    source = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "") or entry.get("description", "")
        text = _strip_tags(body)
        title = entry.get("title")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        entry_date = (date_type(parsed[0], parsed[1], parsed[2]).isoformat() if parsed else None) or date
        try:
            yield _document(text, path=f"{path}#{number}", date=entry_date, title=title, url=entry.get("link"),
                            source=source)
        except _Skip as skip:
            raise _Skip(f"feed entry {number}: {skip.reason}") from None


def _strip_tags(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content()
    except Exception:  # noqa: BLE001 - lxml raises several kinds on fragments; fall back to a regex
        return re.sub(r"<[^>]+>", " ", html)


def _read_jsonl(path: Path, raw: bytes, date: str | None,
                report: Callable[[InputProblem], None]) -> Iterator[Document]:
    text = _decode(path, raw)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            report(InputProblem(str(path), f"malformed JSON ({exc.msg} at column {exc.colno})", number))
            continue
        if not isinstance(row, dict):
            report(InputProblem(str(path), "expected a JSON object with a 'text' field", number))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            report(InputProblem(str(path), "missing or empty 'text' field", number))
            continue
        try:
            row_date = iso_date(row.get("date"), "'date'") or date
        except ValueError as exc:
            report(InputProblem(str(path), str(exc), number))
            continue
        given_id = row.get("id")
        try:
            yield _document(body, path=f"{path}:{number}", date=row_date, title=row.get("title"),
                            url=row.get("url"), source=row.get("source"),
                            doc_id=str(given_id) if given_id not in (None, "") else None)
        except _Skip as skip:
            report(InputProblem(str(path), skip.reason, number))


def read_path(path: Path, date: str | None, report: Callable[[InputProblem], None]) -> Iterator[Document]:
    """Documents of one file (not a folder); problems go to `report`."""
    suffix = path.suffix.lower()
    try:
        if not path.exists():
            raise _Skip("no such file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Skip(f"file of {size:,} bytes is larger than the {MAX_FILE_BYTES:,} allowed")
        raw = path.read_bytes()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, raw, date, report)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html(path, raw, date)
        elif suffix in FEED_SUFFIXES:
            yield from _read_feed(path, raw, date)
        elif suffix in TEXT_SUFFIXES or not suffix:
            yield from _read_text(path, raw, date)
        else:
            raise _Skip(f"unsupported file type {suffix!r} (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    except _Skip as skip:
        report(InputProblem(str(path), skip.reason, skip.line))
    except OSError as exc:
        report(InputProblem(str(path), f"cannot read: {exc.strerror or exc}"))


def read_documents(paths: Iterable[str | Path], date: str | None = None,
                   report: Callable[[InputProblem], None] | None = None) -> Iterator[Document]:
    """Documents from files, folders (recursively, supported suffixes only) and ``-`` (standard input).

    `date` (ISO) is used for documents that carry no date of their own. Problems go to `report`
    (default: collected nowhere), and reading goes on with the next input.

    >>> docs = list(read_documents(["article.txt"], date="2024-05-20"))  # doctest: +SKIP
    """
    problems = report or (lambda problem: None)
    for item in paths:
        if str(item) == "-":
            data = sys.stdin.buffer.read()
            try:
                yield _document(_decode(Path("<stdin>"), data), path="<stdin>", date=date)
            except _Skip as skip:
                problems(InputProblem("<stdin>", skip.reason))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                problems(InputProblem(str(path), "folder holds no supported files"))
            for file in files:
                yield from read_path(file, date, problems)
        else:
            yield from read_path(path, date, problems)
