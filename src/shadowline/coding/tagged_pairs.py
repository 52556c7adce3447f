"""Candidate pairs from the learned actor-span tagger, merged with the parse-based candidates.

The tagger (``coding/spans.py``) marks the source (S), target (T) and reciprocal (R) actors of a
sentence's event(s). Each S x T combination becomes a candidate pair whose trigger is the verb that
governs both mentions (their lowest common verbal ancestor in the parse, else the sentence root). A
tagged mention the knowledge base cannot resolve is kept as an unresolved actor. Pairs the parse already
proposed (same mentions, by token overlap) are not duplicated, and a pair under a light verb that names no
event ("Bolton was a critic of Russia") is not proposed, as in the parse. The classifier then decides each pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shadowline.coding.candidates import (
    CAPTURE_VERBS,
    DETENTION_NOUNS,
    EVALUATIVE_VERBS,
    HOSTILE_ACT_NOUNS,
    REQUEST_NOUNS,
    PairExtractor,
    attack_suffered,
    brought_before,
    consequence,
    holds_an_office,
    names_itself,
    names_no_event,
    subject_of_a_later_verb,
    tells_a_link,
    unowned_attack,
    won_at_the_polls,
)
from shadowline.coding.coreference import refers_back
from shadowline.coding.evaluations import NAMING_VERBS
from shadowline.coding.lexicon import event_nouns, word_list
from shadowline.coding.phrases import SUBJECT_DEPS, dateline_end
from shadowline.coding.spans import TaggedSpan, span_pairs
from shadowline.coding.speech import OWN_WORDS
from shadowline.records import Actor, ActorMention, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FUNCTION_POS = frozenset({"DET", "PART", "ADP", "PUNCT", "CCONJ", "SCONJ", "AUX"})
DOCUMENT_NOUNS = word_list("document_nouns")
#: Verbs that state what is ("was a critic of", "has refugees"): a tagged pair under one is no event.
STATE_VERBS = frozenset({"be", "become", "have", "remain", "seem"})


def _mentions(sentence: Span, tagged: TaggedSpan, extractor: PairExtractor) -> list[ActorMention]:
    """The actors of a tagged span: each state of a coordination the tagger marked as one span ("the talks with
    Britain, France and Germany"), else the span's one actor."""
    mention = _mention(sentence, tagged, extractor)
    if mention is None:
        return []
    root = sentence.doc[mention.start:mention.end].root
    if not any(mention.start <= c.i < mention.end for c in root.conjuncts):
        return [mention]
    parts = [m for m in extractor.mentions_at(root) if mention.start <= m.start and m.end <= mention.end
             and not any(subject_of_a_later_verb(t) for t in sentence.doc[m.start:m.end])]  # "and France, ...,
    # condemned": a subject of its own
    return parts if len({m.actor.country for m in parts if m.actor.country}) >= 2 else [mention]


def _mention(sentence: Span, tagged: TaggedSpan, extractor: PairExtractor) -> ActorMention | None:
    span = sentence.char_span(tagged.start, tagged.end, alignment_mode="expand")
    if span is None or len(span) == 0 or all(t.pos_ in FUNCTION_POS for t in span):
        return None
    if span.start < dateline_end(sentence):
        return None
    kept = trimmed(whole_name(span))
    if kept is None:
        return None
    span = kept
    text = span.text
    actor = extractor.resolve(text)
    if actor is not None and refers_back(span.root, actor):
        actor = None  # "the country": the latest state named, as the parse finds it
    if actor is None or actor.country is None:
        # the parse may know more (a pronoun's antecedent, "the country", an actor inside an act, "the country's
        # defence companies")
        inside = [m for m in extractor.mentions_at(span.root) if span.start <= m.start and m.end <= span.end
                  and (actor is None or m.actor.country)]
        if inside:
            return inside[0]
    if actor is None:
        if span.root.lemma_.lower() in event_nouns() | DOCUMENT_NOUNS:
            return None  # "the deal", "the offensive": an act or a text, not an actor
        if span[-1].lemma_.lower() in WATER_NOUNS:
            return None  # "almost all of the South China Sea": a place no state owns, not an actor
        actor = Actor(text, None, None, None, None, "unresolved span")
    if actor.country is None and actor.via == "unresolved span" and all(t.pos_ == "PRON" for t in span):
        return None
    mention = ActorMention(actor, span.start, span.end, span.start_char, span.end_char, "tagged")
    if actor.country is None and span.root.pos_ == "PROPN":
        # "summoned Nicholas Burns, the U.S. ambassador": a name not known takes its apposition's state (decision 0063)
        mention = extractor.of_the_apposition(span.root, mention, "owner")
    return extractor.placed_by_its_clause(span.root, mention)


#: Marks of a clause that sets another actor's act beside the main clause's ("While the EU has imposed ...").
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
#: Verbs of giving a name ("named the groups Linen Typhoon").
RENAMING_VERBS = frozenset({"name", "dub", "rename", "nickname", "codename"})
#: Nouns of seas and waters, which no state owns as a whole (decision 0057).
WATER_NOUNS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "channel", "waters"})


