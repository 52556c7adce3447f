"""Titles and offices: who holds an office on the date, and what a title, a party's standing or "former"
says about a phrase's sector.

"former US President Barack Obama" is elite (ELI) at any date, "Senator JD Vance" in 2023 a legislator
though our dates have him out of that office, "President Reagan" with no date the president, and
"Armenia's ruling Civil Contract party" the government (GOV).
"""

from __future__ import annotations

from shadowline.actors.knowledge import Entry
from shadowline.actors.matching import Match, choose_entry
from shadowline.actors.reading import NOT_GROUP_KINDS, OFFICE_SECTORS, STATE_KINDS, PhraseReading, is_name, last_words
from shadowline.records import Actor

#: Words that mark a party as in government.
RULING = frozenset({"ruling", "governing"})
#: Words that mark an office as past ("former president", "ex-minister"). "then-president" is not one:
#: it says the office was held at the time the sentence tells of.
FORMER = frozenset("former ex late ousted exiled deposed erstwhile".split())
#: Sectors of heads that name no body of their own ("official", "police"), and of the modifier words that
#: name one ("rebel", "intelligence"): "a rebel official" is REB, "intelligence police" SPY.
GENERIC_OFFICE_SECTORS = frozenset({"GOV", "COP"})
DEFINING_SECTORS = frozenset({"REB", "SPY"})
#: Relational words that name officials: "their Chinese counterparts" are China's officials.
COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def party_standing(reading: PhraseReading, entry: Entry, before: list[str]) -> Entry:
    """PLOVER codes governing parties GOV and opposition parties OPP; the phrase may say which
    ("Armenia's ruling Civil Contract party", "Thailand's opposition People's Party")."""
    if entry.sector != "PTY":
        return entry
    if RULING & set(before):
        sector = "GOV"
    elif "opposition" in before:
        sector = "OPP"
    else:
        return entry
    reading.steps.append(f"a party called {'ruling' if sector == 'GOV' else 'opposition'} in the phrase: {sector}")
    return Entry(**{**entry.__dict__, "sector": sector, "cameo_role": sector})


def seated(reading: PhraseReading, entry: Entry, pp: list[Match]) -> Entry:
    """A party's members "in Congress", "in the Senate", "in parliament" are its lawmakers (LEG)."""
    if entry.sector != "PTY":
        return entry
    for match in pp:
        place = choose_entry(match.entries, reading.date, words=match.is_word)
        if place is not None and place.sector == "LEG" and place.country in (None, entry.country):
            reading.steps.append(f"a party's members in '{match.key}': its lawmakers (LEG)")
            return Entry(**{**entry.__dict__, "sector": "LEG", "cameo_role": "LEG"})
    return entry


def former_holder(reading: PhraseReading, word: Entry, before: list[str]) -> Entry:
    """"a former Kenyan official", "the ex-defence minister": someone out of office is elite (ELI)."""
    if word.sector not in OFFICE_SECTORS or not FORMER & set(before):
        return word
    reading.steps.append(f"'{next(t for t in before if t in FORMER)}' before an office: elite (ELI)")
    return Entry(**{**word.__dict__, "sector": "ELI", "cameo_role": "ELI"})


#: Generic heads whose sector is that of the body named before them ("church leaders", "union leader").
GENERIC_HEADS = frozenset("leader leaders official officials head heads chief chiefs spokesman spokeswoman "
                          "spokesperson representative representatives".split())


#: Outlets that speak for the body named before them ("government websites", "army website"), not media.
#: Heads of a body's members, of no sector alone ("cartel members").
MEMBERS = frozenset({"member", "members"})
OUTLETS = frozenset("website websites account accounts portal portals".split())


