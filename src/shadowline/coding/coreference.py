"""Who a phrase that names no actor itself stands for, within one document.

Pronouns take the subject of the governing clause or the document's latest subject ("he"/"she" its latest
person); an object "him" or "her" the latest person its sentence named before it, other than its clause's
subject; "I" and "we" are the speaker of the quotation; "the country" is the latest state named; "the two sides"
are the last two parties. :class:`Coreference` is mixed into the pair extractor, which gives it
``resolve``, ``memory`` and ``mentions_at``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from shadowline.actors.regions import region_states
from shadowline.coding.lexicon import received_acts, word_list
from shadowline.coding.phrases import SUBJECT_DEPS, is_definite, mention_of, phrase_text, phrase_tokens
from shadowline.records import Actor, ActorMention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him"})
#: Pronouns of the speaker: in news they stand in quotations, for whoever speaks.
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

STATE_NOUNS = word_list("state_nouns")
#: Side nouns that name two people ("the two leaders"): their antecedents are people, not states or texts.
PERSON_SIDE_NOUNS = frozenset({"leader", "minister"})
#: `via` of an agent word with no state of its own, or with the context's ("the kingdom", "the country").
STORY_STATE_VIAS = frozenset({"agent", "context+agent"})


def refers_back(head: Token, actor: Actor | None) -> bool:
    """Whether a phrase headed by `head` is "the country" / "the kingdom" that refers back to the latest
    state named: definite, a state noun, and the resolver found no state of its own (at most an agent whose
    state is the document's)."""
    return ((actor is None or actor.via in STORY_STATE_VIAS) and head.lemma_.lower() in STATE_NOUNS
            and is_definite(head))



@dataclass
class DocumentMemory:
    """What the coder remembers across the sentences of one document (for pronouns)."""

    last_subject: ActorMention | None = None
    last_person: ActorMention | None = None
    #: the person named last in a pair, as subject or object ("police detained Mayor Ekrem Imamoglu ... A court later
    #: ordered him jailed"): whom a later object "him" or "her" most often stands for
    last_named_person: ActorMention | None = None
    #: state-level actors named so far, in text order ("the war-battered nation" refers back to one)
    states: list[ActorMention] = field(default_factory=list)
    #: actors of the pairs found so far, in text order ("the two sides" are the last two of them)
    parties: list[ActorMention] = field(default_factory=list)
    #: the latest speaker of a statement ("'I thank John,' wrote Trump"; a quotation's "I" in the next sentence)
    last_speaker: ActorMention | None = None
    #: the source of the act told last ("Greece condemned the move": whose move)
    last_author: ActorMention | None = None
    #: the source of the act told last by each verb lemma ("China banned exports ... a day after Washington raised
    #: tariffs": "the ban" is China's, though Washington's act was told last)
    authors_by_verb: dict[str, ActorMention] = field(default_factory=dict)
    #: the source of the act told last with each noun as its object ("West African leaders imposed sanctions":
    #: "Russia condemned the sanctions" judges their act, whatever act of conflict was told since)
    authors_by_noun: dict[str, ActorMention] = field(default_factory=dict)
    #: the source of the act of conflict told last ("Japan condemned the attack": whose attack; a visit told
    #: since is no attack)
    last_assailant: ActorMention | None = None
    #: the source of the violent act told last (an attack or harm verb, or an attack noun made): whose "the raid" or
    #: "the attack" is, whatever sanction or accusation was told since
    last_striker: ActorMention | None = None
    #: the states that made one act together, by the span of each of its sources ("US and British warplanes struck
    #: ...": "the strikes" are both states')
    joint_authors: dict[tuple[int, int], list[ActorMention]] = field(default_factory=dict)
    #: people placed by the body they speak or work for, by surname ("Phil Chetwynd, director of news for AFP"
    #: ... "Chetwynd")
    affiliated: dict[str, Actor] = field(default_factory=dict)
    #: the actor of the attack told last, whoever made it ("oil plants of Saudi Aramco were hit by drones"): the
    #: victims of an attack later told only by its claim
    last_attacked: ActorMention | None = None
    #: who made the attack told last ("The army carried out the airstrike"): the author of a later "the airstrike"
    last_attacker: ActorMention | None = None
    #: who imposed the sanctions told last ("levied sanctions against him"): the state of a later "was sanctioned"
    last_sanctioner: ActorMention | None = None
    #: who made the accusation told last ("Sudan accused the UAE of ..."): whom a later "denied the allegation"
    #: rejects
    last_accuser: ActorMention | None = None
    #: the states the accusation told last accused (empty when a claim named none)
    last_accused: set[str] = field(default_factory=set)
    #: the two states of the act of conflict between states told last ("Eritrea's minister accused Addis Ababa of
    #: ..."): the "both countries" a third party later calls on, whatever states were named since
    conflict_sides: tuple[ActorMention, ActorMention] | None = None
    #: how many acts of conflict the document told between each two states, in the order first told, and the latest
    #: act of each: the pair told most often (the first told on a tie, as a story's lead tells its conflict) is the
    #: story's conflict, not a third state one of them hit once (decision 0060)
    conflict_counts: dict[frozenset[str], int] = field(default_factory=dict)
    conflict_acts: dict[frozenset[str], tuple[ActorMention, ActorMention]] = field(default_factory=dict)
    #: the latest group named as a subject, with or without a state ("Protesters marched ... police fired tear gas
    #: at them"): what a later "they" or "them" most often stands for
    last_group: ActorMention | None = None



#: Kinds of actor a pronoun's latest named antecedent may be: a state or a body ("its" after "Saudi Arabia").
NAMED_BODY_KINDS = frozenset({"state", "organisation", "capital"})


class Coreference:
    """Antecedent search of the pair extractor (which sets ``resolve``, ``memory`` and ``mentions_at``)."""

    resolve: Callable[[str], Actor | None]
    memory: DocumentMemory
    _chunks_of: object
    _chunks: list[Span]

    def mentions_at(self, head: Token, nominal_role: str = "recipient") -> list[ActorMention]:
        raise NotImplementedError

    def _two_sides(self, head: Token) -> list[ActorMention]:
        """"the two sides", "both countries": the last two states named before, each at this phrase."""
        tokens = phrase_tokens(head)
        brokers = self._governing_subjects(head)
        people = head.lemma_.lower() in PERSON_SIDE_NOUNS
        states = head.lemma_.lower() in STATE_SIDE_NOUNS
        parties = head.lemma_.lower() in {"party", "side"}
        described = self._broker_phrases(head)
        earlier = [m for m in reversed(self.memory.parties + self._states_before(head)) if m.start < head.i
                   and (m.actor.country or (parties and m.actor.sector)) and m.actor.country not in brokers
                   # "The United States, which co-hosted the talks with Saudi Arabia and Switzerland, urged both
                   # sides": the states that describe who asks are no sides
                   and not any(first <= m.start <= last for first, last in described)
                   # "the two leaders": people, not their plan; "the two ministers": also "India's defence minister"
                   and (not people or m.actor.kind == "leader" or (
                       head.lemma_.lower() == "minister" and m.actor.kind == "agent" and m.actor.sector == "GOV"))
                   and not (states and m.actor.sector == "IGO")]  # "the two neighbours": not the AU that asked
        sides_of_conflict = self.memory.conflict_sides
        asked = head.lemma_.lower() in STATE_SIDE_NOUNS and bool(brokers)  # "CARICOM urged both governments"
        if (sides_of_conflict is not None and not people and (head.lemma_.lower() in {"country", "side", "party"}
                                                               or asked)
                and not {m.actor.country for m in sides_of_conflict} & brokers):
            # "The African Union called on both countries", after a third state named beside them: the two at odds
            earlier = list(reversed(sides_of_conflict))
        unbodied = [m for m in earlier if m.actor.sector != "IGO"]
        if len({m.actor.country for m in unbodied}) >= 2:
            earlier = unbodied  # "both sides" of a border clash, not the court one of them turned to
        # two states; for "both parties" of a story about one state, two of its sectors (a government, a rebel group)
        by_sector = (False, True) if head.lemma_.lower() in {"party", "side"} else (False,)
        sides: dict[tuple[str | None, str | None], ActorMention] = {}
        for sector_too in by_sector:
            sides = {}
            for mention in earlier:
                sides.setdefault((mention.actor.country, mention.actor.sector if sector_too else None), mention)
                if len(sides) == 2:
                    break
            if len(sides) == 2:
                break
        before = [t for t in tokens if t.i < head.i]
        if len(sides) < 2 or not before:
            return []
        # two mentions, two spans: "[the two] [sides]", so that the pair classifier can mark both
        first, second = reversed(sides.values())
        text = phrase_text(tokens)
        shared = first.actor.country or second.actor.country  # "the government and the TPLF": one state's two sides

        def side(actor: Actor) -> Actor:  # "both governments" of "Serbs" and Kosovo: Serbia's
            if actor.country is None:
                actor = replace(actor, country=shared)
            if states:
                return replace(actor, text=text, sector="GOV", cameo_role="GOV", name=None, kind="state")
            return replace(actor, text=text)
        return [mention_of(before, side(first.actor), "side"), mention_of([head], side(second.actor), "side")]

    def counted_states(self, head: Token) -> list[ActorMention]:
        """"Burkina Faso, Mali and Niger left ECOWAS ... ECOWAS had suspended the three countries": the last states
        named together as one coordination of as many as the phrase counts, each at a word of the phrase (decision
        0057); empty when no such group was named."""
        count = next((GROUP_NUMBERS[c.lower_] for c in head.children
                      if c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS), None)
        if count is None or head.lemma_.lower() not in STATE_SIDE_NOUNS:
            return []
        tokens = phrase_tokens(head)
        if len(tokens) < count:
            return []
        doc = head.doc
        for mention in reversed(self.memory.states):
            root = doc[mention.start:mention.end].root
            group = [root, *root.conjuncts]
            if mention.start >= head.i or len(group) != count:
                continue
            members = {m.actor.country: m for m in self.memory.states if any(m.start <= t.i < m.end for t in group)}
            if len(members) != count:
                continue
            text = phrase_text(tokens)
            states = [replace(m.actor, text=text, sector="GOV", cameo_role="GOV", name=None, kind="state")
                      for m in sorted(members.values(), key=lambda m: m.start)]
            words = [[t] for t in tokens[:count - 1]] + [tokens[count - 1:]]
            return [mention_of(w, actor, "side") for w, actor in zip(words, states, strict=True)]
        return []

    def _governing_subjects(self, head: Token) -> set[str]:
        """The states of the subjects of the verbs `head` hangs under: "Egypt and Qatar are trying to broker a truce
        between the two sides" is about two other sides; of a clause said only a body above states ("the EU's Borrell
        said the two sides had not found a solution"), as "Xi said the two countries would ..." may include Xi's."""
        states: set[str] = set()
        token = head
        while token.head.i != token.i and token.dep_ != "relcl" and not (
                token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children)):
            # "..., where the two leaders praised", "received To Lam, and the two sides signed": a clause of its own,
            # whatever the subject of the clause before does
            said = token.dep_ == "ccomp"  # the speaker of a clause said only when a body above states
            described = token.dep_ == "acl" and token.pos_ == "VERB"
            token = token.head
            if described and token.i < head.i:
                # "China, which has close ties with both countries, called on the two sides": the parser hung the
                # verb on its subject
                states.update(m.actor.country for m in self.mentions_at(token) if m.actor.country)
            for subject in (c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < head.i
                            and not c.left_edge.i <= head.i <= c.right_edge.i):  # not "generals from both armies"
                states.update(m.actor.country for m in self.mentions_at(subject)
                              if m.actor.country and (not said or m.actor.sector == "IGO"))
            if said:
                break
        return states

    def _broker_phrases(self, head: Token) -> list[tuple[int, int]]:
        """The token ranges of the subjects of the verbs `head` hangs under in its clause, with what describes them."""
        ranges: list[tuple[int, int]] = []
        token = head
        while token.head.i != token.i and token.dep_ not in {"relcl", "ccomp"}:
            token = token.head
            ranges.extend((c.left_edge.i, c.right_edge.i) for c in token.children
                          if c.dep_ in SUBJECT_DEPS and c.i < head.i and not c.left_edge.i <= head.i <= c.right_edge.i)
        return ranges

    def _states_before(self, head: Token) -> list[ActorMention]:
        """States named by proper-noun chunks of this sentence before `head`, or by a demonym in a chunk ("Polish
        border guards")."""
        found = []
        chunks = [c for c in head.sent.noun_chunks if c.root.pos_ == "PROPN" or any(t.ent_type_ == "NORP" for t in c)]
        for chunk in chunks:
            if chunk.end <= head.i and (actor := self.resolve(chunk.text)) is not None and actor.country:
                found.append(ActorMention(actor, chunk.start, chunk.end, chunk.start_char, chunk.end_char, "head"))
        return found

    def _not_a_person(self, pronoun: Token, found: ActorMention) -> ActorMention | None:
        """"it" found to be a person: "Cohen said it supports the UN's effort" is his state; "Macron backed the
        investigation, while Orban criticised it" a thing, no actor."""
        if pronoun.lower_ not in {"it", "its"} or found.actor.kind != "leader":
            return found
        if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ == "ccomp" and found.actor.country:
            return _as_state(found, found.role)
        return None

    def _antecedent(self, pronoun: Token) -> ActorMention | None:
        owner = self._clause_subject(pronoun) if pronoun.dep_ == "poss" else None
        if owner is not None and pronoun.lower_ == "its" and pronoun.doc[owner.start:owner.end].root.tag_ == "NNS":
            owner = None  # "Saudi Arabia broke off relations after protesters stormed its embassy": not theirs
        if owner is not None and pronoun.lower_ == "its" and owner.actor.kind == "leader":
            # "Biden pledged military aid to Kenya and praised its leadership": not the person, the state named
            state = self._latest_state_before(pronoun)
            if state is not None:
                return state
        if owner is not None:
            return owner
        noun = pronoun.head
        if pronoun.dep_ == "poss" and noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
            # "Iran and its proxies": the conjunct before it, not the subject of a clause above
            mentions = self.mentions_at(noun.head)
            if mentions:
                return mentions[0]
        if pronoun.lower_ == "them" and pronoun.dep_ in {"dobj", "dative"}:
            # "expelled two British diplomats, accusing them of espionage": the plural named before, not the subject
            plural = self._plural_before(pronoun)
            if plural is not None:
                return plural
        if pronoun.lower_ == "it" and pronoun.dep_ in {"dobj", "dative"} and pronoun.head.lemma_.lower() not in (
                JUDGING_VERBS):
            # "cut ties with Qatar, accusing it of supporting terrorism": the state named before, never the subject
            # of the clause the object is in (decision 0063)
            state = self._latest_state_before(pronoun)
            governing = {m.actor.country for m in self._governing_subject(pronoun)}
            root = pronoun.doc[state.start:state.end].root if state is not None else None
            place = root is not None and root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "inside", "across"}
            if state is not None and state.actor.kind == "state" and state.actor.country not in governing and not place:
                return state  # not a place "in" which something happened ("a trial in Saudi Arabia")
        if pronoun.lower_ in {"him", "her"} and pronoun.dep_ in {"dobj", "pobj", "dative"}:
            # before the governing subject: "Perriello met Burhan and urged him to return" is not Perriello
            named = self._person_before(pronoun)
            if named is not None:
                return named
        mentions = self._governing_subject(pronoun)
        if mentions and pronoun.lower_ == "their" and _singular(mentions[0], pronoun.doc):
            # "Mexico paused relations with the U.S. and Canadian embassies after their ambassadors criticised":
            # the plural named before, not the single state above
            plural = self._plural_before(pronoun)
            if plural is not None:
                return plural
        if mentions and pronoun.lower_ in {"his", "her"} and pronoun.dep_ == "poss" and mentions[0].actor.kind in {
                "state", "capital", "seat"}:
            # "Manalo said China's actions violated Philippine rights, and his ministry demanded ...": a person's
            # pronoun stands for the person named before, not a state a clause above is about (decision 0063)
            person = self._latest_state_before(pronoun, frozenset({"leader"}))
            if person is not None:
                return person
        if mentions:
            return self._not_a_person(pronoun, mentions[0])
        if pronoun.lower_ in {"him", "her"} and pronoun.dep_ in {"dobj", "pobj", "dative"}:
            return self.memory.last_named_person or self.memory.last_person or self.memory.last_subject
        if pronoun.lower_ in {"he", "she", "his", "her", "him"}:
            return self.memory.last_person or self.memory.last_subject
        group, latest = self.memory.last_group, self.memory.last_subject
        if pronoun.lower_ in PLURAL_PRONOUNS and group is not None and (latest is None or group.start > latest.start):
            return group
        if latest is not None and not (pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in JUDGING_VERBS):
            return self._not_a_person(pronoun, latest)
        return latest  # 'Trump proposed ... Schiff called it "a non-starter"': the person's act, so theirs

    def _governing_subject(self, pronoun: Token) -> list[ActorMention]:
        """The mentions of the first subject before `pronoun` that names an actor, up the chain of clauses its
        clause hangs from ("Turkey said it would ...": Turkey); empty when none does."""
        verb = pronoun.head
        while pronoun.dep_ == "poss" and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # "Paris said its troops remained": from the clause of the possessed noun
        if pronoun.dep_ in SUBJECT_DEPS and verb.dep_ == "relcl":
            # "Western governments condemned the junta's ties to Wagner, whose fighters they accuse of killing
            # civilians": the subject of a relative clause on another noun is the subject of the clause above
            verb = verb.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i):
                if mentions := self.mentions_at(subject):
                    return mentions
        while verb.dep_ in {"ccomp", "xcomp", "advcl", "conj"} and verb.head.i != verb.i:
            verb = verb.head
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i):
                mentions = self.mentions_at(subject)
                if mentions:
                    return mentions
        return []

    def _latest_state_before(self, pronoun: Token, kinds: frozenset[str] = NAMED_BODY_KINDS) -> ActorMention | None:
        """The latest state or body (or other actor of `kinds`) named before `pronoun` in its sentence."""
        for chunk in reversed([c for c in self._proper_chunks(pronoun.sent) if c.end <= pronoun.i]):
            actor = self.resolve(chunk.text)
            if actor is not None and actor.country and actor.kind in kinds:
                return ActorMention(actor, chunk.start, chunk.end, chunk.start_char, chunk.end_char, "coreference")
        return None

    def _plural_before(self, pronoun: Token) -> ActorMention | None:
        """The first actor of the latest plural or coordinated phrase before `pronoun` in its sentence, other than
        a subject."""
        for token in reversed([t for t in pronoun.sent if t.i < pronoun.i]):
            plural = token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)
            if plural and token.dep_ not in SUBJECT_DEPS and token.pos_ in {"NOUN", "PROPN"}:
                mentions = [m for m in self.mentions_at(token) if m.actor.country]
                if mentions:
                    return mentions[0]
        return None

    def _coordinated_antecedents(self, pronoun: Token) -> list[ActorMention]:
        """"The leaders of France, Germany and Italy said they would ...": a plural subject pronoun of a clause under
        a verb whose subject names several actors stands for all of them; empty otherwise."""
        if pronoun.lower_ not in {"they", "them"}:
            return []
        mentions = self._governing_subject(pronoun)
        return mentions if len({(m.actor.country, m.actor.name) for m in mentions}) > 1 else []

    def _clause_subject(self, pronoun: Token) -> ActorMention | None:
        """A possessive in the object of a clause is most often its subject's: "Poland closed its border with
        Belarus", "the protesters and their supporters"."""
        noun = pronoun.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
            return None
        if verb.lemma_.lower() in INTRUSION_VERBS:
            return None  # "after a Chinese military aircraft violated its airspace": not the intruder's own
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == verb.i:
            # "to help Russia in its war against Ukraine": the object the act is done to, in its own undertaking
            helped = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
            mentions = self.mentions_at(helped) if helped is not None else []
            if mentions and mentions[0].actor.country:
                return mentions[0]
        while (verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}
               and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if verb.dep_ == "xcomp" and controller is not None:
                # "prompting Algeria to withdraw its ambassador from Paris": the object that does the act
                mentions = self.mentions_at(controller)
                if mentions and mentions[0].actor.country:
                    return mentions[0]
            verb = verb.head  # "Chad and Sudan agreed to reopen their border": the subject of "agreed"
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i):
            if subject.lower_ in PERSONAL_PRONOUNS:
                return None  # its own antecedent search
            mentions = self.mentions_at(subject)
            if mentions:
                return mentions[0]
        return None

    def _person_before(self, pronoun: Token) -> ActorMention | None:
        """Who an object "him" or "her" is when its sentence named a person before it ("labelled Adel Haddad a
        terrorist and levied sanctions against him"): the latest such person, but not the subject of the pronoun's
        own clause, whom an object pronoun never stands for."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        clause = [verb]
        while clause[-1].dep_ == "conj" and clause[-1].head.i != clause[-1].i:
            clause.append(clause[-1].head)  # "met Burhan and urged him": the subject the conjuncts share
        subjects = {t.i for v in clause for c in v.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        for chunk in reversed([c for c in self._proper_chunks(pronoun.sent) if c.end <= pronoun.i]):
            if chunk.root.i in subjects:
                continue
            actor = self.resolve(chunk.text)
            if actor is not None and actor.country and (actor.kind == "leader" or chunk.root.ent_type_ == "PERSON"):
                return ActorMention(actor, chunk.start, chunk.end, chunk.start_char, chunk.end_char, "coreference")
        for token in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.i not in subjects]):
            # "ordered the French ambassador to leave ..., accusing him of ...": a person named by their office
            if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in PERSON_OFFICE_NOUNS:
                mentions = [m for m in self.mentions_at(token) if m.actor.country]
                if mentions:
                    return mentions[0]
        return None

    def _speaker(self, pronoun: Token) -> ActorMention | None:
        """Who "I" or "we" is: the speaker of this sentence's verb of speaking ("'We will strike,' X said"),
        else the latest speaker of the document, else its latest subject."""
        for verb in speaking_verbs(pronoun.sent):
            if verb.i != pronoun.head.i:
                for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != pronoun.i):
                    mentions = self.mentions_at(subject)
                    if mentions:
                        return mentions[0]
        return self.memory.last_speaker or self.memory.last_subject

    def _proper_chunks(self, sentence: Span) -> list[Span]:
        """Noun chunks headed by a proper noun in `sentence` (the document's chunks are listed once)."""
        doc = sentence.doc
        if self._chunks_of is not doc:
            self._chunks_of = doc
            self._chunks = [c for c in doc.noun_chunks if c.root.pos_ == "PROPN"]
        return [c for c in self._chunks if sentence.start <= c.start and c.end <= sentence.end]

    def _state_antecedent(self, head: Token) -> ActorMention | None:
        """The state that "the country" / "the war-battered nation" refers to: the latest state named
        before it, in this sentence (other than the clause's own subject) or in an earlier one; one of its region's
        states when a region word says where ("the Middle Eastern nation")."""
        sentence = head.sent
        speaker = (self._speakers_state(head) or self._speakers_own_country(head) or self._rebels_state(head)
                   or self._defenders_state(head))
        if speaker is not None:
            return speaker
        subject_countries = {m.actor.country for c in head.sent.root.children if c.dep_ in SUBJECT_DEPS
                             for m in self.mentions_at(c)}
        region = region_states(phrase_text(phrase_tokens(head)))  # "the Middle Eastern nation": one of its states
        form = STATE_FORMS.get(head.lemma_.lower())

        def fits(country: str | None) -> bool:
            if form is not None:
                # "Saudi Arabia broke off relations with Iran ... following the kingdom's execution of Nimr al-Nimr":
                # the latest kingdom, the clause's subject too (decision 0059)
                return country in form and (region is None or country in region)
            return country not in subject_countries and (region is None or country in region)

        for chunk in reversed([c for c in self._proper_chunks(sentence) if c.end <= head.i]):
            actor = self.resolve(chunk.text)
            if actor is not None and actor.country and actor.name and fits(actor.country):
                return ActorMention(actor, chunk.start, chunk.end, chunk.start_char, chunk.end_char, "coreference")
        return next((m for m in reversed(self.memory.states) if fits(m.actor.country)), None)

    def _rebels_state(self, head: Token) -> ActorMention | None:
        """"The ELN, which has fought the state since 1964": the state rebels act on is their own."""
        if head.dep_ != "dobj" or head.lemma_.lower() != "state":
            return None
        for subject in (c for c in head.head.children if c.dep_ in SUBJECT_DEPS):
            for mention in self.mentions_at(subject):
                if mention.actor.country and mention.actor.sector in {"REB", "INS"}:
                    return _as_state(mention, "coreference")
        return None

    def _defenders_state(self, head: Token) -> ActorMention | None:
        """"called on Venezuelans to defend the country": the country one defends or serves is one's own, the
        state of the verb's subject, or of whom a verb of asking asks to do it."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in DEFENDING_VERBS:
            return None
        doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not doers and verb.dep_ == "xcomp":
            asked = [c for c in verb.head.children if c.dep_ == "dobj"] + [
                o for c in verb.head.children if c.dep_ in {"prt", "prep"} for o in c.children if o.dep_ == "pobj"]
            doers = asked or [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        for mention in (m for d in doers for m in self.mentions_at(d)):
            if mention.actor.country:
                return _as_state(mention, "coreference")
        return None

    def _speakers_own_country(self, head: Token) -> ActorMention | None:
        """"South Korea's spy agency said North Korean hackers had stolen data from the country's defence companies":
        "the country" inside a clause a state's body says, whose subject is of another state, is the speaker's."""
        clause = head
        while clause.dep_ != "ccomp" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head not in speaking_verbs(head.sent):
            return None
        subjects = [m for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < head.i for m in self.mentions_at(c)]
        for subject in (c for c in clause.head.children if c.dep_ in SUBJECT_DEPS):
            for mention in self.mentions_at(subject):
                own = mention.actor.country
                if own and mention.actor.sector in OWN_STATE_SPEAKERS and subjects and all(
                        m.actor.country and m.actor.country != own for m in subjects):
                    return _as_state(mention, "coreference")
        return None

    def _speakers_state(self, head: Token) -> ActorMention | None:
        """"Iran's supreme leader said the country would respond": the subject of what a speaker says, "the country",
        is the speaker's own state."""
        clause = head.head
        if head.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head not in speaking_verbs(head.sent):
            return None
        for subject in (c for c in clause.head.children if c.dep_ in SUBJECT_DEPS):
            for mention in self.mentions_at(subject):
                state_media = mention.actor.sector == "JRN" and "state" in subject.sent.doc[
                    mention.start:mention.end].text.lower()  # "North Korea's state media said the country ..."
                if mention.actor.country and (mention.actor.sector in {"GOV", None} or state_media):
                    return _as_state(mention, "coreference")
        return None


#: Nouns of one person's office that an object "him" or "her" may stand for ("the French ambassador ... him").
PERSON_OFFICE_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "minister", "president", "leader", "chief", "head",
                                 "commander", "general", "spokesman", "spokeswoman", "official", "governor", "mayor"})
