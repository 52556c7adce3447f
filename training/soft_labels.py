"""Distillation rows: pairs with a teacher's probabilities over the labels, written by ``distill.py label`` and
read by ``train_classifier.py --soft-labels``. No torch here: the file format and the label arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from corpus import PairExample, _snapshot

from shadowline.coding.classifier import PairInput


def event_or_none(teacher: np.ndarray, none: np.ndarray, labels: list[str]) -> np.ndarray:
    """Whether there is an event from the shipped model (`none`: its probability of none), which type from
    the teacher (a teacher trained on PLV's event rows only has never seen a pair without an event)."""
    k = labels.index("NONE")
    typed = teacher.copy()
    typed[:, k] = 0.0
    typed /= typed.sum(axis=1, keepdims=True)
    out = typed * (1.0 - none)[:, None]
    out[:, k] = none
    return out


def write_soft_labels(path: Path, pairs: list[PairInput], probs: np.ndarray, labels: list[str]) -> None:
    """One JSON line per pair: the sentence, the two character spans and the probability of each label."""
    with path.open("w", encoding="utf-8") as fh:
        for pair, p in zip(pairs, probs):
            fh.write(json.dumps({"sentence": pair.sentence, "source": list(pair.source),
                                 "target": list(pair.target),
                                 "probs": {lab: round(float(v), 5) for lab, v in zip(labels, p)}}) + "\n")


def load_soft_labels(path: Path, labels: list[str]) -> list[PairExample]:
    """Distillation rows written by ``distill.py label``: a pair and a teacher's probabilities over `labels`.

    The label of such a row is the teacher's best label (for counting only); training uses the probabilities.
    """
    out = []
    for n, line in enumerate(_snapshot(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            pair = PairInput(row["sentence"], tuple(row["source"]), tuple(row["target"]))
            probs = [float(row["probs"][lab]) for lab in labels]
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{n}: not a distillation row ({exc})") from exc
        best = labels[max(range(len(labels)), key=probs.__getitem__)]
        out.append(PairExample(pair, best, "teacher", "train", best, soft=probs))
    return out
