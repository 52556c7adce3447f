"""Deciding the event type of a candidate pair: verb patterns, or the learned classifier.

Both deciders share one interface, :class:`EventTyper`: a batch of :class:`Candidate` in, one
:class:`TypeDecision` per pair out (``plover_type=None`` means "no event between these two").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Protocol

from shadowline import ontology
from shadowline.coding.lexicon import table, word_list
from shadowline.coding.phrases import SUBJECT_DEPS
from shadowline.coding.verbpatterns import VerbMatch, match_verb
from shadowline.records import Candidate, TypeDecision

if TYPE_CHECKING:
    from spacy.tokens import Token

    from shadowline.coding.classifier import PairInput


class EventTyper(Protocol):
    """Decides PLOVER type (or no event), mode, context and CAMEO code for candidate pairs."""

    name: str

    def decide(self, pairs: Sequence[Candidate]) -> list[TypeDecision]: ...


def verb_match(pair: Candidate) -> VerbMatch | None:
    """The CAMEO verb pattern that the pair's trigger and its clause match, if any."""
    trigger = pair.trigger
    sentence = pair.sentence
    before = [t.lower_ for t in sentence if t.i < trigger.i]
    after = [t.lower_ for t in sentence if t.i > trigger.i]
    return match_verb(trigger.lemma_.lower(), before, after)


class PatternTyper:
    """The dictionary coder: PETRARCH2's CAMEO verb patterns mapped to PLOVER.

    Confidence is a fixed prior per kind of match (a specific pattern vs. the verb's default code); it is
    not calibrated. Pairs whose verb matches nothing are no event.
    """

    name = "patterns"
    SPECIFIC_PATTERN_CONFIDENCE = 0.6
    DEFAULT_VERB_CONFIDENCE = 0.45

    def decide(self, pairs: Sequence[Candidate]) -> list[TypeDecision]:
        decisions = []
        for pair in pairs:
            match = verb_match(pair)
            if match is None or not match.plover_type:
                decisions.append(TypeDecision(None))
                continue
            specific = bool(match.pattern and match.pattern.strip("* -"))
            decisions.append(TypeDecision(
                match.plover_type, match.cameo_code, match.plover_mode, [],
                self.SPECIFIC_PATTERN_CONFIDENCE if specific else self.DEFAULT_VERB_CONFIDENCE))
        return decisions


def candidate_pair_input(candidate: Candidate) -> PairInput:
    """What the classifier reads of a candidate: its sentence and the two mentions' spans within it."""
    from shadowline.coding.classifier import PairInput

    offset = candidate.sentence.start_char
    return PairInput(candidate.sentence.text,
                     (candidate.source.char_start - offset, candidate.source.char_end - offset),
                     (candidate.target.char_start - offset, candidate.target.char_end - offset))


class ClassifierTyper:
    """The learned coder: the shipped ONNX pair classifier decides the type; verb patterns give the CAMEO code
    when they agree with it, else the PLOVER->CAMEO default."""

    name = "model"

    def __init__(self, model_path: str | None = None, min_confidence: float = 0.0,
                 threads: int | None = None) -> None:
        from shadowline.coding.classifier import PairClassifier

        self.classifier = PairClassifier.load(model_path, threads=threads)
        self.min_confidence = min_confidence

    def decide(self, pairs: Sequence[Candidate]) -> list[TypeDecision]:
        inputs = [candidate_pair_input(pair) for pair in pairs]
        predictions = self.classifier.predict(inputs) if inputs else []
        decisions = []
        for pair, prediction in zip(pairs, predictions):
            if prediction.plover == "NONE" or prediction.confidence < self.min_confidence:
                decisions.append(TypeDecision(None, confidence=prediction.confidence,
                                              probabilities=prediction.probabilities))
                continue
            match = verb_match(pair)
            if match is not None and match.plover_type == prediction.plover:
                cameo, mode = match.cameo_code, prediction.mode or match.plover_mode
            else:
                mode = prediction.mode
                cameo = ontology.cameo_default(prediction.plover, mode)
            decisions.append(TypeDecision(prediction.plover, cameo, mode, list(prediction.contexts),
                                          prediction.confidence, prediction.probabilities))
        return decisions


#: Dependencies of a verb's object: its direct object, or its subject when the verb is passive ("sanctions against
#: Russia were imposed by France").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Confidence of a type that the verb's phrase decides ("called on X to"): above ``main``'s threshold.
PHRASE_TYPE_CONFIDENCE = 0.9


