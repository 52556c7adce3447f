"""World regions named by an adjective in a phrase ("the West African nation", "the Gulf state"): the states a
phrase can refer to. `region_words.csv` is written by the team (one row a region: its words, its states' ISO3).

>>> sorted(region_states("the Baltic state"))
['EST', 'LTU', 'LVA']
>>> region_states("the country") is None
True
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources


@cache
def _regions() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    text = resources.files("shadowline.actors").joinpath("data", "region_words.csv").read_text(encoding="utf-8")
    rows = [(word, frozenset(row["states"].split())) for row in csv.DictReader(text.splitlines())
            for word in row["words"].split("|")]
    rows.sort(key=lambda row: -len(row[0]))  # "west african" before "african"
    return tuple((re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE), states)
                 for word, states in rows)


def region_states(text: str) -> frozenset[str] | None:
    """The states of the first (longest) region word in `text`, or None when it names no region."""
    for pattern, states in _regions():
        if pattern.search(text):
            return states
    return None


def in_region(text: str, country: str | None) -> bool:
    """Whether `country` can be what `text` refers to: it names no region, or a region holding the country."""
    states = region_states(text)
    return states is None or country in states
