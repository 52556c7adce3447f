"""Screening candidates before they are typed: who can be an actor, and the state a story is about.

Stage ``screen`` of the pipeline. A candidate is dropped when one of its mentions is not an actor:

- a number, a date or a quantity ("35 were killed", "at 5 p.m.");
- an object, a weapon, a building or a text that the knowledge base does not know as an actor
  ("thirteen rockets", "the wall", "a constitution", "security compounds"): an unresolved common noun;
  a state's word that only describes such a thing ("Azerbaijani flags") or is part of its name ("Baghdad
  International Airport") is no actor either;
- a bare place ("in Maidan Wardak province", "Causeway Bay"): a place that is not a capital or a seat of
  government standing for its state (those the resolver gives as metonyms, and they stay);
- the audience or medium of a statement: "told reporters", "informed the press", "said on television",
  "wrote on Twitter";
- a person's possessive standing alone ("his counterparts", "her husband", "at his golf club"): the sentence is
  about what the person has, and the person acting is named as its subject; events "his" or "her" took part in
  were far more often wrong than right on the real-news development articles (``PERSON_POSSESSIVES``);
- the source itself ("Hamas ... warned Hamas spokesman");
- what a verb of carrying carries ("flies fighters and cargo to Syria");
- what is talked about ("met to discuss Libya", "spoke about Iran"), and the actors of a relation talked about;
- a news medium that reports or cites ("The BBC cited the police chief as saying", "PBS revealed that the prince
  accepted"): it tells the news, it does not act on the people it names;
- what a proposed text would do ("a bill that would have allowed China to extradite people", "an amendment to
  allow ..."): the act is the content of a text in a clause that is not real, not an event.

Stage ``context`` gives agents without a state of their own ("the president", "police", "protesters",
"the junta"), names the knowledge base does not know (a local politician, a local group) and organisations
named only by their kind ("the network", "the commission": ``organisation_nouns.txt``) the state the
document is about (:func:`document_state`): the state its actors name most often, when it holds more than
:data:`DOCUMENT_STATE_SHARE` of the actors' state mentions. A story about several states has none, and a
phrase that carries a state's word of its own ("the Russian-backed juntas": a backer; "juntas in former
French colonies") keeps its state unknown. Their `via` ends in ``+document`` so that a user can tell them
from actors the knowledge base resolved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from shadowline.actors.document import RULER_NOUNS
from shadowline.actors.regions import region_states
from shadowline.actors.resolver import congresses
from shadowline.coding.candidates import GROUND_NOUNS, GROUND_VIA, plan_holder, restricted_goods
from shadowline.coding.coreference import DENIED_NOUNS, DENYING_VERBS, said_to_be_bad
from shadowline.coding.event_types import COMPLAINT_RELATION
from shadowline.coding.implicit import IMPLICIT_ROLE
from shadowline.coding.lexicon import word_list
from shadowline.coding.phrases import MEETING_NOUNS, places_after_in
from shadowline.records import ActorMention, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Entity labels that never name an actor.
NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                                "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "LANGUAGE"})
#: Entity labels the parser gives names it misreads ("lifted sanctions on Niger": WORK_OF_ART): a state, body or
#: territory or leader the knowledge base knows by that name stays an actor ("signed a memorandum with Somaliland").
MISREAD_NAME_ENTITIES = frozenset({"WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "LANGUAGE"})
NAMED_KINDS = frozenset({"state", "territory", "organisation", "leader"})
#: Entity labels of places: an unresolved one is a bare place, not an actor.
PLACE_ENTITIES = frozenset({"FAC", "LOC", "GPE"})
#: Kinds of actor that name a place below a state: as a compound before an object they say where it is.
PLACE_KINDS = frozenset({"capital", "seat", "territory", "place"})
#: Verbs of speaking whose journalist object or prepositional object is the audience, not a target.
SPEAKING_VERBS = frozenset({"tell", "say", "speak", "inform", "brief", "give", "add", "explain", "write", "talk",
                            "confirm", "announce", "state", "comment", "reveal"})
#: Possessive determiners of a person: alone as a phrase they are no actor (see the module docstring).
PERSON_POSSESSIVES = frozenset({"his", "her"})
#: Sectors of organisations above states (UN, EU, NATO ...): they do not count for the document's state.
ABOVE_STATE_SECTORS = frozenset({"IGO"})
#: The least share of a document's state mentions its most named state must hold to be the document's state.
DOCUMENT_STATE_SHARE = 0.3


def _span(candidate: Candidate, mention: ActorMention) -> Span:
    return candidate.sentence.doc[mention.start:mention.end]


#: Nouns of a revolt, an agent word for its rebels in the tables ("the insurgency said"), and the verbs that make one
#: an act ("waged an insurgency"; "crushed the rebellion" still acts on the rebels).
REVOLT_NOUNS = frozenset({"insurgency", "rebellion", "uprising", "insurrection", "revolt", "insurgence"})
REVOLT_MAKING_VERBS = frozenset({"wage", "wag", "lead", "start", "begin", "fuel", "spark", "ignite"})  # "wag": the
# lemmatizer's reading of "waged"


def is_actor(candidate: Candidate, mention: ActorMention) -> bool:
    """Whether `mention` of `candidate` can be an actor (see the module docstring)."""
    actor = mention.actor
    if mention.role in {"side", IMPLICIT_ROLE}:
        return True  # "the two sides", resolved to the story's two parties; the police of "were arrested"
    span = _span(candidate, mention)
    if mention.role == "coreference" and actor.country and span.root.lemma_.lower() in word_list("act_nouns"):
        return True  # "Hamas welcomed the resolution": an act or text judged stands for its author
    # "Hundreds of protesters gathered", "Thousands of Israelis protested": a protest, an arrest or a harm is done
    # by the people counted
    told = candidate.relation == "implicit" or candidate.trigger.lemma_.lower() in _counted_act_verbs()
    root = _counted(span.root) if told else span.root
    if len(span) == 1 and root.lower_ in PERSON_POSSESSIVES:
        return False  # "his counterparts": the phrase is about what the person has
    if len(span) == 1 and root.dep_ == "amod" and root.head.lemma_.lower() in word_list("non_actor_nouns") and not (
            mention is candidate.source and root.head.dep_ in {"nsubj", "nsubjpass", "pobj"}
            and root.head.lemma_.lower() in word_list("weapon_nouns")) and not _desecrated_symbol(candidate, root) \
            and not _attacked_property(candidate, mention, root) and not _restricted_goods(root) \
            and not _barred_craft(candidate, mention, root):
        # "Azerbaijani flags": the word describes an object, it names no actor; "Ukrainian drones struck" is
        # Ukraine's act, "burned the Macedonian flag" a protest against North Macedonia, "a drone attack on a Saudi
        # oil facility" one on Saudi Arabia
        return False
    if root.dep_ == "compound" and root.head.i >= span.end and (
            root.head.lemma_.lower() in word_list("non_actor_nouns")) and (
            root.head.pos_ == "PROPN" or actor.kind in PLACE_KINDS):
        # "Baghdad International Airport": the words are part of a building's or a place's name; "a Baghdad
        # airport": a place saying where the thing is ("Hamas installations" are still Hamas's)
        return False
    if (len(span) == 1 and root.dep_ == "amod" and root.head.lemma_.lower() in DENIED_NOUNS
            and candidate.trigger.lemma_.lower() in DENYING_VERBS):
        return False  # "The White House rejected any suggestion of American involvement": whose, not whom (0059)
    misread = root.ent_type_ in MISREAD_NAME_ENTITIES and actor.kind in NAMED_KINDS
    if root.ent_type_ in NOT_ACTOR_ENTITIES and not misread:
        return False
    if all(t.like_num or t.is_punct or t.pos_ == "DET" for t in span):
        return False
    if (actor.country is None and root.tag_ in {"NNS", "NNPS"} and root.lemma_.lower() in GENERIC_STATE_NOUNS
            and not any(c.dep_ in {"amod", "compound", "prep", "nmod"} for c in root.children)):
        return False  # "cannot send weapons to countries at war", "54 nations have signed": no state in particular
    if (root.lemma_.lower() in REVOLT_NOUNS and root.dep_ == "dobj"
            and root.head.lemma_.lower() in word_list("attack_making_verbs") | REVOLT_MAKING_VERBS):
        return False  # "has waged an insurgency against the Turkish state": the act, not the insurgents
    if actor.kind == "place":
        # a town or region as such is no actor, a capital or seat stands for its state (kind capital/seat); one
        # attacked is the state attacked ("Houthi drones attacked Abqaiq"), unless it is where the act happened
        # (`is_scene`)
        return _attacked_place(candidate, mention, root)
    if (actor.via or "").endswith(f"+{GROUND_VIA}") or (
            actor.country is not None and root.pos_ == "NOUN" and root.lemma_.lower() in GROUND_NOUNS
            and actor.kind not in PLACE_KINDS):
        # "violated Polish airspace": the state's ground; not the source's own ("The Greek foreign ministry summoned
        # the Turkish ambassador to protest against the violation of Greek airspace", decision 0058)
        return mention is candidate.source or candidate.source.actor.country != actor.country
    if (root.lemma_.lower() in word_list("attack_nouns") and root.dep_ == "dobj"
            and root.head.lemma_.lower() in word_list("attack_making_verbs")):
        return False  # "Turkey launched a military offensive against Kurdish-led forces": the act (decision 0058)
    if actor.country is not None or actor.sector is not None:
        # "rockets" is no actor even when a sector is found for it; "the House" (a proper name) is one
        return not (root.pos_ == "NOUN" and root.is_lower and root.lemma_.lower() in word_list("non_actor_nouns")
                    and not _attacked_post(candidate, mention, root) and not _authored_text(candidate, mention, root)
                    and not _used_weapon(candidate, mention, root) and not _attacked_place(candidate, mention, root)
                    and not _hacked_system(candidate, mention, root) and not _barred_craft(candidate, mention, root)
                    and not _complained_of(candidate, mention, root))
    # unresolved by the knowledge base
    if names_an_organisation(span):
        return True
    if root.pos_ in {"NOUN", "NUM", "ADJ", "ADV"} or root.lemma_.lower() in word_list("non_actor_nouns"):
        return False
    return root.ent_type_ not in PLACE_ENTITIES


#: Verbs of a cyber attack, and the systems they hit: "hacked Russian state websites" hits the Russian state.
CYBER_VERBS = frozenset({"hack", "breach", "deface", "infiltrate", "compromise"})
SYSTEM_NOUNS = frozenset({"website", "account", "server", "network", "system", "email", "database", "computer"})


def _hacked_system(candidate: Candidate, mention: ActorMention, root: Token) -> bool:
    """"Ukraine's military intelligence said it had hacked Russian state websites": systems of an actor a cyber attack
    hits stand for the actor."""
    return (mention is candidate.target and mention.actor.country is not None
            and root.lemma_.lower() in SYSTEM_NOUNS and candidate.trigger.lemma_.lower() in CYBER_VERBS)


def _restricted_goods(word: Token) -> bool:
    """Whether a state word describes goods a trade restriction is on (`candidates.restricted_goods`): "raised tariffs
    on Chinese electric vehicles" hits China, "duties on European brandy" the EU."""
    goods = word.head
    while goods.dep_ == "conj" and goods.head.i != goods.i:
        goods = goods.head  # "duties on European pork and Chinese brandy"
    return restricted_goods(goods)