@dataclass(frozen=True)
class PhraseType:
    """A phrase that decides the type: a verb with a particle that opens the target's phrase, or with a direct
    object ("called on X", "levied sanctions against X"), or a verb alone ("pardoned X")."""

    verb: str
    particle: str
    object: str
    plover_type: str


@cache
def phrase_types() -> tuple[PhraseType, ...]:
    """The rows of ``coding/data/phrase_types.csv``."""
    return tuple(PhraseType(row["verb"], row["particle"], row["object"], row["plover_type"])
                 for row in table("phrase_types"))


#: What someone is removed from when the removal ousts them ("voted to remove President Boluarte from office").
OFFICES_LEFT = frozenset("office power post presidency premiership government".split())
#: Verbs of a fight that may be only of words ("clashed over the budget"): between armed sides an assault.
CLASH_VERBS = frozenset({"clash", "skirmish"})
#: What is dismissed as unfounded, not sacked ("dismissed the charges", "dismissed the case").
DISMISSED_TEXTS = frozenset({"accusation", "allegation", "claim", "charge", "case", "lawsuit", "suit", "appeal",
                             "petition", "challenge", "report", "request", "proposal", "criticism", "concern",
                             "complaint", "demand", "idea", "suggestion", "speculation", "rumour", "rumor"})
#: Nouns of trade restrictions and sanctions that can hit a state ("hit by US tariffs").
RESTRICTING_NOUNS = frozenset({"tariff", "duty", "levy", "sanction", "embargo", "restriction", "quota", "curb"})
#: Nouns of help given, and of its stopping ("the withholding of security aid to Ukraine" is a sanction).
AID_NOUNS = frozenset({"aid", "assistance", "funding"})
STOPPING_NOUNS = frozenset({"withholding", "suspension", "freeze", "freezing", "cut", "cutoff", "halt", "halting",
                            "delay", "stoppage"})
#: Verbs of a court's ruling, and what a ruling may find an act to be: "ruled that Johnson's suspension of
#: parliament was unlawful" is a legal sanction of its author (the gold codes such rulings SANCTION).
RULING_VERBS = frozenset({"rule", "find", "declare", "deem", "conclude", "hold", "judge"})
UNLAWFUL = frozenset({"unlawful", "illegal", "unconstitutional", "invalid", "void", "illegitimate"})
#: What marchers carry: "carrying placards asking the government to revoke Article 50" is a protest's words, which a
#: phrase does not type.
PROTEST_SIGNS = frozenset({"placard", "sign", "banner", "poster", "slogan"})
#: Spans of time given as a deadline ("gave Iran 60 days to reach a deal").
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month"})
#: Participles that name the owner of a thing ("a tanker owned by", "belonging to", "operated by", "targets used
#: by"; ``candidates.py``).
OWNING_VERBS = frozenset({"own", "belong", "operate", "charter", "run", "manage", "use", "hold", "control", "occupy"})
#: Nouns of standing between two sides: whom they are "between" are consulted (CAMEO 045).
MEDIATION_NOUNS = frozenset({"mediating", "mediation", "brokering", "arbitration"})
#: Relation of a show of force at a state: weapons fired into the waters around it (``candidates.py``).
SHOW_OF_FORCE_RELATION = "prep:around"
#: Verbs that put someone under arrest or in custody ("placing President Ali Bongo under house arrest").
CONFINING_VERBS = frozenset({"place", "put", "keep", "hold", "take"})
CUSTODY_NOUNS = frozenset({"arrest", "custody", "detention"})
#: Relation of an answer a state was prompted to make, aimed at whoever prompted it ("prompting Madrid to withdraw its
#: ambassador"; ``candidates.py``), and the type of each answering verb: envoys withdrawn are a sanction, forces a
#: retreat.
PROMPTED_RELATION = "prompted"
PROMPTED_TYPES = {"withdraw": "SANCTION", "recall": "SANCTION", "pull": "SANCTION", "expel": "SANCTION",
                  "suspend": "SANCTION", "reinforce": "MOBILIZE", "mobilize": "MOBILIZE", "mobilise": "MOBILIZE"}
