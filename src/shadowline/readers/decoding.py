"""Bytes to text for the readers: bounded reading of files, devices, pipes and standard input, and decoding.

Text is UTF-8 (with or without a byte-order mark), or UTF-16/UTF-32 with a byte-order mark (what Windows
editors write as "Unicode"). Data is called binary only when it is not text in any of these.
"""

from __future__ import annotations

import codecs
import os
from typing import BinaryIO

#: Larger inputs are refused: a news article is kilobytes; a huge input is almost always the wrong one.
MAX_FILE_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UnreadableInput(Exception):
    """An input that is not text we can read; `reason` says why in words for the user."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.line = reason, line


def read_bounded(stream: BinaryIO, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """All bytes of `stream`, or :class:`UnreadableInput` as soon as it holds more than `max_bytes`.

    Works the same on files, devices (``/dev/zero``), pipes and standard input, whose size is not known
    beforehand.
    """
    parts: list[bytes] = []
    size = 0
    while True:
        part = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
        if size > max_bytes:
            raise UnreadableInput(f"more than the {max_bytes:,} bytes allowed for one input")


def split_bom(raw: bytes) -> tuple[str | None, bytes]:
    """The encoding named by a byte-order mark at the start of `raw` (or None), and the bytes after it."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding, raw[len(bom):]
    return None, raw


def decode_text(raw: bytes) -> str:
    """Text of `raw`: UTF-8, or UTF-8/UTF-16/UTF-32 after a byte-order mark.

    Raises :class:`UnreadableInput` for empty input, binary data, or text in another encoding (with the
    byte that is wrong and how to convert it).
    """
    encoding, body = split_bom(raw)
    if not body.strip():
        raise UnreadableInput("empty file")
    encoding = encoding or _utf16_without_bom(body)
    try:
        text = body.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        if encoding is None and _looks_binary(body):
            raise UnreadableInput("binary file, expected text") from exc
        raise UnreadableInput(
            f"not valid {(encoding or 'utf-8').upper()} (byte {exc.start}: {body[exc.start:exc.start + 1]!r}); "
            "convert it with e.g. 'iconv -f latin1 -t utf-8'") from exc
    check_no_nul(text)
    return text


def check_no_nul(text: str) -> None:
    """Refuse text with NUL characters: mostly binary data that happens to decode, else a damaged file."""
    where = text.find("\x00")
    if where < 0:
        return
    if text.count("\x00") * 100 > len(text):
        raise UnreadableInput("binary file (contains NUL bytes), expected text")
    line = text.count("\n", 0, where) + 1
    raise UnreadableInput("text contains a NUL character; remove it (e.g. with tr -d '\\000')", line)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for text whose every other byte is NUL (mostly-ASCII UTF-16 with no mark)."""
    head = data[:8192]
    if len(head) < 4 or len(head) % 2:
        return None
    for encoding, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        if head[nul_at::2].count(0) * 10 >= len(head) // 2 * 9 and b"\x00" not in head[1 - nul_at::2]:
            return encoding
    return None


def _looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes in its first 8 KB (not a text encoding mistake)."""
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls * 10 > len(head)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can be printed and stored: bytes of a name that are not UTF-8 become ``\\xNN``."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
