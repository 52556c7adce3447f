"""The actor phrases of one document, resolved in text order with what the document said before.

A name the knowledge base does not know is still someone: a bare surname is the person an earlier phrase
named in full ("Governor Ramón Echevarría" ... "Echevarría"), and a name nothing else places belongs to the
document's state. Bodies are remembered too: an acronym the document defined ("The National
Telecommunications Commission (NTC)" ... "the NTC"), "the airline", "the commission", "the network" for
the last body of that kind ("the group" for an armed movement or a rights body), and the first word of a body's
name alone ("Mahan Air" ... "Mahan"). All are inferences, marked in `Actor.via` and with a lower `Actor.confidence`.

>>> names = DocumentActors(date="2019-07-20", country="PRI")
>>> names.resolve("Governor Ramón Echevarría").kind
'unknown name'
>>> names.resolve("Echevarría").via
'earlier mention (Governor Ramón Echevarría)'
"""

from __future__ import annotations

from dataclasses import replace

from shadowline.actors.bodies import BODY_WORDS, acronym_definition
from shadowline.actors.knowledge import KnowledgeBase
from shadowline.actors.loaders import load_knowledge_base
from shadowline.actors.phrases import phrase_key
from shadowline.actors.resolver import KOREA_HALVES, resolve_actor
from shadowline.actors.surnames import HONORIFICS
from shadowline.records import Actor

#: Most confidence an actor found through an earlier mention of the name keeps.
EARLIER_MENTION_CONFIDENCE = 0.8
#: Confidence of an unknown name placed only by the document's state.
DOCUMENT_STATE_CONFIDENCE = 0.4
#: Most words of a name that is placed by the document's state alone.
MAX_NAME_WORDS = 3
#: Capitalised first words that start no name.
NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "all"})
#: Words of number that begin a sentence capitalised ("Five were arrested").
QUANTITIES = frozenset("one two three four five six seven eight nine ten eleven twelve dozens hundreds "
                       "thousands millions both others".split())
#: Kinds of actor whose name a later surname may stand for.
PERSON_KINDS = frozenset({"leader", "unknown name"})
#: Kinds of actor that are no body a later "the commission" or "the airline" could stand for.
NOT_BODY_KINDS = frozenset({"leader", "state", "territory", "capital", "place", "people"})
#: Nouns that stand for an earlier body ("the airline", "this company", "the court" after "the International Court of
#: Justice"), besides the body words.
BODY_NOUNS = BODY_WORDS | frozenset("airline carrier company firm network broadcaster channel station court "
                                    "tribunal bloc alliance".split())
#: Nouns a body's sector gives it, whatever its name says: an airline is a company, a broadcaster a network.
SECTOR_NOUNS = {"BUS": frozenset({"company", "firm"}),
                "JRN": frozenset({"network", "broadcaster", "channel", "station"}),
                "IGO": frozenset({"bloc", "alliance"})}  # "the bloc" after the European Union or ASEAN
#: Nouns a group's sector gives it: an armed movement or a rights body is "the group", a party "the party". A group
#: is no body whose first name word stands for it ("Islamic" is no "Islamic State").
_GROUP = frozenset({"group", "movement", "organisation", "organization"})
GROUP_NOUNS = {"REB": _GROUP | {"militia"}, "PRM": _GROUP | {"militia"}, "SOC": _GROUP,
               "PTY": frozenset({"party"}), "OPP": frozenset({"party"})}
_ALL_GROUP_NOUNS = frozenset().union(*GROUP_NOUNS.values())
#: Words that describe a group named before without naming it ("the guerrilla group", "the rebel movement").
GROUP_DESCRIPTORS = frozenset("guerrilla militant rebel armed islamist jihadist paramilitary insurgent separatist "
                              "extremist rights".split())
#: Words of a company's name that make it an airline.
AIRLINE_WORDS = frozenset("air airline airlines airways aviation aeroflot".split())
_BACK_REFERENCE = ("the ", "this ", "that ")
#: Rulers and forces a story names once with their state and then bare ("Niger's ruling junta ... the junta",
#: "400 Kenyan police officers ... the officers"): the latest so named.
RULER_NOUNS = frozenset({"junta", "regime", "troops", "soldiers", "officers", "peacekeepers"})
#: What a state's "military ..." may be called when it rules: its junta ("Mali's military government").
MILITARY_RULE_WORDS = frozenset({"government", "rulers", "authorities", "leaders", "leadership", "regime",
                                 "administration", "council"})


