"""The actor-span tagger: BIO decoding into word-aligned spans, and the shipped model's spans."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from shadowline.coding.spans import (
    SPAN_LABELS,
    ActorSpanTagger,
    EncodedSentence,
    TaggedSpan,
    decode_spans,
    span_pairs,
)

SENTENCE = "Russia criticised France over its arms deliveries to Armenia."


def _encoded(words: list[str]) -> EncodedSentence:
    """One piece per word, words separated by one space."""
    offsets, pos = [], 0
    for w in words:
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    return EncodedSentence([list(range(len(words)))], list(range(len(words))), offsets)


def _probs(tags: list[str]) -> np.ndarray:
    p = np.full((len(tags), len(SPAN_LABELS)), 0.01)
    for i, tag in enumerate(tags):
        p[i, SPAN_LABELS.index(tag)] = 0.9
    return p


def test_bio_decoding_gives_character_spans_per_role() -> None:
    words = ["The", "Turkish", "army", "shelled", "Kurdish", "positions"]
    spans = decode_spans(_encoded(words), _probs(["O", "B-S", "I-S", "O", "B-T", "I-T"]))
    text = " ".join(words)
    assert [(text[s.start:s.end], s.role) for s in spans] == [("Turkish army", "S"),
                                                               ("Kurdish positions", "T")]
    assert all(0 < s.score <= 1 for s in spans)


def test_an_inside_tag_without_a_beginning_starts_a_span() -> None:
    words = ["Iran", "warned", "Israel", "and", "Washington"]
    spans = decode_spans(_encoded(words), _probs(["I-S", "O", "I-T", "O", "I-T"]))
    assert [(s.start, s.end, s.role) for s in spans] == [(0, 4, "S"), (12, 18, "T"), (23, 33, "T")]


def test_a_role_change_inside_a_run_splits_the_span() -> None:
    spans = decode_spans(_encoded(["Baku", "Paris"]), _probs(["B-R", "I-T"]))
    assert [s.role for s in spans] == ["R", "T"]


def test_later_word_pieces_extend_the_word_they_belong_to() -> None:
    # "Azerbaijan" as two pieces: the span must cover the whole word, never half of it
    enc = EncodedSentence([[0, 1, 2]], [0, 0, 1], [(0, 5), (5, 10), (11, 17)])
    spans = decode_spans(enc, _probs(["B-S", "O", "B-T"]))
    assert [(s.start, s.end) for s in spans] == [(0, 10), (11, 17)]


def test_pairs_are_source_target_combinations_plus_the_reciprocal_pair() -> None:
    spans = [TaggedSpan(0, 1, "S", 1.0), TaggedSpan(2, 3, "T", 1.0), TaggedSpan(4, 5, "T", 1.0),
             TaggedSpan(6, 7, "R", 1.0), TaggedSpan(8, 9, "R", 1.0)]
    pairs = span_pairs(spans)
    assert len(pairs) == 3 and pairs[-1] == (spans[3], spans[4])


def test_missing_model_directory_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="train_spans.py"):
        ActorSpanTagger.load(tmp_path / "nowhere")


@pytest.fixture(scope="module")
def tagger() -> ActorSpanTagger:
    return ActorSpanTagger.load(threads=2)


@pytest.mark.model
def test_shipped_model_finds_source_and_target(tagger: ActorSpanTagger) -> None:
    spans = tagger.tag([SENTENCE])[0]
    sources = [SENTENCE[s.start:s.end] for s in spans if s.role == "S"]
    targets = [SENTENCE[s.start:s.end] for s in spans if s.role == "T"]
    assert any("Russia" in s for s in sources), spans
    assert any("France" in t for t in targets), spans


@pytest.mark.model
def test_offsets_slice_the_sentence_on_word_boundaries(tagger: ActorSpanTagger) -> None:
    sentences = [SENTENCE, "NATO  condemned   the drone strikes launched by Houthi rebels on shipping.",
                 "Armenia and Azerbaijan signed a peace agreement in Washington on Friday."]
    for sentence, spans in zip(sentences, tagger.tag(sentences)):
        for s in spans:
            piece = sentence[s.start:s.end]
            assert piece == piece.strip() and piece
            assert s.start == 0 or not sentence[s.start - 1].isalnum()
            assert s.end == len(sentence) or not sentence[s.end].isalnum()
            assert s.role in {"S", "T", "R"} and 0 < s.score <= 1


@pytest.mark.model
def test_no_sentences_give_no_spans(tagger: ActorSpanTagger) -> None:
    assert tagger.tag([]) == []


@pytest.mark.model
def test_a_sentence_longer_than_the_model_window_is_tagged_to_the_end(tagger: ActorSpanTagger) -> None:
    long = " ".join([SENTENCE] * 12)
    spans = tagger.tag([long, ""])
    assert len(spans) == 2 and spans[1] == []
    # the first 94-piece window ends well before the middle: spans past it come from later windows
    assert max(s.end for s in spans[0]) > len(long) // 2


@pytest.mark.parametrize(("text", "start", "end", "kept"),
                         [("An investigation by PolitiFact found nothing.", 2, 4, "PolitiFact"),
                          ("Presidents Patrice Talon of Benin signed.", 1, 4, "Patrice Talon"),
                          ("On Friday, Kurt Volker, the envoy, resigned.", 3, 6, "Kurt Volker"),
                          ("Leaders of the African Union (AU) met.", 0, 8, "Leaders of the African Union (AU)")])
def test_a_tagged_span_loses_prepositions_and_commas_at_its_edges(text, start, end, kept) -> None:
    from shadowline.coding.tagged_pairs import trimmed
    from shadowline.nlp import load_nlp

    doc = load_nlp()(text)
    assert trimmed(doc[start:end]).text == kept
