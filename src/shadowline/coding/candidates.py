"""Candidate (source, target) actor pairs from a sentence's dependency parse.

For every verb: its subject (or the agent of a passive) is the source, its object, dative, or the
object of a directed preposition ("against France", "to Armenia") is the target; coordination expands
("Turkey and Russia will support Azerbaijan" gives two pairs); passives flip ("Greece was threatened by
Turkey"); verbs with no subject of their own inherit the subject of the verb they complement or
coordinate with; relative pronouns take the noun they modify; other pronouns, "the country" and "the two
sides" are resolved within the document (``coreference.py``); noun phrases are read by ``phrases.py``. A
noun that is not itself an actor ("the French weapons transfer", "support for Greece") is searched for the
actor it carries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import ontology
from shadowline.coding.coreference import (
    ACCUSATION_NOUNS,
    ACCUSING_VERBS,
    DENIED_NOUNS,
    DENYING_VERBS,
    FIRST_PERSON_PRONOUNS,
    PERSONAL_PRONOUNS,
    URGING_VERBS,
    Coreference,
    DocumentMemory,
    called_act,
    judges_an_act,
    names_all_sides,
    names_two_sides,
    refers_back,
    speaking_verbs,
)
from shadowline.coding.evaluations import NAMING_VERBS
from shadowline.coding.event_types import (
    ARMED_SECTORS,
    ASKED_AFTER_TALKS_RELATION,
    COMPLAINT_RELATION,
    DEPLOYING_VERBS,
    FIGHTING_NOUNS,
    OWNING_VERBS,
    PROMPTED_RELATION,
    PROMPTED_TYPES,
    RECALLED_ENVOYS,
    RESTRICTING_NOUNS,
    SHARED_THREAT_RELATION,
    SHOW_OF_FORCE_RELATION,
    WITHDRAWING_VERBS,
    phrase_types,
)
from shadowline.coding.lexicon import event_nouns, received_acts, word_list
from shadowline.coding.people import described_state
from shadowline.coding.phrases import (
    QUOTE_MARKS,
    STATE_GROUP_NOUNS,
    SUBJECT_DEPS,
    dateline_end,
    group_members,
    is_to_infinitive,
    mention_of,
    names_an_entity,
    phrase_core_start,
    phrase_text,
    phrase_tokens,
    with_role,
)
from shadowline.coding.verbpatterns import match_verb
from shadowline.records import Actor, ActorMention, Candidate, TypeDecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Resolves a noun phrase to an actor, or None: bound to the document's date and country by the caller.
PhraseResolver = Callable[[str], "Actor | None"]

OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "oprd"})
#: Verbs whose object does what their infinitive says ("forced the minister to resign").
OBJECT_CONTROL_VERBS = word_list("object_control_verbs")
#: Verbs that ask their object to do what their infinitive says: the act is only asked for, no event of its own
#: ("urged allies such as Germany to restrict Mahan's operations" is the US's REQUEST, not Germany's SANCTION).
ASKING_VERBS = word_list("asking_verbs")
TARGET_PREPOSITIONS = frozenset({"to", "against", "with", "on", "at", "toward", "towards", "for", "into",
                                 "from", "upon", "onto", "about", "of"})
#: Verbs whose "by" names whom they are done for, not who does them: "Berlin stood by Kyiv".
STANDING_VERBS = frozenset({"stand"})
#: Prepositions that name the recipient when they hang off a nominal object ("support for Greece").
NOMINAL_RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "against", "with", "toward", "towards", "on", "into",
                                            "from", "over", "by"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
#: Nouns of leaving a place: what one withdraws "from" is a place, not a party to an ask for the withdrawal.
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit"})
#: Nouns of a standing relation between parties, and the prepositions of what it is about ("a dispute over Essequibo").
RELATION_NOUNS = frozenset({"dispute", "conflict", "tension", "rivalry", "row", "standoff", "feud", "quarrel", "spat",
                            "sovereignty", "control", "jurisdiction", "authority"})  # "sovereignty over Western Sahara"
TOPIC_PREPOSITIONS = frozenset({"over", "about", "on"})
#: Gerunds of joining a body after a noun's preposition ("talks on joining the EU"): the body is the recipient.
JOINING_VERBS = frozenset({"join", "enter", "accede"})
#: Prepositions that tie a person to the body they work or speak for ("a spokesman for the PMF", "director of
#: news at AFP").
AFFILIATION_PREPOSITIONS = frozenset({"for", "of", "at"})
#: Kinds of actor a person can work or speak for.
AFFILIATION_KINDS = frozenset({"state", "organisation", "agent", "seat", "capital"})
EVALUATIVE_VERBS = word_list("evaluative_verbs")
#: Verbs that tell the doer of an act judged beside them what to do: "condemned the strike and urged Israel to ...".
DOER_URGING_VERBS = URGING_VERBS | frozenset({"demand", "warn", "tell"})
#: Verbs of a threat whose target, when they name none, is the object of the act coordinated before them.
SHARED_TARGET_VERBS = frozenset({"threaten", "warn"})
#: Acts a threat names as its object ("threatened military intervention"), not whom it threatens.
THREATENED_ACTS = frozenset({"intervention", "action", "measure", "retaliation", "response", "force", "sanction",
                             "strike", "attack", "consequence", "reprisal", "countermeasure", "revenge"})
#: Verbs of a vow: a vow of a hostile act after an act on someone threatens them ("and vowed a stern response").
VOWING_VERBS = frozenset({"vow", "promise", "pledge"})
#: Verbs of talking to someone, and of asking: "spoke with Kagame and urged an immediate ceasefire" asks Kagame.
TALKING_VERBS = frozenset({"speak", "talk", "meet", "phone", "call"})
ASKING_AFTER_TALKS = frozenset({"urge", "press", "ask", "call"})
#: Verbs of a threat or a warning: a clause of their condition ("if the junta did not restore Bazoum") tells no act.
THREAT_VERBS = SHARED_TARGET_VERBS | {"vow"}
#: Forces sent to a border ("sent reinforcements to the border"), and the forces whose deployment after an act on
#: someone is a show of force at them ("accused Belarus of ... and deployed 10,000 troops").
BORDER_FORCES = frozenset({"reinforcement", "troop", "soldier", "force", "tank", "unit"})
SHARED_FORCES = BORDER_FORCES | frozenset({"warship", "jet"})
AUTHORED_NOUNS = word_list("authored_nouns")
#: Nouns of a seizure of power: their authors are the military of the state where it happened.
COUP_NOUNS = word_list("coup_nouns")
#: Act nouns whose "of" phrase is the one the act is done to, besides the event nouns ("the release of Bazoum").
PATIENT_NOUNS = word_list("patient_nouns")
OWNED_NOUNS = word_list("owned_nouns")
LEGISLATIVE_NOUNS = word_list("legislative_nouns")
#: Nouns of "in ... for/to" that give the reason of an act, not its recipient ("in retaliation for", "in response
#: to", "in exchange for").
REASON_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "exchange", "return", "protest"})
#: Verbs of revenge and threat: the victim of the harm they answer is not whom they aim at (decision 0063).
VENGEFUL_VERBS = SHARED_TARGET_VERBS | VOWING_VERBS | {"retaliate", "avenge"}
OCCASION_NOUNS = word_list("occasion_nouns")
NOT_EVENT_VERBS = word_list("not_event_verbs")
PLAN_NOUNS = word_list("plan_nouns")
TALK_VERBS = word_list("talk_verbs")
ACCORD_NOUNS = word_list("accord_nouns")
TALK_NOUNS = word_list("talk_nouns")
ACT_MAKING_VERBS = word_list("act_making_verbs")
EXPULSION_VERBS = word_list("expulsion_verbs")
CARGO_VERBS = word_list("cargo_verbs")
REQUEST_NOUNS = word_list("request_nouns")
#: Verbs of taking a place from someone ("retook the town from the rebels"); "retook" is the lemmatizer's lemma of the
#: past tense.
CAPTURE_VERBS = frozenset({"capture", "recapture", "retake", "retook", "seize", "regain", "wrest", "take"})
#: Prepositions of where a cargo goes when they hang off the cargo ("deployed observers in Zimbabwe").
CARGO_DESTINATIONS = frozenset({"to", "in", "into"})
#: Prepositions after "out" or "away" ("pull out of Iran", "move away from Russia").
OUT_OF = frozenset({"of", "from"})
#: Sectors of the bodies an act is brought before ("at the International Court of Justice", "at the UN").
VENUE_SECTORS = frozenset({"IGO", "JUD"})
#: Restrictions on trade, and the verbs that say where the goods they are "on" come from ("duties on brandy imported
#: from the European Union").
TRADE_RESTRICTIONS = RESTRICTING_NOUNS | {"ban"}
ORIGIN_VERBS = frozenset({"import", "make", "produce", "manufacture", "export", "ship", "source", "come"})
#: Nouns of an amount of goods: "$60 billion worth of US goods" are the goods.
AMOUNT_NOUNS = frozenset({"worth", "value", "amount"})
#: Nouns of a rate a tariff is "of" ("tariffs of 25 percent on ...").
RATE_NOUNS = frozenset({"percent", "%", "per cent", "cent"})
#: Verbs of withdrawing one's envoys or forces: what they are withdrawn "from" is acted on.
RECALL_VERBS = frozenset({"withdraw", "recall", "pull"})
#: Verbs of bringing a complaint or a case before a body ("filed a complaint with the WTO").
FILING_VERBS = frozenset({"file", "lodge", "bring", "submit", "launch"})
#: Envoys a state recalls.
#: Sectors of a state's government and forces: they do not act on their own state named as such.
STATE_APPARATUS = frozenset({"GOV", "MIL", "COP", "SPY", None})
#: Nouns of a state's relation to another: "its neighbour" after two states is the other one.
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "enemy"})
#: Sectors of a party to a conflict that may be one of "both parties" before the document gives it a state.
SIDE_SECTORS = frozenset({"MIL", "REB", "PRM", "GOV", "COP", "OPP", "INS"})
#: Relation of a denial's pair with the accuser it rejects (typed REJECT, ``event_types.types_by_phrase``).
DENIAL_RELATION = "denial"
#: Prepositions of a gerund clause whose subject is the subject of the verb it hangs on ("after accusing Moscow").
SUBJECT_SHARING_PREPOSITIONS = frozenset({"after", "before", "by", "while", "without", "since", "upon", "despite"})
#: Nouns of a span of time before such a preposition ("a day after meeting Taro Kono").
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "moment", "night", "weekend"})
#: Verbs of being somewhere: where one lives or works is no target ("a businessman living in Moscow").
DWELLING_VERBS = frozenset({"live", "reside", "stay", "remain", "hide", "settle", "base", "work", "study", "shelter"})
#: Nouns of a state's ground, air or sea ("Polish airspace", "Congolese territory").
GROUND_NOUNS = frozenset({"territory", "airspace", "waters", "soil", "border", "frontier", "coast", "coastline"})
#: How a state's ground named by its demonym was read (``PairExtractor._state_ground``).
GROUND_VIA = "ground"
#: Verbs of standing between two sides: whom they are "between" are their targets.
MEDIATING_VERBS = frozenset({"mediate", "broker", "arbitrate", "intercede", "intermediate"})
#: Verbs of writing or reporting: what they are "on" or "about" is their topic, no target (decision 0057).
WRITING_VERBS = frozenset({"report", "write", "comment", "blog", "tweet", "post", "testify", "publish"})
#: Verbs of sacking an official, who is always one's own ("fired his finance minister"; decision 0057).
SACKING_VERBS = frozenset({"fire", "sack", "dismiss"})
#: Auxiliaries of a clause said that a verb in the speaker's own past does not share ("had", "would").
SAID_CLAUSE_AUXILIARIES = frozenset({"had", "would", "could", "might", "should"})
#: Verbs that join a subject to what it is or seems ("the hostages appeared emaciated").
COPULAR_VERBS = frozenset({"be", "appear", "seem", "look", "remain", "become", "sound"})
#: Verbs of leading a body: in the passive they say who leads it, no act on it ("the gang coalition, led by a former
#: police officer"; decision 0057).
LEADING_VERBS = frozenset({"lead", "head", "chair", "command"})


class PairExtractor(Coreference):
    """Finds candidate pairs in one document's sentences, remembering pronoun antecedents."""

    def __init__(self, resolve: PhraseResolver) -> None:
        self.resolve = resolve
        self.memory = DocumentMemory()
        self._cache: dict[int, list[ActorMention]] = {}
        self._chunks_of: object = None
        self._chunks: list[Span] = []

    # -- actors -----------------------------------------------------------------------------------------
    def mentions_at(self, head: Token, nominal_role: str = "recipient") -> list[ActorMention]:
        """Actor mentions carried by the noun `head` and its conjuncts (coordination expands); a group noun
        that names its members ("allies such as Germany") carries theirs."""
        found: list[ActorMention] = []
        members = [m for token in group_members(head) for m in self.mentions_at(token, nominal_role)]
        if members:
            return members
        listed = next((a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN" and head.pos_ == "PROPN"
                       and any(c.dep_ == "conj" for c in a.children) and self._names_states(head, a)), None)
        for token in [head, *head.conjuncts, *([listed, *listed.conjuncts] if listed is not None else [])]:
            if named := self._name_conjuncts(token):
                found.extend(named)
                continue
            mentions = self._mentions_one(token, nominal_role)
            if len(mentions) == 1 and mentions[0].actor.country is None:
                mentions = self._known_as(token, mentions[0])
            if len(mentions) == 1 and mentions[0].actor.country is None and token.dep_ == "appos":
                mentions = [self._of_the_named(token, mentions[0], nominal_role)]
            elif len(mentions) == 1 and mentions[0].actor.country is None and mentions[0].actor.kind == "unknown name":
                mentions = [self.of_the_apposition(token, mentions[0], nominal_role)]
            found.extend(mentions)
            if len(mentions) == 1 and mentions[0].role == "head":
                found.extend(self._owner_conjuncts(token, mentions[0]))
                if split := self._modifier_conjuncts(token, mentions[0]):
                    found[found.index(mentions[0])] = split[0]
                    found.extend(split[1:])
        return found

    def _names_states(self, *heads: Token) -> bool:
        """Whether each of `heads` names a whole state ("Saudi Arabia, the UAE, Bahrain and Egypt", which the parser
        began as an apposition; not "his counterparts, Nikos Dendias, ..."; decision 0059)."""
        actors = [self.resolve(phrase_text(phrase_tokens(h))) for h in heads]
        return all(a is not None and a.kind in {"state", "capital", "seat"} for a in actors)

    def _of_the_named(self, apposition: Token, mention: ActorMention, nominal_role: str) -> ActorMention:
        """"Kang Kyung-wha, the foreign minister, said ...": a title of no state in apposition to a named person is
        the person's, not the story's state's (decision 0059)."""
        named = [m for m in self._mentions_one(apposition.head, nominal_role) if m.actor.country]
        if len(named) != 1 or named[0].actor.kind != "leader" or mention.actor.sector is None:
            return mention
        return _with_country(mention, named[0].actor.country, "apposition")

    def of_the_apposition(self, name: Token, mention: ActorMention, nominal_role: str) -> ActorMention:
        """"Liu Dejun, a spokesman for the Chinese coast guard, said ...": a name the knowledge base does not know takes
        the state its apposition names, not the story's (decision 0059)."""
        for apposition in (c for c in name.children if c.dep_ == "appos"):
            placed = [m for m in self._mentions_one(apposition, nominal_role) if m.actor.country]
            if len(placed) == 1:
                sector = mention.actor.sector or placed[0].actor.sector
                return _with_country(replace(mention, actor=replace(mention.actor, sector=sector)),
                                     placed[0].actor.country, "apposition")
        return mention

    def _known_as(self, head: Token, mention: ActorMention) -> list[ActorMention]:
        """"the same group, known as APT28 or Fancy Bear": a mention of no state takes the actor of the name a "known
        as" or "called" participle gives it (decision 0058)."""
        for participle in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in {"know", "call"}):
            names = [o for _, o in _prep_objects(participle, frozenset({"as"}))] or [
                o for o in participle.children if o.dep_ == "oprd"]
            for name in names:
                actor = self.resolve(phrase_text(phrase_tokens(name)))
                if actor is not None and actor.country:
                    return [replace(mention, actor=replace(actor, text=mention.actor.text,
                                                           via=f"{actor.via}+known as"))]
        return [mention]

    def _modifier_conjuncts(self, head: Token, mention: ActorMention) -> list[ActorMention]:
        """"UK and EU negotiators", "French and German officials", "Pakistan and Afghanistan's intelligence services":
        one actor per coordinated word before the noun, each with the words between the last of them and the noun
        (the phrase alone resolves to one of them); empty when the words name fewer than two countries."""
        words = [w for c in head.lefts if c.dep_ in {"compound", "nmod", "amod"}
                 for w in (c, *(x for x in c.conjuncts if x.i < head.i))]
        doc = head.doc
        words = sorted({w.i: w for w in words if any(c.dep_ == "cc" for c in w.children) or w.dep_ == "conj"
                        or (w.i > 0 and doc[w.i - 1].dep_ == "cc")}.values(), key=lambda w: w.i)
        if len(words) < 2 or not any(c.dep_ == "cc" and c.lower_ == "and" for w in words for c in w.children):
            return []
        found: list[ActorMention] = []
        rest = " ".join(t.text for t in head.doc[words[-1].i + 1:head.i + 1] if t.dep_ != "case")
        for word in words:
            actor = self.resolve(f"{word.text} {rest}")
            if actor is not None and actor.country and actor.country not in {m.actor.country for m in found}:
                last = word.i == words[-1].i
                found.append(mention_of([word, head] if last else [word], actor, mention.role))
        return found if len(found) >= 2 else []

    def _name_conjuncts(self, head: Token) -> list[ActorMention]:
        """"a call between Trump and President Zelensky": the parser makes the first name a modifier of the last
        ("Trump" under "Zelensky", with "President" its conjunct), and the phrase reads as one person; one actor
        per name when both are known and differ, else nothing (the phrase is read as it stands)."""
        if head.pos_ != "PROPN":
            return []
        for first in head.lefts:
            if first.dep_ not in {"nmod", "compound"} or first.pos_ != "PROPN":
                continue
            # the "and" hangs off the first name or, in "US President Donald Trump and Turkish President Recep
            # Tayyip Erdogan", off a name in apposition to the title the parser gave the last name
            joined = second = None
            for node in first.subtree:
                joined = next((c for c in node.children if c.dep_ == "cc" and c.lower_ == "and"), None)
                second = next((c for c in node.children if c.dep_ == "conj"
                               and joined is not None and joined.i < c.i < head.i), None)
                if second is not None:
                    break
            if joined is None or second is None:
                continue
            tokens = phrase_tokens(head)
            parts = ([t for t in tokens if t.i < joined.i], [t for t in tokens if t.i > joined.i])
            actors = [self.resolve(phrase_text(part)) if part else None for part in parts]
            if any(a is None or not a.country for a in actors):
                return []
            one, other = actors
            assert one is not None and other is not None
            if (one.country, one.name) == (other.country, other.name):
                return []
            return [mention_of(part, actor, "head") for part, actor in zip(parts, (one, other))]
        return []

    def _owner_conjuncts(self, head: Token, mention: ActorMention) -> list[ActorMention]:
        """"the leaders of France, Germany and Italy": one actor of the same kind per coordinated state."""
        found: list[ActorMention] = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                tokens = phrase_tokens(pobj)
                conjuncts = [phrase_tokens(c) for c in pobj.conjuncts]
                misread = next((c for c in pobj.children if c.dep_ == "nmod" and c.i < pobj.i
                                and any(g.dep_ == "cc" for g in c.children)), None)
                if misread is not None:
                    # "the military governments of Mali and Burkina Faso": the parser made "Mali and" a modifier
                    # of "Faso"; the name after the "and" is the other state (decision 0059)
                    conjuncts.append([t for t in tokens if t.i > misread.right_edge.i])
                    tokens = [t for t in tokens if t.i < misread.right_edge.i]
                owner = self.resolve(phrase_text(tokens)) if tokens else None
                if owner is None or owner.country != mention.actor.country:
                    continue
                for tokens in conjuncts:
                    other = self.resolve(phrase_text(tokens)) if tokens else None
                    if other is not None and other.country and other.country != owner.country:
                        actor = replace(mention.actor, country=other.country, name=other.name or mention.actor.name)
                        found.append(mention_of(tokens, actor, "head"))
        return found

    def _mentions_one(self, head: Token, nominal_role: str) -> list[ActorMention]:
        key = head.i * 4 + (nominal_role == "owner")
        if key in self._cache:
            return self._cache[key]
        self._cache[key] = []  # a cycle (a phrase whose antecedent search reaches itself) finds nothing
        if head.i < dateline_end(head.sent):
            return []
        result: list[ActorMention] = []
        lower = head.lower_
        if head.pos_ == "PRON" and lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            result = self.mentions_at(head.head.head, nominal_role)
        elif head.pos_ == "PRON" and lower in PERSONAL_PRONOUNS | FIRST_PERSON_PRONOUNS:
            antecedent = self._speaker(head) if lower in FIRST_PERSON_PRONOUNS else self._antecedent(head)
            sentence = head.sent
            if group := self._coordinated_antecedents(head):
                result = [ActorMention(m.actor, m.start, m.end, m.char_start, m.char_end, "coreference")
                          for m in group]
            elif antecedent is not None and sentence.start <= antecedent.start and antecedent.end <= sentence.end:
                # the antecedent is in this sentence: point at it, the more informative span
                result = [ActorMention(antecedent.actor, antecedent.start, antecedent.end, antecedent.char_start,
                                       antecedent.char_end, "coreference")]
            elif antecedent is not None:
                result = [ActorMention(antecedent.actor, head.i, head.i + 1, head.idx, head.idx + len(head.text),
                                       "coreference")]
        elif names_two_sides(head):
            result = self._two_sides(head)
        elif names_all_sides(head) and self.memory.conflict_sides is not None and (
                sides_named := self._two_sides(head)):
            result = sides_named
        elif head.pos_ == "NOUN" and (sides := next((o for p in head.children if p.dep_ == "prep"
                                                    and p.lower_ in {"from", "of"} for o in p.children
                                                    if o.dep_ == "pobj" and names_two_sides(o)), None)) is not None:
            # "Major generals from both armies met", "troops from the two countries brawled" (decision 0059)
            result = self._two_sides(sides)
        elif head.tag_ == "NNS" and (counted := self.counted_states(head)):
            result = counted  # "the three countries"
        elif judges_an_act(head) and (author := self._judged_author(head)) is not None:
            # "Germany condemned the attack": the attack's author, the source of the (conflict) act told last; all
            # of them when several states made it together ("US and British warplanes struck ...")
            authors = self.memory.joint_authors.get((author.start, author.end), [author])
            result = [mention_of(phrase_tokens(head), a.actor, "coreference") for a in authors]
        else:
            tokens = phrase_tokens(head)
            if longer := _name_continued(head, tokens):
                named = self.resolve(phrase_text(longer))
                if named is not None and named.kind == "organisation":
                    tokens = longer  # "Reporters Without Borders", "the Committee to Protect Journalists"
            actor = self.resolve(phrase_text(tokens)) if tokens else None
            if actor is None and head.pos_ in {"PROPN", "NOUN"} and len(tokens) > 1:
                actor = self.resolve(phrase_text([t for t in tokens if t.i >= phrase_core_start(head)]))
            antecedent = None
            if (head.lemma_.lower() in NEIGHBOUR_NOUNS and head.tag_ == "NN"
                    and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children)):
                # "Algeria cut ties with Morocco, accusing its neighbour of hostile actions": the other state named
                antecedent, actor = self._state_antecedent(head), None
            elif refers_back(head, actor) and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
                                                      for c in head.children):
                # "the country", "the kingdom": the latest state named other than the clause's subject,
                # never the document's state by default (that is often the subject's own)
                antecedent, actor = self._state_antecedent(head), None
            if antecedent is not None:
                result = [mention_of(tokens, antecedent.actor, "coreference")]
            elif actor is not None:
                result = [mention_of(tokens, self._of_named_owner(head, self._of_possessor(head, actor)), "head")]
            elif head.pos_ in {"NOUN", "PROPN"}:
                result = self._state_ground(head, tokens) or self._nominal_mentions(head, nominal_role)
                if not result and tokens and names_an_entity(head):
                    # A named actor the knowledge base does not know: keep it, with no country, rather
                    # than lose the event; analysis skips actors without a code.
                    text = phrase_text(tokens)
                    result = [mention_of(tokens, Actor(text, None, None, None, None, "unresolved entity"), "head")]
        result = [self._affiliated(head, m) for m in result]
        self._cache[key] = result
        return result

    def _state_ground(self, head: Token, tokens: list[Token]) -> list[ActorMention]:
        """"Polish airspace", "Congolese territory", "Japanese waters": a state's ground, air or sea named by its
        demonym stands for the state, as a territory of it does (decision 0057)."""
        if head.lemma_.lower() not in GROUND_NOUNS:
            return []
        for word in (c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i):
            actor = self.resolve(word.text)
            if actor is not None and actor.country and actor.kind in {"state", "people"}:
                text = phrase_text(tokens)
                return [mention_of(tokens, replace(actor, text=text, kind="state", sector="GOV", name=None,
                                                   cameo_role="GOV", via=f"{actor.via}+{GROUND_VIA}"), "head")]
        return []

    def placed_by_its_clause(self, head: Token, mention: ActorMention) -> ActorMention:
        """People of no state placed by a participle on them: those fleeing a state are of that state ("refugees
        fleeing fighting in Myanmar", "migrants escaping from Libya"); `mention` itself otherwise."""
        if mention.actor.country is not None:
            return mention
        for clause in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in FLEEING_VERBS):
            for place in (t for t in clause.subtree if t.ent_type_ in {"GPE", "LOC"} and t.pos_ == "PROPN"):
                actor = self.resolve(place.text)
                if actor is not None and actor.country and actor.kind in {"state", "capital", "place", "territory"}:
                    return replace(mention, actor=replace(mention.actor, country=actor.country,
                                                          via=f"{mention.actor.via}+fled"))
        return mention

    def _unaimed_assailant(self, sentence: Span, acts: list[Candidate]) -> ActorMention | None:
        """Who does an act of conflict on no actor in a clause below the root ("North Korea fired two missiles into
        the sea, hours after Seoul and Washington began joint drills")."""
        for verb in sentence:
            if (verb.pos_ != "VERB" or any(p.trigger.i == verb.i for p in acts) or planned_act(verb)
                    or not _conflict_act(verb)):
                continue  # not "developing plans to attack American diplomats": no attack yet
            subjects, passive = self.subjects_of(verb)
            found = next((m for m in subjects if m.actor.country and m.role != "coreference"), None)
            if found is not None and not passive:
                return found
        return None

    def _holder(self) -> ActorMention | None:
        """Who seized, arrested or detained someone last in the document, with a state: whom a release is asked of."""
        holders = [m for lemma, m in self.memory.authors_by_verb.items() if lemma in HOLDING_ACT_VERBS
                   and m.actor.country]
        return max(holders, key=lambda m: m.start, default=None)

    def _of_named_owner(self, head: Token, actor: Actor) -> Actor:
        """A thing of no state that a participle gives an owner takes the owner's state: "seized a tanker owned by a
        Greek company", "a ship belonging to an Israeli businessman"."""
        if actor.country is not None:
            return actor
        owners = [m for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in OWNING_VERBS
                  for o in _owners_named(c) for m in self.mentions_at(o) if m.actor.country]
        return replace(actor, country=owners[0].actor.country, via=f"{actor.via}+owner") if owners else actor

    def _of_possessor(self, head: Token, actor: Actor) -> Actor:
        """An agent of no state owned by a pronoun takes the state of the pronoun's antecedent: "Russia denied the
        claim. Its foreign ministry said ..." is Russia's ministry, "Hun Manet said his government would ..." Cambodia's
        government, not the latest other state named."""
        if actor.country is not None or actor.sector is None:
            return actor
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is not None and (described := _described_by_whose(head)) is not None:
            # "Wagner, whose fighters they accuse of killing civilians": Wagner's fighters
            state = next((m.actor.country for m in self.mentions_at(described, "owner") if m.actor.country), None)
            return actor if state is None else replace(actor, country=state, via=f"{actor.via}+possessor")
        owner = next((c for c in head.children if c.dep_ == "poss" and (
            c.lower_ in POSSESSIVE_PRONOUNS or refers_back(c, None))), None)  # "its", "the country's"
        if owner is None or (owner.lower_ in {"his", "her"} and head.tag_ == "NN" and head.lemma_ == "authority"):
            return actor  # "questioned his authority to make the change": a person's power, not a state's body
        state = next((m.actor.country for m in self.mentions_at(owner, "owner") if m.actor.country), None)
        return actor if state is None else replace(actor, country=state, via=f"{actor.via}+possessor")

    def _judged_author(self, head: Token) -> ActorMention | None:
        """Whose act a judged act noun is: the state the judge tells in the same breath what to do ("condemned the
        strike and urged Israel to ..."); else for an attack noun ("the attack", "the strike") the author of the act
        of conflict told last (of the act told last while the story told none), for any other ("the move", "the
        decision") the author of the act told last."""
        if (urged := self._urged_beside(head)) is not None:
            return urged
        lemma = head.lemma_.lower()
        if NOMINALIZED.get(lemma) in self.memory.authors_by_verb:
            # "the seizure" after "Iran's Revolutionary Guards seized a tanker": theirs, whatever force was told since
            return self.memory.authors_by_verb[NOMINALIZED[lemma]]
        if lemma in word_list("attack_nouns") and self.memory.last_striker:
            # "Ecuadorian police stormed the Mexican embassy ... broke off relations ... condemned the raid": the
            # raid is the police's, whatever sanction was told since (decision 0057)
            return self.memory.last_striker
        if lemma in word_list("attack_nouns") | HOSTILE_ACT_NOUNS and self.memory.last_assailant:
            return self.memory.last_assailant
        if lemma in self.memory.authors_by_noun:
            author = self.memory.authors_by_noun[lemma]
            return author if author.actor.country else None  # of several states: no one actor
        if lemma in DENIED_NOUNS:
            # "Pakistan denies any role": rejects who accused it; not an accuser of another ("the maritime agency
            # said the Houthis fired ... Iran denied any role": no one accused Iran)
            deniers = [m for c in head.head.children if c.dep_ in SUBJECT_DEPS for m in self.mentions_at(c)]
            return None if self._accused_another(deniers) else self.memory.last_accuser
        if lemma in ACCUSATION_NOUNS:
            # "Darmanin said Azerbaijan had made a deal with separatists, a charge Baku denied": the speaker of this
            # sentence's claim; "The UAE has denied the allegation": of who accused it, or said it did wrong
            return self._claimant_before(head) or self.memory.last_accuser or self.memory.last_author
        by_verb = self.memory.authors_by_verb
        # "the ban" after "China banned ...": China's, whatever act was told since
        return by_verb.get(lemma) or by_verb.get(lemma.removesuffix("ment")) or self.memory.last_author

    def _urged_beside(self, head: Token) -> ActorMention | None:
        """The state a judge of the act `head` names urges or warns in a clause beside the judgement: "The EU condemned
        the strike and urged Israel to respect international law", "condemned the attack, calling on Moscow to ...": the
        act is the urged state's, not the last one the story told (decision 0062)."""
        judge = head.head
        if head.dep_ != "dobj" or judge.lemma_.lower() not in EVALUATIVE_VERBS:
            return None
        judges = {m.actor.country for m in self.subjects_of(judge)[0]}
        for other in (*judge.conjuncts, *(c for c in judge.children if c.dep_ == "advcl")):
            if other.lemma_.lower() not in DOER_URGING_VERBS or other.i < judge.i:
                continue
            urged = [c for c in other.children if c.dep_ == "dobj"] + [
                o for _, o in _prep_objects(other, frozenset({"on", "upon"}))]
            found = [m for o in urged for m in self.mentions_at(o)
                     if m.actor.country and m.actor.country not in judges]
            if found:
                return found[0]
        return None

    def _accused_another(self, deniers: list[ActorMention]) -> bool:
        """Whether the accusation told last was about states other than the deniers' ("Belarus accused NATO ...
        Moscow denied targeting Poland": no one accused Moscow; decision 0057)."""
        states = {m.actor.country for m in deniers if m.actor.country}
        accused = self.memory.last_accused
        return bool(states and accused and not states & accused)

    def _claimant_before(self, head: Token) -> ActorMention | None:
        """The speaker of a claim told earlier in `head`'s sentence about another actor ("Darmanin said Azerbaijan had
        made a deal ..., a charge Baku denied"), or None."""
        for verb in speaking_verbs(head.sent):
            if verb.i >= head.i or not any(c.dep_ == "ccomp" for c in verb.children):
                continue
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                found = [m for m in self.mentions_at(subject) if m.actor.country]
                if found:
                    return found[0]
        for verb in (t for t in head.sent if t.i < head.i and t.lemma_.lower() in ACCUSING_VERBS):
            # "The Sudanese army accused the UAE of arming the RSF, a charge the UAE denied": who accused
            found = [m for m in self.subjects_of(verb)[0] if m.actor.country]
            if found:
                return found[0]
        return None

    def _affiliated(self, head: Token, mention: ActorMention) -> ActorMention:
        """A person or agent with no state of their own takes the state of the body they work or speak for:
        "Ahmed al-Assadi, a spokesman for the PMF" is Iraqi, "Phil Chetwynd, director of global news for AFP"
        French, whatever state the story is about; a later "Chetwynd" alone is the same person."""
        if mention.actor.country is not None:
            return mention
        if (placed := self.placed_by_its_clause(head, mention)) is not mention:
            return placed
        body = self._affiliation(head)
        doc = head.doc
        if body is None and all(doc[i].pos_ == "PROPN" for i in range(mention.start, mention.end)):
            body = self.memory.affiliated.get(head.text)
        if body is None:
            return mention
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            self.memory.affiliated.setdefault(head.text, body)
        actor = replace(mention.actor, country=body.country, via=f"{mention.actor.via}+affiliation ({body.text})")
        return replace(mention, actor=actor)

    def note_people(self, sentence: Span) -> None:
        """Remember the body or state each person named in `sentence` is placed by (their affiliation or a
        description, ``people.py``), so that a later bare name of the person is placed the same way."""
        for token in sentence:
            if token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", ""} and token.dep_ not in {"compound", "flat"}:
                body = self._affiliation(token)
                if body is not None:
                    self.memory.affiliated.setdefault(token.text, body)

    def _affiliation(self, head: Token) -> Actor | None:
        """The body with a state that `head` or its apposition is "for", "of" or "at" ("a spokesman for the
        PMF", "Sabrina Bennoui of Reporters Without Borders"), else the state a description of the person gives
        ("Turkish national Hatice Demir", ``people.py``)."""
        for noun in [head, *(c for c in head.children if c.dep_ == "appos")]:
            for prep in (c for c in noun.subtree if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPOSITIONS):
                if prep.head.i != noun.i and prep.head.head.i != noun.i:
                    continue  # one noun down at most: "director of global news for AFP"
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    tokens = phrase_tokens(pobj)
                    body = self.resolve(phrase_text(tokens)) if tokens else None
                    if body is not None and body.country and body.kind in AFFILIATION_KINDS:
                        return body
        return described_state(head, self.resolve) if head.pos_ == "PROPN" else None

    def _nominal_mentions(self, head: Token, nominal_role: str, depth: int = 0) -> list[ActorMention]:
        """Actors inside a non-actor noun phrase: "support for Greece", "the French weapons transfer".

        As a source (``owner``), the noun names an act and its owner is the actor ("Russia's support").
        As a target, the act's recipient is the actor ("support for Greece"), else an owner that names a
        state or organisation ("sanctions on Iran's central bank", "the French transfer").
        """
        appositions = [c for c in head.children if c.dep_ == "appos"]
        for apposition in appositions:
            found = self.mentions_at(apposition, nominal_role)
            if found:
                return found
        recipients: list[ActorMention] = []
        reasons: list[ActorMention] = []
        owners: list[ActorMention] = self._authors(head) if nominal_role == "owner" else []
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in NOMINAL_RECIPIENT_PREPOSITIONS and nominal_role != "owner":
                if child.lower_ in TOPIC_PREPOSITIONS and head.lemma_.lower() in RELATION_NOUNS:
                    continue  # "their dispute over the Essequibo region": what it is about, not a party to it
                for joined in (c for g in child.children if g.dep_ == "pcomp" and g.lemma_.lower() in JOINING_VERBS
                               for c in g.children if c.dep_ == "dobj"):
                    # "suspend talks on joining the European Union": the body joined is the other party
                    recipients.extend(with_role(self.mentions_at(joined), "recipient"))
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if a_reason(child, pobj):
                        reasons.extend(with_role(self._grievance_parties(pobj), "recipient"))
                        continue  # "revenge against Israel for the killing of Haniyeh": a reason, not a recipient
                    if child.lower_ == "from" and head.lemma_.lower() in WITHDRAWAL_NOUNS and any(
                            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                        continue  # "the withdrawal of Eritrean forces from Tigray": the place left (decision 0058)
                    found = with_role(self.mentions_at(pobj), "recipient")
                    if child.lower_ == "on" and head.lemma_.lower() in LEGISLATIVE_NOUNS:
                        # "protested against a law on foreign agents": what a text is on is its topic, not a party
                        # to the act, unless it names a party ("a resolution on Libya")
                        found = [m for m in found if m.actor.country]
                    recipients.extend(found)
            elif (child.dep_ == "prep" and child.lower_ == "of" and nominal_role != "owner"
                  and head.lemma_.lower() in OWNED_NOUNS and (owned_by := self._object_mentions(child))):
                recipients.extend(owned_by)  # "froze the assets of three Mexican cartel leaders": their owner
            elif child.dep_ == "prep" and child.lower_ in {"of", "in"} and nominal_role != "owner" and depth < 3:
                # "the release of $1.2 billion in military assistance to Egypt": follow the chain of acts, not a
                # reason ("sanctions on two executives in retaliation for Washington's arms sales to Taiwan")
                for pobj in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                             and not (child.lower_ == "in" and c.lemma_.lower() in REASON_NOUNS)):
                    recipients.extend(self._nominal_mentions(pobj, nominal_role, depth + 1))
                if child.lower_ == "of" and head.lemma_.lower() in RELEASE_NOUNS and (
                        holder := self._holder()) is not None:
                    # "Washington demanded the immediate release of the ship and its crew" after "Iran seized a
                    # tanker": a release is asked of who holds them
                    recipients.append(mention_of(phrase_tokens(head), holder.actor, "coreference"))
                elif child.lower_ == "of" and head.lemma_.lower() in event_nouns() | PATIENT_NOUNS:
                    # "called for the release of President Bazoum": the one the act is done to
                    for pobj in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                        recipients.extend(with_role(self.mentions_at(pobj), "recipient"))
            elif child.dep_ == "acl" and child.lemma_.lower() in OWNING_VERBS and nominal_role != "owner":
                # "seized a tanker owned by a Greek company", "assets belonging to Russia's central bank": the owner
                recipients.extend(m for o in _owners_named(child) for m in with_role(self.mentions_at(o), "recipient"))
            elif (child.dep_ == "acl" and child.lemma_.lower() in AUTHORING_VERBS and nominal_role != "owner"
                  and head.lemma_.lower() in LEGISLATIVE_NOUNS):
                # "vetoed the bill passed by Congress": the text stands for those who passed it
                recipients.extend(m for a in child.children if a.dep_ == "agent" for o in a.children
                                  if o.dep_ == "pobj" for m in with_role(self.mentions_at(o), "recipient"))
            elif child.dep_ == "acl" and child.lemma_.lower() in ORIGIN_VERBS and restricted_goods(head):
                # "duties on brandy imported from the European Union": where the goods come from is hit
                for _, origin in _prep_objects(child, frozenset({"from", "in"})):
                    recipients.extend(with_role(self.mentions_at(origin), "recipient"))
            elif child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < head.i:
                if child.pos_ in {"PROPN", "NOUN", "ADJ", "PRON"} and child.lemma_.lower() not in LIKENESS_NOUNS:
                    # not "the Russian-style law": a law like Russia's, not Russia's
                    # also the states coordinated with it: "burned US and Belgian flags" (decision 0059)
                    owners.extend(self._in_place(m, head, c) if nominal_role != "owner" else m
                                  for c in [child, *(j for j in child.conjuncts if j.i < head.i)]
                                  for m in with_role(self._mentions_one(c, "owner"), "owner")
                                  if m.actor.country or c.dep_ == "poss")
        if nominal_role == "owner":
            return owners
        recipients = recipients or reasons
        if head.lemma_.lower() in OCCASION_NOUNS:
            return recipients  # "met for an AU summit": the AU is where they meet, not whom
        return recipients or owners

    def _object_mentions(self, preposition: Token) -> list[ActorMention]:
        """The actors the object of `preposition` names, as recipients."""
        return [m for pobj in preposition.children if pobj.dep_ == "pobj"
                for m in with_role(self.mentions_at(pobj), "recipient")]

    def _grievance_parties(self, act: Token) -> list[ActorMention]:
        """Whom an act done "for" a harm acts on when nothing else is named: the harm's author ("vowed to retaliate
        for the Israeli strike on its consulate": Israel), else its victim ("accepted responsibility for the murder
        of Khashoggi"); an author told before when the phrase names none ("vowed harsh revenge for the killing of
        Haniyeh" after "Israel killed Haniyeh")."""
        owners = self.mentions_at(act, "owner")
        if owners:
            return owners
        responsibility = act.head.dep_ == "prep" and act.head.head.lemma_.lower() == "responsibility"
        if not responsibility and act.lemma_.lower() in word_list("attack_nouns") | word_list("harm_nouns") and (
                author := self._judged_author(act)) is not None and author.actor.country:
            return [mention_of(phrase_tokens(act), author.actor, "coreference")]
        answered = act.head.head if act.head.dep_ == "prep" else act
        if answered.lemma_.lower() in REASON_NOUNS | VENGEFUL_VERBS or (
                answered.head.lemma_.lower() in VENGEFUL_VERBS and answered.dep_ in {"dobj", "xcomp"}):
            return []  # "Tehran vowed revenge for the killing of Haniyeh": the victim avenged is no one threatened
        return self.mentions_at(act)

    def _authors(self, head: Token) -> list[ActorMention]:
        """The authors an act or text noun names after "of", "by" or "between": "the decision of the Turkish
        government", "the memoranda of understanding between Turkey and Libya" (both parties), or as the agent
        of a participle ("an offer made by Poland", "proposals laid out by the National Assembly")."""
        if head.lemma_.lower() in COUP_NOUNS:
            return self._coup_makers(head)
        if head.lemma_.lower() not in AUTHORED_NOUNS and head.lower_ not in AUTHORED_NOUNS:
            return []
        found: list[ActorMention] = []
        nouns = [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN")]
        for noun in nouns:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by", "between"}):
                if prep.lower_ == "of" and noun.i != head.i:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found.extend(with_role(self.mentions_at(pobj, "owner"), "owner"))
        for participle in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for pobj in (p for a in participle.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
                found.extend(with_role(self.mentions_at(pobj, "owner"), "owner"))
        return found

    def _coup_makers(self, head: Token) -> list[ActorMention]:
        """"condemned the coup in Niger": a coup's authors are the military of the state it took place in."""
        found: list[ActorMention] = []
        for pobj in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj"):
            for mention in self.mentions_at(pobj):
                if mention.actor.kind in {"state", "capital", "seat"} and mention.actor.country:
                    actor = Actor(phrase_text(phrase_tokens(head)), mention.actor.country, "MIL", "MIL", None,
                                  "coup+state", kind="agent")
                    found.append(mention_of(phrase_tokens(head), actor, "owner"))
        return found

    # -- verbs ------------------------------------------------------------------------------------------
    def subjects_of(self, verb: Token) -> tuple[list[ActorMention], bool]:
        """Source mentions of `verb` and whether the verb is passive (its subject is the target)."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        speaker = inverted_speaker(verb)
        if speaker is not None:
            return self.mentions_at(speaker, "owner"), False
        channel = verb.head.head
        if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and channel.lower_ == "through" and channel.head.i != verb.i:
            # "UN Secretary-General Antonio Guterres, through his spokesman, called on Bishkek": the parser hung the
            # verb on the spokesman the speaker acts through; the speaker is the source (decision 0060)
            return self.mentions_at(channel.head, "owner"), False
        if verb.dep_ == "conj" and non_grata(verb.head):
            # "declared Guterres persona non grata and barred him from entering": the declarer bars him, whatever
            # the parser made of the Latin (decision 0062)
            return self.subjects_of(verb.head.head)[0], passive
        accused = _accused_of_the_act(verb)
        if accused is not None:
            # "accused the RSF of shelling civilian areas in Omdurman, killing at least 15 people": the accused's
            # killing, told as part of the charge (decision 0062)
            return self.mentions_at(accused, "owner"), passive
        among = verb.head.head
        if (verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and among.lower_ == "among"
                and among.head.lemma_.lower() in {"be", "remain"}):
            # "Germany, France and Britain were among the countries that condemned the test": the subject of "were"
            return self.subjects_of(among.head)[0], passive
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ in {"each", "both"} and verb.dep_ in {"advcl", "conj"}:
                # "Azerbaijan and Armenia exchanged fire, each accusing the other": the clause's coordinated actors
                return self.subjects_of(verb.head)[0], False
            if child.dep_ in SUBJECT_DEPS and child.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN"
                                                                           and c.left_edge.i == child.i + 1
                                                                           for c in verb.children):
                continue  # "Presidents Xi Jinping and Vladimir Putin signed": a title the parser made a subject
            if child.dep_ in SUBJECT_DEPS and _members_follow(verb, child):
                continue  # "more than 20 countries, among them the United States and Canada, expelled": the members
            if child.dep_ in SUBJECT_DEPS:
                mentions = self.mentions_at(child, "owner")
                if not mentions and child.lower_ in {"it", "they"} and _object_gap(verb):
                    # "The U.S. imposed sanctions on three companies it accused of ...": the subject of the verb
                    # the described noun hangs on
                    governor = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), None)
                    ruling, ruled = self.subjects_of(governor) if governor is not None else ([], True)
                    return ([] if ruled else ruling), False
                for other in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > child.i
                              and verb.doc[c.left_edge.i - 1].lower_ == "and"
                              and c.left_edge.i - 1 <= child.right_edge.i + 1):
                    # "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed": the parser
                    # made both subjects of the verb rather than conjuncts
                    mentions = mentions + self.mentions_at(other, "owner")
                return mentions, False
            if child.dep_ == "nsubjpass":
                return self.mentions_at(child), True
        if verb.dep_ == "conj" and (stolen := next((n for n in verb.doc[verb.head.i + 1:verb.i]
                                                    if subject_of_a_later_verb(n)), None)) is not None:
            # "Police fired tear gas to disperse the protesters, and Jean-Noel Barrot, France's foreign minister,
            # condemned the attacks": the name the parser hung on the object is this verb's subject (decision 0063)
            return self._mentions_one(stolen, "owner"), passive
        misread = _misread_subject(verb)
        if misread is not None:
            # "The AU suspended Gabon's membership and France, the former colonial power, condemned the coup"
            return self._mentions_one(misread, "owner"), passive  # itself, not the object it was hung on
        clause_subject = _subject_read_as_object(verb)
        if clause_subject is not None:
            # "resigned after the head of the armed forces asked him to step down" (decision 0058)
            return self.mentions_at(clause_subject, "owner"), passive
        controller = object_controller(verb)
        if controller is not None:
            # "forced the government to resign", "helped the Kurds to defeat ISIS": the object does it
            return self.mentions_at(controller, "owner"), passive
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and verb.head.i != verb.i and verb.head.pos_ in {
                "VERB", "AUX"} and (not consequence(verb) or _draws_a_received_act(verb)):
            inherited, head_passive = self.subjects_of(verb.head)
            clause = verb.head
            # "said the hostages appeared emaciated and accused Hamas of ...": an ask or an accusation after a clause
            # of being or seeming is the speaker's (decision 0057)
            asks = verb.lemma_.lower() in ASKING_VERBS | ACCUSING_VERBS and clause.lemma_.lower() in COPULAR_VERBS
            # "said the accusations were baseless and summoned Burkina Faso's ambassador": an act does not summon
            judged = clause.lemma_.lower() == "be" and any(
                c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in event_nouns() | ACCUSATION_NOUNS
                for c in clause.children)
            # "said security forces had killed 1,400 people, and urged the interim authorities to ...", "said Turkey
            # would not allow ... and warned Kurdish fighters to withdraw": an ask or accusation in the speaker's past
            # after a clause in the past perfect or with a modal is the speaker's
            asks = asks or (verb.lemma_.lower() in ASKING_VERBS | ACCUSING_VERBS
                            and not any(c.dep_ == "aux" for c in verb.children)
                            and any(c.dep_ == "aux" and c.lower_ in SAID_CLAUSE_AUXILIARIES for c in clause.children))
            # "said the missiles flew 600 kilometres ... and urged the North to stop": things ask no one (decision 0058)
            asks = asks or (not inherited and verb.lemma_.lower() in ASKING_VERBS | ACCUSING_VERBS)
            if ((not inherited or asks or judged) and verb.dep_ == "conj" and clause.dep_ == "ccomp"
                    and verb.tag_ in {"VBD", "VBZ", *({"VBN"} if judged else ())}
                    and (clause.tag_ != verb.tag_ or asks or judged) and clause.head.pos_ == "VERB"):
                # "The U.N. mission said the law would restrict women's rights and urged the Taliban to ...": a verb
                # in the speaker's tense the parser hung on the clause said is the speaker's, and so is an ask after a
                # clause of being ("said China was not an impartial mediator and called on Beijing to ...")
                return self.subjects_of(clause.head)[0], passive
            if not head_passive:
                return inherited, passive
            if verb.dep_ == "conj" and not passive and verb.tag_ in {"VBD", "VBZ", "VBP"}:
                # "it was alarmed by the reports and called on both parties": the passive's subject acts in the
                # active conjunct
                return inherited, passive
        preposition = verb.head
        if (verb.dep_ == "pcomp" and preposition.lower_ in SUBJECT_SHARING_PREPOSITIONS
                and preposition.head.pos_ in {"VERB", "AUX"}):
            # "expelled a Russian diplomat after accusing Moscow of ...": the subject of the verb the clause hangs on
            inherited, head_passive = self.subjects_of(preposition.head)
            if not head_passive:
                return inherited, passive
        if (verb.dep_ == "pcomp" and preposition.lower_ in SUBJECT_SHARING_PREPOSITIONS
                and preposition.head.lemma_.lower() in SPAN_NOUNS):
            # "said she regretted Tokyo's decision, a day after meeting Taro Kono": the parser hung the span of time
            # on a noun; the clause's subject is of the verb that noun belongs to
            governor = next((a for a in preposition.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            inherited, head_passive = self.subjects_of(governor) if governor is not None else ([], True)
            if not head_passive:
                return inherited, passive
        adjective = verb.head
        if (verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp"
                and adjective.head.pos_ in {"VERB", "AUX"}):
            # "Lai is due to visit the Marshall Islands", "Iran is ready to talk": the subject of "is"
            inherited, head_passive = self.subjects_of(adjective.head)
            if not head_passive:
                return inherited, passive
        root = verb.sent.root
        if (verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and root.pos_ in {"NOUN", "PROPN"}
                and verb.head.i != root.i and verb.doc[verb.i - 1].lower_ == ","
                and not any(c.dep_ == "agent" for c in verb.children)
                and any(c.dep_ in {"appos", "relcl"} for c in root.children)):
            # "The opposition leader, Juan Guaidó, who has been recognised as interim president by more than 50
            # countries, called on the military to ...": the parser, finding no verb for the sentence, hung it on the
            # last noun; the sentence's head noun is its subject (decision 0058)
            return self.mentions_at(root, "owner"), passive
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "appos":
            # "China, North Korea's main ally, called on all sides ...": a past tense read as a clause of the
            # apposition is the sentence's verb, and what the apposition describes is its subject
            return self.mentions_at(verb.head.head, "owner"), passive
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            # "200 Palestinian prisoners freed by Israel", "civilians killed by Russian forces": a participle's noun,
            # an actor itself, is what its agent did it to
            done_to = [m for m in self.mentions_at(verb.head) if m.start <= verb.head.i < m.end]
            if done_to or verb.head.lemma_.lower() in word_list("weapon_nouns"):
                # "a ballistic missile fired by the Houthis towards the city of Jazan": the agent's act, on whom the
                # participle's own phrases name (decision 0058)
                return done_to, True
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            owners = self.mentions_at(verb.head, "owner")
            holder = None if owners else (plan_holder(verb) or _text_adopter(verb))
            if holder is None:
                return owners, passive
            # "announced plans to pull out of Iran", "took the decision to expel the envoy": whoever has the
            # plan does the act; "passed a bill to impose sanctions": whoever adopts the text
            inherited, head_passive = self.subjects_of(holder)
            return ([] if head_passive else inherited), passive
        return [], passive

    def objects_of(self, verb: Token) -> list[tuple[ActorMention, str]]:
        found: list[tuple[ActorMention, str]] = []
        reasons: list[tuple[ActorMention, str]] = []
        nominal_role = "owner" if verb.lemma_.lower() in EVALUATIVE_VERBS else "recipient"
        scenes: list[Token] = []
        told_acts: list[ActorMention] = []
        speaker = inverted_speaker(verb)
        for child in verb.children:
            if child.dep_ == "oprd" and verb.lemma_.lower() in NAMING_VERBS and (
                    called_act(verb, child) is None or any(c.dep_ == "dobj" for c in verb.children)):
                # "called the move a smash and grab": what the object is called is no target; "called the operation
                # unacceptable", the parser making the act part of the bad name, judges the act (decision 0063)
                continue
            if child.dep_ == "dative" and child.pos_ == "ADP":
                # "sent military equipment to Mogadishu": a dative "to" names its object
                found.extend((m, f"prep:{child.lower_}") for o in child.children if o.dep_ == "pobj"
                             for m in self.mentions_at(o))
            elif child.dep_ in OBJECT_DEPS and child is not speaker and not _said_of_oneself(child):
                relation = child.dep_
                named_what = _named_what(child)
                called = None if named_what is not None else called_act(verb, child)
                child = named_what or called or child
                mentions = self.mentions_at(child, nominal_role)
                if (hostile := _named_hostile(verb, child)) is not None and (
                        author := self._judged_author(hostile)) is not None:
                    # "called it "a reckless and unprovoked attack"": the attack told before, whatever else "it" could
                    # be (decision 0063)
                    mentions = [mention_of(phrase_tokens(child), author.actor, "coreference")]
                if named_what is not None:
                    # "condemned what it called "orchestrated violent attacks" on Kosovo police": the victims of what
                    # is named are not whom the naming judges (decision 0063)
                    mentions = self._not_the_victims(child, mentions)
                if not mentions and child.lemma_.lower() in RESULT_NOUNS:
                    # "rejected the results of the Venezuelan election", "the election results in Belarus": the
                    # state whose election it was (decision 0062)
                    mentions = self._election_state(child)
                if stolen := [n for n in child.conjuncts if subject_of_a_later_verb(n)]:
                    mentions = [m for m in mentions if not any(m.start <= n.i < m.end for n in stolen)]
                if verb.lemma_.lower() in TALK_VERBS and child.pos_ == "NOUN":
                    # "discussed China's support for Russia": an act talked about is the topic, its parties no target
                    mentions = [m for m in mentions if m.start <= child.i < m.end]
                elif verb.lemma_.lower() in EVALUATIVE_VERBS | {"tolerate"}:
                    mentions = self._not_the_victims(child, mentions)
                # "called the move "blackmail"": the act stands where the parser put its name, as the object
                found.extend((m, relation if called is not None else child.dep_) for m in mentions)
                if child.dep_ == "dobj":
                    scenes.extend(_where_hit(verb, child))  # "struck nine sites in Pakistan"
                    if not mentions and verb.lemma_.lower() in word_list("attack_verbs"):
                        # "attacked an oil refinery in Russia's Ryazan region", the parser hanging "in" on the verb
                        scenes.extend(p for p in _places_in([verb]) if p.i > child.i)
                if child.dep_ == "dobj" and verb.lemma_.lower() in MEDIATING_VERBS:
                    # "Qatar and Egypt brokered a ceasefire between Israel and Hamas": the two sides, the parser
                    # hanging "between" on the accord (decision 0062)
                    found.extend((m, "prep:between") for _, o in _prep_objects(child, frozenset({"between"}))
                                 for m in self.mentions_at(o))
                if child.dep_ == "dobj" and verb.lemma_.lower() in CARGO_VERBS:
                    # "deployed election observers in Zimbabwe": where the cargo goes is the target
                    found.extend((m, f"prep:{p.lower_}") for p, o in _prep_objects(child, CARGO_DESTINATIONS)
                                 for m in self.mentions_at(o))
            elif _misread_modifier(child):
                # "accused neighbouring Eritrea of ...": the parser's verb is a modifier of the verb's object
                found.extend((m, "dobj") for o in child.children if o.dep_ == "dobj"
                             for m in self.mentions_at(o, nominal_role))
            elif child.dep_ == "ccomp" and (named := _free_relative_object(child)) is not None:
                # "Israel struck what it called Hezbollah targets in Lebanon", "struck what it said were militant
                # bases in Pakistan": the parser made the free relative a clause; what it names is the object
                named_mentions = self.mentions_at(named, nominal_role)
                if verb.lemma_.lower() in EVALUATIVE_VERBS:
                    # "condemned what it called "orchestrated violent attacks" on Kosovo police" (decision 0063)
                    named_mentions = self._not_the_victims(named, named_mentions)
                found.extend((m, "dobj") for m in named_mentions)
                scenes.extend(_where_hit(verb, named))
            elif child.dep_ == "ccomp" and non_grata(child):
                # "declared UN Secretary-General Antonio Guterres persona non grata": the parser's subject of the
                # Latin is the one declared unwelcome
                found.extend((m, "dobj") for s in child.children if s.dep_ in SUBJECT_DEPS for m in self.mentions_at(s))
            elif child.dep_ == "ccomp" and (asked := asked_subject(child)) is not None:
                found.extend((m, "dobj") for m in self.mentions_at(asked))  # "expects Sweden to crack down"
            elif child.dep_ == "prep" and child.lower_ == "over" and _fires_weapons(verb):
                # "fired a ballistic missile over Japan": a show of force at the state flown over (decision 0063)
                found.extend((m, SHOW_OF_FORCE_RELATION) for o in child.children if o.dep_ == "pobj"
                             for m in self.mentions_at(o))
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPOSITIONS or (
                    child.lower_ == "by" and verb.lemma_.lower() in STANDING_VERBS)):
                if _names_its_object(verb, child):
                    continue  # "banning the U.N. agency for Palestinian refugees": the agency's name goes on
                if child.lower_ in {"on", "about"} and verb.lemma_.lower() in WRITING_VERBS:
                    continue  # "a journalist who reported on drug cartels": what the writing is about
                if child.lower_ == "with" and child.i > 0 and child.doc[child.i - 1].lemma_.lower() in ALLY_NOUNS:
                    continue  # "fired rockets at northern Israel in solidarity with Hamas": a side taken, no target
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if child.lower_ in {"at", "on"} and pobj.lemma_.lower() in REQUEST_NOUNS:
                        continue  # "at the request of the junta": the asker asks (nominal.request_pairs)
                    if a_reason(child, pobj):
                        reasons.extend((m, f"prep:{child.lower_}") for m in self._grievance_parties(pobj))
                        continue  # "vowed revenge against Israel for the killing of Haniyeh": why, not on whom
                    if child.lower_ in {"at", "on"} and _fires_weapons(verb):
                        scenes.extend(_places_in([pobj]))  # "fired missiles at two bases in Iraq" (decision 0058)
                    if child.lower_ == "into" and pobj.lemma_.lower() in WATER_NOUNS and _fires_weapons(verb):
                        # "fired a barrage of ballistic missiles into waters around Taiwan": a show of force at the
                        # state the waters are around (MOBILIZE, decision 0059)
                        found.extend((m, SHOW_OF_FORCE_RELATION) for _, o in _prep_objects(pobj, AROUND)
                                     for m in self.mentions_at(o))
                        continue
                    # "to protest against the violation of Greek airspace by Turkish fighter jets": who did the act
                    # protested against, not whom it was done to (decision 0058)
                    doers = [m for _, o in _prep_objects(pobj, frozenset({"by"})) for m in self.mentions_at(o, "owner")
                             ] if child.lower_ == "against" and pobj.pos_ == "NOUN" else []
                    for mention in doers or self.mentions_at(pobj):
                        found.append((mention, f"prep:{child.lower_}"))
                        about = child.lower_ == "against" or (child.lower_ in {"for", "of"}
                                                              and verb.lemma_.lower() in ACCUSING_VERBS)
                        if about and not mention.start <= pobj.i < mention.end:
                            # "against any attack on Lebanon", "blamed hackers for the theft from Axie Infinity"
                            told_acts.append(mention)
            elif child.dep_ == "prep" and child.lower_ == "between" and verb.lemma_.lower() in MEDIATING_VERBS:
                # "Egypt mediated between Israel and Hamas": the two sides (decision 0057)
                found.extend((m, "prep:between") for o in child.children if o.dep_ == "pobj"
                             for m in self.mentions_at(o))
            elif child.dep_ == "prep" and child.lower_ in {"out", "away"}:
                # "pull out of Iran", "move away from Russia"
                found.extend((m, f"prep:{p.lower_}") for p, o in _prep_objects(child, OUT_OF)
                             for m in self.mentions_at(o))
            elif child.dep_ == "prep" and child.lower_ in {"in", "inside"}:
                scenes.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"})
            elif child.dep_ == "prt":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        found.extend((m, f"prep:{child.lower_}") for m in self.mentions_at(grandchild))
        if verb.lemma_.lower() in RECALL_VERBS:
            # "withdraw its ambassador from Paris", "recalled its envoy from Tehran": whom it is withdrawn from;
            # "recalled its ambassador to Addis Ababa": where the envoy was posted
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            found.extend((m, "prep:from") for holder in holders for _, o in _prep_objects(holder, frozenset({"from"}))
                         for m in self.mentions_at(o))
            found.extend((m, "prep:from") for envoy in holders[1:] if envoy.lemma_.lower() in RECALLED_ENVOYS
                         for _, o in _prep_objects(envoy, frozenset({"to", "in"})) for m in self.mentions_at(o)
                         if m.actor.country and not any(m.start == f.start for f, _ in found))
        if told_acts and verb.lemma_.lower() not in CARGO_VERBS and any(
                r == "dobj" and m.actor.country and m.actor.sector != "MIL" for m, r in found):
            # "warned Israel against any attack on Lebanon", "blamed North Korean hackers for the theft from Axie
            # Infinity": with an actor as object, the one an act told after "against" (or after "for" or "of" of an
            # accusing verb) is done to is what the verb is about, not whom it is done to
            found = [(m, r) for m, r in found if not any(m is t for t in told_acts)]
        if verb.lemma_.lower() in CAPTURE_VERBS and any(r == "prep:from" for _, r in found):
            # "recaptured the presidential palace from the RSF": what is taken is no party; whom it is taken from is
            found = [(m, r) for m, r in found if r != "dobj"]
        if not found and verb.dep_ == "relcl" and verb.lemma_.lower() in DENYING_VERBS and (
                verb.head.lemma_.lower() in ACCUSATION_NOUNS):
            # "Darmanin said Azerbaijan had made a deal with separatists, a charge Baku denied": the charge's speaker
            author = self._claimant_before(verb.head) or self.memory.last_accuser
            if author is not None:
                found = [(mention_of(phrase_tokens(verb.head), author.actor, "coreference"), "dobj")]
        if not found and verb.lemma_.lower() in DENYING_VERBS and (denied := next(
                (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)) is not None:
            accuser = self.memory.last_accuser
            subjects = self.subjects_of(verb)[0]
            if accuser is not None and accuser.actor.country and subjects and all(
                    m.actor.country and m.actor.country != accuser.actor.country for m in subjects
            ) and not self._accused_another(subjects):
                # "Tusk accused Minsk of pushing migrants ... Lukashenko denied that his government was organising
                # the flow": the denial rejects who accused
                found = [(mention_of([denied], accuser.actor, "coreference"), DENIAL_RELATION)]
        if (not found and verb.dep_ == "relcl" and verb.lemma_.lower() in EVALUATIVE_VERBS | NAMING_VERBS
                and verb.head.lemma_.lower() in word_list("act_nouns") and verb.head.dep_ in {"appos", "npadvmod"}):
            # "signed a defence pact ..., a move China criticised as threatening regional peace": the act of the
            # clause the noun stands beside; "would help Ukraine produce long-range missiles, a move the Kremlin
            # called dangerous": of the verb with a subject of its own (decision 0057)
            told = verb.head.head
            while (told.pos_ not in {"VERB", "AUX"} or (
                    told.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in told.children))
                   or (told.dep_ in {"xcomp", "ccomp"} and told.head.lemma_.lower() in OBJECT_CONTROL_VERBS)) and (
                    told.head.i != told.i):
                told = told.head  # "help Ukraine produce missiles, a move ...": the helping
            found = [(mention_of(phrase_tokens(verb.head), m.actor, "coreference"), "dobj")
                     for m in self.subjects_of(told)[0] if m.actor.country]
        if not found and _object_gap(verb):
            # "three Chinese companies it accused of supplying drone components": the noun the clause describes
            found = [(m, "dobj") for m in self.mentions_at(verb.head, nominal_role)]
        if not found:
            found = reasons  # "accepted responsibility for the murder of Khashoggi": the act's victim, with no other
        elif any(r != "prep:at" for _, r in found):
            # "filed a genocide case against Israel at the International Court of Justice": the court or body an act
            # is brought before is where it is done, when the act names whom it is done to
            found = [(m, r) for m, r in found if not (r == "prep:at" and m.actor.sector in VENUE_SECTORS)]
        # "filed a complaint with the World Trade Organization against Poland": the body it is filed with is where it
        # is brought, not whom it accuses
        found = [(m, r) for m, r in found if not brought_before(verb, m)]
        if found and scenes:
            # "the Kremlin left their ally in Armenia out to dry": the subject's own possessive is no target, and
            # the place is
            subjects = self.subjects_of(verb)[0]
            found = [(m, r) for m, r in found if not any(_same_actor(m, s) for s in subjects)]
        if (prompter := _prompting_clause(verb)) is not None and not self._aimed_at_another(verb, found):
            # "Milei called Spain's prime minister corrupt, prompting Madrid to withdraw its ambassador": Madrid's move
            # answers whoever did what prompted it (decision 0062)
            found = [(m, PROMPTED_RELATION) for m in self.subjects_of(prompter)[0] if m.actor.country]
        if not any(m.actor.country for m, _ in found) and (answered := _complaint_after(verb)) is not None:
            # "Japan protested after a Chinese military aircraft violated its airspace", "Russia reacted angrily after
            # Finland joined NATO": a complaint that names no one is aimed at whoever did what it answers (decision
            # 0063)
            own = {m.actor.country for m in self.subjects_of(verb)[0]}
            found = [(m, COMPLAINT_RELATION) for m in self.subjects_of(answered)[0]
                     if m.actor.country and m.actor.country not in own]
        if not any(m.actor.country for m, _ in found) and _ask_after_talks(verb):
            # "spoke by phone with Rwandan President Paul Kagame and urged an immediate ceasefire": asked of whom they
            # spoke with (decision 0063)
            found = [(m, ASKED_AFTER_TALKS_RELATION) for m, r in self.objects_of(verb.head)
                     if m.actor.country and r in {"prep:with", "dobj"}]
        if not any(m.actor.country for m, _ in found) and _threat_of_the_act_before(verb):
            # "accused Greece of militarising the islands and threatened to take unspecified measures", "imposed
            # sanctions on three Iranian firms and warned of further measures": the threat is aimed where the act
            # before it was (decision 0062)
            # not a state's own ground shut ("The junta closed Niger's airspace and warned against any intervention")
            own = {m.actor.country for v in (verb, verb.head) for m in self.subjects_of(v)[0]}
            grounds = {c.i for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() in GROUND_NOUNS}
            found = [(m, SHARED_THREAT_RELATION) for m, r in self.objects_of(verb.head)
                     if m.actor.country and m.actor.country not in own and r != "reciprocal"
                     and verb.doc[m.end - 1].head.i not in grounds]
        if not found and verb.lemma_.lower() not in RECIPROCAL_VERBS | DWELLING_VERBS and not any(
                c.dep_ == "nsubjpass" for c in verb.children):
            # "declared a state of emergency in Colombia": with no other target, the place is the target;
            # not where actors meet or talk ("met in Minsk"), nor where a passive's subject was acted on
            # ("protesters were dispersed by police in Tbilisi")
            for pobj in scenes:
                found.extend((m, "prep:in") for m in self.mentions_at(pobj))
        return found

    @staticmethod
    def _in_place(mention: ActorMention, head: Token, owner: Token) -> ActorMention:
        """An owner named by a possessive pronoun, told where the owned thing is ("opened fire on its positions":
        Baku's positions, at "its positions", so that the phrase the thing hangs on holds it; decision 0062)."""
        if owner.lower_ not in POSSESSIVE_PRONOUNS or mention.start <= head.i < mention.end:
            return mention
        return mention_of(phrase_tokens(head), mention.actor, "coreference")

    def _election_state(self, result: Token) -> list[ActorMention]:
        """The state an election's results belong to: a state word on the election or the results, or the place "in"
        which it was held, as a mention of the state (not of its word)."""
        elections = [result, *(o for _, o in _prep_objects(result, frozenset({"of"}))
                               if o.lemma_.lower() in VOTE_NOUNS)]
        if not any(t.lemma_.lower() in VOTE_NOUNS for t in elections) and not any(
                c.lemma_.lower() in VOTE_NOUNS for c in result.children if c.dep_ == "compound"):
            return []
        words = [c for e in elections for c in e.children if c.dep_ in {"amod", "poss", "compound"}]
        words += [o for e in elections for _, o in _prep_objects(e, frozenset({"in"}))]
        for word in words:
            states = [m for m in self.mentions_at(word, "owner") if m.actor.country and m.actor.kind in STATE_WORDS]
            if states:
                return [mention_of(phrase_tokens(result), states[0].actor, "coreference")]
        return []

    def _not_the_victims(self, act: Token, mentions: list[ActorMention]) -> list[ActorMention]:
        """The mentions of a judged act that are not its victims: "condemned attacks on civilians in Gaza" judges
        whoever attacked them; "the killing of protesters by security forces" is the forces' (decision 0058); "the
        hideous attack by an armed gang against Kosovo police officers" is the gang's, however the parser hung
        "against" (decision 0063)."""
        if unowned_attack(act) or unowned_attack(act, DETENTION_NOUNS):
            return [m for m in mentions if m.start <= act.i < m.end] + [
                m for _, o in _prep_objects(act, frozenset({"by"})) for m in self.mentions_at(o, "owner")]
        if act.lemma_.lower() not in word_list("attack_nouns"):
            return mentions
        authors = {act.i, *(o.i for _, o in _prep_objects(act, frozenset({"by"})))}
        victims = [t.i for t in act.subtree if t.dep_ == "pobj" and t.head.lower_ in {"on", "against"}
                   and t.head.head.i in authors]
        return [m for m in mentions if not any(m.start <= v < m.end for v in victims)]

    def _aimed_at_another(self, verb: Token, found: list[tuple[ActorMention, str]]) -> bool:
        """Whether some of `found` is of another state than `verb`'s subjects (not "its ambassador")."""
        own = {m.actor.country for m in self.subjects_of(verb)[0]}
        return any(m.actor.country and m.actor.country not in own for m, _ in found)

    def agents_of(self, verb: Token) -> list[ActorMention]:
        found: list[ActorMention] = []
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    fired = [c for c in pobj.children if c.dep_ == "acl"
                             and pobj.lemma_.lower() in word_list("weapon_nouns") | FIRED_NOUNS]
                    # "injured by rubber bullets fired by riot police": who fired them (decision 0058)
                    found.extend(self.agents_of(fired[0]) if fired else self.mentions_at(pobj, "owner"))
        return found

    def _placed_crowd(self, verb: Token, source: ActorMention, target: ActorMention) -> ActorMention:
        """Civilians, farmers, workers or students of no state who act "in" a place are of the place's state
        ("protesters stormed its embassy in Tehran": Iranians, not the story's Saudis; decision 0059), also when the
        place is told by the act a protest is the purpose of ("Farmers blocked roads in Warsaw to protest against
        imports of Ukrainian grain": Poles)."""
        if source.actor.country is not None or source.actor.sector not in CROWD_SECTORS:
            return source
        placed = self._placed_by_scene(source, verb, target)
        if placed is source and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ == "VERB":
            # "Thousands of people marched through Tbilisi to protest against the foreign agents law": Georgians
            state = self.state_done_in([verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")],
                                       CROWD_PLACES)
            return source if state is None else _with_country(source, state, "scene")
        return placed

    def _placed_victims(self, verb: Token, target: ActorMention) -> ActorMention:
        """Civilians of no state harmed "in" a place are of the place's state ("Turkish shelling had killed at least
        10 civilians in Qamishli": Syrians, not the story's Turks; decision 0058)."""
        if target.actor.country is not None or target.actor.sector != "CVL" or verb.lemma_.lower() not in (
                word_list("harm_verbs") | word_list("attack_verbs") | word_list("death_verbs")):
            return target
        placed = self._placed_by_scene(target, verb, target)
        attacked = self.memory.last_attacked
        if placed.actor.country is None and attacked is not None and attacked.actor.country and any(
                c.dep_ == "nsubj" and judges_an_act(c) for c in verb.children):
            # "Israel launched air strikes on Gaza. The strikes killed at least 12 people": people where the strikes
            # told before hit (decision 0062)
            return _with_country(target, attacked.actor.country, "attacked")
        return placed

    def _placed_by_scene(self, mention: ActorMention, verb: Token, target: ActorMention) -> ActorMention:
        """`mention` with the state of the place the verb or its target is "in", when one is named."""
        state = self.state_done_in([verb, verb.doc[target.start:target.end].root])
        return mention if state is None else _with_country(mention, state, "scene")

    def state_done_in(self, heads: list[Token], prepositions: frozenset[str] = frozenset({"in"})) -> str | None:
        """The state of the first place named "in" (or after another of `prepositions`) after one of `heads` ("killed
        12 civilians in Kharkiv", "was sentenced to three years in prison in Baku"), or None."""
        for _, place in (pair for head in heads for pair in _prep_objects(head, prepositions)):
            actor = self.resolve(phrase_text(phrase_tokens(place))) if place.ent_type_ in {"GPE", "LOC"} else None
            if actor is not None and actor.country and actor.kind in SCENE_PLACE_KINDS:
                return actor.country
        return None

    def _taken_by(self, verb: Token) -> list[ActorMention]:
        """Who a place "fell to" or "fell under the control of" ("Sanaa fell under Houthi control"; decision 0058)."""
        if verb.lemma_.lower() != "fall":
            return []
        found: list[ActorMention] = []
        for preposition, noun in _prep_objects(verb, frozenset({"to", "under", "into"})):
            if preposition.lower_ == "to":
                found.extend(self.mentions_at(noun))
            elif noun.lemma_.lower() in {"control", "hand"}:  # "under Houthi control", "into the hands of"
                found.extend(m for c in noun.children if c.dep_ in {"amod", "compound", "nmod", "poss"}
                             for m in self.mentions_at(c, "owner"))
                found.extend(m for _, o in _prep_objects(noun, frozenset({"of"})) for m in self.mentions_at(o))
        return [m for m in found if m.actor.country or m.actor.sector]

    def _expelled_from(self, verb: Token) -> list[ActorMention]:
        """"Three Russian diplomats were expelled from Poland": with no agent, the state or body one is expelled or
        deported from did it (``expulsion_verbs.txt``)."""
        if verb.lemma_.lower() not in EXPULSION_VERBS:
            return []
        return [m for _, o in _prep_objects(verb, frozenset({"from"})) for m in self.mentions_at(o, "owner")
                if m.actor.country]

    def _summoned_to(self, verb: Token) -> list[ActorMention]:
        """"The Russian envoy was summoned to the Foreign Office": with no agent, the ministry one is summoned to
        summoned them; "to the foreign ministry in Canberra" is Australia's."""
        if verb.lemma_.lower() != "summon":
            return []
        found = []
        for _, office in _prep_objects(verb, frozenset({"to"})):
            for mention in self.mentions_at(office, "owner"):
                if mention.actor.country is None and (state := self.state_done_in([office])) is not None:
                    mention = _with_country(mention, state, "scene")
                if mention.actor.country:
                    found.append(mention)
        return found

    def pairs(self, sentence: Span) -> list[Candidate]:
        """Candidate pairs of one sentence, in order of their trigger."""
        self._cache = {}
        result: list[Candidate] = []
        seen: set[tuple[int, int, int, str | None, str | None]] = set()  # one noun may stand for two states
        for verb in sentence:
            if (verb.pos_ not in {"VERB", "AUX"} or (verb.pos_ == "AUX" and verb.dep_ != "ROOT")) and not _verb_by_role(
                    verb):
                continue
            if (names_no_event(verb) and not _names_a_move(verb)) or asked_for(verb) or _misread_modifier(verb) or (
                    non_grata(verb)) or threat_condition(verb):
                continue
            subjects, passive = self.subjects_of(verb)
            if passive and verb.lemma_.lower() in LEADING_VERBS:
                continue  # "the Viv Ansanm coalition, led by Jimmy Cherizier": who leads it, no act
            if tells_a_link(verb):
                continue  # "a hacking group linked to the Chinese government": what the group is
            if won_at_the_polls(verb):
                continue  # "Chakwera defeated Mutharika in the rerun": an election won, no act of force
            if names_itself(verb):
                continue  # "a group calling itself the Cyber Army": its name, no act (decision 0058)
            if any(m.start <= verb.i < m.end for m in subjects):
                continue  # "the Committee to Protect Journalists": a word of its subject's name
            objects = self.objects_of(verb)
            topical = verb.lemma_.lower() in TALK_VERBS | EXCHANGE_VERBS or _makes_accord(verb) or _their_ties(verb)
            if not passive and (topical or not objects) and _distinct_actors(subjects) >= 2 and _reciprocal(verb):
                # "France and Azerbaijan are waging a shadow conflict", "Sudan's army and the Rapid Support Forces
                # agreed to a ceasefire": a reciprocal act between the conjuncts; "Putin and Trump discussed Ukraine",
                # "reached a deal on the Irish border": what they talk or agree about is no party to it
                objects = [(m, "reciprocal") for m in subjects] + objects
            takers = self._taken_by(verb)
            if takers:
                # "Kabul fell to the Taliban", "Sanaa fell under Houthi control": the taker took the subject
                passive, objects = True, []
            if passive:
                sources = [(m, "passive") for m in takers or self.agents_of(verb) or self._expelled_from(verb)
                           or self._summoned_to(verb)]
                targets = [(m, "passive") for m in subjects] + objects
            else:
                sources = [(m, "active") for m in subjects]
                targets = objects
            for source, _ in sources:
                for target, relation in targets:
                    if _same_actor(source, target) or _pair_key(source, target, verb) in seen:
                        continue
                    if (relation != "reciprocal" and target.role != "head" and not passive
                            and any(target.start == s.start and target.end == s.end for s in subjects)):
                        continue  # "Lithuania and Latvia declared states of emergency at their borders": their own
                    if ((_own_possession(source, target, sentence) and verb.lemma_.lower() not in SACKING_VERBS)
                            or _state_itself(source, target)):
                        continue  # not "Scholz fired his finance minister": a sacking is of one's own
                    if _own_forces_moved(verb, target, sentence):
                        continue  # "Israel has kept troops at five positions inside Lebanon": its own troops
                    seen.add(_pair_key(source, target, verb))
                    target = self._placed_victims(verb, target)
                    result.append(Candidate(sentence, verb, self._placed_crowd(verb, source, target),
                                            _of_the_declarer(source, target, sentence), relation))
        self._remember(sentence, result)
        return result

    def _remember_unaimed_authors(self, sentence: Span, paired: set[int]) -> None:
        """Authors of acts that act on no one: "Yoon declared martial law" makes "the declaration" judged later his,
        "The U.N. Security Council adopted a resolution demanding a ceasefire" makes "the resolution" the Council's;
        a verb that only judges ("condemned the shelling") makes its subject no author."""
        makes = word_list("adopting_verbs") | word_list("act_making_verbs") | word_list("attack_making_verbs")
        for verb in (t for t in sentence if t.pos_ == "VERB" and t.i not in paired and not planned_act(t)):
            lemma = verb.lemma_.lower()
            texts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in word_list("act_nouns")
                     ] if lemma in makes else []
            if lemma not in NOMINALIZING_VERBS and not texts:
                continue
            doers, undergone = self.subjects_of(verb)
            if undergone:
                continue
            if lemma in NOMINALIZING_VERBS and doers and doers[0].actor.country:
                self.memory.authors_by_verb[lemma] = doers[0]
            makers = [m for m in doers if m.actor.country]
            for noun in texts if makers else []:
                self.memory.authors_by_noun[noun.lemma_.lower()] = makers[0]

    def remember_tagged(self, pairs: list[Candidate]) -> None:
        """Authors of the hostile acts that only the tagger found ("Myanmar's military seized power on Monday and
        detained State Counsellor Aung San Suu Kyi", parsed as no clause): "the detentions" judged later are theirs."""
        for pair in pairs:
            lemma = pair.trigger.lemma_.lower()
            if lemma in NOMINALIZING_VERBS and pair.source.actor.country:
                self.memory.authors_by_verb[lemma] = pair.source

    def remember_sides(self, pairs: list[Candidate]) -> None:
        """The parties of a relation a noun tells between two sides ("Heavy fighting erupted between Sudan's army and
        the RSF"): "each side" or "the two sides" told next are they (decision 0059)."""
        sides = [m for p in pairs if p.relation == "reciprocal" for m in (p.source, p.target)
                 if m.role != "coreference" and (m.actor.country or m.actor.sector in SIDE_SECTORS)]
        known = {(m.start, m.end) for m in self.memory.parties}
        for mention in sorted(sides, key=lambda m: m.start):
            if (mention.start, mention.end) not in known:
                known.add((mention.start, mention.end))
                self.memory.parties.append(mention)
        fights = [p for p in pairs if p.relation == "reciprocal" and p.trigger.lemma_.lower() in FIGHTING_NOUNS
                  and _civil_war(p)]
        if fights and self.memory.conflict_sides is None:
            # "Heavy fighting erupted between Sudan's army and the RSF": the sides of a civil war "both sides" means
            # later, whoever else acted since (decision 0063)
            self.memory.conflict_sides = (fights[0].source, fights[0].target)

    def _remember(self, sentence: Span, pairs: list[Candidate]) -> None:
        named = [m for p in pairs for m in (p.source, p.target) if m.role != "coreference"]
        # a party with no state of its own yet ("The army", placed by the document later) is one of "both parties"
        self.memory.parties.extend(sorted((m for m in named if (m.actor.country or m.actor.sector in SIDE_SECTORS)
                                           and m.role != "side"), key=lambda m: m.start))
        for chunk in self._proper_chunks(sentence):
            if (actor := self.resolve(chunk.text)) is not None:
                named.append(ActorMention(actor, chunk.start, chunk.end, chunk.start_char, chunk.end_char, "head"))
        for mention in sorted(named, key=lambda m: m.start):
            if mention.actor.country and mention.actor.name and mention.actor.sector != "JRN":
                self.memory.states.append(mention)  # not the agency of a dateline: "(Reuters)" is no "the country"
        claimant, claimed = None, set()
        for verb in speaking_verbs(sentence):
            speakers = [m for c in verb.children if c.dep_ in SUBJECT_DEPS for m in self.mentions_at(c)]
            if speakers and speakers[0].actor.country:
                self.memory.last_speaker = speakers[0]
                if speakers[0].role != "coreference" and speakers[0].actor.country != "NGO" and all(
                        (m.start, m.end) != (speakers[0].start, speakers[0].end) for m in self.memory.parties):
                    # "Armenian Prime Minister Nikol Pashinyan said Baku was carrying out ethnic cleansing": a
                    # party of the story a later "both sides" may mean, though his words make no pair of a verb;
                    # placed in the order the text names them
                    at = next((k for k, m in enumerate(self.memory.parties) if m.start > speakers[0].start),
                              len(self.memory.parties))
                    self.memory.parties.insert(at, speakers[0])
                said = [m for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS
                        for m in self.mentions_at(s)]
                if any(m.actor.country and m.actor.country != speakers[0].actor.country for m in said):
                    claimant = speakers[0]  # "Armenia's defence ministry said Azerbaijani forces had fired ..."
                    claimed = {m.actor.country for m in said if m.actor.country}
        acts = [p for p in sorted(pairs, key=lambda p: p.trigger.i)
                if (p.source.actor.country or p.source.actor.sector in STATE_BODY_SECTORS)
                and p.relation != "speaker" and not planned_act(p.trigger)]
        root = sentence.root
        subjects, passive = self.subjects_of(root)
        assailant = next((p.source for p in reversed(acts) if _conflict_act(p.trigger) and p.relation != "reciprocal"),
                         None)  # not a joint act ("Seoul and Washington began joint drills")
        striker = next((p.source for p in reversed(acts) if p.relation != "reciprocal" and _violent_act(p.trigger)),
                       None)
        if striker is not None:
            self.memory.last_striker = striker
        for act in acts:
            # "US and British warplanes struck ...", "Israel and Hamas agreed to a truce": "the strikes", "the
            # agreement" are all their authors'
            if len(joint := _of_distinct_states([p.source for p in acts if p.trigger.i == act.trigger.i])) > 1:
                self.memory.joint_authors[(act.source.start, act.source.end)] = joint
        unaimed = not passive and _conflict_act(root) and not any(p.trigger.i == root.i for p in acts)
        if unaimed:
            # "North Korea fired missiles into the sea": an act of conflict on no actor still has an author a later
            # "the launch" means
            assailant = next((m for m in reversed(subjects) if m.actor.country and m.role != "coreference"), None)
        elif assailant is None:
            assailant = self._unaimed_assailant(sentence, acts)
        # "Algeria, which backs ...": background; "..., prompting Algeria to withdraw its ambassador": what the act
        # brought about, not the act "the decision" means
        # "The WHO said it regretted the decision": a judgement of an act is no move of the judge's
        moves = [p for p in acts if not judges_an_act(sentence.doc[p.target.end - 1])]
        told = [p for p in moves if p.trigger.dep_ != "relcl"
                and not (p.trigger.dep_ == "xcomp" and consequence(p.trigger.head))]
        decreed = not told and not passive and root.lemma_.lower() in DECREEING_VERBS
        told = told or ([] if decreed else moves)  # not "..., a referendum in which voters backed ..." over the decree
        author = told[-1].source if told else (assailant if unaimed else None)
        if author is None and decreed:
            # "India's government revoked Article 370 ... Pakistan condemned the move": an act on a law or a status
            # has an author a later "the move" means (decision 0058)
            author = next((m for m in subjects if m.actor.country and m.role != "coreference"), None)
        if author is not None:
            self.memory.last_author = author
        for act in acts:
            self.memory.authors_by_verb[act.trigger.lemma_.lower()] = act.source
        for act in (p for p in pairs if p.relation != "speaker" and not planned_act(p.trigger)):
            for noun in (c for c in act.trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                # "imposed sanctions": "the sanctions" are theirs, even with no state of their own ("West African
                # leaders"), whatever act of conflict was told since
                self.memory.authors_by_noun[noun.lemma_.lower()] = act.source
        self._remember_unaimed_authors(sentence, {p.trigger.i for p in pairs})
        accusations = [p for p in pairs if p.source.actor.country and (p.relation == "speaker" or (
            p.trigger.lemma_.lower() in ACCUSING_VERBS and p.relation not in {"passive", "tagged"}))]
        accuser = max(accusations, key=lambda p: p.trigger.i).source if accusations else claimant
        if accuser is not None:
            self.memory.last_accuser = accuser
            self.memory.last_accused = {p.target.actor.country for p in accusations if p.target.actor.country
                                        } if accusations else claimed
        if assailant is not None:
            self.memory.last_assailant = assailant
        between_states = [p for p in acts if p.source.actor.country
                          and (p.target.actor.country not in {None, p.source.actor.country} or _civil_war(p))
                          and (_conflict_act(p.trigger) or p.trigger.lemma_.lower() in ACCUSING_VERBS | FIGHTING_NOUNS)]
        counts, latest = self.memory.conflict_counts, self.memory.conflict_acts
        for act in between_states:
            counts[_states_of(act)] = counts.get(_states_of(act), 0) + 1
            latest[_states_of(act)] = (act.source, act.target)
        if counts:
            # the two states the document told at odds most often, the first told on a tie: Britain's jets shooting
            # down Iranian drones leave Iran and Israel the sides of a story of Iran's attack on Israel (decision 0060)
            top = max(counts.values())
            self.memory.conflict_sides = latest[next(k for k, n in counts.items() if n == top)]
        mediated = [m for t in sentence if t.lower_ == "between" and t.dep_ == "prep" and (
            t.head.lemma_.lower() in MEDIATING_VERBS or t.head.lemma_.lower() in TALK_NOUNS)
            for o in t.children if o.dep_ == "pobj" for m in self.mentions_at(o)]
        if len(mediated) >= 2 and mediated[-2].start != mediated[-1].start:
            # "The African Union mediated talks between the government and the TPLF": the two sides (decision 0058)
            self.memory.conflict_sides = (mediated[-2], mediated[-1])
        ordered = [p.source for p in pairs] + ([] if passive else subjects)
        groups = [m for m in ordered if m.role != "coreference" and sentence.doc[m.end - 1].tag_ in {"NNS", "NNPS"}]
        if groups:
            self.memory.last_group = groups[0]
        people = [m for p in pairs for m in (p.source, p.target)
                  if m.role != "coreference" and m.actor.kind == "leader" and m.actor.country]
        if people:
            self.memory.last_named_person = max(people, key=lambda m: m.start)
        for mention in ordered:
            if mention.role != "coreference" and mention.actor.country:
                self.memory.last_subject = mention
                if mention.actor.kind == "leader":
                    self.memory.last_person = mention
                break


#: Verbs of a swap between coordinated subjects: what they swap is no party to it ("Ukraine and Russia exchanged 95
#: prisoners of war each").
EXCHANGE_VERBS = frozenset({"exchange", "swap"})
#: Verbs of fleeing: the state a participle of them names is where the people fleeing are from.
FLEEING_VERBS = frozenset({"flee", "escape"})
#: Verbs whose participle after a clause tells what the clause's event brought about ("arrested three Serbs,
#: prompting Vucic to put the army on alert"): the event is their subject, not the clause's actor.
CONSEQUENCE_VERBS = frozenset({"prompt", "spark", "trigger", "cause", "provoke", "fuel", "lead", "drive"})


def _draws_a_received_act(verb: Token) -> bool:
    """"..., prompting condemnation from Japan": a participle of consequence whose object is an act the clause's
    actor receives from someone (``received_acts.csv``) keeps the clause's actor, who receives it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in received_acts() for c in verb.children)


def consequence(verb: Token) -> bool:
    """Whether `verb` is a participle of consequence hanging off the clause before it ("..., prompting X to ...")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CONSEQUENCE_VERBS


def a_reason(preposition: Token, pobj: Token) -> bool:
    """Whether "for" + an act of harm, or "over" + an act, gives the reason for an act ("for the killing of Haniyeh",
    "over arms sales to Taiwan"), not its recipient
    (``grievance_nouns.txt``): it is the recipient only when the act has no other ("accepted responsibility for the
    murder of Khashoggi")."""
    if preposition.lower_ == "over":
        # "sanctions against five American companies over U.S. arms sales to Taiwan": why, not on whom
        return pobj.lemma_.lower() in word_list("grievance_nouns") | word_list("act_nouns")
    if preposition.lower_ == "to" and preposition.head.lemma_.lower() in REASON_NOUNS:
        # "vowed a harsh response to Israel's killing of Hamas leader Ismail Haniyeh": what is answered, its author
        return pobj.lemma_.lower() in word_list("grievance_nouns")
    return preposition.lower_ == "for" and pobj.lemma_.lower() in word_list("grievance_nouns")


#: Sectors of a state's bodies, whose acts have an author before the document gives them their state ("The
#: Constitutional Court removed Yoon from office ... welcomed the ruling").
STATE_BODY_SECTORS = frozenset({"JUD", "LEG", "GOV", "MIL", "COP"})


def party_key(mention: ActorMention) -> tuple[str | None, str | None, str | None]:
    """What makes one party of a relation another: its state, sector and name."""
    return mention.actor.country, mention.actor.sector, mention.actor.name


def _distinct_actors(mentions: list[ActorMention]) -> int:
    """How many different actors `mentions` name: states, or one state's different bodies and groups."""
    return len({party_key(m) for m in mentions if m.actor.country})


def _controller(verb: Token) -> Token | None:
    """The object of the verb that `verb` is the infinitive of ("urged allies to restrict": allies; "calling on Russia
    to withdraw": Russia)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    obj = next((c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i), None)
    if obj is None and verb.head.lemma_.lower() in {"call", "appeal"}:
        obj = next((o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in {"on", "upon", "to"}
                    and p.i < verb.i for o in p.children if o.dep_ == "pobj"), None)
    return obj


def object_controller(verb: Token) -> Token | None:
    """Who does what an infinitive says when its verb makes its object do it ("forced the minister to resign",
    ``object_control_verbs.txt``)."""
    return _controller(verb) if verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS else None


def _prep_objects(head: Token, prepositions: frozenset[str]) -> list[tuple[Token, Token]]:
    """(preposition, its object) for each of `head`'s prepositions in `prepositions` ("from Poland")."""
    return [(p, o) for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions
            for o in p.children if o.dep_ == "pobj"]


def planned_act(verb: Token) -> bool:
    """Whether `verb` is the infinitive of a noun its clause's verb has as object ("announced plans to leave"), or
    of a text it adopts ("passed a bill to impose sanctions", "voted on a resolution to expel")."""
    return plan_holder(verb) is not None


def plan_holder(verb: Token) -> Token | None:
    """The verb whose subject holds the plan or adopts the text `verb` is the infinitive of (see `planned_act`)."""
    noun = verb.head
    if verb.dep_ not in {"acl", "relcl"} or not is_to_infinitive(verb):
        return None
    lemma = noun.lemma_.lower()
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma in PLAN_NOUNS:
        return noun.head
    if lemma not in word_list("legislative_nouns"):
        return None
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "for"} else noun.head
    if noun.dep_ in {"dobj", "pobj"} and holder.pos_ == "VERB" and holder.lemma_.lower() in word_list(
            "adopting_verbs"):
        return holder
    return None


def _text_adopter(verb: Token) -> Token | None:
    """The verb whose subject adopts a text that `verb`, a participle after it, says the text does: "passed a
    resolution on Thursday ordering Iran to improve cooperation" is the passers' order."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in word_list("legislative_nouns"):
        return None
    holder = noun.head
    if noun.dep_ == "dobj" and holder.pos_ == "VERB" and holder.lemma_.lower() in word_list("adopting_verbs"):
        return holder
    return None


def asked_for(verb: Token) -> bool:
    """Whether `verb` is an act someone is asked to do ("urged Germany to restrict", ``asking_verbs.txt``), also
    when the parser makes the one asked the infinitive's subject ("expects Sweden to crack down") or the act
    hangs off an asked one ("wants Beijing to stop buying oil")."""
    if verb.head.i == verb.i:
        return False
    if verb.head.lemma_.lower() in ASKING_VERBS and (_controller(verb) is not None or asked_subject(verb) is not None):
        return True
    return verb.dep_ == "xcomp" and asked_for(verb.head)


#: Verbs of making someone act: "forcing the ethnic Armenian authorities to surrender" (decision 0058).
FORCING_VERBS = frozenset({"force", "compel", "oblige", "coerce", "pressure"})


def asked_subject(verb: Token) -> Token | None:
    """The one asked when the parser makes them the subject of the infinitive clause ("wants Beijing to stop":
    Beijing), else None."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ASKING_VERBS | FORCING_VERBS or not (
            is_to_infinitive(verb) or _bare_subjunctive(verb)):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


#: Asking verbs whose clause in the base form says what is asked ("recommended that the troops withdraw"); "told
#: reporters that he is ..." states.
MANDATIVE_VERBS = frozenset({"advise", "ask", "beg", "demand", "implore", "insist", "instruct", "order", "recommend",
                             "request", "urge"})


def _bare_subjunctive(verb: Token) -> bool:
    """"recommended (that) the troops withdraw": a base form with no auxiliary under a verb of asking, what someone
    is asked to do."""
    return (verb.head.lemma_.lower() in MANDATIVE_VERBS and verb.tag_ in {"VB", "VBP"}
            and verb.lower_ == verb.lemma_.lower() and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after the verb of a quotation that the parser took for its object: '"We will strike back,"
    warned the Iranian foreign minister' (the quotation comes first, the verb has no subject)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i == 0 or not verb.doc[verb.i - 1].is_punct:
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


#: Verbs by which a body makes a text its own: "the bill passed by Congress", "a resolution drafted by France".
AUTHORING_VERBS = frozenset({"pass", "adopt", "draft", "propose", "submit", "table", "approve", "introduce",
                             "sponsor", "write"})
#: Nouns of a release asked for, and the acts that hold those to be released (``_holder``).
RELEASE_NOUNS = frozenset({"release", "freeing"})
HOLDING_ACT_VERBS = frozenset({"seize", "arrest", "detain", "capture", "kidnap", "abduct", "hold", "jail", "imprison"})
#: Nouns that make a state's name a likeness ("the Russian-style law", "a Soviet-era tank"): no owner.
LIKENESS_NOUNS = frozenset({"style", "type", "era", "model", "inspired"})
#: Sectors of people who gather and act as a crowd: civilians, farmers, workers, students.
CROWD_SECTORS = frozenset({"CVL", "AGR", "LAB", "EDU"})


def _pair_key(source: ActorMention, target: ActorMention, verb: Token) -> tuple[int, int, int, str | None, str | None]:
    """What makes a pair one: where its source and target start, its verb, and their states ("condemned the
    strikes" of two states is two pairs on one noun)."""
    return source.start, target.start, verb.i, source.actor.country, target.actor.country


def _of_distinct_states(mentions: list[ActorMention]) -> list[ActorMention]:
    """The first mention of each state among `mentions` (those of no state left out)."""
    seen: set[str] = set()
    kept = []
    for mention in mentions:
        if mention.actor.country and mention.actor.country not in seen:
            seen.add(mention.actor.country)
            kept.append(mention)
    return kept


def _conflict_act(verb: Token) -> bool:
    """Whether `verb` tells an act of conflict whatever it is done to: an attack verb or noun, or a verb the CAMEO
    dictionary reads as conflict ("fired rockets", "annexed", "seized"); not a protest ("summoned the ambassador to
    protest the aggressive actions" makes no assailant of the protester)."""
    if verb.pos_ == "NOUN":
        return verb.lemma_.lower() in word_list("attack_nouns") | HOSTILE_ACT_NOUNS
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in word_list("attack_verbs") or _fires_weapons(verb):
        return True  # "fired a ballistic missile into the sea": whatever the CAMEO patterns read of "fire"
    words = [t.lower_ for t in verb.subtree if t.i > verb.i]
    match = match_verb(verb.lemma_.lower(), [t.lower_ for t in verb.subtree if t.i < verb.i], words)
    return (match is not None and match.plover_type is not None and match.plover_type != "PROTEST"
            and ontology.quad_class(match.plover_type) == 4)


def names_no_event(verb: Token) -> bool:
    """"Bolton was a critic of Russia", "Turkey has two million refugees": a light verb (``not_event_verbs.txt``)
    states what is, not an act, unless its object names a relation ("has a defence pact with")."""
    if holds_an_office(verb):
        return True
    return (verb.lemma_.lower() in NOT_EVENT_VERBS and not _has_relation_object(verb) and not _names_a_request(verb)
            and not _names_an_object(verb))


def holds_an_office(verb: Token) -> bool:
    """"Xiomara Castro, who holds the rotating presidency of CELAC", "Hungary takes over the EU's rotating presidency":
    an office held or taken up, no act on the body whose office it is (decision 0059)."""
    taking_over = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    if verb.lemma_.lower() in CHAIRING_VERBS and verb.dep_ == "relcl" and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Brunei, which chairs the Association of Southeast Asian Nations": an office held (decision 0063)
    return (verb.lemma_.lower() in HOLDING_VERBS or taking_over) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in HELD_OFFICES for c in verb.children)


#: Verbs of holding an office, and the offices held: no act on the body whose office it is.
HOLDING_VERBS = frozenset({"hold", "occupy", "assume"})
#: Verbs of chairing a body: told in a relative clause, they say what the state or person is, no act.
CHAIRING_VERBS = frozenset({"chair", "head", "preside"})
HELD_OFFICES = frozenset({"presidency", "chairmanship", "chair", "post", "office", "seat", "position", "portfolio",
                          "majority"})


def restricted_goods(goods: Token) -> bool:
    """Whether `goods` are what a trade restriction is "on" ("duties on brandy imported from ...", "imposed duties on
    brandy ...")."""
    while (goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.i != goods.head.i
           and (goods.head.head.pos_ == "NUM" or goods.head.head.lemma_.lower() in AMOUNT_NOUNS)):
        goods = goods.head.head  # "tariffs on $200 billion of Chinese goods", "on $60 billion worth of US goods"
    if goods.dep_ != "pobj" or goods.head.lower_ != "on":
        return False
    owner = goods.head.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.lemma_.lower() in RATE_NOUNS:
        owner = owner.head.head  # "tariffs of 25 percent on all goods coming into the United States from Colombia"
    return owner.lemma_.lower() in TRADE_RESTRICTIONS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRADE_RESTRICTIONS for c in owner.children)


#: Nouns of a side taken with someone beside an act: "in solidarity with Hamas", "in coordination with the army".
ALLY_NOUNS = frozenset({"solidarity", "coordination", "tandem", "concert", "league", "alliance", "cahoots"})
#: Nouns of an election's outcome: "rejected the results of the Venezuelan election" (the election: `VOTE_NOUNS`).
RESULT_NOUNS = frozenset({"result", "outcome"})
#: Kinds of actor that name a state as a whole (its word or its place).
STATE_WORDS = frozenset({"state", "demonym", "people", "capital", "place", "territory"})
#: Kinds of a place an act is done "in" that say whose ground it is ("killed 12 civilians in Kharkiv").
SCENE_PLACE_KINDS = frozenset({"place", "capital", "seat", "state", "territory"})
#: Prepositions of the place a crowd acts in: "marched through Tbilisi", "rallied across Serbia".
CROWD_PLACES = frozenset({"in", "through", "across"})
#: Verbs of making someone act in answer: "prompting Madrid to withdraw its ambassador".
PROMPTING_VERBS = frozenset({"prompt", "spur", "lead", "force", "cause", "push"})


def _prompting_clause(verb: Token) -> Token | None:
    """The verb of the act that prompted `verb`'s answer: "X did A, prompting Y to B" gives A's verb for B, when B is
    an answering act with no actor object of its own; else None."""
    prompting = verb.head
    if (verb.dep_ != "xcomp" or verb.lemma_.lower() not in PROMPTED_TYPES
            or prompting.lemma_.lower() not in PROMPTING_VERBS or prompting.dep_ not in {"advcl", "conj"}
            or prompting.tag_ != "VBG"):
        return None
    return prompting.head if prompting.head.pos_ in {"VERB", "AUX"} else None


#: Verbs of a complaint, and the words of an angry answer ("reacted angrily", "was furious").
COMPLAINING_VERBS = frozenset({"protest", "complain", "object"})
COMPLAINT_NOUNS = frozenset({"protest", "complaint"})
ANGRY_WORDS = frozenset({"angrily", "furiously", "sharply", "furious", "angry", "outraged", "incensed"})


def _complaint_after(verb: Token) -> Token | None:
    """The verb of the act a complaint answers, told "after" or "when" it: "protested after a Chinese military aircraft
    violated its airspace", "lodged a protest after North Korean drones crossed the border", "reacted angrily after
    Finland joined NATO", "was furious after Tokyo released treated water"; else None."""
    lemma = verb.lemma_.lower()
    complains = lemma in COMPLAINING_VERBS or (lemma == "lodge" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINT_NOUNS for c in verb.children)) or (
        lemma in {"react", "respond", "be"} and any(
            c.dep_ in {"advmod", "acomp"} and c.lower_ in ANGRY_WORDS for c in verb.children))
    if not complains:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ in {"after", "when"} for m in c.children)), None)


