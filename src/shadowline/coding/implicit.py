"""Candidate pairs whose source is not named but known from the act itself.

News tells arrests in the passive without an agent: "At least 71 people were arrested on Friday", "the
suspect's wife was taken into custody", "Babaryka, who was arrested in May". Only a state's police and
security services arrest (PLOVER COERCE, CAMEO 173 "arrest, detain"), so the agent is the police of the
state where it happens: the arrested actor's state when it has one, else the state the document is about
(stage ``context``). The implicit source is marked on the verb (it has no words of its own) and written
"police"; the act itself decides the type, so these candidates are typed here, not by the classifier.

An armed group that claims an attack tells it: "The Taliban have claimed responsibility", "The attack was
claimed by the Houthi movement" is the group's ASSAULT (CAMEO 190) on the attack's target when the phrase
names one ("responsibility for the attack on the embassy"), else on the unnamed victims: those of the attack
told last before ("Saudi Aramco's plants were hit by drones. The Houthis claimed responsibility"), or, when none
was told, of the state the story is about (stage ``context``).

Killings and woundings are told in the passive too, often without an agent: "The guard was stabbed in the
lobby", "two officers were shot". Someone did it (PLOVER ASSAULT, CAMEO 182 "physically assault"): the attacker a
clause of the same sentence names ("were killed when militants attacked the bus"), else an unnamed attacker of
the victim's state, else of the state the story is about (stage ``context``).

People who march, rally or demonstrate, or hold a protest, with no target named protest against their state's
government, as PLOVER codes dissent (PROTEST, CAMEO 141): "Thousands marched through the capital" is the
marchers' PROTEST on the government of their state, else of the state the story is about (stage ``context``).
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
#: CAMEO code of conventional military force (PLOVER ASSAULT), the type of a claimed attack.
ATTACK_CAMEO = "190"
#: Confidence of an arrest read from the verb itself: above the ``main`` threshold, below sure classifier calls.
ARREST_CONFIDENCE = 0.9
IMPLICIT_ROLE = "implicit"
#: CAMEO code of a physical assault (PLOVER ASSAULT), the type of a killing or wounding told in the passive.
HARM_CAMEO = "182"
#: CAMEO code of a demonstration or rally (PLOVER PROTEST).
DEMONSTRATE_CAMEO = "141"
#: Verbs that hold a protest noun ("held a rally", "staged a protest").
PROTEST_HOLDING_VERBS = frozenset({"hold", "stage", "organise", "organize", "lead"})


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


def implicit_on(verb: Token, actor: Actor) -> ActorMention:
    """An actor the sentence does not name, marked on the verb of its act."""
    return ActorMention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb.text), IMPLICIT_ROLE)


def police_of(target: ActorMention, verb: Token) -> ActorMention:
    """The unnamed police that arrested `target`, marked on the arresting verb."""
    actor = Actor("police", target.actor.country, "COP", "COP", None, "implicit agent", kind="agent")
    return implicit_on(verb, actor)


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



def _claimants(extractor: PairExtractor, verb: Token) -> list[ActorMention] | None:
    """Who claims an attack with `verb`: the subject of "claimed responsibility (for ...)" or the agent of "the
    attack was claimed by ..."; None when `verb` claims no attack."""
    if verb.lemma_.lower() not in {"claim", "accept"}:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in word_list("responsibility_nouns") for o in objects):
        if verb.lemma_.lower() != "claim":
            return None  # "accepted responsibility for the murder": a concession, not a claim
        return [m for c in verb.children if c.dep_ == "nsubj" for m in extractor.mentions_at(c, "owner")]
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in word_list("act_nouns") for c in verb.children):
        return extractor.agents_of(verb)
    return None


