"""Unknown names: a name the knowledge base lacks, read through what stands around it.

A title or descriptor before it gives the sector ("Texas Governor Greg Abbott", "Greek state broadcaster
ERT"), a word after a known organisation says what kind of body it is ("the Shin Bet security service"),
a body word after it makes a government body ("National Telecommunications Commission"), and a state's
possessive or a demonym before it makes someone of that state ("Kenyan Boniface Mwangi").
"""

from __future__ import annotations

from shadowline.actors.bodies import BODY_CONFIDENCE, BODY_CONTEXT_CONFIDENCE, PLACING_KINDS
from shadowline.actors.knowledge import Entry
from shadowline.actors.matching import Match, choose_entry
from shadowline.actors.reading import (
    OFFICE_SECTORS,
    POSSESSOR_CONFIDENCE,
    STATE_KINDS,
    PhraseReading,
    is_name,
    last_words,
)
from shadowline.records import Actor

#: Head words for an intergovernmental body's armed force: MIL, as its peacekeepers (docs/decisions/0031).
FORCE_WORDS = frozenset({"force", "forces"})

#: Named heads that may stand before an unknown name and still name the actor ("the Histadrut labour federation").
DESCRIPTOR_KINDS = frozenset({"metonym", "union", "party", "company", "media", "institution", "armed_group",
                              "igo", "ngo", "movement", "religious"})
#: Words after an organisation's name that say what kind of body it is, or name its equipment.
KIND_WORDS = frozenset(
    "service services agency union federation confederation party movement group organisation organization "
    "militia company firm broadcaster network channel newspaper daily council assembly court "
    "vessel vessels ship ships boat boats aircraft jets warplanes drones helicopters".split())
#: Words after an actor naming a group of its people or one of them ("the U.S. Army training team", "the
#: Syrian army command", "police convoy", "a German government source", "Afghan Army trainees"): the group
#: is the actor it belongs to.
UNIT_WORDS = frozenset(
    "team teams command unit units convoy convoys patrol patrols squad squads crew crews contingent contingents "
    "detachment detachments column columns personnel staff source sources trainee trainees recruit recruits "
    "entity entities".split())
#: Words that deny the actor after them ("non-government sources").
NEGATING = frozenset({"non"})
#: Words that go on with a person's name by their father's ("Salman bin Abdulaziz").
PATRONYMIC = frozenset({"bin", "ibn", "bint", "ould"})
#: Words that begin an Arab family name after a person's own names ("Salman bin Abdulaziz Al Saud").
FAMILY_PARTICLES = frozenset({"al", "el"})
#: Words after a name that make it another person's (a son's) or no name part.
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Most unknown words after a descriptor that still read as a name.
MAX_UNKNOWN_NAME = 4
#: Kinds of place whose name is also a given name ("Vladimir", "Sofia", "Florence") after a title.
TOWN_KINDS = frozenset({"place", "capital"})


def state_and_name(reading: PhraseReading, matches: list[Match], possessive: set[int], head_end: int) -> Actor | None:
    """A state's possessive before a capitalised name we do not know ("Quebec's Hells Angels",
    "Kenya's Tom Mboya Party"), or a demonym before a person's name ("Kenyan Boniface Mwangi"):
    someone of that state, sector unknown. Lowercase words after the possessive are things, not
    names ("Russia's gas"); a demonym needs a full name after it (two words or more)."""
    if not matches or matches[0].start != 0 or any(m.start < head_end for m in matches[1:]):
        return None
    state = choose_entry(matches[0].entries, reading.date)
    if state is None or not state.country:
        return None
    if matches[0].end - 1 in possessive and state.kind in STATE_KINDS:
        rest = reading.text.split("'s", 1)[1].split() if "'s" in reading.text else []
        cue = f"'{matches[0].key}'s'"
    elif state.kind == "demonym" and matches[0].end == 1:
        rest = reading.text.split()[1:]
        rest = rest if len(rest) >= 2 else []
        cue = f"the demonym '{matches[0].key}'"
    else:
        return None
    if not rest or len(rest) > MAX_UNKNOWN_NAME or not is_name(rest):
        return None
    reading.steps.append(f"unknown name after {cue}: someone of {state.country}, sector unknown")
    return Actor(text=reading.text, country=state.country, sector=None, cameo_role=None,
                 via=f"inferred from the state before the name ({state.via}+name)", kind="unknown name",
                 confidence=POSSESSOR_CONFIDENCE)


