"""Which of a document's typed candidates become events.

``all`` keeps every candidate the event typer types as an event. ``main`` (the default) keeps the events
the learned classifier is sure of, confidence at least :data:`MAIN_MIN_CONFIDENCE`, and the events that
only expand one of them: the same trigger with a coordinated source or target ("Turkey and Russia will
support Azerbaijan" gives two), or its reciprocal mirror. On the hand-coded real-news development set
(``benchmarks/realnews.py``) this threshold gave the best F1 of the policies tried (decision 0016). The verb
patterns' confidence is a fixed prior, not a probability: with them ``main`` keeps, per sentence, the most
confident event, its expansions, and events of other triggers at least :data:`SECOND_EVENT_CONFIDENCE`
sure.

Both selections keep one event per sentence, dyad and type (:func:`one_event_per_dyad`), and neither keeps a
resignation towards another state's actor (:func:`foreign_resignation`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline.records import Actor, ActorMention, Candidate, Event, same_government

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SELECTIONS = ("all", "main")
#: In ``main`` with a calibrated classifier, the least confidence of a kept event.
MAIN_MIN_CONFIDENCE = 0.7
#: In ``main`` with the verb patterns, an event on another trigger is kept too when it is this sure and both
#: its actors are known states or organisations: a second clause's clear relation ("... and France's
#: growing support for Armenia") is worth more than the precision it costs.
SECOND_EVENT_CONFIDENCE = 0.95


def _same(a: ActorMention, b: ActorMention) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _coordinated(a: ActorMention, b: ActorMention, doc: Doc) -> bool:
    """Whether the two mentions are conjuncts: "Turkey and Russia", or "the leaders of France and Germany"."""
    span_a, span_b = doc[a.start:a.end], doc[b.start:b.end]
    return (any(t.i == span_b.root.i for token in span_a for t in _list_mates(token))
            or any(t.i == span_a.root.i for token in span_b for t in _list_mates(token)))


#: Kinds of actor that name a whole state: two different ones in apposition are a list, not one actor.
WHOLE_STATES = frozenset({"state", "capital", "seat"})


def _list_mates(token: Token) -> list[Token]:
    """The conjuncts of `token`, and of a list the parser began as an apposition ("Saudi Arabia, the UAE, Bahrain and
    Egypt": "the UAE" an apposition of "Arabia", "Bahrain" its conjunct; decision 0059)."""
    mates = list(token.conjuncts)
    if token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children):
        mates.append(token.head)
    for listed in (a for a in token.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)):
        mates += [listed, *listed.conjuncts]
    if token.dep_ == "conj" and token.head.dep_ == "appos":
        mates.append(token.head.head)
    return mates


def expands(pair: Candidate, best: Candidate) -> bool:
    """Whether `pair` is a coordination expansion or the reciprocal mirror of `best`."""
    if pair.trigger.i != best.trigger.i:
        return False
    return _coordination_of(pair, best) or (_same(pair.source, best.target) and _same(pair.target, best.source))


def share_coordinated_types(candidates: Sequence[Candidate]) -> None:
    """A candidate the typer left without an event takes the event type of its coordinated sibling: in
    "Russia criticised the United States and Britain" both targets are criticised, whatever the classifier
    reads for the second conjunct alone."""
    typed = [c for c in candidates if c.decision is not None and c.decision.plover_type is not None]
    for candidate in candidates:
        if candidate.decision is not None and candidate.decision.plover_type is not None:
            continue
        sibling = max((t for t in typed if t.sentence_index == candidate.sentence_index
                       and _coordination_of(candidate, t)), key=_confidence, default=None)
        if sibling is not None and sibling.decision is not None:
            candidate.decision = replace(sibling.decision, plover_context=list(sibling.decision.plover_context))
            candidate.notes.append("type of its coordinated sibling")


