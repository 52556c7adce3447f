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
"""

from __future__ import annotations

from dataclasses import replace

from shadowline.actors.bodies import BODY_CONFIDENCE, BODY_CONTEXT_CONFIDENCE, PLACING_KINDS, is_named_body
from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.matching import WORD_KINDS, Match, choose_entry, find_matches, normalise_date
from shadowline.actors.phrases import cased_tokens, phrase_key
from shadowline.actors.places import NAMESAKE
from shadowline.actors.surnames import HONORIFICS, surname_alone
from shadowline.records import Actor

PREPOSITIONS = frozenset("of in from at for on with to against near by over inside within across".split())
BACKING = frozenset("backed funded supported sponsored linked aligned allied trained financed "
                    "friendly proxy installed appointed".split())
TRAILING = frozenset("itself himself herself themselves too also alone again now today yesterday jointly "
                     "together said says".split())
ENTITY_KINDS_WITHOUT_SECTOR = frozenset({"country", "demonym", "territory", "place", "region", "occupied",
                                         "disputed", "partially recognised"})
#: Entity kinds that name a state or a territory; named bare, they are its government (docs/decisions/0008).
STATE_KINDS = frozenset({"country", "territory", "region", "occupied", "disputed", "partially recognised"})
#: Territory kinds whose own authorities are de facto, not the claiming state's (sector PRE).
SEPARATE_ROLES = frozenset({"breakaway", "occupied"})
#: Head words naming the people of a group: "Hamas fighters" is Hamas, not a generic armed agent.
MEMBER_WORDS = frozenset(
    "fighter fighters militant militants member members gunman gunmen commander commanders leader leaders "
    "militiaman militiamen operative operatives cadre cadres combatant combatants insurgent insurgents "
    "loyalist loyalists agent agents officer officers official officials spokesman spokesperson "
    "spokeswoman soldier soldiers troops forces units unit leadership chief chiefs remnants cells cell "
    "affiliate affiliates branch wing".split())
#: Member words for armed men: with a ruling armed group ("Taliban fighters") they are its rebels, REB.
ARMED_MEMBER_WORDS = frozenset("fighter fighters militant militants gunman gunmen insurgent insurgents militiaman "
                               "militiamen combatant combatants guerrilla guerrillas jihadist jihadists".split())
#: Entity kinds that are places or people, never a group its members belong to.
NOT_GROUP_KINDS = ENTITY_KINDS_WITHOUT_SECTOR | {"person", "capital", "metonym", "breakaway", "igo"}
#: Named heads that may stand before an unknown name and still name the actor ("the Histadrut labour federation").
DESCRIPTOR_KINDS = frozenset({"metonym", "union", "party", "company", "media", "institution", "armed_group",
                              "igo", "ngo", "movement", "religious"})
#: Code of transnational militant groups (ISIS, al-Qaeda): a branch named with a state takes that state.
TRANSNATIONAL = "IMG"
#: Organisation kinds whose names recur from state to state (unions, parties, agencies, broadcasters).
SHARED_NAME_KINDS = frozenset({"union", "party", "company", "media", "institution"})
#: Words that mark a party as in government.
RULING = frozenset({"ruling", "governing"})
#: Words that mark an office as past ("former president", "ex-minister"). "then-president" is not one:
#: it says the office was held at the time the sentence tells of.
FORMER = frozenset("former ex late ousted exiled deposed erstwhile".split())
#: Names of states and capitals that are also given names or surnames ("Chad Wolf", "Michael Jordan").
GIVEN_NAMES = frozenset("chad jordan georgia israel india paris victoria sydney florence austin".split())
#: Capitalised words that place a state or town, not name a person ("Northern Jordan", "Kharkiv Oblast").
PLACE_CUES = frozenset("north south east west northern southern eastern western central greater upper lower "
                       "northeastern northwestern southeastern southwestern oblast province region governorate "
                       "district county city state prefecture raion municipality town village".split())
#: The `Actor.kind` of an entity resolved through a knowledge-base entry of each kind (others: organisation).
ENTRY_ACTOR_KINDS = {"country": "state", "partially recognised": "state", "territory": "territory",
                     "region": "territory", "occupied": "territory", "disputed": "territory",
                     "breakaway": "territory", "capital": "capital", "metonym": "seat", "person": "leader",
                     "place": "place", "demonym": "people"}
#: Sectors of offices; held formerly they make an elite (ELI), as PLOVER codes former officials.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
#: Prepositions whose phrase is where an envoy is sent ("Russia's ambassador to Washington"), not the state.
DESTINATION = frozenset({"to"})
#: Words after an organisation's name that say what kind of body it is, or name its equipment.
KIND_WORDS = frozenset(
    "service services agency union federation confederation party movement group organisation organization "
    "militia company firm broadcaster network channel newspaper daily council assembly court "
    "vessel vessels ship ships boat boats aircraft jets warplanes drones helicopters".split())
#: Most unknown words after a descriptor that still read as a name.
MAX_UNKNOWN_NAME = 4
#: Prepositions that place what follows: "a hospital in Bolton" is the town even where a person has its name.
LOCATION_PREPOSITIONS = frozenset("in near at outside inside within across around".split())
#: Confidence of an unknown name's actor inferred from its title or descriptor, with the state from the
#: phrase; with the state from the document's context; from a state's possessive alone (no title).
TITLE_CONFIDENCE, TITLE_CONTEXT_CONFIDENCE, POSSESSOR_CONFIDENCE = 0.7, 0.6, 0.5
#: Sectors of heads that name no body of their own ("official", "police"), and of the modifier words that
#: name one ("rebel", "intelligence"): "a rebel official" is REB, "intelligence police" SPY.
GENERIC_OFFICE_SECTORS = frozenset({"GOV", "COP"})
DEFINING_SECTORS = frozenset({"REB", "SPY"})
#: Relational words that name officials: "their Chinese counterparts" are China's officials.
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
#: A country word followed by one of these names where goods come from: "Chinese-made drones".
MADE = frozenset("made built manufactured produced designed supplied sourced origin".split())


class TokenResolution:
    """The token rules run on one phrase, with the explanation steps they took."""

    def __init__(self, text: str, date: str | None, context: str | None, kb: KnowledgeBase,
                 explain: bool = False) -> None:
        self.text, self.date, self.context, self.kb = text, normalise_date(date), context, kb
        self.explain = explain  # the commonest steps are only written out when explaining (speed)
        self.steps: list[str] = []
        self.unknown_name = False  # a title or descriptor before a name the knowledge base lacks

    def run(self) -> Actor | None:
        tokens, possessive, capitalised = cased_tokens(self.text, query=True)
        if self.explain:
            self.steps.append(f"tokens: {tokens}")
        if not tokens:
            return None
        matches = self._given_names(find_matches(tokens, self.kb, capitalised), tokens, capitalised,
                                   possessive)
        if self.explain:
            self.steps.append("matches: " + (", ".join(f"'{m.key}' -> {self._describe(m)}" for m in matches)
                                             or "none"))
        covered = {i: m for m in matches for i in range(m.start, m.end)}
        prep = next((i for i, t in enumerate(tokens) if t in PREPOSITIONS and i > 0
                     and (i not in covered or _ends_in_preposition(covered[i], i))), None)
        if prep is not None and self._titled_person(matches, len(tokens)):
            prep = None
        head_end = prep if prep is not None else len(tokens)
        while head_end > 0 and tokens[head_end - 1] in TRAILING:
            head_end -= 1
        head_match = covered.get(head_end - 1) if head_end else None
        if is_named_body(tokens, capitalised, head_end, head_match, covered.get(head_end - 2)):
            return self._named_body(matches, tokens, head_end)
        if head_match is None:
            named = self._name_then_kind(matches, tokens, head_end)
            if named is not None:
                self.steps.append(f"'{' '.join(tokens[named.end:head_end])}' after '{named.key}' says what it "
                                  "is: the name is the actor")
                head_match, head_end = named, named.end
            descriptor = None if named is not None else self._descriptor(matches, tokens, head_end)
            if named is None and descriptor is None:
                someone = self._state_and_name(matches, possessive, head_end)
                if someone is not None:
                    return someone
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
            entry = self._entry(head_match, tokens)
            if entry is not None and entry.role == NAMESAKE and head_match.end - head_match.start == len(tokens):
                self.steps.append(f"'{head_match.key}' alone is a small town named like a person, "
                                  "with no word placing it ('in', 'city'): not an actor")
                return None
            if entry is not None:
                entry = self._office_named(entry, modifiers, tokens, head_match.start)
                entry = self._titled_undated(entry, head_match, tokens)
                entry = self._party_standing(entry, tokens[:head_match.start])
                entry = self._people(entry, head_match)
                if self._demonym_alone(entry, head_match, len(tokens)):
                    return replace(self._from_entity(entry, backer), sector="GOV", cameo_role="GOV")
                placed = modifiers + possessors + (pp if entry.country == TRANSNATIONAL else [])
                return self._explicit_country(self._from_entity(entry, backer), entry, placed, tokens)
        word = choose_entry(head_match.entries, self.date, words=True)
        assert word is not None
        if word.kind == "nonactor":
            self.steps.append(f"'{head_match.key}' is listed as a non-actor")
            return None
        if word.kind == "relational":
            self.steps.append(f"relational head '{head_match.key}': the possessor is not the actor")
            source = self._country_source(pp, tokens)
            if source is None:
                return self._counterparts(head_match, modifiers, tokens)
            return self._from_entity(source[0], backer, via_prefix="relational+")
        group = self._group(head_match, modifiers, possessors, pp, tokens, prep)
        if group is not None:
            return group
        word = self._armed_or_secret(word, modifiers, head_match)
        word = self._party_standing(word, tokens[:head_match.start])
        word = self._former_holder(word, tokens[:head_match.start])
        candidates = [("modifier", m) for m in reversed(modifiers)]
        if prep is not None and tokens[prep] in DESTINATION:
            self.steps.append(f"'{tokens[prep]} ...' names where the {head_match.key} is sent, not its state")
        else:
            candidates += [("prepositional phrase", m) for m in pp]
        candidates += [("possessor", m) for m in reversed(possessors)]
        for label, match in candidates:
            if match is head_match or match.is_word or self._is_backer(tokens, match):
                continue
            if _former_possession(tokens, match):
                self.steps.append(f"'{match.key}' names a former possession, not the actor's state")
                continue
            entry = self._entry(match, tokens)
            if entry is not None and entry.country and word.sector is None and label == "modifier":
                group = self._group_stands_for(entry, match, head_match, backer, pp, tokens)
                if group is not None:
                    return group
            if entry is not None and entry.country:
                self.steps.append(f"country {entry.country} from the {label} '{match.key}' ({entry.via})")
                if entry.role in SEPARATE_ROLES and word.sector == "GOV":
                    self.steps.append(f"authorities of a {entry.role} region: de facto (PRE)")
                    word = Entry(**{**word.__dict__, "sector": "PRE", "cameo_role": "SEP"})
                return self._actor(entry.country, word, f"{entry.via}+agent", backer)
        if self.context:
            self.steps.append(f"country {self.context} from the context")
            return self._actor(self.context, word, "context+agent", backer)
        self.steps.append("no country found; sector only")
        return self._actor(None, word, "agent", backer)

    def _party_standing(self, entry: Entry, before: list[str]) -> Entry:
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
        self.steps.append(f"a party called {'ruling' if sector == 'GOV' else 'opposition'} in the phrase: {sector}")
        return Entry(**{**entry.__dict__, "sector": sector, "cameo_role": sector})

    def _given_names(self, matches: list[Match], tokens: list[str], capitalised: set[int],
                     possessive: set[int]) -> list[Match]:
        """"Chad Wolf", "Michael Jordan", "Minister Iván Velásquez": a state name that is also a given
        name, or a town, next to a capitalised word the knowledge base does not know, is part of a
        person's name ("Jordan's King Abdullah" is the state, "Kharkiv Oblast" the place). A capitalised
        non-actor word after such a word ends a name too ("the Kenyan rights group Haki Africa")."""
        if not any(m.key in GIVEN_NAMES or m.entries[0].kind == "place" or surname_alone(m)
                   or (m.entries[0].kind == "nonactor" and m.start in capitalised) for m in matches):
            return matches
        covered = {i for m in matches for i in range(m.start, m.end)}
        kept = []
        for match in matches:
            kind = match.entries[0].kind
            after = [] if match.end - 1 in possessive or kind == "nonactor" else [match.end]
            beside = [i for i in (match.start - 1, *after) if 0 <= i < len(tokens)]
            named_like = (match.key in GIVEN_NAMES or kind == "place"
                          or (kind == "nonactor" and match.start in capitalised))
            if named_like and any(i in capitalised and i not in covered and tokens[i] not in PLACE_CUES
                                  for i in beside):
                self.steps.append(f"'{match.key}' beside an unknown capitalised word: part of a name")
                continue
            given = match.start - 1
            if (surname_alone(match) and given in capitalised and given not in covered
                    and tokens[given] not in HONORIFICS):
                # "Greg Abbott" is not Tony Abbott, "Brigitte Macron" not the president
                self.steps.append(f"'{tokens[given]} {match.key}': another person with the surname of "
                                  f"{match.entries[0].name}")
                continue
            kept.append(match)
        return kept

    def _former_holder(self, word: Entry, before: list[str]) -> Entry:
        """"a former Kenyan official", "the ex-defence minister": someone out of office is elite (ELI)."""
        if word.sector not in OFFICE_SECTORS or not FORMER & set(before):
            return word
        self.steps.append(f"'{next(t for t in before if t in FORMER)}' before an office: elite (ELI)")
        return Entry(**{**word.__dict__, "sector": "ELI", "cameo_role": "ELI"})

    def _office_named(self, entry: Entry, modifiers: list[Match], tokens: list[str], head_start: int) -> Entry:
        """A person out of office by our dates (or not yet in one), but titled with an office in the phrase
        ("Kyrgyz security service chief Kamchybek Tashiev", "Senator JD Vance" in 2023): the title says
        what our dates do not, so it gives the sector. "former" before the name makes any office holder
        elite ("former US President Barack Obama", whatever the date)."""
        if entry.kind == "person" and entry.sector in OFFICE_SECTORS and FORMER & set(tokens[:head_start]):
            self.steps.append(f"'{next(t for t in tokens if t in FORMER)}' before the name: elite (ELI)")
            return Entry(**{**entry.__dict__, "sector": "ELI", "cameo_role": "ELI", "role": "former"})
        out_of_office = entry.role in ("former", "future") or (entry.kind == "person" and entry.sector == "ELI")
        if not out_of_office or not modifiers or FORMER & set(tokens):
            return entry
        title = modifiers[-1]
        office = choose_entry(title.entries, self.date, words=title.is_word)
        if office is None or not office.sector or office.sector in ("ELI", "IGO") or office.kind in NOT_GROUP_KINDS:
            return entry
        if office.country and office.country != entry.country:
            return entry
        self.steps.append(f"titled '{title.key}' in the phrase: sector {office.sector}, not ELI")
        return Entry(**{**entry.__dict__, "sector": office.sector, "cameo_role": office.cameo_role, "role": None})

    def _titled_undated(self, entry: Entry, head: Match, tokens: list[str]) -> Entry:
        """A person out of office today, named with no date but with an office word ("President Reagan",
        "the Clinton administration", "his British counterpart Gordon Brown"): the phrase speaks of the
        time the office was held, so the person holds their last office. A date after the term keeps them
        elite (ELI), and "former" does at any date."""
        if self.date or entry.kind != "person" or entry.sector != "ELI" or FORMER & set(tokens):
            return entry
        if not any(self._is_office_word(token) for token in tokens[:head.end]):
            return entry
        offices = [e for e in head.entries if e.kind == "person" and e.name == entry.name
                   and e.sector in OFFICE_SECTORS]
        if not offices:
            return entry
        office = max(offices, key=lambda e: e.end or "9999")
        self.steps.append(f"an office word with no date: {entry.name} in their last office, {office.sector}")
        return Entry(**{**office.__dict__, "role": None})

    def _is_office_word(self, token: str) -> bool:
        """Whether a word names an office or its holder's government ("president", "administration") or
        someone's peer in office ("counterpart")."""
        if token in COUNTERPARTS:
            return True
        return any(self.kb.entries[number].kind == "agent" and self.kb.entries[number].sector in OFFICE_SECTORS
                   for number in self.kb.index.get(token, ()))

    def _explicit_country(self, actor: Actor, entry: Entry, before: list[Match], tokens: list[str]) -> Actor:
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
            if match.is_word or self._is_backer(tokens, match):
                continue
            state = choose_entry(match.entries, self.date)
            if state is None or state.kind not in placing or not state.country:
                continue
            if state.country not in (actor.country, actor.backer):
                self.steps.append(f"'{match.key}' names the state: {state.country}, not {actor.country}")
                return replace(actor, country=state.country, via=f"{actor.via}+{state.via}")
            break
        return self._transnational_in_context(actor) if transnational else actor

    def _transnational_in_context(self, actor: Actor) -> Actor:
        """A transnational group the phrase does not place ("ISIS", "al-Qaeda fighters") acts in the state
        the surrounding text is about: event coders code a militant group to the state where it operates."""
        if not self.context or actor.country != TRANSNATIONAL:
            return actor
        self.steps.append(f"a transnational group the phrase does not place: the context's state {self.context}")
        return replace(actor, country=self.context, via=f"{actor.via}+context")

    def _group_stands_for(self, entry: Entry, match: Match, head: Match, backer: str | None, pp: list[Match],
                          tokens: list[str]) -> Actor | None:
        """A word of no sector after a named group stands for the group ("Islamic State targets in Syria's
        Hama province", "Hamas targets"): the group is the actor, placed as the group is."""
        if not entry.sector or entry.kind in NOT_GROUP_KINDS or entry.kind == "demonym":
            return None
        self.steps.append(f"'{head.key}' of the group '{match.key}': the group is the actor")
        actor = self._from_entity(entry, backer, via_suffix=f"+{head.key}")
        return self._explicit_country(actor, entry, pp, tokens)

    def _state_and_name(self, matches: list[Match], possessive: set[int], head_end: int) -> Actor | None:
        """A state's possessive before a capitalised name we do not know ("Quebec's Hells Angels",
        "Kenya's Tom Mboya Party"), or a demonym before a person's name ("Kenyan Boniface Mwangi"):
        someone of that state, sector unknown. Lowercase words after the possessive are things, not
        names ("Russia's gas"); a demonym needs a full name after it (two words or more)."""
        if not matches or matches[0].start != 0 or any(m.start < head_end for m in matches[1:]):
            return None
        state = choose_entry(matches[0].entries, self.date)
        if state is None or not state.country:
            return None
        if matches[0].end - 1 in possessive and state.kind in STATE_KINDS:
            rest = self.text.split("'s", 1)[1].split() if "'s" in self.text else []
            cue = f"'{matches[0].key}'s'"
        elif state.kind == "demonym" and matches[0].end == 1:
            rest = self.text.split()[1:]
            rest = rest if len(rest) >= 2 else []
            cue = f"the demonym '{matches[0].key}'"
        else:
            return None
        if not rest or len(rest) > MAX_UNKNOWN_NAME or not _is_name(rest):
            return None
        self.steps.append(f"unknown name after {cue}: someone of {state.country}, sector unknown")
        return Actor(text=self.text, country=state.country, sector=None, cameo_role=None,
                     via=f"inferred from the state before the name ({state.via}+name)", kind="unknown name",
                     confidence=POSSESSOR_CONFIDENCE)

    def _named_body(self, matches: list[Match], tokens: list[str], head_end: int) -> Actor | None:
        """An unknown name before a body word ("National Telecommunications Commission", "United States
        Commission on International Religious Freedom") is a body of its own: the government body (GOV) of
        the state the phrase names, else of the document's state; with neither, no actor we can place."""
        body = tokens[head_end - 1]
        for match in matches:
            if match.start == head_end - 1 or match.is_word:
                continue
            entry = self._entry(match, tokens)
            if entry is not None and entry.country and entry.kind in PLACING_KINDS:
                country, via, confidence = entry.country, entry.via, BODY_CONFIDENCE
                break
        else:
            if not self.context:
                self.steps.append(f"'{body}' after an unknown name: a body of its own, and no state places it")
                return None
            country, via, confidence = self.context, "context", BODY_CONTEXT_CONFIDENCE
        self.steps.append(f"'{body}' after an unknown name: a body of its own, government of {country} ({via})")
        return Actor(text=self.text, country=country, sector="GOV", cameo_role="GOV",
                     via=f"inferred from the body's name ({via}+{body})", kind="unknown name",
                     confidence=confidence)

    def _name_then_kind(self, matches: list[Match], tokens: list[str], head_end: int) -> Match | None:
        """A named organisation followed by words saying what kind of body it is, or by its equipment
        ("the Shin Bet security service", "the United Auto Workers union", "Chinese coast guard vessels")."""
        before = [m for m in matches if m.end <= head_end]
        if not before or not 0 < head_end - before[-1].end <= 2 or tokens[head_end - 1] not in KIND_WORDS:
            return None
        entry = choose_entry(before[-1].entries, self.date)
        return before[-1] if entry is not None and entry.kind in DESCRIPTOR_KINDS - {"metonym"} else None

    def _descriptor(self, matches: list[Match], tokens: list[str], head_end: int) -> Match | None:
        """The title or descriptor before a name the knowledge base does not know ("Greek state
        broadcaster ERT", "Texas Governor Greg Abbott"): the last match before at most
        :data:`MAX_UNKNOWN_NAME` capitalised words that end the phrase, if it is an agent word or a named
        organisation. A country, demonym or capital followed by an unknown word is not enough
        ("Russian gas", "Kabul airport")."""
        before = [m for m in matches if m.end <= head_end]
        if not before or head_end - before[-1].end > MAX_UNKNOWN_NAME or head_end != len(tokens):
            return None
        last = before[-1]
        if not _is_name(self.text.split()[-(head_end - last.end):]):
            return None  # "the army chief spokesman": lowercase words are no name
        if last.is_word:
            title = self._title_before_name(before, head_end)
            if title is not None:
                return title
            word = choose_entry(last.entries, self.date, words=True)
            return last if word is not None and word.kind == "agent" and word.sector else None
        entry = choose_entry(last.entries, self.date)
        return last if entry is not None and entry.kind in DESCRIPTOR_KINDS else None

    def _people(self, entry: Entry, head: Match) -> Entry:
        """A demonym in the plural names people, civilians (CVL): "the Palestinians", "Syrians",
        "thousands of Hongkongers"; in the singular ("British", "Turkish") it stays the state's word."""
        if entry.kind != "demonym" or entry.sector or not head.key.endswith("s"):
            return entry
        if not any(phrase_key(alias) == head.key[:-1] for alias in entry.aliases):
            return entry
        self.steps.append(f"'{head.key}' names a people in the plural: civilians (CVL)")
        return Entry(**{**entry.__dict__, "sector": "CVL", "cameo_role": "CVL"})

    def _demonym_alone(self, entry: Entry, head: Match, n_tokens: int) -> bool:
        """Whether a singular demonym is the whole phrase ("Turkish", "the British"): the state acting, as
        event coders read "the Turkish said" or a phrase cut to "Ethiopian", so the state's government
        (GOV), as a bare state name is (docs/decisions/0008); its kind stays "people", what the word names.
        With other words it stays the state's word."""
        if entry.kind != "demonym" or entry.sector or head.start != 0 or head.end != n_tokens:
            return False
        self.steps.append(f"the demonym '{head.key}' alone is the state acting: its government (GOV)")
        return True

    def _armed_or_secret(self, word: Entry, modifiers: list[Match], head: Match) -> Entry:
        """"a senior Yemeni rebel official", "Iranian intelligence police": an armed-group or intelligence
        word right before an official or police word says which body they serve."""
        before = modifiers[-1] if modifiers and modifiers[-1].end == head.start else None
        if word.sector not in GENERIC_OFFICE_SECTORS or before is None or not before.is_word:
            return word
        modifier = choose_entry(before.entries, self.date, words=True)
        if modifier is None or modifier.kind != "agent" or modifier.sector not in DEFINING_SECTORS:
            return word
        self.steps.append(f"'{before.key}' before '{head.key}': sector {modifier.sector}, not {word.sector}")
        return Entry(**{**word.__dict__, "sector": modifier.sector, "cameo_role": modifier.cameo_role})

    def _counterparts(self, head: Match, before: list[Match], tokens: list[str]) -> Actor | None:
        """"their Chinese counterparts": with no phrase naming whose counterpart, a counterpart is an
        official (GOV) of the state its modifier names (a possessor is whose counterpart: "Russia's
        counterpart" is not Russia)."""
        if head.key not in COUNTERPARTS:
            return None
        source = self._country_source([m for m in reversed(before) if not m.is_word], tokens)
        if source is None:
            return None
        self.steps.append(f"'{head.key}' of {source[0].country}: its officials (GOV)")
        return Actor(text=self.text, country=source[0].country, sector="GOV", cameo_role="GOV",
                     via=f"{source[0].via}+counterpart", kind="agent")

    def _titled_person(self, matches: list[Match], n_tokens: int) -> bool:
        """A phrase that opens with an office title and ends with a person we know ("Minister of Foreign
        Affairs and Expatriates of Jordan Ayman Safadi"): the person is the actor, the words between
        spell out the office, their prepositions do not start a phrase of their own."""
        if len(matches) < 2 or matches[0].start != 0 or matches[-1].end != n_tokens or not matches[0].is_word:
            return False
        title = choose_entry(matches[0].entries, self.date, words=True)
        person = choose_entry(matches[-1].entries, self.date)
        if (title is None or title.kind != "agent" or title.sector not in OFFICE_SECTORS or person is None
                or person.kind != "person" or not _is_name(self.text.split()[-(matches[-1].end
                                                                              - matches[-1].start):])):
            return False
        self.steps.append(f"the title '{matches[0].key}' opens the phrase and '{matches[-1].key}' ends it: "
                          "the person is the actor")
        return True

    def _title_before_name(self, before: list[Match], head_end: int) -> Match | None:
        """An office title right before a capitalised word that would name another sector ("Attorney-General
        Christian Porter", "Interior Minister Gloria Pastor"): the word is part of the name, the title
        decides the sector."""
        if len(before) < 2 or before[-2].end != before[-1].start or not before[-2].is_word:
            return None
        title = choose_entry(before[-2].entries, self.date, words=True)
        word = choose_entry(before[-1].entries, self.date, words=True)
        name_words = head_end - before[-2].end
        if (title is None or word is None or title.kind != "agent" or title.sector not in OFFICE_SECTORS
                or word.sector in OFFICE_SECTORS or name_words > MAX_UNKNOWN_NAME
                or not _is_name(self.text.split()[-name_words:])):
            return None
        self.steps.append(f"'{before[-1].key}' after the title '{before[-2].key}' is part of the name")
        return before[-2]

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

    def _group(self, head: Match, modifiers: list[Match], possessors: list[Match], pp: list[Match],
               tokens: list[str], prep: int | None) -> Actor | None:
        """The named group whose members the head word names ("Hamas fighters", "members of ISIS")."""
        if head.key not in MEMBER_WORDS:
            return None
        candidates = [m for m in modifiers[-1:] if not any(t in BACKING for t in tokens[m.end:head.start])]
        if prep is not None and tokens[prep] in ("of", "from"):
            candidates += pp[:1]
        candidates += possessors[-1:]
        for match in candidates:
            if match.is_word:
                word = choose_entry(match.entries, self.date, words=True)
                if match in pp and word is not None and word.kind == "agent" and word.sector not in (None, "GOV"):
                    self.steps.append(f"'{head.key}' of '{match.key}': sector from the group word")
                    # "leaders of separatist movements in French territories": a later place gives the state
                    place = self._country_source([m for m in pp if m.start > match.start and not m.is_word
                                                  and not _former_possession(tokens, m)], tokens)
                    if place is not None:
                        return self._actor(place[0].country, word, f"{place[0].via}+agent", None)
                    return self._actor(self.context, word, "context+agent" if self.context else "agent", None)
                continue
            entry = choose_entry(match.entries, self.date)
            if entry is None or entry.kind in NOT_GROUP_KINDS or entry.kind == "demonym" or not entry.sector:
                continue
            self.steps.append(f"'{head.key}' of the group '{match.key}': the group is the actor")
            if entry.kind == "armed_group" and entry.sector == "GOV" and head.key in ARMED_MEMBER_WORDS:
                # "Taliban fighters" after 2021: the ruling group's armed men are still coded as rebels
                self.steps.append(f"'{head.key}' of a ruling armed group: its armed men (REB)")
                entry = Entry(**{**entry.__dict__, "sector": "REB", "cameo_role": "REB"})
            actor = self._from_entity(entry, None, via_suffix="+members")
            if entry.country == TRANSNATIONAL:
                return self._explicit_country(actor, entry, [m for m in possessors + pp if m is not match], tokens)
            return actor
        return None

    def _country_source(self, matches: list[Match], tokens: list[str]) -> tuple[Entry, Match] | None:
        for match in matches:
            entry = self._entry(match, tokens)
            if entry is not None and entry.country:
                return entry, match
        return None

    def _entry(self, match: Match, tokens: list[str]) -> Entry | None:
        """The named entry a match means on the date; after "in", "near" ... a town or state before a
        person of that name ("a hospital in Bolton" is the town, "Bolton" alone John Bolton)."""
        if match.start and tokens[match.start - 1] in LOCATION_PREPOSITIONS and match.entries[0].kind == "person":
            places = [e for e in match.entries if e.kind == "place" or e.kind in STATE_KINDS]
            if places:
                self.steps.append(f"'{tokens[match.start - 1]} {match.key}' places it: the town, not the person")
                return choose_entry(places, self.date)
        return choose_entry(match.entries, self.date)

    def _is_backer(self, tokens: list[str], match: Match) -> bool:
        return match.end < len(tokens) and tokens[match.end] in BACKING

    def _backer(self, tokens: list[str], matches: list[Match], pp: list[Match],
                prep: int | None) -> str | None:
        for match in matches:
            if self._is_backer(tokens, match) or (prep is not None and match in pp and tokens[prep] == "by"
                                                  and prep > 0 and tokens[prep - 1] in BACKING):
                entry = choose_entry(match.entries, self.date)
                if entry is not None and entry.country:
                    self.steps.append(f"backer {entry.country} from '{match.key}'")
                    return entry.country
        return None

    def _from_entity(self, entry: Entry, backer: str | None, via_prefix: str = "", via_suffix: str = "") -> Actor:
        if self.explain:
            self.steps.append(f"actor: {entry.name} ({entry.kind}, {entry.source}, tier {entry.tier})")
        if entry.role == "former":
            self.steps.append(f"{entry.name} was out of office on {self.date}: elite (ELI)")
        elif entry.role == "future":
            self.steps.append(f"{entry.name} took office after {self.date}: sector unknown")
        sector, cameo = entry.sector, entry.cameo_role
        if sector is None and entry.kind in STATE_KINDS:
            self.steps.append("a bare state or territory name is its government (GOV)")
            sector, cameo = "GOV", "GOV"
        name = None if entry.kind in ("demonym", "capital") else entry.name
        return Actor(text=self.text, country=entry.country, sector=sector, cameo_role=cameo,
                     name=name, via=via_prefix + entry.via + via_suffix, backer=backer or entry.backer,
                     kind=ENTRY_ACTOR_KINDS.get(entry.kind, "organisation"))

    def _actor(self, country: str | None, word: Entry, via: str, backer: str | None) -> Actor | None:
        if country is None and word.sector is None:
            return None
        if self.explain:
            self.steps.append(f"sector {word.sector} / CAMEO {word.cameo_role} from the agent word '{word.name}'")
        if self.unknown_name:
            # "Defence Minister Ivan Petrovski": the title gives the sector, the phrase or document the state
            self.steps.append("the name is not known: the actor is inferred from its title")
            confidence = TITLE_CONTEXT_CONFIDENCE if via.startswith("context") else TITLE_CONFIDENCE
            return Actor(text=self.text, country=country, sector=word.sector, cameo_role=word.cameo_role,
                         via=f"inferred from the title ({via})", backer=backer, kind="unknown name",
                         confidence=confidence)
        return Actor(text=self.text, country=country, sector=word.sector, cameo_role=word.cameo_role,
                     via=via, backer=backer, kind="agent")

    def _describe(self, match: Match) -> str:
        entry = match.entries[0]
        return f"{entry.kind} {entry.country or ''}{'/' + entry.sector if entry.sector else ''}".strip()


def _is_name(words: list[str]) -> bool:
    """Whether every word is capitalised or a number, as in a proper name."""
    return all(word[:1].isupper() or word[:1].isdigit() for word in words)


def _ends_in_preposition(match: Match, i: int) -> bool:
    """An agent phrase that ends in its preposition ("ambassador to"): the preposition still starts a phrase."""
    return match.is_word and match.end == i + 1 and match.start < i


def _former_possession(tokens: list[str], match: Match) -> bool:
    """"juntas in former French colonies": the demonym names a former ruler, not the actor's state."""
    return (match.start > 0 and tokens[match.start - 1] == "former" and match.end < len(tokens)
            and tokens[match.end] in {"colony", "colonies", "possessions", "protectorates", "empire"})