#: Parts of speech a tagged span does not start or end with ("by PolitiFact", "Talon of", "the House subpoenaed"),
#: and the punctuation it does not end with ("Kurt Volker,"); brackets and quotes stay.
EDGE_POS = frozenset({"ADP", "CCONJ", "SCONJ", "VERB", "AUX"})
EDGE_PUNCT = frozenset(",;:.!?-\u2013\u2014")


def trimmed(span: Span) -> Span | None:
    """A tagged span without a preposition, conjunction or punctuation at either edge; None when nothing
    is left."""
    start, end = span.start, span.end
    doc = span.doc
    def edge(token: Token) -> bool:
        return token.pos_ in EDGE_POS or token.text in EDGE_PUNCT

    while start < end and edge(doc[start]):
        start += 1
    while end > start and edge(doc[end - 1]) and not _wing(doc, end - 1):
        end -= 1
    return doc[start:end] if end > start else None


def _wing(doc: Doc, i: int) -> bool:
    """"the far left", "the far right": the parser reads "left" as a verb, but it ends the name."""
    return doc[i].lower_ in {"left", "right"} and i > 0 and doc[i - 1].lower_ == "far"


def whole_name(span: Span) -> Span:
    """A span that stops inside a proper name ("Vladimir" of "Vladimir Rebic", "Crown Prince" of "Crown Prince
    Mohammad bin Salman", "States" of "the United States", "Korea's spy agency" of "South Korea's spy agency")
    widened to the whole name: a first name, a title or the last word alone names someone else."""
    root = span.root
    while root.dep_ == "compound" and root.pos_ == "PROPN" and root.head.pos_ == "PROPN" and root.head.i >= span.end:
        root = root.head
    end = max(span.end, root.i + 1)
    start = span.start
    if root.pos_ == "PROPN" and root.i >= start:
        names = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = min([start, *(c.left_edge.i for c in names)])
    # "Korea's spy agency" of "South Korea's spy agency": a name inside the span whose first words lie before it
    start = min([start, *(c.left_edge.i for t in span if t.pos_ == "PROPN"
                          for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def _trigger(sentence: Span, a: ActorMention, b: ActorMention) -> Token:
    """The verb nearest above the target ("Germany said it would SEND arms to the country"); else the
    source's nearest verb; else the sentence root."""
    doc = sentence.doc
    for mention in (b, a):
        for token in doc[mention.start:mention.end].root.ancestors:
            if token.pos_ == "VERB":
                return token
    return sentence.root


def _named_as(sentence: Span, mention: ActorMention) -> bool:
    """Whether `mention` is inside what a naming verb calls its object ("described the strike as a violation of
    Iraqi sovereignty", "called the move a smash and grab")."""
    for token in sentence.doc[mention.start:mention.end].root.ancestors:
        if token.dep_ == "oprd" or (token.dep_ == "prep" and token.lower_ == "as"):
            return token.head.lemma_.lower() in NAMING_VERBS
    return False


def _coordinated(sentence: Span, a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are conjuncts of one coordination ("Mali and Burkina Faso"): the parse proposes the
    pairs of those that act on each other (reciprocal verbs), the tagger's are of no act."""
    doc = sentence.doc
    first, second = doc[a.start:a.end].root, doc[b.start:b.end].root
    return second in first.conjuncts


def _overlaps(a: ActorMention, b: ActorMention) -> bool:
    return a.start < b.end and b.start < a.end


def tagged_pairs(sentence: Span, spans: list[TaggedSpan], existing: list[Candidate],
                 extractor: PairExtractor) -> list[Candidate]:
    """Candidate pairs from tagged spans that the parse did not already propose."""
    found: list[Candidate] = []
    # tagger offsets are relative to the sentence, as Span.char_span expects
    for source, target in ((s, t) for source_span, target_span in span_pairs(spans)
                           for s in _mentions(sentence, source_span, extractor)
                           for t in _mentions(sentence, target_span, extractor)):
        if _overlaps(source, target):
            continue
        if source.actor.country and source.actor.country == target.actor.country and target.actor.names_state:
            continue  # "President Trump ... Washington": the source's own state, named as such
        if any(_overlaps(p.source, source) and _overlaps(p.target, target) for p in existing + found):
            continue
        if any(_overlaps(p.source, target) and _overlaps(p.target, source) and p.relation == "passive"
               for p in existing):
            continue  # "diplomats were expelled from Poland": the parse read who did it to whom
        if _named_as(sentence, target):
            continue  # "characterized the attack as a serious violation of Iraqi sovereignty": what it is called
        if _coordinated(sentence, source, target):
            continue  # "Mali and Burkina Faso, both run by military governments, warned": one side, not a pair
        trigger = _trigger(sentence, source, target)
        if (trigger.lemma_.lower() in STATE_VERBS and names_no_event(trigger)) or holds_an_office(trigger):
            continue  # "Bolton was a critic of Russia": a state, not an act
        if tells_a_link(trigger):
            continue  # "jihadist groups linked to al-Qaeda": what the groups are, no act of anyone else's
        if trigger.lemma_.lower() in RENAMING_VERBS and any(
                c.dep_ == "oprd" or (c.dep_ == "dobj" and any(a.dep_ == "appos" for a in c.children))
                for c in trigger.children):
            continue  # "The company named the groups Linen Typhoon": what they are called, no act on them
        if _later_clauses_subject(trigger, source, target):
            continue  # "Russia and China opposed the move, and Iran warned ...": Iran opposed nothing
        if subject_of_a_later_verb(sentence.doc[target.start:target.end].root):
            continue  # "to disperse the protesters, and Jean-Noel Barrot, France's foreign minister, condemned ..."
        if trigger.lemma_.lower() == "serve" and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
            continue  # "Bolton served as the US ambassador to the United Nations": an office held, not an act
        if consequence(trigger) and trigger.left_edge.i <= target.start <= trigger.right_edge.i and not (
                trigger.left_edge.i <= source.start <= trigger.right_edge.i):
            continue  # "police arrested three Serbs, prompting Vucic to ...": the arrest prompted him, not the police
        if _placed_by_an_attack(sentence, source):
            continue  # "An attack near Ankara killed five people": where the attack was, or what it hit, did nothing
        if _taken(trigger, target):
            continue  # "recaptured the presidential palace from the RSF": the place taken, not the party
        if _patient(trigger, source):
            continue  # "The two women were handed over to the Red Cross": they were acted on, not acting
        if _victim_paired(sentence, trigger, source, target):
            continue  # "The UN condemned attacks on civilians in Gaza": not the victims, whoever attacked them
        if _authored_elsewhere(trigger, source, extractor):
            continue  # "Hungary blocked an EU statement condemning Russia": the statement condemns, not Hungary
        if _own_side_said(sentence, source, target, trigger):
            continue  # "Petro warned that his government would not tolerate attacks": his own side
        if brought_before(trigger, target):
            continue  # "filed a complaint with the WTO against Poland": where it is filed, not whom it accuses
        if _done_by_a_thing(trigger, source, extractor):
            continue  # "warned that the dispute could hurt European companies": the dispute hurts, not who warned
        if _describes_the_subject(trigger, source, extractor):
            continue  # "The M23, which the UN says is backed by Rwanda, seized Goma": the M23 seized it
        if trigger.lemma_.lower() in EVALUATIVE_VERBS and _held_by_another(sentence, target):
            continue  # "condemning the arrest of Alexei Navalny": the one arrested, not who is condemned
        if (trigger.dep_ == "acl" and trigger.head.lemma_.lower() in word_list("weapon_nouns") and any(
                c.dep_ == "agent" and not c.left_edge.i <= source.start <= c.right_edge.i for c in trigger.children)):
            continue  # "intercepted a missile fired by the Houthis towards Jazan": the Houthis fired it
        if won_at_the_polls(trigger):
            continue  # "Chakwera defeated Mutharika in the rerun": an election won
        if names_itself(trigger):
            continue  # "a group calling itself the Cyber Army": its name
        if _asker(sentence, target):
            continue  # "suspended parliament at the request of Boris Johnson": he asked, nothing was done to him
        if _joined_by(trigger, source, target):
            # "which was joined by Britain, Bahrain and Canada": each of them, whichever the tagger paired
            joiners = [m for a in trigger.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                       for m in extractor.mentions_at(o)] or [target]
            found.extend(Candidate(sentence, trigger, m, source, "tagged") for m in joiners
                         if not any(_overlaps(p.source, m) and _overlaps(p.target, source) for p in existing + found))
            continue
        if _judges_the_move(trigger, source, target):
            source, target = target, source  # "Guaidó declared himself president, a move recognised by the US"
        found.append(Candidate(sentence, trigger, source, target, "tagged"))
    return found


def _held_by_another(sentence: Span, mention: ActorMention) -> bool:
    """Whether `mention` is who an arrest or detention that names no author is "of" ("the jailing of the
    activists")."""
    root = sentence.doc[mention.start:mention.end].root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and unowned_attack(root.head.head, DETENTION_NOUNS))


def _judges_the_move(trigger: Token, source: ActorMention, target: ActorMention) -> bool:
    """Whether `target` is the agent of a participle on an act noun beside a clause and `source` is outside it: "...,
    a move quickly recognised by the United States" is the United States' act on the clause's actor (decision
    0058)."""
    move = trigger.head
    beside = move.dep_ in {"appos", "npadvmod"} or (
        move.dep_ == "dobj" and move.doc[move.left_edge.i - 1].lower_ == ",")
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and beside and move.lemma_.lower() in word_list("act_nouns")
            and _by_the_target(trigger, source, target))


def _joined_by(trigger: Token, source: ActorMention, target: ActorMention) -> bool:
    """"the United States announced a naval coalition which was joined by Australia, Bahrain ...": those named after
    "by" joined what the source made, their act on it (decision 0058)."""
    return (trigger.lemma_.lower() == "join" and any(c.dep_ == "auxpass" for c in trigger.children)
            and _by_the_target(trigger, source, target))


def _by_the_target(trigger: Token, source: ActorMention, target: ActorMention) -> bool:
    """Whether the target, and not the source, is named in the "by" of a passive `trigger`."""
    agents = [c for c in trigger.children if c.dep_ == "agent"]
    return any(a.left_edge.i <= target.start <= a.right_edge.i for a in agents) and not any(
        a.left_edge.i <= source.start <= a.right_edge.i for a in agents)


def _asker(sentence: Span, mention: ActorMention) -> bool:
    """Whether `mention` is who asked for the act ("at the request of", "at the behest of")."""
    root = sentence.doc[mention.start:mention.end].root
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return (noun is not None and noun.lemma_.lower() in REQUEST_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ in {"at", "on", "upon"})


#: Verbs of handing people over: in the passive their subject is who was handed over, never the one who did it
#: ("The two women were handed over to the Red Cross"); other passives may keep their subject as a party ("The US
#: had been allied with Kurdish groups").
TRANSFER_VERBS = frozenset({"hand", "transfer", "deliver", "send", "return", "deport", "extradite", "repatriate",
                            "release", "free"})


def _patient(trigger: Token, mention: ActorMention) -> bool:
    """Whether `mention` is who a passive verb of handing over (``TRANSFER_VERBS``) was done to, not its doer."""
    return trigger.lemma_.lower() in TRANSFER_VERBS and any(
        c.dep_ == "nsubjpass" and mention.start <= c.i < mention.end for c in trigger.children)


def _attack_on(sentence: Span, mention: ActorMention) -> Token | None:
    """The attack noun `mention` is the victim of (`attack_suffered`), also as the word that describes the victim
    ("any attack on Iranian nuclear facilities")."""
    tokens = list(sentence.doc[mention.start:mention.end])
    described = [t.head for t in tokens if t.dep_ in {"amod", "compound", "poss", "nmod"}
                 and not mention.start <= t.head.i < mention.end]
    return next((noun for t in tokens + described if (noun := attack_suffered(t)) is not None), None)


def _later_clauses_subject(trigger: Token, source: ActorMention, target: ActorMention) -> bool:
    """Whether `source` is the subject of a clause joined after the trigger's own, whose subject holds `target`:
    in "Russia and China opposed the move, and Iran warned that it could leave the treaty" Iran opposed nothing."""
    def within(mention: ActorMention, token: Token) -> bool:
        return token.left_edge.i <= mention.start <= token.right_edge.i

    if any(c.dep_ in SUBJECT_DEPS and within(source, c)
           for clause in trigger.children if clause.dep_ == "conj" and clause.pos_ in {"VERB", "AUX"}
           for c in clause.children) and any(c.dep_ in SUBJECT_DEPS and within(target, c) for c in trigger.children):
        return True
    # "While the European Union has imposed sanctions on Iranian officials, Hungary has blocked ...": the subject of
    # the main clause did nothing in a contrasting clause that has a subject of its own
    return (trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in trigger.children)
            and any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
            and any(c.dep_ in SUBJECT_DEPS and within(source, c) for c in trigger.head.children))


def _victim_paired(sentence: Span, trigger: Token, source: ActorMention, target: ActorMention) -> bool:
    """Whether a tagged pair makes the victim of an attack noun a party to another act: its doer, or the target of a
    verb that does not make the attack ("condemned attacks on civilians", not "carried out attacks on civilians";
    "Israel's killing of Ismail Haniyeh drew condemnation from Iran" is no act of Haniyeh's nor on him)."""
    if _attack_on(sentence, source) is not None:
        return True
    attack = _attack_on(sentence, target)
    if attack is None:
        return False
    if trigger.i == attack.i:  # the attack noun itself: its own author ("Israel's killing of ...") acts
        return not attack.left_edge.i <= source.start <= attack.right_edge.i
    return trigger.lemma_.lower() not in word_list("act_making_verbs") | word_list("attack_making_verbs")


def _done_by_a_thing(trigger: Token, source: ActorMention, extractor: PairExtractor) -> bool:
    """Whether `trigger` is in a clause the tagged source says, and the parse gives it a subject that is a thing, no
    actor: in "warned that the dispute could hurt European companies" the dispute hurts them, not who warned."""
    return trigger.pos_ == "VERB" and _says(source, trigger) and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and not extractor.mentions_at(c) for c in trigger.children)