def threat_condition(verb: Token) -> bool:
    """Whether `verb` is the condition of a threat, no act: "threatened military intervention if the junta did not
    restore President Bazoum", "warned it would impose sanctions if Turkey bought the Russian system"."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return False
    threat = verb.head.head if verb.head.dep_ in {"xcomp", "ccomp"} else verb.head
    return threat.lemma_.lower() in THREAT_VERBS


def non_grata(token: Token) -> bool:
    """Whether `token` is the "persona" of "persona non grata" that the parser made a verb."""
    return token.lower_ == "persona" and any(c.lower_ == "grata" for c in token.subtree)


def _accused_of_the_act(verb: Token) -> Token | None:
    """The accused of a charge a participle goes on with: "accused the RSF of shelling civilian areas, killing at least
    15 people" (the parser hangs "killing" on "accused"), or None."""
    charge = verb.head
    if (verb.dep_ != "advcl" or verb.tag_ != "VBG" or charge.lemma_.lower() not in ACCUSING_VERBS
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return None
    told = [c for p in charge.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} and p.i < verb.i
            for c in p.children if c.dep_ == "pcomp"]
    accused = [c for c in charge.children if c.dep_ == "dobj" and c.i < verb.i]
    return accused[0] if told and accused else None


def _threat_of_the_act_before(verb: Token) -> bool:
    """Whether `verb` threatens with no object of its own after a coordinated act: "and threatened to take
    unspecified measures", "and warned of further measures" (not "and warned that talks could fail"), or deploys
    forces sent nowhere named: "accused Belarus of pushing migrants across the border and deployed 10,000 troops"."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    if lemma in DEPLOYING_VERBS:
        forces = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARED_FORCES]
        return bool(forces) and not any(c.dep_ == "prep" and c.lower_ in {"to", "into", "in"} for c in verb.children)
    if lemma in VOWING_VERBS:
        # "condemned what he called North Korea's provocation and vowed a stern response" (decision 0063)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in THREATENED_ACTS for c in verb.children)
    if lemma not in SHARED_TARGET_VERBS or any(c.dep_ in OBJECT_DEPS and not (
            lemma == "threaten" and c.lemma_.lower() in THREATENED_ACTS) for c in verb.children):
        return False  # "and threatened military intervention" threatens an act, not someone
    return lemma == "threaten" or any(c.dep_ == "prep" and c.lower_ in {"of", "against"} for c in verb.children)


def _ask_after_talks(verb: Token) -> bool:
    """Whether `verb` asks something, with no object of its own, after talks with someone: "spoke by phone with
    Kagame and urged an immediate ceasefire"."""
    return (verb.dep_ == "conj" and verb.lemma_.lower() in ASKING_AFTER_TALKS and verb.head.pos_ == "VERB"
            and verb.head.lemma_.lower() in TALKING_VERBS and verb.head.i != verb.i
            and not any(c.dep_ in OBJECT_DEPS and c.pos_ in {"PROPN", "PRON"} for c in verb.children))