def _coordination_of(pair: Candidate, other: Candidate) -> bool:
    """Same trigger, and each side is the other's side or coordinated with it ("A and B criticised C and D")."""
    if pair.trigger.i != other.trigger.i or (_same(pair.source, other.source) and _same(pair.target, other.target)):
        return False
    doc = pair.sentence.doc
    return ((_same(pair.source, other.source) or _coordinated(pair.source, other.source, doc))
            and (_same(pair.target, other.target) or _coordinated(pair.target, other.target, doc)))


def _confidence(candidate: Candidate) -> float:
    return candidate.decision.confidence if candidate.decision is not None else 0.0


def _clear_second(pair: Candidate, best: Candidate) -> bool:
    return (pair.trigger.i != best.trigger.i and _confidence(pair) >= SECOND_EVENT_CONFIDENCE
            and pair.source.actor.country is not None and pair.target.actor.country is not None
            and pair.source.actor.country != pair.target.actor.country)


def same_state(pair: Candidate) -> bool:
    """Whether both actors stand for one state's government ("Turkey ... and Turkish President Erdogan"):
    such a pair is one actor, not an event."""
    return same_government(pair.source.actor, pair.target.actor)


def select_candidates(candidates: Sequence[Candidate], selection: str = "all",
                      calibrated: bool = True) -> list[Candidate]:
    """The typed candidates to turn into events, in input order. `calibrated`: the typer's confidence is a
    probability (the learned classifier), so that ``main`` can keep what is sure rather than what is best."""
    events = [c for c in candidates if c.decision is not None and c.decision.plover_type is not None
              and not foreign_resignation(c)]
    if selection == "all":
        return events
    if selection != "main":
        raise ValueError(f"unknown event selection {selection!r}; one of {', '.join(SELECTIONS)}")
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in events:
        by_sentence.setdefault(candidate.sentence_index, []).append(candidate)
    keep: set[int] = set()
    for items in by_sentence.values():
        if calibrated:
            sure = [c for c in items if _confidence(c) >= MAIN_MIN_CONFIDENCE]
        else:
            best = max(items, key=_confidence)
            sure = [best, *(c for c in items if _clear_second(c, best))]
        keep.update(id(c) for c in items if any(c is s or expands(c, s) for s in sure))
    return without_restatements([c for c in events if id(c) in keep])


def foreign_resignation(candidate: Candidate) -> bool:
    """A resignation (RETREAT, mode ``resign``) towards another state's actor: one resigns from one's own office,
    so the foreign actor is only what the office was about ("Kurt Volker, the US special envoy for Ukraine
    negotiations, resigned" is no RETREAT from Ukraine); towards one's own government it stays ("Bolton tendered
    his resignation to Trump")."""
    decision = candidate.decision
    if decision is None or decision.plover_type != "RETREAT" or decision.plover_mode != "resign":
        return False
    source, target = candidate.source.actor.country, candidate.target.actor.country
    return source is not None and target is not None and source != target


def _apposed(a: ActorMention, b: ActorMention, doc: Doc) -> bool:
    """One actor named twice: the same span, or a name and its apposition ("Angela Merkel, the Chancellor")."""
    if _same(a, b):
        if a.role == "side" and (a.actor.country, a.actor.sector) != (b.actor.country, b.actor.sector):
            return False  # "both sides" of a civil war: the army and the rebels, one state (decision 0063)
        # one noun standing for several states' act ("condemned the strikes" of US and British warplanes)
        return a.role != "coreference" or a.actor.country == b.actor.country
    head_a, head_b = doc[a.start:a.end].root, doc[b.start:b.end].root
    if a.actor.kind in WHOLE_STATES and b.actor.kind in WHOLE_STATES and a.actor.country != b.actor.country:
        return False  # "Saudi Arabia, the UAE, ...": a list of states the parser began as an apposition
    return (head_a.dep_ == "appos" and head_a.head.i == head_b.i) or (
        head_b.dep_ == "appos" and head_b.head.i == head_a.i) or (
        a.actor.country is not None and a.actor.country == b.actor.country
        and (_speaks_for(head_a, head_b) or _speaks_for(head_b, head_a)))