#: Words before those that make a government military ("Mali's military-led government"; decision 0060).
MILITARY_WORDS = frozenset({"military", "military-led", "military-run"})


class DocumentActors:
    """Resolve one document's actor phrases in order, remembering the people it named in full.

    `date` picks office holders and `country` is the document's state (as for `resolve_actor`).
    """

    def __init__(self, *, date: str | None = None, country: str | None = None,
                 kb: KnowledgeBase | None = None) -> None:
        self.date, self.country = date, country
        self.kb = kb or load_knowledge_base()
        self._people: dict[str, Actor | None] = {}  # surname key -> who the document named with it
        self._acronyms: dict[str, Actor] = {}  # acronym the document defined -> its body
        self._initials: dict[str, Actor] = {}  # initials of a body's name ("NTC") -> the body
        self._bodies: list[tuple[frozenset[str], Actor]] = []  # bodies named so far, with the nouns they answer to
        self._groups: list[tuple[frozenset[str], Actor]] = []  # groups named so far ("the group", "the party")
        self._rulers: dict[str, Actor] = {}  # "junta" -> the junta named with its state
        self._name_ends: dict[str, Actor] = {}  # "guards" -> the body named "Iran's Revolutionary Guards"
        self._korea: str | None = None  # the last of the two Koreas named

    def resolve(self, text: str) -> Actor | None:
        """The actor of `text` in this document; a person named in full is remembered by surname, a body
        by its acronym, its kind and the first word of its name."""
        country = self.country or (self._korea if text.strip().lower() in KOREA_HALVES else None)
        actor = resolve_actor(text, date=self.date, country=country, kb=self.kb)
        if actor is not None and actor.country in KOREA_HALVES.values():
            self._korea = actor.country  # "the North" after one of the Koreas is named (decision 0058)
        earlier = self._earlier_ruler(text, actor)
        if earlier is not None:
            return _as_earlier(earlier, text)
        self._remember_military_rulers(text, actor)
        earlier = self._earlier_body(text, actor)
        if earlier is not None:
            return _as_earlier(earlier, text)
        self._remember_body(text, actor)
        words = _name_words(text)
        titled = _titled_given_name(text)
        if titled is not None and actor is not None and actor.country and actor.kind in PERSON_KINDS:
            # "Sheikh Mohammed bin Zayed Al Nahyan" ... "Sheikh Mohammed", "Crown Prince Mohammed bin Salman" ...
            # "Prince Mohammed" (decision 0059): under the title it was named with, and under the given name alone
            title, given = titled
            if title:
                self._people[phrase_key(f"{title} {given}")] = actor
            self._people.setdefault(phrase_key(given), actor)
        if words is None:
            if actor is not None and actor.country in FAMILY_NAME_FIRST:
                self._remember_person(_trailing_name(text), actor)  # "North Korean leader Kim Jong-un"
            return actor
        key = phrase_key(words[-1])
        title = text.split()[0].lower() if len(words) == 1 and len(text.split()) == 2 else ""
        earlier = (self._people.get(phrase_key(f"{title} {words[0]}")) if title in HONORIFICS else None) or (
            self._people.get(key) if len(words) == 1 else None)
        if earlier is not None and (actor is None or actor.name != earlier.name):
            return _as_earlier(earlier, text)
        if actor is None and self.country and len(words) <= MAX_NAME_WORDS:
            actor = Actor(text=text, country=self.country, via="inferred from the document's state",
                          kind="unknown name", confidence=DOCUMENT_STATE_CONFIDENCE)
        if len(words) > 1:
            self._remember_person(words, actor)
        return actor

    def _remember_person(self, words: list[str], actor: Actor | None) -> None:
        """Keep a person named in full under the surname a later bare name may use: the last word, and for the
        states whose names put the family name first ("Kim Jong-un", "Xi Jinping") the first (decision 0058)."""
        if len(words) < 2 or actor is None or actor.kind not in PERSON_KINDS:
            return
        keys = [phrase_key(words[-1])] + ([phrase_key(words[0])] if actor.country in FAMILY_NAME_FIRST else [])
        for key in keys:
            if self._people.get(key) is None:
                self._people[key] = actor

    def _earlier_ruler(self, text: str, actor: Actor | None) -> Actor | None:
        """A junta, regime or force named with its state before ("Niger's ruling junta", "400 Kenyan police officers")
        for a later bare "the junta", "the officers", which the document's state would otherwise place (wrongly when
        another state is named more often, or the force is abroad)."""
        words = text.lower().split()
        if actor is None or actor.kind != "agent" or not words or words[-1] not in RULER_NOUNS:
            return None
        if len(words) == 2 and words[0] in {"the", "this"}:
            return self._rulers.get(words[-1])
        if actor.country:
            self._rulers[words[-1]] = actor  # the phrase named its state ("Niger's ruling junta")
        return None

    def _remember_military_rulers(self, text: str, actor: Actor | None) -> None:
        """"Mali's military government", "Niger's military rulers", "Mali's military-led government": the junta a later
        bare "the junta" stands for (decisions 0059, 0060)."""
        words = text.lower().split()
        if (actor is not None and actor.country and len(words) >= 2 and words[-2] in MILITARY_WORDS
                and words[-1] in MILITARY_RULE_WORDS):
            self._rulers["junta"] = actor

    def _earlier_body(self, text: str, actor: Actor | None) -> Actor | None:
        """The body an earlier phrase named that `text` stands for: a defined acronym ("the NTC"); "the
        airline", "this commission" when the phrase names no body itself; a body's first name word alone."""
        words = text.strip().split()
        bare = words[1:] if len(words) == 2 and words[0].lower() in NOT_NAMES else words
        if len(bare) == 1 and bare[0] in self._acronyms:
            return self._acronyms[bare[0]]
        if len(bare) == 1 and actor is None and bare[0] in self._initials:
            return self._initials[bare[0]]
        unplaced = actor is None or (actor.kind == "agent" and actor.country is None)
        if len(words) == 2 and text.lower().startswith("the ") and words[1][:1].isupper() and unplaced:
            # "the Guards" after "Iran's Revolutionary Guards", "the Court" after "the International Criminal Court"
            earlier_name = self._name_ends.get(words[1].lower())
            if earlier_name is not None:
                return earlier_name
        named = actor is not None and actor.kind not in ("agent", "place")
        if named or not (self._bodies or self._groups):
            return None
        lowered = text.strip().lower()
        lead = _back_reference_lead(words)
        if lead is not None and lowered.startswith(_BACK_REFERENCE) and lead in BODY_NOUNS:
            return next((body for nouns, body in reversed(self._bodies) if lead in nouns), None)
        if lead is not None and lowered.startswith(_BACK_REFERENCE) and lead in _ALL_GROUP_NOUNS:
            return next((group for nouns, group in reversed(self._groups) if lead in nouns), None)
        if (len(words) == 3 and lowered.startswith(_BACK_REFERENCE) and words[2] in SECTOR_NOUNS["IGO"]
                and words[1].islower()):
            # "the regional bloc", "the 27-nation bloc", "the military alliance": the body named before
            return next((body for nouns, body in reversed(self._bodies) if words[2] in nouns), None)
        if (len(words) == 3 and lowered.startswith(_BACK_REFERENCE) and words[2].lower() in _ALL_GROUP_NOUNS
                and words[1].lower() in GROUP_DESCRIPTORS):
            # "the guerrilla group", "the militant group", "the rights group": the group named before
            noun = words[2].lower()
            return next((group for nouns, group in reversed(self._groups) if noun in nouns), None)
        if len(words) == 1 and words[0][:1].isupper():
            return next((body for _, body in reversed(self._bodies) if body.name and len(body.name.split()) > 1
                         and body.name.split()[0] == words[0]), None)
        return None

    def _remember_body(self, text: str, actor: Actor | None) -> None:
        """Keep a body the phrase names, under the nouns it answers to, and the acronym it defines."""
        if actor is None or actor.kind in NOT_BODY_KINDS or not actor.country:
            return
        if actor.kind == "unknown name" and not (actor.via or "").startswith("inferred from the body"):
            return  # an unknown person or group, not a body
        last = text.split()[-1].removesuffix("'s").removesuffix("\u2019s")
        if len(text.split()) > 1 and last[:1].isupper() and actor.kind not in {"agent", "unknown name"}:
            self._name_ends[last.lower()] = actor
        definition = acronym_definition(text)
        if definition is not None:
            self._acronyms[definition[1]] = actor
        for initials in _initials(definition[0] if definition else text):
            self._initials.setdefault(initials, actor)
        words = {w.strip("(),.").lower().removesuffix("'s").removesuffix("\u2019s")
                 for w in f"{text} {actor.name or ''}".split()}  # "The International Criminal Court's prosecutor"
        nouns = (words & BODY_NOUNS) | SECTOR_NOUNS.get(actor.sector or "", frozenset())
        if actor.sector == "BUS" and words & AIRLINE_WORDS:
            nouns |= {"airline", "carrier"}
        if nouns:
            self._bodies.append((frozenset(nouns), actor))
        if actor.sector in GROUP_NOUNS:
            self._groups.append((GROUP_NOUNS[actor.sector], actor))


