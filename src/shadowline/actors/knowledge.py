"""The actor knowledge base: its entries and the phrase index over them (loading is in `loaders`).

Every phrase (name, alias, demonym, capital, agent word) is reduced by `phrase_key` and stored in
one dict; the resolver looks up n-grams of a phrase's tokens in it, longest first.
Entries come in tiers; a lower tier wins when several sources know the same phrase:
0 user dictionaries, 1 team-written tables, 2 open (MIT) tables, 3 share-alike tables, 4 places.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from shadowline.actors.codes import CAMEO_RELIGIONS, CAMEO_ROLES
from shadowline.actors.phrases import phrase_key, plural_forms
from shadowline.records import Actor

#: How an entry kind is named in `Actor.via`.
VIA = {"country": "country", "demonym": "demonym", "capital": "capital metonym", "metonym": "metonym",
       "territory": "territory", "breakaway": "territory", "region": "territory", "occupied": "territory",
       "disputed": "territory", "partially recognised": "country", "person": "leader", "place": "place",
       "agent": "agent", "relational": "relational", "nonactor": "non-actor"}
#: Sectors of the offices in the leaders tables (others are GOV).
ROLE_SECTORS = {"defence minister": ("GOV", "MIL"), "paramilitary leader": ("PRM", "MIL"),
                "rebel leader": ("REB", "REB"), "military commander": ("MIL", "MIL"), "speaker": ("LEG", "LEG"),
                "opposition leader": ("OPP", "OPP"), "prosecutor": ("JUD", "JUD"),
                # a leader of the opposition who sits in parliament: PLOVER's primary sector is the
                # legislature, OPP its secondary code (kept as the CAMEO role; docs/decisions/0024)
                "parliamentary opposition leader": ("LEG", "OPP"),
                # the head of an intergovernmental body is coded as the body, as any body's head is
                "secretary general": ("IGO", "IGO"), "high commissioner": ("IGO", "IGO"),
                "commissioner general": ("IGO", "IGO"), "executive director": ("IGO", "IGO"),
                "religious leader": ("REL", "REL"), "intelligence chief": ("SPY", "SPY"),
                "police chief": ("COP", "COP"), "chief justice": ("JUD", "JUD"),
                "occupation head": ("PRE", "SEP")}
TERRITORY_SECTORS = {"breakaway": ("PRE", "SEP")}
#: Sector codes of the older dictionaries (Phoenix, NGEC) that PLOVER spells otherwise: NGOs are civil society.
SECTOR_SPELLINGS = {"NGO": "SOC", "PPL": "CVL"}
#: Resolutions a base remembers before it forgets them all and starts again.
MAX_RESOLUTIONS = 50_000


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
    #: For each first word of a key, the lengths (in words) of its keys, longest first.
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The office holders of the team tables by the last word of each of their names, reached by the
    #: surname index or not (`shadowline.actors.surnames.index_namesakes`).
    namesakes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: What `resolve_actor` found for (phrase, date, country): news names the same actors again and again, and
    #: resolution is a function of the phrase and this base alone. Emptied when the base changes; at most
    #: :data:`MAX_RESOLUTIONS` phrases are kept.
    resolutions: dict[tuple[str, str | None, str | None], Actor | None] = field(
        default_factory=dict, repr=False, compare=False)
    #: The entries of each key that `find_matches` met, made once (a stored base makes an entry from its row
    #: when first reached); emptied with `resolutions`. Shared lists: read them, never change them.
    key_entries: dict[str, list[Entry]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, entry: Entry, phrases: Iterable[str], *, plurals: bool = False) -> int:
        """Add an entry reachable by each of `phrases` (and their plurals if asked); return its number."""
        number = len(self.entries)
        self.entries.append(entry)
        self.index_phrases(number, phrases, plurals=plurals)
        return number

    def index_phrases(self, number: int, phrases: Iterable[str], *, plurals: bool = False) -> None:
        """Make entry `number` reachable by more phrases, after the entries that already have them."""
        entry = self.entries[number]
        self.resolutions.clear()
        self.key_entries.clear()
        self.__dict__.pop("igo_codes", None)  # a new entry may be a body
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
                # buckets stay ordered by tier (stable), so a lookup needs no sort
                at = next((i for i, other in enumerate(bucket) if self.entries[other].tier > entry.tier), len(bucket))
                bucket.insert(at, number)
            size = key.count(" ") + 1
            self.max_tokens = max(self.max_tokens, size)
            first = key.split(" ", 1)[0]
            known = self.lengths.get(first, ())
            if size not in known:
                self.lengths[first] = tuple(sorted((*known, size), reverse=True))

    @cached_property
    def igo_codes(self) -> frozenset[str]:
        """Codes of intergovernmental bodies (``UNO``, ``EUR``, ``NATO``, ``ICC`` ...): those of the `igo`
        entries, less CAMEO's generic role and religion codes that older tables file there (``NGO``)."""
        fields_of = getattr(self.entries, "fields_of", None)  # a base read from the cache file: no entries made
        pairs = fields_of("kind", "country") if fields_of else ((e.kind, e.country) for e in self.entries)
        return frozenset(country for kind, country in pairs if kind == "igo" and country  # type: ignore[misc]
                         and country not in CAMEO_ROLES and country not in CAMEO_RELIGIONS)

    def lookup(self, key: str) -> list[Entry]:
        """Entries of an exact key, best tier first."""
        return [self.entries[i] for i in self.index.get(key, ())]

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