def _claimed_targets(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """The named target of a claimed attack ("responsibility for the attack on the embassy"), or none."""
    acts = [g for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj"]
    acts += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [m for act in acts for m in extractor.mentions_at(act) if m.actor.country]


def victims_of(verb: Token, attacked: ActorMention | None = None) -> ActorMention:
    """The unnamed victims of a claimed attack, marked on the claiming verb: of the state of the actor the attack
    told last hit (`attacked`), when there was one."""
    country = attacked.actor.country if attacked is not None else None
    via = "implicit victims" + (f" +attacked ({attacked.actor.text})" if attacked is not None and country else "")
    actor = Actor("victims", country, "CVL", "CVL", None, via, kind="agent")
    return implicit_on(verb, actor)


def _attacked_phrases(token: Token) -> list[Token]:
    """Heads of what `token` tells was attacked, then of where: the object of an attack verb or the subject of its
    passive ("plants ... were hit by drones"), or the object of "on"/"against" after an attack noun ("an attack on
    oil infrastructure"); then the place "in" which it was ("an attack on oil infrastructure in Saudi Arabia")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in word_list("attack_verbs"):
        hit = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif token.pos_ == "NOUN" and lemma in word_list("attack_nouns"):
        hit = _objects_of(token, {"on", "against"})
    else:
        return []
    return hit + _objects_of(token, {"in"})


def _objects_of(token: Token, prepositions: set[str]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions
            for g in c.children if g.dep_ == "pobj"]


#: Heads of the noun phrases nested in a phrase ("facilities belonging to [Saudi Arabia's] [Saudi Aramco]").
NESTED_PHRASE_DEPS = frozenset({"pobj", "poss", "appos", "conj"})


def note_attacks(extractor: PairExtractor, sentence: Span) -> None:
    """Remember the actor with a state that the last attack told in `sentence` hit: the first one named in
    the phrase of what was hit ("facilities belonging to Saudi Arabia's Saudi Aramco", "infrastructure in
    Saudi Arabia")."""
    for token in sentence:
        attacked = next((m for phrase in _attacked_phrases(token) for word in phrase.subtree
                         if word.i == phrase.i or word.dep_ in NESTED_PHRASE_DEPS
                         for m in extractor.mentions_at(word) if m.actor.country), None)
        if attacked is not None:
            extractor.memory.last_attacked = attacked


def claimed_attack_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(group, target) pairs of the attacks `sentence` says a group claimed, typed ASSAULT."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        claimants = _claimants(extractor, verb)
        if not claimants:
            continue
        targets = _claimed_targets(extractor, verb) or [victims_of(verb, extractor.memory.last_attacked)]
        for source in claimants:
            for target in targets:
                candidate = Candidate(sentence, verb, source, target, "implicit")
                candidate.decision = TypeDecision("ASSAULT", ATTACK_CAMEO, None, [], ARREST_CONFIDENCE)
                candidate.notes.append("attack told by its claim")
                found.append(candidate)
    existing_keys = {(c.trigger.i, c.source.start, c.target.start) for c in existing}
    return [c for c in found if (c.trigger.i, c.source.start, c.target.start) not in existing_keys]


def _harmed(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """Who was killed or hurt by an unnamed agent: the subject of an agentless passive of harm ("The woman was
    killed in a stairwell"); nobody when the passive names its agent ("was shot by police") or the attack that
    did it ("were killed in the airstrike"): that attack is an event of its own, with its attacker. A relative
    clause ("families of the women who were killed") describes the victims; it tells no new act."""
    if verb.tag_ != "VBN" or verb.dep_ == "relcl" or verb.lemma_.lower() not in word_list("harm_verbs"):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    if any(o.lemma_.lower() in word_list("attack_nouns")
           for v in (verb, *verb.conjuncts) for o in _objects_of(v, {"in", "during"})):
        return []
    return [m for c in verb.children if c.dep_ == "nsubjpass" for m in extractor.mentions_at(c)]


def _attackers_in_clauses(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """The attacker a clause under `verb` names: the subject of an attack ("when militants attacked the bus"),
    or the agent of a passive one ("after being attacked by protesters")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        agents = extractor.agents_of(clause)
        if agents:
            return agents
        if clause.lemma_.lower() in word_list("attack_verbs") | {"launch", "carry"}:
            subjects, passive = extractor.subjects_of(clause)
            if subjects and not passive:
                return subjects
    return []


def attacker_of(target: ActorMention, verb: Token) -> ActorMention:
    """The unnamed attacker of `target`, of the victim's state, marked on the harming verb."""
    actor = Actor("attacker", target.actor.country, "UNK", None, None, "implicit agent", kind="agent")
    return ActorMention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb.text), IMPLICIT_ROLE)


def harm_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(attacker, victim) pairs of the killings and woundings `sentence` tells in the agentless passive, typed
    ASSAULT."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        victims = _harmed(extractor, verb)
        if not victims:
            continue
        named = _attackers_in_clauses(extractor, verb)
        for target in victims:
            if any(c.target.start < target.end and target.start < c.target.end and c.trigger.i == verb.i
                   for c in existing):
                continue
            for source in named or [attacker_of(target, verb)]:
                candidate = Candidate(sentence, verb, source, target, "implicit")
                candidate.decision = TypeDecision("ASSAULT", HARM_CAMEO, None, [], ARREST_CONFIDENCE)
                candidate.notes.append("attacker implicit in a killing or wounding")
                found.append(candidate)
    return found


def _is_protest(verb: Token) -> bool:
    """"marched", "protested", or "held a rally", "staged a protest"."""
    lemma = verb.lemma_.lower()
    if lemma in word_list("protest_verbs"):
        return True
    return lemma in PROTEST_HOLDING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_list("protest_nouns") for c in verb.children)


def government_of(source: ActorMention, verb: Token) -> ActorMention:
    """The unnamed government protested against: of the protesters' state when known, marked on the verb."""
    actor = Actor("government", source.actor.country, "GOV", "GOV", None, "implicit target", kind="agent")
    return implicit_on(verb, actor)


def protest_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(protesters, government) pairs of protests `sentence` tells without a target, typed PROTEST."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or not _is_protest(verb) or any(c.trigger.i == verb.i for c in existing):
            continue
        subjects, passive = extractor.subjects_of(verb)
        if passive:
            continue
        for source in subjects:
            candidate = Candidate(sentence, verb, source, government_of(source, verb), "implicit")
            candidate.decision = TypeDecision("PROTEST", DEMONSTRATE_CAMEO, None, [], ARREST_CONFIDENCE)
            candidate.notes.append("protest against the protesters' government")
            found.append(candidate)
    return found
