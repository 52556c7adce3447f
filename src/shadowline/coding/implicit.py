"""Candidate pairs whose source is not named but known from the act itself.

News tells arrests in the passive without an agent: "At least 71 people were arrested on Friday", "the
suspect's wife was taken into custody", "Babaryka, who was arrested in May". Only a state's police and
security services arrest (PLOVER COERCE, CAMEO 173 "arrest, detain"), so the agent is the police of the
state where it happens: the arrested actor's state when it has one, else the state the document is about
(stage ``context``). The implicit source is marked on the verb (it has no words of its own) and written
"police"; the act itself decides the type, so these candidates are typed here, not by the classifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shadowline.coding.candidates import PairExtractor
from shadowline.coding.lexicon import word_list
from shadowline.records import Actor, ActorMention, Candidate, TypeDecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: CAMEO code of an arrest or detention (PLOVER COERCE).
ARREST_CAMEO = "173"
#: Confidence of an arrest read from the verb itself: above the ``main`` threshold, below sure classifier calls.
ARREST_CONFIDENCE = 0.9
IMPLICIT_ROLE = "implicit"


def _is_arrest(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in word_list("arrest_verbs"):
        return True
    return lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.lower_ == "custody" for g in c.children) for c in verb.children)


def _arrested(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """Who was arrested by an unnamed agent: the subject of an agentless passive ("71 people were
    arrested"), or the noun an agentless participle describes ("prisoners arrested during the campaign")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return [m for s in subjects for m in extractor.mentions_at(s)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return extractor.mentions_at(verb.head)
    return []


def police_of(target: ActorMention, verb: Token) -> ActorMention:
    """The unnamed police that arrested `target`, marked on the arresting verb."""
    actor = Actor("police", target.actor.country, "COP", "COP", None, "implicit agent", kind="agent")
    return ActorMention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb.text), IMPLICIT_ROLE)


def arrest_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(police, arrested) pairs of `sentence`'s agentless arrests, typed COERCE."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or not _is_arrest(verb):
            continue
        for target in _arrested(extractor, verb):
            if any(c.target.start < target.end and target.start < c.target.end and c.trigger.i == verb.i
                   for c in existing):
                continue
            candidate = Candidate(sentence, verb, police_of(target, verb), target, "implicit")
            candidate.decision = TypeDecision("COERCE", ARREST_CAMEO, None, [], ARREST_CONFIDENCE)
            candidate.notes.append("agent implicit in an arrest")
            found.append(candidate)
    return found

