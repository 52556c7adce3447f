"""Choose the classifier recipe by k-fold cross-validation over the real PLV rows, with the spread.

The PLV pairs (real news, hand-labelled) are dealt into k stratified folds. For each recipe and fold, a
model is trained on the other PLV folds plus (if the recipe uses them) the team-written training rows,
and scored on the held-out PLV fold with PLV's labels (CONCEDE/RETREAT -> YIELD). Team-written rows are
never scored: they are training data only. The table gives, per recipe, the mean, standard deviation and
range over folds of accuracy and macro-F1; the winner (best mean macro-F1) can then be trained on every row
and exported with ``train_classifier.py`` and the same flags.

    PYTHONPATH=src python training/recipe_cv.py --folds 5 --device cuda --jobs 5 \\
        --recipe "v3=" --recipe "plv3=--plv-repeat 3 --epochs 16 --label-smoothing 0.1" --recipe "plv-only=--no-team"

A recipe is a name and train_classifier.py flags (``--plv-repeat``, ``--lr``, ``--epochs``,
``--label-smoothing``, ...) plus ``--no-team`` (PLV rows only). Recipes run as parallel processes
(``--jobs``); on 2 CPU cores one fold takes ~10 minutes, on a GPU well under a minute.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_classifier as tc  # noqa: E402
from corpus import load_corpus  # noqa: E402
from cross_validation import stratified_folds  # noqa: E402

from shadowline.coding.classifier import softmax  # noqa: E402
from shadowline.evaluation.classifier import PLV_TYPES, score_predictions, to_plv_probabilities  # noqa: E402


def recipe_args(flags: str, base_argv: list[str]) -> tuple[argparse.Namespace, bool]:
    """train_classifier's namespace for one recipe's flags; also whether team rows are used."""
    words = shlex.split(flags)
    use_team = "--no-team" not in words
    words = [w for w in words if w != "--no-team"]
    return tc.parse_args(base_argv + words), use_team


def run_recipe(name: str, flags: str, base_argv: list[str], k: int, limit: int, only: list[int] | None = None
               ) -> dict:
    """Out-of-fold PLV predictions of one recipe, scored per fold and pooled."""
    args, use_team = recipe_args(flags, base_argv)
    examples, provenance = load_corpus(args.data_dir, args.team_dir, args.knowledge_dir)
    plv = [ex for ex in examples if ex.origin == "plv"]
    team = [ex for ex in examples if ex.origin != "plv" and ex.split == "train"] if use_team else []
    if limit:
        plv, team = plv[:limit], team[:limit]
    tok = tc.load_tokenizer(tc.base_model_dir(args.base_model), args.max_length)
    vocab = tc.Vocab(plv + team)
    folds = np.array(stratified_folds([ex.gold_source_label for ex in plv],
                                      [ex.pair.sentence + str(ex.pair.source) for ex in plv], k))
    pred = [""] * len(plv)
    per_fold = []
    t0 = time.time()
    for f in only or range(k):
        fit = [ex for ex, g in zip(plv, folds) if g != f] * args.plv_repeat + team
        fit += [ex for ex in fit if ex.label == "NONE"] * (args.none_repeat - 1)
        held = [i for i, g in enumerate(folds) if g == f]
        model = tc.train_model(fit, vocab, tok, args, log_prefix=f"[{name} fold {f + 1}/{k}] ")
        probs = to_plv_probabilities(softmax(tc.torch_logits(model, [plv[i] for i in held], tok, args)),
                                     vocab.labels)
        for i, j in zip(held, probs.argmax(1)):
            pred[i] = PLV_TYPES[j]
        rep = score_predictions([plv[i].gold_source_label for i in held], [pred[i] for i in held],
                                labels=list(PLV_TYPES), kind=f"fold {f + 1}")
        per_fold.append({"fold": f + 1, "n": rep.n, "accuracy": rep.accuracy, "macro_f1": rep.macro_f1})
        print(f"[{name}] fold {f + 1}/{k}: acc {rep.accuracy:.3f} macro-F1 {rep.macro_f1:.3f}", flush=True)
    scored = [i for i, p in enumerate(pred) if p]
    pooled = score_predictions([plv[i].gold_source_label for i in scored], [pred[i] for i in scored],
                               labels=list(PLV_TYPES),
                               kind=f"{k}-fold CV, PLV rows, PLV labels")
    accs = np.array([p["accuracy"] for p in per_fold])
    f1s = np.array([p["macro_f1"] for p in per_fold])
    k = len(per_fold)
    return {"recipe": name, "flags": flags, "folds": k, "plv_rows": len(plv), "team_rows": len(team),
            "seconds": round(time.time() - t0), "per_fold": per_fold,
            "accuracy": {"mean": float(accs.mean()), "std": float(accs.std(ddof=1)) if k > 1 else 0.0,
                         "min": float(accs.min()), "max": float(accs.max())},
            "macro_f1": {"mean": float(f1s.mean()), "std": float(f1s.std(ddof=1)) if k > 1 else 0.0,
                         "min": float(f1s.min()), "max": float(f1s.max())},
            "pooled": {"accuracy": pooled.accuracy, "macro_f1": pooled.macro_f1},
            "device": args.device, "training_data_sha256": provenance["sha256"]["combined"]}


def table(results: list[dict]) -> str:
    """One line per recipe: mean ± std (min-max) over folds."""
    lines = ["| recipe | flags | PLV rows | team rows | accuracy mean ± std (min-max) "
             "| macro-F1 mean ± std (min-max) |",
             "|---|---|---|---|---|---|"]
    for r in sorted(results, key=lambda r: -r["macro_f1"]["mean"]):
        a, f = r["accuracy"], r["macro_f1"]
        lines.append(f"| {r['recipe']} | `{r['flags']}` | {r['plv_rows']} | {r['team_rows']} | "
                     f"{a['mean']:.3f} ± {a['std']:.3f} ({a['min']:.3f}-{a['max']:.3f}) | "
                     f"{f['mean']:.3f} ± {f['std']:.3f} ({f['min']:.3f}-{f['max']:.3f}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--recipe", action="append", default=[], metavar="NAME=FLAGS",
                    help="a recipe: name=train_classifier flags (repeatable; default: the shipped recipe)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1, help="recipes trained in parallel processes")
    ap.add_argument("--fold", type=int, action="append", default=None,
                    help="run only this fold (1-based, repeatable): spread one recipe's folds over processes")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N rows of each kind (smoke runs)")
    ap.add_argument("--out", type=Path, default=Path("recipe_cv.json"))
    known, base_argv = ap.parse_known_args(argv)
    recipes = [r.split("=", 1) for r in known.recipe] or [["shipped", ""]]
    results = []
    with ProcessPoolExecutor(max_workers=max(1, known.jobs), mp_context=get_context("spawn")) as pool:
        only = [f - 1 for f in known.fold] if known.fold else None
        futures = [pool.submit(run_recipe, name, flags, base_argv, known.folds, known.limit, only)
                   for name, flags in recipes]
        for fut in as_completed(futures):
            results.append(fut.result())
            known.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
