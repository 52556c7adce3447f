"""Names of people and peoples: a state's or a town's name that is part of a person's name ("Chad Wolf"),
another person with an office holder's surname ("Greg Abbott"), and a demonym as a people ("young
Palestinians": civilians; "the Saudis": the state's side, GOV) or, alone, as the state acting ("the
Turkish": its government).
"""

from __future__ import annotations

from shadowline.actors.bodies import PLACING_KINDS
from shadowline.actors.knowledge import Entry
from shadowline.actors.matching import Match
from shadowline.actors.phrases import phrase_key
from shadowline.actors.reading import PhraseReading
from shadowline.actors.surnames import HONORIFICS, surname_alone

#: Names of states and capitals that are also given names or surnames ("Chad Wolf", "Michael Jordan").
GIVEN_NAMES = frozenset("chad jordan georgia israel india paris victoria sydney florence austin".split())
#: Capitalised words that place a state or town, not name a person ("Northern Jordan", "Kharkiv Oblast").
PLACE_CUES = frozenset("north south east west northern southern eastern western central greater upper lower "
                       "northeastern northwestern southeastern southwestern oblast province region governorate "
                       "district county city state prefecture raion municipality town village".split())
#: Days and months: a capitalised word that ends a phrase after a surname without being a name ("Putin Monday").
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                           "june july august september october november december".split())
#: Words for a private person that name no sector alone ("a man", "Hamas men", "the Kremlin's men").
PRIVATE_PERSON_WORDS = frozenset({"man", "men"})
#: Peoples whom "the" and the plural name as a people even alone ("the Palestinians": CVL in every real
#: set we hold), not as a state's side.
PEOPLE_FIRST = frozenset({"PSE"})
#: Kinds of a place that make such a person a civilian: a state, a demonym, a town (not a seat of government).
HOME_KINDS = PLACING_KINDS - {"metonym"}


def _own_given_name(match: Match, word: str) -> bool:
    """Whether `word` is the given name of the person a surname alias names: "Volodymyr Zelenskiy", the alias
    "Zelenskiy" after Volodymyr Zelensky's own given name, is the president."""
    return any(e.name and phrase_key(e.name).split()[:1] == [word] for e in match.entries if e.kind == "person")


def given_names(reading: PhraseReading, matches: list[Match], tokens: list[str], capitalised: set[int],
                possessive: set[int]) -> list[Match]:
    """"Chad Wolf", "Michael Jordan", "Minister Iván Velásquez": a state name that is also a given
    name, or a town, next to a capitalised word the knowledge base does not know, is part of a
    person's name ("Jordan's King Abdullah" is the state, "Kharkiv Oblast" the place). A capitalised
    non-actor word after such a word ends a name too ("the Kenyan rights group Haki Africa")."""
    if not any(m.key in GIVEN_NAMES or m.entries[0].kind == "place" or surname_alone(m)
               or (m.entries[0].kind == "nonactor" and m.start in capitalised) for m in matches):
        return matches
    covered = {i for m in matches for i in range(m.start, m.end)}
    # a known person's surname used as another's given name ("Jonathan Cohen": not Goodluck Jonathan, nor Yossi Cohen)
    surnames = {m.start: m for m in matches if surname_alone(m)}
    paired = {i for i, m in surnames.items() if i + 1 in surnames and i + 1 in capitalised and i in capitalised
              and m.entries[0].name != surnames[i + 1].entries[0].name
              and tokens[i] not in surnames[i + 1].entries[0].name.lower().split()}  # not "Qamar (Javed) Bajwa"
    paired |= {i + 1 for i in paired}
    kept = []
    for match in matches:
        if match.start in paired:
            reading.steps.append(f"'{' '.join(tokens[i] for i in sorted(paired))}': another person, whose names "
                                 "are surnames of known people")
            continue
        kind = match.entries[0].kind
        after = [] if match.end - 1 in possessive or kind == "nonactor" else [match.end]
        beside = [i for i in (match.start - 1, *after) if 0 <= i < len(tokens)]
        named_like = (match.key in GIVEN_NAMES or kind == "place"
                      or (kind == "nonactor" and match.start in capitalised))
        if named_like and any(i in capitalised and i not in covered and tokens[i] not in PLACE_CUES
                              for i in beside):
            reading.steps.append(f"'{match.key}' beside an unknown capitalised word: part of a name")
            continue
        given = match.start - 1
        if (surname_alone(match) and given in capitalised and given not in covered
                and tokens[given] not in HONORIFICS and not _own_given_name(match, tokens[given])):
            # "Greg Abbott" is not Tony Abbott, "Brigitte Macron" not the president
            reading.steps.append(f"'{tokens[given]} {match.key}': another person with the surname of "
                                 f"{match.entries[0].name}")
            continue
        family = match.end
        if (surname_alone(match) and family in capitalised and family not in covered and family == len(tokens) - 1
                and tokens[family] not in CALENDAR_WORDS):
            # "Police spokesman Orlando Mudumane" is not Andrea Orlando: a known surname before an unknown last word
            # is another person's given name
            reading.steps.append(f"'{match.key} {tokens[family]}': another person, whose given name is the surname "
                                 f"of {match.entries[0].name}")
            continue
        kept.append(match)
    return kept


