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

import hashlib
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
#: Share of each PLV label held out as the dev split (PLV ships no dev split of its own).
PLV_DEV_SHARE = 0.15
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
    #: Related reports: per input file, and the k-fold CV numbers stored in the model card ("cv ...").
    parts: dict[str, ClassifierReport] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain JSON-able data."""
        return {"kind": self.kind, "n": self.n, "accuracy": round(self.accuracy, 4),
                "macro_f1": round(self.macro_f1, 4), "ece": None if self.ece is None else round(self.ece, 4),
                "per_class": {k: {"precision": round(v.precision, 4), "recall": round(v.recall, 4),
                                  "f1": round(v.f1, 4), "support": v.support}
                              for k, v in self.per_class.items()},
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


def plv_dev_split(rows: Sequence[dict], share: float = PLV_DEV_SHARE) -> list[str]:
    """"dev" or "train" for each PLV row: per label, the rows first in sha256(sentence|label) order are dev.

    Stable under appended rows of other labels and independent of file order, so training and
    evaluation agree on which rows were never trained on.
    """
    by_label: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_label.setdefault(row["plover"], []).append(i)
    split = ["train"] * len(rows)
    for label, idx in by_label.items():
        idx.sort(key=lambda i: hashlib.sha256(f"{rows[i]['sentence']}|{label}".encode()).hexdigest())
        for i in idx[:round(len(idx) * share)]:
            split[i] = "dev"
    return split


def dev_rows(path: Path) -> list[dict]:
    """The dev rows of a pair file: its own ``split`` field if rows carry one, else the PLV rule."""
    rows, _ = read_pairs(path)
    if "heldout" in Path(path).name:  # a held-out set is all development data
        return rows
    if rows and all("split" in r for r in rows):
        return [r for r in rows if r["split"] == "dev"]
    return [r for r, s in zip(rows, plv_dev_split(rows)) if s == "dev"]


def evaluate_classifier(data_paths: Sequence[str | Path], folds: int = 5, model_path: str | Path | None = None
                        ) -> ClassifierReport:
    """Score the shipped model on the dev rows of `data_paths`; attach the card's k-fold CV numbers.

    Each file is scored in its own label space: files using PLV's YIELD are scored as a closed choice
    among PLV's 15 types (CONCEDE/RETREAT -> YIELD, NONE excluded), other files over the 16 types + NONE.
    The returned report (kind "dev") covers all files; ``parts`` holds one report per file and,
    under ``"cv"``, the k-fold cross-validation computed at training time (``folds`` must match it).
    """
    from shadowline.coding.classifier import PairClassifier, pair_input, softmax

    clf = PairClassifier.load(model_path)
    gold_all: list[str] = []
    pred_all: list[str] = []
    conf_all: list[float] = []
    parts: dict[str, ClassifierReport] = {}
    skipped: list[str] = []
    trained_on_plv_dev = bool(clf.card.get("recipe", {}).get("include_plv_dev"))
    for path in map(Path, data_paths):
        rows, items = [], []
        file_rows = dev_rows(path)
        if trained_on_plv_dev and file_rows and not all("split" in r for r in read_pairs(path)[0]) \
                and "heldout" not in path.name:
            skipped.append(path.name)  # PLV's dev split was training data for this model
            continue
        for row in file_rows:
            try:
                items.append(pair_input(row["sentence"], row["source"], row["target"]))
                rows.append(row)
            except ValueError:  # overlapping or repeated actor texts: not a scorable pair
                continue
        if not rows:
            continue
        probs = softmax(clf.logits(items)["type"] / clf.temperature)
        gold = [r["plover"] for r in rows]
        if "YIELD" in gold:
            probs = to_plv_probabilities(probs, clf.labels)
            names = list(PLV_TYPES)
        else:
            names = clf.labels
        pred = [names[k] for k in probs.argmax(1)]
        conf = probs.max(1) / probs.sum(1)
        parts[path.name] = score_predictions(gold, pred, labels=names, confidence=conf,
                                             kind=f"dev {path.name}")
        gold_all += gold
        pred_all += pred
        conf_all += conf.tolist()
    if not gold_all:
        raise ValueError(f"no dev rows found in {[str(p) for p in data_paths]}")
    report = score_predictions(gold_all, pred_all, confidence=conf_all,
                               labels=[*clf.labels, *[t for t in PLV_TYPES if t not in clf.labels]],
                               kind=f"dev: shipped model {clf.version} (trained without these rows)")
    report.parts = parts
    if skipped:
        report.notes.append(f"not scored: the dev rows of {', '.join(skipped)} were training data for "
                            f"{clf.version}; its 5-fold CV over those rows is in the model card (recipe_cv)")
    recipe_cv = clf.card.get("recipe_cv")
    if recipe_cv:
        acc, f1 = recipe_cv["accuracy"], recipe_cv["macro_f1"]
        report.notes.append(f"{recipe_cv['kind']}: accuracy {acc['mean']:.3f} ± {acc['std']:.3f}, "
                            f"macro-F1 {f1['mean']:.3f} ± {f1['std']:.3f}")
    cv = clf.card.get("cv")
    if cv:
        for key, data in cv.items():
            if isinstance(data, dict) and "per_class" in data:
                parts[f"cv {key}"] = ClassifierReport.from_dict(data)
        computed = cv.get("computed", {})
        k = parts["cv all"].kind.split("-fold")[0] if "cv all" in parts else "?"
        report.notes.append(f"k-fold CV numbers come from training time ({k} folds, device "
                            f"{computed.get('device', '?')}); evaluation does not retrain"
                            + ("" if str(folds) == k else f"; asked for {folds} folds"))
    return report
