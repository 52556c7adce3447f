"""Candidate pairs from speech: the speaker of a statement and the actors the statement is about.

News reports most verbal events as speech: "'I will not hesitate to strike at Hamas,' Prime Minister Olmert
announced"; "Tamim claimed Houthis have attacked journalists"; "Durbin said \"he ignores the law\"". The
PLOVER way is to code the speaker's own act (ACCUSE, THREATEN, REQUEST ...) on the actor spoken about; the
act inside the claim keeps modality ``reported``. The speaker of a verb of speaking (its subject, or the
inverted subject of "warned Hamas spokesman X") is paired with the actors spoken about: those named in the
quotation it introduces (``data/words/speech_verbs.txt``), or, for a verb that makes a claim ("claimed",
"warned", "blamed": ``claim_verbs.txt``), in its clausal complement too; "officials said Paris is sending
police" reports, it does not accuse, while a plain statement that a third party attacked, coerced, threatened or
sanctioned someone accuses it ("Pompeo said Iran had attacked the tankers", ``stated_pairs``; not of the speaker's
own side). The party a claim is attributed to ("according to al-Eryani, the rebels
are backed by Iran") speaks about the sentence's actors; a news organisation cited does not. The verb of
speaking (or "according") is the trigger; the classifier decides the type, or that there is no event;
speaking being a verbal act, a material type is no event. A concern voiced about what someone does ("expressed
concern that Beijing was using such visits to divide ...", ``concern_pairs``) accuses its subject. A charge that a
phrase closing the sentence says is denied ("..., charges Beijing rejects", ``denied_charge_pairs``) is the denier's
rejection of the accuser.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import ontology
from shadowline.coding.candidates import DENIAL_RELATION, PairExtractor, attack_suffered
from shadowline.coding.coreference import (
    ACCUSING_VERBS,
    CALLING_VERBS,
    FIRST_PERSON_PRONOUNS,
    PERSONAL_PRONOUNS,
    said_to_be_bad,
)
from shadowline.coding.evaluations import NAMING_VERBS
from shadowline.coding.lexicon import word_list
from shadowline.coding.modality import MODAL_FUTURE
from shadowline.coding.phrases import QUOTE_MARKS, SUBJECT_DEPS, mention_of
from shadowline.records import ActorMention, Candidate, TypeDecision

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

#: Dependencies of the head of a noun phrase that can name an actor spoken about.
PHRASE_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "poss", "appos", "oprd",
                              "agent"})
#: PLOVER quad classes of material cooperation (2) and material conflict (4).
MATERIAL_QUAD_CLASSES = frozenset({2, 4})


def _quoted(sentence: Span) -> set[int]:
    """Token indices inside quotation marks in `sentence`."""
    inside: set[int] = set()
    open_quote = False
    for token in sentence:
        if token.text in QUOTE_MARKS:
            open_quote = not open_quote
            continue
        if open_quote:
            inside.add(token.i)
    return inside


def _spoken_about(verb: Token, quoted: set[int]) -> list[Token]:
    """Heads of the phrases `verb` speaks about: those of its clausal complement when the verb makes a claim
    ("claimed", "warned", "blamed"; not a plain "said"), or, for the verb that introduces a quotation, those
    of the quoted words."""
    heads: list[Token] = []
    claims = verb.lemma_.lower() in word_list("claim_verbs")
    for child in verb.children:
        if claims and child.dep_ in {"ccomp", "parataxis"}:
            heads.extend(t for t in child.subtree if t.dep_ in PHRASE_HEAD_DEPS)
        elif child.dep_ == "ccomp" and said_to_be_bad(child):
            # "said the sanctions were unjustified": a plain "said" judges what it says is bad
            heads.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
    if not heads and verb.dep_ == "ROOT" and quoted:
        heads = [t for t in verb.sent if t.i in quoted and t.dep_ in PHRASE_HEAD_DEPS]
    return [t for t in heads if t.pos_ in {"NOUN", "PROPN", "PRON"} and not _what_it_is_called(t)]


def _what_it_is_called(token: Token) -> bool:
    """"described the South as a hostile state", "called the deal a betrayal": what a naming verb calls its object is
    no actor spoken about."""
    if token.dep_ == "oprd":
        return token.head.lemma_.lower() in NAMING_VERBS
    return (token.dep_ == "pobj" and token.head.lower_ == "as"
            and token.head.head.lemma_.lower() in NAMING_VERBS)


def verbal_acts_only(candidates: list[Candidate]) -> None:
    """Speaking is a verbal act: a speaker candidate typed as a material act (ASSAULT, AID ...) is no event. The
    party a claim is attributed to does nothing to the actors of the claim ("Pakistan and Afghanistan have agreed
    to share information, according to Pakistani officials" is no agreement of the officials): its pair is an
    event only as the accusation ``claims_accuse`` reads."""
    for candidate in candidates:
        decision = candidate.decision
        if candidate.relation != "speaker" or decision is None or decision.plover_type is None:
            continue
        if ontology.quad_class(decision.plover_type) in MATERIAL_QUAD_CLASSES or (
                candidate.trigger.lower_ == "according" and decision.plover_type != "ACCUSE"):
            candidate.decision = replace(decision, plover_type=None)


#: Verbs that make a claim about a third party's act; "warn" and "insist" threaten or demand instead.
ACCUSING_CLAIM_VERBS = frozenset({"accuse", "allege", "blame", "charge", "claim"})
#: Possessive words that make the subject of a clause the speaker's own side ("her government", "our forces").
OWN_WORDS = frozenset({"my", "our", "his", "her", "its", "their"})
#: Acts of a third party that a plain statement ("said", "told") accuses it of: "Pompeo said Iran had attacked the
#: tankers" is Pompeo's ACCUSE of Iran; "officials said Paris is sending police" accuses nobody.
STATED_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
#: Verbs whose claim is an accusation whatever the typer reads of it.
ALLEGING_VERBS = frozenset({"accuse", "allege"})


#: Kinds of actor that stand for a whole state ("India", "Washington").
WHOLE_STATE_KINDS = frozenset({"state", "capital", "seat"})
#: Sectors of a state's government and forces, which report one another's acts ("Pakistani security forces killed
#: 12 militants, the army said") rather than accuse each other.
SECURITY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def _own_side(speaker: ActorMention, subject: ActorMention) -> bool:
    """Whether `subject` is a body of the speaker's own state and sector ("US officials" on the US administration),
    the speaker's state itself ("India and Pakistan exchanged fire, the Indian army said"), or both are its
    government and forces ("Pakistani security forces killed 12 militants, the army said")."""
    if (speaker.actor.country, speaker.actor.sector) == (subject.actor.country, subject.actor.sector):
        return True
    return speaker.actor.country is not None and speaker.actor.country == subject.actor.country and (
        subject.actor.kind in WHOLE_STATE_KINDS
        or {speaker.actor.sector, subject.actor.sector} <= SECURITY_SECTORS)


def _fellow_speaker(candidate: Candidate) -> bool:
    """Whether the actor spoken about is one of the speakers: "The military governments of Mali, Burkina Faso and
    Niger announced that they were withdrawing from ECOWAS" is no claim of Mali's about Burkina Faso (decision 0059)."""
    start = candidate.target.start
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= start <= c.right_edge.i for c in candidate.trigger.children)


