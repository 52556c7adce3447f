"""Rules of the ``decide`` stage that read a verbal conflict where the typer reads cooperation or nothing.

A speaker's negative evaluation of an actor, or of its act or policy, is the speaker's ACCUSE of that actor,
as a claim about a third party's act is (decision 0027): "Tom Watson called the prime minister's deal 'lousy'",
"'The airline supports the regime's destructive ambitions,' the minister said" (``evaluations_accuse``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import ontology
from shadowline.coding.coreference import ACCUSATION_NOUNS, CALLING_VERBS
from shadowline.coding.lexicon import word_list
from shadowline.coding.modality import NEGATIONS
from shadowline.coding.phrases import SUBJECT_DEPS
from shadowline.records import ActorMention, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Confidence of a type a rule of this module decides: above the ``main`` threshold, below sure classifier calls.
RULE_CONFIDENCE = 0.9
#: Verbs that name what their object is ("called the deal 'lousy'", "described the plan as reckless").
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "characterise", "characterize",
                          "designate", "name", "deem", "declare", "classify", "list", "regard", "view", "consider"})
#: Naming verbs of a standing view, not an act: what they say the object is, unless it is bad, is no event
#: ("Beijing regards Taiwan as its own territory").
VIEW_VERBS = frozenset({"regard", "view", "consider"})
#: Nouns that are bad only as what a naming verb calls something ("views NATO as a threat"): in a speaker's words
#: they may be said of another ("in the face of threats of the army").
NAMED_DANGERS = frozenset({"threat", "menace", "danger"})
#: Types a negative evaluation overrules: none, a reading of cooperation, or of coercion ("designated the IRGC as a
#: terrorist organisation" is no act done to it); a threat or a demand stays.
EVALUATED_TYPES = frozenset({None, "ACCUSE", "AGREE", "CONCEDE", "SUPPORT", "COOPERATE", "CONSULT", "AID", "COERCE"})


def _head(mention: ActorMention, doc: Doc) -> Token:
    """The token of `mention` whose head lies outside it."""
    tokens = [doc[i] for i in range(mention.start, mention.end)]
    return next((t for t in tokens if not mention.start <= t.head.i < mention.end or t.head.i == t.i), tokens[-1])


def _evaluated_words(candidate: Candidate) -> list[Token]:
    """The words said of the target or of what it owns: modifiers of the noun ("the regime's destructive
    ambitions"), the clause it is the subject of ("the authorities acted in a grossly unlawful way"), the
    predicate a naming verb gives it ("called the deal 'lousy'")."""
    head = _head(candidate.target, candidate.trigger.doc)
    noun = head.head if head.dep_ == "poss" else head
    words = [t for c in noun.children if c.dep_ in {"amod", "oprd"} for t in c.subtree]
    verb = noun.head
    if candidate.relation == "speaker" and noun.dep_ in SUBJECT_DEPS | {"nsubjpass"} and verb.i != candidate.trigger.i:
        words += [t for t in verb.subtree if t.i not in {w.i for w in noun.subtree}]
    named = noun
    while named.head.i != named.i and (named.dep_ == "conj" or (named.dep_ == "pobj" and named.head.lower_ in PARTIES)
                                       or (named.dep_ == "prep" and named.lower_ in PARTIES)):
        # "called the border agreement between Turkey and Libya null and void" (decision 0058), not the victims of
        # "called the sanctions on Iran illegal"
        named = named.head
    verb = named.head
    if verb.i == candidate.trigger.i and named.dep_ in {"dobj", "dative"} and verb.lemma_.lower() in NAMING_VERBS:
        words += [t for c in verb.children if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp", "prep"} for t in c.subtree
                  if not c.left_edge.i <= noun.i <= c.right_edge.i]
        # "designated the Houthis a terrorist organisation": the parser may hang what they are called on them
        words += [t for c in noun.children if c.dep_ == "appos" and c.i > noun.i for t in c.subtree]
    trigger = candidate.trigger
    if noun.dep_ in {"compound", "nmod"} and noun.head.dep_ == "oprd" and noun.head.head.i == trigger.i:
        words.append(noun.head)  # "called the operation unacceptable", the act parsed as part of the name (0063)
    if trigger.dep_ == "relcl" and trigger.head.i == noun.i and trigger.lemma_.lower() in NAMING_VERBS:
        # "..., a move the Kremlin called dangerous": what the clause on the act noun calls it
        words += [t for c in trigger.children if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp", "prep"}
                  for t in c.subtree]
    return words


def _called_a_danger(candidate: Candidate) -> bool:
    """Whether a speaker's clause says the target is a danger: "'The Venezuelan regime is a threat to the entire
    hemisphere,' Rubio told reporters" (decision 0057), not "in the face of threats of the army"."""
    head = _head(candidate.target, candidate.trigger.doc)
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in {"be", "remain", "become"} and any(
        c.dep_ == "attr" and c.lemma_.lower() in NAMED_DANGERS for c in verb.children)


#: Prepositions that name the parties or author of an act judged ("the agreement between Turkey and Libya").
PARTIES = frozenset({"between", "of", "by", "with"})
#: Words that say an act or an actor is good: "called the agreement historic" supports its makers.
POSITIVE_EVALUATIONS = frozenset({"historic", "positive", "constructive", "productive", "fruitful", "courageous",
                                  "brave", "wise", "justified", "landmark", "breakthrough", "decisive", "excellent",
                                  "successful", "commendable", "timely", "welcome"})


def _praised(candidate: Candidate) -> bool:
    """Whether a naming verb says the target, or its act, is good, with no negation."""
    words = _evaluated_words(candidate)
    return any(w.lower_ in POSITIVE_EVALUATIONS for w in words) and not any(w.lower_ in NEGATIONS for w in words)


def evaluations_accuse(candidates: list[Candidate]) -> None:
    """A speaker's pair, or the pair of a naming verb ("called", "described"), whose target or whose target's act
    is said to be bad (``negative_evaluations.txt``) is the speaker's ACCUSE, unless the typer read a conflict
    of another kind (a threat, a demand). A view that says nothing bad ("regards Taiwan as its own territory") is
    no event."""
    negative = word_list("negative_evaluations")
    for candidate in candidates:
        decision = candidate.decision
        view = candidate.relation != "speaker" and candidate.trigger.lemma_.lower() in VIEW_VERBS
        # "called the tariffs unjustified": no call for; "called the move an existential threat": no threat
        named = decision is not None and decision.plover_type in {"REQUEST", "THREATEN"} and any(
            c.dep_ == "oprd" for c in candidate.trigger.children)
        # "called the expulsion unjustified and reprehensible": calling is no expulsion, whatever the typer read of the
        # act named (decision 0060)
        calling = candidate.relation != "speaker" and candidate.trigger.lemma_.lower() in CALLING_VERBS and (
            decision is not None and decision.plover_type not in {"REQUEST", "THREATEN"})
        if decision is None or (decision.plover_type not in EVALUATED_TYPES and not view and not named
                                and not calling) or (
                candidate.relation != "speaker" and candidate.trigger.lemma_.lower() not in NAMING_VERBS):
            continue
        # "India's foreign ministry called the allegations baseless": an accusation said to be bad rejects who made it
        rejects = _head(candidate.target, candidate.trigger.doc).lemma_.lower() in ACCUSATION_NOUNS
        if decision.plover_type == "ACCUSE" and decision.confidence >= RULE_CONFIDENCE and not rejects:
            continue
        bad = negative | NAMED_DANGERS if candidate.relation != "speaker" or _called_a_danger(candidate) else negative
        if not any(w.lemma_.lower() in bad or w.lower_ in bad for w in _evaluated_words(candidate)):
            if candidate.relation != "speaker" and _praised(candidate):
                # "Netanyahu called Trump's order swift, forceful and decisive" (decision 0058)
                candidate.decision = replace(decision, plover_type="SUPPORT", cameo_code=ontology.cameo_default(
                    "SUPPORT"), plover_mode=None, confidence=max(RULE_CONFIDENCE, decision.confidence))
                candidate.notes.append("a positive evaluation of the target")
                continue
            if view:
                candidate.decision = replace(decision, plover_type=None, cameo_code=None)
                candidate.notes.append("a view of the target, not an act")
            continue
        judged = "REJECT" if rejects else "ACCUSE"
        candidate.decision = replace(decision, plover_type=judged, cameo_code=ontology.cameo_default(judged),
                                     plover_mode=None, confidence=max(RULE_CONFIDENCE, decision.confidence))
        candidate.notes.append("a negative evaluation of the target")


#: Verbs of approving an act.
APPROVING_VERBS = frozenset({"welcome", "praise", "hail", "applaud", "endorse", "back", "support", "celebrate"})


def approved_acts_against(candidates: list[Candidate]) -> None:
    """Approving an act against someone ("Hamas welcomed the decision against the Israeli leaders") is no support of
    them: it is the approver's ACCUSE of them, as a call for an act against someone is (decision 0057)."""
    for candidate in candidates:
        decision, trigger = candidate.decision, candidate.trigger
        if (decision is None or decision.plover_type != "SUPPORT"
                or trigger.lemma_.lower() not in APPROVING_VERBS):
            continue
        head = _head(candidate.target, trigger.doc)
        preposition = head.head
        if not (head.dep_ == "pobj" and preposition.lower_ == "against" and preposition.head.dep_ == "dobj"
                and preposition.head.head.i == trigger.i):
            continue
        candidate.decision = replace(decision, plover_type="ACCUSE", cameo_code=ontology.cameo_default("ACCUSE"),
                                     plover_mode=None, confidence=max(RULE_CONFIDENCE, decision.confidence))
        candidate.notes.append("an act against the target approved")
