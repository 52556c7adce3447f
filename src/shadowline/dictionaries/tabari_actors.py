"""Readers for TABARI/PETRARCH dictionaries (the Phoenix actor and agent files).

An actor entry is a primary phrase, synonyms (``+PHRASE``), and one or more codes, each with an
optional date range (``[RUSGOV 991231-080507]``, ``[RUSGOV >080508]``, ``[RUSELI]``). Phrases
use ``_`` between words. Agent files map a phrase to a role code (``STATE_MEDIA [~GOVJRN]``),
with ``!MACRO!`` expansions and ``{PLURAL}`` forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_CODE = re.compile(r"\[([^\]]*)\]")
_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass
class CodeSpan:
    """One code of an entry with its validity (ISO dates, ``None`` when open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class TabariEntry:
    """One actor entry: its phrases (readable, spaces between words) and coded spans."""

    phrases: list[str] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)
    comment: str = ""


def tabari_date(raw: str) -> str | None:
    """An ISO date for a TABARI date (``YYMMDD``, 20th century when YY > 30, or ``YYYYMMDD``)."""
    if len(raw) == 8:
        year, rest = raw[:4], raw[4:]
    elif len(raw) == 6:
        yy = int(raw[:2])
        year, rest = str(2000 + yy if yy <= 30 else 1900 + yy), raw[2:]
    else:
        return None
    month, day = rest[:2], rest[2:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def parse_code(raw: str) -> CodeSpan | None:
    """Parse the inside of ``[...]``: a code and an optional date restriction."""
    parts = raw.strip().split(None, 1)
    if not parts or not re.fullmatch(r"~?[A-Z-]{3,}", parts[0]):
        return None
    span = CodeSpan(parts[0].lstrip("~"))
    if len(parts) == 2:
        when = parts[1].strip()
        match = _RANGE.match(when)
        if match:
            span.start, span.end = tabari_date(match.group(1)), tabari_date(match.group(2))
        elif when.startswith(">"):
            span.start = tabari_date(when[1:].strip())
        elif when.startswith("<"):
            span.end = tabari_date(when[1:].strip())
    return span


def readable_phrase(raw: str) -> str:
    """``"VLADIMIR_V._PUTIN_"`` -> ``"VLADIMIR V. PUTIN"``."""
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def read_actor_dictionary(lines: Iterable[str]) -> Iterator[TabariEntry]:
    """Entries of a TABARI actor dictionary.

    A line without ``+`` starts a new entry once the current one has codes; before that it is
    another synonym (CountryInfo-derived entries list synonyms that way).
    """
    current: TabariEntry | None = None
    for line in lines:
        text, _, comment = line.partition("#")
        if not text.strip():
            continue
        codes = [span for span in (parse_code(c) for c in _CODE.findall(text)) if span]
        phrase = readable_phrase(_CODE.sub(" ", text).lstrip("+"))
        if text[0] in " \t" and not phrase:
            if current is not None:
                current.codes.extend(codes)
            continue
        if not phrase:
            continue
        starts_entry = not text.startswith("+") and (current is None or current.codes)
        if starts_entry:
            if current is not None:
                yield current
            current = TabariEntry(comment=comment.strip())
        assert current is not None
        current.phrases.append(phrase)
        current.codes.extend(codes)
    if current is not None:
        yield current


def read_agent_dictionary(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(phrase, code) pairs of a TABARI agent dictionary, macros and plurals expanded."""
    macros: dict[str, list[str]] = {}
    for line in lines:
        text = line.partition("#")[0].strip()
        if not text:
            continue
        macro = _MACRO.match(text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(text)
        if not codes:
            continue
        code = codes[0].strip().lstrip("~")
        body = _CODE.sub(" ", text)
        plurals = re.findall(r"\{([^}]*)\}", body)
        body = re.sub(r"\{[^}]*\}", " ", body).strip()
        forms = [body] + [p.strip() for p in plurals if p.strip()]
        for form in forms:
            for expanded in _expand_macros(form, macros):
                phrase = readable_phrase(expanded)
                if phrase:
                    yield phrase, code


def _expand_macros(text: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", text)
    if not match or match.group(1) not in macros:
        return [text.replace("!", "")]
    out: list[str] = []
    for word in macros[match.group(1)]:
        out.extend(_expand_macros(text[:match.start()] + word + text[match.end():], macros))
    return out
