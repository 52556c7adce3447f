"""The actor knowledge base: entries loaded from package data and user dictionaries, and the index.

Every phrase (name, alias, demonym, capital, agent word) is reduced by `phrase_key` and stored in
one dict; the resolver looks up n-grams of a phrase's tokens in it, longest first.
Entries come in tiers; a lower tier wins when several sources know the same phrase:
0 user dictionaries, 1 team-written tables, 2 open (MIT) tables, 3 share-alike tables, 4 places.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from shadowline.actors.phrases import phrase_key, plural_forms

#: How an entry kind is named in `Actor.via`.
VIA = {"country": "country", "demonym": "demonym", "capital": "capital metonym", "metonym": "metonym",
       "territory": "territory", "breakaway": "territory", "region": "territory", "occupied": "territory",
       "disputed": "territory", "partially recognised": "country", "person": "leader", "place": "place",
       "agent": "agent", "relational": "relational", "nonactor": "non-actor"}
ROLE_SECTORS = {"defence minister": ("GOV", "MIL"), "paramilitary leader": ("PRM", "MIL"),
                "rebel leader": ("REB", "REB"), "military commander": ("MIL", "MIL"), "speaker": ("LEG", "LEG"),
                "opposition leader": ("OPP", "OPP"), "prosecutor": ("JUD", "JUD"),
                "religious leader": ("REL", "REL"), "intelligence chief": ("SPY", "SPY"),
                "police chief": ("COP", "COP"), "chief justice": ("JUD", "JUD")}
TERRITORY_SECTORS = {"breakaway": ("PRE", "SEP")}
#: Sector codes of the older dictionaries (Phoenix, NGEC) that PLOVER spells otherwise: NGOs are civil society.
SECTOR_SPELLINGS = {"NGO": "SOC", "PPL": "CVL"}


@dataclass
class Entry:
    """One knowledge-base entry: an entity (with its validity dates) or an agent word."""

    code: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    cameo_role: str | None = None
    backer: str | None = None
    start: str | None = None
    end: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    source: str = ""
    tier: int = 1

    def __post_init__(self) -> None:
        self.sector = SECTOR_SPELLINGS.get(self.sector, self.sector) if self.sector else self.sector

    @property
    def via(self) -> str:
        """How a resolution through this entry is described."""
        if self.tier == 0:
            return "user dictionary"
        return VIA.get(self.kind, "dictionary")

    def covers(self, date: str) -> bool:
        """Whether the entry is valid on an ISO date (open ends always are)."""
        return (not self.start or self.start <= date) and (not self.end or date < self.end)


@dataclass
class KnowledgeBase:
    """All entries and the phrase index over them."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    max_tokens: int = 1

    def add(self, entry: Entry, phrases: Iterable[str], *, plurals: bool = False) -> None:
        """Add an entry reachable by each of `phrases` (and their plurals if asked)."""
        number = len(self.entries)
        self.entries.append(entry)
        keys: dict[str, None] = {}
        for phrase in phrases:
            key = phrase_key(phrase)
            if key:
                keys[key] = None
                if plurals:
                    keys.update(dict.fromkeys(plural_forms(key)))
        for key in keys:
            bucket = self.index.setdefault(key, [])
            if number not in bucket:
                bucket.append(number)
            self.max_tokens = max(self.max_tokens, key.count(" ") + 1)

    def lookup(self, key: str) -> list[Entry]:
        """Entries of an exact key, best tier first."""
        return sorted((self.entries[i] for i in self.index.get(key, ())), key=lambda e: e.tier)

    def search(self, text: str, limit: int = 50) -> list[Entry]:
        """Entries whose phrase equals `text`, then those whose phrases contain it as words."""
        key = phrase_key(text)
        if not key:
            return []
        found = self.lookup(key)
        seen = {id(e) for e in found}
        padded = f" {key} "
        for other, numbers in self.index.items():
            if len(found) >= limit:
                break
            if other != key and padded in f" {other} ":
                for number in numbers:
                    entry = self.entries[number]
                    if id(entry) not in seen:
                        seen.add(id(entry))
                        found.append(entry)
        return found[:limit]

    def show(self, code: str) -> list[Entry]:
        """Entries with this entry code (``WAGNER``); failing that, those of this country code."""
        code = code.strip().upper()
        exact = [e for e in self.entries if e.code.upper() == code]
        return exact or [e for e in self.entries if (e.country or "") == code and e.kind != "agent"]

    def sizes(self) -> dict[str, int]:
        """Number of entries per kind, plus ``phrases`` (distinct index keys)."""
        counts: dict[str, int] = {}
        for entry in self.entries:
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        counts["phrases"] = len(self.index)
        return dict(sorted(counts.items()))


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("shadowline.actors").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v.strip()]