#: Prepositions after a back reference that place it, not name another body ("the group in southern Lebanon").
_PLACING = frozenset({"in", "near", "at", "on", "inside", "across"})


def _back_reference_lead(words: list[str]) -> str | None:
    """The noun of a two-word back reference ("the group"), also when it owns what follows or is placed by it
    ("the group's positions in southern Lebanon", "the group in Gaza"), lowercased; None otherwise."""
    if len(words) < 2:
        return None
    noun = words[1].lower()
    owner = noun.removesuffix("'s").removesuffix("\u2019s")
    if len(words) == 2 or (owner != noun and len(words) > 2):
        return owner
    return noun if words[2].lower() in _PLACING else None


def _initials(name: str) -> list[str]:
    """The initials of a name's capitalised words and of each shorter tail of them, as acronyms are formed
    ("Philippine National Telecommunications Commission" -> PNTC, NTC, TC); small words are skipped."""
    letters = [w[0] for w in name.split() if w[:1].isupper() and w.lower() not in NOT_NAMES]
    return ["".join(letters[i:]) for i in range(len(letters) - 1)]


def _as_earlier(earlier: Actor, text: str) -> Actor:
    """The earlier mention's actor for a later phrase, no surer than an inference from an earlier mention."""
    return replace(earlier, text=text, via=f"earlier mention ({earlier.text})",
                   confidence=min(earlier.confidence, EARLIER_MENTION_CONFIDENCE))