def _names_its_object(verb: Token, preposition: Token) -> bool:
    """Whether a preposition the parser hung on `verb` goes on naming the verb's object: "what a speaker calls it"
    ("described the South as a hostile state"), or the rest of a body's name ("banning the U.N. agency for
    Palestinian refugees")."""
    if preposition.lower_ == "as" and verb.lemma_.lower() in NAMING_VERBS:
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (preposition.lower_ == "for" and obj is not None and preposition.i == obj.right_edge.i + 1
            and obj.lemma_.lower() in word_list("organisation_nouns"))


def _named_hostile(verb: Token, pronoun: Token) -> Token | None:
    """The hostile act a naming verb calls "it" or "this": "called it a reckless and unprovoked attack"."""
    if pronoun.lower_ not in {"it", "this"} or pronoun.dep_ != "dobj" or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "oprd"
                 and c.lemma_.lower() in word_list("attack_nouns") | HOSTILE_ACT_NOUNS), None)


def _named_what(pronoun: Token) -> Token | None:
    """"condemned what it called Iran's reckless missile strikes", "what it described as an invasion": the object of
    a free relative "what" of a naming verb is the thing the clause names."""
    naming = pronoun.head
    if pronoun.lower_ != "what" or naming.i == pronoun.i or naming.lemma_.lower() not in NAMING_VERBS:
        return None
    named = next((c for c in naming.children if c.dep_ == "oprd" and c.i > pronoun.i), None)
    if named is None:
        named = next((o for p, o in _prep_objects(naming, frozenset({"as"}))), None)
    return named


