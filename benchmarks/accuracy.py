"""Accuracy of the shipped PLOVER pair classifier on the dev splits; prints the tables.

    PYTHONPATH=src python benchmarks/accuracy.py                   # ../shared/data/train + training/data
    PYTHONPATH=src python benchmarks/accuracy.py --data-dir DIR --team-dir DIR

Prints, clearly apart: (1) dev numbers of the shipped model, which never saw those rows; the PLV dev
rows are scored on PLV's own labels with CONCEDE/RETREAT -> YIELD, and benchmarks/data/events_heldout.jsonl
(150 modern sentences written blind) is scored whole; (2) the k-fold CV numbers that the training script
computed and stored in the model card.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from shadowline.evaluation.classifier import evaluate_classifier  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=REPO / ".." / "shared" / "data" / "train")
    ap.add_argument("--team-dir", type=Path, default=REPO / "training" / "data")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--brief", action="store_true", help="headline numbers only, no per-class tables")
    args = ap.parse_args()
    team = sorted(args.team_dir.glob("team_part_*.jsonl"))
    heldout = REPO / "benchmarks" / "data" / "events_heldout.jsonl"  # blind modern sentences, all dev
    candidates = [args.data_dir / "plover_pairs_train.jsonl", *team, heldout]
    paths = [p for p in candidates if p.exists()]
    if not paths:
        print(f"no pair files under {args.data_dir} or {args.team_dir}; use --data-dir/--team-dir",
              file=sys.stderr)
        return 2
    report = evaluate_classifier(paths, folds=args.folds, model_path=args.model)
    print("== (1) DEV: shipped model on rows it was not trained on ==")
    print(report.table() if not args.brief else report.table().splitlines()[0])
    for note in report.notes if args.brief else []:
        print(f"  note: {note}")
    for name, part in report.parts.items():
        if name.startswith("cv "):
            continue
        print()
        print(part.table() if not args.brief else part.table().splitlines()[0])
    print()
    print("== (2) CV: k-fold cross-validation (model card) ==")
    for name, part in report.parts.items():
        if name.startswith("cv "):
            print(part.table() if not args.brief else part.table().splitlines()[0])
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
