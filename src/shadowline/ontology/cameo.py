"""CAMEO event codes with GDELT Goldstein weights, and the CAMEO <-> PLOVER crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from shadowline.ontology.tables import table

#: The code a CAMEO/TABARI verb dictionary gives a phrase that codes no event.
NULL_CODE = "---"


def plural(word: str) -> str:
    """Regular English plural the TABARI way: ``+S``, ``Y -> IES``, ``SS -> SSES``."""
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code. ``code`` is always a string with its leading zero ("010", "0311")."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int  # GDELT's: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict


@dataclass(frozen=True)
class PloverMapping:
    """Where a CAMEO code lands in PLOVER; ``type`` is None for the dropped roots 01 and 02."""

    type: str | None
    mode: str | None
    context: tuple[str, ...]


def normalise_code(code: str | int) -> str:
    """Repair a CAMEO code read as a number: ``normalise_code(311) == "0311"``, ``42 -> "042"``.

    Codes of roots 01-09 lose their zero when ICEWS files or spreadsheets read them as numbers. A
    string that is already a known code is kept, so ``10`` stays the root "10" (DEMAND): "010"
    read as a number cannot be told from it, which is why files should keep codes as text.
    """
    text = str(code).strip()
    if text in _events():
        return text
    padded = "0" + text
    return padded if padded in _events() else text


@cache
def _events() -> dict[str, CameoCode]:
    return {row["code"]: CameoCode(row["code"], row["name"], row["root"], float(row["goldstein"]),
                                   int(row["quad_class"])) for row in table("cameo_events.csv")}


@cache
def _crosswalk() -> dict[str, PloverMapping | None]:
    return {row["cameo_code"]: (PloverMapping(row["plover_type"], row["plover_mode"] or None,
                                              tuple(c for c in row["plover_context"].split(";") if c))
                                if row["plover_type"] else None)
            for row in table("cameo_plover.csv")}


@cache
def _defaults() -> dict[tuple[str, str], str]:
    return {(row["plover_type"], row["plover_mode"]): row["cameo_code"]
            for row in table("plover_cameo_defaults.csv")}


def cameo_codes() -> list[str]:
    """All 311 CAMEO event codes, sorted as strings."""
    return list(_events())


def cameo_event(code: str) -> CameoCode | None:
    """The CAMEO code's name, root, Goldstein weight and quad class; None for an unknown code.

    >>> cameo_event("0311").goldstein
    5.2
    """
    return _events().get(code) if isinstance(code, str) else None


def goldstein(cameo_code: str) -> float | None:
    """GDELT's Goldstein weight (-10..10) of a CAMEO code, None if the code is unknown."""
    event = cameo_event(cameo_code)
    return event.goldstein if event else None


def plover_from_cameo(code: str) -> PloverMapping | None:
    """PLOVER type, mode and contexts for a CAMEO code: ``plover_from_cameo("190").type == "ASSAULT"``.

    Codes the PLOVER table leaves out inherit their parent's mapping; roots 01 (statements) and 02
    (appeals), which PLOVER dropped, and unknown codes give None.
    """
    return _crosswalk().get(code) if isinstance(code, str) else None


def cameo_default(plover_type: str, mode: str | None = None) -> str:
    """The CAMEO code that stands for a PLOVER type or (type, mode): ``cameo_default("AID") == "070"``."""
    defaults = _defaults()
    if (plover_type, "") not in defaults:
        raise ValueError(f"unknown PLOVER type {plover_type!r}")
    return defaults.get((plover_type, mode or ""), defaults[(plover_type, "")])
