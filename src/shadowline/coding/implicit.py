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

People killed in an attack named by its noun ("were killed in the airstrike", "died in the attack") are the victims
of that attack's author (ASSAULT, CAMEO 190): the author the sentence names with it ("the attack, reportedly
conducted by the Taliban"), else, for "the attack" told before, who made the attack told last ("The army carried
out the airstrike").

People who march, rally or demonstrate, or hold a protest, with no target named protest against their state's
government, as PLOVER codes dissent (PROTEST, CAMEO 141): "Thousands marched through the capital" is the
marchers' PROTEST on the government of their state, else of the state the story is about (stage ``context``).
An act done "in protest at", "against" or "over" someone is a PROTEST against them, a state's delegation's too
("walked out of the meeting in protest at Ukraine's speech").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline.coding.candidates import (
    BORDER_FORCES,
    CROWD_PLACES,
    RECALLED_ENVOYS,
    SCENE_PLACE_KINDS,
    PairExtractor,
    planned_act,
)
from shadowline.coding.event_types import confines
from shadowline.coding.lexicon import word_list
from shadowline.coding.phrases import mention_of, phrase_text, phrase_tokens, places_after_in
from shadowline.records import Actor, ActorMention, Candidate, TypeDecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: CAMEO code of an arrest or detention (PLOVER COERCE).
ARREST_CAMEO = "173"
#: CAMEO code of conventional military force (PLOVER ASSAULT), the type of a claimed attack.
ATTACK_CAMEO = "190"
#: Confidence of an act typed from its words by the proposer (an arrest, a claimed attack, a protest ...): above
#: the ``main`` threshold, below sure classifier calls.
TOLD_ACT_CONFIDENCE = 0.9
IMPLICIT_ROLE = "implicit"
#: CAMEO code of a physical assault (PLOVER ASSAULT), the type of a killing or wounding told in the passive.
HARM_CAMEO = "182"
#: CAMEO code of a demonstration or rally (PLOVER PROTEST).
DEMONSTRATE_CAMEO = "141"
#: Verbs that hold a protest noun ("held a rally", "staged a protest").
PROTEST_HOLDING_VERBS = frozenset({"hold", "stage", "organise", "organize", "lead"})


def _is_arrest(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in word_list("arrest_verbs") | word_list("sentencing_verbs") or confines(verb)


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


def told_act(sentence: Span, verb: Token, source: ActorMention, target: ActorMention, plover_type: str,
             cameo: str, note: str) -> Candidate:
    """A candidate whose type its words already tell (an arrest, a claimed attack, a protest ...): typed here at
    :data:`TOLD_ACT_CONFIDENCE`, with `note` saying why."""
    candidate = Candidate(sentence, verb, source, target, "implicit")
    candidate.decision = TypeDecision(plover_type, cameo, None, [], TOLD_ACT_CONFIDENCE)
    candidate.notes.append(note)
    return candidate


def police_of(target: ActorMention, verb: Token, state: str | None = None) -> ActorMention:
    """The unnamed police that arrested `target`, marked on the arresting verb; a court for a sentence or a
    conviction (``sentencing_verbs.txt``); of `state` where the act was done, else of the target's state."""
    country = state or target.actor.country
    if verb.lemma_.lower() in word_list("sentencing_verbs"):
        actor = Actor("court", country, "JUD", "JUD", None, "implicit agent", kind="agent")
    else:
        actor = Actor("police", country, "COP", "COP", None, "implicit agent", kind="agent")
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
            # "A French citizen was sentenced ... in Baku": the court of where it was done (decision 0058)
            found.append(told_act(sentence, verb, police_of(target, verb, extractor.state_done_in([verb])), target,
                                  "COERCE", ARREST_CAMEO, "agent implicit in an arrest or a sentence"))
    return found



def _claimants(extractor: PairExtractor, verb: Token) -> list[ActorMention] | None:
    """Who claims an attack with `verb`: the subject of "claimed responsibility (for ...)" or the agent of "the
    attack was claimed by ..."; None when `verb` claims no attack."""
    if verb.lemma_.lower() not in {"claim", "accept"} or any(c.dep_ == "neg" for c in verb.children):
        return None  # "The PKK did not immediately claim responsibility": no claim, so no attack it tells
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
    named = [m for act in acts for m in extractor.mentions_at(act) if m.actor.country]
    # "responsibility for a drone attack on a Saudi oil facility": what the attack hit, or its owner's state
    hit = [m for act in acts for phrase in _attacked_phrases(act)[:1] for word in phrase.subtree
           if word.i == phrase.i or word.dep_ in NESTED_PHRASE_DEPS | {"amod", "compound"}
           for m in extractor.mentions_at(word) if m.actor.country]
    return named or hit[:1]


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
    oil infrastructure"), or the place a clause about the attack names ("The bombing, which killed 12 people in
    Kabul"); then the place "in" which it was ("an attack on oil infrastructure in Saudi Arabia")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in word_list("attack_verbs"):
        hit = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif token.pos_ == "VERB" and lemma in word_list("attack_making_verbs") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in word_list("attack_nouns") for c in token.children):
        hit = _objects_of(token, {"on", "against"})  # "launched air strikes on Gaza": "on" hung on the verb
    elif token.pos_ == "NOUN" and lemma in word_list("attack_nouns"):
        hit = _objects_of(token, {"on", "against"})
        # "The bombing, which killed 12 people in Kabul, ...": where the clause about the attack sets it
        hit += [g for c in token.children if c.dep_ in {"relcl", "acl"}
                for o in [c, *(o for o in c.children if o.dep_ == "dobj")] for g in _objects_of(o, {"in"})]
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
    Saudi Arabia"); and who made it, when the sentence names them (``_attack_authors``)."""
    for token in sentence:
        attacked = next((m for phrase in _attacked_phrases(token) for word in phrase.subtree
                         if word.i == phrase.i or word.dep_ in NESTED_PHRASE_DEPS
                         for m in extractor.mentions_at(word) if m.actor.country), None)
        if attacked is not None:
            extractor.memory.last_attacked = attacked
        attacker = next((m for m in _attack_authors(extractor, token) if m.actor.country), None)
        if attacker is not None:
            extractor.memory.last_attacker = attacker


