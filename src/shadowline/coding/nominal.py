"""Candidate pairs carried by nouns that name an act or a relation.

News often states a relation without a verb between its actors: "Russia's increased partnership with
Azerbaijan", "Moscow's and Ankara's disputes with Paris", "France's support for Armenia",
"growing French-Armenian ties", "Israel's killing of Hamas commander X". For a noun of
``data/words/event_nouns.txt`` the owners (possessives and national adjectives), or else the subject of a verb that
makes the act ("carried out an attack on", ``data/words/act_making_verbs.txt``), are sources and the objects
of a directed preposition ("with", "for", "to", "against", "on") or of "of" (the one the act is done to)
targets; two or more owners and no target make a reciprocal relation, coded in both directions, as do the parties
of "between" ("a call between Trump and Zelensky").
The noun is the trigger; the classifier decides the type, or that there is no event.

A state of war told with a verb of being ("Russia has been at war with Ukraine", "Ukraine, which is in a military
conflict with Russia") is fighting between its parties, both ways, typed ASSAULT here.

An act done "at the request of" someone, or a request someone "complied with", tells a request of its own: "The
governor dissolved the assembly at the request of the prime minister" is the prime minister's REQUEST to the
governor (``data/words/request_nouns.txt``), typed here since the act decides it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import ontology
from shadowline.coding.bans import SANCTION_CAMEO
from shadowline.coding.candidates import (
    ACCORD_NOUNS,
    REFLEXIVES,
    RELATION_NOUNS,
    TOPIC_PREPOSITIONS,
    PairExtractor,
    a_reason,
    aimed_elsewhere,
    asked_for,
    party_key,
)
from shadowline.coding.event_types import FIGHTING_NOUNS
from shadowline.coding.implicit import ATTACK_CAMEO, TOLD_ACT_CONFIDENCE
from shadowline.coding.lexicon import event_nouns, word_list
from shadowline.coding.modality import INTENT_VERBS, MODAL_FUTURE, MODAL_HYPOTHETICAL
from shadowline.coding.phrases import MEETING_NOUNS, SUBJECT_DEPS
from shadowline.records import ActorMention, Candidate, TypeDecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOUN_TARGET_PREPOSITIONS = frozenset({"with", "for", "to", "against", "on", "toward", "towards", "into", "over"})


def _owners(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    found: list[ActorMention] = []
    for child in noun.children:
        if child.i < noun.i and child.dep_ in {"poss", "amod", "compound", "nmod"}:
            found.extend(m for m in extractor.mentions_at(child, "owner") if m.actor.country)
            # "French-Armenian ties": the second adjective hangs off the first
            for grandchild in child.children:
                if grandchild.dep_ in {"amod", "compound"} and grandchild.i < child.i:
                    found.extend(m for m in extractor.mentions_at(grandchild, "owner") if m.actor.country)
    unique: dict[tuple[int, int], ActorMention] = {}
    for mention in found:
        unique.setdefault((mention.start, mention.end), mention)
    return sorted(unique.values(), key=lambda m: m.start)


def _agents(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The doers an act noun names after "by" ("The killing of a Palestinian teenager by Israeli police", "the
    expulsion of Russian diplomats by Tallinn"; decision 0062)."""
    return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
            if o.dep_ == "pobj" for m in extractor.mentions_at(o, "owner") if m.actor.country]


#: Prepositions of a time next to a talk: "said after talks with", "spoke following a call with".
TALK_TIME_PREPOSITIONS = frozenset({"after", "following", "during"})


