"""One phrase as the token rules read it: its text, date, context and knowledge base, the steps taken,
and the readings every rule shares (a match's entry on the date, an entry or an agent word as an `Actor`).

`shadowline.actors.token_rules` reads the phrase's structure; the rules of titles and offices
(`shadowline.actors.offices`), of named groups (`shadowline.actors.groups`), of unknown names
(`shadowline.actors.unknown_names`) and of names of people and peoples (`shadowline.actors.people`) each
take the `PhraseReading` they work on.
"""

from __future__ import annotations

from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.matching import Match, choose_entry, normalise_date
from shadowline.actors.phrases import cased_tokens
from shadowline.actors.surnames import surname_alone
from shadowline.records import Actor

BACKING = frozenset("backed funded supported sponsored linked aligned allied trained financed "
                    "friendly proxy installed appointed".split())
ENTITY_KINDS_WITHOUT_SECTOR = frozenset({"country", "demonym", "territory", "place", "region", "occupied",
                                         "disputed", "partially recognised"})
#: Entity kinds that name a state or a territory; named bare, they are its government (docs/decisions/0008).
STATE_KINDS = frozenset({"country", "territory", "region", "occupied", "disputed", "partially recognised"})
#: Entity kinds that are places or people, never a group its members belong to.
NOT_GROUP_KINDS = ENTITY_KINDS_WITHOUT_SECTOR | {"person", "capital", "metonym", "breakaway", "igo"}
#: The `Actor.kind` of an entity resolved through a knowledge-base entry of each kind (others: organisation).
ENTRY_ACTOR_KINDS = {"country": "state", "partially recognised": "state", "territory": "territory",
                     "region": "territory", "occupied": "territory", "disputed": "territory",
                     "breakaway": "territory", "capital": "capital", "metonym": "seat", "person": "leader",
                     "place": "place", "demonym": "people"}
#: Sectors of offices; held formerly they make an elite (ELI), as PLOVER codes former officials.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
#: Prepositions that place what follows: "a hospital in Bolton" is the town even where a person has its name.
LOCATION_PREPOSITIONS = frozenset("in near at outside inside within across around".split())
#: Confidence of an unknown name's actor inferred from its title or descriptor, with the state from the
#: phrase; with the state from the document's context; from a state's possessive alone (no title).
TITLE_CONFIDENCE, TITLE_CONTEXT_CONFIDENCE, POSSESSOR_CONFIDENCE = 0.7, 0.6, 0.5