def brought_before(verb: Token, mention: ActorMention) -> bool:
    """Whether `mention` is the body a complaint or case is filed with ("filed a complaint with the World Trade
    Organization"): a court or an intergovernmental body after "with" or "before" a verb of filing."""
    root = verb.doc[mention.start:mention.end].root
    return (verb.lemma_.lower() in FILING_VERBS and mention.actor.sector in VENUE_SECTORS and root.dep_ == "pobj"
            and root.head.lower_ in {"with", "before"} and root.head.head.i == verb.i)


def _described_by_whose(noun: Token) -> Token | None:
    """The noun a relative clause with "whose <noun>" describes: "Wagner" in "Wagner, whose fighters they accuse"."""
    clause = noun.head
    while clause.dep_ in {"prep", "pobj", "xcomp", "ccomp"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and clause.head.i != clause.i else None


#: Quotation marks before a name a naming verb gives in quotes, single ones too ("called the seizure 'piracy'").
NAME_QUOTES = QUOTE_MARKS | {"'", "\u2018"}


def _names_an_object(verb: Token) -> bool:
    """"Corbyn called the move a smash and grab", "called Trump's order swift": a verb that names what its object
    is judges it (``evaluations.py`` reads the judgement); the parser may hang the name on the object ("called the
    seizure \"an outrageous violation\"": an apposition; decision 0060) or the object on the name ("called the move
    \"blackmail\"")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ != "PRON" or c.lower_ in JUDGED_PRONOUNS)]
    if verb.lemma_.lower() in NAMING_VERBS and not objects and any(
            c.dep_ == "oprd" and called_act(verb, c) is not None for c in verb.children):
        return True  # "called the operation unacceptable", the act parsed as part of the name (decision 0063)
    return verb.lemma_.lower() in NAMING_VERBS and bool(objects) and (
        any(c.dep_ == "oprd" for c in verb.children) or any(
            c.dep_ == "appos" and c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].text in NAME_QUOTES
            for o in objects for c in o.children) or any(called_act(verb, o) is not None for o in objects))


def _names_a_request(verb: Token) -> bool:
    """"called for the release of Bazoum", "called on Turkey to halt": a light verb with the particle of a phrase
    that decides its type (``phrase_types.csv``)."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False  # "called the election for Biden", "called the move a smash and grab"
    lemma = verb.lemma_.lower()
    particles = {p.particle for p in phrase_types() if p.verb == lemma and p.particle}
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in particles for c in verb.children)


