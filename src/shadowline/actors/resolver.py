"""Resolve a noun phrase from the news to an `Actor`: the one path that `resolve_actor` and
`explain_actor` both walk.

1. Phrase rules that rewrite the phrase: an apposition is the name before it (`_apposition`), an
   office is its holder (`_office_owner`).
2. The token rules (`shadowline.actors.token_rules`): matches, structure, head, composition; with the
   rules of titles (`offices`), named groups (`groups`), unknown names (`unknown_names`) and of people.
3. When nothing resolved: the head of a body is the body (`_head_of`), an owned thing or act its owner
   (`_owned`, `shadowline.actors.owners`).
4. An actor of an intergovernmental body has the sector IGO (`_intergovernmental`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import cache
from importlib import resources

from shadowline.actors.bodies import acronym_definition
from shadowline.actors.knowledge import MAX_RESOLUTIONS, KnowledgeBase
from shadowline.actors.loaders import load_knowledge_base
from shadowline.actors.matching import choose_entry, find_matches, normalise_date
from shadowline.actors.owners import (
    PLACE_PARTS,
    SECTOR_ADJECTIVES,
    TOPIC_ACTS,
    WEAPONS,
    WORSHIP,
    owned_sector,
    owner_phrase,
    place_phrase,
)
from shadowline.actors.reading import OFFICE_SECTORS
from shadowline.actors.regions import in_region
from shadowline.actors.token_rules import TokenResolution
from shadowline.records import Actor

__all__ = ["choose_entry", "explain_actor", "find_matches", "normalise_date", "resolve_actor"]


def resolve_actor(text: str, *, date: str | None = None, country: str | None = None,
                  kb: KnowledgeBase | None = None) -> Actor | None:
    """Resolve a noun phrase to an `Actor`, or None when it names no actor.

    `date` (ISO, year or month precision allowed) picks who held an office; `country` is the
    country the surrounding text is about, used for phrases such as "officials".

    >>> resolve_actor("Azerbaijan's state media").country
    'AZE'
    """
    kb = kb or load_knowledge_base()
    key = (text, date, country)
    actor = kb.resolutions.get(key, _UNSEEN)
    if actor is _UNSEEN:
        actor = _resolve(text, date, country, kb, explain=False)[0]
        if len(kb.resolutions) >= MAX_RESOLUTIONS:
            kb.resolutions.clear()
            kb.key_entries.clear()
        kb.resolutions[key] = actor
    if actor is None:
        return None
    copy = object.__new__(Actor)  # a copy: callers may change theirs (the fields as they are, without replace)
    copy.__dict__.update(actor.__dict__)
    return copy


#: A phrase the base has not resolved yet (None is a resolution: not an actor).
_UNSEEN = Actor("")


def explain_actor(text: str, *, date: str | None = None, country: str | None = None,
                  kb: KnowledgeBase | None = None) -> list[str]:
    """The resolution steps for `text`, ending with the result (for ``resolve --explain``): the same
    path as `resolve_actor`, step by step."""
    actor, steps = _resolve(text, date, country, kb or load_knowledge_base(), explain=True)
    if actor is None:
        steps.append("result: not an actor")
    else:
        backer = f" backer={actor.backer}" if actor.backer else ""
        confidence = f" confidence={actor.confidence:g}" if actor.confidence < 1 else ""
        steps.append(f"result: {actor.code} sector={actor.sector} name={actor.name} via={actor.via}{backer}"
                     f"{confidence}")
    return steps


_POSSESSIVE_START = re.compile(r"^[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)\s")
_OFFICE_OF = re.compile(r"^(?:the\s+)?(?:press\s+)?offices?\s+of\s+(?P<owner>.+)$", re.IGNORECASE)
_OWNERS_OFFICE = re.compile(r"^(?P<owner>.+?)(?:'s|\u2019s|s'|s\u2019)\s+(?:press\s+)?offices?$", re.IGNORECASE)


def _resolve(text: str, date: str | None, country: str | None, kb: KnowledgeBase,
             explain: bool) -> tuple[Actor | None, list[str]]:
    """The one resolution path: the phrase and token rules (`_resolve_rules`), then the IGO sector."""
    actor, steps = _resolve_rules(text, date, country, kb, explain)
    return _intergovernmental(actor, kb, steps), steps


def _intergovernmental(actor: Actor | None, kb: KnowledgeBase, steps: list[str]) -> Actor | None:
    """An actor of an intergovernmental body is coded with the body's code and sector IGO, whatever its
    role inside the body ("the European Commission", "a United Nations prosecutor", "UN aid workers"),
    as PLOVER's coders code them; its forces keep MIL ("UN peacekeepers"), and the CAMEO role stays
    the role inside the body (docs/decisions/0031)."""
    if actor is None or actor.sector in ("IGO", "MIL") or actor.country not in kb.igo_codes:
        return actor
    steps.append(f"{actor.country} is an intergovernmental body: sector IGO, not {actor.sector}")
    return replace(actor, sector="IGO", cameo_role=actor.cameo_role or "IGO")


def _resolve_rules(text: str, date: str | None, country: str | None, kb: KnowledgeBase,
                   explain: bool) -> tuple[Actor | None, list[str]]:
    """The phrase rules below in order, then the token rules of `TokenResolution`, then the head-of rule."""
    steps: list[str] = []
    half = KOREA_HALVES.get(text.strip().lower()) if country in KOREA_HALVES.values() else None
    if half is not None:
        steps.append(f"'{text}' in a story about Korea: {half} (decision 0058)")
        return Actor(text=text, country=half, sector="GOV", cameo_role="GOV", name=None, via="story's Korea",
                     kind="state"), steps
    if _WEST.fullmatch(text):
        steps.append("the West: CAMEO's region code WST, no single state and never the story's")
        return Actor(text=text, country=WEST, sector="GOV", cameo_role="GOV", name="the West", via="region",
                     kind="organisation"), steps
    for rule in (_caption_mark, _quantity, _held_place, _story_state, _congress, _chamber, _justice_title,
                 _acronym_apposition, _apposition, _office_owner):
        part = rule(text) if country or rule not in _STORY_RULES else None  # no story, no story's state
        if part is not None and rule is _congress:
            part = congresses().get(country or "")
        if part is None:
            continue
        note = f"{rule.__doc__.split(':')[0]}: resolving '{part}'"  # type: ignore[union-attr]
        placed = country
        if rule is _story_state and not in_region(text, country):
            # "the Middle Eastern nation" in a story about Germany: a government, not the story's
            note += f" (its region word leaves {country} out: no state)"
            placed = None
        actor = _resolve_part(part, date, placed, kb, explain, steps, note)
        if actor is not None:
            if rule is _apposition:
                actor = _titled_by_apposition(actor, text, date, country, kb, steps)
            if rule is _quantity and actor.kind == "people" and actor.sector == "GOV":
                # "Thousands of Sudanese": a demonym counted names people, not the state acting (decision 0058)
                steps.append("a people counted: civilians (CVL)")
                actor = replace(actor, sector="CVL", cameo_role="CVL")
            return replace(actor, text=text), steps
    resolution = TokenResolution(text, date, country, kb, explain)
    actor = resolution.run()
    steps += resolution.steps
    part = _head_of(text) if actor is None else None
    if part is not None:
        owner = _resolve_part(part, date, country, kb, explain, steps,
                              f"the head of a body is coded as the body: resolving '{part}'")
        if owner is not None and owner.kind in ("organisation", "agent", "state", "seat", "territory"):
            return replace(owner, text=text, name=None if owner.kind == "agent" else owner.name), steps
    if actor is None:
        actor = _owned(text, date, country, kb, explain, steps)
    if actor is None:
        actor = _placed(text, date, country, kb, explain, steps)
    return actor, steps


def _resolve_part(part: str, date: str | None, country: str | None, kb: KnowledgeBase, explain: bool,
                  steps: list[str], note: str) -> Actor | None:
    """The token rules on a part of the phrase that a rule picked, its steps indented under `note`."""
    inner = TokenResolution(part, date, country, kb, explain)
    actor = inner.run()
    steps.append(note)
    steps += ["  " + step for step in inner.steps]
    return actor


#: Kinds of actor that name ground: a part of it is in their state.
GROUND_KINDS = frozenset({"state", "capital", "seat", "place", "territory", "breakaway", "people", "metonym"})


def _placed(text: str, date: str | None, country: str | None, kb: KnowledgeBase, explain: bool,
            steps: list[str]) -> Actor | None:
    """a part of a state's ground is a place in the state of the place that names it ("some parts of North
    Sinai", "the Deraa countryside"): kind place, no sector, which the coder never takes for an actor; a place of
    detention is its state's (GOV), a place of worship its faith's (REL); tried when the phrase names no actor and
    owns nothing."""
    found = place_phrase(text)
    if found is None:
        return None
    part, word = found
    place = _resolve_part(part, date, country, kb, explain, steps, f"'{word}' is a part of the ground of '{part}'")
    if place is None or place.country is None or place.kind not in GROUND_KINDS:
        return None
    if word in PLACE_PARTS:
        return Actor(text, place.country, None, None, None, "place", kind="place")
    if word in WORSHIP:
        return Actor(text, place.country, "REL", "REL", None, "place of worship", kind="place")
    return Actor(text, place.country, "GOV", "GOV", None, "detention", kind="place")


def _owned(text: str, date: str | None, country: str | None, kb: KnowledgeBase, explain: bool,
           steps: list[str]) -> Actor | None:
    """a thing or act stands for its owner ("a U.S. Supreme Court decision", "Syrian government shelling"),
    tried when the phrase names no actor itself; weapons only for an armed owner or a government named as
    such ("Syrian government missiles": its military)."""
    found = owner_phrase(text)
    if found is None:
        return None
    part, word = found
    part = _chamber(part) or part  # "the House vote": the lower house's
    owner = _resolve_part(part, date, country, kb, explain, steps, f"'{word}' stands for its owner: resolving '{part}'")
    unarmed = owner is not None and (owner.sector is None or (owner.sector == "GOV" and owner.kind != "agent"))
    if owner is not None and owner.country is None and (
            part.lower().split()[-1] in SECTOR_ADJECTIVES or word in TOPIC_ACTS):
        # "a judicial reform", "a parliamentary decision": an adjective of a body's sector owns no act; "a police
        # reform", "the military law": what a reform or a law is about is no author
        return None
    if owner is None or (word in WEAPONS and unarmed):
        return None  # "Russian missiles" stay things; "Syrian government missiles" are its military's
    sector = owned_sector(word, owner.sector, state=owner.kind in ("state", "people"))
    if sector != owner.sector:
        steps.append(f"'{word}' of {owner.sector or 'no sector'}: sector {sector}")
    return replace(owner, text=text, sector=sector, cameo_role=owner.cameo_role if sector == owner.sector else sector)


#: "the North" and "the South" of a story about one of the two Koreas.
KOREA_HALVES = {"the north": "PRK", "the south": "KOR"}
#: "the West", "Western powers": the Western states as one side ("Lukashenko accused the West of waging a hybrid
#: war"), CAMEO's region code; capitalised only ("in the west of the country" is a place).
WEST = "WST"
_WEST = re.compile(r"(?:[Tt]he )?West|(?:[Tt]he )?Western (?:countries|powers|nations|governments|states|allies)")
_CAPTION_MARK = re.compile(r"\s*\((?:R|L|C|r|l|c|left|right|centre|center|front|back)\)\s*$")


def _caption_mark(text: str) -> str | None:
    """a photo caption's position mark is not part of the name: "Prime Minister Lee Nak-yon (R)" is the
    prime minister."""
    if not text.rstrip().endswith(")"):
        return None
    match = _CAPTION_MARK.search(text)
    return text[:match.start()] if match and match.start() > 0 else None


_QUANTITY = re.compile(
    r"^(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
    r"(?:(?:tens|hundreds|thousands|dozens|scores|millions)(?:\s+of\s+(?:thousands|millions))?"
    r"|an?\s+(?:(?:large|small|growing|significant|record)\s+)?number|a\s+(?:small\s+)?group|a\s+handful"
    r"|(?:one|some|many|several|most|all|each|few|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?=\s+of\s+(?:the|these|those|its|their|his|her)\s))"
    r"\s+of\s+(?P<rest>.+)$",
    re.IGNORECASE)


def _quantity(text: str) -> str | None:
    """a crowd's size or a part of a group is not the actor: "Tens of thousands of people in Pakistan" are the
    people, "A number of Senators" senators, "some of the protesters" protesters."""
    if "of" not in text.lower():
        return None  # the pattern needs "of"
    match = _QUANTITY.match(text.strip())
    return match.group("rest") if match else None


_HELD = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:(?:nearby|last|remaining|besieged|former)\s+)*"
    r"(?:rebel|opposition|insurgent|militant|jihadist|isis|isil|is|islamic\s+state|daesh|al-shabaab|"
    r"boko\s+haram|separatist)-(?:held|controlled|run)\s+(?P<place>.+)$", re.IGNORECASE)


def _held_place(text: str) -> str | None:
    """a place held by rebels or jihadists stands for its holders, in the place's state: "the rebel-held
    enclave of Eastern Ghouta" and "the ISIS-held old-city area of Mosul" are rebels there."""
    if "-" not in text:
        return None  # "-held", "-controlled", "-run"
    match = _HELD.match(text.strip())
    return f"rebels in {match.group('place')}" if match else None