def claims_accuse(candidates: list[Candidate]) -> None:
    """A speaker who claims that a third party did something accuses it (PLOVER ACCUSE): "The government claims
    Mahan flies fighters to Syria", "According to al-Eryani, the rebels are backed by Iran". A speaker candidate
    of a claim the typer left without an event is ACCUSE when the claimed act is typed as an event with the
    spoken-about actor as its source; it takes that act's confidence. The claimed act stays, with modality
    ``reported``. A speaker who alleges or accuses accuses, whatever the typer read."""
    for candidate in candidates:
        decision = candidate.decision
        if (candidate.relation == "speaker" and decision is not None and decision.plover_type is not None
                and decision.plover_type != "ACCUSE" and candidate.trigger.lemma_.lower() in ALLEGING_VERBS):
            # "Grenell alleged Mahan had contributed to human suffering": an allegation is an accusation
            candidate.decision = replace(decision, plover_type="ACCUSE", cameo_code=ontology.cameo_default("ACCUSE"))
            candidate.notes.append("an allegation about the actor spoken about")
            continue
        stated = candidate.trigger.lemma_.lower() in word_list("speech_verbs")
        unsure = decision is not None and (decision.plover_type in {None, "CONSULT"}
                                           or decision.confidence < UNSURE_SPEAKER_TYPE)
        # the span tagger's pair may hang on the clause said ("told reporters that Soleimani had been plotting")
        told = stated or (candidate.trigger.dep_ == "ccomp"
                          and candidate.trigger.head.lemma_.lower() in word_list("speech_verbs"))
        spoken = decision is not None and decision.plover_type in {"THREATEN", "ASSAULT"} and not stated  # by words
        if (candidate.relation == "tagged" and told and (unsure or spoken) and decision is not None
                and _said_to_commit_crimes(candidate) and not _own_side(candidate.source, candidate.target)):
            # "Britain said Russia was behind the attack", the pair the span tagger found (decision 0060)
            candidate.decision = replace(decision, plover_type="ACCUSE", cameo_code=ontology.cameo_default("ACCUSE"),
                                         confidence=CRIME_CLAIM_CONFIDENCE)
            candidate.notes.append("a claim that the actor spoken about committed an act")
            continue
        if (candidate.relation != "speaker" or decision is None or not unsure
                or not (candidate.trigger.lemma_.lower() in ACCUSING_CLAIM_VERBS
                        or candidate.trigger.lower_ == "according" or stated)):
            continue
        if _own_side(candidate.source, candidate.target) or _fellow_speaker(candidate):
            continue  # "according to US officials", the US administration's own act: a report, no accusation
        if stated and _said_to_commit_crimes(candidate):
            candidate.decision = replace(decision, plover_type="ACCUSE", cameo_code=ontology.cameo_default("ACCUSE"),
                                         confidence=CRIME_CLAIM_CONFIDENCE)
            candidate.notes.append("a claim that the actor spoken about committed crimes")
            continue
        trigger = candidate.trigger
        claimed = {t.i for t in trigger.subtree} if trigger.lower_ != "according" else (
            {t.i for t in candidate.sentence} - {t.i for t in trigger.subtree})
        acts = [c for c in candidates if c is not candidate and c.sentence_index == candidate.sentence_index
                and c.trigger.i in claimed and c.trigger.i != candidate.trigger.i and c.decision is not None
                and c.decision.plover_type is not None and _overlap(c.source, candidate.target)
                # "the UN said two armies exchanged fire" blames neither; "..., the Indian army said" the other
                and (c.relation != "reciprocal" or c.target.actor.country == candidate.source.actor.country)
                and (not stated or c.decision.plover_type in STATED_CONFLICT_TYPES)]
        if acts:
            best = max(acts, key=lambda c: c.decision.confidence if c.decision else 0.0)
            confidence = best.decision.confidence if best.decision else 0.0
            candidate.decision = replace(decision, plover_type="ACCUSE", cameo_code=ontology.cameo_default("ACCUSE"),
                                         confidence=confidence)
            candidate.notes.append("a claim about the act of the actor spoken about")