#: Texts that act for their authors when they are the subject ("A U.S. congressional report called for sanctions").
AUTHORED_TEXTS = frozenset({"report", "statement", "resolution", "communique", "letter"})
#: Symbols of a state that protesters burn or trample, and the verbs that do it.
STATE_SYMBOLS = frozenset({"flag", "effigy", "portrait", "poster"})
DESECRATING_VERBS = frozenset({"burn", "trample", "tear", "desecrate", "deface", "stomp"})


def _used_weapon(candidate: Candidate, mention: ActorMention, root: Token) -> bool:
    """"Syrian government missiles have struck", "The missiles fired by the Israeli military struck": weapons whose
    users the phrase names act for them."""
    return (mention is candidate.source and mention.actor.country is not None and root.dep_ == "nsubj"
            and root.lemma_.lower() in word_list("weapon_nouns"))


#: Verbs that judge a text: a text whose author the phrase names stands for its author as their object ("Rwanda's
#: government rejected a U.N. report").
TEXT_JUDGING_VERBS = frozenset({"reject", "dismiss", "deny", "denounce", "condemn", "criticise", "criticize",
                                "welcome", "praise", "endorse", "dispute"})


def _authored_text(candidate: Candidate, mention: ActorMention, root: Token) -> bool:
    """"A U.S. congressional report called for", "a UN report concluded", "a U.N. report that accused it": a text
    whose author the phrase names speaks for its author, and stands for it when it is judged ("rejected a U.N.
    report")."""
    if root.lemma_.lower() not in AUTHORED_TEXTS or mention.actor.country is None:
        return False
    if mention is candidate.target:
        # "said Canada's statement was a blatant interference": judged by what it is said to be
        return (root.dep_ == "dobj" and root.head.i == candidate.trigger.i and (
            candidate.trigger.lemma_.lower() in TEXT_JUDGING_VERBS)) or (
            root.dep_ == "nsubj" and root.head.head.i == candidate.trigger.i and said_to_be_bad(root.head))
    return root.dep_ in {"nsubj", "nsubjpass"} or (
        candidate.trigger.dep_ in {"acl", "relcl"} and candidate.trigger.head.i == root.i)