def _attack_authors(extractor: PairExtractor, token: Token) -> list[ActorMention]:
    """Who made the attack `token` tells: the subject of an active attack or harm verb ("forces killed him in an
    airstrike") or of a verb that makes an attack noun ("The army carried out the airstrike"), the agent of a
    passive one, or the author an attack noun names ("Israeli air strikes", "the attack, conducted by the
    Taliban")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in word_list("attack_nouns"):
        return _noun_authors(extractor, token)
    if token.pos_ != "VERB" or planned_act(token):
        return []  # "developing plans to attack diplomats": no attack told yet
    makes_attack = lemma in word_list("attack_making_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_list("attack_nouns") for c in token.children)
    if not (makes_attack or lemma in word_list("attack_verbs") | word_list("harm_verbs")):
        return []
    subjects, passive = extractor.subjects_of(token)
    return extractor.agents_of(token) if passive else subjects


def _noun_authors(extractor: PairExtractor, noun: Token) -> list[ActorMention]:
    """The author an attack noun names: the agent of a participle on it ("the attack, reportedly conducted by the
    Taliban"), a "by" phrase ("strikes by the coalition"), or an owner with a state ("Israeli air strikes")."""
    for child in noun.children:
        if child.dep_ == "acl" and (agents := extractor.agents_of(child)):
            return agents
        if child.dep_ == "prep" and child.lower_ == "by":
            return [m for g in child.children if g.dep_ == "pobj" for m in extractor.mentions_at(g, "owner")]
    return [m for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < noun.i
            for m in extractor.mentions_at(c, "owner") if m.actor.country]


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
        if claimants[0].actor.country:
            # "The Islamic State group claimed responsibility for the attack. The United States condemned the attack":
            # the claimant's attack from here on, not the gunmen's the story's state was given (decision 0062)
            extractor.memory.last_striker = extractor.memory.last_assailant = claimants[0]
        for source in claimants:
            for target in targets:
                found.append(told_act(sentence, verb, source, target, "ASSAULT", ATTACK_CAMEO,
                                      "attack told by its claim"))
    existing_keys = {(c.trigger.i, c.source.start, c.target.start): c for c in existing}
    # the parse may have proposed the same claimant and target under the claiming verb: that candidate is this attack
    for candidate in found:
        same = existing_keys.get((candidate.trigger.i, candidate.source.start, candidate.target.start))
        if same is not None and same.decision is None:
            same.decision, same.notes = candidate.decision, [*same.notes, *candidate.notes]
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
    if any(o.lemma_.lower() in word_list("attack_nouns") or _fought_with(o)
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
    return implicit_on(verb, Actor("attacker", target.actor.country, "UNK", None, None, "implicit agent", kind="agent"))


def _last_foe(extractor: PairExtractor, target: ActorMention, verb: Token) -> ActorMention | None:
    """The attacker the document named last, when it is of another state than the victims: "Kyrgyz officials said 144
    people had been wounded", after Tajik forces shelled Kyrgyz villages, were wounded by them, not by an unnamed
    attacker of their own state (decision 0060)."""
    last = extractor.memory.last_attacker
    if last is None or not last.actor.country or not target.actor.country or last.actor.country == target.actor.country:
        return None
    return implicit_on(verb, last.actor)


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
        reporter = _reporting_state(extractor, verb)
        for target in victims:
            if any(c.target.start < target.end and target.start < c.target.end and c.trigger.i == verb.i
                   for c in existing):
                continue
            if target.actor.country is None and target.actor.sector is not None and reporter is not None:
                # "Iran's army said two soldiers were killed": the losses a state's body reports are its own
                target = replace(target, actor=replace(target.actor, country=reporter,
                                                       via=f"{target.actor.via}+reporter"))
            for source in named or [_last_foe(extractor, target, verb) or attacker_of(target, verb)]:
                found.append(told_act(sentence, verb, source, target, "ASSAULT", HARM_CAMEO,
                                      "attacker implicit in a killing or wounding"))
    return found


#: Sectors of a state's bodies whose report of people killed or hurt is of their own state's people.
REPORTING_SECTORS = frozenset({"GOV", "MIL", "COP", "MED"})


def _reporting_state(extractor: PairExtractor, verb: Token) -> str | None:
    """The state of a state's body that says the clause of `verb` ("Iran's army said two soldiers were killed"), or
    None."""
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in word_list("speech_verbs"):
        return None
    for subject in (c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}):
        for mention in extractor.mentions_at(subject, "owner"):
            if mention.actor.country and mention.actor.sector in REPORTING_SECTORS:
                return mention.actor.country
    return None


def _attack_of(verb: Token) -> Token | None:
    """The attack noun a killing or death is told "in" or "during" ("were killed in the airstrike", "died in
    the attack"), or a fight with someone ("were killed in clashes with Israeli forces"), or None."""
    return next((o for v in (verb, *verb.conjuncts) for o in _objects_of(v, {"in", "during"})
                 if o.lemma_.lower() in word_list("attack_nouns") or _fought_with(o)), None)


#: Nouns of a fight between two sides ("a violent face-off with Chinese troops": "face-off" parses as "off").
FIGHT_NOUNS = frozenset({"clash", "fighting", "fight", "confrontation", "battle", "skirmish", "gunfight", "firefight",
                         "shootout", "off", "standoff", "encounter", "exchange"})


def _fought_with(noun: Token) -> list[Token]:
    """Whom a fight noun says the fight was with ("clashes with Serb protesters"), or nothing."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FIGHT_NOUNS:
        return []
    return _objects_of(noun, {"with"})


def _attack_victims(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """Who died or was killed or hurt in an attack: the subject of "died", or of an agentless passive of harm,
    also in a relative clause set off by a comma ("al-Hakim, who was also killed in the airstrike"), which adds a
    fact; a number of people ("Dozens died") are the unnamed victims."""
    lemma = verb.lemma_.lower()
    if lemma in word_list("death_verbs"):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    elif verb.tag_ == "VBN" and lemma in word_list("harm_verbs") and not any(c.dep_ == "agent" for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return []
    if verb.dep_ == "relcl" and (verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ","):
        return []  # "the women who were killed in the raid": which women, not a new act
    found: list[ActorMention] = []
    for subject in subjects:
        # "dozens of NATO peacekeepers" name their state; "dozens of people" are the unnamed victims
        named = [m for m in extractor.mentions_at(subject) if m.actor.country] if _objects_of(subject, {"of"}) else []
        counted = subject.like_num or subject.ent_type_ == "CARDINAL" or subject.lemma_.lower() in QUANTITY_WORDS
        if counted and not named:
            found.append(victims_of(verb, extractor.memory.last_attacked))
        else:
            found.extend(named or extractor.mentions_at(subject))
    return found


#: Words of number that stand for people counted ("Dozens died in the attack").
QUANTITY_WORDS = frozenset({"dozen", "dozens", "hundreds", "thousands", "scores"})


def attack_victim_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(attacker, victim) pairs of the people `sentence` says died or were killed or hurt in an attack it names by
    its noun, typed ASSAULT: the author the attack noun or a clause of the verb names ("died in the attack,
    reportedly conducted by the Taliban"), else, for a definite noun ("in the airstrike"), the author of the attack
    told last before; none when no author is known."""
    found: list[Candidate] = []
    for verb in sentence:
        attack = _attack_of(verb) if verb.pos_ == "VERB" else None
        if attack is None:
            continue
        fought = _fought_with(attack)
        if fought:
            # "20 Indian soldiers have been killed in a violent face-off with Chinese troops": by whom they fought
            authors = [m for o in fought for m in extractor.mentions_at(o)]
        else:
            authors = _noun_authors(extractor, attack) or _attackers_in_clauses(extractor, verb)
        if not authors and extractor.memory.last_attacker is not None and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in attack.children):
            authors = [mention_of(phrase_tokens(attack), extractor.memory.last_attacker.actor, "coreference")]
        for target in (_attack_victims(extractor, verb) if authors else []):
            for source in authors:
                found.append(told_act(sentence, verb, source, target, "ASSAULT", ATTACK_CAMEO,
                                      "victims of an attack named by its noun"))
    existing_keys = {(c.trigger.i, c.source.start, c.target.start) for c in existing}
    return [c for c in found if (c.trigger.i, c.source.start, c.target.start) not in existing_keys]


