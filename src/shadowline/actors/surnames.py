"""Surnames of office holders as names of their own: "Pompeo", "Nabiullina", "Bessent".

A person of the team tables (leaders.csv, office_holders.csv) becomes reachable by the last word of
their name when that word is a surname nobody else can mean:

* the name is written given name first (not a Chinese, Korean or Vietnamese name, not an Arabic
  name with ``bin``/``al-``/``abu``), and the surname has four letters or more;
* it is no English word or common surname (``surname_words.csv``: Brown, Hunt, Price ...; spaCy's English
  stop words);
* the phrase names nothing else in the base but towns (a town of that name is the person's
  namesake: "Bolton" is John Bolton, not the town) and the same person; for a mayor, a regional head or
  a party leader only a small town (``places.NAMESAKE``) is: "Houston" is the city, not Nova Scotia's premier;
* among holders in national office and holders of a local or party office, only the national ones count
  ("Bennett" in 2021 is Israel's prime minister, not a British party leader);
* no other person with that surname held an office as high at the same time (a head of state or government
  outranks other national offices, and those outrank members of a legislature: "Perry" in 2018 is the US
  energy secretary, not a congressman); the document date then says who is meant ("Johnson" in 2020 is the
  British prime minister, in 2024 the US speaker).
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.matching import Match
from shadowline.actors.phrases import phrase_key
from shadowline.actors.places import NAMESAKE

#: States whose people are usually written family name first in English news.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MMR", "MNG"})
#: Name words that make the last word no surname (Arabic and Berber name particles, generational suffixes).
PARTICLES = frozenset("bin ibn bint ben ould ag al el abu abd abdul ul ud jr sr ii iii iv".split())
#: Shortest surname used alone.
MIN_SURNAME_LETTERS = 4
#: Words before a surname that are no given name ("Mr Pompeo", "Gen Milley").
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady gen general adm admiral col colonel maj lt "
                       "sheikh prince princess emir king queen president premier minister chancellor "
                       "senator sen rep governor gov speaker judge justice".split())


def surname_words() -> frozenset[str]:
    """Surnames that are also English words or too common to name one person (``surname_words.csv``), and
    every English function word ("Somé" is written "some" once its accent is folded)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    text = resources.files("shadowline.actors").joinpath("data", "surname_words.csv").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()[1:] if line.strip()) | STOP_WORDS


def surname_of(entry: Entry) -> str | None:
    """The index key of `entry`'s surname, or None when its name has none that can stand alone."""
    if entry.country in FAMILY_NAME_FIRST:
        return None
    words = phrase_key(entry.name).split(" ")
    if len(words) < 2 or PARTICLES.intersection(words):
        return None
    surname = words[-1]
    if len(surname) < MIN_SURNAME_LETTERS or not surname.isalpha():
        return None
    return surname


def add_surnames(kb: KnowledgeBase, numbers: list[int]) -> int:
    """Index the surname of each person entry in `numbers` where it is unambiguous; return how many surnames."""
    stop = surname_words()
    people: dict[str, list[int]] = defaultdict(list)
    for number in numbers:
        surname = surname_of(kb.entries[number])
        if surname and surname not in stop:
            people[surname].append(number)
    added = 0
    for surname, holders in people.items():
        national = [n for n in holders if not local_office(kb.entries[n])]
        holders = national or holders  # a mayor's or a party leader's namesake in national office is meant
        holders = _unrivalled(kb, holders)
        names = {kb.entries[n].name for n in holders}
        # a place of the name is a national office holder's namesake; a local office holder's only when it is a
        # small town (places.NAMESAKE): "Houston" stays the city
        others = [e for e in kb.lookup(surname) if e.name not in names and not (
            e.kind == "place" and (national or e.role == NAMESAKE))]
        if others or not holders:
            continue
        for number in holders:
            kb.index_phrases(number, [surname])
        added += 1
    return added


#: Offices below the state's: sub-national heads, mayors, party leaders ("governor of Imo State", "chief minister
#: of Punjab" and the like start with one of these).
LOCAL_OFFICES = ("mayor", "state governor", "state premier", "provincial premier", "regional president",
                 "regional governor", "county governor", "chief minister", "governor of ", "president of ",
                 "party leader", "deputy chief minister", "lieutenant governor", "provincial party secretary",
                 "regional prime minister", "regional deputy prime minister")


#: Offices at the head of a state (``leaders.csv``).
HEAD_ROLES = frozenset({"head of state", "head of government"})
#: Offices of one member among many of a legislature: a surname shared with a holder of another national office at
#: the same time is that holder's.
MEMBER_ROLES = frozenset({"senator", "representative", "member of parliament"})


def local_office(entry: Entry) -> bool:
    """Whether a person's office is below the state's (a mayor, a regional head) or a party's: a surname shared with
    someone in national office at the same time is that person's ("Bennett" in 2021 is Naftali Bennett, Israel's
    prime minister, not Natalie Bennett, leader of the Green Party of England and Wales)."""
    role = entry.role or ""
    return role.startswith(LOCAL_OFFICES)


def index_namesakes(kb: KnowledgeBase, numbers: list[int]) -> None:
    """Index each person entry in `numbers` by the last word of its name and of each alias ("vazquez" for
    Wanda Vázquez Garced, written "Wanda Vázquez"), in `kb.namesakes`: where the surname index gives a bare
    surname to another state's person, the context state's namesake is found there (docs/decisions/0037)."""
    found: dict[str, list[int]] = defaultdict(list)
    for number in numbers:
        entry = kb.entries[number]
        for name in (entry.name, *entry.aliases):
            words = phrase_key(name).split(" ")
            if len(words) > 1 and words[-1].isalpha() and number not in found[words[-1]]:
                found[words[-1]].append(number)
    kb.namesakes = {surname: tuple(holders) for surname, holders in found.items()}


def _rank(entry: Entry) -> int:
    """0 for a head of state or government, 1 for another national office, 2 for a member of a legislature."""
    return 0 if entry.role in HEAD_ROLES else 2 if entry.role in MEMBER_ROLES else 1


def _unrivalled(kb: KnowledgeBase, holders: list[int]) -> list[int]:
    """The holders whom no other person with the surname rivals: one in office at the same time in an office as high
    or higher. A member of a legislature's namesake in another national office is meant ("Perry" in 2018 is Rick
    Perry, the energy secretary, not Scott Perry, a congressman), as is a minister's namesake at the head of a state
    ("Borisov" in 2016 is Boyko Borisov, Bulgaria's prime minister, not Yury Borisov, a Russian deputy defence
    minister); two ministers in office together rival each other, and neither is meant; in other years the date
    tells the rest apart ("Johnson" in 2020 is the British prime minister, in 2024 the US speaker)."""
    entries = {n: kb.entries[n] for n in holders}
    return [n for n, entry in entries.items() if not any(
        other.name != entry.name and _rank(other) <= _rank(entry) and not _apart_in_time([entry, other])
        for other in entries.values())]


def _apart_in_time(entries: list[Entry]) -> bool:
    """Whether no two different people among `entries` held office at the same time."""
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            if a.name != b.name and (not a.end or not b.start or b.start < a.end) \
                    and (not b.end or not a.start or a.start < b.end):
                return False
    return True


def surname_alone(match: Match) -> bool:
    """Whether a match is a person's one-word surname, not their full name ("Abbott" for Tony Abbott):
    a capitalised unknown word before it is another person's given name ("Greg Abbott")."""
    entry = match.entries[0]
    return entry.kind == "person" and match.end - match.start == 1 and " " in entry.name
