"""Coding on worker processes gives exactly the events of coding in one process, in the same order."""

from __future__ import annotations

import pytest

from shadowline.coding.parallel import chunks
from shadowline.records import Document


def test_chunks_keep_order_and_respect_the_size():
    docs = [Document(f"d{i}", "x" * n) for i, n in enumerate([5, 5, 5, 20, 1, 1])]
    parts = list(chunks(docs, max_chars=10))
    assert [[d.doc_id for d in part] for part in parts] == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5"]]
    assert list(chunks([], max_chars=10)) == []


@pytest.mark.model
def test_workers_code_the_same_events_in_the_same_order(coder):
    from shadowline.coding.pipeline import Coder
    from shadowline.examples import example_documents

    docs = example_documents()
    here = [coded for coded in coder.code_documents(docs)]
    with Coder(workers=2) as parallel:
        there = list(parallel.code_documents(docs))
        again = list(parallel.code_documents(docs[:3]))  # the pool stays up between calls
    assert [c.document.doc_id for c in there] == [d.doc_id for d in docs]
    assert [[e.event_id for e in c.events] for c in there] == [[e.event_id for e in c.events] for c in here]
    assert [[e.confidence for e in c.events] for c in there] == [[e.confidence for e in c.events] for c in here]
    assert [c.mention_spans for c in there] == [c.mention_spans for c in here]
    assert [[e.event_id for e in c.events] for c in again] == [[e.event_id for e in c.events] for c in here[:3]]


def test_auto_codes_small_inputs_in_process_and_a_given_nlp_stays_here(pattern_coder):
    from shadowline.coding.pipeline import Coder
    from shadowline.examples import example_documents

    auto = Coder(coder="patterns", workers=0)
    assert auto.workers is None
    coded = list(auto.code_documents(example_documents()[:3]))
    assert len(coded) == 3 and auto._pool is None  # under PARALLEL_MIN_CHARS: no workers started
    assert Coder(coder="patterns", nlp=pattern_coder.nlp, workers=0).workers == 1
    with pytest.raises(ValueError, match="workers"):
        Coder(coder="patterns", nlp=pattern_coder.nlp, workers=-1)
