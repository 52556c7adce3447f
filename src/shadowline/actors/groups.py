"""Named groups: the members of a group are the group ("Hamas fighters", "members of the PKK"), a
name shared from state to state takes the state the phrase names, and a transnational group is placed
where the phrase or the story places it ("IS militants near Mosul" is Iraq).
"""

from __future__ import annotations

from dataclasses import replace

from shadowline.actors.knowledge import Entry
from shadowline.actors.matching import Match, choose_entry
from shadowline.actors.reading import BACKING, NOT_GROUP_KINDS, STATE_KINDS, PhraseReading, former_possession
from shadowline.records import Actor

#: Head words naming the people of a group: "Hamas fighters" is Hamas, not a generic armed agent.
MEMBER_WORDS = frozenset(
    "fighter fighters militant militants member members gunman gunmen commander commanders leader leaders "
    "militiaman militiamen operative operatives cadre cadres combatant combatants insurgent insurgents "
    "loyalist loyalists agent agents officer officers official officials spokesman spokesperson "
    "spokeswoman soldier soldiers troops forces units unit leadership chief chiefs remnants cells cell "
    "affiliate affiliates branch wing group groups movement organisation organization outfit faction".split()) | {
    "militant group", "armed group", "rebel group", "terrorist group", "militant organisation",
    "militant organization", "terrorist organisation", "terrorist organization"}
#: Member words for armed men: with a ruling armed group ("Taliban fighters") they are its rebels, REB.
ARMED_MEMBER_WORDS = frozenset("fighter fighters militant militants gunman gunmen insurgent insurgents militiaman "
                               "militiamen combatant combatants guerrilla guerrillas jihadist jihadists".split())
#: Code of transnational militant groups (ISIS, al-Qaeda): a branch named with a state takes that state.
TRANSNATIONAL = "IMG"
#: Organisation kinds whose names recur from state to state (unions, parties, agencies, broadcasters).
SHARED_NAME_KINDS = frozenset({"union", "party", "company", "media", "institution"})


def member_group(reading: PhraseReading, head: Match, modifiers: list[Match], possessors: list[Match],
                 pp: list[Match], tokens: list[str], prep: int | None) -> Actor | None:
    """The named group whose members the head word names ("Hamas fighters", "members of ISIS")."""
    if head.key not in MEMBER_WORDS:
        return None
    named = [m for m in modifiers if not m.is_word][-1:]  # "the Hezbollah militant group": Hezbollah
    candidates = [m for m in named if not any(t in BACKING for t in tokens[m.end:head.start])]
    if prep is not None and tokens[prep] in ("of", "from"):
        candidates += pp[:1]
    candidates += possessors[-1:]
    for match in candidates:
        if match.is_word:
            word = choose_entry(match.entries, reading.date, words=True)
            if match in pp and word is not None and word.kind == "agent" and word.sector not in (None, "GOV"):
                reading.steps.append(f"'{head.key}' of '{match.key}': sector from the group word")
                # "leaders of separatist movements in French territories": a later place gives the state
                place = reading.country_source([m for m in pp if m.start > match.start and not m.is_word
                                                and not former_possession(tokens, m)], tokens)
                if place is not None:
                    return reading.agent_actor(place[0].country, word, f"{place[0].via}+agent", None)
                return reading.agent_actor(reading.context, word, "context+agent" if reading.context else "agent", None)
            continue
        entry = choose_entry(match.entries, reading.date)
        if entry is None or entry.kind in NOT_GROUP_KINDS or entry.kind == "demonym" or not entry.sector:
            continue
        reading.steps.append(f"'{head.key}' of the group '{match.key}': the group is the actor")
        if entry.kind == "armed_group" and entry.sector == "GOV" and head.key in ARMED_MEMBER_WORDS:
            # "Taliban fighters" after 2021: the ruling group's armed men are still coded as rebels
            reading.steps.append(f"'{head.key}' of a ruling armed group: its armed men (REB)")
            entry = Entry(**{**entry.__dict__, "sector": "REB", "cameo_role": "REB"})
        actor = reading.entity_actor(entry, None, via_suffix="+members")
        if entry.country == TRANSNATIONAL:
            return explicit_country(reading, actor, entry, [m for m in possessors + pp if m is not match], tokens)
        return actor
    return None


def explicit_country(reading: PhraseReading, actor: Actor, entry: Entry, before: list[Match],
                     tokens: list[str]) -> Actor:
    """An organisation named with another state in front ("Argentina's General Confederation of
    Labour"): names are shared across states, the state written in the phrase is not. A
    transnational group takes the state where the phrase places it, by a state or a town ("Islamic
    State fighters in Syria" -> SYR, "IS militants near Mosul" -> IRQ), else the context's state
    (`_transnational_in_context`)."""
    transnational = entry.country == TRANSNATIONAL
    if entry.kind not in SHARED_NAME_KINDS and not transnational:
        return actor
    placing = ("country", "demonym", *STATE_KINDS) + (("place",) if transnational else ())
    for match in reversed(before):
        if match.is_word or reading.is_backer(tokens, match):
            continue
        state = choose_entry(match.entries, reading.date)
        if state is None or state.kind not in placing or not state.country:
            continue
        if state.country not in (actor.country, actor.backer):
            reading.steps.append(f"'{match.key}' names the state: {state.country}, not {actor.country}")
            return replace(actor, country=state.country, via=f"{actor.via}+{state.via}")
        break
    return transnational_in_context(reading, actor) if transnational else actor


def transnational_in_context(reading: PhraseReading, actor: Actor) -> Actor:
    """A transnational group the phrase does not place ("ISIS", "al-Qaeda fighters") acts in the state
    the surrounding text is about: event coders code a militant group to the state where it operates."""
    if not reading.context or actor.country != TRANSNATIONAL:
        return actor
    reading.steps.append(f"a transnational group the phrase does not place: the context's state {reading.context}")
    return replace(actor, country=reading.context, via=f"{actor.via}+context")


def group_stands_for(reading: PhraseReading, entry: Entry, match: Match, head: Match, backer: str | None,
                     pp: list[Match], tokens: list[str]) -> Actor | None:
    """A word of no sector after a named group stands for the group ("Islamic State targets in Syria's
    Hama province", "Hamas targets"): the group is the actor, placed as the group is."""
    if not entry.sector or entry.kind in NOT_GROUP_KINDS or entry.kind == "demonym":
        return None
    reading.steps.append(f"'{head.key}' of the group '{match.key}': the group is the actor")
    actor = reading.entity_actor(entry, backer, via_suffix=f"+{head.key}")
    return explicit_country(reading, actor, entry, pp, tokens)
