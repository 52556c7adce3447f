"""The actor phrases of one document, resolved in text order with what the document said before.

A name the knowledge base does not know is still someone: a bare surname is the person an earlier phrase
named in full ("Governor Ricardo Rosselló" ... "Rosselló"), and a name nothing else places belongs to the
document's state. Both are inferences, marked in `Actor.via` and with a lower `Actor.confidence`.

>>> names = DocumentActors(date="2019-07-20", country="PRI")
>>> names.resolve("Governor Ricardo Rosselló").kind
'unknown name'
>>> names.resolve("Rosselló").via
'earlier mention (Governor Ricardo Rosselló)'
"""

from __future__ import annotations

from dataclasses import replace

from shadowline.actors.knowledge import KnowledgeBase
from shadowline.actors.loaders import load_knowledge_base
from shadowline.actors.phrases import phrase_key
from shadowline.actors.resolver import resolve_actor
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


class DocumentActors:
    """Resolve one document's actor phrases in order, remembering the people it named in full.

    `date` picks office holders and `country` is the document's state (as for `resolve_actor`).
    """

    def __init__(self, *, date: str | None = None, country: str | None = None,
                 kb: KnowledgeBase | None = None) -> None:
        self.date, self.country = date, country
        self.kb = kb or load_knowledge_base()
        self._people: dict[str, Actor | None] = {}  # surname key -> who the document named with it

    def resolve(self, text: str) -> Actor | None:
        """The actor of `text` in this document; a person named in full is remembered by surname."""
        actor = resolve_actor(text, date=self.date, country=self.country, kb=self.kb)
        words = _name_words(text)
        if words is None:
            return actor
        key = phrase_key(words[-1])
        earlier = self._people.get(key) if len(words) == 1 else None
        if earlier is not None and (actor is None or actor.name != earlier.name):
            return replace(earlier, text=text, via=f"earlier mention ({earlier.text})",
                           confidence=min(earlier.confidence, EARLIER_MENTION_CONFIDENCE))
        if actor is None and self.country and len(words) <= MAX_NAME_WORDS:
            actor = Actor(text=text, country=self.country, via="inferred from the document's state",
                          kind="unknown name", confidence=DOCUMENT_STATE_CONFIDENCE)
        if len(words) > 1 and actor is not None and actor.kind in PERSON_KINDS and self._people.get(key) is None:
            self._people[key] = actor
        return actor


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
