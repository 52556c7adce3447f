"""Word lists of the coding stages, read from ``coding/data/words/<name>.txt`` (one lemma a line, ``#`` comments),
and their small tables, ``coding/data/<name>.csv`` (a header line, ``#`` comments).

>>> "criticise" in word_list("evaluative_verbs")
True
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """The lemmas of the word list `name` (lower case)."""
    path = resources.files("shadowline.coding") / "data" / "words" / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


def event_nouns() -> frozenset[str]:
    """Lemmas of nouns that name an act or a relation between actors ("partnership", "sanctions")."""
    return word_list("event_nouns")


def table(name: str) -> list[dict[str, str]]:
    """The rows of the table ``coding/data/<name>.csv``, without its comment lines."""
    text = (resources.files("shadowline.coding") / "data" / f"{name}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))


@cache
def received_acts() -> dict[str, str]:
    """Noun of a received act -> PLOVER type of the giver's act (``data/received_acts.csv``: "faces criticism from
    the UN" is the UN's ACCUSE)."""
    return {row["noun"]: row["plover_type"] for row in table("received_acts")}
