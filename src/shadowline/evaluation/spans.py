"""Evaluate source-target pair extraction on sentences with gold actor spans.

Input: JSON Lines of ``{"tokens": [...], "tags": [...]}`` with BIO tags over ``S`` (source), ``T``
(target) and ``R`` (reciprocal actors), as in the ConfliBERT CAMEO span data. Gold pairs are every
(S, T) combination; two R spans form one pair that may be found in either direction. Predicted pairs are
the events the coder finds (source and target mention spans). Matching is
:func:`shadowline.evaluation.actors.score_pairs` (token overlap, direction matters), summed over sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from shadowline.evaluation.actors import score_pairs
from shadowline.records import Document

TokenSpan = tuple[int, int]


def bio_spans(tags: list[str]) -> dict[str, list[TokenSpan]]:
    """Spans per label from BIO tags: ``{"S": [(0, 2)], "T": [(5, 6)]}``."""
    spans: dict[str, list[TokenSpan]] = {"S": [], "T": [], "R": []}
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            spans.setdefault(label or "", []).append((start, i))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return spans


def gold_pairs(tags: list[str]) -> list[tuple[TokenSpan, TokenSpan]]:
    spans = bio_spans(tags)
    pairs = [(s, t) for s in spans["S"] for t in spans["T"]]
    if len(spans["R"]) >= 2:
        pairs.append((spans["R"][0], spans["R"][1]))
    return pairs


@dataclass
class PairReport:
    sentences: int
    hits: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def render(self) -> Table:
        table = Table(title=f"Source-target pairs on {self.sentences} sentences", header_style="bold")
        for column in ("gold pairs", "predicted", "matched", "precision", "recall", "F1"):
            table.add_column(column, justify="right")
        table.add_row(str(self.gold), str(self.predicted), str(self.hits), f"{self.precision:.3f}",
                      f"{self.recall:.3f}", f"{self.f1:.3f}")
        return table


#: The span tagger trains on most of this file; only its dev rows give honest numbers.
TAGGER_SPAN_FILE = "actor_spans_train.jsonl"
TAGGER_DEV_SHARE = 0.2


def tagger_dev_rows(rows: list[dict], seed: int = 13) -> list[dict]:
    """The rows of the span file that the shipped span tagger held out (its seeded 20% dev split)."""
    import random

    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    keep = set(order[:round(len(rows) * TAGGER_DEV_SHARE)])
    return [row for i, row in enumerate(rows) if i in keep]


def evaluate_pair_spans(path: str | Path, coder: object | None = None, limit: int | None = None,
                        dev_only: bool = True) -> PairReport:
    """Score the coder's pairs on a JSONL file of gold span sentences.

    On the span tagger's own training file only its held-out dev rows are scored (``dev_only``).
    """
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if dev_only and Path(path).name == TAGGER_SPAN_FILE:
        rows = tagger_dev_rows(rows)
    return evaluate_pair_rows(rows[:limit] if limit else rows, coder)


def evaluate_pair_rows(rows: list[dict], coder: object | None = None) -> PairReport:
    """Run the coder on each gold sentence (its own tokenisation) and score the pairs it finds."""
    from spacy.tokens import Doc

    from shadowline.coding.pipeline import Coder

    engine = coder if coder is not None else Coder()
    assert isinstance(engine, Coder)
    hits = predicted = gold_total = 0
    nlp = engine.nlp
    for number, row in enumerate(rows):
        doc = Doc(nlp.vocab, words=row["tokens"])
        for _, component in nlp.pipeline:
            doc = component(doc)
        coded = engine.code_parsed(Document(f"span-{number}", doc.text, None), doc)
        found = list(dict.fromkeys(coded.mention_spans.values()))
        gold = gold_pairs(row["tags"])
        reciprocal = bio_spans(row["tags"])["R"]
        if len(reciprocal) >= 2:  # a reciprocal pair counts in either direction
            r1, r2 = reciprocal[0], reciprocal[1]
            found = [(r1, r2) if (s, t) == (r2, r1) or _overlap(s, r2) and _overlap(t, r1) else (s, t)
                     for s, t in found]
        score = score_pairs(gold, found)
        hits += score.true_positives
        predicted += len(found)
        gold_total += len(gold)
    return PairReport(len(rows), hits, predicted, gold_total)


def _overlap(a: TokenSpan, b: TokenSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]
