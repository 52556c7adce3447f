"""Hybrid-warfare contexts of an event, from cue words in its sentence and its actors' backers.

The cue lists live in ``coding/data/hybrid_cues.yaml``; a learned context head can replace them behind
:func:`hybrid_contexts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from shadowline.records import Actor


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    text = (resources.files("shadowline.coding") / "data" / "hybrid_cues.yaml").read_text(encoding="utf-8")
    table: dict[str, list[str]] = yaml.safe_load(text)
    patterns = {}
    for context, cues in table.items():
        alternatives = "|".join(re.escape(c) if c.startswith("-") else r"\b" + re.escape(c) for c in cues)
        patterns[context] = re.compile(alternatives, re.I)
    return patterns


def hybrid_contexts(sentence: str, source: Actor, target: Actor) -> list[str]:
    """Hybrid contexts signalled in `sentence` for an event between `source` and `target`.

    >>> hybrid_contexts("Azerbaijan's state media amplified the protests.", Actor("x"), Actor("y"))
    ['information_operations']
    """
    found = [name for name, pattern in _cue_patterns().items() if pattern.search(sentence)]
    if (source.backer or target.backer) and "proxy_forces" not in found:
        found.append("proxy_forces")
    return found
