"""The token rules of actor resolution: one phrase's tokens, matches and structure to an `Actor`.

`shadowline.actors.resolver` runs these rules between its phrase rules. Their order
(docs/actors.md, "Resolution order"):

1. Normalise and tokenise; find the longest dictionary matches left to right (a name needs a
   capitalised word; a given-name state or a town beside an unknown name is part of that name).
2. Split the phrase: possessor (``X's``) / head region / prepositional phrase (``in Y``, ``of Y``).
3. The head is the match on the last word of the head region. A named entity there (leader,
   organisation, metonym, country) is the actor; an agent word ("state media") gives the sector and
   the country comes from, in order: a modifier ("Russian"), the prepositional phrase, the possessor,
   the `country` context. A relational head ("partner", "ally") is not its possessor: the actor
   is the prepositional phrase ("Baku's top defense partner in Ankara" is Turkey).
4. A modifier followed by ``-backed``/``-funded`` ... names a backer, not the actor's country.
5. Members of a named group ("Hamas fighters", "members of the PKK") are the group itself; a bare
   state or territory ("France") is the state acting as a whole (``GOV``); the authorities of a
   breakaway or occupied region are ``PRE``; goods made somewhere ("Chinese-made drones") are not actors.

The rules of titles and offices, named groups, unknown names and names of people live in their own
modules (`shadowline.actors.offices`, `.groups`, `.unknown_names`, `.people`); `TokenResolution.run`
decides which apply, in the order above.
"""

from __future__ import annotations

from dataclasses import replace

from shadowline.actors.bodies import is_named_body
from shadowline.actors.groups import TRANSNATIONAL, explicit_country, group_stands_for, member_group
from shadowline.actors.knowledge import Entry
from shadowline.actors.matching import WORD_KINDS, Match, choose_entry, find_matches
from shadowline.actors.offices import (
    FOLLOWERS,
    RELATIVES,
    armed_or_secret,
    body_sector,
    counterparts,
    followers,
    former_holder,
    office_named,
    office_of_title,
    party_standing,
    relatives,
    seated,
    titled_person,
    titled_undated,
)
from shadowline.actors.people import demonym_alone, given_names, people, private_person
from shadowline.actors.phrases import cased_tokens
from shadowline.actors.places import NAMESAKE
from shadowline.actors.reading import BACKING, STATE_KINDS, PhraseReading, former_possession
from shadowline.actors.regions import region_states
from shadowline.actors.unknown_names import (
    intergovernmental_part,
    name_descriptor,
    name_then_kind,
    named_body,
    patronymic,
    state_and_name,
    unit_of,
)
from shadowline.records import Actor

PREPOSITIONS = frozenset("of in from at for on with to against near by over inside within across".split())
TRAILING = frozenset("itself himself herself themselves too also alone again now today yesterday jointly "
                     "together said says".split())
#: Participles between an agent and the body it works for ("workers employed by the UNHCR"): the agent is the head.
SERVING = frozenset("employed hired contracted commissioned working serving deployed dispatched sent loyal allied "
                     "affiliated aligned linked tied connected".split())
#: Envoys of a state: a body named beside their state is where they serve ("U.S. UN ambassador").
DIPLOMATS = frozenset("ambassador ambassadors envoy envoys representative representatives delegate delegates".split())
#: Diplomats and missions a state posts abroad: "in" a place after them names their posting, not their state ("Iran's
#: charge d'affaires in Baghdad", "China's embassy in Manila").
POSTED = DIPLOMATS | frozenset("diplomat diplomats embassy embassies consul consulate mission".split()) | {
    "charge daffaires"}
#: Missions a state keeps abroad: "in" a place after them never names their state.
MISSIONS = frozenset("embassy embassies consulate consulates".split())
#: Heads of the people a body employs: "workers of" a named body are the body's (its sector), not labour.
WORKERS = frozenset("worker workers staff staffer staffers employee employees volunteer volunteers".split())
#: Sectors of the bodies whose workers are coded as the body: charities and bodies above states (a company's or a
#: state's workers stay labour).
STAFFED_SECTORS = frozenset({"SOC", "IGO"})
#: Agent words of several states: the context's state is not theirs ("Some European countries").
SEVERAL_STATES = frozenset({"countries", "nations"})
#: A company's legal form after its name ("Freeport-McMoRan Inc"): the name is the head.
LEGAL_FORMS = frozenset("inc ltd corp llc plc gmbh".split())
#: Territory kinds whose own authorities are de facto, not the claiming state's (sector PRE).
SEPARATE_ROLES = frozenset({"breakaway", "occupied"})
#: Entry kinds that are states or places: the chief of one is its official, not the place itself.
PLACE_ENTRY_KINDS = STATE_KINDS | frozenset({"demonym", "capital", "metonym", "place", "breakaway"})
#: Kinds of entry that name a state as its possessor: the state or its seat of government ("Moscow's ambassador").
STATE_SEATS = STATE_KINDS | frozenset({"capital", "metonym", "seat"})
#: Prepositions whose phrase is where an envoy is sent ("Russia's ambassador to Washington"), not the state.
DESTINATION = frozenset({"to"})
#: A country word followed by one of these names where goods come from: "Chinese-made drones".
MADE = frozenset("made built manufactured produced designed supplied sourced origin".split())