#: Sectors of a state's own bodies: they do not protest against their own government.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
#: Verbs of coming together that are a protest when protesters do it.
GATHERING_VERBS = word_list("gathering_verbs")
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator"})


def _is_protest(verb: Token) -> bool:
    """"marched", "protested", or "held a rally", "staged a protest", or protesters "gathered"."""
    lemma = verb.lemma_.lower()
    if lemma in word_list("protest_verbs"):
        return True
    if lemma in GATHERING_VERBS and any(t.lemma_.lower() in PROTESTER_NOUNS for c in verb.children
                                        if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree):
        return True  # "Hundreds of protesters gathered outside parliament"
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(p.lower_ in {"in", "on"} and o.lemma_.lower() in PROTEST_STATES for h in heads for p in h.children
           if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
        return True  # "stopped work in protest", "went on strike"
    return lemma in PROTEST_HOLDING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_list("protest_nouns") | {"strike"} for c in verb.children)


#: What a verb is done "in" or "on" when it is a protest: "stopped work in protest", "went on strike".
PROTEST_STATES = frozenset({"protest", "strike"})


def government_of(source: ActorMention, verb: Token) -> ActorMention:
    """The unnamed government protested against: of the protesters' state when known, marked on the verb."""
    actor = Actor("government", source.actor.country, "GOV", "GOV", None, "implicit target", kind="agent")
    return implicit_on(verb, actor)