#: Relation of a complaint that names no one and is aimed at whoever did what it answers ("protested after a Chinese
#: military aircraft violated its airspace"; ``candidates.py``): a state's complaint is an accusation (CAMEO 114).
COMPLAINT_RELATION = "answered"
#: Relation of an ask told after talks, aimed at whom the talks were with ("spoke with Kagame and urged a ceasefire").
ASKED_AFTER_TALKS_RELATION = "asked after talks"
#: Verbs of adopting a measure: sanctions agreed, approved or adopted are imposed.
SANCTION_ADOPTING_VERBS = frozenset({"agree", "approve", "adopt", "unveil", "pass", "endorse", "finalise", "finalize"})
#: Verbs of answering an act: an answer promised ("would respond to", "will retaliate against") is a threat.
ANSWERING_VERBS = frozenset({"respond", "retaliate", "react"})
#: Envoys a state recalls ("recalled its ambassador"), and the words of envoys: withdrawn, they are a sanction;
#: forces withdrawn are a retreat.
RECALLED_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "representative", "consul"})
ENVOY_WORDS = RECALLED_ENVOYS | frozenset({"embassy", "staff"})
#: Verbs of deploying forces: sent nowhere named after an act on someone, a show of force at them (MOBILIZE).
DEPLOYING_VERBS = frozenset({"deploy", "mobilize", "mobilise", "mass"})
#: Relation of a threat that names no target and takes the target of the act coordinated before it
#: ("accused Greece of ... and threatened to take measures"; ``candidates.py``).
SHARED_THREAT_RELATION = "shared"
#: Nouns of a fight: "fighting between Sudan's army and the RSF" (``nominal.py``), the sides of a conflict.
FIGHTING_NOUNS = frozenset({"fighting", "clash", "battle", "skirmish", "hostility", "war"})
#: Sectors of armed sides.
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "INS"})


def confines(verb: Token) -> bool:
    """Whether `verb` puts someone under arrest or in custody: "placing President Ali Bongo under house arrest",
    "took the opposition leader into custody"."""
    return verb.lemma_.lower() in CONFINING_VERBS and any(
        p.dep_ == "prep" and p.lower_ in {"under", "in", "into"} and any(
            o.lemma_.lower() in CUSTODY_NOUNS for o in p.children if o.dep_ == "pobj") for p in verb.children)


