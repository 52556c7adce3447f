"""Evaluation of the PLOVER pair classifier: accuracy, macro-F1, per-class P/R/F1, confusion, ECE.

Two kinds of numbers, never mixed up:

* **dev** - the shipped model (trained without the dev split) scored here on the dev split;
* **cv** - k-fold cross-validation over the training split, computed by ``training/train_classifier.py``
  (one model trained per fold) and stored in the model card; retraining per fold at evaluation time
  would take too long on a CPU.

PLV's label set predates PLOVER's split of YIELD into CONCEDE and RETREAT; to score against PLV labels,
`to_plv_probabilities` maps CONCEDE + RETREAT -> YIELD explicitly (docs/decisions/0004-classifier-labels.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from shadowline.records import PLOVER_TYPES

#: PLV's 15 root types (YIELD in place of CONCEDE and RETREAT).
PLV_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
#: The current types that PLV's YIELD stands for.
YIELD_SPLIT: tuple[str, str] = ("CONCEDE", "RETREAT")


def to_plv_label(label: str) -> str:
    """Map a current PLOVER label to PLV's label set (CONCEDE/RETREAT -> YIELD)."""
    return "YIELD" if label in YIELD_SPLIT else label


def to_plv_probabilities(probs: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """Sum the columns of `probs` (over `labels`) into PLV's 15 types; NONE's mass is dropped.

    PLV pairs always carry an event, so scoring there is a closed choice among PLV's types.
    """
    out = np.zeros((probs.shape[0], len(PLV_TYPES)))
    for j, lab in enumerate(labels):
        plv = to_plv_label(lab)
        if plv in PLV_TYPES:
            out[:, PLV_TYPES.index(plv)] += probs[:, j]
    return out


@dataclass
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class ClassifierReport:
    """Scores of one prediction set against gold labels. `kind` says where the numbers come from."""

    kind: str
    n: int
    accuracy: float
    macro_f1: float
    ece: float | None
    per_class: dict[str, ClassScores]
    labels: list[str]
    confusion: list[list[int]]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-able data."""
        return {"kind": self.kind, "n": self.n, "accuracy": round(self.accuracy, 4),
                "macro_f1": round(self.macro_f1, 4), "ece": None if self.ece is None else round(self.ece, 4),
                "per_class": {k: {"precision": round(v.precision, 4), "recall": round(v.recall, 4),
                                  "f1": round(v.f1, 4), "support": v.support} for k, v in self.per_class.items()},
                "labels": self.labels, "confusion": self.confusion, "notes": self.notes}

    @classmethod
    def from_dict(cls, data: dict) -> ClassifierReport:
        """Inverse of `to_dict` (used for the CV numbers stored in the model card)."""
        per_class = {k: ClassScores(**v) for k, v in data["per_class"].items()}
        return cls(data["kind"], data["n"], data["accuracy"], data["macro_f1"], data.get("ece"), per_class,
                   list(data["labels"]), data["confusion"], list(data.get("notes", [])))

    def table(self) -> str:
        """The report as a plain-text table (what the benchmarks print)."""
        ece = "n/a" if self.ece is None else f"{self.ece:.3f}"
        lines = [f"[{self.kind}] n={self.n}  accuracy={self.accuracy:.3f}  macro-F1={self.macro_f1:.3f}  "
                 f"ECE={ece}", *[f"  note: {n}" for n in self.notes],
                 f"  {'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
        for lab, sc in self.per_class.items():
            lines.append(f"  {lab:<10} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} {sc.support:5d}")
        short = [lab[:4] for lab in self.labels]
        lines.append("  confusion (rows gold, columns predicted): " + " ".join(f"{s:>4}" for s in short))
        for lab, row in zip(short, self.confusion):
            lines.append(f"  {lab:>4} " + " ".join(f"{v:4d}" for v in row))
        return "\n".join(lines)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width confidence bins: sum over bins of |accuracy - mean confidence| x share."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        sel = idx == b
        if sel.any():
            total += abs(correct[sel].mean() - confidence[sel].mean()) * sel.mean()
    return float(total)


def score_predictions(gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None,
                      confidence: Iterable[float] | None = None, kind: str = "dev") -> ClassifierReport:
    """Accuracy, macro-F1 over the labels present in gold, per-class P/R/F1, confusion and ECE."""
    gold, predicted = list(gold), list(predicted)
    if len(gold) != len(predicted) or not gold:
        raise ValueError("gold and predicted must be non-empty and of equal length")
    present = set(gold)
    labels = [lab for lab in (labels or sorted(present | set(predicted)))]
    labels += sorted((present | set(predicted)) - set(labels))
    index = {lab: i for i, lab in enumerate(labels)}
    confusion = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, predicted):
        confusion[index[g], index[p]] += 1
    per_class = {}
    for lab in labels:
        i = index[lab]
        tp, col, row = confusion[i, i], confusion[:, i].sum(), confusion[i].sum()
        if row == 0 and col == 0:
            continue
        prec = tp / col if col else 0.0
        rec = tp / row if row else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[lab] = ClassScores(float(prec), float(rec), float(f1), int(row))
    correct = np.array([g == p for g, p in zip(gold, predicted)], dtype=float)
    macro = float(np.mean([sc.f1 for lab, sc in per_class.items() if lab in present]))
    ece = None
    if confidence is not None:
        ece = expected_calibration_error(np.asarray(list(confidence), dtype=float), correct)
    return ClassifierReport(kind, len(gold), float(correct.mean()), macro, ece, per_class, labels,
                            confusion.tolist())


def fit_temperature(logits: np.ndarray, gold_index: np.ndarray) -> float:
    """The temperature T minimising the negative log-likelihood of softmax(logits / T) (grid search)."""
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.3), np.log(5.0), 200)):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        nll = float(-(z[np.arange(len(z)), gold_index] - np.log(np.exp(z).sum(axis=1))).mean())
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def default_labels() -> list[str]:
    """Output labels of the classifier: the 16 PLOVER types, then NONE."""
    return [*PLOVER_TYPES, "NONE"]


def read_pairs(path: Path, text: str | None = None) -> tuple[list[dict], int]:
    """Rows of a pair JSONL file whose actor texts occur in the sentence; also the count skipped.

    A row needs ``sentence``, ``source``, ``target`` and ``plover``; a half-written last line, a bad
    label or an actor text missing from the sentence is skipped and counted. `text`, if given, is the
    file's content already read.
    """
    rows, skipped = [], 0
    text = path.read_text(encoding="utf-8") if text is None else text
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            ok = all(isinstance(row.get(k), str) for k in ("sentence", "source", "target", "plover"))
            ok = ok and row["source"] in row["sentence"] and row["target"] in row["sentence"]
        except (json.JSONDecodeError, AttributeError):
            ok = False
        if ok:
            rows.append(row)
        else:
            skipped += 1
    return rows, skipped
