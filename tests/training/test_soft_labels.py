"""Distillation rows (training/soft_labels.py): the teacher's probabilities written, read back and combined."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from soft_labels import event_or_none, load_soft_labels, write_soft_labels  # noqa: E402

from shadowline.coding.classifier import pair_input  # noqa: E402

LABELS = ["ACCUSE", "ASSAULT", "NONE"]


def test_the_shipped_model_says_whether_and_the_teacher_says_which():
    teacher = np.array([[0.6, 0.2, 0.2], [0.1, 0.1, 0.8]])
    out = event_or_none(teacher, np.array([0.5, 0.0]), LABELS)
    assert np.allclose(out, [[0.375, 0.125, 0.5], [0.5, 0.5, 0.0]])
    assert np.allclose(out.sum(axis=1), 1.0)


def test_rows_written_are_read_back_with_their_best_label(tmp_path):
    pairs = [pair_input("Russia criticised France.", "Russia", "France"),
             pair_input("Rebels shelled Goma.", "Rebels", "Goma")]
    path = tmp_path / "soft.jsonl"
    write_soft_labels(path, pairs, np.array([[0.7, 0.1, 0.2], [0.1, 0.6, 0.3]]), LABELS)
    rows = load_soft_labels(path, LABELS)
    assert [(r.pair, r.label, r.origin) for r in rows] == [(pairs[0], "ACCUSE", "teacher"),
                                                           (pairs[1], "ASSAULT", "teacher")]
    assert rows[1].soft == pytest.approx([0.1, 0.6, 0.3])


def test_a_broken_row_names_the_file_and_line(tmp_path):
    path = tmp_path / "soft.jsonl"
    path.write_text('{"sentence": "Russia criticised France.", "source": [0, 6], "target": [18, 24], '
                    '"probs": {"ACCUSE": 1.0}}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"soft.jsonl:1: not a distillation row"):
        load_soft_labels(path, LABELS)
