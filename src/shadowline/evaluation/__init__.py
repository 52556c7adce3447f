"""Evaluation of the coder on development data (``shadowline eval``, benchmarks/, training/).

Release and development tools, not a stage of the pipeline: nothing that codes, stores or analyses
imports this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shadowline.actors.evaluate import evaluate_resolution
from shadowline.actors.loaders import build_knowledge_base
from shadowline.coding.evaluate import evaluate_classifier


def evaluate_pairs(spans: str | Path, coder: str = "auto", limit: int | None = None) -> Any:
    """Source-target pair precision, recall and F1 of the coder (``coder``: auto, model or patterns) on
    sentences with gold source and target spans (JSONL of tokens and BIO tags); ``render()`` gives the table."""
    from shadowline.coding.pipeline import Coder
    from shadowline.coding.span_eval import evaluate_pair_spans

    return evaluate_pair_spans(spans, Coder(coder=coder), limit=limit)


__all__ = ["build_knowledge_base", "evaluate_classifier", "evaluate_pairs", "evaluate_resolution"]
