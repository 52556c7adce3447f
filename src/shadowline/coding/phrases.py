"""Noun phrases in a dependency parse: their tokens and text, their proper-name core, whether they name an
entity, and the actor mentions made of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shadowline.coding.lexicon import word_list
from shadowline.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Tokens that open or close a quotation ("``" and "''" where a text writes them so).
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PHRASE_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "npadvmod", "quantmod",
                              "punct", "advmod"})


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without relative clauses, appositions or coordination.

    Keeps left modifiers (determiners, adjectives, compounds, possessives) and right ``of``/``in``
    phrases ("Ministry of Defence", "partner in Ankara"); not ``in`` after a person's name, which says where
    the person is ("met Zalmay Khalilzad in Qatar").
    """
    keep: set[int] = {head.i}
    for child in head.children:
        if child.i < head.i and child.dep_ in PHRASE_LEFT_DEPS:
            keep.update(t.i for t in child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and ((child.lower_ == "of" and not _tells_an_act(child)) or (
                child.lower_ == "in" and head.ent_type_ != "PERSON" and not _adverbial_in(child))):
            keep.update(t.i for t in child.subtree if not _crosses_clause(t, child))
        elif (child.i > head.i and child.dep_ == "prep" and child.lower_ == "from"
              and head.lemma_.lower() in DELEGATE_NOUNS):
            keep.update(t.i for t in child.subtree if not _crosses_clause(t, child))  # "representatives from Iran"
        elif child.i > head.i and child.dep_ in {"compound", "case"}:
            keep.update(t.i for t in child.subtree)
    doc = head.doc
    dateline = dateline_end(head.sent)
    start = dateline if head.i >= dateline else head.sent.start
    tokens = [doc[i] for i in sorted(keep) if i >= start]
    while tokens and tokens[0].dep_ in {"punct", "cc"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].dep_ in {"punct", "cc", "case"} and tokens[-1].i != head.i:
        tokens = tokens[:-1]
    return tokens


#: People sent by a state or body, whose phrase keeps "from" it ("representatives from Iran", "a delegation from
#: China"); troops or refugees "from" a place are not of it.
DELEGATE_NOUNS = frozenset({"representative", "official", "delegate", "delegation", "diplomat", "envoy", "lawmaker",
                            "minister", "negotiator", "observer", "emissary", "counterpart"})


def is_to_infinitive(verb: Token) -> bool:
    """Whether `verb` is a to-infinitive ("to pull out")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def places_after_in(sentence: Span, labels: frozenset[str] = frozenset({"GPE", "LOC"}),
                    prepositions: frozenset[str] = frozenset({"in"})) -> list[Token]:
    """The heads of the places `sentence` names after "in" ("in Minsk", "in eastern Afghanistan"), or after another of
    `prepositions`, in order: where its acts happen."""
    return [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in prepositions and t.ent_type_ in labels]


def _tells_an_act(preposition: Token) -> bool:
    """"of firing water cannon" in "accused Chinese vessels of firing water cannon": the act charged, not part of
    the actor's name."""
    return any(c.dep_ == "pcomp" or (c.dep_ == "pobj" and c.tag_ == "VBG") for c in preposition.children)


#: Nouns of a meeting held between parties, beside the talk nouns (``talk_nouns.txt``): "after a meeting with Erdogan"
#: tells one held, "talks in Geneva" and "a summit in Beijing" tell a venue.
MEETING_NOUNS = frozenset({"meeting", "summit", "conference", "forum"})

#: Nouns after "in" that make an adverb of the phrase, not a place of the noun before: "police in response".
ADVERBIAL_IN = word_list("adverbial_in_nouns")


def _adverbial_in(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ in ADVERBIAL_IN for c in preposition.children)


#: Nouns of a group of states, whose examples after a comma and "including" are its members acting ("Several
#: European countries, including Germany and France, suspended arms sales"; decision 0058).
STATE_GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "ally"})


def group_members(head: Token) -> list[Token]:
    """The members a group noun names after "such as" or "including" ("allies such as Germany", "German firms
    including Deutsche Bahn, Daimler and Siemens"): the heads of each, in order; none for other nouns. After a
    comma "including" gives an example, not the group ("14 political prisoners, including an opposition
    figure" are the prisoners)."""
    if head.pos_ != "NOUN":
        return []
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i:
            continue
        if ((prep.lower_ == "including" and (doc[prep.i - 1].text != "," or head.lemma_.lower() in STATE_GROUP_NOUNS))
                or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return [pobj, *pobj.conjuncts]
    return []


def _crosses_clause(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl", "advcl", "conj", "appos", "cc"}:
            return True
        token = token.head
    return False


def mention_of(tokens: list[Token], actor: Actor, role: str) -> ActorMention:
    first, last = tokens[0], tokens[-1]
    return ActorMention(actor, first.i, last.i + 1, first.idx, last.idx + len(last.text), role)


def phrase_text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()



def phrase_core_start(head: Token) -> int:
    """Start of the head's compound/proper-name core ("Wagner Group" in "the Russian-funded Wagner Group")."""
    start = head.i
    for child in sorted(head.children, key=lambda t: -t.i):
        if child.i == start - 1 and child.dep_ in {"compound", "amod"} and child.pos_ == "PROPN":
            start = child.i
    return start


ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def names_an_entity(head: Token) -> bool:
    """Whether the noun phrase headed by `head` is a named person, organisation, group or place."""
    return head.ent_type_ in ACTOR_ENTITY_LABELS or (head.pos_ == "PROPN" and head.ent_type_ not in {
        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "WORK_OF_ART", "LAW",
        "PRODUCT", "LANGUAGE"})



def with_role(mentions: list[ActorMention], role: str) -> list[ActorMention]:
    return [ActorMention(m.actor, m.start, m.end, m.char_start, m.char_end, role) for m in mentions]



DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


def dateline_end(sentence: Span) -> int:
    """Token index after a dateline ("MANILA, March 4 —" / "KYIV (Reuters) -" / "KABUL:"), or the sentence
    start. A dash inside a word ("ISIS carried out a multi-pronged attack") ends no dateline."""
    first = sentence[0]
    if not (first.is_upper and len(first.text) >= 3 and first.is_alpha):
        return sentence.start
    doc = sentence.doc
    for token in sentence[: min(len(sentence), 10)]:
        if token.text in DATELINE_DASHES and token.i > sentence.start and doc[token.i - 1].whitespace_:
            return token.i + 1
        if token.text == ":" and token.i <= sentence.start + 2 and all(t.is_upper for t in doc[sentence.start:token.i]):
            return token.i + 1
    return sentence.start




def is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