#: Verbs that shut a state's ships or aircraft out ("closed its ports to Israeli ships", "banned Russian aircraft
#: from its airspace"), and the craft they shut out.
BARRING_VERBS = frozenset({"close", "shut", "ban", "bar", "deny"})


def _barred_craft(candidate: Candidate, mention: ActorMention, word: Token) -> bool:
    """"Algeria closed its airspace to Moroccan aircraft", "banned Russian aircraft from its airspace": the ships or
    aircraft of a state barred stand for the state barred (a sanction on it)."""
    barred = VESSEL_NOUNS | AIRLINE_NOUNS
    craft = word if word.lemma_.lower() in barred else word.head
    if mention is not candidate.target or craft.lemma_.lower() not in barred:
        return False
    verb = craft.head.head if craft.dep_ == "pobj" and craft.head.lower_ == "to" else (
        craft.head if craft.dep_ == "dobj" else None)
    return verb is not None and verb.i == candidate.trigger.i and verb.lemma_.lower() in BARRING_VERBS


def _complained_of(candidate: Candidate, mention: ActorMention, word: Token) -> bool:
    """"Japan protested after a Chinese military aircraft violated its airspace": the aircraft or ships of a state
    whose act a complaint answers stand for the state's forces (decision 0063)."""
    return mention is candidate.target and candidate.relation == COMPLAINT_RELATION and word.dep_ == "nsubj"


def _attacked_property(candidate: Candidate, mention: ActorMention, word: Token) -> bool:
    """"a drone attack on a Saudi oil facility", "struck Ukrainian power plants": a state's property attacked stands
    for the state, as its aircraft or drones shot down do."""
    thing = word.head
    attack = thing.head.head if thing.dep_ == "pobj" and thing.head.lower_ in {"on", "at", "against"} else (
        thing.head if thing.dep_ == "dobj" else None)
    attacks = word_list("attack_verbs") | word_list("attack_nouns")
    if mention is candidate.target and thing.dep_ == "dobj" and _shot_down(thing.head):
        return True  # "Polish jets shot down several Russian drones": the state's craft downed (decision 0057)
    return (mention is candidate.target and attack is not None and attack.lemma_.lower() in attacks
            and thing.lemma_.lower() not in word_list("weapon_nouns"))