#: Verbs whose object "the country" is the doer's own ("to defend the country"; decision 0057).
DEFENDING_VERBS = frozenset({"defend", "protect", "serve", "guard", "rebuild", "govern", "rule", "unite", "unify"})
#: Sectors of a state's own bodies whose "the country" in what they say is their own state.
OWN_STATE_SPEAKERS = frozenset({"GOV", "SPY", "MIL", "COP"})
#: Verbs of entering what is another's: a possessive in their object is not their subject's ("violated its
#: airspace", "entered its waters").
INTRUSION_VERBS = frozenset({"violate", "breach", "infringe", "enter", "invade", "intrude", "penetrate"})
#: Verbs that judge an act named as their object ("called the move a smash and grab", "denied the accusation").
JUDGING_VERBS = frozenset({"call", "characterize", "characterise", "describe", "deny", "dismiss", "label", "reject",
                           "refute", "boycott"})
#: Act nouns of an accusation: their author is who accused last ("The UAE denied the allegation").
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "criticism", "condemnation"})
#: Number words of a group of states named together ("the three countries").
GROUP_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
#: States that "the kingdom", "the emirate" or "the sultanate" can stand for: the monarchies news calls so.
STATE_FORMS = {
    "kingdom": frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "DNK", "NOR", "SWE", "THA", "KHM",
                          "BTN", "LSO", "SWZ", "TON"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "sultanate": frozenset({"OMN", "BRN"}),
}
#: Nouns of two sides that are their states ("both countries", "the two governments").
STATE_SIDE_NOUNS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor"})
#: What a denial denies having had, when an accuser was told before: "Pakistan denies any role", "denied
#: involvement" reject the last accuser.
DENIED_NOUNS = frozenset({"role", "involvement", "responsibility", "wrongdoing", "link", "hand", "complicity"})
#: Verbs that deny what an accusation says ("a charge Baku denied").
DENYING_VERBS = frozenset({"deny", "reject", "dismiss"})
#: Verbs of accusing: their subject is remembered as the accuser.
ACCUSING_VERBS = frozenset({"accuse", "allege", "blame", "charge"})


