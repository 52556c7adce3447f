"""k-fold cross-validation of the training recipe, for honest numbers stored in the model card.

Each fold trains a fresh model on the other folds (same recipe, same seed) and predicts its own rows;
the out-of-fold predictions are then scored once. Calibration is cross-fitted the same way: a fold's
ECE uses a temperature fitted on the other folds' out-of-fold logits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np

from shadowline.coding.classifier import softmax
from shadowline.evaluation.classifier import PLV_TYPES, fit_temperature, score_predictions, to_plv_probabilities


def stratified_folds(labels: list[str], keys: list[str], k: int) -> list[int]:
    """Fold number of each row: per label, rows ordered by a content hash and dealt round-robin."""
    fold = [0] * len(labels)
    by_label: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        by_label.setdefault(lab, []).append(i)
    offset = 0
    for lab in sorted(by_label):
        rows = sorted(by_label[lab], key=lambda i: hashlib.sha256(keys[i].encode()).hexdigest())
        for j, i in enumerate(rows):
            fold[i] = (j + offset) % k
        offset += len(rows)
    return fold


def cross_calibrated_ece(logits: np.ndarray, gold_idx: np.ndarray, parts: int = 2) -> float:
    """ECE where each part's temperature is fitted on the other parts (no calibration on scored rows)."""
    from shadowline.evaluation.classifier import expected_calibration_error

    part = np.arange(len(gold_idx)) % parts
    conf, correct = np.zeros(len(gold_idx)), np.zeros(len(gold_idx))
    for p in range(parts):
        fit, score = part != p, part == p
        t = fit_temperature(logits[fit], gold_idx[fit])
        probs = softmax(logits[score] / t)
        conf[score] = probs.max(1)
        correct[score] = probs.argmax(1) == gold_idx[score]
    return expected_calibration_error(conf, correct)


def run_cross_validation(train: list, vocab: object, tok: object, args: object,
                         train_model: Callable, predict_logits: Callable) -> dict:
    """Out-of-fold scores of the recipe over `train` (torch fp32 models, one per fold)."""
    k = args.cv_folds  # type: ignore[attr-defined]
    labels = vocab.labels  # type: ignore[attr-defined]
    folds = np.array(stratified_folds([ex.label for ex in train],
                                      [ex.pair.sentence + str(ex.pair.source) for ex in train], k))
    logits = np.zeros((len(train), len(labels)))
    for f in range(k):
        fit = [ex for ex, g in zip(train, folds) if g != f]
        held = [i for i, g in enumerate(folds) if g == f]
        model = train_model(fit, vocab, tok, args, log_prefix=f"[cv {f + 1}/{k}] ")
        logits[held] = predict_logits(model, [train[i] for i in held], tok, args)
    gold_idx = np.array([labels.index(ex.label) for ex in train])
    pred = [labels[i] for i in logits.argmax(1)]
    conf = np.zeros(len(train))
    for f in range(k):  # temperature from the other folds only
        t = fit_temperature(logits[folds != f], gold_idx[folds != f])
        conf[folds == f] = softmax(logits[folds == f] / t).max(1)
    rep = score_predictions([ex.label for ex in train], pred, labels=labels, confidence=conf,
                            kind=f"{k}-fold CV over the train split (fp32 torch models, one per fold)")
    out = {"all": rep.to_dict()}
    plv = [i for i, ex in enumerate(train) if ex.origin == "plv"]
    if plv:
        pp = to_plv_probabilities(softmax(logits[plv]), labels)
        out["plv"] = score_predictions([train[i].gold_source_label for i in plv],
                                       [PLV_TYPES[j] for j in pp.argmax(1)], labels=list(PLV_TYPES),
                                       kind=f"{k}-fold CV, PLV rows, PLV labels").to_dict()
    modern = [i for i, ex in enumerate(train) if ex.style == "modern"]
    if modern:
        out["modern"] = score_predictions([train[i].label for i in modern], [pred[i] for i in modern],
                                          labels=labels, kind=f"{k}-fold CV, modern team rows").to_dict()
    for key, r in out.items():
        print(f"CV {key}: n={r['n']} acc={r['accuracy']} macro-F1={r['macro_f1']}", flush=True)
    return out