def named_body(reading: PhraseReading, matches: list[Match], tokens: list[str], head_end: int) -> Actor | None:
    """An unknown name before a body word ("National Telecommunications Commission", "United States
    Commission on International Religious Freedom") is a body of its own: the government body (GOV) of
    the state the phrase names, else of the document's state; with neither, no actor we can place."""
    body = tokens[head_end - 1]
    for match in matches:
        if match.start == head_end - 1 or match.is_word:
            continue
        entry = reading.entry_for(match, tokens)
        if entry is not None and entry.country and entry.kind in PLACING_KINDS:
            country, via, confidence = entry.country, entry.via, BODY_CONFIDENCE
            break
    else:
        part = intergovernmental_part(reading, matches, tokens, head_end)
        if part is not None:
            return part
        if not reading.context:
            reading.steps.append(f"'{body}' after an unknown name: a body of its own, and no state places it")
            return None
        country, via, confidence = reading.context, "context", BODY_CONTEXT_CONFIDENCE
    if body in CHAMBER_BODIES and LEGISLATIVE_WORDS & set(tokens[:head_end - 1]):
        # "the House Judiciary Committee", "a parliamentary committee of inquiry": the legislature's body
        reading.steps.append(f"'{body}' of a legislature after an unknown name: legislature of {country} ({via})")
        return Actor(text=reading.text, country=country, sector="LEG", cameo_role="LEG",
                     via=f"inferred from the body's name ({via}+{body})", kind="unknown name",
                     confidence=confidence)
    reading.steps.append(f"'{body}' after an unknown name: a body of its own, government of {country} ({via})")
    return Actor(text=reading.text, country=country, sector="GOV", cameo_role="GOV",
                 via=f"inferred from the body's name ({via}+{body})", kind="unknown name",
                 confidence=confidence)


#: Body words of a chamber's own bodies, and the words that say the chamber is a legislature (decision 0057).
CHAMBER_BODIES = frozenset({"committee", "subcommittee", "caucus", "panel"})
LEGISLATIVE_WORDS = frozenset({"house", "senate", "congressional", "parliamentary", "parliament", "assembly",
                               "legislative", "congress"})


#: Talks a body brokers ("EU-mediated talks"): what it does between others, not a part of it.
TALK_HEADS = frozenset({"talks", "negotiations", "dialogue"})
BROKERING = frozenset({"mediated", "brokered", "sponsored", "facilitated"})


def intergovernmental_part(reading: PhraseReading, matches: list[Match], tokens: list[str],
                           head_end: int) -> Actor | None:
    """A head the tables do not know after an intergovernmental body, the one name before it ("a UN human
    rights expert", "the EU's diplomatic chief", "UN special rapporteur Agnes Callamard", "the U.N.
    Conciliation Commission", "the Mercosur bloc"): a person or part of the body, coded with the body's code
    and sector IGO, as PLOVER codes any actor of the body; its force ("the UN's peacekeeping force") MIL
    (docs/decisions/0031)."""
    if tokens[head_end - 1] in TALK_HEADS and head_end > 1 and tokens[head_end - 2] in BROKERING:
        return None  # "EU-mediated talks": talks the body brokers, not a part of it
    named = [m for m in matches if m.end <= head_end and m.start != head_end - 1 and not m.is_word]
    if len(named) != 1 or named[0].entries[0].kind != "igo" or named[0].start != 0:
        return None  # the body opens the phrase: "National Telecommunications Commission (NTC)" is no EU part
    entry = reading.entry_for(named[0], tokens)
    if entry is None or entry.kind != "igo" or not entry.country:
        return None
    sector = "MIL" if tokens[head_end - 1] in FORCE_WORDS else "IGO"
    reading.steps.append(f"'{tokens[head_end - 1]}' after '{named[0].key}': a person or part of {entry.name} "
                         f"({sector})")
    return Actor(text=reading.text, country=entry.country, sector=sector, cameo_role=sector, name=entry.name,
                 via=f"{entry.via}+unknown head", kind="organisation")


def name_then_kind(reading: PhraseReading, matches: list[Match], tokens: list[str], head_end: int) -> Match | None:
    """A named organisation followed by words saying what kind of body it is, or by its equipment
    ("the Shin Bet security service", "the United Auto Workers union", "Chinese coast guard vessels")."""
    return _followed_by(reading, matches, tokens, head_end, KIND_WORDS, agents=False)


def unit_of(reading: PhraseReading, matches: list[Match], tokens: list[str], head_end: int) -> Match | None:
    """An actor followed by a word naming a group of its people, with at most one word between
    ("the U.S. Army training team", "The Syrian army command", "police convoy"): that actor."""
    return _followed_by(reading, matches, tokens, head_end, UNIT_WORDS, agents=True)