_STORY_STATE = re.compile(r"^(?:the|this|that)\s+(?:[A-Za-z-]+\s+){0,3}?(?:country|nation)$", re.IGNORECASE)


def _story_state(text: str) -> str | None:
    """the country or the nation is the story's state: "the country", "this West African nation" are the
    government of the context country, and without one no actor (the coder first looks for the latest state
    named); when a region word names a region without the context country ("the Middle Eastern nation" in a story
    about Germany), a government of no known state."""
    return "the government" if _STORY_STATE.match(text.strip()) else None


_CONGRESS = re.compile(r"^(?:[Tt]he\s+)?Congress$")


def _congress(text: str) -> str | None:
    """Congress alone is the legislature of the story's state when it is called so (Peru, the Philippines ...:
    ``congresses.csv``), the US Congress elsewhere and with no story."""
    return text.strip() if _CONGRESS.match(text.strip()) else None


@cache
def congresses() -> dict[str, str]:
    """The phrase a bare "Congress" resolves as in a story about each state whose legislature is called so (package
    data ``congresses.csv``, written by the team)."""
    text = resources.files("shadowline.actors").joinpath("data", "congresses.csv").read_text(encoding="utf-8")
    return {row["country"]: row["resolves_as"] for row in csv.DictReader(text.splitlines())}


