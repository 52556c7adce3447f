"""Resolve the date of an event from the document date and the sentence's time expressions.

Handles explicit dates ("on 14 May 2024", "May 14, 2024", "in July 2023"), months relative to the
document date ("in May of this year", "in July of last year", "last July", "in May", "last month"),
weekdays ("on Tuesday": the latest such day on or before the document date), "yesterday"/"today", and
years ("in 2021"). The result carries a
precision: day, month or year. With no document date and no absolute expression, the date is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NOT_YEAR_AFTER = r"(?!\s+(?:of\s+)?(?:this\s+year|last\s+year|(?:19|20)\d\d))"
_YEAR = r"((?:19|20)\d{2})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(\d{{2}})-(\d{{2}})\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b", re.I)),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month_this_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?this\s+year\b", re.I)),
    ("month_last_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?last\s+year\b", re.I)),
    ("last_month_name", re.compile(rf"\blast\s+{_MONTH}\b", re.I)),
    ("day_month", re.compile(rf"\b(?:on\s+)?{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("month_day", re.compile(rf"\bon\s+{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|during|early|late|mid-?)\s+{_MONTH}\b{_NOT_YEAR_AFTER}", re.I)),
    ("weekday", re.compile(r"\b(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|during)\s+{_YEAR}\b", re.I)),
]


@dataclass(frozen=True)
class ResolvedDate:
    date: str | None
    precision: str | None  # day | month | year
    expression: str | None = None  # the text that set it, None when it is the document date


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")[:4] if token.lower().startswith("sept") else token.lower().rstrip(".")[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_before(doc_date: date, month: int, strictly: bool) -> int:
    """The year of the latest `month` on or before the document's month (strictly before for 'last')."""
    if month < doc_date.month or (month == doc_date.month and not strictly):
        return doc_date.year
    return doc_date.year - 1


def resolve_date(sentence: str, document_date: str | None) -> ResolvedDate:
    """Resolve the event date for `sentence` given the document date (ISO or None).

    >>> resolve_date("Baku invited separatist leaders last July.", "2024-05-20")
    ResolvedDate(date='2023-07-01', precision='month', expression='last July')
    """
    doc_date = date.fromisoformat(document_date[:10]) if document_date else None
    for kind, pattern in _PATTERNS:
        match = pattern.search(sentence)
        if not match:
            continue
        g = match.groups()
        found: date | None = None
        precision = "day"
        if kind == "iso":
            found = _safe_date(int(g[0]), int(g[1]), int(g[2]))
        elif kind == "day_month_year":
            found = _safe_date(int(g[2]), _month(g[1]), int(g[0]))
        elif kind == "month_day_year":
            found = _safe_date(int(g[2]), _month(g[0]), int(g[1]))
        elif kind == "month_year":
            found, precision = _safe_date(int(g[1]), _month(g[0]), 1), "month"
        elif kind == "year":
            found, precision = _safe_date(int(g[0]), 1, 1), "year"
        elif doc_date is None:
            continue
        elif kind == "month_this_year":
            found, precision = _safe_date(doc_date.year, _month(g[0]), 1), "month"
        elif kind == "month_last_year":
            found, precision = _safe_date(doc_date.year - 1, _month(g[0]), 1), "month"
        elif kind == "last_month":
            year, month = (doc_date.year, doc_date.month - 1) if doc_date.month > 1 else (doc_date.year - 1, 12)
            found, precision = _safe_date(year, month, 1), "month"
        elif kind == "last_year":
            found, precision = _safe_date(doc_date.year - 1, 1, 1), "year"
        elif kind == "last_month_name":
            month = _month(g[0])
            found, precision = _safe_date(_month_before(doc_date, month, strictly=True), month, 1), "month"
        elif kind == "in_month":
            month = _month(g[0])
            found, precision = _safe_date(_month_before(doc_date, month, strictly=False), month, 1), "month"
        elif kind == "day_month":
            month = _month(g[1])
            found = _safe_date(_month_before(doc_date, month, strictly=False), month, int(g[0]))
        elif kind == "month_day":
            month = _month(g[0])
            found = _safe_date(_month_before(doc_date, month, strictly=False), month, int(g[1]))
        elif kind == "weekday":
            back = (doc_date.weekday() - WEEKDAYS[g[0].lower()]) % 7
            if match.group(0).lower().startswith("last") and back == 0:
                back = 7
            found = doc_date - timedelta(days=back)
        elif kind == "yesterday":
            found = doc_date - timedelta(days=1)
        elif kind == "today":
            found = doc_date
        if found is not None:
            return ResolvedDate(found.isoformat(), precision, match.group(0).strip())
    if doc_date is not None:
        return ResolvedDate(doc_date.isoformat(), "day", None)
    return ResolvedDate(None, None, None)