def body_sector(reading: PhraseReading, word: Entry, head: Match, modifiers: list[Match]) -> Entry:
    """A generic head after an agent word of another sector takes that sector: "church leaders" are
    religious (REL), "union leader" labour (LAB), "student leaders" education (EDU), "army officials" MIL,
    "cartel members" criminal (CRM); an
    outlet is its body's ("Iranian government websites" are the government's, GOV, not media)."""
    outlet, members = head.key in OUTLETS, head.key in MEMBERS and word.sector == "UNK"
    if not (outlet or members or (head.key in GENERIC_HEADS and word.sector == "GOV")) or not modifiers:
        return word
    body = modifiers[-1]
    if body.end != head.start or not body.is_word:
        return word
    entry = choose_entry(body.entries, reading.date, words=True)
    if entry is None or entry.kind != "agent" or entry.sector in (None, "ELI") or (
            entry.sector == "GOV" and not (outlet or members)):
        return word
    reading.steps.append(f"'{head.key}' of '{body.key}': sector {entry.sector}")
    return Entry(**{**word.__dict__, "sector": entry.sector, "cameo_role": entry.cameo_role or entry.sector})


def office_of_title(reading: PhraseReading, entry: Entry, head: Match, modifiers: list[Match]) -> Entry:
    """A person with offices in several states or bodies, titled with one of them in the phrase ("NATO
    Secretary General Jens Stoltenberg", whom the tables also know as a Norwegian minister): the office the
    title names."""
    if entry.kind != "person" or not modifiers:
        return entry
    named = set()
    for match in modifiers:
        if not match.is_word:
            owner = choose_entry(match.entries, reading.date)
            if owner is not None and owner.country:
                named.add(owner.country)
    if not named or entry.country in named:
        return entry
    offices = [e for e in head.entries if e.kind == "person" and e.country in named]
    if not offices:
        return entry
    chosen = next((e for e in offices if reading.date and e.covers(reading.date)), None)
    chosen = chosen or max(offices, key=lambda e: e.start or "")
    reading.steps.append(f"the title names {chosen.country}: the office there ({chosen.role or chosen.via})")
    return chosen


def office_named(reading: PhraseReading, entry: Entry, modifiers: list[Match], tokens: list[str],
                 head_start: int) -> Entry:
    """A person out of office by our dates (or not yet in one), but titled with an office in the phrase
    ("Kyrgyz security service chief Kamchybek Tashiev", "Senator JD Vance" in 2023): the title says
    what our dates do not, so it gives the sector. "former" before the name makes any office holder
    elite ("former US President Barack Obama", whatever the date)."""
    if entry.kind == "person" and entry.sector in OFFICE_SECTORS and FORMER & set(tokens[:head_start]):
        reading.steps.append(f"'{next(t for t in tokens if t in FORMER)}' before the name: elite (ELI)")
        return Entry(**{**entry.__dict__, "sector": "ELI", "cameo_role": "ELI", "role": "former"})
    out_of_office = entry.role in ("former", "future") or (entry.kind == "person" and entry.sector == "ELI")
    if not out_of_office or not modifiers or FORMER & set(tokens):
        return entry
    title = modifiers[-1]
    office = choose_entry(title.entries, reading.date, words=title.is_word)
    if office is not None and office.kind == "agent" and not office.sector and len(modifiers) > 1:
        # "security service chief Kamchybek Tashiev": the head word of a body is the body's office
        title = modifiers[-2]
        office = choose_entry(title.entries, reading.date, words=title.is_word)
    if office is None or not office.sector or office.sector in ("ELI", "IGO") or office.kind in NOT_GROUP_KINDS:
        return entry
    if office.country and office.country != entry.country:
        return entry
    reading.steps.append(f"titled '{title.key}' in the phrase: sector {office.sector}, not ELI")
    return Entry(**{**entry.__dict__, "sector": office.sector, "cameo_role": office.cameo_role, "role": None})


#: Offices a head's title before a name names ("Prime Minister Nawaz Sharif", "Vice-President Hamilton Mourao"),
#: and those titles.
TITLED_OFFICES = {"president": ("head of state",), "prime": ("head of government", "prime minister"),
                  "premier": ("head of government",), "chancellor": ("head of government",)}
