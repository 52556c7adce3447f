"""The records that flow between pipeline stages.

Every stage takes and returns these plain dataclasses (DESIGN.md: "never dicts of unknown shape").
`Event` is the event contract: one source actor acting on one target actor in one sentence. Coding passes
one :class:`Candidate` per (source, target, trigger) through its stages (proposed, typed, selected) and
returns a :class:`CodedDocument`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The 16 PLOVER event types, in the order of the PLOVER manual.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)

#: Hybrid-warfare contexts that shadowline adds on top of PLOVER's 37 contexts.
HYBRID_CONTEXTS: tuple[str, ...] = (
    "information_operations", "separatist_support", "proxy_forces", "cyber",
    "election_interference", "sanctions_evasion", "weaponised_migration", "economic_coercion",
)

MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical", "reported")

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?))?")


def iso_date(value: object, where: str = "") -> str | None:
    """The ISO date (``YYYY-MM-DD``) of an ISO date or date-time string; None for empty; ValueError otherwise.

    The whole value must be the date (or date-time): trailing text is an error, so every date a user
    gives, on the command line or in an input file, is checked the same way.

    >>> iso_date("2024-05-01"), iso_date("2024-05-01T09:30:00Z")
    ('2024-05-01', '2024-05-01')
    """
    if value is None or value == "":
        return None
    text = str(value).strip()
    prefix = f"{where} " if where else ""
    match = _ISO_DATE.fullmatch(text)
    if not match:
        raise ValueError(f"{prefix}{text!r} is not an ISO date (expected YYYY-MM-DD)")
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
        if match[4]:
            datetime.fromisoformat(f"{day.isoformat()}T{match[4].replace('Z', '+00:00')}")
    except ValueError as exc:
        raise ValueError(f"{prefix}{text!r} is not a valid date ({exc})") from exc
    return day.isoformat()


@dataclass(frozen=True)
class InputProblem:
    """Why an input (or one line of it) could not be read: a file of articles (readers) or of another
    dataset's events (importers)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class Document:
    """One input article. `doc_id` is the given id or a content hash of the text."""

    doc_id: str
    text: str
    date: str | None = None  # ISO date of publication, if known
    title: str | None = None
    url: str | None = None
    source: str | None = None  # publisher / feed name
    path: str | None = None  # where it was read from

    @staticmethod
    def content_id(text: str) -> str:
        """Stable id for a text: the first 16 hex digits of its SHA-256."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Sentence:
    """One sentence of a document, with its character offsets in the document."""

    doc_id: str
    index: int
    text: str
    char_start: int
    char_end: int


@dataclass
class Actor:
    """A resolved actor mention.

    `country` is ISO3 (or an IGO/NGO code such as ``NATO`` or ``UNO``), `sector` a PLOVER sector code,
    `cameo_role` the CAMEO role code alongside, `name` the canonical entity, `via` how it was resolved,
    for people to read (dictionary, demonym, metonym, leader, coreference, user dictionary, ...),
    `backer` the ISO3 of a state sponsor for proxies ("Russian-backed juntas" -> backer RUS), `kind`
    what the phrase names (one of :data:`ACTOR_KINDS`); code decides on `kind`, never on `via`.
    `confidence` is 1 for an actor the knowledge base knows by the phrase, lower for one inferred from
    around an unknown name (its title, a state before it, the document's state or an earlier mention).
    """

    text: str
    country: str | None = None
    sector: str | None = None
    cameo_role: str | None = None
    name: str | None = None
    via: str | None = None
    backer: str | None = None
    kind: str | None = None
    confidence: float = 1.0

    @property
    def code(self) -> str:
        """A CAMEO-style compact code, e.g. ``RUSGOV``."""
        return f"{self.country or '---'}{self.cameo_role or ''}"

    def to_dict(self) -> dict[str, Any]:
        """The actor as ``shadowline resolve --format jsonl`` prints it (``backer`` only when known,
        ``confidence`` only when below 1)."""
        record = {k: v for k, v in asdict(self).items() if k not in ("backer", "confidence")}
        if self.backer:
            record["backer"] = self.backer
        if self.confidence < 1:
            record["confidence"] = self.confidence
        return record

    @property
    def names_state(self) -> bool:
        """Whether the phrase names a state as such: by its name, its capital or a seat of its power."""
        return self.kind in STATE_NAMING_KINDS


#: What an actor phrase names: a state, a territory of one, its capital, a seat of its power
#: ("the Kremlin"), an office holder, an organisation, an agent word with its state ("Azeri troops"),
#: a town or city, a people (a demonym alone), or an unknown name whose state the phrase gives.
ACTOR_KINDS = ("state", "territory", "capital", "seat", "leader", "organisation", "agent", "place", "people",
               "unknown name")
#: Kinds that name a state itself.
STATE_NAMING_KINDS = frozenset({"state", "capital", "seat"})


def same_government(a: Actor, b: Actor) -> bool:
    """Whether both actors stand for one state's government: the state, its capital or a seat of its
    power, or its leader, both coded GOV ("Turkey ... and Turkish President Erdogan" is one actor); for an
    intergovernmental body, its seat and its head, both coded IGO ("Brussels" and the EU's president). Two
    leaders named apart are two actors ("Prime Minister Yitzhak Shamir rejected a bid by Industry Minister Ariel
    Sharon")."""
    if a.kind == b.kind == "leader" and a.name and b.name and a.name != b.name:
        return False
    return (a.country is not None and a.country == b.country and a.sector == b.sector and a.sector in ("GOV", "IGO")
            and (a.names_state or a.kind == "leader") and (b.names_state or b.kind == "leader"))


@dataclass
class Location:
    name: str
    iso3: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # GeoNames-style feature class: "PCLI" country, "PPL" city, ...


@dataclass
class Event:
    """The event contract (DESIGN.md, "Event record")."""

    doc_id: str
    sentence_index: int
    sentence: str
    char_start: int
    char_end: int
    source: Actor
    target: Actor
    plover_type: str
    cameo_code: str | None = None
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float | None = None
    plover_score: float | None = None
    plover_mode: str | None = None
    plover_context: list[str] = field(default_factory=list)
    modality: str = "asserted"
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    location: Location | None = None
    confidence: float = 0.0
    coder_version: str = ""
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            self.event_id = event_key(self.doc_id, self.sentence_index, self.source, self.target,
                                      self.plover_type)

    def to_dict(self) -> dict[str, Any]:
        """The event as plain JSON-able data, actors and location nested as objects (an actor's
        ``confidence`` only when below 1, as `Actor.to_dict` writes it)."""
        record = asdict(self)
        for side in ("source", "target"):
            if record[side]["confidence"] >= 1:
                del record[side]["confidence"]
        return record


def event_key(doc_id: str, sentence_index: int, source: Actor, target: Actor, plover_type: str) -> str:
    """Stable hash of (doc, sentence, source, target, type): the event id."""
    raw = "|".join([doc_id, str(sentence_index), source.text, source.country or "",
                    target.text, target.country or "", plover_type])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


@dataclass
class ActorMention:
    """An actor found at a token span of a parsed sentence."""

    actor: Actor
    start: int  # token index in the doc
    end: int  # exclusive
    char_start: int
    char_end: int
    role: str = "head"  # head | owner | recipient | coreference | tagged


@dataclass
class TypeDecision:
    """The event type an event typer gives a candidate; ``plover_type=None`` means no event."""

    plover_type: str | None
    cameo_code: str | None = None
    plover_mode: str | None = None
    plover_context: list[str] = field(default_factory=list)
    confidence: float = 0.0
    probabilities: dict[str, float] | None = None


@dataclass
class Candidate:
    """A source acting on a target through a trigger token: proposed by a candidate stage (`relation` says
    how the target attaches: dobj, prep:to, passive, nominal, tagged, ...), typed by the event typer
    (`decision`), then kept or dropped by the selection."""

    sentence: Span
    trigger: Token
    source: ActorMention
    target: ActorMention
    relation: str
    modality: str = "asserted"
    notes: list[str] = field(default_factory=list)
    sentence_index: int = 0
    decision: TypeDecision | None = None


@dataclass
class CodedDocument:
    """A document with its sentences and the events coded from them."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: event_id -> token spans (start, end) of its source and target mentions in the parsed document
    mention_spans: dict[str, tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)