def _describes_the_subject(trigger: Token, source: ActorMention, extractor: PairExtractor) -> bool:
    """Whether `source` is named in a clause that describes the actor the parse gives `trigger` as subject: in "The
    M23, which the United Nations says is backed by Rwanda, seized the cities" the M23 acts, not Rwanda."""
    return any(clause.left_edge.i <= source.start <= clause.right_edge.i
               for subject in trigger.children if subject.dep_ in SUBJECT_DEPS and extractor.mentions_at(subject)
               for clause in subject.children if clause.dep_ in {"relcl", "acl"})


def _says(source: ActorMention, trigger: Token) -> bool:
    """Whether `source` is the subject of the verb `trigger` is a clause of ("warned that ... would")."""
    speaker = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS] if trigger.dep_ == "ccomp" else []
    return any(s.left_edge.i <= source.start <= s.right_edge.i for s in speaker)


def _authored_elsewhere(trigger: Token, source: ActorMention, extractor: PairExtractor) -> bool:
    """Whether `trigger` is a participle on a text that names its own author, other than the tagged source: "an EU
    statement condemning Russia" is the EU's condemnation, whoever blocked or issued the statement."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    authors = [m for m in extractor.mentions_at(noun) if m.actor.country and m.start <= noun.i < m.end]
    return bool(authors) and not any(m.start <= source.start < m.end or (m.actor.country, m.actor.name) == (
        source.actor.country, source.actor.name) for m in authors)


def _own_side_said(sentence: Span, source: ActorMention, target: ActorMention, trigger: Token) -> bool:
    """Whether `target` is the speaker's own side told with a possessive in the clause the speaker says: "Petro
    warned that his government would not tolerate ..."."""
    return (sentence.doc[target.start].lower_ in OWN_WORDS and _says(source, trigger)
            and (source.actor.country, source.actor.sector) == (target.actor.country, target.actor.sector))


def _placed_by_an_attack(sentence: Span, mention: ActorMention) -> bool:
    """Whether `mention` is where an attack named by its noun took place or what it hit ("an attack near Ankara",
    "an attack on a defence company"), not who made it (that is "by")."""
    root = sentence.doc[mention.start:mention.end].root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ in {"by", "of", "from"}:
        return False
    noun = preposition.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_list("attack_nouns") | HOSTILE_ACT_NOUNS


def _taken(trigger: Token, mention: ActorMention) -> bool:
    """Whether `mention` is in what a verb of taking takes from someone ("retook the town from the rebels")."""
    if trigger.lemma_.lower() not in CAPTURE_VERBS or not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return False
    return any(c.dep_ == "dobj" and c.left_edge.i <= mention.start <= c.right_edge.i for c in trigger.children)