def _phrase_type(candidate: Candidate) -> str | None:
    trigger = candidate.trigger
    lemma = trigger.lemma_.lower()
    if lemma in {"hit", "target", "affect"} and any(
            o.lemma_.lower() in RESTRICTING_NOUNS for a in trigger.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj") or any(
            c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in RESTRICTING_NOUNS for c in trigger.children) or (
            lemma in {"hit", "target", "affect"} and trigger.dep_ == "acl"
            and trigger.head.lemma_.lower() in RESTRICTING_NOUNS):
        # "The European Union, which was also hit by US tariffs", "The sanctions, announced by the US Treasury,
        # target three companies" (decision 0057), "agreed a package of sanctions hitting Russia's banks" (0063)
        return "SANCTION"
    if lemma in ANSWERING_VERBS and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"}
                                        for c in trigger.children):
        return "THREATEN"  # "Moscow would respond to the deployment of US missiles": a promised answer (decision 0063)
    if (escalated := _escalated_type(trigger)) is not None:
        return escalated  # "ramps up belligerent actions towards Cyprus", "stepped up military pressure on Taiwan"
    if lemma in SANCTION_ADOPTING_VERBS and any(
            o.lemma_.lower() in RESTRICTING_NOUNS for c in trigger.children if c.dep_ == "dobj"
            for o in (c, *(p for a in c.children if a.dep_ == "prep" and a.lower_ == "of"
                           for p in a.children if p.dep_ == "pobj"))):
        # "EU leaders agreed a second package of sanctions hitting Russia's financial sectors": sanctions adopted are
        # imposed (decision 0063)
        return "SANCTION"
    if lemma in {"recognise", "recognize"} and candidate.relation == "dobj" and candidate.target.actor.kind in {
            "state", "territory", "breakaway"} and any(
            c.dep_ == "neg" or c.lower_ == "never" for c in trigger.children) and not any(
            t.tag_ in {"VBZ", "VBP"} for t in (trigger, *trigger.children) if t.dep_ in {"aux", "ROOT", trigger.dep_}):
        # "Serbia would never recognise Kosovo": recognition refused (CAMEO 12; decision 0063); "Cyprus, which Turkey
        # does not recognize" tells a standing position, no act
        return "REJECT"
    if trigger.i > 0 and trigger.doc[trigger.i - 1].lemma_.lower() in PROTEST_SIGNS:
        return None  # "placards asking ...", however the parser hung the participle
    if candidate.source.actor.sector == "JUD" and lemma in RULING_VERBS and any(
            t.lower_ in UNLAWFUL and t.dep_ in {"acomp", "oprd", "conj"} for t in trigger.subtree):
        return "SANCTION"  # "A federal judge ruled that Trump's tariffs were illegal" (decision 0058)
    if _stopped_aid(trigger) or _stopped_aid(_recipient_of(candidate)):
        return "SANCTION"  # "the Trump administration's withholding of security aid to Ukraine" (decision 0058)
    sent_away = any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in trigger.children) or (
        lemma == "order" and any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out" for c in trigger.children))
    if (lemma in {"order", "tell"} and sent_away and candidate.relation == "dobj"
            and None not in {candidate.source.actor.country, candidate.target.actor.country}
            and candidate.source.actor.country != candidate.target.actor.country):
        # "ordered the French ambassador to leave the country" (decision 0057), "Mali ordered French troops out of the
        # country" (decision 0059): an expulsion
        return "SANCTION"
    target_root = candidate.sentence.doc[candidate.target.start:candidate.target.end].root
    if (lemma in WITHDRAWING_VERBS and candidate.target.actor.sector == "IGO" and candidate.relation == "prep:from"
            and target_root.head.head.i == trigger.i):
        return "SANCTION"  # "announced that they were withdrawing from ECOWAS": leaving a body (decision 0059)
    if (lemma == "receive" and candidate.target.actor.kind == "leader" and target_root.dep_ == "dobj"
            and target_root.head.i == trigger.i):
        return "CONSULT"  # "Xi Jinping received Brazilian President Lula da Silva in Beijing": a visit hosted
    if lemma == "hold" and any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_SIGNS for c in trigger.children):
        return "REJECT"  # "Mr Erdogan had held up Sweden's bid for months": blocked it (decision 0059)
    if (lemma in word_list("attack_verbs") and target_root.dep_ == "pobj" and target_root.head.dep_ == "agent"
            and target_root.head.head.lemma_.lower() in OWNING_VERBS and target_root.head.head.dep_ == "acl"
            and target_root.head.head.head.head.i == trigger.i and _done_by(candidate)):
        return "ASSAULT"  # "struck more than a dozen targets used by Yemen's Houthi rebels" (decision 0059)
    if (target_root.dep_ == "pobj" and target_root.head.lower_ == "against"
            and target_root.head.head.lemma_.lower() in word_list("coup_nouns")):
        return "COERCE"  # "seized power in a coup against the elected government" (CAMEO 17; decision 0063)
    if _flown_over(trigger, target_root):
        return "MOBILIZE"  # "fired a ballistic missile over Japan": a show of force (CAMEO 15; decision 0063)
    on_the_list = target_root.dep_ in {"dobj", "nsubjpass"} and target_root.head.i == trigger.i
    listed = _listing(trigger) if on_the_list else None
    if listed is not None:
        # "Trump reinstated Cuba on the list of state sponsors of terrorism" (CONCEDE before), "removed from the list
        # by Barack Obama" (decision 0059)
        return listed
    if _with_crowd_control(trigger):
        return "ASSAULT"  # "fired tear gas to disperse the crowd": crowd control (PLOVER manual; decision 0059)
    if lemma == "meet" and trigger.dep_ == "pcomp" and _met(candidate, target_root):
        return "CONSULT"  # "after meeting Fumio Kishida, Japan's prime minister, Ms Pelosi said" (decision 0059)
    if lemma == "declare" and _acted_on(candidate) and {"grata", "gratae"} & {
            t.lower_ for t in candidate.sentence if t.i > trigger.i}:
        return "SANCTION"  # "Quito declared Raquel Serur, Mexico's ambassador, persona non grata" (CAMEO 1246)
    between = target_root
    while between.dep_ == "conj" and between.head.i != between.i:
        between = between.head
    if (between.dep_ == "pobj" and between.head.lower_ == "between"
            and between.head.head.lemma_.lower() in MEDIATION_NOUNS):
        return "CONSULT"  # "Kuwait had spent months mediating between Riyadh and Doha" (the parser: a noun)
    if confines(trigger):
        return "COERCE"  # "placing President Ali Bongo under house arrest" (CAMEO 173; decision 0062)
    if lemma == "impeach" and trigger.tag_ in {"VBZ", "VBP"}:
        return None  # "Under the U.S. Constitution, the House of Representatives impeaches the official": the rule
    if candidate.relation == PROMPTED_RELATION:
        if lemma in WITHDRAWING_VERBS | {"recall"} and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_WORDS for c in trigger.children):
            return "RETREAT"  # "prompting Russia to withdraw its troops" (decision 0062)
        return PROMPTED_TYPES.get(lemma)
    if candidate.relation == ASKED_AFTER_TALKS_RELATION:
        return "REQUEST"  # "spoke by phone with Kagame and urged an immediate ceasefire" (decision 0063)
    if candidate.relation == COMPLAINT_RELATION:
        return "ACCUSE"  # "Japan protested after a Chinese military aircraft violated its airspace" (decision 0063)
    if candidate.relation == SHARED_THREAT_RELATION:
        # "imposed sanctions on three Iranian firms and warned of further measures", "accused Belarus of ... and
        # deployed 10,000 troops" (decision 0062)
        return "MOBILIZE" if lemma in DEPLOYING_VERBS else "THREATEN"
    if candidate.relation == SHOW_OF_FORCE_RELATION:
        return "MOBILIZE"  # "fired missiles into waters around Taiwan": a show of force (CAMEO 15; decision 0059)
    if lemma == "fall" and candidate.relation == "passive":
        return "ASSAULT"  # "Kabul fell to the Taliban": taken by force (decision 0058)
    if lemma == "join" and any(c.dep_ == "agent" and c.left_edge.i <= candidate.source.start <= c.right_edge.i
                               for c in trigger.children):
        return "COOPERATE"  # "a naval coalition which was joined by Australia" (decision 0058)
    if lemma in {"fight", "battle"} and candidate.relation == "dobj" and _done_by(candidate):
        return "ASSAULT"  # "Saudi Arabia, which fought the Houthis for years" (decision 0058)
    if lemma == "gain" and candidate.source.actor.sector == "SPY" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "access" for c in trigger.children):
        return "COERCE"  # "Chinese hackers had gained access to a Dutch military network": a breach (decision 0058)
    deadline = _deadline_clause(trigger) if (lemma == "give" and target_root.dep_ == "dative"
                                             and target_root.head.i == trigger.i) else None
    if deadline is not None:
        # "gave US diplomats 72 hours to leave the country": an expulsion; "gave the military council 15 days to hand
        # over power or face suspension": an ultimatum (decision 0058)
        return "SANCTION" if deadline.lemma_.lower() == "leave" else "THREATEN"
    if lemma in CLASH_VERBS and {candidate.source.actor.sector, candidate.target.actor.sector} <= ARMED_SECTORS:
        return "ASSAULT"  # "Ukrainian troops had clashed with North Korean soldiers" (decision 0057)
    if lemma == "remove" and any(p.lower_ == "from" and any(o.lemma_.lower() in OFFICES_LEFT for o in p.children)
                                 for p in trigger.children if p.dep_ == "prep"):
        lemma = "oust"
    elif lemma == "dismiss" and candidate.target.actor.kind in {"leader", "agent"} and any(
            c.dep_ in {"dobj", "nsubjpass"} and candidate.target.start <= c.i < candidate.target.end
            and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in DISMISSED_TEXTS for c in trigger.children):
        lemma = "sack"  # "Ruto dismissed almost his entire cabinet"; "dismissed the allegations" rejects them
    elif lemma == "fire" and (candidate.relation in {"dobj", "passive"} or any(
            c.dep_ == "dobj" and candidate.target.start <= c.i < candidate.target.end for c in trigger.children)):
        # "fired the finance minister", "was fired by Chancellor Scholz"; "fired missiles at" holds no dobj pair
        lemma = "sack"
    handled = _verb_handling(trigger) if candidate.relation == "nominal" else None
    if handled is not None:
        for phrase in phrase_types():
            if (phrase.verb == handled.lemma_.lower() and phrase.object == lemma and not phrase.particle
                    and phrase.plover_type in HANDLED_TYPES):
                return phrase.plover_type  # "decided to pause some of its aid to Ethiopia": aid paused (decision 0060)
    for phrase in phrase_types():
        if phrase.verb != lemma:
            continue
        if phrase.plover_type == "MOBILIZE" and (candidate.relation in {"reciprocal", "prep:with"} or any(
                c.lower_ == "joint" for o in trigger.children if o.dep_ in OBJECT_DEPS for c in o.children)):
            drills = [o for o in trigger.children if o.dep_ in OBJECT_DEPS and phrase.object in _object_lemmas(o)]
            if drills or not phrase.object:
                # "South Korea and the United States held joint military exercises", "would hold joint naval drills
                # with France": military cooperation (PLOVER COOPERATE; decision 0060)
                return "COOPERATE"
            continue
        if phrase.particle:
            holders = [trigger]
            if phrase.object:
                # "took control measures against the vessels": the object named, its preposition on it or the verb
                objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS and phrase.object in _object_lemmas(c)]
                if not objects:
                    continue
                holders += objects
            for particle in (c for h in holders for c in h.children
                             if c.dep_ in {"prep", "prt"} and c.lower_ == phrase.particle):
                if particle.i < candidate.target.start <= max(t.i for t in particle.subtree):
                    if phrase.plover_type == "REQUEST" and _acted_against(candidate, particle):
                        return "ACCUSE"
                    return phrase.plover_type
        elif phrase.object and (any(phrase.object in _object_lemmas(c) for c in trigger.children
                                    if c.dep_ in OBJECT_DEPS)
                                or ((trigger.dep_ == "relcl" or (trigger.dep_ == "acl" and trigger.tag_ == "VBN"
                                                                   and phrase.plover_type == "SUPPORT"))
                                    and trigger.head.lemma_.lower() == phrase.object)):
            if phrase.plover_type == "AID" and not _done_by(candidate):
                continue  # "Malloy says Syrian refugees granted asylum are welcome": Malloy granted nothing
            # the object may be what a relative clause or a participle hangs on ("a charge Baku denied", "the
            # memorandums signed by Ankara and Tripoli"; decision 0060)
            return phrase.plover_type
        elif not phrase.object and _acted_on(candidate) and (phrase.plover_type != "ASSAULT" or _done_by(candidate)):
            if phrase.plover_type == "REQUEST" and _inside_an_act_against(candidate):
                return "ACCUSE"  # "encourage investigations into Joe Biden": an act asked against him
            return phrase.plover_type
    return None