def _as_state(mention: ActorMention, role: str) -> ActorMention:
    """The state of `mention`'s actor, as a government, at the same words ("the country" a speaker says is their
    state's)."""
    actor = replace(mention.actor, sector="GOV", cameo_role="GOV", kind="state", name=None)
    return replace(mention, actor=actor, role=role)


def said_to_be_bad(clause: Token) -> bool:
    """Whether a clause says its subject is bad: "the sanctions were unjustified", "the comments were an unacceptable
    interference" (``negative_evaluations.txt``)."""
    bad = word_list("negative_evaluations")
    return clause.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and (c.lemma_.lower() in bad or any(
            m.dep_ == "amod" and m.lemma_.lower() in bad for m in c.children)) for c in clause.children)


def _singular(mention: ActorMention, doc: Doc) -> bool:
    """Whether a mention names one actor in the singular ("Mexico", not "the protesters")."""
    root = doc[mention.start:mention.end].root
    return root.tag_ not in {"NNS", "NNPS"} and not any(c.dep_ == "conj" for c in root.children)


#: Naming verbs of speech, not of an act (not "designate", "list" or "declare"): what they call an act is judged.
CALLING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "characterise", "characterize"})


#: Verbs of harm done to things: "the strikes destroyed a school".
DAMAGE_VERBS = frozenset({"destroy", "damage", "hit", "level", "flatten", "raze"})


