"""Sanctions and bans told without who imposed them.

News tells that an actor is banned or sanctioned and leaves out who did it: "The group is banned in Egypt",
"a banned militant organisation in Pakistan", "He was sanctioned again in 2019". Only states ban and sanction,
so the agent is a government, as the police of an arrest are (decision 0027): of the state of the place the
sentence puts the ban "in", else of the state that imposed the sanctions told last in the document ("The Treasury
imposed sanctions on him in 2018. He was sanctioned again ..."), else of the story's state (stage ``context``).
A ban is PLOVER COERCE (CAMEO 172, administrative sanctions: banning parties and people), a sanction SANCTION
(CAMEO 163); the act decides the type, so these candidates are typed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shadowline.coding.candidates import PairExtractor
from shadowline.coding.implicit import implicit_on, told_act
from shadowline.coding.lexicon import word_list
from shadowline.records import Actor, ActorMention, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: CAMEO code of an administrative sanction, such as banning a party or a person (PLOVER COERCE).
BAN_CAMEO = "172"
#: CAMEO code of imposed sanctions (PLOVER SANCTION).
SANCTION_CAMEO = "163"
#: Verbs that impose a sanction noun ("imposed sanctions on him", "levied sanctions against Iran").
SANCTION_MAKING_VERBS = frozenset({"impose", "levy", "place", "slap"})


def _decision(verb: Token) -> tuple[str, str] | None:
    """The PLOVER type and CAMEO code a ban or sanction verb tells."""
    lemma = verb.lemma_.lower()
    if lemma in word_list("ban_verbs"):
        return "COERCE", BAN_CAMEO
    if lemma in word_list("sanction_verbs"):
        return "SANCTION", SANCTION_CAMEO
    return None


def _restricted(extractor: PairExtractor, verb: Token) -> tuple[list[ActorMention], Token | None]:
    """Who was banned or sanctioned by an unnamed state, and the noun the ban is told on: the subject of an
    agentless passive ("The party is banned in Egypt"), or the subject of "be" with a noun the participle describes
    ("The group is a banned organisation in Egypt"). A relative clause ("a student who was barred") describes
    the actor; it tells no new act."""
    if verb.tag_ != "VBN" or verb.dep_ == "relcl" or any(c.dep_ == "agent" for c in verb.children):
        return [], None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return [m for s in subjects for m in extractor.mentions_at(s)], verb
    noun = verb.head
    if verb.dep_ == "amod" and noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return [m for c in noun.head.children if c.dep_ == "nsubj" for m in extractor.mentions_at(c)], noun
    return [], None


def _place_state(extractor: PairExtractor, word: Token) -> str | None:
    """The state of the place `word` puts the act "in" ("banned in Turkey")."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}):
            state = next((m.actor.country for m in extractor.mentions_at(place) if m.actor.country), None)
            if state is not None:
                return state
    return None


def government_imposing(target: ActorMention, verb: Token, country: str | None) -> ActorMention:
    """The unnamed government that banned or sanctioned `target`, marked on the verb."""
    actor = Actor("government", country, "GOV", "GOV", None, "implicit agent", kind="agent")
    return implicit_on(verb, actor)


def ban_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(government, actor) pairs of the bans and sanctions `sentence` tells without their author, typed COERCE
    (a ban) or SANCTION."""
    found: list[Candidate] = []
    for verb in sentence:
        decision = _decision(verb) if verb.pos_ == "VERB" else None
        if decision is None:
            continue
        targets, told_on = _restricted(extractor, verb)
        if told_on is None:
            continue
        country = _place_state(extractor, told_on)
        if country is None and decision[0] == "SANCTION" and extractor.memory.last_sanctioner is not None:
            country = extractor.memory.last_sanctioner.actor.country
        for target in targets:
            if any(c.target.start < target.end and target.start < c.target.end and c.trigger.i == verb.i
                   for c in existing):
                continue
            found.append(told_act(sentence, verb, government_imposing(target, verb, country), target, *decision,
                                  "state implicit in a ban or sanction"))
    return found


def note_sanctions(extractor: PairExtractor, sentence: Span) -> None:
    """Remember who imposed the sanctions told last with a state: the subject of an active "sanction" or of a verb
    that imposes sanctions ("levied sanctions against him")."""
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        imposes = lemma in SANCTION_MAKING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"sanction", "sanctions"} for c in verb.children)
        if not (imposes or lemma in word_list("sanction_verbs")):
            continue
        subjects, passive = extractor.subjects_of(verb)
        authors = extractor.agents_of(verb) if passive else subjects
        author = next((m for m in authors if m.actor.country), None)
        if author is not None:
            extractor.memory.last_sanctioner = author
