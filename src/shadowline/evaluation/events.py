"""Score coded events against hand-coded gold events of real articles.

Gold (``benchmarks/data/realnews/gold_<split>.jsonl``), one event per line::

    {"doc_id": "wikinews-012", "split": "dev", "sentence": "<exact substring of the article>",
     "source": {"text": "...", "country": "USA", "sector": "GOV"}, "target": {...},
     "plover_type": "ACCUSE", "modality": "asserted", "reciprocal": false, ...}

A predicted event **matches** a gold event when it is in the same document, its sentence overlaps the
gold sentence (character ranges in the article), the PLOVER type is equal, and the source and target
actors are equal: same country code after :data:`COUNTRY_ALIASES` (the knowledge base writes ``UNO``,
``EUR``, ``ARL`` where the gold writes ``UN``, ``EU``, ``ARAB_LEAGUE``; the gold's ``PRI`` is CAMEO's
``USA``), or, where the gold country is null, a shared content word between the two actor texts. A
reciprocal gold event matches either direction. Each gold event matches at most one prediction and each
prediction at most one gold event, greedily, most confident prediction first. The mirror of a matched
reciprocal gold event (B -> A after A -> B) is counted as correct for precision, not as a second find for
recall.

Looser levels show where errors are: ``dyad`` ignores the type, ``type+source`` ignores the target.

>>> gold = [GoldEvent("d1", "dev", "Iran accused Israel.", 0, 20, GoldActor("Iran", "IRN"),
...                   GoldActor("Israel", "ISR"), "ACCUSE")]
>>> found = [PredictedEvent("d1", 0, 20, GoldActor("Iran", "IRN"), GoldActor("Israel", "ISR"), "ACCUSE", 0.9)]
>>> match_events(gold, found).matched
1
"""

from __future__ import annotations

import json
import random
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Codes the knowledge base writes -> codes the gold writes. Gold codes pass through unchanged.
COUNTRY_ALIASES: dict[str, str] = {
    "UNO": "UN", "UNSC": "UN", "EUR": "EU", "ARL": "ARAB_LEAGUE", "WBK": "WORLD_BANK", "CWN": "COMMONWEALTH",
    "AFU": "AU", "NTO": "NATO",
    # CAMEO codes Puerto Rico USAPRI, a part of the United States; the gold writes its ISO code
    "PRI": "USA",
    # Kosovo has no ISO code: the knowledge base writes the common XKX, coders also KOS (PLOVER) and KSV (CAMEO)
    "KOS": "XKX", "KSV": "XKX",
}
LEVELS = ("event", "dyad", "type+source")
_STOPWORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "its", "their", "his", "her", "s",
                        "'s", "by", "at", "with", "from", "de", "la", "le"})


def normalise_country(code: str | None) -> str | None:
    """The gold spelling of a country or organisation code (``UNO`` -> ``UN``); None stays None."""
    if not code:
        return None
    code = code.strip().upper()
    return COUNTRY_ALIASES.get(code, code)


@dataclass(frozen=True)
class GoldActor:
    """An actor as the gold or the coder writes it: its text and its country code (or None)."""

    text: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event, located in its article (`char_start`/`char_end` of its sentence)."""

    doc_id: str
    split: str
    sentence: str
    char_start: int
    char_end: int
    source: GoldActor
    target: GoldActor
    plover_type: str
    modality: str = "asserted"
    reciprocal: bool = False
    note: str = ""


@dataclass(frozen=True)
class PredictedEvent:
    """A coded event reduced to what matching needs; `char_start`/`char_end` are its sentence's."""

    doc_id: str
    char_start: int
    char_end: int
    source: GoldActor
    target: GoldActor
    plover_type: str
    confidence: float
    modality: str = "asserted"
    sentence: str = ""