def _deadline_clause(verb: Token) -> Token | None:
    """What someone is given hours or days to do ("gave Iran 60 days to reach a deal": reach), however the parser
    hung the clause: on the span of time or on the verb."""
    spans = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in DEADLINE_NOUNS]
    if not spans:
        return None
    clauses = [v for c in spans for v in c.children if v.dep_ in {"relcl", "acl", "xcomp"} and v.pos_ == "VERB"]
    clauses += [v for v in verb.children if v.dep_ in {"advcl", "xcomp"} and v.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    return clauses[0] if clauses else None


#: Verbs that put someone on a list, or take them off it, and the lists of states and groups punished.
LISTING_VERBS = frozenset({"put", "place", "add", "reinstate", "return", "include", "designate", "relist"})
DELISTING_VERBS = frozenset({"remove", "delist", "drop", "take", "strike"})
BLACKLISTS = frozenset({"list", "blacklist"})
WHITELISTS = frozenset({"whitelist", "white-list"})
FAVOURED_WORDS = frozenset({"preferred", "trusted", "favoured", "favored", "white", "friendly"})


def _listing(trigger: Token) -> str | None:
    """SANCTION for putting someone on a list of the punished ("reinstated Cuba on the list of state sponsors of
    terrorism", "added to the entity list"), CONCEDE for taking them off it (CAMEO 081, easing sanctions)."""
    lemma = trigger.lemma_.lower()
    for preposition in (c for c in trigger.children if c.dep_ == "prep"):
        lists = [o for o in preposition.children if o.dep_ == "pobj" and o.lemma_.lower() in BLACKLISTS | WHITELISTS]
        if not lists:
            continue
        # a list of favoured partners turns it round: "would remove Japan from its own list of preferred trading
        # partners" is a sanction
        favoured = lists[0].lemma_.lower() in WHITELISTS or any(t.lower_ in FAVOURED_WORDS for t in lists[0].subtree)
        if lemma in LISTING_VERBS and preposition.lower_ in {"on", "to", "onto"}:
            return "CONCEDE" if favoured else "SANCTION"
        if lemma in DELISTING_VERBS and preposition.lower_ in {"from", "off"}:
            return "SANCTION" if favoured else "CONCEDE"
    return None


#: Verbs of leaving a body one belongs to: withdrawing "from" an intergovernmental body is a sanction of it.
WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "exit"})
#: Crowd-control weapons: their use on people is ASSAULT (mode crowd-control), not coercion.
CROWD_CONTROL = frozenset({("tear", "gas"), ("water", "cannon"), ("rubber", "bullet"), ("stun", "grenade"),
                           ("pepper", "spray")})