def _speaks_for(person: Token, body: Token) -> bool:
    """"Matthew Miller, a spokesman for the US State Department": the body a person's apposition says the person
    speaks or acts for (decision 0059)."""
    preposition = body.head
    return (body.dep_ == "pobj" and preposition.lower_ in {"for", "of"} and preposition.head.dep_ == "appos"
            and preposition.head.head.i == person.i)


def without_restatements(candidates: Sequence[Candidate]) -> list[Candidate]:
    """One event per act: of candidates with the same trigger and type whose source and target are each the
    same actor or its apposition, the most confident."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: -_confidence(c)):
        doc = candidate.sentence.doc
        plover_type = candidate.decision.plover_type if candidate.decision else None
        if not any(k.trigger.i == candidate.trigger.i and k.decision is not None
                   and k.decision.plover_type == plover_type and _apposed(k.source, candidate.source, doc)
                   and _apposed(k.target, candidate.target, doc) for k in kept):
            kept.append(candidate)
    order = {id(c): n for n, c in enumerate(candidates)}
    return sorted(kept, key=lambda c: order[id(c)])


#: Actor kinds that name a state by a place: its capital or its seat of government.
SEAT_KINDS = frozenset({"capital", "seat"})


def _rank(event: Event) -> tuple[int, float]:
    """Fewer actors named by a capital or seat first, then the more confident."""
    return (-sum(a.kind in SEAT_KINDS for a in (event.source, event.target)), event.confidence)


#: Kinds of actor whose name tells one from another of the same state and sector: "Siemens" and "Daimler", two
#: legislators of one committee.
NAMED_KINDS = frozenset({"organisation", "leader"})


def _named(actor: Actor) -> str | None:
    return actor.name if actor.kind in NAMED_KINDS else None


def _one_pair(event: Event, other: Event) -> bool:
    """Whether two events of one dyad key can be one pair of actors: no side names two different organisations or
    people."""
    for mine, theirs in ((event.source, other.source), (event.target, other.target)):
        if _named(mine) is not None and _named(theirs) is not None and _named(mine) != _named(theirs):
            return False
    return True


def one_event_per_dyad(events: Sequence[Event]) -> list[Event]:
    """One event per sentence, dyad and type: of events in one sentence whose sources have one country and
    sector, whose targets have one country and sector, and which have the same PLOVER type and modality
    ("Pompeo blamed Iran ..., writing on Twitter that Tehran ..."), the most confident, in input order. The
    others restate it through another phrase of the same two actors, often a wrong one; a capital or seat that
    restates a person or body named beside it is where they were ("met Putin at the Kremlin"), so an event with
    fewer such place names is kept before a more confident one with more. Actors of one state
    in different sectors ("troops" and "civilians") are different events, as are named organisations and
    people ("Siemens" and "Daimler", "Engel" and "Schiff"). Events whose actors have no country are all kept:
    their texts are all they have."""
    groups: dict[tuple, list[Event]] = {}
    loose: list[Event] = []
    for event in events:
        if not event.source.country or not event.target.country:
            loose.append(event)
            continue
        key = (event.sentence_index, event.source.country, event.source.sector, event.target.country,
               event.target.sector, event.plover_type, event.modality)
        groups.setdefault(key, []).append(event)
    kept: list[Event] = []
    for group in groups.values():
        chosen_here: list[Event] = []
        for event in sorted(group, key=_rank, reverse=True):  # stable: the first of equals stays first
            if not any(_one_pair(event, other) for other in chosen_here):
                chosen_here.append(event)
        kept += chosen_here
    chosen = {id(e) for e in (*kept, *loose)}
    return [e for e in events if id(e) in chosen]