#: Crimes one is said to commit: "said both sides had committed war crimes" accuses them (decision 0058).
CRIME_NOUNS = frozenset({"crime", "atrocity", "genocide", "abuse", "violation", "massacre", "cleansing"})
COMMITTING_VERBS = frozenset({"commit", "perpetrate"})
#: Verbs of preparing an attack: a speaker who says someone plots one accuses them.
PLOTTING_VERBS = frozenset({"plot", "plan", "prepare", "orchestrate"})
CRIME_CLAIM_CONFIDENCE = 0.9


def _said_to_commit_crimes(candidate: Candidate) -> bool:
    """Whether the actor spoken about is the subject of a clause saying it committed crimes, or an attack or another
    act ("was responsible for the attack", "was behind the strikes")."""
    root = candidate.sentence.doc[candidate.target.start:candidate.target.end].root
    if root.dep_ in {"det", "nummod", "amod"}:
        root = root.head  # "both sides": the mention of the story's sides may hold "both" alone
    clause = root.head
    if root.dep_ == "nsubj" and _blames_its_subject(clause):
        return True
    if (root.dep_ == "nsubj" and clause.lemma_.lower() in PLOTTING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in word_list("attack_nouns") | CRIME_NOUNS for c in clause.children)):
        return True  # "Soleimani had been plotting imminent and sinister attacks" (decision 0063)
    return (root.dep_ == "nsubj" and clause.lemma_.lower() in COMMITTING_VERBS
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CRIME_NOUNS for c in clause.children))


