"""Modality of an event: asserted, negated, future, hypothetical or reported.

Detected from the dependency parse around the event's verb, and applied the PLOVER way: a future
cooperative act (CONSULT, SUPPORT, COOPERATE, AID) is an intention to cooperate, coded AGREE.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import ontology
from shadowline.coding.coreference import ACCUSATION_NOUNS, ACCUSING_VERBS
from shadowline.coding.lexicon import word_list
from shadowline.coding.phrases import is_to_infinitive
from shadowline.records import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

REPORTING_VERBS = word_list("reporting_verbs")
DENIAL_VERBS = word_list("denial_verbs")
INTENT_VERBS = word_list("intent_verbs")
#: Texts whose infinitive is what they will do once in force ("passed a bill to impose sanctions").
LEGISLATIVE_NOUNS = word_list("legislative_nouns")
MODAL_HYPOTHETICAL = frozenset({"could", "would", "might", "may", "should"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
COOPERATIVE_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: Adjectives before "to" that make the act a possibility ("is likely to attack") or one not done ("is unable to").
POSSIBLE_ADJECTIVES = frozenset({"likely", "possible", "able", "poised"})
UNDONE_ADJECTIVES = frozenset({"unlikely", "unable", "unwilling", "reluctant"})


#: Verbs that stop a text before it is issued: what the text says is not done ("blocked a statement condemning").
BLOCKING_VERBS = frozenset({"block", "veto"})


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs governing it through open/clausal complements, nearest first."""
    chain = [verb]
    token = verb
    while token.dep_ in {"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"} and token.head.i != token.i:
        if token.dep_ == "conj" and token.tag_ == "VBD" and token.head.tag_ == "VB":
            break  # "vowed to retaliate and fired dozens of rockets": done, whatever the parser hung it on
        token = token.head
        chain.append(token)
    return chain


def _intended(complement: Token, intent: Token) -> bool:
    """Whether `complement` is what the intent word means to do: "plans to attack", "developing plans to attack",
    "a bill to impose sanctions"; not the clause beside it ("set fire to parliament as lawmakers passed a bill") nor
    one about the plan ("the plan that Russia announced", "the martial law imposed by Marcos")."""
    if complement.dep_ in {"xcomp", "ccomp"}:
        return True
    return intent.pos_ == "NOUN" and complement.dep_ in {"acl", "relcl"} and is_to_infinitive(complement)


def _purpose(complement: Token) -> bool:
    """Whether `complement` is what its verb is done for or meant to do: "will try to enter", "will deploy police
    to fight gangs"."""
    return complement.dep_ == "xcomp" or complement.dep_ == "advcl" and is_to_infinitive(complement)


def _has_negation(verb: Token) -> bool:
    return any(child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in {"neg", "det", "advmod"}
               for child in verb.children)


