"""Matching coded events against hand-coded gold events of real articles (benchmarks/realnews.py)."""

from __future__ import annotations

import json

import pytest

from shadowline.evaluation.events import GoldActor, GoldEvent, PredictedEvent, load_gold, match_events, score

TEXT = "Iran accused Israel of the attack. The UN and Egypt met in Cairo. Turkey warned Greece."
IRAN, ISRAEL = GoldActor("Iran", "IRN"), GoldActor("Israel", "ISR")


def _gold(sentence: str, source: GoldActor, target: GoldActor, plover_type: str, reciprocal: bool = False,
          doc_id: str = "d1") -> GoldEvent:
    start = TEXT.index(sentence)
    return GoldEvent(doc_id, "dev", sentence, start, start + len(sentence), source, target, plover_type,
                     reciprocal=reciprocal)


def _found(sentence: str, source: GoldActor, target: GoldActor, plover_type: str, confidence: float = 0.9,
           doc_id: str = "d1") -> PredictedEvent:
    start = TEXT.index(sentence)
    return PredictedEvent(doc_id, start, start + len(sentence), source, target, plover_type, confidence)


ACCUSE = _gold("Iran accused Israel of the attack.", IRAN, ISRAEL, "ACCUSE")
MEET = _gold("The UN and Egypt met in Cairo.", GoldActor("The UN", "UN"), GoldActor("Egypt", "EGY"), "CONSULT",
             reciprocal=True)
WARN = _gold("Turkey warned Greece.", GoldActor("Turkey", "TUR"), GoldActor("Greece", None), "THREATEN")


def test_a_right_event_matches_and_a_wrong_type_or_direction_does_not():
    right = _found("Iran accused Israel of the attack.", IRAN, ISRAEL, "ACCUSE")
    wrong_type = _found("Iran accused Israel of the attack.", IRAN, ISRAEL, "THREATEN")
    wrong_way = _found("Iran accused Israel of the attack.", ISRAEL, IRAN, "ACCUSE")
    assert match_events([ACCUSE], [right]).matched == 1
    assert match_events([ACCUSE], [wrong_type]).matched == 0
    assert match_events([ACCUSE], [wrong_way]).matched == 0
    assert match_events([ACCUSE], [wrong_type], "dyad").matched == 1
    assert match_events([ACCUSE], [wrong_way], "dyad").matched == 0


def test_another_document_or_sentence_does_not_match():
    elsewhere = _found("Iran accused Israel of the attack.", IRAN, ISRAEL, "ACCUSE", doc_id="d2")
    later = _found("Turkey warned Greece.", IRAN, ISRAEL, "ACCUSE")
    assert match_events([ACCUSE], [elsewhere, later]).matched == 0


def test_knowledge_base_codes_read_as_gold_codes_and_reciprocal_matches_both_ways():
    uno = GoldActor("the UN", "UNO")
    egypt = GoldActor("Egypt", "EGY")
    forward = _found("The UN and Egypt met in Cairo.", uno, egypt, "CONSULT", 0.8)
    mirror = _found("The UN and Egypt met in Cairo.", egypt, uno, "CONSULT", 0.9)
    result = match_events([MEET], [forward, mirror])
    # one gold event is found once (recall 1/1); its mirror is right, not a false positive
    assert result.matched == 1 and result.recall == 1.0 and result.precision == 1.0
    assert match_events([MEET], [mirror]).matched == 1


def test_a_gold_puerto_rico_is_cameos_united_states():
    gold = _gold("Turkey warned Greece.", GoldActor("Puerto Rico's governor", "PRI"), ISRAEL, "THREATEN")
    found = _found("Turkey warned Greece.", GoldActor("Puerto Rico's governor", "USA"), ISRAEL, "THREATEN")
    assert match_events([gold], [found]).matched == 1


@pytest.mark.parametrize("code", ["KOS", "KSV", "XKX"])
def test_every_spelling_of_kosovo_is_one_country(code):
    gold = _gold("Turkey warned Greece.", GoldActor("Kosovo", code), ISRAEL, "THREATEN")
    found = _found("Turkey warned Greece.", GoldActor("Kosovo", "XKX"), ISRAEL, "THREATEN")
    assert match_events([gold], [found]).matched == 1


def test_null_gold_country_compares_the_actor_texts():
    found = _found("Turkey warned Greece.", GoldActor("Turkey", "TUR"), GoldActor("Greece's navy", "GRC"),
                   "THREATEN")
    stranger = _found("Turkey warned Greece.", GoldActor("Turkey", "TUR"), GoldActor("the fleet", "GRC"),
                      "THREATEN")
    assert match_events([WARN], [found]).matched == 1
    assert match_events([WARN], [stranger]).matched == 0


def test_each_gold_event_matches_one_prediction_the_most_confident():
    sure = _found("Iran accused Israel of the attack.", IRAN, ISRAEL, "ACCUSE", 0.95)
    unsure = _found("Iran accused Israel of the attack.", IRAN, GoldActor("Israeli forces", "ISR"), "ACCUSE", 0.5)
    result = match_events([ACCUSE], [unsure, sure])
    assert result.pairs == [(sure, ACCUSE)]
    assert result.false_positives() == [unsure]
    assert result.precision == 0.5 and result.recall == 1.0


def test_score_adds_up_over_articles_with_spread():
    other = GoldEvent("d2", "dev", "Turkey warned Greece.", 0, 21, GoldActor("Turkey", "TUR"),
                      GoldActor("Greece", "GRC"), "THREATEN")
    predicted = [_found("Iran accused Israel of the attack.", IRAN, ISRAEL, "ACCUSE"),
                 _found("Iran accused Israel of the attack.", IRAN, ISRAEL, "REJECT", 0.4)]
    result, matching = score([ACCUSE, other], predicted, ["d1", "d2"])
    assert (result.predicted, result.gold, result.matched) == (2, 2, 1)
    assert result.precision == 0.5 and result.recall == 0.5
    assert result.recall_spread == (0.0, 0.5, 1.0)
    assert 0.0 <= result.f1_interval[0] <= result.f1 <= result.f1_interval[1] <= 1.0
    assert len(matching.false_negatives()) == 1


def test_gold_loads_located_in_the_article_and_bad_lines_are_reported(tmp_path):
    rows = [
        {"doc_id": "d1", "split": "dev", "sentence": "Turkey warned  Greece.".replace("  ", " "),
         "source": {"text": "Turkey", "country": "TUR"}, "target": {"text": "Greece", "country": "GRC"},
         "plover_type": "threaten", "modality": "asserted", "reciprocal": False},
        {"doc_id": "d1", "split": "dev", "sentence": "A sentence the article lacks.",
         "source": {"text": "X"}, "target": {"text": "Y"}, "plover_type": "ACCUSE"},
    ]
    (tmp_path / "gold_dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    (tmp_path / "articles.jsonl").write_text(json.dumps({"doc_id": "d1", "split": "dev"}) + "\n"
                                             + json.dumps({"doc_id": "d9", "split": "dev"}) + "\n")
    gold = load_gold(tmp_path, "dev", {"d1": TEXT, "d9": "Nothing happened."})
    assert [(g.plover_type, TEXT[g.char_start:g.char_end]) for g in gold.events] == [
        ("THREATEN", "Turkey warned Greece.")]
    assert len(gold.problems) == 2 and "gold_dev.jsonl:2" in gold.problems[0] and ":3:" in gold.problems[1]
    assert gold.doc_ids == ["d1", "d9"]  # an article with no gold events still counts