#: Words that lay an act on someone: "was responsible for the attack".
BLAMED_WORDS = frozenset({"responsible", "culpable", "guilty", "accountable"})


def _blames_its_subject(clause: Token) -> bool:
    """Whether a clause lays an attack or another act on its subject: "Russia was responsible for the attack", "Iran
    was behind the strikes" (decision 0060)."""
    if clause.lemma_ != "be":
        return False
    acts = word_list("attack_nouns") | word_list("harm_nouns") | word_list("act_nouns") | CRIME_NOUNS
    holders = [c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in BLAMED_WORDS] + [clause]
    return any(p.dep_ == "prep" and p.lower_ == ("behind" if h is clause else "for")
               and any(o.dep_ == "pobj" and o.lemma_.lower() in acts for o in p.children)
               for h in holders for p in h.children)


#: Below this confidence the typer's reading of a speaker's pair gives way to a claim about the actor's act, as a
#: reading of CONSULT always does: speaking of an actor is no consultation of it ("'India is using proxies to
#: destabilise Pakistan,' General Asim Munir said" read as CONSULT).
UNSURE_SPEAKER_TYPE = 0.5
#: Verbs that announce what their speaker will do: "Hamas declared it would retaliate by launching rocket attacks".
DECLARING_VERBS = frozenset({"declare", "say", "announce", "state", "warn", "vow", "pledge", "promise", "threaten"})
#: Verbs of intent whose infinitive is what their subject means to do ("vowed to strike").
INTENDING_VERBS = frozenset({"vow", "pledge", "promise", "threaten"})
#: Modals of a coming act (not "wo" of "won't": a refusal is no threat).
FUTURE_MODALS = (MODAL_FUTURE - {"wo"}) | {"would"}
#: Pronouns a clause's subject can name its speaker by ("Hamas declared it would retaliate").
SELF_PRONOUNS = PERSONAL_PRONOUNS | FIRST_PERSON_PRONOUNS
#: Acts of violence that a speaker's own announcement of them makes a threat.
ANNOUNCED_FORCE_TYPES = frozenset({"ASSAULT"})


def announced_force_threatens(candidates: list[Candidate]) -> None:
    """An actor's own announcement that it will use force is a threat, not yet the force (PLOVER THREATEN): "Hamas
    declared it would retaliate by launching rocket attacks on Israel", "the militia vowed to strike the capital".
    The act must be the speaker's own (its subject is the speaker, or a pronoun for it) and still to come (a
    future modal on the way up to the verb of speaking, or a verb of intent's infinitive); a statement about
    another's coming attack stays that attack ("the statement said Turkey would be moving into Northern Syria")."""
    for candidate in candidates:
        decision = candidate.decision
        if decision is None or decision.plover_type not in ANNOUNCED_FORCE_TYPES or candidate.relation == "speaker":
            continue
        if _announced_as_own(candidate):
            candidate.decision = replace(decision, plover_type="THREATEN", plover_mode=None,
                                         cameo_code=ontology.cameo_default("THREATEN"))
            candidate.notes.append("the speaker's own announced use of force")


def _announced_as_own(candidate: Candidate) -> bool:
    """Whether a verb of speaking or intent above `candidate`'s act has its source announce the act as its own,
    still to come."""
    token, future = candidate.trigger, False
    source = range(candidate.source.start, candidate.source.end)
    while token.head.i != token.i:
        future = future or any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in token.children)
        clause, token = token, token.head
        lemma = token.lemma_.lower()
        if clause.dep_ == "conj" and clause.tag_ == "VBD" and token.tag_ == "VB":
            return False  # "vowed to retaliate and fired dozens of rockets": done, whatever the parser hung it on
        if clause.dep_ in {"ccomp", "xcomp"} and lemma in DECLARING_VERBS:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            own = [c for c in clause.children if c.dep_ == "nsubj"]
            speaking = any(t.i in source for s in subjects for t in s.subtree)
            pronoun = any(c.lower_ in SELF_PRONOUNS and c.i in source for c in own)
            intent = clause.dep_ == "xcomp" and lemma in INTENDING_VERBS
            return (speaking or pronoun) and (future or intent)
        if clause.dep_ not in {"pcomp", "pobj", "prep", "xcomp", "advcl", "conj"}:
            return False
    return False


