"""Readers: plain text, HTML, RSS/Atom, JSON Lines and folders of them, to `Document` records."""

from shadowline.readers.files import (
    SUPPORTED_SUFFIXES,
    InputProblem,
    read_documents,
    read_path,
)

__all__ = ["SUPPORTED_SUFFIXES", "InputProblem", "read_documents", "read_path"]