@dataclass
class MatchResult:
    """The outcome of matching predictions to gold events at one level."""

    level: str
    gold: list[GoldEvent]
    predicted: list[PredictedEvent]
    pairs: list[tuple[PredictedEvent, GoldEvent]] = field(default_factory=list)
    mirrors: list[PredictedEvent] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def correct(self) -> int:
        """Predictions that are right: matched ones and mirrors of matched reciprocal events."""
        return len(self.pairs) + len(self.mirrors)

    @property
    def precision(self) -> float:
        return self.correct / len(self.predicted) if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / len(self.gold) if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def false_positives(self) -> list[PredictedEvent]:
        used = {id(p) for p, _ in self.pairs} | {id(p) for p in self.mirrors}
        return [p for p in self.predicted if id(p) not in used]

    def false_negatives(self) -> list[GoldEvent]:
        used = {id(g) for _, g in self.pairs}
        return [g for g in self.gold if id(g) not in used]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _STOPWORDS}


def same_actor(gold: GoldActor, predicted: GoldActor) -> bool:
    """Gold country given: equal codes. Gold country null: the two texts share a content word."""
    country = normalise_country(gold.country)
    if country is not None:
        return country == normalise_country(predicted.country)
    return bool(_words(gold.text) & _words(predicted.text))


def _overlaps(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    return (gold.doc_id == predicted.doc_id and predicted.char_start < gold.char_end
            and gold.char_start < predicted.char_end)


def _direction(gold: GoldEvent, predicted: PredictedEvent, level: str, mirrored: bool) -> bool:
    source, target = (gold.target, gold.source) if mirrored else (gold.source, gold.target)
    if not same_actor(source, predicted.source):
        return False
    if level == "type+source":
        return gold.plover_type == predicted.plover_type
    if not same_actor(target, predicted.target):
        return False
    return level == "dyad" or gold.plover_type == predicted.plover_type


def event_matches(gold: GoldEvent, predicted: PredictedEvent, level: str = "event") -> bool:
    """Whether `predicted` is `gold` at `level` (``event``, ``dyad`` or ``type+source``)."""
    if level not in LEVELS:
        raise ValueError(f"unknown match level {level!r}; one of {', '.join(LEVELS)}")
    if not _overlaps(gold, predicted):
        return False
    return _direction(gold, predicted, level, False) or (
        gold.reciprocal and level != "type+source" and _direction(gold, predicted, level, True))


def match_events(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent],
                 level: str = "event") -> MatchResult:
    """Match predictions to gold events one to one, most confident prediction first."""
    result = MatchResult(level, list(gold), list(predicted))
    free = list(gold)
    taken: list[GoldEvent] = []
    for prediction in sorted(predicted, key=lambda p: -p.confidence):
        hit = next((g for g in free if event_matches(g, prediction, level)), None)
        if hit is not None:
            free.remove(hit)
            taken.append(hit)
            result.pairs.append((prediction, hit))
        elif any(g.reciprocal and event_matches(g, prediction, level) for g in taken):
            result.mirrors.append(prediction)
    return result


# -- loading ------------------------------------------------------------------------------------------

@dataclass
class GoldSet:
    """The gold events of one split, the articles they were coded from, and the lines that were skipped."""

    events: list[GoldEvent]
    doc_ids: list[str]
    problems: list[str] = field(default_factory=list)


def _actor(value: object) -> GoldActor:
    if not isinstance(value, dict):
        raise ValueError("actor must be an object with 'text' and 'country'")
    return GoldActor(str(value.get("text") or ""), value.get("country") or None, value.get("sector") or None)


def _locate(text: str, sentence: str) -> tuple[int, int] | None:
    start = text.find(sentence)
    if start >= 0:
        return start, start + len(sentence)
    # tolerate differences of whitespace only
    pattern = r"\s+".join(re.escape(part) for part in sentence.split())
    found = re.search(pattern, text) if pattern else None
    return (found.start(), found.end()) if found else None