def _with_crowd_control(trigger: Token) -> bool:
    """Whether the act uses a crowd-control weapon: "fired tear gas to disperse the crowd", "used water cannon and
    tear gas to break up the rally", "dispersed them with tear gas"."""
    verbs = [trigger, trigger.head] if trigger.dep_ in {"xcomp", "advcl"} else [trigger]
    weapons = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    weapons += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    weapons += [c for w in weapons for c in w.conjuncts]
    return any((m.lower_, w.lemma_.lower()) in CROWD_CONTROL for w in weapons for m in w.children
               if m.dep_ in {"compound", "amod"})


def _met(candidate: Candidate, target_root: Token) -> bool:
    """Whether the target is whom the source met in a clause after a preposition ("after meeting Fumio Kishida"):
    the object of "meeting", or of "meeting with", with nothing met with ("meeting the protesters with tear gas" is
    no meeting)."""
    trigger = candidate.trigger
    withs = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
             if o.dep_ == "pobj"]
    if target_root.dep_ == "dobj" and target_root.head.i == trigger.i:
        return not withs and candidate.relation == "dobj"
    return target_root in withs and candidate.relation == "prep:with"


#: Verbs of stepping up an act ("ramped up", "stepped up", "intensified"), and the type of the act stepped up, by its
#: noun: the escalation is more of the same act (decision 0063).
ESCALATING_VERBS = frozenset({"ramp", "step", "intensify", "escalate", "increase", "heighten", "redouble"})
ESCALATED_ACTS = {"provocation": "THREATEN", "threat": "THREATEN", "drill": "MOBILIZE",
                  "exercise": "MOBILIZE", "patrol": "MOBILIZE", "deployment": "MOBILIZE", "sanction": "SANCTION"}
