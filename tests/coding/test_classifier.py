"""The PLOVER pair classifier: spans, the shipped model's decisions, and the evaluation arithmetic."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from shadowline.coding.classifier import NO_EVENT, PairClassifier, PairInput, marked_text, pair_input
from shadowline.evaluation.classifier import (
    PLV_TYPES,
    expected_calibration_error,
    fit_temperature,
    score_predictions,
    to_plv_label,
    to_plv_probabilities,
)
from shadowline.records import PLOVER_TYPES

SENTENCE = "Russia criticised France's weapons transfer to Armenia"


def test_pair_input_finds_the_actor_spans() -> None:
    item = pair_input(SENTENCE, "Russia", "France")
    assert SENTENCE[slice(*item.source)] == "Russia"
    assert SENTENCE[slice(*item.target)] == "France"


def test_pair_input_skips_the_source_occurrence_for_the_target() -> None:
    item = pair_input("Iran told Iran's allies to wait", "Iran", "Iran")
    assert item.source == (0, 4) and item.target == (10, 14)


def test_an_empty_actor_text_raises() -> None:
    with pytest.raises(ValueError, match="empty"):
        pair_input(SENTENCE, "Russia", "  ")


def test_an_implicit_actor_is_written_before_the_sentence_and_marked_there() -> None:
    item = pair_input("Egypt has lifted a three-month-old state of emergency.", "Egypt", "a recipient")
    assert item.sentence == "a recipient: Egypt has lifted a three-month-old state of emergency."
    assert item.sentence[slice(*item.source)] == "Egypt" and item.sentence[slice(*item.target)] == "a recipient"


def test_an_actor_only_inside_the_other_is_written_before_the_sentence() -> None:
    item = pair_input("Iraqi fighters agreed to lay down their weapons.", "Iraqi fighters", "Iraqi")
    assert item.sentence[slice(*item.source)] == "Iraqi fighters"
    assert item.sentence[slice(*item.target)] == "Iraqi" and item.target[1] <= item.source[0]


def test_bad_spans_raise_value_error() -> None:
    with pytest.raises(ValueError, match="not inside"):
        PairInput(SENTENCE, (0, 6), (50, 90))
    with pytest.raises(ValueError, match="overlap"):
        PairInput(SENTENCE, (0, 6), (3, 10))


def test_markers_surround_both_actors() -> None:
    text = marked_text(pair_input("Iran Iraq talks", "Iran", "Iraq"))
    assert text.split() == ["[unused0]", "Iran", "[unused1]", "[unused2]", "Iraq", "[unused3]", "talks"]


@pytest.fixture(scope="module")
def classifier() -> PairClassifier:
    return PairClassifier.load()


@pytest.mark.model
def test_shipped_model_loads_quickly() -> None:
    start = time.perf_counter()
    clf = PairClassifier.load()
    assert time.perf_counter() - start < 3.0  # < 1 s on a quiet machine; slack for a busy CI
    assert clf.version.startswith("shadowline-plover-minilm")
    assert clf.labels == [*PLOVER_TYPES, NO_EVENT]


@pytest.mark.model
def test_criticism_is_coded_accuse(classifier: PairClassifier) -> None:
    pred = classifier.predict([pair_input(SENTENCE, "Russia", "France")])[0]
    assert pred.plover == "ACCUSE"
    assert pred.confidence == max(pred.probabilities.values())


@pytest.mark.model
def test_probabilities_cover_all_types_and_sum_to_one(classifier: PairClassifier) -> None:
    pred = classifier.predict([pair_input(SENTENCE, "Russia", "France")])[0]
    assert set(pred.probabilities) == {*PLOVER_TYPES, NO_EVENT}
    assert sum(pred.probabilities.values()) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.model
def test_clear_events_get_their_types(classifier: PairClassifier) -> None:
    items = [
        pair_input("Russian missiles struck Kharkiv overnight, killing four people.", "Russian missiles",
                   "Kharkiv"),
        pair_input("The EU imposed new sanctions on Iran over drone deliveries.", "The EU", "Iran"),
        pair_input("Turkey's president met Azerbaijan's leader in Ankara for talks.", "Turkey's president",
                   "Azerbaijan's leader"),
    ]
    assert [p.plover for p in classifier.predict(items)] == ["ASSAULT", "SANCTION", "CONSULT"]


@pytest.mark.model
def test_batch_results_keep_input_order_and_match_single_calls(classifier: PairClassifier) -> None:
    long = " ".join(["The talks dragged on for hours in the capital."] * 30)
    items = [pair_input(SENTENCE, "Russia", "France"),
             pair_input(f"{long} Later, Russia criticised France sharply.", "Russia", "France"),
             pair_input("Greece protested to Turkey.", "Greece", "Turkey")]
    batch = classifier.predict(items, batch_size=2)
    singles = [classifier.predict([it])[0] for it in items]
    for b, s in zip(batch, singles):
        assert b.plover == s.plover
        assert b.confidence == s.confidence  # each pair runs alone: no drift with its batch mates


@pytest.mark.model
def test_predict_is_safe_from_several_threads(classifier: PairClassifier) -> None:
    items = [pair_input(SENTENCE, "Russia", "France")] * 8
    expected = classifier.predict(items)[0].plover
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: classifier.predict(items, batch_size=4), range(8)))
    assert {p.plover for batch in results for p in batch} == {expected}


@pytest.mark.model
def test_no_event_has_no_mode_or_contexts(classifier: PairClassifier) -> None:
    sentence = "Officials from France and Germany attended the summit hosted by Italy."
    preds = classifier.predict([pair_input(sentence, "France", "Germany")])
    for pred in preds:
        if pred.plover == NO_EVENT:
            assert pred.mode is None and pred.contexts == []
    assert classifier.predict([]) == []


def test_plv_mapping_folds_concede_and_retreat_into_yield() -> None:
    labels = [*PLOVER_TYPES, NO_EVENT]
    probs = np.zeros((1, len(labels)))
    probs[0, labels.index("CONCEDE")] = 0.3
    probs[0, labels.index("RETREAT")] = 0.3
    probs[0, labels.index("ASSAULT")] = 0.4
    plv = to_plv_probabilities(probs, labels)
    assert PLV_TYPES[int(plv.argmax())] == "YIELD"
    assert to_plv_label("RETREAT") == "YIELD" and to_plv_label("ACCUSE") == "ACCUSE"


def test_scores_match_a_hand_count() -> None:
    rep = score_predictions(["A", "A", "B", "B"], ["A", "B", "B", "B"], confidence=[1.0, 0.5, 1.0, 1.0])
    assert rep.accuracy == 0.75
    assert rep.per_class["A"].recall == 0.5 and rep.per_class["B"].precision == pytest.approx(2 / 3)
    assert rep.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert rep.confusion == [[1, 1], [0, 2]]
    assert rep.ece == pytest.approx(0.5 * 0.25)
    assert "macro-F1=0.733" in rep.table()


def test_calibration_helpers() -> None:
    calibrated = expected_calibration_error(np.array([0.8] * 10), np.array([1.0] * 8 + [0.0] * 2))
    assert calibrated == pytest.approx(0.0)
    rng = np.random.default_rng(0)
    gold = rng.integers(0, 3, 400)
    logits = np.eye(3)[gold] * 2.0 + rng.normal(0, 1.0, (400, 3))
    assert fit_temperature(logits * 2, gold) == pytest.approx(2 * fit_temperature(logits, gold), rel=0.05)


def test_evaluation_does_not_score_dev_rows_the_model_was_trained_on(tmp_path) -> None:
    import json
    import shutil

    from shadowline.coding.classifier import MODELS_DIR
    from shadowline.evaluation.classifier import evaluate_classifier

    rows = [{"sentence": f"Country{i} condemned Country{i + 1} on day {i}.", "source": f"Country{i}",
             "target": f"Country{i + 1}", "plover": "ACCUSE"} for i in range(40)]
    rows += [{"sentence": f"Leader{i} met Leader{i + 1} in town {i}.", "source": f"Leader{i}",
              "target": f"Leader{i + 1}", "plover": "CONSULT"} for i in range(40)]
    plv = tmp_path / "plover_pairs_train.jsonl"  # no split field: PLV's own dev rule applies
    plv.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    team = tmp_path / "team_part_x.jsonl"
    team.write_text(json.dumps({**rows[0], "split": "dev"}) + "\n", encoding="utf-8")

    shipped = evaluate_classifier([plv, team])
    assert "plover_pairs_train.jsonl" in shipped.parts

    model = tmp_path / "model"
    shutil.copytree(MODELS_DIR, model, ignore=shutil.ignore_patterns("spans"))
    card = json.loads((model / "model_card.json").read_text(encoding="utf-8"))
    card["recipe"]["include_plv_dev"] = True
    (model / "model_card.json").write_text(json.dumps(card), encoding="utf-8")
    report = evaluate_classifier([plv, team], model_path=model)
    assert "plover_pairs_train.jsonl" not in report.parts and report.n == 1
    assert any("training data" in note for note in report.notes)