def protest_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(protesters, government) pairs of protests `sentence` tells without a target, typed PROTEST."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or any(c.trigger.i == verb.i for c in existing):
            continue
        protested = _protested(extractor, verb)
        if not (protested or _is_protest(verb)):
            continue
        subjects, passive = extractor.subjects_of(verb)
        if passive:
            continue
        supported = _supported(extractor, verb)
        for source in subjects or _counted_crowd(verb):
            if protested:
                # "Russia's delegation walked out of the meeting in protest at Ukraine's speech": whom it is against
                found.extend(told_act(sentence, verb, source, target, "PROTEST", DEMONSTRATE_CAMEO,
                                      "a protest against whom it names") for target in protested
                             if target.actor.country != source.actor.country
                             or source.actor.sector not in STATE_SECTORS)
                continue
            if source.actor.sector in STATE_SECTORS:
                continue  # "the foreign ministry summoned the ambassador to protest": a state's protest is verbal
            if source.actor.country is None and (state := _scene_state(extractor, sentence)) is not None:
                # "Hundreds of protesters gathered outside the parliament in Tbilisi": Georgians
                source = replace(source, actor=replace(source.actor, country=state,
                                                       via=f"{source.actor.via}+scene"))
            if supported:
                # "Thousands rallied in Niamey in support of the junta": a rally for someone is no protest against
                # the government, but support of whom it is for
                found.extend(told_act(sentence, verb, source, target, "SUPPORT", SUPPORT_CAMEO,
                                      "a rally in support") for target in supported)
                continue
            found.append(told_act(sentence, verb, source, government_of(source, verb), "PROTEST", DEMONSTRATE_CAMEO,
                                  "protest against the protesters' government"))
    return found


