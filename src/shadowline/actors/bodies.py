"""Named bodies: an unknown name before a generic head word ("Commission", "Authority", "Office") is a
body of its own, not a known body that happens to share the head word.

"National Telecommunications Commission" is not the European Commission, and "United States
Commission on International Religious Freedom" is a US government body. The token rules ask
`is_named_body` before they read the head; `acronym_definition` reads the "Name (ACRONYM)" apposition
that defines a body's short name for the rest of a document.

>>> acronym_definition("The National Telecommunications Commission (NTC)")
('The National Telecommunications Commission', 'NTC')
"""

from __future__ import annotations

import re

from shadowline.actors.matching import Match

#: Head words that make a government body of the capitalised name before them.
BODY_WORDS = frozenset("commission authority agency council ministry department office committee board "
                       "bureau administration directorate secretariat inspectorate regulator".split())
#: Kinds of a known name before the body word that place the body, not own it ("United States
#: Commission ...", "Kremlin Press Office"); an organisation there owns it ("EU Commission").
PLACING_KINDS = frozenset({"country", "territory", "region", "occupied", "disputed", "partially recognised",
                           "breakaway", "demonym", "capital", "metonym", "place"})
#: Confidence of a named body placed by a state in its own phrase; by the document's state only.
BODY_CONFIDENCE, BODY_CONTEXT_CONFIDENCE = 0.7, 0.6

_ACRONYM = re.compile(r"^(?P<name>.*[^\s(])\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,9})\)$")


def is_named_body(tokens: list[str], capitalised: set[int], head_end: int, head: Match | None,
                  before: Match | None) -> bool:
    """Whether the head region ends in a capitalised body word after a capitalised word, and the
    knowledge base knows no name for the whole: no match on the head word, or a named entry matched on
    the head word alone ("Commission" for the European Commission). An agent word ("ministry",
    "authority") keeps its own rules, and a known full name ("European Commission") is that body, as
    is a known organisation `before` the body word ("EU Commission")."""
    if head_end < 2 or tokens[head_end - 1] not in BODY_WORDS:
        return False
    if head_end - 1 not in capitalised or head_end - 2 not in capitalised:
        return False
    if before is not None and not before.is_word and before.entries[0].kind not in PLACING_KINDS:
        return False
    return head is None or (not head.is_word and head.start == head_end - 1)


def acronym_definition(text: str) -> tuple[str, str] | None:
    """The name and the acronym of a "Name (ACRONYM)" phrase; None for any other phrase."""
    match = _ACRONYM.match(text.strip())
    if match is None or not any(c.isupper() for c in match.group("acronym")[1:]):
        return None
    return match.group("name"), match.group("acronym")