def _has_relation_object(verb: Token) -> bool:
    """"Turkey has a mutual defense pact with Azerbaijan": a light verb whose object names a relation."""
    return any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in event_nouns() for c in verb.children)


RECIPROCAL_VERBS = word_list("reciprocal_verbs")
#: Act nouns of conflict besides the attack nouns: their author is an assailant a later "the attack" may mean.
#: Nouns of a hostile act and the verb that tells it: "the seizure" is the act told by "seized".
NOMINALIZED = {"seizure": "seize", "invasion": "invade", "annexation": "annex", "assassination": "assassinate",
               "expulsion": "expel", "detention": "detain", "kidnapping": "kidnap", "abduction": "abduct",
               "execution": "execute", "killing": "kill", "murder": "murder", "occupation": "occupy",
               "deportation": "deport", "imprisonment": "imprison", "declaration": "declare", "takeover": "seize",
               "arrest": "arrest", "withdrawal": "withdraw", "suspension": "suspend", "bombing": "bomb",
               "shelling": "shell", "blockade": "blockade"}
HOSTILE_ACT_NOUNS = frozenset({"killing", "assassination", "invasion", "incursion", "annexation", "crackdown",
                               "shelling", "massacre", "murder", "shooting", "execution", "seizure", "blockade",
                               "aggression", "occupation", "launch", "test", "coup", "takeover"})