def judges_an_act(head: Token) -> bool:
    """Whether `head` is a definite act noun with no actor of its own, judged by its verb: "the attack" in
    "Germany condemned the attack", "the move" in "Corbyn called the move a smash and grab", "the operation" in
    "The operation was condemned by the EU"."""
    if (head.lemma_.lower() in DENIED_NOUNS and head.dep_ == "dobj" and head.head.lemma_.lower() == "deny"
            and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ not in {"in", "for"})
                        for c in head.children)):
        return True  # "Pakistan denies any role": denies what its accuser said
    if (head.lemma_.lower() in ACCUSATION_NOUNS and head.dep_ == "dobj" and head.head.lemma_.lower() in DENYING_VERBS
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children) and head.i > head.head.i - 3
            and head.i < head.head.i):
        return True  # "..., a charge Baku denied": the charge told just before, its object placed first
    if (head.dep_ in {"nmod", "compound"} and head.head.dep_ in {"dobj", "oprd"} and not head.n_lefts + head.n_rights
            and (called := called_act(head.head.head, head.head)) is not None and called.i == head.i):
        return True  # "called the move "blackmail"", the parser making the act (and its "the") part of its name
    if head.lemma_.lower() not in word_list("act_nouns") | ACCUSATION_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in head.children):
        return False
    if any(c.dep_ in {"poss", "compound"} or (c.dep_ == "prep" and c.lower_ != "as")
           or (c.dep_ == "amod" and c.text[:1].isupper()) for c in head.children):
        return False  # "Russia's attack", "the attack on Kyiv", "the Turkish operation": the phrase says more (not
        # "rejected the accusations as Russophobic", where "as" says what the verb calls it)
    if head.dep_ == "nsubj" and said_to_be_bad(head.head):
        return True  # "said the sanctions were unjustified": judged by what they are said to be
    if head.dep_ == "nsubj" and _draws_from_someone(head.head):
        return True  # "The strikes drew condemnation from Tehran": judged by whoever condemned them
    if (head.dep_ == "nsubj" and head.lemma_.lower() in word_list("attack_nouns")
            and head.head.lemma_.lower() in word_list("harm_verbs") | DAMAGE_VERBS):
        return True  # "The strikes killed at least 12 people": the author of the strikes told before (decision 0062)
    if head.dep_ not in {"dobj", "nsubjpass", "pobj"}:
        return False
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "pobj" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "blamed Iran for the attack": the act is what the object is blamed for
    if head.dep_ == "pobj" and head.head.lower_ == "against" and verb.pos_ == "VERB":
        return True  # "spoke out against the attack", "protested against the decision": opposed to its author
    lemma = verb.lemma_.lower()
    if lemma in word_list("evaluative_verbs") or lemma in JUDGING_VERBS:
        return True
    # "called the seizure 'an outrageous violation of sovereign Ukrainian territory'" (decision 0060)
    bad = word_list("negative_evaluations")
    return lemma in CALLING_VERBS and head.dep_ == "dobj" and any(
        w.lemma_.lower() in bad or w.lower_ in bad for c in (*verb.children, *head.children)
        if c.i > head.i and c.dep_ != "prep" for w in c.subtree)