def load_gold(gold_dir: Path, split: str, texts: dict[str, str]) -> GoldSet:
    """Gold events of `split` from ``gold_<split>.jsonl`` in `gold_dir`, located in the article `texts`.

    The articles of the split are those of ``articles.jsonl`` (articles with no events count too), else
    those the gold names. A line that cannot be read or placed is reported and skipped; the others load.
    """
    path = gold_dir / f"gold_{split}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no gold events for split {split!r}")
    gold = GoldSet([], [])
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            doc_id = str(row["doc_id"])
            if doc_id not in texts:
                raise ValueError(f"article {doc_id!r} is not in the news file")
            sentence = str(row["sentence"])
            where = _locate(texts[doc_id], sentence)
            if where is None:
                raise ValueError(f"sentence not found in {doc_id}: {sentence[:60]!r}")
            gold.events.append(GoldEvent(
                doc_id, str(row.get("split") or split), sentence, where[0], where[1], _actor(row["source"]),
                _actor(row["target"]), str(row["plover_type"]).upper(), str(row.get("modality") or "asserted"),
                bool(row.get("reciprocal")), str(row.get("note") or "")))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            problem = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            gold.problems.append(f"{path}:{number}: {problem}")
    articles = gold_dir / "articles.jsonl"
    ids: list[str] = []
    if articles.exists():
        for line in articles.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == split:
                    ids.append(str(row["doc_id"]))
    gold.doc_ids = ids or sorted({g.doc_id for g in gold.events})
    return gold


# -- scoring ------------------------------------------------------------------------------------------

@dataclass
class Score:
    """Micro precision/recall/F1 of one selection at one level, with the spread over articles."""

    level: str
    predicted: int
    gold: int
    matched: int
    correct: int
    precision: float
    recall: float
    f1: float
    #: (min, median, max) of per-article precision (articles with predictions) and recall (with gold)
    precision_spread: tuple[float, float, float]
    recall_spread: tuple[float, float, float]
    #: bootstrap 90% interval of micro F1 over articles
    f1_interval: tuple[float, float]

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _spread(values: list[float]) -> tuple[float, float, float]:
    return (min(values), statistics.median(values), max(values)) if values else (0.0, 0.0, 0.0)


def _micro(counts: Iterable[tuple[int, int, int, int]]) -> float:
    predicted = gold = matched = correct = 0
    for p, g, m, c in counts:
        predicted, gold, matched, correct = predicted + p, gold + g, matched + m, correct + c
    precision = correct / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent], doc_ids: Sequence[str],
          level: str = "event", resamples: int = 1000, seed: int = 13) -> tuple[Score, MatchResult]:
    """Score predictions against gold over the articles `doc_ids`; returns the score and the matching."""
    per_doc: dict[str, tuple[int, int, int, int]] = {}
    results: list[MatchResult] = []
    for doc_id in doc_ids:
        result = match_events([g for g in gold if g.doc_id == doc_id],
                              [p for p in predicted if p.doc_id == doc_id], level)
        results.append(result)
        per_doc[doc_id] = (len(result.predicted), len(result.gold), result.matched, result.correct)
    whole = MatchResult(level, [g for r in results for g in r.gold], [p for r in results for p in r.predicted],
                        [pair for r in results for pair in r.pairs], [m for r in results for m in r.mirrors])
    counts = list(per_doc.values())
    rng = random.Random(seed)
    boot = sorted(_micro(rng.choice(counts) for _ in counts) for _ in range(resamples)) if counts else [0.0]
    interval = (boot[int(0.05 * (len(boot) - 1))], boot[int(0.95 * (len(boot) - 1))])
    return Score(
        level, len(whole.predicted), len(whole.gold), whole.matched, whole.correct, whole.precision,
        whole.recall, whole.f1, _spread([c / p for p, _, _, c in counts if p]),
        _spread([m / g for _, g, m, _ in counts if g]), interval), whole


def describe(event: GoldEvent | PredictedEvent) -> str:
    """One readable line: ``doc  SOURCE(CTY) -TYPE-> TARGET(CTY) [modality]  | sentence``."""
    def actor(a: GoldActor) -> str:
        return f"{a.text}({a.country or '-'})"
    arrow = "<-{}->" if isinstance(event, GoldEvent) and event.reciprocal else "-{}->"
    confidence = f" {event.confidence:.2f}" if isinstance(event, PredictedEvent) else ""
    return (f"{event.doc_id}  {actor(event.source)} {arrow.format(event.plover_type)} {actor(event.target)}"
            f" [{event.modality}]{confidence}  | {' '.join(event.sentence.split())}")