def detect_modality(verb: Token, own_negation: bool = True) -> str:
    """Return the modality of the event whose trigger is `verb`; without `own_negation`, a "not" on the verb itself
    is part of the act (``refused_by_negation``).

    Order of precedence: negated > hypothetical > future > reported > asserted, so that "officials said
    Russia would not attack" is negated, the most consequential reading for a user.
    """
    if negated_refusal(verb):
        return "future"  # "would not refuse to meet": a willingness to meet
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in BLOCKING_VERBS:
        return "negated"  # "Hungary blocked an EU statement condemning Russia": a text that never was
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in BLOCKING_VERBS:
        return "negated"  # "vowed to veto any new EU sanctions on Russian energy": acts that would never be
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "pobj"}:
        governor = verb.head.head if verb.dep_ == "pobj" else verb.head
        if governor.pos_ in {"VERB", "AUX"} and governor.i != verb.i:
            # "offered to host talks between Ethiopia and Eritrea": talks to come, as their verb is; not a denial
            # or refusal of it ("did not condemn the attack" tells an attack)
            governed = detect_modality(governor)
            if governed in {"future", "hypothetical", "reported"}:
                return governed
            if governed == "negated" and verb.dep_ == "pobj" and governor.lemma_.lower() in {"be", "remain", "stay"}:
                return governed  # "Israel is not at war with Lebanon": the state is denied
    chain = _clause_chain(verb)
    negated = own_negation and _has_negation(verb)
    hypothetical = future = reported = False
    in_condition = any(child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"} for child in verb.children)
    for position, token in enumerate(chain):
        lemma = token.lemma_.lower()
        aux = {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}
        if position > 0:
            if (lemma in DENIAL_VERBS and not _has_negation(token) and chain[position - 1].dep_ != "conj"
                    and not any(c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in ACCUSATION_NOUNS
                                for c in token.children)):
                # not "denied the claim and accused Armenian units": what is denied, not beside it; not "Russia
                # accused Ukraine of ..., a charge Kyiv denied", which the parser hangs under "denied": the
                # accusation was made (decision 0057), nor "..., a charge Ukraine denies" read as the charge denying
                negated = True
            if lemma in ACCUSING_VERBS and chain[position - 1].dep_ == "advcl" and chain[position - 1].tag_ == "VBG":
                reported = True  # "accused the RSF of shelling civilian areas, killing 15 people": part of the charge
            if lemma in REPORTING_VERBS and not (position == 1 and verb.dep_ == "xcomp"):
                # "'India is using proxies to destabilise Pakistan,' Munir said": what a clause said means to do is
                # said too
                reported = True
            if (lemma in INTENT_VERBS or token.pos_ == "NOUN" and lemma in LEGISLATIVE_NOUNS) and token.i < verb.i and (
                    _intended(chain[position - 1], token)):
                future = True
            if position == 1 and token.dep_ != "ROOT" and _has_negation(token) and lemma in INTENT_VERBS:
                negated = True
            if token.pos_ == "ADJ" and chain[position - 1].dep_ == "xcomp":
                # "is likely to attack" may come; "is unable to attack" does not
                negated = negated or lemma in UNDONE_ADJECTIVES
                hypothetical = hypothetical or lemma in POSSIBLE_ADJECTIVES
        if aux & MODAL_FUTURE or ("going" in aux and position == 0):
            if position == 0 or lemma in INTENT_VERBS or _purpose(chain[position - 1]):
                future = True  # "will deploy police to Haiti to fight gangs": the fighting is to come too
        if aux & MODAL_HYPOTHETICAL and position == 0:
            # "said it would send": in reported speech "would" is the future seen from the past
            if aux & {"would"} and len(chain) > 1 and chain[1].lemma_.lower() in REPORTING_VERBS | INTENT_VERBS:
                future = True
            else:
                hypothetical = True
        if token.lower_ in {"if", "unless"}:
            in_condition = True
        if position > 0 and token.dep_ == "ROOT":
            break
    if any(t.lower_ == "according" for t in verb.sent):
        reported = True
    if negated:
        return "negated"
    if hypothetical or in_condition:
        return "hypothetical"
    if future:
        return "future"
    if reported:
        return "reported"
    return "asserted"


def negated_refusal(verb: Token) -> bool:
    """"would not refuse to meet", "did not rule out talks": a refusal that is denied, so no rejection."""
    head = verb.head
    return (verb.dep_ in {"xcomp", "dobj"} and head.i != verb.i and head.lemma_.lower() in word_list("refusal_verbs")
            and _has_negation(head))


#: Verbs of accepting what another holds or asks: not doing so is a rejection ("would not accept the court's
#: jurisdiction"; decision 0057).
ACCEPTING_VERBS = frozenset({"accept", "recognise", "recognize", "comply", "honour", "honor", "respect", "abide",
                             "acknowledge", "heed", "obey", "accede", "yield", "concede", "bow"})


def refusals_by_negation(candidates: list[Candidate]) -> None:
    """Not yielding to someone is rejecting them: a CONCEDE told by a verb of accepting or yielding with "not" ("did
    not accede to protesters' demands") is a REJECT, which the negation does not deny (``refused_by_negation``)."""
    for candidate in candidates:
        decision, verb = candidate.decision, candidate.trigger
        if decision is None or decision.plover_type != "CONCEDE" or not _not_accepted(verb):
            continue
        candidate.decision = replace(decision, plover_type="REJECT", cameo_code=ontology.cameo_default("REJECT"),
                                     plover_mode=None)
        candidate.notes.append("a concession refused")


def refused_by_negation(candidate: Candidate) -> bool:
    """Whether the REJECT of `candidate` is told by a verb of accepting with "not" ("Israel would not accept the
    court's jurisdiction"): the negation makes the rejection, which is not itself denied."""
    decision = candidate.decision
    return decision is not None and decision.plover_type == "REJECT" and _not_accepted(candidate.trigger)


def _not_accepted(verb: Token) -> bool:
    """Whether `verb` is a verb of accepting or yielding with "not" ("did not accede", "would not accept")."""
    return verb.lemma_.lower() in ACCEPTING_VERBS and _has_negation(verb)


def resolve_double_negatives(candidates: list[Candidate]) -> None:
    """A REJECT read from a denied refusal ("China would not refuse to meet Japan") becomes the act that is
    not refused, as its verb pattern names it (CONSULT for "meet"), or no event when no pattern names it."""
    from shadowline.coding.event_types import verb_match

    for candidate in candidates:
        decision = candidate.decision
        if decision is None or decision.plover_type != "REJECT" or not negated_refusal(candidate.trigger):
            continue
        match = verb_match(candidate)
        plover_type = match.plover_type if match is not None and match.plover_type != "REJECT" else None
        candidate.decision = replace(decision, plover_type=plover_type,
                                     cameo_code=match.cameo_code if plover_type and match else None)
        candidate.notes.append("double negative")


#: Verbs whose infinitive is the act threatened ("threatened to impose sanctions").
THREAT_VERBS = frozenset({"threaten"})


def threatened_acts(candidates: list[Candidate]) -> None:
    """An act of material conflict someone threatens to do is their THREATEN of its target ("The EU threatened to
    impose sanctions on Belarus", "threatened to halt unity government talks with President Mugabe": CAMEO 13), not
    the act as a coming one."""
    for candidate in candidates:
        verb, decision = candidate.trigger, candidate.decision
        if (decision is None or decision.plover_type is None or verb.dep_ != "xcomp" or verb.head.i == verb.i
                or verb.head.lemma_.lower() not in THREAT_VERBS or ontology.quad_class(decision.plover_type) != 4):
            continue
        candidate.decision = replace(decision, plover_type="THREATEN", cameo_code=ontology.cameo_default("THREATEN"),
                                     plover_mode=None, confidence=max(REFUSAL_CONFIDENCE, decision.confidence))
        candidate.notes.append("an act threatened")


#: Confidence of a REJECT told by a verb of refusal ("refused to meet with Trump").
REFUSAL_CONFIDENCE = 0.9


def refused_acts(candidates: list[Candidate]) -> None:
    """An act someone refuses or declines to do is their REJECT of the other party ("Merkel refused to meet with
    Trump", "declined to attend the summit with X"), whatever the typer read of the act itself; a denied refusal
    is left to ``resolve_double_negatives``."""
    for candidate in candidates:
        verb, decision = candidate.trigger, candidate.decision
        head = verb.head
        if (decision is None or decision.plover_type in {None, "REJECT"} or verb.dep_ != "xcomp" or head.i == verb.i
                or head.lemma_.lower() not in word_list("refusal_verbs") or _has_negation(head)):
            continue
        candidate.decision = replace(decision, plover_type="REJECT", cameo_code=ontology.cameo_default("REJECT"),
                                     plover_mode=None, confidence=max(decision.confidence, REFUSAL_CONFIDENCE))
        candidate.notes.append("an act refused")


def apply_plover_modality(plover_type: str, modality: str) -> str:
    """Apply PLOVER's rule that future cooperative acts are coded AGREE.

    >>> apply_plover_modality("AID", "future")
    'AGREE'
    """
    if modality == "future" and plover_type in COOPERATIVE_FUTURE_TO_AGREE:
        return "AGREE"
    return plover_type
