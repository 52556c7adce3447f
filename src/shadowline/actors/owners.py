"""Owned things and acts stand for their owner, as PLOVER's coders code them: "a U.S. Supreme Court
decision" is the court, "Syrian government shelling" the Syrian military, "the Saudi consul general's
residence" the consul, "German industrial products" German business.

`owner_phrase` finds the owner's words in a phrase whose head is such a thing or act; the resolver
resolves them when the phrase itself names no actor, and `owned_sector` gives the sector the thing
implies.

>>> owner_phrase("The missiles fired by the Israeli military")
('the Israeli military', 'missiles')
"""

from __future__ import annotations

import re

#: Acts and documents that are their owner's: the owner's sector stays.
ACTS = frozenset("decision decisions declaration declarations residence attack attacks violation violations "
                 "report reports resolution resolutions request requests refusal suggestion suggestions call "
                 "calls proposal proposals motion motions rules ruling verdict demand demands plan plans "
                 "announcement offer offers policy policies reform reforms law laws campaign mission expansion "
                 "ceasefire motives position stance comments remarks statement statements actions moves package "
                 "vote votes"
                 .split())
#: Acts whose sector word names their topic, not their author, when no state is named: "a police reform", "the
#: military law" ("Kenya's police reform" stays Kenya's).
TOPIC_ACTS = frozenset("reform reforms law laws".split())
#: Places a force or a body holds: they stand for it ("an Afghan army base", "a police headquarters", "an army camp
#: in Mali").
PROPERTY = frozenset("base bases headquarters compound compounds depot depots checkpoint checkpoints camp camps "
                     "post posts outpost outposts barracks station stations convoy convoys academy garrison "
                     "positions".split())
#: Military acts: a government or a people that does them is its armed forces (MIL).
MILITARY_ACTS = frozenset("airstrike airstrikes shelling bombardment bombardments bombing bombings offensive "
                          "raid raids".split())
#: Weapons: they stand for an armed owner only ("Indian Air Force fighter jets"); a state's weapons alone
#: ("Russian missiles") stay things, as the non-actor words have them.
WEAPONS = frozenset("missile missiles rocket rockets jet jets warplane warplanes warship warships drone drones tank "
                    "tanks".split())
#: Ships and aircraft: they stand for any owner ("Cypriot ships" are Cypriot; "a Venezuelan police helicopter" the
#: police), with the owner's sector.
CRAFT = frozenset("ship ships vessel vessels boat boats helicopter helicopters aircraft plane planes".split())
#: Craft that a state's or a people's name makes merchant ("Cypriot ships", "a Turkish vessel").
MERCHANT = frozenset("ship ships vessel vessels boat boats".split())
OWNED = ACTS | MILITARY_ACTS | WEAPONS | PROPERTY | CRAFT
#: Things whose "of" names their owner ("the position of the Uruguayan Government", "an arms depot of the Syrian
#: army"); acts are left out, since their "of" names whom they fall on ("the violation of Iraqi sovereignty").
OF_OWNER = PROPERTY | frozenset("position stance decision decisions declaration proposal proposals plan plans policy "
                                "policies statement statements report ruling verdict demand demands request "
                                "requests residence offer announcement comments remarks".split())

_POSSESSIVE = re.compile(r"^(?P<owner>.+?)(?:'s|\u2019s|\u02bcs|s'|s\u2019)\s+(?P<rest>.+)$")
_BY = re.compile(r"\s+by\s+")
_PREPOSITION = re.compile(r"\s+(?:of|in|on|against|to|for|from|at)\s+")
#: Most lowercase words between the thing and "by" ("missiles fired by", "proposals laid out by").
MAX_BY_GAP = 3


#: "U.S.-drafted", "Egyptian-brokered": a state or body joined to a participle of authorship, the owner of the text
#: or act ("vetoed a U.S.-drafted resolution" rejects the United States).
_AUTHORED_BY = re.compile(r"^(?P<author>[A-Z][\w.]*)-(?:drafted|sponsored|proposed|brokered|mediated|authored|"
                          r"tabled|introduced|written)$")