#: Adjectives that make "actions" or "activities" stepped up a threat ("belligerent actions towards Cyprus").
HOSTILE_ADJECTIVES = frozenset({"belligerent", "hostile", "aggressive", "provocative", "threatening"})


def _escalated_type(trigger: Token) -> str | None:
    """The type of the act a verb of escalation steps up, read from its object noun, or None."""
    if trigger.lemma_.lower() not in ESCALATING_VERBS:
        return None
    for act in (c for c in trigger.children if c.dep_ == "dobj"):
        lemma = act.lemma_.lower()
        if lemma in word_list("attack_nouns"):
            return "ASSAULT"
        if lemma in {"action", "activity"} and any(
                c.dep_ == "amod" and c.lower_ in HOSTILE_ADJECTIVES for c in act.children):
            return "THREATEN"
        if lemma in ESCALATED_ACTS:
            return ESCALATED_ACTS[lemma]
    return None


def _flown_over(trigger: Token, target: Token) -> bool:
    """Whether `target` is the state a weapon was fired or launched over: "fired a ballistic missile over Japan"."""
    if target.dep_ != "pobj" or target.head.lower_ != "over" or trigger.lemma_.lower() not in {"fire", "launch"}:
        return False
    over = target.head.head
    return over.i == trigger.i or (over.dep_ == "dobj" and over.head.i == trigger.i
                                   and over.lemma_.lower() in word_list("weapon_nouns"))


def _stopped_aid(noun: Token | None) -> bool:
    """Whether `noun` is aid whose stopping is told: "the withholding of security aid", "a suspension of aid"."""
    return (noun is not None and noun.lemma_.lower() in AID_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ in {"of", "in", "to"} and noun.head.head.lemma_.lower() in STOPPING_NOUNS)


def _recipient_of(candidate: Candidate) -> Token | None:
    """The noun the target receives by "to" or "for" ("aid to Ukraine": aid), if any."""
    root = candidate.sentence.doc[candidate.target.start:candidate.target.end].root
    return root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"to", "for"} else None


#: Nouns of a batch of something, which stand for what they are a batch of ("a new round of sanctions").
BATCH_NOUNS = frozenset({"round", "package", "set", "series", "wave", "raft", "slew", "batch", "tranche", "dozen",
                         "hundred", "score", "barrage", "salvo", "volley", "number", "couple", "pair", "string",
                         "flurry"})
#: Words of a part of a whole: "paused some of its aid to Ethiopia" pauses aid (decision 0060).
PART_WORDS = frozenset({"some", "part", "much", "most", "all", "half", "portion", "share", "bulk"})


#: Types a verb gives the act a noun tells when the noun is its object ("paused its aid to Ethiopia": SANCTION).
HANDLED_TYPES = frozenset({"SANCTION"})