class TokenResolution(PhraseReading):
    """The token rules run on one phrase, with the explanation steps they took."""

    def _not_opposed(self, matches: list[Match], tokens: list[str]) -> list[Match]:
        """"anti-Israel protesters", "anti-Taliban forces", "an anti-Houthi coalition": what the phrase is against
        is not what it is; a person opposed still places the phrase in the person's state ("anti-Assad rebels").
        "the pro-EU opposition": a body above states the phrase is for is a stance, not the actor (a state after
        "pro-" is a backer, `is_backer`)."""
        kept = []
        for match in matches:
            before = tokens[match.start - 1] if match.start > 0 else ""
            kind = match.entries[0].kind
            if (before == "anti" and kind != "person") or (before == "pro" and kind == "igo"):
                if self.explain:
                    self.steps.append(f"'{before}-{match.key}' is a stance on {match.key}, not it")
                continue
            kept.append(match)
        return kept

    def run(self) -> Actor | None:
        tokens, possessive, capitalised = cased_tokens(self.text, query=True)
        if self.explain:
            self.steps.append(f"tokens: {tokens}")
        if not tokens:
            return None
        matches = given_names(self, find_matches(tokens, self.kb, capitalised), tokens, capitalised,
                                   possessive)
        if "anti" in tokens or "pro" in tokens:
            matches = self._not_opposed(matches, tokens)
        if self.explain:
            self.steps.append("matches: " + (", ".join(f"'{m.key}' -> {self.describe(m)}" for m in matches)
                                             or "none"))
        covered = {i: m for m in matches for i in range(m.start, m.end)}
        prep = next((i for i, t in enumerate(tokens) if t in PREPOSITIONS and i > 0
                     and (i not in covered or _ends_in_preposition(covered[i], i))), None)
        if prep is not None and titled_person(self, matches, len(tokens)):
            prep = None
        head_end = prep if prep is not None else len(tokens)
        while head_end > 0 and tokens[head_end - 1] in TRAILING:
            head_end -= 1
        while head_end > 1 and tokens[head_end - 1] in LEGAL_FORMS:
            head_end -= 1
        if prep is not None and head_end == prep and head_end > 1 and (
                tokens[head_end - 1] in SERVING or (tokens[prep] == "by" and tokens[head_end - 1] in BACKING)):
            head_end -= 1  # "workers employed by the UNHCR", "Syrian rebels backed by Turkey": the agent is the head
        head_match = covered.get(head_end - 1) if head_end else None
        if head_match is not None and head_match.is_word and "and" in tokens[:head_end]:
            first = covered.get(tokens.index("and") - 1)
            if first is not None and first.is_word and first is not head_match:
                # "the government and people of Saudi Arabia", "police investigators, experts and prosecutors": a
                # list of agents is the first of them
                self.steps.append(f"'{first.key}' heads a list of agents")
                head_match, head_end = first, first.end
        if is_named_body(tokens, capitalised, head_end, head_match, covered.get(head_end - 2)):
            return named_body(self, matches, tokens, head_end)
        if head_match is None:
            named = (name_then_kind(self, matches, tokens, head_end) or unit_of(self, matches, tokens, head_end)
                     or patronymic(self, matches, tokens, head_end))
            if named is not None:
                self.steps.append(f"'{' '.join(tokens[named.end:head_end])}' after '{named.key}' says what it "
                                  "is: the name is the actor")
                head_match, head_end = named, named.end
            descriptor = None if named is not None else name_descriptor(self, matches, tokens, head_end)
            if named is None and descriptor is None:
                someone = state_and_name(self, matches, possessive, head_end)
                if someone is not None:
                    return someone
                part = intergovernmental_part(self, matches, tokens, head_end)
                if part is not None:
                    return part
                self.steps.append(f"head word '{tokens[head_end - 1] if head_end else ''}' is not an actor")
                return None
            if descriptor is not None:
                self.steps.append(f"unknown name '{' '.join(tokens[descriptor.end:head_end])}' after "
                                  f"'{descriptor.key}': the descriptor names the actor")
                head_match, head_end = descriptor, descriptor.end
                self.unknown_name = True
        assert head_match is not None
        poss_end = max((i + 1 for i in possessive if i + 1 < head_end
                        and (i not in covered or covered[i].end == i + 1)), default=0)
        if self._is_goods(tokens, matches, head_match):
            return None
        modifiers = [m for m in matches if poss_end <= m.start and m.end <= head_match.start]
        possessors = [m for m in matches if m.end <= poss_end]
        pp = [m for m in matches if prep is not None and m.start > prep]
        backer = self._backer(tokens, matches, pp, prep)
        if not self._prefers_word(head_match, modifiers + possessors + pp):
            entry = self.entry_for(head_match, tokens)
            if entry is not None and entry.role == NAMESAKE and head_match.end - head_match.start == len(tokens):
                self.steps.append(f"'{head_match.key}' alone is a small town named like a person, "
                                  "with no word placing it ('in', 'city'): not an actor")
                return None
            if entry is not None:
                entry = office_of_title(self, entry, head_match, modifiers)
                entry = office_named(self, entry, modifiers, tokens, head_match.start)
                entry = titled_undated(self, entry, head_match, tokens)
                entry = party_standing(self, entry, tokens[:head_match.start])
                entry = seated(self, entry, pp)
                entry = people(self, entry, head_match, len(tokens))
                if demonym_alone(self, entry, head_match, len(tokens)):
                    return replace(self.entity_actor(entry, backer), sector="GOV", cameo_role="GOV")
                placed = modifiers + possessors + (pp if entry.country == TRANSNATIONAL else [])
                return explicit_country(self, self.entity_actor(entry, backer), entry, placed, tokens)
        word = choose_entry(head_match.entries, self.date, words=True)
        assert word is not None
        if word.kind == "nonactor":
            self.steps.append(f"'{head_match.key}' is listed as a non-actor")
            return None
        if word.kind == "relational" and head_match.key in FOLLOWERS:
            return followers(self, head_match, modifiers, possessors + pp, tokens)
        if word.kind == "relational" and head_match.key in RELATIVES:
            return relatives(self, head_match, modifiers, possessors + pp, tokens)
        if word.kind == "relational":
            self.steps.append(f"relational head '{head_match.key}': the possessor is not the actor")
            source = self.country_source(pp, tokens)
            if source is None:
                return counterparts(self, head_match, modifiers, tokens)
            return self.entity_actor(source[0], backer, via_prefix="relational+")
        group = member_group(self, head_match, modifiers, possessors, pp, tokens, prep)
        if group is not None:
            return group
        word = armed_or_secret(self, word, modifiers, head_match)
        word = party_standing(self, word, tokens[:head_match.start])
        word = former_holder(self, word, tokens[:head_match.start])
        word = body_sector(self, word, head_match, modifiers)
        candidates = [("modifier", m) for m in reversed(modifiers)]
        kinds = {m.start: entry.kind for m in modifiers if not m.is_word and (entry := self.entry_for(m, tokens))}
        if head_match.key in DIPLOMATS and set(kinds.values()) & (STATE_KINDS | {"demonym"}):
            # "U.S. deputy UN ambassador": the state's envoy to the body, not the body's
            candidates = [(label, m) for label, m in candidates if kinds.get(m.start) != "igo"]
        if prep is not None and tokens[prep] in DESTINATION and tokens[prep - 1] not in SERVING:
            self.steps.append(f"'{tokens[prep]} ...' names where the {head_match.key} is sent, not its state")
        elif prep is not None and tokens[prep] == "in" and head_match.key.removesuffix(" in") in POSTED and (
                head_match.key.removesuffix(" in") in MISSIONS or any(
                    (e := self.entry_for(m, tokens)) is not None and e.kind in STATE_SEATS for m in possessors)):
            # a mission "in" a place with no state named is still posted abroad ("its embassy in Tehran"; decision
            # 0059), while "a top diplomat in the United Arab Emirates" may be the UAE's; a state's seat owns its
            # envoys as the state does ("Moscow's ambassador in London"; decision 0060)
            posted = head_match.key.removesuffix(" in")
            self.steps.append(f"'in ...' names where the {posted} is posted, not its state")
        elif prep is not None and tokens[prep] == "by" and tokens[prep - 1] in BACKING:
            self.steps.append(f"'{tokens[prep - 1]} by ...' names the {head_match.key}'s backer, not its state")
        else:
            candidates += [("prepositional phrase", m) for m in pp]
        candidates += [("possessor", m) for m in reversed(possessors)]
        for label, match in candidates:
            if match is head_match or match.is_word or self.is_backer(tokens, match):
                continue
            if former_possession(tokens, match):
                self.steps.append(f"'{match.key}' names a former possession, not the actor's state")
                continue
            entry = self.entry_for(match, tokens)
            if entry is not None and entry.country and word.sector is None and label == "modifier":
                group = group_stands_for(self, entry, match, head_match, backer, pp, tokens)
                if group is not None:
                    return group
            staff = head_match.key in WORKERS and entry is not None and entry.sector in STAFFED_SECTORS
            if staff and label == "modifier" and entry is not None and entry.kind not in PLACE_ENTRY_KINDS:
                self.steps.append(f"the {head_match.key} of {entry.name}: the body's people, its sector")
                return self.entity_actor(entry, backer)
            if (entry is not None and entry.country and entry.sector and (word.sector is None or staff)
                    and label == "prepositional phrase" and entry.kind not in PLACE_ENTRY_KINDS):
                # "workers of the World Central Kitchen charity": the charity's people, not labour
                self.steps.append(f"the {head_match.key} of {entry.name}: the body itself (decision 0042)")
                return self.entity_actor(entry, backer)
            if entry is not None and entry.country:
                self.steps.append(f"country {entry.country} from the {label} '{match.key}' ({entry.via})")
                if entry.role in SEPARATE_ROLES and word.sector == "GOV":
                    self.steps.append(f"authorities of a {entry.role} region: de facto (PRE)")
                    word = Entry(**{**word.__dict__, "sector": "PRE", "cameo_role": "SEP"})
                word = private_person(self, word, head_match, entry)
                return self.agent_actor(entry.country, word, f"{entry.via}+agent", backer)
        if self.context and head_match.key not in SEVERAL_STATES and not self.of_a_region(head_match):
            self.steps.append(f"country {self.context} from the context")
            return self.agent_actor(self.context, word, "context+agent", backer)
        self.steps.append("no country found; sector only")
        return self.agent_actor(None, word, "agent", backer)

    def of_a_region(self, head: Match) -> bool:
        """Whether the phrase names agents of several states of a region ("West African leaders", "Gulf
        officials"): a plural agent word after a region word, whose states are many, not the story's one."""
        if not head.key.endswith("s") or region_states(self.text) is None:
            return False
        self.steps.append(f"a region word before the plural '{head.key}': agents of several states, not the context's")
        return True

    def _prefers_word(self, head: Match, others: list[Match]) -> bool:
        """A phrase that is both a name and an agent word ("Security Council") is the word when
        another part of the phrase names a state ("Russian Security Council")."""
        words = [e.tier for e in head.entries if e.kind in WORD_KINDS]
        names = [e.tier for e in head.entries if e.kind not in WORD_KINDS]
        if not words or not names:
            return bool(words)
        return min(words) < min(names) or any(not m.is_word for m in others)

    def _is_goods(self, tokens: list[str], matches: list[Match], head: Match) -> bool:
        """Whether a country word before the head is followed by ``-made``, ``-built`` ... (goods)."""
        for match in matches:
            if match.end < head.start and tokens[match.end] in MADE and not match.is_word:
                self.steps.append(f"'{match.key} {tokens[match.end]}' marks goods: not an actor")
                return True
        return False

    def _backer(self, tokens: list[str], matches: list[Match], pp: list[Match],
                prep: int | None) -> str | None:
        for match in matches:
            if self.is_backer(tokens, match) or (prep is not None and match in pp and tokens[prep] == "by"
                                                  and prep > 0 and tokens[prep - 1] in BACKING):
                entry = choose_entry(match.entries, self.date)
                if entry is not None and entry.country:
                    self.steps.append(f"backer {entry.country} from '{match.key}'")
                    return entry.country
        return None


def _ends_in_preposition(match: Match, i: int) -> bool:
    """An agent phrase that ends in its preposition ("ambassador to"): the preposition still starts a phrase."""
    return match.is_word and match.end == i + 1 and match.start < i
