"""Loading the actor knowledge base: the bundled tables, GeoNames places and user dictionaries.

`load_knowledge_base` builds the base once per process and per list of user files; the bundled part is
also kept in a cache file between processes (see `shadowline.actors.cache`).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from shadowline.actors.cache import load_or_build
from shadowline.actors.codes import CAMEO_OWN_COUNTRY_CODES
from shadowline.actors.knowledge import ROLE_SECTORS, TERRITORY_SECTORS, Entry, KnowledgeBase
from shadowline.actors.phrases import phrase_key
from shadowline.actors.places import add_places
from shadowline.actors.surnames import add_surnames, index_namesakes
from shadowline.actors.userdict import load_user_dictionary, read_user_dictionary


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
                 cameo_role=cameo, start=_month(row["start"]), end=_month(row["end"]),
                 aliases=tuple(_split(row["aliases"])), role=role, source=source, tier=tier)


def _month(value: str | None) -> str | None:
    """An office date as an ISO day: ``2019-04`` -> ``2019-04-01``."""
    value = _none(value)
    return f"{value}-01" if value and len(value) == 7 else value


def _office_holder(row: dict[str, str], source: str) -> Entry:
    """A row of office_holders.csv: like a leaders row, with its PLOVER sector written out."""
    role, sector = row["role"].strip(), row["sector"].strip()
    cameo = ROLE_SECTORS.get(role, (sector, sector))[1]
    return Entry(code=row["name"], kind="person", name=row["name"], country=row["country"], sector=sector,
                 cameo_role=cameo, start=_month(row["start"]), end=_month(row["end"]),
                 aliases=tuple(_split(row["aliases"])), role=role, source=source, tier=1)


def _entity(row: dict[str, str], source: str, tier: int) -> Entry:
    return Entry(code=row["code"], kind=row["kind"], name=row["name"], country=_none(row["country"]),
                 sector=_none(row["sector"]), cameo_role=_none(row["cameo_role"]),
                 backer=_none(row["backer"]),
                 start=_none(row["start"]), end=_none(row["end"]), aliases=tuple(_split(row["aliases"])),
                 source=source, tier=tier)


#: Words of a minister's title: the minister is in government whatever the portfolio.
MINISTER_WORDS = frozenset({"minister", "ministers", "ministry", "ministries"})


def _load_agents(kb: KnowledgeBase, name: str, tier: int) -> None:
    for row in _rows(name):
        entry = Entry(code=row["phrase"], kind=row["kind"], name=row["phrase"],
                      sector=_minister_sector(row["phrase"], _none(row["sector"])),
                      cameo_role=_none(row["cameo_role"]), source=name, tier=tier)
        kb.add(entry, [row["phrase"]], plurals=row["kind"] != "nonactor")


def _minister_sector(phrase: str, sector: str | None) -> str | None:
    """A minister's portfolio gives the CAMEO role, never the sector: "the information minister" and "the
    Minister for Communications" are in government (GOV, CAMEO MED), as PLOVER codes every minister; a former
    or shadow minister keeps the table's ELI or PTY."""
    if sector in (None, "GOV", "ELI", "PTY") or not MINISTER_WORDS & set(phrase.split()):
        return sector
    return "GOV"


def build_knowledge_base(user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
    """Load the bundled tables and the given user YAML dictionaries into a new knowledge base."""
    kb = build_bundled_base()
    for path in user_files:
        load_user_dictionary(kb, Path(path))
    return kb


def build_bundled_base() -> KnowledgeBase:
    """The knowledge base of the bundled tables and GeoNames places, built from the files."""
    kb = KnowledgeBase()
    territories = _rows("territories.csv")
    for row in territories:
        if row["iso3"] in CAMEO_OWN_COUNTRY_CODES:
            row["parent"] = ""  # a country of its own in CAMEO: Hong Kong is HKG
    parents = {row["iso3"]: row["parent"] for row in territories if row["iso3"] and row["parent"]}
    people = [_leader(row, "leaders.csv", 1) for row in _rows("leaders.csv")]
    people += [_office_holder(row, "office_holders.csv") for row in _rows("office_holders.csv")]
    office_holders = [kb.add(entry, [entry.name, *entry.aliases]) for entry in people]
    name_words = frozenset(word for entry in people for word in phrase_key(entry.name).split(" "))
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
    add_places(kb, name_words)
    _load_agents(kb, "agents_open.csv", 2)
    _load_countries(kb, "countries_mledoze.csv", 3, parents)
    _load_countries(kb, "countries_countryinfo.csv", 3, parents)
    for row in _rows("leaders_countryinfo.csv"):
        entry = _leader(row, "leaders_countryinfo.csv", 3)
        kb.add(entry, [entry.name])
    add_surnames(kb, office_holders)
    index_namesakes(kb, office_holders)
    return kb


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...]) -> KnowledgeBase:
    # read the user files first: a mistake in one is reported before the bundled base is loaded
    user_entries = [item for path in paths for item in read_user_dictionary(Path(path))]
    kb = load_or_build(build_bundled_base)
    for entry, phrases, plurals in user_entries:
        kb.add(entry, phrases, plurals=plurals)
    return kb


def load_knowledge_base(user_files: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base with the bundled tables plus `user_files` (YAML), cached per file list in this
    process; the bundled part also in a cache file between processes (`shadowline.actors.cache`).

    >>> kb = load_knowledge_base()
    >>> kb.lookup("kremlin")[0].country
    'RUS'
    """
    return _cached(tuple(str(Path(p).resolve()) for p in user_files))