#: Phrase rules that read the story's state, and so are skipped without one.
_STORY_RULES = (_story_state, _congress)

_JUSTICE_TITLE = re.compile(
    r"^(?:(?:Chief|Associate|Supreme\s+Court)\s+)?Justice\s+"
    r"(?!(?:Department|Ministry|Minister|Secretary|Commission|Committee|Council|Office|Party|League|Court|and)\b)"
    r"(?P<name>[A-Z].*)$")


def _justice_title(text: str) -> str | None:
    """Justice before a name is a judge's title: "Justice Alexandre de Moraes" is a judge (JUD), though "justice"
    alone names no actor."""
    match = _JUSTICE_TITLE.match(text.strip())
    return f"judge {match.group('name')}" if match else None


_CHAMBER = re.compile(r"^(?:[Tt]he\s+)?House$")


def _chamber(text: str) -> str | None:
    """the House, capitalised and alone, is a legislature's lower chamber: "The House issued a deposition request"
    is the lower house of the story's state (LEG), a house in lower case no actor."""
    return "the lower house" if _CHAMBER.match(text.strip()) else None


def _acronym_apposition(text: str) -> str | None:
    """an acronym in brackets names the body before it: "The National Telecommunications Commission (NTC)"
    is the commission."""
    definition = acronym_definition(text) if "(" in text else None
    return definition[0] if definition else None