def _followed_by(reading: PhraseReading, matches: list[Match], tokens: list[str], head_end: int,
                 words: frozenset[str], *, agents: bool) -> Match | None:
    """The last match before the head, at most two words before it, when the head is one of `words` and
    the match a named body (or, with `agents`, an agent word with a sector)."""
    before = [m for m in matches if m.end <= head_end]
    if not before or not 0 < head_end - before[-1].end <= 2 or tokens[head_end - 1] not in words:
        return None
    last = before[-1]
    if last.start > 0 and tokens[last.start - 1] in NEGATING:
        return None  # "non-government sources" are no government's
    if agents and last.is_word:
        word = choose_entry(last.entries, reading.date, words=True)
        return last if word is not None and word.kind == "agent" and word.sector else None
    entry = choose_entry(last.entries, reading.date)
    return last if entry is not None and entry.kind in DESCRIPTOR_KINDS - {"metonym"} else None


def patronymic(reading: PhraseReading, matches: list[Match], tokens: list[str], head_end: int) -> Match | None:
    """A person followed by their father's and family names ("Saudi King Salman bin Abdulaziz Al Saud",
    "Emir Tamim bin Hamad Al Thani"), by their family name alone ("Salman bin Abdulaziz Al Saud" when the knowledge
    base knows "Salman bin Abdulaziz") or by one more name of their own ("President Salva Kiir Mayardit"): the
    person ("Donald Trump Jr" is another)."""
    before = [m for m in matches if m.end <= head_end]
    if not before or head_end != len(tokens) or before[-1].end >= head_end:
        return None
    rest = tokens[before[-1].end:head_end]
    one_more = len(rest) == 1 and rest[0] not in NAME_SUFFIXES and is_name(reading.text.split()[-1:])
    family = len(rest) == 2 and rest[0] in FAMILY_PARTICLES
    if not one_more and not family and (rest[0] not in PATRONYMIC or len(rest) > MAX_UNKNOWN_NAME + 1):
        return None
    if before[-1].end - before[-1].start < 2:
        return None  # a given name alone ("Khalid bin Mohamed Al Attiyah") is anybody's
    entry = choose_entry(before[-1].entries, reading.date)
    return before[-1] if entry is not None and entry.kind == "person" else None


def name_descriptor(reading: PhraseReading, matches: list[Match], tokens: list[str],
                    head_end: int) -> Match | None:
    """The title or descriptor before a name the knowledge base does not know ("Greek state
    broadcaster ERT", "Texas Governor Greg Abbott"): the last match before at most
    :data:`MAX_UNKNOWN_NAME` capitalised words that end the phrase, if it is an agent word or a named
    organisation. A country, demonym or capital followed by an unknown word is not enough
    ("Russian gas", "Kabul airport")."""
    before = [m for m in matches if m.end <= head_end]
    if not before or head_end - before[-1].end > MAX_UNKNOWN_NAME or head_end != len(tokens):
        return None
    last = before[-1]
    if not is_name(last_words(reading.text, head_end - last.end)):
        return None  # "the army chief spokesman": lowercase words are no name
    if last.is_word:
        title = title_before_name(reading, before, head_end)
        if title is not None:
            return title
        word = choose_entry(last.entries, reading.date, words=True)
        return last if word is not None and word.kind == "agent" and word.sector else None
    entry = choose_entry(last.entries, reading.date)
    if entry is not None and entry.kind in TOWN_KINDS:
        return title_before_name(reading, before, head_end, town=entry)
    return last if entry is not None and entry.kind in DESCRIPTOR_KINDS else None


def title_before_name(reading: PhraseReading, before: list[Match], head_end: int,
                      town: Entry | None = None) -> Match | None:
    """An office title right before a capitalised word that would name another sector ("Attorney-General
    Christian Porter", "Interior Minister Gloria Pastor") or a `town` that is also a given name ("opposition
    politician Vladimir Kara-Murza"): the word is part of the name, the title decides the sector."""
    if len(before) < 2 or before[-2].end != before[-1].start or not before[-2].is_word:
        return None
    title = choose_entry(before[-2].entries, reading.date, words=True)
    word = town or choose_entry(before[-1].entries, reading.date, words=True)
    name_words = head_end - before[-2].end
    if title is None or word is None or title.kind != "agent" or not title.sector:
        return None
    if town is None and (title.sector not in OFFICE_SECTORS or word.sector in OFFICE_SECTORS):
        return None
    if (name_words > MAX_UNKNOWN_NAME or (town is not None and name_words < 2)
            or not is_name(last_words(reading.text, name_words))):
        return None
    reading.steps.append(f"'{before[-1].key}' after the title '{before[-2].key}' is part of the name")
    return before[-2]