def _none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _load_countries(kb: KnowledgeBase, name: str, tier: int, parents: dict[str, str]) -> None:
    for row in _rows(name):
        iso3 = row["iso3"]
        if len(iso3) != 3 or not iso3.isalpha():
            continue
        parent = parents.get(iso3) or row.get("parent") or ""
        kind, country = ("territory", parent) if parent else ("country", iso3)
        base: dict[str, Any] = dict(name=row["name"], country=country, source=name, tier=tier)
        names = [row["name"], *_split(row["names"])]
        kb.add(Entry(code=iso3, kind=kind, aliases=tuple(names), **base), names)
        demonyms = _split(row["demonyms"])
        if demonyms:
            kb.add(Entry(code=iso3, kind="demonym", aliases=tuple(demonyms), **base), demonyms, plurals=True)
        capitals = _split(row["capitals"])
        if capitals and not parent:
            kb.add(Entry(code=iso3, kind="capital", sector="GOV", cameo_role="GOV", aliases=tuple(capitals),
                         **base), capitals)


def _leader(row: dict[str, str], source: str, tier: int) -> Entry:
    role = row["role"].strip()
    sector, cameo = ROLE_SECTORS.get(role, ("GOV", "GOV"))
    return Entry(code=row["name"], kind="person", name=row["name"], country=row["country"], sector=sector,
                 cameo_role=cameo, start=_none(row["start"]), end=_none(row["end"]),
                 aliases=tuple(_split(row["aliases"])), role=role, source=source, tier=tier)


def _entity(row: dict[str, str], source: str, tier: int) -> Entry:
    return Entry(code=row["code"], kind=row["kind"], name=row["name"], country=_none(row["country"]),
                 sector=_none(row["sector"]), cameo_role=_none(row["cameo_role"]),
                 backer=_none(row["backer"]),
                 start=_none(row["start"]), end=_none(row["end"]), aliases=tuple(_split(row["aliases"])),
                 source=source, tier=tier)


def _load_agents(kb: KnowledgeBase, name: str, tier: int) -> None:
    for row in _rows(name):
        entry = Entry(code=row["phrase"], kind=row["kind"], name=row["phrase"], sector=_none(row["sector"]),
                      cameo_role=_none(row["cameo_role"]), source=name, tier=tier)
        kb.add(entry, [row["phrase"]], plurals=row["kind"] != "nonactor")


def build_knowledge_base(user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
    """Load the bundled tables and the given user YAML dictionaries into a new knowledge base."""
    from shadowline.actors.userdict import load_user_dictionary

    kb = KnowledgeBase()
    for path in user_files:
        load_user_dictionary(kb, Path(path))
    territories = _rows("territories.csv")
    parents = {row["iso3"]: row["parent"] for row in territories if row["iso3"] and row["parent"]}
    for row in _rows("leaders.csv"):
        entry = _leader(row, "leaders.csv", 1)
        kb.add(entry, [entry.name, *entry.aliases])
    for row in _rows("organisations.csv"):
        entry = _entity(row, "organisations.csv", 1)
        kb.add(entry, [entry.name, *entry.aliases])
    for row in _rows("metonyms.csv"):
        kb.add(Entry(code=row["phrase"], kind="metonym", name=row["name"], country=row["country"],
                     sector=row["sector"], cameo_role=row["cameo_role"], source="metonyms.csv"),
               [row["phrase"]])
    for row in territories:
        sector, cameo = TERRITORY_SECTORS.get(row["kind"], (None, None))
        kind = row["kind"] if row["parent"] else "country"
        entry = Entry(code=row["iso3"] or row["name"], kind=kind, name=row["name"],
                      country=row["parent"] or row["iso3"], sector=sector, cameo_role=cameo,
                      aliases=tuple(_split(row["aliases"])), role=row["kind"], source="territories.csv")
        kb.add(entry, [row["name"], *entry.aliases])
        demonyms = _split(row.get("demonyms"))
        if demonyms:
            kb.add(Entry(code=entry.code, kind="demonym", name=row["name"], country=entry.country,
                         aliases=tuple(demonyms), role=row["kind"], source="territories.csv"),
                   demonyms, plurals=True)
    _load_agents(kb, "agents.csv", 1)
    _load_countries(kb, "countries_open.csv", 2, parents)
    for row in _rows("actors_phoenix.csv"):
        entry = _entity(row, "actors_phoenix.csv", 4 if row["kind"] == "place" else 2)
        kb.add(entry, [entry.name, *entry.aliases])
    _load_agents(kb, "agents_open.csv", 2)
    _load_countries(kb, "countries_mledoze.csv", 3, parents)
    _load_countries(kb, "countries_countryinfo.csv", 3, parents)
    for row in _rows("leaders_countryinfo.csv"):
        entry = _leader(row, "leaders_countryinfo.csv", 3)
        kb.add(entry, [entry.name])
    return kb


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...]) -> KnowledgeBase:
    return build_knowledge_base(paths)


def load_knowledge_base(user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base with the bundled tables plus `user_files` (YAML), cached per file list.

    >>> kb = load_knowledge_base()
    >>> kb.lookup("kremlin")[0].country
    'RUS'
    """
    return _cached(tuple(str(Path(p).resolve()) for p in user_files))