#: Verbs of acts on a law, a status or an institution, which a later "the move" or "the decision" may judge.
DECREEING_VERBS = frozenset({"revoke", "repeal", "scrap", "abolish", "annul", "rescind", "dissolve", "impose",
                             "introduce", "adopt", "enact", "order", "decree"})
#: Verbs whose act a noun names ("the declaration" of "declared").
NOMINALIZING_VERBS = frozenset(NOMINALIZED.values())
#: Pronouns a naming verb may judge an act by ("Schiff called it a non-starter").
JUDGED_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})


def _makes_accord(verb: Token) -> bool:
    """Whether `verb` reaches, signs or makes an accord ("reached a deal", "signed a treaty", ``accord_nouns.txt``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"}
        for p in c.children if p.dep_ == "pobj"]  # "agreed to a ceasefire", "agreed on a deal"
    return (verb.lemma_.lower() in ACT_MAKING_VERBS | RECIPROCAL_VERBS
            and any(o.lemma_.lower() in ACCORD_NOUNS or _text_of_an_accord(o) for o in objects))


#: Nouns of the wording of an accord ("finalised the text of a peace agreement").
ACCORD_PARTS = frozenset({"text", "terms", "draft", "details", "wording"})


def _text_of_an_accord(noun: Token) -> bool:
    return noun.lemma_.lower() in ACCORD_PARTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() in ACCORD_NOUNS
                                                      for p in c.children) for c in noun.children)


#: Verbs of a third party to an act of others: coordinated subjects that guarantee or mediate talks do not talk to
#: each other.
THIRD_PARTY_VERBS = frozenset({"guarantee", "mediate", "host", "broker", "facilitate", "oversee", "observe",
                               "monitor", "sponsor", "welcome"})


def _reciprocal(verb: Token) -> bool:
    """Whether coordinated subjects act on each other ("France and Azerbaijan are waging a shadow conflict")."""
    # "China, Russia and Iran condemned the strikes", "Cuba and Norway, which guarantee the talks": not theirs
    judged = verb.lemma_.lower() in EVALUATIVE_VERBS | THIRD_PARTY_VERBS | NAMING_VERBS  # "would consider any
    # intervention a declaration of war": what they call it
    if any(c.dep_ == "oprd" for c in verb.children):
        return False  # "officials they hold responsible": what they hold someone to be (decision 0057)
    return verb.lemma_.lower() in RECIPROCAL_VERBS or any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in event_nouns() and not judged and not aimed_elsewhere(c)
        for c in verb.children) or any(
        c.lower_ in {"each", "one"} for c in verb.subtree) or _done_jointly(verb) or _makes_accord(verb)


def aimed_elsewhere(noun: Token) -> bool:
    """"Algeria and Morocco have imposed bans on niqabs": a ban or restriction aimed at something named after "on"
    or "against", no act on each other ("Cooperation between the Philippines and the United States on intelligence
    sharing" is on a topic)."""
    return noun.lemma_.lower() in TRADE_RESTRICTIONS | {"boycott", "blockade"} and any(
        c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children)


def _done_jointly(verb: Token) -> bool:
    """"conducted joint military exercises", "jointly developed", "worked together": done with each other."""
    return any(c.dep_ == "advmod" and c.lower_ in {"jointly", "together"} for c in verb.children) or any(
        c.dep_ in OBJECT_DEPS and any(m.dep_ == "amod" and m.lower_ in {"joint", "bilateral", "mutual"}
                                      for m in c.children) for c in verb.children)


def _state_itself(source: ActorMention, target: ActorMention) -> bool:
    """"President Trump ... Washington": the target is the source's own state, named as such, and the source is of
    its government or forces; rebels, an opposition, lawmakers or courts act on their own state ("The ELN, which has
    fought the state since 1964", "Republican lawmakers criticised the White House")."""
    return (source.actor.country is not None and source.actor.country == target.actor.country
            and target.actor.names_state and source.actor.sector in STATE_APPARATUS)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


#: Verbs whose participle says what a group is tied to ("groups linked to al-Qaeda"; decision 0057).
LINKING_VERBS = frozenset({"link", "tie", "affiliate", "connect"})


def tells_a_link(verb: Token) -> bool:
    """Whether `verb` is a participle of being linked ("a hacking group linked to the Chinese government"), not an
    act of linking ("has linked the attack to Kyiv")."""
    return verb.lemma_.lower() in LINKING_VERBS and verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


#: Lower-case words inside a body's name ("the Committee to Protect Journalists", "Doctors without Borders").
NAME_FUNCTION_WORDS = frozenset({"to", "for", "of", "the", "and", "on", "without", "in", "against"})


def _name_continued(head: Token, tokens: list[Token]) -> list[Token]:
    """The phrase of `head` with the title-case words after it that the parse hung on it as a preposition or a
    clause ("Reporters Without Borders"), when there are such words; else empty."""
    if not head.is_title:
        return []
    for child in (c for c in head.children if c.i > head.i and c.dep_ in {"prep", "acl", "relcl"}):
        words = list(child.subtree)
        if any(t.is_title for t in words) and all(t.is_title or t.lower_ in NAME_FUNCTION_WORDS for t in words):
            return sorted({*tokens, *words}, key=lambda t: t.i)
    return []


#: Verbs of keeping forces somewhere, besides the verbs of moving a cargo.
KEEPING_VERBS = frozenset({"keep", "maintain", "station", "base", "position", "leave"})


def _own_forces_moved(verb: Token, target: ActorMention, sentence: Span) -> bool:
    """Whether `target` is forces of no state named that the verb moves, keeps or pulls back somewhere ("sent troops
    to", "has kept troops at five positions", "agreed to pull back troops from the border"): the subject's own forces,
    no party to the act (decisions 0057, 0062)."""
    head = sentence.doc[target.start:target.end].root
    return (head.dep_ == "dobj" and head.head.i == verb.i and target.actor.country is None
            and target.actor.sector in {"MIL", "COP"}
            and verb.lemma_.lower() in CARGO_VERBS | KEEPING_VERBS | WITHDRAWING_VERBS)


#: Nouns of a standing relation between the ones who hold it ("upgraded their relations").
TIES_NOUNS = frozenset({"relation", "relationship", "tie", "partnership", "cooperation", "alliance", "friendship"})


def _their_ties(verb: Token) -> bool:
    """Whether `verb` acts on the relation its coordinated subjects hold with each other: "Vietnam and the United
    States upgraded their relations to a comprehensive strategic partnership" (decision 0057)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TIES_NOUNS
               and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children) for c in verb.children)


def _names_a_move(verb: Token) -> bool:
    """Whether `verb` is a naming verb in a relative clause on an act noun beside a clause ("..., a move the Kremlin
    called dangerous"): it judges the act of that clause."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in NAMING_VERBS and verb.head.dep_ in {"appos", "npadvmod"}
            and verb.head.lemma_.lower() in word_list("act_nouns") and any(c.dep_ == "oprd" for c in verb.children))


def _attacks_made(verb: Token) -> list[Token]:
    """The attack nouns `verb` makes as its objects ("launched air strikes", "carried out an attack")."""
    if verb.lemma_.lower() not in word_list("attack_making_verbs"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in word_list("attack_nouns")]


def _violent_act(verb: Token) -> bool:
    """Whether `verb` tells a violent act: an attack or harm verb ("stormed", "killed"), or a verb that makes an attack
    noun ("launched air strikes")."""
    return verb.lemma_.lower() in word_list("attack_verbs") | word_list("harm_verbs") or bool(_attacks_made(verb))


def _free_relative_object(clause: Token) -> Token | None:
    """The noun a free relative clause names ("what it called Hezbollah targets", "what it said were militant bases"),
    when the clause begins with "what" (decision 0059)."""
    if not any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj"} for c in clause.subtree if c.i < clause.i):
        return None
    if clause.lemma_.lower() in NAMING_VERBS:
        return next((c for c in clause.children if c.dep_ == "oprd"), None)
    being = next((c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if clause.lemma_.lower() in {"say", "claim", "describe"} and being is not None:
        return next((c for c in being.children if c.dep_ == "attr"), None)
    return None


def _where_hit(verb: Token, obj: Token) -> list[Token]:
    """"launched missile strikes on nine sites in Pakistan", "struck nine sites in Pakistan": the place of what an
    attack hit, when the parse hangs "in" on it rather than on the verb (decision 0057)."""
    if verb.lemma_.lower() in word_list("attack_verbs"):
        hit = [obj]
    elif any(attack.i == obj.i for attack in _attacks_made(verb)):
        hit = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
               for o in p.children if o.dep_ == "pobj"]
    else:
        return []
    return _places_in(hit)


#: Verbs of winning and nouns of a vote: "defeated Mutharika in the rerun" is an election result (decision 0058).
WINNING_VERBS = frozenset({"defeat", "beat", "oust", "unseat", "trounce"})
VOTE_NOUNS = frozenset({"election", "vote", "poll", "runoff", "run-off", "rerun", "race", "ballot", "primary",
                        "contest", "referendum"})


def names_itself(verb: Token) -> bool:
    """Whether `verb` names its own subject ("a group calling itself the Cyber Army")."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ in {"dobj", "dative"} and c.lower_ in REFLEXIVES
                                                       for c in verb.children)


def won_at_the_polls(verb: Token) -> bool:
    """Whether `verb` wins over someone "in" or "at" a vote."""
    return verb.lemma_.lower() in WINNING_VERBS and any(
        o.lemma_.lower() in VOTE_NOUNS for _, o in _prep_objects(verb, frozenset({"in", "at"})))


def _verb_by_role(token: Token) -> bool:
    """"Egypt and Saudi Arabia back the Sudanese army": a sentence's head with a subject and a direct object is its
    verb, whatever part of speech the tagger gave it (decision 0058)."""
    return token.dep_ == "ROOT" and token.pos_ in {"ADP", "ADV", "NOUN", "ADJ"} and any(
        c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children)


#: Conjunctions of time the parser can read as prepositions, making the subject of their clause an object.
_CLAUSE_CONJUNCTIONS = frozenset({"after", "before", "until", "since", "once"})


def _subject_read_as_object(verb: Token) -> Token | None:
    """"Morales resigned after the head of the armed forces asked him to step down": a clause without a subject whose
    conjunction the parser read as a preposition, its subject as the preposition's object just before the verb."""
    if verb.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in _CLAUSE_CONJUNCTIONS
                 and p.i < verb.i for o in p.children if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1
                 and o.pos_ in {"NOUN", "PROPN"}), None)