def owner_phrase(text: str) -> tuple[str, str] | None:
    """The owner's words and the owned word of "X's (adjectives) THING", "THING (verb) by X" or
    "X (adjectives) THING"; None when the phrase's head is no owned thing."""
    text = text.strip()
    if OWNED.isdisjoint(text.lower().split()):
        return None  # most phrases: no owned word at all
    by = _BY.search(text)
    if by is not None:
        words, owner = text[:by.start()].split(), text[by.end():]
        for at in range(len(words) - 1, max(len(words) - 2 - MAX_BY_GAP, -1), -1):
            if words[at].lower() in OWNED:
                if all(w[:1].islower() or w[:1].isdigit() for w in words[1:]):
                    return owner, words[at].lower()
                break
    head = _PREPOSITION.split(text, maxsplit=1)[0]
    possessive = _POSSESSIVE.match(head)
    if possessive is not None:
        rest = possessive.group("rest").split()
        if rest[-1].lower() in OWNED and all(w[:1].islower() for w in rest):
            return possessive.group("owner"), rest[-1].lower()
    words = head.split()
    of_owner = text[len(head):].lstrip()
    if of_owner[:3] == "of " and words[-1].lower() in OF_OWNER and all(w[:1].islower() for w in words):
        return of_owner[3:].lstrip(), words[-1].lower()  # "the position of the Uruguayan Government"
    if len(words) > 1 and words[-1].lower() in OWNED and words[-1][:1].islower():
        owner_words = words[:-1]
        while len(owner_words) > 1 and owner_words[-1][:1].islower() and owner_words[-1].lower() not in _OWNER_WORDS:
            owner_words = owner_words[:-1]  # "Indian Air Force fighter jets": "fighter" is no owner
        authored = _AUTHORED_BY.match(owner_words[-1])
        if authored is not None:
            owner_words = [*owner_words[:-1], authored.group("author")]  # "a U.S.-drafted resolution": the U.S.
        tail = text[len(head):]
        named = [w for w in owner_words if w.lower() not in _DETERMINERS]
        place = tail if named and tail.lstrip().lower().startswith("in ") else ""  # "a police headquarters in Kabul"
        return " ".join(owner_words) + place, words[-1].lower()
    return None


#: Parts of a state's ground: they are in the state of the place that names them ("some parts of North Sinai", "the
#: Deraa countryside", "Somali regions"), as a place, not an actor. Borders, territory, posts, airports and ports are
#: left to the coder, which takes them for their state when they are attacked ("shelled Israeli territory").
PLACE_PARTS = frozenset("part parts area areas region regions district districts province provinces countryside "
                        "outskirts suburbs enclave "
                        "bastion stronghold".split())
#: Places of detention: they are the state's (GOV) where they stand ("a captivity in Iran"); a center or camp only
#: after "detention" ("a detention center in Kirikkale province").
DETENTION = frozenset("prison prisons jail jails captivity".split())
_DETAINING = frozenset("center centre camp".split())
#: Places of worship: they are their faith's (REL) where they stand ("the mosque in Mosul").
WORSHIP = frozenset("mosque mosques church churches synagogue synagogues temple temples shrine shrines".split())
#: Every word that can end a place phrase, or start "detention X".
_PLACE_WORDS = PLACE_PARTS | DETENTION | WORSHIP | {"detention"}
_PLACE_PREPOSITIONS = ("in ", "of ", "near ")
_PLACE_PREPOSITION = re.compile(r"\s+(?:of|in|near|on|to|for|from|at)\s+")


def place_phrase(text: str) -> tuple[str, str] | None:
    """The place's words and the part's word of "PART in/of X", "X's PART" or "X PART", where PART is a part of a
    state's ground, a place of detention or of worship; None when the phrase's head is none."""
    text = re.sub(r"^in\s+", "", text.strip())  # "in parts of west Darfur": a tagged span with its preposition
    if _PLACE_WORDS.isdisjoint(text.lower().split()):
        return None
    head = _PLACE_PREPOSITION.split(text, maxsplit=1)[0]
    words, rest = head.split(), text[len(head):].lstrip()
    word = words[-1].lower()
    if word in _DETAINING and len(words) > 1 and words[-2].lower() == "detention":
        word = "detention"
    elif word not in _PLACE_WORDS or word == "detention":
        return None
    if not words[-1][:1].islower():
        return None  # "North District", "Kurram Agency": a name, for the knowledge base
    if rest.startswith(_PLACE_PREPOSITIONS) and all(w[:1].islower() or w[:1].isdigit() for w in words):
        return rest.split(maxsplit=1)[1] if " " in rest else "", word
    possessive = _POSSESSIVE.match(head)
    if possessive is not None and all(w[:1].islower() for w in possessive.group("rest").split()):
        return possessive.group("owner"), word
    named = [w for w in words[:-1] if w.lower() not in _DETERMINERS]
    if named and any(w[:1].isupper() for w in named):
        return " ".join(named), word
    return None


_DETERMINERS = frozenset("the a an this that these those its their his her".split())
#: Lowercase words that end an owner's name ("U.S. military airstrikes", "Syrian government shelling").
#: Adjectives that name a body by its sector ("a U.S. congressional report" is Congress's); alone before an act they
#: own nothing ("judicial reform").
SECTOR_ADJECTIVES = frozenset("congressional parliamentary judicial legislative".split())
_OWNER_WORDS = frozenset("military army government regime forces police court council authorities coalition navy "
                         "militia junta".split()) \
    | SECTOR_ADJECTIVES


def owned_sector(word: str, sector: str | None, state: bool = False) -> str | None:
    """The sector of an owner through what it owns: a government's or a people's military acts and a
    government's weapons are MIL; a state's or a people's ships are merchant ships (BUS), its aircraft say
    nothing of their sector; otherwise the owner's own sector."""
    if (word in MILITARY_ACTS or word in WEAPONS) and sector in (None, "GOV"):
        return "MIL"
    if word in CRAFT and state:
        return "BUS" if word in MERCHANT else None
    return sector