def people(reading: PhraseReading, entry: Entry, head: Match, n_tokens: int) -> Entry:
    """A demonym in the plural names people, civilians (CVL): "Syrians", "young Palestinians", "thousands
    of Hongkongers"; in the singular ("British", "Turkish") it stays the state's word. "The" and the plural
    alone ("the Saudis", "the Israelis") is the state's side in the news, its government (GOV), as "the
    British" is. The people of a region below a state are civilians however named ("the Rohingya", "Tibetan").
    """
    if entry.kind == "demonym" and not entry.sector and entry.role == "region":
        reading.steps.append(f"'{head.key}' names the people of a region, not a state acting: civilians (CVL)")
        return Entry(**{**entry.__dict__, "sector": "CVL", "cameo_role": "CVL"})
    if entry.kind != "demonym" or entry.sector or not head.key.endswith("s"):
        return entry
    if not any(phrase_key(alias) == head.key[:-1] for alias in entry.aliases):
        return entry
    if n_tokens == 1 and reading.text.strip().lower().startswith("the ") and entry.country not in PEOPLE_FIRST:
        reading.steps.append(f"'the {head.key}' alone is the state's side: its government (GOV)")
        return Entry(**{**entry.__dict__, "sector": "GOV", "cameo_role": "GOV"})
    reading.steps.append(f"'{head.key}' names a people in the plural: civilians (CVL)")
    return Entry(**{**entry.__dict__, "sector": "CVL", "cameo_role": "CVL"})


def demonym_alone(reading: PhraseReading, entry: Entry, head: Match, n_tokens: int) -> bool:
    """Whether a singular demonym is the whole phrase ("Turkish", "the British"): the state acting, as
    event coders read "the Turkish said" or a phrase cut to "Ethiopian", so the state's government
    (GOV), as a bare state name is (docs/decisions/0008); its kind stays "people", what the word names.
    With other words it stays the state's word."""
    if entry.kind != "demonym" or entry.sector or head.start != 0 or head.end != n_tokens:
        return False
    reading.steps.append(f"the demonym '{head.key}' alone is the state acting: its government (GOV)")
    return True


def private_person(reading: PhraseReading, word: Entry, head: Match, home: Entry) -> Entry:
    """"a Lebanese man", "two men from Gaza", "a Texas man": a man named by where he is from is a private
    person, a civilian (CVL), as "a Lebanese woman" is. Named by a group ("Hamas men") or by a seat of
    government or a person ("Kremlin men", "Assad's men") he stays of no sector."""
    if head.key not in PRIVATE_PERSON_WORDS or word.sector != "UNK" or home.kind not in HOME_KINDS:
        return word
    reading.steps.append(f"'{head.key}' named by where he is from: a private person, civilian (CVL)")
    return Entry(**{**word.__dict__, "sector": "CVL", "cameo_role": "CVL"})