HEAD_TITLES = frozenset(TITLED_OFFICES)


def titled_undated(reading: PhraseReading, entry: Entry, head: Match, tokens: list[str]) -> Entry:
    """A person out of office today, named with no date but with an office word ("President Reagan",
    "the Clinton administration", "his British counterpart Gordon Brown"): the phrase speaks of the
    time the office was held, so the person holds their last office. A date after the term keeps them
    elite (ELI), and "former" does at any date. A head of state or government now in opposition, named
    with that title ("Ukrainian President Petro Poroshenko"), is in that office too."""
    if reading.date or entry.kind != "person" or FORMER & set(tokens):
        return entry
    titled = _titled_office(entry, head, tokens[:head.start])
    if titled is not None:
        reading.steps.append(f"a head's title with no date: {entry.name} in that office ({titled.role})")
        return Entry(**{**titled.__dict__, "role": None})
    if entry.sector == "OPP" and HEAD_TITLES & set(tokens[:head.start]):
        offices = [e for e in head.entries if e.kind == "person" and e.name == entry.name and e.sector == "GOV"]
        if offices:
            office = max(offices, key=lambda e: e.end or "9999")
            reading.steps.append(f"a head's title with no date: {entry.name} in that office, GOV")
            return Entry(**{**office.__dict__, "role": None})
    if entry.sector != "ELI":
        return entry
    if not any(is_office_word(reading, token) for token in tokens[:head.end]):
        return entry
    offices = [e for e in head.entries if e.kind == "person" and e.name == entry.name
               and e.sector in OFFICE_SECTORS]
    if not offices:
        return entry
    office = max(offices, key=lambda e: e.end or "9999")
    reading.steps.append(f"an office word with no date: {entry.name} in their last office, {office.sector}")
    return Entry(**{**office.__dict__, "role": None})


def _titled_office(entry: Entry, head: Match, before: list[str]) -> Entry | None:
    """The person's own office that a head's title before the name names, when the tables know it and it is not the
    entry's: with no date, "Prime Minister Nawaz Sharif" is Pakistan's head of government, not the party leader the
    tables list him as last (decision 0062)."""
    words = [t for t in before if t in TITLED_OFFICES]
    if not words:
        return None
    roles = ("vice president",) if words[-1] == "president" and "vice" in before else TITLED_OFFICES[words[-1]]
    if entry.role in roles:
        return None
    offices = [e for e in head.entries if e.kind == "person" and e.name == entry.name and e.role in roles]
    return max(offices, key=lambda e: e.end or "9999") if offices else None


def is_office_word(reading: PhraseReading, token: str) -> bool:
    """Whether a word names an office or its holder's government ("president", "administration") or
    someone's peer in office ("counterpart")."""
    if token in COUNTERPARTS:
        return True
    return any(reading.kb.entries[number].kind == "agent" and reading.kb.entries[number].sector in OFFICE_SECTORS
               for number in reading.kb.index.get(token, ()))


def armed_or_secret(reading: PhraseReading, word: Entry, modifiers: list[Match], head: Match) -> Entry:
    """"a senior Yemeni rebel official", "Iranian intelligence police": an armed-group or intelligence
    word right before an official or police word says which body they serve."""
    before = modifiers[-1] if modifiers and modifiers[-1].end == head.start else None
    if word.sector not in GENERIC_OFFICE_SECTORS or before is None or not before.is_word:
        return word
    modifier = choose_entry(before.entries, reading.date, words=True)
    if modifier is None or modifier.kind != "agent" or modifier.sector not in DEFINING_SECTORS:
        return word
    reading.steps.append(f"'{before.key}' before '{head.key}': sector {modifier.sector}, not {word.sector}")
    return Entry(**{**word.__dict__, "sector": modifier.sector, "cameo_role": modifier.cameo_role})