def _desecrated_symbol(candidate: Candidate, word: Token) -> bool:
    """"Protesters burned the Macedonian flag": a state's symbol burned or trampled stands for the state."""
    symbol = word.head
    return (symbol.lemma_.lower() in STATE_SYMBOLS and symbol.dep_ == "dobj"
            and symbol.head.lemma_.lower() in DESECRATING_VERBS and candidate.trigger.i == symbol.head.i)


#: Words before a building that make it a post of the armed forces or the police ("a police headquarters").
FORCE_WORDS = frozenset({"police", "army", "military", "naval", "security"})


def _attacked_post(candidate: Candidate, mention: ActorMention, root: Token) -> bool:
    """"The Taliban stormed a police headquarters": an attack on a post of the armed forces or the police is an
    attack on them."""
    return (mention is candidate.target and (candidate.trigger.lemma_.lower() in word_list("attack_verbs")
                                             or _fired_at(candidate.trigger, root))
            and mention.actor.sector in {"MIL", "COP"}
            and any(c.dep_ in {"compound", "amod"} and c.lower_ in FORCE_WORDS for c in root.children))


def _attacked_place(candidate: Candidate, mention: ActorMention, root: Token) -> bool:
    """"Russia attacked the town of Pokrovsk", "Somali pirates hijacked a Bangladeshi cargo ship", "fired on villages
    in the Syunik region": a settlement or a thing the phrase places in or gives to a state, attacked, is the state
    attacked (its people: the phrase's sector)."""
    return (mention is candidate.target and mention.actor.country is not None
            and (candidate.trigger.lemma_.lower() in word_list("attack_verbs") or _fired_at(candidate.trigger, root)
                 or _shot_down(candidate.trigger)))


def _shot_down(trigger: Token) -> bool:
    """"shot down a Ukrainian passenger jet", "brought down the drone": what is downed is attacked."""
    return trigger.lemma_.lower() in {"shoot", "bring"} and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children)


#: Verbs of firing: what they are fired "at" is attacked ("fired anti-tank missiles at an Israeli army post").
FIRING_VERBS = frozenset({"fire", "launch", "lob", "shoot"})


def _fired_at(trigger: Token, root: Token) -> bool:
    """Whether `root` is what `trigger` fires at ("fired missiles at an army post")."""
    preposition = root.head
    return (trigger.lemma_.lower() in FIRING_VERBS and root.dep_ == "pobj" and preposition.head.i == trigger.i
            and preposition.lower_ in {"at", "on", "toward", "towards", "into"})


@cache
def _counted_act_verbs() -> frozenset[str]:
    """Verbs whose counted subject or object is the people counted: protests, arrests, sentences, attacks, harm,
    release and burning a state's symbols ("hundreds of protesters in Kinshasa burned US and Belgian flags")."""
    return (word_list("protest_verbs") | word_list("arrest_verbs") | word_list("sentencing_verbs")
            | word_list("attack_verbs") | word_list("harm_verbs") | word_list("release_verbs") | DESECRATING_VERBS)


def _counted(root: Token) -> Token:
    """What a count is of: "Hundreds of protesters" are protesters, "dozens of police" police."""
    if not (root.like_num or root.ent_type_ in {"CARDINAL", "QUANTITY"}):
        return root
    return next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), root)


def names_an_organisation(span: Span) -> bool:
    """"the network", "the commission": a definite organisation noun, an actor though unnamed."""
    root = span.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in word_list("organisation_nouns") and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in root.children)


#: Platforms a statement is made on, whatever the verb ("warned Beijing on Twitter").
PLATFORMS = frozenset({"twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "weibo", "whatsapp",
                       "wechat", "truth", "television", "radio"})
#: Prepositions of the medium a statement is made in: "wrote on Twitter", "said via Facebook".
MEDIUM_PREPOSITIONS = frozenset({"prep:on", "prep:via", "prep:in", "prep:through"})


def is_audience(candidate: Candidate) -> bool:
    """"told reporters", "informed the press", "said on television", "wrote on Twitter", a minister who "told
    parliament" (their own legislature), a platform any act is told on: the target only hears or carries the
    statement."""
    target = candidate.target
    root = _span(candidate, target).root
    if (root.lemma_.lower() in PLATFORMS and root.dep_ == "pobj" and root.head.lower_ in {"on", "via"}
            and root.head.head.i == candidate.trigger.i):
        return True  # "Mr Trump warned Beijing on Twitter not to retaliate": where he said it, not "a ban on TikTok"
    if candidate.trigger.lemma_.lower() not in SPEAKING_VERBS | {"tweet", "post"}:
        return False
    own_legislature = (candidate.relation in {"dobj", "dative"} and target.actor.sector == "LEG"
                       and target.actor.country in {None, candidate.source.actor.country})
    return (target.actor.sector == "JRN" or candidate.relation in MEDIUM_PREPOSITIONS or own_legislature
            or _span(candidate, target).root.lemma_.lower() in word_list("audience_nouns"))


