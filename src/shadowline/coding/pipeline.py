"""The coding pipeline: documents in, sourced events out.

``Document`` -> spaCy parse -> named stages over one :class:`~shadowline.records.Candidate` record:
``propose`` (``candidates``, ``nominal``, ``speech``, ``tagged_pairs``) -> ``screen`` and ``context``
(``screening``) -> ``decide`` (``event_types``) -> ``select``
(``selection``) -> ``build`` (modality, date, place, hybrid contexts, scores) -> ``Event`` in a
:class:`~shadowline.records.CodedDocument`. One :class:`Coder` loads its models once and
codes any number of documents, in batches, in this process or on several worker processes
(``coding/parallel.py``) for large inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from shadowline import __version__, ontology
from shadowline.actors import DocumentActors, load_knowledge_base, resolve_actor
from shadowline.coding.bans import ban_pairs, note_sanctions
from shadowline.coding.candidates import PairExtractor, turn_received
from shadowline.coding.contexts import hybrid_contexts
from shadowline.coding.dates import resolve_date
from shadowline.coding.evaluations import approved_acts_against, evaluations_accuse
from shadowline.coding.event_types import EventTyper, load_typer, types_by_phrase
from shadowline.coding.implicit import (
    IMPLICIT_ROLE,
    arrest_pairs,
    attack_victim_pairs,
    claimed_attack_pairs,
    harm_pairs,
    note_attacks,
    protest_pairs,
    rallies_for_someone,
    untargeted_pairs,
)
from shadowline.coding.modality import (
    apply_plover_modality,
    detect_modality,
    refusals_by_negation,
    refused_acts,
    refused_by_negation,
    resolve_double_negatives,
    threatened_acts,
)
from shadowline.coding.nominal import (
    accords_in_no_conflict,
    brokered_pairs,
    nominal_pairs,
    request_pairs,
    war_state_pairs,
)
from shadowline.coding.parallel import WorkerPool, plan_input
from shadowline.coding.places import find_location
from shadowline.coding.screening import give_document_state, screen_candidates
from shadowline.coding.selection import (
    SELECTIONS,
    one_event_per_dyad,
    same_state,
    select_candidates,
    share_coordinated_types,
)
from shadowline.coding.spans import ActorSpanTagger
from shadowline.coding.speech import (
    announced_force_threatens,
    claims_accuse,
    concern_pairs,
    demand_pairs,
    denied_charge_pairs,
    judged_move_pairs,
    speaker_pairs,
    stated_pairs,
    verbal_acts_only,
)
from shadowline.coding.tagged_pairs import tagged_pairs
from shadowline.nlp import load_nlp
from shadowline.nlp.pipeline import parse_documents
from shadowline.records import Actor, Candidate, CodedDocument, Document, Event, Sentence

#: Kinds of actor a single word names that tie a phrase to a state ("French", "Russia", "Paris").
STATE_WORD_KINDS = frozenset({"people", "state", "territory", "capital", "seat"})
#: Kinds of actor a one-word place an act is set in names the state of ("in Minsk", "in Istanbul").
SCENE_KINDS = STATE_WORD_KINDS | {"place"}

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


class Coder:
    """Codes documents into events. Models (spaCy, the classifier, the actor knowledge base) load once.

    >>> coder = Coder()  # doctest: +SKIP
    >>> [e.plover_type for e in coder.code_text("Russia criticised France.", date="2024-03-01")]  # doctest: +SKIP
    ['ACCUSE']
    """

    def __init__(self, *, spacy_model: str | None = None, coder: str = "auto", model_path: str | None = None,
                 actor_files: Sequence[str] = (), nlp: Language | None = None,
                 typer: EventTyper | None = None, span_tagger: str = "auto", events: str = "main",
                 workers: int | None = 1, threads: int | None = None) -> None:
        """`workers`: processes to code on; ``None`` (or 0) is one per core (at most four). Inputs under
        :data:`~shadowline.coding.parallel.PARALLEL_MIN_CHARS` characters are coded here whatever the
        number, and never more workers than cores start (``parallel.plan_workers`` decides). A coder
        built around a given `nlp` or `typer` codes here only.
        `threads`: onnxruntime threads per model (default 1: cores are used through workers)."""
        if events not in SELECTIONS:
            raise ValueError(f"unknown event selection {events!r}; one of {', '.join(SELECTIONS)}")
        if workers is not None and workers < 0:
            raise ValueError(f"workers must be 0 (auto) or more, not {workers}")
        self.selection = events
        self.typer = typer or load_typer(coder, model_path, threads=threads)
        self.tagger = _load_tagger(span_tagger, threads) if self.typer.name == "model" else None
        for model in (getattr(self.typer, "classifier", None), self.tagger):
            if model is not None:
                model.prefetch()  # onnxruntime builds the sessions while spaCy and the knowledge base load
        self.nlp = nlp or load_nlp(spacy_model)
        self.kb = load_knowledge_base(tuple(actor_files)) if actor_files else load_knowledge_base()
        model_version = getattr(getattr(self.typer, "classifier", None), "version", None)
        self.version = f"shadowline-{__version__}+{self.typer.name}" + (f"-{model_version}" if model_version else "")
        if self.tagger is not None:
            self.version += f"+{getattr(self.tagger, 'version', 'spans')}"
        self.workers = None if workers == 0 else workers
        if nlp is not None or typer is not None:
            self.workers = 1
        self._settings = {"spacy_model": spacy_model, "coder": coder, "model_path": model_path,
                          "actor_files": tuple(actor_files), "span_tagger": span_tagger, "events": events,
                          "workers": 1, "threads": threads}
        self._pool: WorkerPool | None = None
        self._word_states: dict[str, str | None] = {}
        self._scene_states: dict[str, str | None] = {}

    def __enter__(self) -> Coder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def code_documents(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[CodedDocument]:
        """Code documents in order, parsing them with ``nlp.pipe`` in batches (on workers for large inputs)."""
        workers, stream = plan_input(documents, self.workers)
        if workers == 1:
            yield from self._code_here(stream, batch_size)
            return
        if self._pool is None or self._pool.workers != workers:
            self.close()
            self._pool = WorkerPool(Coder, self._settings, workers)
        yield from self._pool.code(stream)

    def _code_here(self, documents: Iterable[Document], batch_size: int) -> Iterator[CodedDocument]:
        stream = ((d.text, d) for d in documents)
        for spacy_doc, document in parse_documents(self.nlp, stream, batch_size=batch_size):
            yield self.code_parsed(document, spacy_doc)  # type: ignore[arg-type]

    def code_text(self, text: str, date: str | None = None, doc_id: str | None = None) -> list[Event]:
        """Code one text and return its events."""
        document = Document(doc_id or Document.content_id(text), text, date)
        return next(self._code_here([document], 1)).events

    def code_parsed(self, document: Document, spacy_doc: Doc) -> CodedDocument:
        """Code a document that spaCy has already parsed: the named stages in order.

        ``propose`` (candidates from the parse, event nouns, speech and the span tagger) -> ``screen`` (drop
        mentions that are no actors) -> ``context`` (the document's state for agents without one) -> ``decide``
        (event type of each candidate) -> ``select`` (which typed candidates become events) -> ``build`` (events with
        modality, date, place, contexts and scores).
        """
        coded = CodedDocument(document)
        sentences = list(spacy_doc.sents)
        coded.sentences = [Sentence(document.doc_id, i, s.text, s.start_char, s.end_char)
                           for i, s in enumerate(sentences)]
        candidates = self.propose(document, sentences)
        candidates = screen_candidates(candidates)
        give_document_state(candidates, self.state_of_word, self.state_of_scene)
        self.decide(candidates)
        best: dict[str, Event] = {}
        for candidate in select_candidates(candidates, self.selection, calibrated=self.typer.name == "model"):
            event = self._event(document, candidate)
            if event is not None and (event.event_id not in best or best[event.event_id].confidence < event.confidence):
                best[event.event_id] = event
                coded.mention_spans[event.event_id] = ((candidate.source.start, candidate.source.end),
                                                       (candidate.target.start, candidate.target.end))
        coded.events = one_event_per_dyad(sorted(best.values(), key=lambda e: (e.sentence_index, e.char_start)))
        kept = {e.event_id for e in coded.events}
        coded.mention_spans = {k: v for k, v in coded.mention_spans.items() if k in kept}
        return coded

    def state_of_word(self, word: str) -> str | None:
        """The state one word names as a country, its people, its capital or a seat ("French" -> FRA)."""
        if word not in self._word_states:
            self._word_states[word] = self._state_of(word, STATE_WORD_KINDS)
        return self._word_states[word]

    def state_of_scene(self, word: str) -> str | None:
        """The state of a one-word place an act is set in: a state, its capital or seat, or one of its cities
        ("in Istanbul" -> TUR)."""
        if word not in self._scene_states:
            self._scene_states[word] = self._state_of(word, SCENE_KINDS)
        return self._scene_states[word]

    def _state_of(self, word: str, kinds: frozenset[str]) -> str | None:
        actor = resolve_actor(word, kb=self.kb)
        return actor.country if actor is not None and actor.kind in kinds else None

    def propose(self, document: Document, sentences: Sequence[Span]) -> list[Candidate]:
        """Stage 1: candidate (source, target, trigger) records of the document's parsed sentences. Actor
        phrases are read in text order with what the document named before (`DocumentActors`): "the NTC"
        after "the National Telecommunications Commission (NTC)", "the airline" after "Mahan Air"."""
        extractor = PairExtractor(DocumentActors(date=document.date, kb=self.kb).resolve)
        candidates: list[Candidate] = []
        tagged = self.tagger.tag([s.text for s in sentences]) if self.tagger is not None and sentences else []
        for index, sent in enumerate(sentences):
            extractor.note_people(sent)
            found = extractor.pairs(sent)
            nominal = nominal_pairs(extractor, sent, found)
            extractor.remember_sides(nominal)
            found += nominal
            found += request_pairs(extractor, sent, found)
            found += brokered_pairs(extractor, sent, found)
            found += war_state_pairs(extractor, sent, found)
            found += demand_pairs(extractor, sent, found)
            found += concern_pairs(extractor, sent, found)
            found += speaker_pairs(extractor, sent, found)
            found += arrest_pairs(extractor, sent, found)
            found += claimed_attack_pairs(extractor, sent, found)
            found += harm_pairs(extractor, sent, found)
            found += attack_victim_pairs(extractor, sent, found)
            found += protest_pairs(extractor, sent, found)
            found += ban_pairs(extractor, sent, found)
            found += untargeted_pairs(extractor, sent, found)
            note_attacks(extractor, sent)
            note_sanctions(extractor, sent)
            if tagged:
                tagged_found = tagged_pairs(sent, tagged[index], found, extractor)
                extractor.remember_tagged(tagged_found)
                found += tagged_found
            found += stated_pairs(extractor, sent, found)
            found += denied_charge_pairs(extractor, sent, found)
            found += judged_move_pairs(extractor, sent, found)
            found = turn_received(found)
            for candidate in found:
                candidate.sentence_index = index
            candidates.extend(c for c in found if not same_state(c))
        return candidates

    def decide(self, candidates: list[Candidate]) -> None:
        """Stage 2: the event typer's decision on every candidate (``decision.plover_type`` None: no event);
        a candidate whose act decides its type (``implicit.py``) keeps the type it was proposed with. Then the
        rules over the typer's reading: phrases that decide the type (``data/phrase_types.csv``), claims that
        accuse, speech that is no material act, an actor's own announced force that threatens, double negatives,
        coordinated siblings."""
        undecided = [c for c in candidates if c.decision is None]
        if undecided:
            for candidate, decision in zip(undecided, self.typer.decide(undecided)):
                candidate.decision = decision
        if candidates:
            types_by_phrase(candidates)
            verbal_acts_only(candidates)
            claims_accuse(candidates)
            announced_force_threatens(candidates)
            evaluations_accuse(candidates)
            approved_acts_against(candidates)
            resolve_double_negatives(candidates)
            refusals_by_negation(candidates)
            refused_acts(candidates)
            threatened_acts(candidates)
            rallies_for_someone(candidates)
            share_coordinated_types(candidates)
            accords_in_no_conflict(candidates)

    def _event(self, document: Document, pair: Candidate) -> Event | None:
        decision = pair.decision
        if decision is None or decision.plover_type is None:
            return None
        index = pair.sentence_index
        modality = detect_modality(pair.trigger, own_negation=not refused_by_negation(pair))
        plover_type = apply_plover_modality(decision.plover_type, modality)
        cameo = decision.cameo_code if plover_type == decision.plover_type else ontology.cameo_default(plover_type)
        mode = decision.plover_mode if plover_type == decision.plover_type else None
        source, target = _as_written(pair.source.actor, pair, "source"), _as_written(pair.target.actor, pair, "target")
        sentence_text = pair.sentence.text
        contexts = list(dict.fromkeys([*decision.plover_context, *hybrid_contexts(sentence_text, source, target)]))
        when = resolve_date(sentence_text, document.date)
        return Event(
            doc_id=document.doc_id, sentence_index=index, sentence=sentence_text,
            char_start=pair.trigger.idx, char_end=pair.trigger.idx + len(pair.trigger.text),
            source=source, target=target, plover_type=plover_type, cameo_code=cameo,
            quad_class=ontology.quad_class(plover_type), goldstein=ontology.goldstein(cameo) if cameo else None,
            plover_score=ontology.plover_score(plover_type, mode), plover_mode=mode, plover_context=contexts,
            modality=modality, date=when.date, date_precision=when.precision,
            location=find_location(pair.sentence), confidence=round(float(decision.confidence), 4),
            coder_version=self.version,
        )


def _load_tagger(kind: str, threads: int | None = None) -> ActorSpanTagger | None:
    """The shipped actor-span tagger, unless switched off (``none``) or not shipped (``auto``)."""
    if kind == "none":
        return None
    try:
        return ActorSpanTagger.load(threads=threads)
    except FileNotFoundError:
        if kind == "model":
            raise
        return None


def _as_written(actor: Actor, pair: Candidate, side: str) -> Actor:
    """The actor with `text` set to the words of this sentence that name it."""
    mention = pair.source if side == "source" else pair.target
    doc = pair.sentence.doc
    # "the two sides" stands for two actors at once: both are written as the whole phrase; an implicit agent
    # ("police" of "were arrested") has no words of its own
    text = actor.text if mention.role in {"side", IMPLICIT_ROLE} else doc[mention.start:mention.end].text
    return replace(actor, text=text)