def _places_in(hit: list[Token]) -> list[Token]:
    """The states or regions named "in" or "inside" after the nouns of what was hit ("nine sites in Pakistan")."""
    # also a named town it is near: "struck a military site near Isfahan" (decision 0062), not "near the border"
    places = [o for noun in hit if noun.pos_ in {"NOUN", "VERB"} for p in noun.children
              if p.dep_ == "prep" and p.lower_ in {"in", "inside", "near"} for o in p.children if o.dep_ == "pobj"
              and (p.lower_ != "near" or o.pos_ == "PROPN")]
    # "an oil refinery in Russia's Ryazan region": the state owning the region (decision 0058); "oil facilities in
    # Abqaiq": a town the parser's entities call an organisation is still a name the knowledge base may place
    return [o for o in places if o.ent_type_ in {"GPE", "LOC"} or (o.pos_ == "PROPN" and o.ent_type_ != "PERSON")] + [
        c for o in places if o.ent_type_ not in {"GPE", "LOC"} and o.lemma_.lower() in REGION_NOUNS
        for c in o.children if c.dep_ == "poss" and c.ent_type_ == "GPE"]


#: Nouns of a state's parts, named with the state as possessor ("Russia's Ryazan region").
REGION_NOUNS = frozenset({"region", "province", "oblast", "state", "district", "city", "town", "county"})