#: Verbs of a news medium telling the news: with a medium as subject they are reporting, not acting.
NEWS_VERBS = frozenset({"cite", "quote", "publish", "broadcast", "air", "reveal", "report", "say", "write"})


def is_news_report(candidate: Candidate) -> bool:
    """"The BBC cited Budi Gunawan as saying", "PBS revealed that ...": a news organisation reporting."""
    source = candidate.source.actor  # also a state's media ("Iranian state media quoted a local official"; 0059)
    return source.sector == "JRN" and candidate.trigger.lemma_.lower() in NEWS_VERBS | word_list("reporting_verbs")


#: Prepositions of where an act happens: a territory or place after them is the scene, not the target.
SCENE_PREPOSITIONS = frozenset({"in", "inside", "across", "throughout"})


def is_scene(candidate: Candidate) -> bool:
    """"took measures in New Caledonia", "cracked down across the territory": a territory (or a place) after "in"
    is where the act happened, however the pair was proposed; a state so placed stays a target ("invested in
    Armenia"); so is where the people acted on stood ("dispersed crowds outside the embassies")."""
    root = _span(candidate, candidate.target).root
    if candidate.target.actor.kind not in {"territory", "place"}:
        return _where_a_crowd_was(candidate, root)
    return root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPOSITIONS and not _where_an_attack_hit(candidate, root)


def _where_an_attack_hit(candidate: Candidate, place: Token) -> bool:
    """"Pakistani troops shelled border posts in Kashmir", "attacked oil facilities in Abqaiq": the region or town
    where what an attack hit lies is its target when nothing else is (the pair is proposed only then); its state is
    the one attacked."""
    verb = candidate.trigger
    holder = place.head.head
    return (verb.lemma_.lower() in word_list("attack_verbs")
            and (holder.i == verb.i or (holder.dep_ == "dobj" and holder.head.i == verb.i)))


#: People a place "outside" or "near" them says where they were: "crowds outside the French and US embassies".
CROWD_NOUNS = frozenset({"crowd", "protester", "demonstrator", "people", "supporter", "mourner", "worshipper",
                         "student", "migrant"})


def _where_a_crowd_was(candidate: Candidate, root: Token) -> bool:
    """"Police fired tear gas to disperse crowds outside the French and US embassies": where the people the act is
    done to stood, not a second target (decision 0059)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    crowd = root.head.head
    return (root.dep_ == "pobj" and root.head.lower_ in {"outside", "near", "around"}
            and crowd.lemma_.lower() in CROWD_NOUNS and crowd.head.i == candidate.trigger.i)


def is_cargo(candidate: Candidate) -> bool:
    """"Mahan flies fighters and cargo to Syria", "deployed Syrian mercenaries to Libya": what a verb of carrying
    (``cargo_verbs.txt``) carries is no target, however the pair was proposed; where it goes may be."""
    token = _span(candidate, candidate.target).root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and (token.head.lemma_.lower() in word_list("cargo_verbs") or _readied(token))


#: States of readiness forces are put or placed on ("put the army on high alert").
READINESS_NOUNS = frozenset({"alert", "standby", "readiness"})


def _readied(obj: Token) -> bool:
    """"put the Serbian army on high alert", "placed its forces on standby": forces readied are moved, not acted
    on."""
    verb = obj.head
    return verb.lemma_.lower() in {"put", "place"} and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() in READINESS_NOUNS for o in p.children)
        for p in [*verb.children, *obj.children])


#: Verbs of talking whose object is what is talked about ("met to discuss Libya", "spoke about Iran").
TALK_VERBS = word_list("talk_verbs")
TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding", "concerning"})


def is_topic(candidate: Candidate) -> bool:
    """"gathered in Cairo to discuss Libya-Turkey relations", "spoke about Iran": what is talked about is no
    party to the talk, nor are the actors of a relation talked about."""
    token = _span(candidate, candidate.target).root
    if candidate.trigger.pos_ == "NOUN":
        token = candidate.trigger  # a relation noun ("relations") inside the topic
    while token.head.i != token.i and (token.dep_ in {"conj", "compound", "amod", "poss", "nmod"} or (
            token.dep_ == "pobj" and token.head.lower_ in {"in", "of", "for"}
            and token.head.head.pos_ in {"NOUN", "PROPN"})):
        # "discussed security in Haiti": the place of the topic is the topic's
        token = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in TALK_VERBS
    if token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPOSITIONS:
        return token.head.head.lemma_.lower() in TALK_VERBS
    return False


#: Nouns of a complaint or suit brought before a body ("a complaint with the WTO").
COMPLAINT_NOUNS = frozenset({"complaint", "case", "lawsuit", "suit", "petition", "grievance"})
#: Prepositions of the body a complaint is brought before.
VENUE_PREPOSITIONS = frozenset({"with", "to", "before", "at"})


def is_venue(candidate: Candidate) -> bool:
    """"lodged a complaint against Russia with the World Trade Organization": the court or body above states a
    complaint is brought before is where it is made, not whom it is against, however the pair was proposed. A
    complaint against no one named is to the body ("complained to the U.N. Security Council"), as the PLOVER and
    CAMEO coders have it."""
    if candidate.target.actor.sector not in {"IGO", "JUD"}:
        return False
    root = _span(candidate, candidate.target).root
    if root.dep_ != "pobj" or root.head.lower_ not in VENUE_PREPOSITIONS:
        return False
    verb = owner = root.head.head
    if owner.pos_ == "VERB":
        owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
    return owner.lemma_.lower() in COMPLAINT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in [*owner.children, *verb.children])


def same_actor(candidate: Candidate) -> bool:
    """Source and target are one actor: the same known entity, or the same words."""
    source, target = candidate.source.actor, candidate.target.actor
    if source.name and source.name == target.name and source.country == target.country:
        return True
    if target.kind == "people" and target.country == source.country and source.names_state and (
            _span(candidate, candidate.target).root.dep_ == "amod"):
        return True  # "Ukraine filed a complaint over their bans on Ukrainian grain": its own goods, not an actor
    return _span(candidate, candidate.source).text.lower() == _span(candidate, candidate.target).text.lower()


#: Modal auxiliaries that make a clause unreal ("a bill that would allow").
IRREALIS_AUXILIARIES = frozenset({"would", "could", "might", "may"})


def proposed_by_a_text(candidate: Candidate) -> bool:
    """Whether the trigger is what a proposed text would do: in (or complementing) a clause that describes a
    bill, law or proposal ("a bill that would have allowed China to extradite people", "an amendment to a law
    to allow ...") and is unreal (a modal "would", "could" ...) or an infinitive."""
    verb = candidate.trigger
    while verb.dep_ in {"xcomp", "ccomp", "conj"} and verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.dep_ not in {"relcl", "acl"}:
            break
        verb = verb.head
    if verb.dep_ not in {"relcl", "acl"} or verb.head.lemma_.lower() not in word_list("proposal_nouns"):
        return False
    if plan_holder(verb) is not None:
        return False  # "passed a bill to impose sanctions": the act of those who adopt it (a coming one)
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in IRREALIS_AUXILIARIES | {"to"} for c in verb.children)