def counterparts(reading: PhraseReading, head: Match, before: list[Match], tokens: list[str]) -> Actor | None:
    """"their Chinese counterparts": with no phrase naming whose counterpart, a counterpart is an
    official (GOV) of the state its modifier names (a possessor is whose counterpart: "Russia's
    counterpart" is not Russia)."""
    if head.key not in COUNTERPARTS:
        return None
    source = reading.country_source([m for m in reversed(before) if not m.is_word], tokens)
    if source is None:
        return None
    reading.steps.append(f"'{head.key}' of {source[0].country}: its officials (GOV)")
    return Actor(text=reading.text, country=source[0].country, sector="GOV", cameo_role="GOV",
                 via=f"{source[0].via}+counterpart", kind="agent")


def titled_person(reading: PhraseReading, matches: list[Match], n_tokens: int) -> bool:
    """A phrase that opens with an office title and ends with a person we know ("Minister of Foreign
    Affairs and Expatriates of Jordan Ayman Safadi"): the person is the actor, the words between
    spell out the office, their prepositions do not start a phrase of their own."""
    if len(matches) < 2 or matches[0].start != 0 or matches[-1].end != n_tokens or not matches[0].is_word:
        return False
    title = choose_entry(matches[0].entries, reading.date, words=True)
    person = choose_entry(matches[-1].entries, reading.date)
    name_words = matches[-1].end - matches[-1].start
    if (title is None or title.kind != "agent" or title.sector not in OFFICE_SECTORS or person is None
            or person.kind != "person" or not is_name(last_words(reading.text, name_words))):
        return False
    reading.steps.append(f"the title '{matches[0].key}' opens the phrase and '{matches[-1].key}' ends it: "
                         "the person is the actor")
    return True


#: Relational words for the followers of a person or a party: "Trump supporters" are civilians (CVL), "Iran's
#: supporters" are other states (no actor of their own).
FOLLOWERS = frozenset({"supporters", "supporter", "followers", "loyalists"})


def followers(reading: PhraseReading, head: Match, modifiers: list[Match], owners: list[Match],
              tokens: list[str]) -> Actor | None:
    """"supporters of the opposition leader", "Trump supporters", "several thousand supporters": civilians (CVL)
    in the state of the person, party or people they follow, with no state when none is named; the supporters
    of a state ("Iran's supporters", "supporters of Russia") are its backers, no actor of their own."""
    country = None
    for match in [*modifiers, *owners]:
        entry = None if match.is_word else reading.entry_for(match, tokens)
        if entry is None or not entry.country:
            continue
        if entry.kind in STATE_KINDS or entry.kind in {"capital", "metonym"}:
            reading.steps.append(f"'{head.key}' of the state {entry.country}: its backers, not an actor")
            return None
        country = country or entry.country
    reading.steps.append(f"'{head.key}' of a person, party or people: civilians (CVL)")
    return Actor(text=reading.text, country=country, sector="CVL", cameo_role="CVL", via="agent+followers",
                 kind="agent")


#: Relational words for a person's relatives: "the sons of former president Hosni Mubarak", "Macron's wife".
RELATIVES = frozenset({"son", "sons", "daughter", "daughters", "wife", "husband", "widow", "brother", "brothers",
                       "sister", "sisters", "nephew", "niece", "relative", "relatives"})


def relatives(reading: PhraseReading, head: Match, modifiers: list[Match], owners: list[Match],
              tokens: list[str]) -> Actor | None:
    """"the sons of former president Hosni Mubarak", "Macron's wife": a known person's relatives are elites (ELI,
    as PLOVER codes the family of officials) in the person's state; the relatives of someone unknown are no actor
    the phrase can place."""
    for match in [*owners, *modifiers]:
        entry = None if match.is_word else reading.entry_for(match, tokens)
        if entry is not None and entry.country and entry.kind == "person":
            reading.steps.append(f"'{head.key}' of {entry.name or match.key}: a relative of an official (ELI)")
            return Actor(text=reading.text, country=entry.country, sector="ELI", cameo_role="ELI",
                         via="leader+relative", kind="agent")
    return None