#: States whose people's names the English news writes family name first ("Kim Jong-un" is "Kim").
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC"})


def _trailing_name(text: str) -> list[str]:
    """The capitalised words a phrase with a lowercase title ends in ("North Korean leader Kim Jong-un" ->
    ["Kim", "Jong-un"]); empty when it ends in no name of two words or more."""
    words = text.split(",", 1)[0].split()
    tail: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() and any(c.islower() for c in word)):
            break
        tail.insert(0, word)
    return tail if len(tail) >= 2 and len(tail) < len(words) else []


#: Words that join a given name to the father's in an Arabic name ("Mohammed bin Salman").
PATRONYMIC_WORDS = frozenset({"bin", "bint", "ibn", "ben"})


def _titled_given_name(text: str) -> tuple[str, str] | None:
    """The title and given name of a name that goes on with the father's ("Saudi Crown Prince Mohammed bin Salman" ->
    ("prince", "Mohammed")), which news uses alone after the title ("Prince Mohammed"); the title is empty when the
    name has none; None for other names."""
    words = text.split(",", 1)[0].split()
    joint = next((i for i, w in enumerate(words) if w in PATRONYMIC_WORDS), None)
    if joint is None or joint == 0 or joint == len(words) - 1:
        return None
    given = words[joint - 1]
    if not given[:1].isupper() or given.lower() in HONORIFICS:
        return None
    title = words[joint - 2].lower() if joint >= 2 else ""
    return (title if title in HONORIFICS else ""), given


def _name_words(text: str) -> list[str] | None:
    """The words of the name a phrase is or ends in, without a title before it ("Mr Rosselló" ->
    ["Rosselló"], "Hatice Cengiz, fiancée of ..." -> ["Hatice", "Cengiz"]); None when the phrase is not
    a bare name (an article, a lowercase word, a number)."""
    words = text.split(",", 1)[0].split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    if not words or not all(w[:1].isupper() and any(c.islower() for c in w) for w in words):
        return None
    if words[0].lower() in NOT_NAMES or (len(words) == 1 and words[0].lower() in QUANTITIES):
        return None
    return words