def _speakers(extractor: PairExtractor, verb: Token) -> list[ActorMention]:
    subjects, passive = extractor.subjects_of(verb)
    return [] if passive else [s for s in subjects if not _voice_of_another(verb.doc[s.start:s.end])]


#: Those who speak for someone: "..., his spokesman said" tells what he did, no claim of the spokesman's.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "office", "aide", "aides", "representative"})
THIRD_PERSON_OWNERS = frozenset({"his", "her", "their"})


def _voice_of_another(span: Span) -> bool:
    """Whether a speaker is someone's voice named by a pronoun ("his spokesman", "her office"): what they say is what
    the one they speak for did or said (decision 0063)."""
    root = span.root
    return root.lemma_.lower() in SPOKESPEOPLE and any(
        c.dep_ == "poss" and c.lower_ in THIRD_PERSON_OWNERS for c in root.children)


def _overlap(a: ActorMention, b: ActorMention) -> bool:
    return a.start < b.end and b.start < a.end


def _cited(sentence: Span) -> list[tuple[Token, Token]]:
    """("according", head of the cited phrase) of each "according to X" in `sentence`."""
    return [(token, pobj) for token in sentence if token.lower_ == "according" and token.dep_ == "prep"
            for prep in token.children if prep.lower_ == "to"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _claims(extractor: PairExtractor, sentence: Span, quoted: set[int]) -> list[tuple[Token, list[ActorMention],
                                                                                   list[Token]]]:
    """(trigger, speakers, heads spoken about) of the statements of `sentence`: verbs of speaking, and the
    party a claim is attributed to ("According to al-Eryani, the rebels are backed by Iran": al-Eryani
    claims it of Iran; a news medium cited, a state's news agency too, is no party)."""
    verbs = word_list("speech_verbs") | word_list("claim_verbs")
    found = []
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and verb.i not in quoted:
            found.append((verb, _speakers(extractor, verb), _spoken_about(verb, quoted)))
    for according, cited in _cited(sentence):
        # "according to Reuters", "according to North Korea's state news agency": a medium reports (decision 0059)
        speakers = [m for m in extractor.mentions_at(cited) if m.actor.sector != "JRN"]
        inside = {t.i for t in according.subtree}
        heads = [t for t in sentence if t.i not in inside and t.dep_ in PHRASE_HEAD_DEPS
                 and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        found.append((according, speakers, heads))
    return found


def speaker_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(speaker, actor spoken about) pairs of `sentence` that the other proposers did not find."""
    quoted = _quoted(sentence)
    found: list[Candidate] = []
    for verb, speakers, heads in _claims(extractor, sentence, quoted):
        if not speakers:
            continue
        targets: list[ActorMention] = []
        harmed = [h.i for h in heads if _done_to_by_a_thing(extractor, h)]
        for head in heads:  # also as the antecedent of "that" ("companies that rely on ...")
            if head.i in harmed:
                continue  # also its owner: "said the agreement rewarded Israel's occupation" (decision 0059)
            targets.extend(m for m in extractor.mentions_at(head) if not any(_overlap(m, t) for t in targets)
                           and not any(m.start <= i < m.end for i in harmed))
        for speaker in speakers:
            for target in targets:
                if _overlap(speaker, target) or (speaker.actor.country, speaker.actor.name) == (
                        target.actor.country, target.actor.name):
                    continue
                if any(_overlap(c.source, speaker) and _overlap(c.target, target) for c in existing + found):
                    continue
                if target.actor.names_state and speaker.actor.country == target.actor.country and (
                        speaker.actor.sector in {"GOV", "ELI", "MIL"}):
                    # "the Chadian foreign ministry said the decision would allow Chad to ...", "Kim Yo Jong warned
                    # that Pyongyang would respond": its own state
                    continue
                if sentence.doc[target.start].lower_ in OWN_WORDS and _own_side(speaker, target):
                    continue  # "Petro warned that his government would not tolerate ...": the speaker's own side
                found.append(Candidate(sentence, verb, speaker, target, "speaker"))
    return found


def _done_to_by_a_thing(extractor: PairExtractor, head: Token) -> bool:
    """Whether `head` is the object of a verb whose subject is a thing, no actor ("warned that the dispute could hurt
    European companies"), or the victim of an attack no one is named for: the speaker does nothing to them."""
    if attack_suffered(head, of_any=False) is not None:
        return True  # "would not tolerate attacks on civilians": the victims of someone's attacks
    verb = head.head
    return head.dep_ == "dobj" and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and not extractor.mentions_at(c)
                                       for c in verb.children)


def _said_subjects(extractor: PairExtractor, sentence: Span, existing: list[Candidate],
                   says: Callable[[Token], bool]) -> Iterator[tuple[Token, ActorMention, ActorMention]]:
    """(verb, speaker, subject) for each verb of speaking of `sentence` and each clause it says that `says`
    accepts ("North Korea must first disarm"), the subject of an active clause paired with each speaker, unless a
    pair of the two already exists (in `existing` or yielded before)."""
    paired: list[tuple[ActorMention, ActorMention]] = [(c.source, c.target) for c in existing]
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_list("speech_verbs"):
            continue
        speakers = _speakers(extractor, verb)
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        said += [c for clause in said for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
        for clause in (c for c in said if says(c)):  # "said Moscow was ready ... but that Washington must ..."
            subjects, passive = extractor.subjects_of(clause)
            for speaker in [] if passive else speakers:
                for subject in subjects:
                    if _overlap(speaker, subject) or any(_overlap(source, speaker) and _overlap(target, subject)
                                                         for source, target in paired):
                        continue
                    paired.append((speaker, subject))
                    yield verb, speaker, subject


def _stated(clause: Token) -> bool:
    """Whether a clause said tells an act of its subject, not one it receives ("Tunisia is facing attacks")."""
    return (clause.pos_ == "VERB" and clause.lemma_.lower() not in word_list("receiving_verbs")) or _blames_its_subject(
        clause)


def stated_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(speaker, subject of the clause said) of a plain statement ("Pompeo said Iran had attacked the tankers")
    that no other proposer paired: no event unless ``claims_accuse`` finds the clause tells a conflict act of that
    subject. Not of the speaker's own side ("her government will withdraw", a body of the speaker's own state and
    sector)."""
    found: list[Candidate] = []
    for verb, speaker, subject in _said_subjects(extractor, sentence, existing, _stated):
        if sentence.doc[subject.start].lower_ in OWN_WORDS or _own_side(speaker, subject):
            continue
        candidate = Candidate(sentence, verb, speaker, subject, "speaker")
        candidate.decision = TypeDecision(None)
        candidate.notes.append("a statement about the subject of the clause said")
        found.append(candidate)
    return found


#: Modal verbs that make a clause a demand: "X said Y must disarm".
DEMAND_MODALS = frozenset({"must", "should"})
#: Verbs whose infinitive complement is owed: "Y has to", "Y needs to".
OWING_VERBS = frozenset({"have", "need"})
#: Confidence of a demand told by a modal, about that of the classifier's REQUEST on such sentences.
DEMAND_CONFIDENCE = 0.9


def _demanded(clause: Token) -> bool:
    """Whether a clausal complement says what its subject must do ("North Korea must first disarm", "the
    government has to ensure security")."""
    if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
        return True
    return clause.lemma_.lower() in OWING_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                                         for c in clause.children)


#: Nouns of a worry voiced about what someone does, and the verbs that voice it ("expressed concern that ...").
CONCERN_NOUNS = frozenset({"concern", "alarm", "worry", "fear", "dismay", "outrage"})
VOICING_VERBS = frozenset({"express", "voice", "raise", "register"})


def concern_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(speaker, subject of the clause) of a worry voiced about what someone does, typed ACCUSE as a concern voiced
    over someone's actions is: "Philippine officials expressed concern that Beijing was using such visits to divide
    Southeast Asian states"."""
    found: list[Candidate] = []
    for noun in sentence:
        verb = noun.head
        if (noun.dep_ != "dobj" or noun.lemma_.lower() not in CONCERN_NOUNS
                or verb.lemma_.lower() not in VOICING_VERBS):
            continue
        speakers, passive = extractor.subjects_of(verb)
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        for clause in [] if passive else clauses:
            subjects, undergone = extractor.subjects_of(clause)
            for speaker, subject in ((a, b) for a in speakers for b in ([] if undergone else subjects)):
                if _overlap(speaker, subject) or _own_side(speaker, subject) or any(
                        _overlap(c.source, speaker) and _overlap(c.target, subject) for c in existing + found):
                    continue
                candidate = Candidate(sentence, verb, speaker, subject, "speaker")
                candidate.decision = TypeDecision("ACCUSE", ontology.cameo_default("ACCUSE"), None, [],
                                                  DEMAND_CONFIDENCE)
                candidate.notes.append("a concern voiced about what the actor does")
                found.append(candidate)
    return found


def demand_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(speaker, actor told what it must do) pairs, typed REQUEST: "The U.S. has said that North Korea must first
    disarm", "the former prime minister said the government must ensure security". The speaker asks it of the
    subject of the clause; what it must do stays the clause's own candidate, if any."""
    found: list[Candidate] = []
    for verb, speaker, subject in _said_subjects(extractor, sentence, existing, _demanded):
        candidate = Candidate(sentence, verb, speaker, subject, "speaker")
        candidate.decision = TypeDecision("REQUEST", ontology.cameo_default("REQUEST"), None, [], DEMAND_CONFIDENCE)
        candidate.notes.append("a demand told by a modal in what the speaker said")
        found.append(candidate)
    return found



#: Nouns of a charge that a phrase closing the sentence says is denied ("..., charges Beijing rejects").
CHARGE_WORDS = frozenset({"charge", "claim", "allegation", "accusation", "account"})
#: Forms of the verbs that dismiss a charge when a word of dismissal follows ("a charge the Ethiopian foreign ministry
#: described as unfounded"; decision 0060).
DESCRIBING_FORMS = frozenset({"described", "called", "branded", "labelled", "labeled", "termed"})
#: Words of dismissal after a describing verb and "as".
BASELESS_WORDS = frozenset({"baseless", "unfounded", "false", "groundless", "absurd", "fabricated", "lies", "lie",
                            "spurious", "nonsense", "ridiculous", "untrue", "slanderous", "fake", "fiction"})
#: Forms of the verbs that deny it (the parser may read "rejects" as a noun).
DENYING_FORMS = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss", "dismisses",
                           "dismissed", "dispute", "disputes", "disputed", "refute", "refutes", "refuted"})