class PhraseReading:
    """One phrase being read by the token rules, with the explanation steps they took."""

    def __init__(self, text: str, date: str | None, context: str | None, kb: KnowledgeBase,
                 explain: bool = False) -> None:
        self.text, self.date, self.context, self.kb = text, normalise_date(date), context, kb
        self.explain = explain  # the commonest steps are only written out when explaining (speed)
        self.steps: list[str] = []
        self.unknown_name = False  # a title or descriptor before a name the knowledge base lacks

    def entry_for(self, match: Match, tokens: list[str]) -> Entry | None:
        """The named entry a match means on the date; after "in", "near" ... a town or state before a
        person of that name ("a hospital in Bolton" is the town, "Bolton" alone John Bolton)."""
        if match.start and tokens[match.start - 1] in LOCATION_PREPOSITIONS and match.entries[0].kind == "person":
            places = [e for e in match.entries if e.kind == "place" or e.kind in STATE_KINDS]
            if places:
                self.steps.append(f"'{tokens[match.start - 1]} {match.key}' places it: the town, not the person")
                return choose_entry(places, self.date)
        entry = choose_entry(match.entries, self.date)
        if entry is not None and self.context and entry.country != self.context and surname_alone(match):
            namesake = self.namesake(match.key)
            if namesake is not None:
                self.steps.append(f"'{match.key}' in a story about {self.context}: {namesake.name}, not "
                                  f"{entry.name} of {entry.country}")
                return namesake
        return entry

    def namesake(self, surname: str) -> Entry | None:
        """The person of the context state with this surname in the tables, on the date: a bare surname in a
        story about a state is its own namesake before another state's ("Vázquez" in a story about Puerto
        Rico is its governor, not Uruguay's president) (docs/decisions/0037)."""
        kb = self.kb
        pool = [kb.entries[n] for n in kb.namesakes.get(surname, ())
                if kb.entries[n].country == self.context]
        return choose_entry(pool, self.date) if pool else None

    def country_source(self, matches: list[Match], tokens: list[str]) -> tuple[Entry, Match] | None:
        """The first of `matches` whose entry has a state, with that entry."""
        for match in matches:
            entry = self.entry_for(match, tokens)
            if entry is not None and entry.country:
                return entry, match
        return None

    def is_backer(self, tokens: list[str], match: Match) -> bool:
        """Whether `-backed`, `-funded` ... follows the match, or "pro-" opens a state's or a people's name: it
        names a backer ("Iranian-backed", "pro-Russian separatists"), not the actor's state; a person after "pro-"
        still places the phrase in the person's state ("pro-Assad militias"), and "pro-EU" is a stance."""
        if match.end < len(tokens) and tokens[match.end] in BACKING:
            return True
        return match.start > 0 and tokens[match.start - 1] == "pro" and match.entries[0].kind not in {"person", "igo"}

    def entity_actor(self, entry: Entry, backer: str | None, via_prefix: str = "", via_suffix: str = "") -> Actor:
        """The actor a named entry is (a state, a leader, an organisation ...), with its sector on the date."""
        if self.explain:
            self.steps.append(f"actor: {entry.name} ({entry.kind}, {entry.source}, tier {entry.tier})")
        if entry.role == "former":
            self.steps.append(f"{entry.name} was out of office on {self.date}: elite (ELI)")
        elif entry.role == "recent":
            self.steps.append(f"{entry.name} left office on {entry.end}, days before {self.date}: the story tells "
                              "of the office holder")
        elif entry.role == "future":
            self.steps.append(f"{entry.name} took office after {self.date}: that office's sector, most often already "
                              "theirs (a title in the phrase overrides it)")
        sector, cameo = entry.sector, entry.cameo_role
        if sector is None and entry.kind in STATE_KINDS:
            self.steps.append("a bare state or territory name is its government (GOV)")
            sector, cameo = "GOV", "GOV"
        name = None if entry.kind in ("demonym", "capital") else entry.name
        return Actor(text=self.text, country=entry.country, sector=sector, cameo_role=cameo,
                     name=name, via=via_prefix + entry.via + via_suffix, backer=backer or entry.backer,
                     kind=ENTRY_ACTOR_KINDS.get(entry.kind, "organisation"))

    def agent_actor(self, country: str | None, word: Entry, via: str, backer: str | None) -> Actor | None:
        """The actor an agent word names ("officials", "state media") in `country`; None with neither a
        state nor a sector."""
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

    def describe(self, match: Match) -> str:
        """A match's first entry in a few words, for the explanation ("country TUR")."""
        entry = match.entries[0]
        return f"{entry.kind} {entry.country or ''}{'/' + entry.sector if entry.sector else ''}".strip()


#: Lowercase particles inside a person's name ("Turki al-Malki", "Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset("al el bin ibn abu bint de da di du del der van von la le ul ud".split())


def last_words(text: str, count: int) -> list[str]:
    """The words of `text` (split at spaces) that hold its last `count` tokens: "Kara-Murza" is two tokens, one
    word."""
    words: list[str] = []
    for word in reversed(text.split()):
        if count <= 0:
            break
        words.append(word)
        count -= max(1, len(cased_tokens(word)[0]))
    return words[::-1]


def is_name(words: list[str]) -> bool:
    """Whether every word is capitalised or a number, as in a proper name, or a name particle ("al-Malki",
    "bin")."""
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in NAME_PARTICLES
               or word.split("-", 1)[0].lower() in NAME_PARTICLES and word.split("-", 1)[-1][:1].isupper()
               for word in words)


def former_possession(tokens: list[str], match: Match) -> bool:
    """"juntas in former French colonies": the demonym names a former ruler, not the actor's state."""
    return (match.start > 0 and tokens[match.start - 1] == "former" and match.end < len(tokens)
            and tokens[match.end] in {"colony", "colonies", "possessions", "protectorates", "empire"})