_HYPHEN_ADJECTIVE = re.compile(r"(?:^|\s)(?:anti|pro|non)-\S+\s*$", re.IGNORECASE)


def _apposition(text: str) -> str | None:
    """an apposition describes the name before it: "Dmitry Medvedev, deputy chairman of Russia's Security
    Council" is Medvedev, "the SVR, Russia's foreign intelligence service" the SVR ("France, Germany and
    Italy" is a list, not an apposition; an unknown name leaves the whole phrase to the token rules)."""
    name, comma, rest = text.partition(",")
    if not comma:
        return None
    if _HYPHEN_ADJECTIVE.search(name):
        # "an anti-Houthi, pro-government coalition": adjectives before one noun, no name and its description
        return f"{name.strip()} {rest.strip()}"
    rest = rest.strip()
    described = rest[:1].islower() or _POSSESSIVE_START.match(rest) is not None
    if comma and name.strip() and described and " and " not in rest and " or " not in rest:
        return name.strip()
    return None


def _titled_by_apposition(actor: Actor, text: str, date: str | None, country: str | None, kb: KnowledgeBase,
                          steps: list[str]) -> Actor:
    """A person out of office by our dates whom the apposition gives an office ("Zalmay Khalilzad, a US
    peace envoy"): the apposition says what our dates do not, so it gives the sector, as a title does."""
    if actor.kind != "leader" or actor.sector != "ELI":
        return actor
    rest = text.partition(",")[2].strip()
    office = TokenResolution(rest, date, country, kb).run()
    if office is None or office.kind != "agent" or office.sector not in OFFICE_SECTORS - {"ELI"}:
        return actor
    if office.country not in (None, actor.country):
        return actor
    steps.append(f"the apposition '{rest}' gives the office: sector {office.sector}, not ELI")
    return replace(actor, sector=office.sector, cameo_role=office.cameo_role)


_HEAD_OF = re.compile(r"^(?:the\s+|a\s+)?(?:(?:deputy|acting)\s+)?"
                      r"(?:head|chief|leader|commander|director|boss)s?\s+of\s+(?P<body>.+)$", re.IGNORECASE)


def _head_of(text: str) -> str | None:
    """"the head of the armed forces", "the chief of Russia's navy": the body's code (PLOVER codes a
    body's head with the body's sector), tried when the phrase gives nothing itself."""
    match = _HEAD_OF.match(text.strip())
    return match.group("body") if match else None


def _office_owner(text: str) -> str | None:
    """an office is its holder: "the attorney general's office", "the office of President Macron"."""
    if "ffice" not in text:
        return None
    match = _OFFICE_OF.match(text.strip()) or _OWNERS_OFFICE.match(text.strip())
    return match.group("owner") if match else None
