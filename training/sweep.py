"""Choose the recipe by k-fold CV over the train split (never the dev split): one line per setting.

    PYTHONPATH=src python training/sweep.py --device cuda --cv-folds 5 --out sweep.json \\
        --grid "lr=5e-5,8e-5,1.2e-4" --grid "epochs=8,12"

Every combination of the grid runs the full CV of train_classifier.py's recipe; the table shows
accuracy and macro-F1 of the out-of-fold predictions (all rows, and PLV rows on PLV's labels).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_classifier as tc  # noqa: E402
from corpus import load_corpus  # noqa: E402
from cross_validation import run_cross_validation  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--grid", action="append", default=[], help="name=v1,v2,... (a train_classifier flag)")
    ap.add_argument("--out", type=Path, default=Path("sweep.json"))
    known, rest = ap.parse_known_args(argv)
    base = tc.parse_args(rest)
    if base.cv_folds < 2:
        base.cv_folds = 5
    examples, provenance = load_corpus(base.data_dir, base.team_dir, base.knowledge_dir)
    train = [ex for ex in examples if ex.split == "train"]
    tok = tc.load_tokenizer(tc.base_model_dir(base.base_model), base.max_length)
    vocab = tc.Vocab(train)
    axes = [(g.split("=")[0].replace("-", "_"), g.split("=")[1].split(",")) for g in known.grid]
    results = []
    for combo in itertools.product(*[vals for _, vals in axes]):
        args = argparse.Namespace(**vars(base))
        for (name, _), val in zip(axes, combo):
            setattr(args, name, type(getattr(base, name))(val))
        t0 = time.time()
        cv = run_cross_validation(train, vocab, tok, args, tc.train_model, tc.torch_logits)
        row = {"setting": dict(zip([a for a, _ in axes], combo)), "seconds": round(time.time() - t0),
               **{f"{k}_acc": v["accuracy"] for k, v in cv.items()},
               **{f"{k}_f1": v["macro_f1"] for k, v in cv.items()},
               "device": args.device, "training_data_sha256": provenance["sha256"], "cv": cv}
        results.append(row)
        print(json.dumps({k: v for k, v in row.items() if k != "cv"}), flush=True)
        known.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