#: CAMEO code of support told by a rally for someone (051, praise or endorse).
SUPPORT_CAMEO = "051"
#: Phrases that say whom a rally is for: "in support of", "in solidarity with", "in favour of".
SUPPORT_NOUNS = frozenset({"support", "solidarity", "favour", "favor", "defence", "defense"})


def _support_phrase(verb: Token) -> Token | None:
    """The noun of "in support of ...", "in solidarity with ..." that says whom a gathering is for, or None."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in SUPPORT_NOUNS), None)


def _protested(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    """The actors a verb done "in protest at", "against" or "over" something names: "walked out in protest at
    Ukraine's speech" is against Ukraine."""
    protests = [t for t in verb.subtree if t.dep_ == "pobj" and t.lemma_.lower() == "protest" and t.head.lower_ == "in"
                and next(a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}).i == verb.i]
    # "in protest at X", or "at X" the parser hung beside "in protest" ("walked out of the meeting in protest at")
    after = [p for noun in protests for p in (*noun.children, *noun.head.head.children)
             if p.dep_ == "prep" and p.lower_ in {"at", "against", "over"} and p.i > noun.i]
    return [m for p in after for o in p.children if o.dep_ == "pobj" for m in extractor.mentions_at(o)
            if m.actor.country]


def _supported(extractor: PairExtractor, verb: Token) -> list[ActorMention] | None:
    """The actors a gathering is held for ("in support of the junta", "in solidarity with Palestinians"): a list,
    empty when the phrase names no actor ("in support of the reform"); None when the gathering is for no one."""
    noun = _support_phrase(verb)
    if noun is None:
        return None
    return [m for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "with"}
            for o in p.children if o.dep_ == "pobj" for m in extractor.mentions_at(o)]


def rallies_for_someone(candidates: list[Candidate]) -> None:
    """A gathering in support of someone is no protest: a PROTEST the typer read of whom the support phrase names
    is SUPPORT ("Supporters rallied in Caracas in support of President Maduro"), and then one of the place the rally
    is in is no event ("rallied in Niamey in support of the junta" is no protest against Niger's government). A
    rally in support of a cause ("of the pension strike") stays a protest."""
    rallies: set[int] = set()
    for candidate in candidates:
        decision, verb = candidate.decision, candidate.trigger
        if decision is None or decision.plover_type not in {"PROTEST", "SUPPORT"}:
            continue
        noun = _support_phrase(verb)
        if noun is not None and noun.left_edge.i <= candidate.target.start <= noun.right_edge.i:
            rallies.add(verb.i)
            if decision.plover_type == "PROTEST":
                candidate.decision = replace(decision, plover_type="SUPPORT", cameo_code=SUPPORT_CAMEO)
                candidate.notes.append("a rally in support")
    for candidate in candidates:
        decision, verb, start = candidate.decision, candidate.trigger, candidate.target.start
        if (decision is not None and decision.plover_type == "PROTEST" and verb.i in rallies
                and any(p.dep_ == "prep" and p.lower_ == "in" and p.left_edge.i <= start <= p.right_edge.i
                        for p in verb.children)):
            candidate.decision = replace(decision, plover_type=None, cameo_code=None)
            candidate.notes.append("where a rally in support was held")


#: Words that count a crowd with no noun after them ("Hundreds of thousands rallied", "Thousands marched").
CROWD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "tens", "millions"})


