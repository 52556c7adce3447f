"""A pair, a sentence, a document: the same events whatever else is coded with it.

The shipped models are int8 with dynamic activation scales; run on a padded batch, a pair's scores
would depend on its batch mates. Each row runs alone instead, so these must hold exactly: labels and
confidences of a document's events coded alone, inside a corpus, in reverse order, at spaCy batch
sizes 1 and 64, and on two worker processes.
"""

from __future__ import annotations

import pytest

from shadowline.coding.classifier import pair_input

pytestmark = pytest.mark.model

SENTENCES = [
    ("Russia criticised France's weapons transfer to Armenia.", "Russia", "France"),
    ("The EU imposed new sanctions on Iran over drone deliveries.", "The EU", "Iran"),
    ("Greece protested to Turkey.", "Greece", "Turkey"),
    (" ".join(["The talks dragged on for hours in the capital."] * 12) + " Later, Azerbaijan's state media "
     "amplified calls for independence in New Caledonia, and France accused Baku of interference.",
     "France", "Baku"),
    ("Turkey's president met Azerbaijan's leader in Ankara for talks.", "Turkey's president", "Azerbaijan's leader"),
]


def _events(coded):
    return {c.document.doc_id: [(e.event_id, e.plover_type, e.confidence, e.source.country, e.target.country)
                                for e in c.events] for c in coded}


def test_a_pair_scores_the_same_alone_in_a_batch_and_in_any_order(coder):
    clf = coder.typer.classifier
    items = [pair_input(*row) for row in SENTENCES]
    alone = [clf.predict([item])[0] for item in items]
    for batch_size in (1, 2, 64):
        together = clf.predict(items, batch_size=batch_size)
        backwards = clf.predict(items[::-1], batch_size=batch_size)[::-1]
        for a, b, c in zip(alone, together, backwards):
            assert a.plover == b.plover == c.plover
            assert a.probabilities == b.probabilities == c.probabilities  # exact, not approximately


def test_a_sentence_gets_the_same_spans_alone_and_among_others(coder):
    sentences = [row[0] for row in SENTENCES]
    alone = [coder.tagger.tag([s])[0] for s in sentences]
    assert coder.tagger.tag(sentences, batch_size=64) == alone
    assert coder.tagger.tag(sentences[::-1], batch_size=1)[::-1] == alone


def test_a_document_gets_the_same_events_alone_in_a_corpus_in_any_order_and_on_workers(coder, monkeypatch):
    from shadowline.coding import parallel
    from shadowline.coding.pipeline import Coder
    from shadowline.examples import example_documents

    docs = example_documents()[:8]
    alone = {}
    for doc in docs:
        alone.update(_events(coder.code_documents([doc], batch_size=1)))
    assert sum(len(v) for v in alone.values()) > 5
    assert _events(coder.code_documents(docs, batch_size=64)) == alone
    assert _events(coder.code_documents(docs[::-1], batch_size=1)) == alone
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)  # let this small corpus go to the workers
    with Coder(workers=2) as two:
        coded = list(two.code_documents(docs[::-1]))
        assert two._pool is not None and two._pool.workers == min(2, parallel.usable_cores())
    assert [c.document.doc_id for c in coded] == [d.doc_id for d in docs[::-1]]
    assert _events(coded) == alone
    assert [c.mention_spans for c in coded] == [c.mention_spans for c in coder.code_documents(docs[::-1])]
