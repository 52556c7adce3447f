"""Evaluation of actor resolution (dev phrase table) and of source/target pair extraction.

    python -m shadowline.evaluation.actors            # the bundled dev_phrases.csv
    python -m shadowline.evaluation.actors PATH.csv
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from shadowline.actors.knowledge import KnowledgeBase
from shadowline.actors.loaders import load_knowledge_base
from shadowline.actors.resolver import resolve_actor

Span = tuple[int, int]


@dataclass
class CategoryScore:
    """Counts for one category of the dev table."""

    total: int = 0
    country_correct: int = 0
    sector_correct: int = 0


@dataclass
class Report:
    """Resolution accuracy over a dev table; `errors` lists (phrase, gold, predicted)."""

    categories: dict[str, CategoryScore] = field(default_factory=dict)
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.categories.values())

    @property
    def country_accuracy(self) -> float:
        return sum(c.country_correct for c in self.categories.values()) / max(self.total, 1)

    @property
    def sector_accuracy(self) -> float:
        return sum(c.sector_correct for c in self.categories.values()) / max(self.total, 1)

    def table(self) -> str:
        """The report as a plain-text table."""
        lines = [f"{'category':<14}{'n':>5}{'country':>10}{'sector':>9}"]
        for name, score in sorted(self.categories.items()):
            lines.append(f"{name:<14}{score.total:>5}{score.country_correct / score.total:>10.1%}"
                         f"{score.sector_correct / score.total:>9.1%}")
        lines.append(f"{'all':<14}{self.total:>5}{self.country_accuracy:>10.1%}{self.sector_accuracy:>9.1%}")
        return "\n".join(lines)


def evaluate_resolution(path: str | Path | None = None, kb: KnowledgeBase | None = None,
                        *, echo: bool = True) -> Report:
    """Resolve every phrase of a dev table and score country and sector against gold.

    The table has columns phrase, date, context_country, gold_country, gold_sector, category; an
    empty gold country and sector means "not an actor" (resolving it to anything is an error).
    A phrase counts for the country when the predicted country equals gold (both empty included),
    for the sector likewise.
    """
    kb = kb or load_knowledge_base()
    if path is None:
        text = resources.files("shadowline.actors").joinpath("data", "dev_phrases.csv").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    report = Report()
    for row in csv.DictReader(text.splitlines()):
        actor = resolve_actor(row["phrase"], date=row["date"] or None, country=row["context_country"] or None,
                              kb=kb)
        country = (actor.country or "") if actor else ""
        sector = (actor.sector or "") if actor else ""
        score = report.categories.setdefault(row.get("category") or "all", CategoryScore())
        score.total += 1
        country_ok = country == row["gold_country"]
        sector_ok = sector == row["gold_sector"]
        score.country_correct += country_ok
        score.sector_correct += sector_ok
        if not (country_ok and sector_ok):
            gold = f"{row['gold_country']}/{row['gold_sector']}"
            report.errors.append((row["phrase"], gold, f"{country}/{sector}"))
    if echo:
        print(report.table())
        print(f"country accuracy {report.country_accuracy:.1%}, sector accuracy {report.sector_accuracy:.1%}")
    return report


@dataclass
class PRF:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int


def spans_match(gold: Span, predicted: Span) -> bool:
    """Token-overlap rule: half-open token spans [start, end) match when they share a token."""
    return max(gold[0], predicted[0]) < min(gold[1], predicted[1])


def score_pairs(gold: Sequence[tuple[Span, Span]], predicted: Sequence[tuple[Span, Span]]) -> PRF:
    """Precision/recall/F1 of (source span, target span) pairs against gold pairs.

    Matching rule: spans are half-open token offsets ``(start, end)`` into the sentence. A predicted
    pair matches a gold pair when its source span overlaps the gold source span by at least one
    token and its target span overlaps the gold target span likewise (direction matters). Each
    gold pair can be matched once (greedy, in the order given), so duplicates do not inflate recall.

    >>> score_pairs([((0, 2), (5, 6))], [((1, 2), (5, 7)), ((5, 6), (0, 2))]).precision
    0.5
    """
    used: set[int] = set()
    hits = 0
    for source, target in predicted:
        for number, (gold_source, gold_target) in enumerate(gold):
            if number not in used and spans_match(gold_source, source) and spans_match(gold_target, target):
                used.add(number)
                hits += 1
                break
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, hits, len(predicted), len(gold))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: evaluate the bundled or a given dev table and list the errors."""
    args = sys.argv[1:] if argv is None else argv
    report = evaluate_resolution(args[0] if args else None)
    for phrase, gold, predicted in report.errors:
        print(f"  {phrase!r}: gold {gold} predicted {predicted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
