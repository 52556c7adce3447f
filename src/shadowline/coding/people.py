"""The state a document gives a person by describing them.

News places a person it names once with a word of their state or body and then writes the bare name: "Turkish
national Hatice Demir ... Demir said", "Ana Ruiz, a UN rapporteur, ... Ruiz urged", "Omar Haddad is a Jordanian
citizen". The describing word is a modifier of the name ("Turkish national Hatice Demir", "UN special rapporteur
Ana Ruiz"), of its apposition ("a UN rapporteur") or of what the person is said to be ("is a Jordanian citizen");
it must name a state, its people or an organisation with a home (``DESCRIBING_KINDS``). A word inside the name
itself or behind a preposition ("fiancée of journalist Jamal Khashoggi": someone else) describes nobody here, nor
does a description that makes the name a thing ("Hagia Sophia, formerly a Greek Orthodox church": a building of
``non_actor_nouns.txt``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from shadowline.coding.lexicon import word_list
from shadowline.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Kinds of actor whose word before a person's description places the person ("Turkish", "Russia", "UN").
DESCRIBING_KINDS = frozenset({"state", "people", "organisation"})
#: Dependencies of the words that modify a noun from its left ("a [UN] [special] rapporteur").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def described_state(head: Token, resolve: Callable[[str], Actor | None]) -> Actor | None:
    """The state or body with a home that a description of the person named by `head` gives: a modifier of the
    name, of its apposition, or of the noun a copula says the person is. None when no description places them.

    >>> described_state(nlp("Turkish national Hatice Demir spoke.")[3], resolve).country  # doctest: +SKIP
    'TUR'
    """
    for word in _describing_words(head):
        if not word.text[:1].isupper():
            continue
        actor = resolve(_name_of(word))
        if actor is not None and actor.country and actor.kind in DESCRIBING_KINDS:
            return actor
    return None


def _name_of(word: Token) -> str:
    """The whole name `word` is part of: its entity ("United Nations"), else the word with what is written
    onto it ("ABS-CBN" for "CBN", not the Nigerian bank)."""
    doc = word.doc
    start, end = word.i, word.i + 1
    if word.ent_iob_ in {"B", "I"}:
        while doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    else:
        while start > 0 and not doc[start - 1].whitespace_:
            start -= 1
        while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_punct:
            end += 1
    return doc[start:end].text


def _describing_words(head: Token) -> Iterator[Token]:
    """The words of `head`'s left modifiers that are not part of the name, then those of its appositions and of
    the nouns a copula gives it as predicates ("Demir is a Turkish national")."""
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        nouns += [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    for noun in [head, *(n for n in nouns if n.lemma_.lower() not in word_list("non_actor_nouns"))]:
        for modifier in (c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i):
            if modifier.ent_type_ != "PERSON":
                yield from modifier.subtree
