"""Word lists of the coding stages, read from ``coding/data/words/<name>.txt`` (one lemma a line, ``#`` comments).

>>> "criticise" in word_list("evaluative_verbs")
True
"""

from __future__ import annotations

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