def _verb_handling(noun: Token) -> Token | None:
    """The verb whose object is the act noun `noun`, or the part of it ("paused some of its aid"), or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PART_WORDS:
        noun, head = head.head, head.head.head
    return head if noun.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and head.i != noun.i else None


def _object_lemmas(obj: Token) -> set[str]:
    """The lemma of an object, and of what an amount object is an amount of ("pledged $250 million in military aid":
    aid)."""
    lemmas = {obj.lemma_.lower()}
    if obj.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY"} or obj.like_num or any(
            c.dep_ == "nummod" for c in obj.children) or obj.lemma_.lower() in BATCH_NOUNS | PART_WORDS:
        # also "imposed several rounds of sanctions on Minsk" (decision 0059)
        lemmas |= {o.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of", "worth"}
                   for o in p.children if o.dep_ == "pobj"}
    return lemmas


def _done_by(candidate: Candidate) -> bool:
    """Whether the source is who does the verb's act: its subject, or the agent of its passive ("the incidents
    injured fourteen officers, the director said" is no assault by the director)."""
    start = candidate.source.start
    verb = candidate.trigger
    while (verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i
           and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children)):
        verb = verb.head  # "police opened fire on the crowds, killing five people": the police's killing
    if verb.dep_ == "relcl" and verb.head.left_edge.i <= start <= verb.head.i and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in {"which", "who", "that"} for c in verb.children):
        return True  # "Saudi Arabia, which fought the Houthis": the noun the clause's pronoun stands for
    return any(c.left_edge.i <= start <= c.right_edge.i for c in verb.children
               if c.dep_ in SUBJECT_DEPS or c.dep_ == "agent")


def _acted_against(candidate: Candidate, particle: Token) -> bool:
    """Whether the target is whom the act called for would be done against, not whom it asks: "called for
    sanctions against China", "calling for an investigation into Myanmar's army" (PLOVER coders code the call as
    an accusation of the target)."""
    doc = candidate.trigger.doc
    head = doc[candidate.target.start]
    while head.head.i != head.i and head.dep_ not in {"pobj", "dobj", "nsubj"}:
        head = head.head
    governor = head.head
    return (head.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in {"against", "into"}
            and governor.i != particle.i and particle.i < governor.i <= max(t.i for t in particle.subtree))


def _inside_an_act_against(candidate: Candidate) -> bool:
    """Whether the target is what an act is against or into ("investigations into Joe Biden")."""
    root = candidate.sentence.doc[candidate.target.start:candidate.target.end].root
    return root.dep_ == "pobj" and root.head.lower_ in {"against", "into"} and root.head.head.pos_ == "NOUN"


def _acted_on(candidate: Candidate) -> bool:
    """Whether the target is what the verb acts on: a pair the parse gave, or a tagged pair whose target is in the
    verb's phrase, not in its subject's ("Brett McGurk, envoy to the coalition against ISIL, criticised the
    decision" does not criticise ISIL)."""
    trigger, start = candidate.trigger, candidate.target.start
    return candidate.relation != "tagged" or any(
        c.dep_ not in SUBJECT_DEPS and c.left_edge.i <= start <= c.right_edge.i for c in trigger.children)


def types_by_phrase(candidates: Sequence[Candidate]) -> None:
    """"Protesters called for Rossello's resignation" is REQUEST, "levied sanctions against him" SANCTION, whatever
    the typer read: a phrase of ``phrase_types.csv`` decides the type of a candidate whose target it holds (not
    of a speaker's pair)."""
    for candidate in candidates:
        plover_type = _phrase_type(candidate) if candidate.relation != "speaker" else None
        if candidate.relation == "denial":
            plover_type = "REJECT"  # "Lukashenko denied that his government was organising the flow": the accuser
        decision = candidate.decision
        if plover_type is None:
            continue
        if decision is not None and decision.plover_type == plover_type:
            # the typer agrees, perhaps unsure ("apologised to" at 0.66): the phrase is as sure as when it overrules
            if decision.confidence < PHRASE_TYPE_CONFIDENCE:
                candidate.decision = replace(decision, confidence=PHRASE_TYPE_CONFIDENCE)
                candidate.notes.append("type confirmed by its phrase")
            continue
        candidate.decision = TypeDecision(plover_type, ontology.cameo_default(plover_type), None, [],
                                          max(PHRASE_TYPE_CONFIDENCE, decision.confidence if decision else 0.0))
        candidate.notes.append("type decided by its phrase")


def load_typer(kind: str = "auto", model_path: str | None = None, threads: int | None = None) -> EventTyper:
    """The event typer named `kind`: ``model``, ``patterns``, or ``auto`` (the model when it is shipped).

    `threads`: onnxruntime threads of the model (default: onnxruntime's choice)."""
    if kind == "patterns":
        return PatternTyper()
    if kind in {"model", "auto"}:
        try:
            return ClassifierTyper(model_path, threads=threads)
        except (ImportError, FileNotFoundError):
            if kind == "model":
                raise
    return PatternTyper()