def screen_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates whose source and target can both be actors and are two actors, in an act that is told
    as one (see the module docstring)."""
    return [c for c in candidates if is_actor(c, c.source) and is_actor(c, c.target)
            and not is_audience(c) and not is_scene(c) and not is_news_report(c) and not same_actor(c)
            and not proposed_by_a_text(c) and not is_cargo(c) and not is_topic(c) and not is_venue(c)]


def _counts_for_state(mention: ActorMention) -> bool:
    """Whether a mention names a state for the document's state: not a body above states, nor its forces ("the
    UN peacekeepers"), nor an agent placed only by the antecedent of "its" ("its foreign ministry"), nor an agent the
    text does not write (an implicit attacker; decision 0060)."""
    actor = mention.actor
    return (mention.role != IMPLICIT_ROLE and actor.country is not None and actor.sector not in ABOVE_STATE_SECTORS
            and actor.country != "NGO"
            and actor.country not in _body_codes() and not (actor.via or "").endswith("+possessor"))


@cache
def _body_codes() -> frozenset[str]:
    """The codes of intergovernmental bodies in the bundled knowledge base."""
    from shadowline.actors import load_knowledge_base

    return load_knowledge_base().igo_codes


def _back_reference(candidate: Candidate, mention: ActorMention) -> bool:
    """Whether `mention` is a bare "the junta" or "the officers" that stands for a force named before with its state."""
    span = _span(candidate, mention)
    return len(span) == 2 and span[0].lower_ in {"the", "this"} and span[1].lower_ in RULER_NOUNS


def document_state(candidates: Sequence[Candidate], share: float = DOCUMENT_STATE_SHARE) -> str | None:
    """The state (or other home country) a document's actors name most often, the first named on a tie;
    None unless it holds more than `share` of the mentions that name a state (a story about one state)."""
    counts: Counter[str] = Counter()
    seen: set[tuple[int, int]] = set()
    for candidate in candidates:
        for mention in (candidate.source, candidate.target):
            if _back_reference(candidate, mention):
                continue  # "the officers" after "400 Kenyan police officers": named once, counted once
            if (mention.start, mention.end) not in seen and _counts_for_state(mention):
                seen.add((mention.start, mention.end))
                counts[mention.actor.country or ""] += 1
    if not counts:
        return None
    state, count = counts.most_common(1)[0]
    return state if count > share * sum(counts.values()) else None


#: Nouns of states in general: in the plural with no state named ("countries at war") they are no actor.
GENERIC_STATE_NOUNS = frozenset({"country", "nation", "state"})
#: Words that put an agent beyond the story's state ("foreign forces", "the international community", "Western
#: governments").
BEYOND_STATE_WORDS = frozenset({"foreign", "international", "western"})
#: Nouns "foreign" describes as the state's own dealings abroad ("the foreign minister", "foreign intelligence").
OWN_FOREIGN_NOUNS = frozenset({"minister", "ministry", "office", "affair", "secretary", "policy", "service",
                               "intelligence", "relation", "trade", "aid", "committee", "department"})


def _carries_state_word(candidate: Candidate, mention: ActorMention,
                        state_of_word: Callable[[str], str | None] | None) -> bool:
    """Whether the phrase names a state in a word that did not make it the actor's state: a backer
    ("Russian-backed"), a place it is in or comes from ("juntas in former French colonies"), or says it is of
    another state ("foreign forces")."""
    if mention.actor.backer is not None:
        return True
    span = _span(candidate, mention)
    plural = span.root.tag_ in {"NNS", "NNPS"}
    if any(t.lower_ in BEYOND_STATE_WORDS and (t.head.lemma_.lower() not in OWN_FOREIGN_NOUNS or plural)
           for t in span):
        # "foreign forces" in a story about Afghanistan are not Afghan ("the foreign minister" is, but "foreign
        # intelligence services" are other states'), nor is "the international community" Armenian
        return True
    if span.root.lower_ in {"countries", "nations", "states", "sides"}:
        return True  # "Some European countries", "all sides": several states, none of them the story's by default
    if state_of_word is None:
        return False
    return any(token.text[:1].isupper() and state_of_word(token.text) is not None for token in span)


def _bare_congress(candidate: Candidate, mention: ActorMention) -> bool:
    """"Congress", "the Congress": no state named in the phrase."""
    words = [t.lower_ for t in _span(candidate, mention)]
    return mention.actor.country == "USA" and words in (["congress"], ["the", "congress"])


def place_victims_of_the_attacked(candidates: Sequence[Candidate]) -> None:
    """"Russian missiles hit Kyiv, killing five people", "Hamas attacked Israel, killing 1,200 people": the people
    an attack killed or hurt, with no state of their own, are of the state it hit (not of the attacker or the
    document)."""
    for candidate in candidates:
        trigger, victim = candidate.trigger, candidate.target
        if (trigger.dep_ not in {"advcl", "conj"} or trigger.tag_ != "VBG" or victim.actor.country is not None
                or trigger.lemma_.lower() not in word_list("harm_verbs") or not _needs_state(candidate, victim)):
            continue
        hit = next((c.target for c in candidates if c.trigger.i == trigger.head.i and c.target.actor.country
                    and c.source.start == candidate.source.start
                    and c.target.actor.country != c.source.actor.country), None)
        if hit is not None:
            actor = replace(victim.actor, country=hit.actor.country, via=f"{victim.actor.via}+attacked")
            candidate.target = replace(victim, actor=actor)


def place_the_attacked_in_their_scene(candidates: Sequence[Candidate],
                                      state_of_scene: Callable[[str], str | None] | None) -> None:
    """"Saudi-led coalition warplanes bombed a prison in Yemen's Saada province": what an attack verb hits, with no
    state of its own, is of the state of the place the attack is set in (not of the attacker or the document); so
    are the people an attack named by its noun killed ("airstrikes on Kabul killed at least 40 people")."""
    if state_of_scene is None:
        return
    for candidate in candidates:
        trigger, target = candidate.trigger, candidate.target
        if not _needs_state(candidate, target):
            continue
        if trigger.lemma_.lower() in word_list("attack_verbs"):
            places = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"]
        elif trigger.lemma_.lower() in word_list("harm_verbs"):
            # "Pakistani airstrikes on Kabul killed at least 40 people": the people the strikes killed were where
            # they hit
            places = [p for s in trigger.children if s.dep_ == "nsubj" and s.lemma_.lower() in word_list("attack_nouns")
                      for p in s.children if p.dep_ == "prep" and p.lower_ in {"on", "in", "against"}]
        else:
            continue
        # a town the parser's entities miss ("strikes on Rafah", read as a person) is still a name of a place
        state = next((state_of_scene(t.text) for p in places for o in p.children if o.dep_ == "pobj"
                      for t in o.subtree if (t.ent_type_ in {"GPE", "LOC"} or t.pos_ == "PROPN")
                      and state_of_scene(t.text)), None)
        if state is not None:
            candidate.target = replace(target, actor=replace(target.actor, country=state,
                                                             via=f"{target.actor.via}+scene"))


def _held_by_their_state(candidate: Candidate) -> str | None:
    """The state of a state's government or police that arrests, frees, sentences or executes people of no state
    named ("Cuba freed 553 prisoners", "Iran executed a man"), or None."""
    source = candidate.source.actor
    verbs = word_list("arrest_verbs") | word_list("release_verbs") | word_list("sentencing_verbs") | {"execute"}
    if (source.country is None or source.sector not in {"GOV", "COP", "JUD"} or candidate.relation == "passive"
            or candidate.trigger.lemma_.lower() not in verbs):
        return None
    return source.country


def _needs_state(candidate: Candidate, mention: ActorMention) -> bool:
    actor = mention.actor
    if actor.country is not None:
        return False
    span = _span(candidate, mention)
    if _counted(span.root).lemma_.lower() in VESSEL_NOUNS:
        return False  # "the tanker", "dozens of merchant vessels": a ship's state is its flag's or owner's
    if actor.sector is not None:
        # an agent: "the president", "police", "protesters"; not agents of a region's states ("West African leaders")
        return span.root.tag_ not in {"NNS", "NNPS"} or region_states(span.text) is None
    # a name the knowledge base does not know, or an organisation named only by its kind ("the network")
    return span.root.pos_ == "PROPN" or names_an_organisation(span)


#: Ships and aircraft named by their kind: a phrase names their state ("an Iranian fishing boat") or none does.
VESSEL_NOUNS = frozenset({"tanker", "vessel", "ship", "boat", "freighter", "ferry", "trawler", "yacht", "aircraft",
                          "plane", "airliner", "jet"})
#: Airlines and their flights, shut out of a state's airspace with its aircraft ("banned Russian airlines").
AIRLINE_NOUNS = frozenset({"airline", "carrier", "flight"})
#: States whose legislature is called "Congress": in a story about one of them, a bare "Congress" is theirs, not
#: the US Congress the knowledge base reads it as elsewhere.
def _scene(candidate: Candidate, state_of_scene: Callable[[str], str | None] | None) -> str | None:
    """The state of the first one-word place after "in" in the candidate's sentence that names a state, its capital
    or one of its cities ("in Minsk", "in Istanbul"), or None."""
    if state_of_scene is None:
        return None
    for token in places_after_in(candidate.sentence, frozenset({"GPE"})):
        if token.head.head.lemma_.lower() in VENUE_NOUNS:
            continue  # "rejected an invitation to peace talks in Geneva": where talks are, not where it happens
        if not any(c.dep_ == "compound" for c in token.children):
            return state_of_scene(token.text)
    return None


#: Sectors of armed or criminal groups that a force sent abroad acts against where it is: of the scene's state.
LOCAL_FOES = frozenset({"CRM", "REB", "INS", "UAF", "PRM"})
#: Nouns of a gathering whose place is its venue, not the scene of what the sentence tells: talks and meetings.
VENUE_NOUNS = word_list("talk_nouns") | MEETING_NOUNS


def _opening_scene(candidate: Candidate, state_of_scene: Callable[[str], str | None] | None) -> str | None:
    """The state of the place a sentence opens on ("In Seoul, Kim Hong-kyun, the first vice foreign minister, summoned
    ...", "In Beijing, a foreign ministry spokesman said ..."): wire copy sets the scene of a reaction so, and an agent
    of no state named there is that state's, not the story's (decision 0060)."""
    sentence = candidate.sentence
    if state_of_scene is None or len(sentence) < 4 or sentence[0].lower_ != "in":
        return None
    place = next((t for t in sentence[1:4] if t.dep_ == "pobj" and t.head.i == sentence[0].i), None)
    if place is None or place.ent_type_ != "GPE" or place.i + 1 >= sentence.end or place.nbor().text != ",":
        return None
    return state_of_scene(sentence.doc[place.left_edge.i:place.i + 1].text)


def give_document_state(candidates: Sequence[Candidate],
                        state_of_word: Callable[[str], str | None] | None = None,
                        state_of_scene: Callable[[str], str | None] | None = None) -> None:
    """Agents and unknown named people without a state take the document's state (stage ``context``), as does a
    bare "Congress" in a story about a state with a congress (the Philippines, Colombia ...). In a document with no
    state of its own, the state of the capital or city its sentence is set in ("Police arrested dozens of protesters
    in Minsk", "... in Istanbul") stands in for it.
    `state_of_word` gives the state a single word names ("French" -> FRA), None for other words; `state_of_scene`
    the state of a one-word place (a city too; `state_of_word` when not given)."""
    scene_of = state_of_scene or state_of_word
    place_the_attacked_in_their_scene(candidates, scene_of)
    place_victims_of_the_attacked(candidates)  # after: "bombed a prison in Dhamar, killing 100 inmates"
    document = document_state(candidates)
    for candidate in candidates:
        state = _opening_scene(candidate, scene_of) or document or _scene(candidate, scene_of)
        held = _held_by_their_state(candidate)
        if held is not None and held != state and _needs_state(candidate, candidate.target) and not _carries_state_word(
                candidate, candidate.target, state_of_word):
            # "Cuba freed 553 prisoners": people a state arrests, frees or sentences are its own, whatever state the
            # story names most
            target = candidate.target
            candidate.target = replace(target, actor=replace(target.actor, country=held,
                                                              via=f"{target.actor.via}+holder"))
        if state is None:
            continue
        for side in ("source", "target"):
            mention: ActorMention = getattr(candidate, side)
            if state in congresses() and _bare_congress(candidate, mention):
                actor = replace(mention.actor, country=state, name=None, via=f"{mention.actor.via}+document")
                setattr(candidate, side, replace(mention, actor=actor))
                continue
            if _needs_state(candidate, mention) and not _carries_state_word(candidate, mention, state_of_word):
                here, how = state, "document"
                scene = _scene(candidate, scene_of) if side == "target" and mention.actor.sector in LOCAL_FOES else None
                if scene is not None and scene != candidate.source.actor.country:
                    # "Kenyan police officers arrived in Haiti to lead a mission against the gangs": Haiti's gangs,
                    # not the story's Kenyans (decision 0062)
                    here, how = scene, "scene"
                actor = replace(mention.actor, country=here, via=f"{mention.actor.via}+{how}")
                setattr(candidate, side, replace(mention, actor=actor))
