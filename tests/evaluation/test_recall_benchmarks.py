"""The matching of the recall benchmarks over labelled real sentences (benchmarks/plv_events.py, span_events.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))

import plv_events  # noqa: E402
import span_events  # noqa: E402


def _event(source: str, target: str, plover_type: str = "ACCUSE"):
    return SimpleNamespace(source=SimpleNamespace(text=source), target=SimpleNamespace(text=target),
                           plover_type=plover_type)


def test_content_words_ignore_articles_and_dots():
    assert plv_events.content_words("the U.S. government's") == {"us", "government"}


def test_a_labelled_event_is_found_by_its_phrases_and_type():
    row = {"source": "Iranian Foreign Minister Zarif", "target": "a U.S. Supreme Court decision", "plover": "YIELD"}
    events = [_event("Zarif", "the U.S. Supreme Court", "CONCEDE")]
    assert plv_events.found(row, events, "dyad") and plv_events.found(row, events, "dyad+type")
    assert not plv_events.found(row, [_event("the U.S. Supreme Court", "Zarif")], "dyad")
    assert plv_events.found(row, [_event("the U.S. Supreme Court", "Zarif")], "either")


def test_halves_are_fixed_by_the_sentence():
    assert plv_events.half("A sentence.") == plv_events.half("A sentence.")
    assert {plv_events.half(f"Sentence {i}.") for i in range(20)} == {"read", "check"}


def test_span_pairs_follow_the_tags():
    tokens = ["Iraqi", "troops", "attacked", "Kurdish", "fighters", "and", "Turkey", "met", "Iran", "."]
    tags = ["B-S", "I-S", "O", "B-T", "I-T", "O", "B-R", "O", "B-R", "O"]
    pairs = span_events.labelled_pairs(tokens, tags)
    assert ("Iraqi troops", "Kurdish fighters", False) in pairs and ("Turkey", "Iran", True) in pairs
    assert span_events.pair_found("Turkey", "Iran", True, [_event("Iran", "Turkey")])
    assert not span_events.pair_found("Iraqi troops", "Kurdish fighters", False, [_event("Kurdish", "Iraqi")])


def test_a_span_pair_of_a_classed_sentence_needs_an_event_of_its_class(tmp_path):
    events = [_event("Iraqi troops", "Kurdish fighters", "ACCUSE")]
    assert span_events.pair_found("Iraqi troops", "Kurdish fighters", False, events)
    assert not span_events.class_found("Iraqi troops", "Kurdish fighters", False, events, 4)
    assert span_events.class_found("Iraqi troops", "Kurdish fighters", False, events, 3)
    data = tmp_path / "pentaclass.jsonl"
    row = '{"sentence": "A Swiss court rejected the Croatian government\\u02bcs request.", "pentaclass": 3}'
    data.write_text(row + "\n")
    classes = span_events.sentence_classes(data)
    tokens = ["A", "Swiss", "court", "rejected", "the", "Croatian", "government", "'s", "request", "."]
    assert classes[span_events.letters(" ".join(tokens))] == 3
    assert span_events.sentence_classes(tmp_path / "missing.jsonl") == {}
