"""PLOVER event types, modes, contexts (with shadowline's hybrid-warfare contexts), sectors and scores."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from shadowline.ontology.tables import definitions, table


@dataclass(frozen=True)
class Sector:
    """A PLOVER actor sector with the CAMEO role code that stands for it ("" where CAMEO has none).

    Watch the trap: PLOVER ``MED`` is health (CAMEO ``HLH``); PLOVER ``JRN`` is CAMEO ``MED`` (media).
    """

    code: str
    description: str
    cameo_role: str


def _check_type(plover_type: str) -> str:
    if plover_type not in _types():
        raise ValueError(f"unknown PLOVER type {plover_type!r}; expected one of {', '.join(_types())}")
    return plover_type


@cache
def _types() -> dict[str, dict[str, str]]:
    return {row["type"]: row for row in table("plover_types.csv")}


@cache
def _mode_scores() -> dict[tuple[str, str], float]:
    return {(row["type"], row["mode"]): float(row["score"]) for row in table("plover_modes.csv")}


def plover_types() -> list[str]:
    """The 16 PLOVER event types in manual order: ``plover_types()[0] == "AGREE"``."""
    return list(_types())


def plover_definition(plover_type: str) -> str:
    """shadowline's own one-paragraph definition of a PLOVER type (``plover_definition("AID")``)."""
    return str(definitions()["types"][_check_type(plover_type)])


def plover_modes(plover_type: str) -> list[str]:
    """The modes of a type, e.g. ``plover_modes("CONSULT") == ["multilateral", "phone", ...]``; [] if none."""
    _check_type(plover_type)
    return [mode for (kind, mode) in _mode_scores() if kind == plover_type]


def mode_description(plover_type: str, mode: str) -> str:
    """A short description of one mode in our words: ``mode_description("ASSAULT", "drone")``."""
    modes = definitions()["modes"].get(_check_type(plover_type), {})
    if mode not in modes:
        raise ValueError(f"{plover_type} has no mode {mode!r}; its modes: {', '.join(modes) or 'none'}")
    return str(modes[mode])


@cache
def contexts() -> dict[str, str]:
    """Context name -> definition: PLOVER's 37 contexts, then the hybrid-warfare ones.

    ``cyber`` is both a PLOVER and a hybrid context and appears once, with both definitions.
    """
    merged = {row["context"]: row["definition"] for row in table("plover_contexts.csv")}
    for name, text in definitions()["hybrid_contexts"].items():
        merged[name] = f"{merged[name]}. Hybrid warfare: {text}" if name in merged else str(text)
    return merged


def is_hybrid(context: str) -> bool:
    """True for shadowline's hybrid-warfare contexts (``is_hybrid("proxy_forces")``, also ``"cyber"``)."""
    return context in definitions()["hybrid_contexts"]


@cache
def sectors() -> dict[str, Sector]:
    """The 25 PLOVER sector codes: ``sectors()["JRN"].cameo_role == "MED"``."""
    return {row["code"]: Sector(row["code"], row["description"], row["cameo_role"])
            for row in table("plover_sectors.csv")}


def plover_score(plover_type: str, mode: str | None = None) -> float:
    """PLOVER's conflict-cooperation score (-10..10) of a type, or of a mode where it has its own.

    ``plover_score("ASSAULT") == -9.0``; ``plover_score("ASSAULT", "drone") == -9.5``. An unknown
    mode falls back to the type's score.
    """
    row = _types()[_check_type(plover_type)]
    return _mode_scores().get((plover_type, mode or ""), float(row["score"]))


def quad_class(plover_type: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return int(_types()[_check_type(plover_type)]["quad_class"])


def requires_recipient(plover_type: str) -> bool:
    """Whether PLOVER requires a target actor for the type (COOPERATE, AID, SANCTION)."""
    return _types()[_check_type(plover_type)]["requires_recipient"] == "1"