def _talked_before(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The one who speaks or acts "after talks with" or "following a call with" someone: the subject of the verb the
    time phrase hangs on held the talk ("Lavrentiev said after talks with Turkish and Iranian officials in Astana";
    decision 0060)."""
    preposition = noun.head
    if (noun.dep_ != "pobj" or preposition.lower_ not in TALK_TIME_PREPOSITIONS
            or noun.lemma_.lower() not in word_list("talk_nouns") | MEETING_NOUNS
            or preposition.head.pos_ not in {"VERB", "AUX"}):
        return []
    verb = preposition.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "Speaking after talks with Kishida, Yoon said ...": the participle's subject is Yoon
    subjects, passive = extractor.subjects_of(verb)
    return [] if passive else [m for m in subjects if m.actor.country]


def _violent_nouns() -> frozenset[str]:
    """Nouns of an attack or of harm to people: with a doer and a victim they tell an ASSAULT."""
    return word_list("attack_nouns") | word_list("harm_nouns")


def _makers(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The subject of a verb that makes the act the noun names ("ISIS carried out an attack on", "Japan expressed
    support for"): the act's author."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in word_list("act_making_verbs"):
        return []
    if asked_for(verb):
        return []  # "urged Western partners to impose new sanctions on Russia": only asked for (decision 0062)
    subjects, passive = extractor.subjects_of(verb)
    return [] if passive else [m for m in subjects if m.actor.country]


#: The sectors of the sides whose fight "between" them (``FIGHTING_NOUNS``) is an assault both ways.
FIGHTING_SECTORS = frozenset({"MIL", "REB", "PRM", "INS", "GOV"})
#: Verbs of an act happening: a "between" phrase on them names the parties of their subject.
HAPPENING_VERBS = frozenset({"erupt", "break", "intensify", "continue", "rage", "escalate", "resume", "flare", "occur",
                             "take"})


def _between(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The parties of "a call between Trump and Zelensky", "clashes between Armenian and Azerbaijani forces": a
    relation among them, coded both ways. An occasion ("a meeting between", "a summit between") is often one that
    was planned or called off; it is left to the verbs that tell it."""
    if noun.lemma_.lower() in word_list("occasion_nouns"):
        return []
    # "Heavy fighting erupted across Khartoum between Sudan's army and the RSF": the parser hangs "between" on the
    # verb of happening (decision 0059)
    holders = [noun, noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPENING_VERBS else [noun]
    parties = [m for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
               for o in p.children if o.dep_ == "pobj" for m in extractor.mentions_at(o) if m.actor.country]
    # two states, or a state's government and a group at war with it ("a peace agreement between Ethiopia's
    # government and Tigrayan forces")
    return parties if len({party_key(m) for m in parties}) >= 2 else []


def _targets(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    found: list[ActorMention] = []
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in NOUN_TARGET_PREPOSITIONS or child.lower_ == "of"):
            if child.lower_ in TOPIC_PREPOSITIONS and noun.lemma_.lower() in RELATION_NOUNS:
                continue  # "their dispute over the Essequibo region": what it is about, not a party to it
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if a_reason(child, pobj):
                    continue  # "sanctions on Lockheed Martin over arms sales to Taiwan": why, not on whom
                found.extend(extractor.mentions_at(pobj))
    return found


#: Nouns that make their subject the one an act is done to: "Abqaiq was the target of an Al-Qaeda attack", "Mahan,
#: the subject of US sanctions".
PATIENT_FRAMES = frozenset({"target", "subject", "victim", "object"})


def _framed_patients(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The actor an act noun is done to when a frame noun names it: the subject of "was the target of an
    attack", the noun an apposition "the target of an attack" describes."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.lemma_.lower() not in PATIENT_FRAMES:
        return []
    frame = preposition.head
    if frame.dep_ == "attr" and frame.head.lemma_ in {"be", "become", "remain"}:
        return [m for c in frame.head.children if c.dep_ == "nsubj" for m in extractor.mentions_at(c)]
    if frame.dep_ == "appos":
        return extractor.mentions_at(frame.head)
    return []


#: Type and CAMEO code an act noun tells when a frame names the one it is done to ("the target of an attack").
FRAMED_TYPES = {"sanction": ("SANCTION", SANCTION_CAMEO), "embargo": ("SANCTION", SANCTION_CAMEO)}


def _framed_act(sentence: Span, noun: Token, source: ActorMention, target: ActorMention) -> Candidate:
    """The pair of an act noun and the actor a frame says it is done to: an attack noun is ASSAULT, a sanction
    SANCTION; another act is left to the typer."""
    candidate = Candidate(sentence, noun, source, target, "nominal")
    lemma = noun.lemma_.lower()
    told = ("ASSAULT", ATTACK_CAMEO) if lemma in word_list("attack_nouns") else FRAMED_TYPES.get(lemma)
    if told is not None:
        candidate.decision = TypeDecision(told[0], told[1], None, [], TOLD_ACT_CONFIDENCE)
        candidate.notes.append("act told by the one it was done to")
    return candidate


def _took_place(noun: Token) -> bool:
    """Whether a talk noun tells a talk that took place: not the subject of an intent or a modal ("Talks between
    Israel and Hamas are expected to resume", "talks could start")."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    return verb.lemma_.lower() not in INTENT_VERBS and not any(
        c.dep_ == "aux" and c.lower_ in MODAL_FUTURE | MODAL_HYPOTHETICAL for c in verb.children)


def _covered(pair: tuple[ActorMention, ActorMention], existing: list[Candidate]) -> bool:
    source, target = pair
    return any(p.source.start < source.end and source.start < p.source.end and p.target.start < target.end
               and target.start < p.target.end for p in existing)


def nominal_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """Pairs carried by event nouns of `sentence` that the verb-based extraction did not find."""
    nouns = event_nouns()
    found: list[Candidate] = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        between = False
        owners = _owners(extractor, noun) or _makers(extractor, noun)
        by_agents = not owners and bool(owners := _agents(extractor, noun))
        talked = not owners and bool(owners := _talked_before(extractor, noun))
        if not owners:
            owners, between = _between(extractor, noun), True
        if not owners:
            continue
        targets = _targets(extractor, noun)
        framed = [] if targets else _framed_patients(extractor, noun)
        if framed:
            found.extend(_framed_act(sentence, noun, o, t) for o in owners for t in framed
                         if not (o.start < t.end and t.start < o.end) and not _covered((o, t), existing + found))
            continue
        if targets:
            candidates = [(o, t, "nominal") for o in owners for t in targets]
        elif any(p.trigger.i == noun.head.i and any(p.source.start == o.start for o in owners) for p in existing):
            continue  # "Lithuania, Latvia and Estonia imposed entry bans on Georgian officials": the verb's target
        elif by_agents:
            continue  # "despite criticism by the Greek foreign minister and UNESCO": critics, no relation between them
        elif aimed_elsewhere(noun):
            continue  # "Algeria and Morocco have imposed bans on niqabs": no bans on each other
        else:
            distinct = list({party_key(m) if between else m.actor.country: m for m in owners}.values())
            candidates = [(a, b, "reciprocal") for a in distinct for b in distinct if a is not b]
        for source, target, relation in candidates:
            if source.actor.country == target.actor.country and source.actor.name == target.actor.name:
                continue
            if source.start < target.end and target.start < source.end:
                continue
            if _covered((source, target), existing + found):
                continue
            candidate = Candidate(sentence, noun, source, target, relation)
            if relation == "nominal" and noun.lemma_.lower() in _violent_nouns():
                # "Russia's invasion of Ukraine", "the killing of a teenager by Israeli police": the noun tells the act
                candidate.decision = TypeDecision("ASSAULT", ATTACK_CAMEO, None, [], TOLD_ACT_CONFIDENCE)
                candidate.notes.append("an attack told by its noun")
            if (relation == "reciprocal" and between and noun.lemma_.lower() in FIGHTING_NOUNS
                    and {source.actor.sector, target.actor.sector} <= FIGHTING_SECTORS and not _unarmed_war(noun)):
                # "Heavy fighting erupted across Khartoum between Sudan's army and the RSF" (decision 0059)
                candidate.decision = TypeDecision("ASSAULT", ATTACK_CAMEO, None, [], TOLD_ACT_CONFIDENCE)
                candidate.notes.append("a fight between armed sides told by its noun")
            if (relation == "reciprocal" and noun.lemma_.lower() in word_list("talk_nouns") and _took_place(noun)) or (
                    talked and relation == "nominal"):
                # talks between the parties that took place; "said after talks with X": talks held before it
                candidate.decision = TypeDecision("CONSULT", ontology.cameo_default("CONSULT"), None, [],
                                                  TOLD_ACT_CONFIDENCE)
                candidate.notes.append("a talk between its parties")
            found.append(candidate)
    return found


def _unarmed_war(noun: Token) -> bool:
    """"a price war", "the trade war", "a war of words": a contest fought without arms, no assault (decision 0060)."""
    unarmed = word_list("unarmed_war_words")
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in unarmed for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in unarmed for o in c.children)
        for c in noun.children)


def _typed(sentence: Span, noun: Token, source: ActorMention, target: ActorMention, told: tuple[str, str, float],
           note: str) -> Candidate:
    """A pair of a noun whose words already tell its type: `told` is (PLOVER type, CAMEO code, confidence)."""
    candidate = Candidate(sentence, noun, source, target, "nominal")
    candidate.decision = TypeDecision(told[0], told[1], None, [], told[2])
    candidate.notes.append(note)
    return candidate


#: Nouns of a state of armed conflict, and the verbs that put their subject in one ("is at war with", "remains in
#: conflict with").
WAR_STATES = frozenset({"war", "conflict", "fighting", "hostilities"})
BEING_VERBS = frozenset({"be", "remain", "stay"})
#: Words after "with" that make a state of war mutual ("at war with each other"); a reflexive makes it no one's.
MUTUAL_WORDS = frozenset({"other", "another"})


def _put_at_war(noun: Token) -> Token | None:
    """The verb whose subject is in the state of war `noun` names: "Russia has been at war with Ukraine", "Ukraine,
    which is in a military conflict with Russia"."""
    preposition = noun.head
    if noun.lemma_.lower() not in WAR_STATES or noun.dep_ != "pobj" or preposition.lower_ not in {"at", "in"}:
        return None
    verb = preposition.head
    return verb if preposition.dep_ == "prep" and verb.lemma_.lower() in BEING_VERBS else None


def war_state_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """Pairs of states of war `sentence` tells with a verb of being, both ways, typed ASSAULT as fighting is: "Russia
    has been at war with Ukraine", "Armenia and Azerbaijan are at war with each other"."""
    found: list[Candidate] = []
    for noun in sentence:
        verb = _put_at_war(noun)
        if verb is None:
            continue
        subjects, passive = extractor.subjects_of(verb)
        foes_after = [p for head in (noun, verb) for p in head.children if p.dep_ == "prep"
                      and p.lower_ in {"with", "against"} and p.i > noun.i]
        words = [o for p in foes_after for o in p.children if o.dep_ == "pobj"]
        foes = [m for o in words if o.lower_ not in MUTUAL_WORDS | REFLEXIVES for m in extractor.mentions_at(o)]
        pairs = [pair for s in subjects for f in foes for pair in ((s, f), (f, s))]
        if any(o.lower_ in MUTUAL_WORDS for o in words):
            pairs += [(a, b) for a in subjects for b in subjects if a is not b]
        for source, target in ([] if passive else pairs):
            if (source.start < target.end and target.start < source.end) or _covered((source, target),
                                                                                       existing + found):
                continue
            if source.actor.country == target.actor.country and source.actor.name == target.actor.name:
                continue
            found.append(_typed(sentence, noun, source, target, ("ASSAULT", ATTACK_CAMEO, TOLD_ACT_CONFIDENCE),
                                "a state of war told with a verb of being"))
    return found


#: CAMEO code of a demand (PLOVER REQUEST), and the confidence of one read from "at the request of".
REQUEST_CAMEO = "100"
REQUEST_CONFIDENCE = 0.9


def _requested_act(noun: Token) -> Token | None:
    """The verb whose doer was asked, for a request noun under "at" or "with" ("dissolved ... at the request
    of", "complied with the request of"), else None."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in {"at", "with", "on"}:
        return None
    verb = preposition.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def request_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(requester, requested) pairs of "at the request of X", typed REQUEST: X asked the doer of the act."""
    found: list[Candidate] = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_list("request_nouns"):
            continue
        verb = _requested_act(noun)
        if verb is None:
            continue
        doers, passive = extractor.subjects_of(verb)
        if passive:
            continue
        requesters = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for m in extractor.mentions_at(o, "owner")]
        for source in requesters:
            for target in doers:
                if source.start < target.end and target.start < source.end:
                    continue
                if _covered((source, target), existing + found):
                    continue
                found.append(_typed(sentence, noun, source, target, ("REQUEST", REQUEST_CAMEO, REQUEST_CONFIDENCE),
                                    "request told by the act it asked for"))
    return found


def accords_in_no_conflict(candidates: list[Candidate]) -> None:
    """The parties of an accord noun ("a port deal between Ethiopia and Somaliland") agreed with each other: whatever
    dispute the sentence tells about the accord ("escalating a dispute over a port deal"), the pair of its parties is
    no conflict between them (decision 0057)."""
    for candidate in candidates:
        decision = candidate.decision
        if (candidate.relation != "reciprocal" or candidate.trigger.pos_ != "NOUN" or decision is None
                or decision.plover_type is None or candidate.trigger.lemma_.lower() not in ACCORD_NOUNS
                or ontology.quad_class(decision.plover_type) not in {3, 4}):
            continue
        candidate.decision = replace(decision, plover_type=None, cameo_code=None, plover_mode=None)
        candidate.notes.append("the parties of an accord")


#: Verbs of standing between two sides that a participle on an accord can name ("a deal brokered by China").
BROKERING_VERBS = frozenset({"broker", "mediate", "facilitate"})
#: CAMEO code of mediation (PLOVER CONSULT).
MEDIATE_CAMEO = "045"


def brokered_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(broker, party) pairs of an accord "brokered by" someone, typed CONSULT (mediation, CAMEO 045): "Saudi Arabia and
    Iran agreed on Friday to re-establish diplomatic relations ..., in a deal brokered by China" is China's mediation
    with each; the parties are the subjects of the verb the accord hangs on (decision 0059)."""
    found: list[Candidate] = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ACCORD_NOUNS:
            continue
        brokering = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in BROKERING_VERBS), None)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if brokering is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        parties, passive = extractor.subjects_of(verb)
        for broker in extractor.agents_of(brokering):
            for party in [] if passive else parties:
                if broker.actor.country in {None, party.actor.country} or _covered((broker, party), existing + found):
                    continue
                # the participle is the trigger: the brokering was done, whatever the parties agreed to do
                found.append(_typed(sentence, brokering, broker, party,
                                    ("CONSULT", MEDIATE_CAMEO, TOLD_ACT_CONFIDENCE),
                                    "the broker of an accord its parties reached"))
    return found