def _counted_crowd(verb: Token) -> list[ActorMention]:
    """The crowd a bare count names as the subject of a protest ("Hundreds of thousands rallied in Tbilisi"):
    civilians, placed later by the scene."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in CROWD_COUNTS):
        tokens = phrase_tokens(subject)
        if all(t.lower_ in CROWD_COUNTS | {"of"} or t.like_num for t in tokens):
            return [mention_of(tokens, Actor(phrase_text(tokens), None, "CVL", "CVL", None, "counted crowd",
                                             kind="agent"), IMPLICIT_ROLE)]
    return []


def _scene_state(extractor: PairExtractor, sentence: Span) -> str | None:
    """The state of the first place `sentence` names after "in", "through" or "across" (a city, a capital, a state):
    "marched through Tbilisi" (decision 0062)."""
    # a name the entity tagger missed ("gathered in central Yerevan", Yerevan read as a person) is a place if the
    # knowledge base says so (decision 0063)
    named = [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in CROWD_PLACES and t.pos_ == "PROPN"]
    for token in sorted({*places_after_in(sentence, prepositions=CROWD_PLACES), *named}, key=lambda t: t.i):
        actor = extractor.resolve(phrase_text(phrase_tokens(token)))
        if actor is not None and actor.country and actor.kind in SCENE_PLACE_KINDS:
            return actor.country
    return None


# Envoys a state recalls (``event_types.RECALLED_ENVOYS``) with no place named are recalled from the other side of
# the story's conflict; forces sent to a border (``candidates.BORDER_FORCES``) with no state named are a show of force
# at that side.
#: Words of a border a force is sent to ("sent reinforcements to the border", "to the frontier").
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
#: CAMEO codes of a recalled envoy (reduce or break diplomatic relations) and of a show of force.
RECALL_CAMEO, SHOW_OF_FORCE_CAMEO = "161", "150"


def _other_side(extractor: PairExtractor, source: ActorMention) -> ActorMention | None:
    """The side of the story's conflict that `source`'s state is not on, or None when it is on neither."""
    sides = extractor.memory.conflict_sides
    if sides is None or not source.actor.country:
        return None
    first, second = sides
    if source.actor.country == first.actor.country:
        return second
    return first if source.actor.country == second.actor.country else None


#: Forces called up, mobilised or put on alert.
CALLED_UP_FORCES = frozenset({"reservist", "reserve", "conscript", "troop", "soldier", "army", "force", "military"})


def _mobilised(verb: Token, objects: list[Token]) -> bool:
    """Whether `verb` calls up or mobilises forces, or puts them on alert, naming no one: "called up tens of thousands
    of reservists", "mobilised 300,000 reservists", "put its army on high alert"."""
    lemma = verb.lemma_.lower()
    forces = [o for o in objects if o.lemma_.lower() in CALLED_UP_FORCES or any(
        p.lower_ == "of" and any(f.lemma_.lower() in CALLED_UP_FORCES for f in p.children) for p in o.children)]
    if not forces:
        return False
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    if lemma in {"mobilize", "mobilise"}:
        return True
    return lemma in {"put", "place"} and any(
        p.lower_ == "on" and any(o.lemma_.lower() == "alert" for o in p.children) for p in verb.children)


def untargeted_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """Acts of one side of the story's conflict that name no target but can only be aimed at the other side (decision
    0060): "Paris said it was recalling its ambassador" after Mali expelled France's (SANCTION, CAMEO 161); "Khartoum
    responded by sending reinforcements to the border" after Ethiopian forces attacked Sudanese troops (MOBILIZE, a
    show of force). The other side is marked on the verb; a place the envoy is recalled "from" or a state the force
    is sent to names the target itself and is left to the other proposers."""
    found: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or any(c.trigger.i == verb.i for c in existing) or planned_act(verb):
            continue
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        places = [o for p in verb.children if p.dep_ in {"prep", "dative"} for o in p.children if o.dep_ == "pobj"]
        if lemma == "recall" and any(o.lemma_.lower() in RECALLED_ENVOYS for o in objects) and not any(
                p.lower_ == "from" for p in verb.children):
            told = ("SANCTION", RECALL_CAMEO, "an envoy recalled from the other side of the conflict")
        elif lemma in {"send", "deploy", "dispatch", "rush", "move"} and any(
                o.lemma_.lower() in BORDER_FORCES for o in objects) and places and all(
                p.lemma_.lower() in BORDER_WORDS for p in places):
            told = ("MOBILIZE", SHOW_OF_FORCE_CAMEO, "forces sent to the border with the other side of the conflict")
        elif _mobilised(verb, objects):
            # "The army said it had called up tens of thousands of reservists" after Hamas's attack (decision 0063)
            told = ("MOBILIZE", SHOW_OF_FORCE_CAMEO, "forces mobilised against the other side of the conflict")
        else:
            continue
        # "Khartoum responded by sending reinforcements": the subject of the verb "by" hangs on
        doer = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "by" else verb
        subjects, passive = extractor.subjects_of(doer)
        for source in [] if passive else [m for m in subjects if m.actor.country]:
            other = _other_side(extractor, source)
            if other is None:
                continue
            found.append(told_act(sentence, verb, source, implicit_on(verb, other.actor), *told))
    return found
