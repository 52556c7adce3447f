"""Dictionary matches over a phrase's tokens, and the choice of entry on a date.

>>> from shadowline.actors import load_knowledge_base
>>> [m.key for m in find_matches(["russian", "troops"], load_knowledge_base())]
['russian', 'troops']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from shadowline.actors.knowledge import Entry, KnowledgeBase

#: Entry kinds that are words (agent, relational and non-actor words), not names.
WORD_KINDS = frozenset({"agent", "relational", "nonactor"})
#: Days after leaving office in which a story still tells of the office holder: the story of a commander's
#: killing or a minister's dismissal, days later, codes them in the office they held (docs/decisions/0037).
RECENT_OFFICE_DAYS = 14


@dataclass
class Match:
    """A dictionary hit over tokens [start, end)."""

    start: int
    end: int
    key: str
    entries: list[Entry]

    @property
    def is_word(self) -> bool:
        """Whether the best reading of the match is an agent/relational word, not a named entity."""
        return self.entries[0].kind in WORD_KINDS


def normalise_date(date: str | None) -> str | None:
    """``"2024"`` -> ``"2024-07-01"``, ``"2024-05"`` -> ``"2024-05-15"``; full dates unchanged."""
    if not date:
        return None
    date = date.strip()[:10]
    if len(date) == 4:
        return f"{date}-07-01"
    if len(date) == 7:
        return f"{date}-15"
    return date


#: Words of an intergovernmental body's name that make it a name even in lowercase.
LOWERCASE_BODY_WORDS = 3


def find_matches(tokens: list[str], kb: KnowledgeBase, capitalised: set[int] | None = None) -> list[Match]:
    """Longest dictionary matches, scanning left to right; unmatched tokens are skipped.

    With `capitalised` (the indices of tokens written with a capital), a name needs one of its
    words written so: "the island" is no Iceland, "in order to" no group called The Order. User
    dictionary entries match as written, and so do the names of intergovernmental bodies of three words or more.
    """
    matches: list[Match] = []
    index, lengths, entries_of, made = kb.index, kb.lengths, kb.entries, kb.key_entries
    i, n = 0, len(tokens)
    while i < n:
        for length in lengths.get(tokens[i], ()):
            if length > n - i:
                continue
            key = tokens[i] if length == 1 else " ".join(tokens[i:i + length])
            entries = made.get(key)
            if entries is None:
                bucket = index.get(key)
                if bucket is None:
                    continue
                entries = made[key] = [entries_of[number] for number in bucket]
            if capitalised is not None and not capitalised.intersection(range(i, i + length)):
                # an intergovernmental body's name of three words or more is its name however written ("the
                # international criminal court")
                entries = [e for e in entries if e.kind in WORD_KINDS or e.tier == 0
                           or (e.kind == "igo" and length >= LOWERCASE_BODY_WORDS)]
                if not entries:
                    continue
            if length > 1 and _name_runs_on(tokens, i, length, entries, kb):
                continue  # "President Lai" of "President Lai Ching-te": the title, then the whole name
            matches.append(Match(i, i + length, key, entries))
            i += length
            break
        else:
            i += 1
    return matches


def _name_runs_on(tokens: list[str], i: int, length: int, entries: list[Entry], kb: KnowledgeBase) -> bool:
    """Whether a longer key that starts inside the match at `i` runs past it and names the same person: an alias
    such as "President Lai" must not cut "President Lai Ching-te" short of the full name."""
    end = i + length
    names = {e.name for e in entries if e.kind == "person"}
    if not names:
        return False
    for j in range(i + 1, end):
        for other in kb.lengths.get(tokens[j], ()):
            if j + other <= end or j + other > len(tokens):
                continue
            bucket = kb.index.get(" ".join(tokens[j:j + other]))
            if bucket and any(kb.entries[number].name in names for number in bucket):
                return True
    return False


def choose_entry(entries: list[Entry], date: str | None, *, words: bool = False) -> Entry | None:
    """The entry meant on `date`: best tier first, then one valid on the date, then the latest."""
    pool = [e for e in entries if (e.kind in WORD_KINDS) == words]
    if not pool:
        return None
    if len(pool) == 1 and not (date and (pool[0].start or pool[0].end) and pool[0].kind == "person"):
        return pool[0]
    best = pool[0].tier  # entries come best tier first
    everyone, pool = pool, [e for e in pool if e.tier == best]
    if date:
        valid = [e for e in pool if e.covers(date) and (e.start or e.end)]
        valid = valid or [e for e in pool if not e.start and not e.end]
        if valid:
            return valid[0]
        # a person the best table knows only in a later office, in office on the date by a lower one: "Alvaro
        # Uribe" in 2005 is Colombia's president (a head of state of leaders_countryinfo.csv), not the senator he
        # became in 2014
        if len(everyone) > len(pool) and all(e.kind == "person" and e.start and date < e.start for e in pool):
            held = [e for e in everyone[len(pool):] if e.kind == "person" and e.start and e.covers(date)
                    and all(e.country == p.country for p in pool)]
            if held:
                return held[0]
        people = all(e.kind == "person" for e in pool)
        earlier = [e for e in pool if e.end and e.end <= date]
        if earlier and people:
            latest = max(earlier, key=lambda e: e.end or "")
            if _days_between(latest.end, date) <= RECENT_OFFICE_DAYS:
                return Entry(**{**latest.__dict__, "role": "recent"})
            return Entry(**{**latest.__dict__, "sector": "ELI", "cameo_role": "ELI", "role": "former"})
        if people and all(e.start and date < e.start for e in pool):
            # before the first office we know of: most were already in public life, in that office's sector
            # more often than not; a title in the phrase overrides it ("Senator JD Vance" in 2023)
            first = min(pool, key=lambda e: e.start or "")
            return Entry(**{**first.__dict__, "role": "future"})
        return max(pool, key=lambda e: e.start or "")
    current = [e for e in pool if (e.start or e.end) and not e.end]
    if current:
        return max(current, key=lambda e: e.start or "")
    return max(pool, key=lambda e: (e.end or "9999", e.start or ""))


def _days_between(start: str | None, end: str) -> int:
    """Days from one ISO date to a later one; a date that does not parse is far away."""
    try:
        return (Date.fromisoformat(end[:10]) - Date.fromisoformat((start or "")[:10])).days
    except ValueError:
        return 1 << 30