def _fires_weapons(verb: Token) -> bool:
    """"fired ballistic missiles at", "launched drones at", "fired a barrage of missiles into": a verb whose object
    is a weapon sent at a target."""
    weapons = word_list("weapon_nouns")
    return verb.lemma_.lower() in {"fire", "launch", "lob", "hurl", "drop"} and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in weapons or any(o.lemma_.lower() in weapons
                                                                  for _, o in _prep_objects(c, frozenset({"of"}))))
        for c in verb.children)


#: Waters weapons are fired into, and the prepositions that place them by a state ("waters around Taiwan").
WATER_NOUNS = frozenset({"water", "sea", "ocean", "strait"})
AROUND = frozenset({"around", "near", "off", "surrounding"})


#: Participles that modify a state as adjectives ("neighbouring Eritrea") but that the parser can read as a verb.
_MODIFYING_PARTICIPLES = frozenset({"neighbouring", "neighboring", "bordering", "sitting", "outgoing", "incoming",
                                    "acting", "ruling", "governing"})


#: Nouns of holding or punishing someone: "condemned the arrest of Alexei Navalny" does not condemn Navalny.
DETENTION_NOUNS = frozenset({"arrest", "detention", "jailing", "imprisonment", "incarceration", "sentencing",
                             "conviction"})


def unowned_attack(noun: Token, nouns: frozenset[str] | None = None) -> bool:
    """Whether `noun` is an attack or harm noun (or one of `nouns`) that names no author before it: "attacks on
    civilians", not "the Russian attacks" or "Hamas's attack"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in (
            word_list("attack_nouns") | word_list("harm_nouns") if nouns is None else nouns):
        return False
    return not any(c.dep_ in {"poss", "amod", "compound", "nmod"} and (
        c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"} or c.lower_ in POSSESSIVE_PRONOUNS)
        for c in noun.children if c.i < noun.i)


def attack_suffered(token: Token, of_any: bool = True) -> Token | None:
    """The attack noun `token` is the victim of: who an attack noun with no author is "on" or "against" ("attacks on
    civilians"), or, with `of_any`, who any attack or harm noun is "of" ("Israel's killing of Ismail Haniyeh")."""
    preposition = token.head
    if token.dep_ != "pobj":
        return None
    noun = preposition.head
    if preposition.lower_ in {"on", "against"} and unowned_attack(noun):
        return noun
    if (preposition.lower_ in {"on", "against"} and noun.dep_ == "pobj" and noun.head.lower_ == "by"
            and noun.head.head.lemma_.lower() in word_list("attack_nouns")):
        return noun.head.head  # "the attack by an armed gang against Kosovo police officers", however it is hung
    violent = word_list("attack_nouns") | word_list("harm_nouns")
    return noun if of_any and preposition.lower_ == "of" and noun.lemma_.lower() in violent else None




def _with_country(mention: ActorMention, country: str | None, how: str) -> ActorMention:
    """`mention` with its actor placed in `country`, `how` added to its `via`."""
    return replace(mention, actor=replace(mention.actor, country=country, via=f"{mention.actor.via}+{how}"))


def _owners_named(participle: Token) -> list[Token]:
    """The owners an owning participle names: after "by" ("owned by a Greek company") or "to" ("belonging to")."""
    return [o for p in participle.children if p.dep_ in {"agent", "prep"} and p.lower_ in {"by", "to"}
            for o in p.children if o.dep_ == "pobj"]


def _object_gap(verb: Token) -> bool:
    """Whether `verb` is a relative clause whose object is the noun it describes: "companies it accused of ...",
    "officials whom it blamed": a subject of its own, and no object but a relative pronoun."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return (bool(subjects) and all(c.lower_ not in RELATIVE_PRONOUNS for c in subjects)
            and all(c.lower_ in RELATIVE_PRONOUNS for c in objects))


#: Reflexive pronouns: what a verb says of one of them is what its subject makes itself.
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})


def _said_of_oneself(obj: Token) -> bool:
    """"Anez declared herself interim president", "proclaimed himself president": the object is what the subject
    makes itself, no one acted on."""
    return any(c.lower_ in REFLEXIVES and c.i < obj.i for c in (*obj.children, *obj.head.children)
               if c.dep_ in {"nsubj", "dobj", "dative", "compound", "poss"})


def _states_of(pair: Candidate) -> frozenset[str]:
    """The two states of an act between states, in no order; the two armed sides of an act of a civil war."""
    if _civil_war(pair):
        return frozenset({f"{m.actor.country}/{m.actor.sector}" for m in (pair.source, pair.target)})
    return frozenset({pair.source.actor.country or "", pair.target.actor.country or ""})


def _civil_war(pair: Candidate) -> bool:
    """Whether a pair is two armed sides of one state, one of them its forces ("Sudan's army" and "the RSF"): the
    sides of a civil war (decision 0063)."""
    source, target = pair.source.actor, pair.target.actor
    sectors = {source.sector, target.sector}
    return (source.country is not None and source.country == target.country and len(sectors) == 2
            and sectors <= ARMED_SECTORS | {"GOV"} and bool(sectors & {"MIL", "GOV"})
            and bool(sectors & (ARMED_SECTORS - {"MIL"})))


def _members_follow(verb: Token, group: Token) -> bool:
    """Whether the subject `group` is a group of states whose members follow it after "among them", which the parser
    made a second subject of `verb` ("On Monday, more than 20 countries, among them the United States, Canada and
    Poland, announced the expulsion of Russian diplomats"; decision 0060)."""
    if group.lemma_.lower() not in STATE_GROUP_NOUNS:
        return False
    doc = verb.doc
    return any(c.dep_ in SUBJECT_DEPS and c.i > group.i and c.left_edge.i >= 2
               and doc[c.left_edge.i - 1].lower_ == "them" and doc[c.left_edge.i - 2].lower_ == "among"
               for c in verb.children)


def _misread_subject(verb: Token) -> Token | None:
    """The subject the parser hung as a conjunct of the object of the verb before: in "The AU suspended Gabon's
    membership and France, the former colonial power, condemned the coup", "condemned" (a conjunct of "suspended"
    with no subject and no "and" of its own) is France's act, not the AU's. Or as the object of the clause's
    conjunction: in "Morales resigned after the head of the armed forces urged him to step down", the head of the
    armed forces urged, though the parser made "head" the object of "after"."""
    if verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        marked = [p for m in verb.children if m.dep_ == "mark" for p in m.children
                  if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN", "PRON"}]
        if marked:
            return marked[0]
    if not any(c.dep_ in {*SUBJECT_DEPS, "nsubjpass"} for c in verb.children) and verb.left_edge.i > 0:
        before = verb.doc[verb.left_edge.i - 1]
        for noun in (before, *before.ancestors):
            if noun.right_edge.i == before.i and subject_of_a_later_verb(noun):
                return noun
    if verb.dep_ != "conj" or any(c.dep_ in {"cc", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    for obj in (c for c in verb.head.children if c.dep_ in OBJECT_DEPS):
        for noun in obj.conjuncts:
            if noun.i > obj.i and subject_of_a_later_verb(noun) and noun.right_edge.i < verb.i:
                return noun
    return None


def subject_of_a_later_verb(noun: Token) -> bool:
    """Whether a name coordinated with an object is followed by a verb of its own: straight after it, an auxiliary of
    a verb with no subject ("... and Turkey would be moving ..."), or after an apposition, a conjunct of the object's
    verb with no subject and no "and" ("... and France, the former colonial power, condemned ...")."""
    if noun.dep_ == "conj" and noun.pos_ in {"PROPN", "NOUN"} and noun.right_edge.i + 1 < len(noun.doc):
        # "said US troops had defeated ISIS and Turkey would be moving into Northern Syria": an auxiliary straight
        # after the conjunct starts a verb of its own, with no other subject
        after = noun.doc[noun.right_edge.i + 1]
        if (after.pos_ == "AUX" and after.dep_ in {"aux", "auxpass"} and after.head.i > after.i
                and not any(c.dep_ in {*SUBJECT_DEPS, "nsubjpass"} for c in after.head.children)):
            return True
    appositions = [c for c in (*noun.head.children, *noun.children) if c.dep_ == "appos"]
    if noun.pos_ != "PROPN" or noun.dep_ != "conj" or not appositions:
        return False
    verb = noun.head.head
    verbs = [verb]
    while verbs[-1].dep_ in {"advcl", "xcomp"} and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
        # "Police fired tear gas to disperse the protesters, and Jean-Noël Barrot, France's foreign minister,
        # condemned the attacks": a conjunct of the verb the object's clause hangs on (decision 0063)
        verbs.append(verbs[-1].head)
    return any(not any(g.dep_ in {"cc", "nsubj", "nsubjpass"} for g in v.children)
               and not any(t.dep_ == "cc" and t.head.i == head.i for t in head.doc[noun.i:v.i])
               for head in verbs for v in head.children if v.dep_ == "conj" and v.pos_ == "VERB" and v.i > noun.i)


def _misread_modifier(verb: Token) -> bool:
    """Whether `verb` is an adjective the parser read as a verb complement: "accused neighbouring Eritrea of
    mobilising troops" parses "neighbouring" as an xcomp whose object is Eritrea, "misconduct by sitting President
    Donald Trump" "sitting" as a clause after "by"."""
    return (verb.lower_ in _MODIFYING_PARTICIPLES and verb.dep_ in {"xcomp", "pcomp"}
            and any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1 for c in verb.children))


def _own_possession(source: ActorMention, target: ActorMention, sentence: Span) -> bool:
    """"The government withdrew its troops": the target belongs to the source; not a dyadic event."""
    doc = sentence.doc
    first = doc[target.start]
    if first.lower_ == "their" and first.head.i != first.i and doc[source.start:source.end].root.conjuncts:
        return True  # "Chile and Honduras recalled their ambassadors": each its own
    if first.lower_ == "their" and source.role == "side":
        return True  # "the two leaders praised their countries' partnership": their own
    return first.lower_ in POSSESSIVE_PRONOUNS and (source.actor.country == target.actor.country
                                                    or target.actor.country is None)


def _of_the_declarer(source: ActorMention, target: ActorMention, sentence: Span) -> ActorMention:
    """A state of emergency is declared by a state over its own people: "Lithuania and Latvia have declared states
    of emergency" is each one's own, whatever state the story is about."""
    head = sentence.doc[target.start:target.end].root
    if (head.lemma_.lower() != "state" or target.actor.country or not source.actor.country
            or not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "emergency" for g in c.children)
                       for c in head.children)):
        return target
    return replace(target, actor=replace(target.actor, country=source.actor.country))


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    if a.role == b.role == "side" and a.actor.country != b.actor.country:
        return False  # "the two sides": one phrase, two actors
    if a.start < b.end and b.start < a.end:
        return True
    return (a.actor.country, a.actor.sector, a.actor.name) == (b.actor.country, b.actor.sector, b.actor.name)


def _received_act(candidate: Candidate) -> str | None:
    """The noun of the act the subject receives from the target ("Iran's government faces criticism from the
    U.N.", "came under pressure from the United States", ``data/words/receiving_verbs.txt``), or None."""
    verb = candidate.trigger
    if verb.lemma_.lower() not in word_list("receiving_verbs"):
        return None
    acts = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"under", "with"}
        for o in p.children if o.dep_ == "pobj"]
    target = candidate.target.start
    for act in acts:
        # "Ukraine received Patriot missiles from Germany": arms received are aid (decision 0058), arms faced are not
        noun = "aid" if (act.lemma_.lower() in word_list("weapon_nouns") | ARMS_NOUNS
                         and verb.lemma_.lower() in {"receive", "get"}) else act.lemma_.lower()
        if noun in received_acts() and any(
                p.dep_ == "prep" and p.lower_ == "from" and p.left_edge.i <= target <= p.right_edge.i
                for head in (verb, act) for p in head.children):
            return noun
    return None


#: What weapons fire, beside the weapons themselves (``weapon_nouns.txt``), whose firer a participle names ("rubber
#: bullets fired by riot police").
FIRED_NOUNS = frozenset({"bullet", "shell", "bomb", "grenade", "gas", "cannon", "round", "projectile", "mortar"})
#: Nouns of arms and money given, which a receiver receives as aid.
ARMS_NOUNS = frozenset({"weapon", "arm", "ammunition", "munition", "equipment", "shell", "funding", "loan"})


#: Confidence of the type a received act's noun gives ("faces criticism from" ACCUSE).
RECEIVED_ACT_CONFIDENCE = 0.9


def turn_received(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates with the giver of a received act as the source and the receiver as the target, typed by the act's
    noun ("Iran's government faces criticism from the U.N." is the UN's ACCUSE)."""
    turned = []
    for candidate in candidates:
        act = _received_act(candidate)
        if act is None:
            turned.append(candidate)
            continue
        plover_type = received_acts()[act]
        decision = TypeDecision(plover_type, ontology.cameo_default(plover_type), None, [], RECEIVED_ACT_CONFIDENCE)
        turned.append(replace(candidate, source=candidate.target, target=candidate.source, decision=decision,
                              notes=[*candidate.notes, f"the subject receives the {act} of the target"]))
    return turned
