"""Evaluation of the coder on development data (``shadowline eval``, benchmarks/, training/).

Release and development tools, not a stage of the pipeline: nothing that codes, stores or analyses
imports this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shadowline.actors.loaders import build_knowledge_base
from shadowline.evaluation.actors import evaluate_resolution
from shadowline.evaluation.classifier import evaluate_classifier

#: The source checkout this package runs from (an editable install): the development data lives there.
CHECKOUT = Path(__file__).resolve().parents[3]
#: Development data of ``shadowline eval``, relative to the checkout.
CLASSIFY_DATA = ("../shared/data/train/plover_pairs_train.jsonl", "training/data/team_part_*.jsonl",
                 "benchmarks/data/events_heldout.jsonl")
SPANS_DATA = "../shared/data/train/actor_spans_train.jsonl"


def development_files(*patterns: str) -> list[Path]:
    """The files that `patterns` (paths or globs relative to the repository) name and that exist: under the
    checkout this package runs from, else under the current folder or the shadowline checkout it is in.
    Works from any folder of a checkout, also with the package installed; elsewhere it finds none (pass
    the files instead)."""
    here = Path.cwd()
    checkouts = [folder for folder in here.parents if (folder / "src" / "shadowline").is_dir()]
    for base in dict.fromkeys((CHECKOUT, here, *checkouts[:1])):
        found = [path for pattern in patterns for path in sorted(base.glob(pattern)) if path.is_file()]
        if found:
            return found
    return []


def evaluate_pairs(spans: str | Path, coder: str = "auto", limit: int | None = None) -> Any:
    """Source-target pair precision, recall and F1 of the coder (``coder``: auto, model or patterns) on
    sentences with gold source and target spans (JSONL of tokens and BIO tags); ``render()`` gives the table."""
    from shadowline.coding.pipeline import Coder
    from shadowline.evaluation.spans import evaluate_pair_spans

    return evaluate_pair_spans(spans, Coder(coder=coder), limit=limit)


__all__ = ["CHECKOUT", "CLASSIFY_DATA", "SPANS_DATA", "build_knowledge_base", "development_files",
           "evaluate_classifier", "evaluate_pairs", "evaluate_resolution"]