#: Words between the denier and its verb ("charges Qatar has always denied").
DENIAL_FILLERS = frozenset({"has", "have", "had", "always", "repeatedly", "strongly", "consistently", "flatly",
                            "vehemently", "long", "firmly", "categorically", "also", "since"})


def _dismissed_as(words: list[Token], i: int) -> bool:
    """Whether words[i] describes a charge as baseless ("described as 'unfounded and spurious'")."""
    return (words[i].lower_ in DESCRIBING_FORMS and i + 1 < len(words) and words[i + 1].lower_ == "as"
            and any(w.lower_ in BASELESS_WORDS for w in words[i + 2:i + 6]))


def denied_charge_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(denier, accuser) of a charge that a phrase closing the sentence says is denied, typed REJECT: "The Trump
    administration accuses China of stealing American intellectual property ..., charges Beijing rejects"; "Riyadh
    had accused Doha of funding terrorist groups, charges Qatar has always denied"; "The military said it had acted
    in response to election fraud ..., claims that the country's election commission has rejected". The accuser
    is who accused or spoke before the phrase in the sentence, else who accused last. The parser reads such a
    phrase as verbs and nouns of its own, so it is read from the words."""
    found: list[Candidate] = []
    words = list(sentence)
    for k, charge in enumerate(words):
        # ", charges Beijing rejects", ", a charge Kigali denies" (the parser reads either as a clause of its own)
        lead = 2 if k >= 2 and words[k - 1].lower_ in {"a", "an"} and charge.tag_ == "NN" else 1
        if charge.lemma_.lower() not in CHARGE_WORDS or charge.tag_ not in {"NNS", "VBZ", "NN"} or k < lead or (
                words[k - lead].text != ",") or (charge.tag_ == "NN" and lead == 1):
            continue
        start = k + 1 + (k + 1 < len(words) and words[k + 1].lower_ in {"that", "which"})
        end = next((i for i in range(start + 1, len(words)) if words[i].lower_ in DENYING_FORMS
                    or _dismissed_as(words, i)), None)
        if end is None or any(t.is_punct for t in words[start:end]):
            continue
        while end > start and words[end - 1].lower_ in DENIAL_FILLERS:
            end -= 1
        if end == start:
            continue
        # the denier is the phrase the verb follows ("the country's election commission", not "the country"), its
        # words only (the parser may read "a charge Kigali" as one noun phrase)
        deniers = {(m.start, m.end): mention_of(words[max(start, m.start - words[0].i):end], m.actor, m.role)
                   for m in extractor.mentions_at(words[end - 1]) if m.end <= words[end - 1].i + 1}
        accusations = [c for c in existing if c.trigger.i <= charge.i and c.source.actor.sector and (
            c.relation == "speaker" or c.trigger.lemma_.lower() in ACCUSING_VERBS)]
        accuser = accusations[-1].source if accusations else extractor.memory.last_accuser
        if accuser is None:
            continue
        verb = words[next(i for i in range(end, len(words)) if words[i].lower_ in DENYING_FORMS
                          or _dismissed_as(words, i))]
        for denier in deniers.values():
            if denier.actor.country is None or (denier.actor.country, denier.actor.sector) == (
                    accuser.actor.country, accuser.actor.sector) or any(
                    _overlap(c.source, denier) and c.trigger.i == verb.i for c in existing):
                continue
            candidate = Candidate(sentence, verb, denier, mention_of([charge], accuser.actor, "coreference"),
                                  DENIAL_RELATION)
            candidate.decision = TypeDecision("REJECT", ontology.cameo_default("REJECT"), None, [], DEMAND_CONFIDENCE)
            candidate.notes.append("a charge the closing phrase says the actor denies")
            found.append(candidate)
    return found


#: Nouns that stand for the act the clause before them told ("..., a move that Britain condemned").
MOVE_NOUNS = frozenset({"move", "step", "decision", "act", "action", "measure"})
#: Types of the verbs that judge such a move, as the phrase table types them on an actor.
JUDGING_TYPES = {"condemn": "ACCUSE", "denounce": "ACCUSE", "criticise": "ACCUSE", "criticize": "ACCUSE",
                 "slam": "ACCUSE", "decry": "ACCUSE", "deplore": "ACCUSE", "protest": "ACCUSE", "welcome": "SUPPORT",
                 "praise": "SUPPORT", "hail": "SUPPORT", "applaud": "SUPPORT", "reject": "REJECT"}
#: Confidence of a judgement of a move told by a closing phrase.
JUDGED_CONFIDENCE = 0.85


def judged_move_pairs(extractor: PairExtractor, sentence: Span, existing: list[Candidate]) -> list[Candidate]:
    """(judge, doer) of a move a phrase closing the sentence says someone judged: "Iran's Revolutionary Guards seized
    a British-flagged oil tanker on Friday, a move that Britain condemned as unacceptable" is Britain's ACCUSE of the
    Guards; "..., a decision Canberra called unjustified" too; "..., a step Washington welcomed" SUPPORT (decision
    0060). The doer is the subject of the clause the move noun closes."""
    found: list[Candidate] = []
    for noun in sentence:
        clause = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if (noun.lemma_.lower() not in MOVE_NOUNS or noun.dep_ not in {"dobj", "appos", "npadvmod", "attr"}
                or noun.left_edge.i < 1 or sentence.doc[noun.left_edge.i - 1].text != "," or clause is None):
            continue
        doers, passive = extractor.subjects_of(clause)
        for judging in (c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"):
            kind = JUDGING_TYPES.get(judging.lemma_.lower())
            disapproving = word_list("negative_evaluations") | BASELESS_WORDS
            if kind is None and judging.lemma_.lower() in CALLING_VERBS and any(
                    t.lower_ in disapproving for t in judging.subtree if t.i > judging.i):
                kind = "ACCUSE"  # "..., a decision Canberra called unjustified"
            if kind is None:
                continue
            judges = [m for c in judging.children if c.dep_ in SUBJECT_DEPS for m in extractor.mentions_at(c)]
            for judge, doer in ((a, b) for a in judges for b in ([] if passive else doers)):
                if not judge.actor.country or _overlap(judge, doer) or _own_side(judge, doer) or any(
                        _overlap(c.source, judge) and _overlap(c.target, doer) for c in existing + found):
                    continue
                candidate = Candidate(sentence, judging, judge, doer, "speaker")
                candidate.decision = TypeDecision(kind, ontology.cameo_default(kind), None, [], JUDGED_CONFIDENCE)
                candidate.notes.append("a move judged in a closing phrase")
                found.append(candidate)
    return found