def called_act(verb: Token, obj: Token) -> Token | None:
    """"called the move "blackmail"": the act noun the parser made a modifier of the bad name a calling verb gives it
    (its object), or None."""
    if verb.lemma_.lower() not in CALLING_VERBS or obj.lemma_.lower() not in word_list("negative_evaluations"):
        return None
    return next((c for c in obj.children if c.dep_ in {"nmod", "compound"} and c.i < obj.i
                 and c.lemma_.lower() in word_list("act_nouns")), None)


def _draws_from_someone(verb: Token) -> bool:
    """"drew condemnation from Tehran", "prompted criticism from the EU": a verb of receiving
    (``receiving_verbs.txt``) whose object is an act (``received_acts.csv``) someone named after "from" gives."""
    return verb.lemma_.lower() in word_list("receiving_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in received_acts() and any(
            p.dep_ == "prep" and p.lower_ == "from" for head in (verb, c) for p in head.children)
        for c in verb.children)


def speaking_verbs(sentence: Span) -> list[Token]:
    """The verbs of speaking or claiming of `sentence` ("said", "announced", "claimed")."""
    lemmas = word_list("speech_verbs") | word_list("claim_verbs")
    return [t for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in lemmas]


def names_two_sides(head: Token) -> bool:
    """"the two sides", "both countries", "the two governments", "each side" ("Each side blamed the other"); not a
    name ("both the Kurdistan Workers' Party (PKK) and ..."; decision 0060)."""
    if head.lemma_.lower() not in word_list("side_nouns") or head.pos_ == "PROPN":
        return False
    return any(c.lower_ in {"two", "both", "each"} and c.dep_ in {"nummod", "det", "predet", "amod", "quantmod"}
               for c in head.children)


#: Verbs of asking someone to act: "the parties" they ask are the story's two sides (decision 0060).
URGING_VERBS = frozenset({"urge", "call", "ask", "press", "encourage", "implore"})


def names_all_sides(head: Token) -> bool:
    """"urged all parties to exercise restraint", "the warring parties", "urged the parties to": the story's two
    sides when it has two (decision 0060), else what the phrase says."""
    return head.lemma_.lower() in {"party", "side"} and head.tag_ == "NNS" and not any(
        c.dep_ == "prep" for c in head.children) and any(
        c.lower_ in {"all", "warring"} or (c.lower_ == "the" and head.dep_ == "dobj"
                                           and head.head.lemma_.lower() in URGING_VERBS) for c in head.children)


