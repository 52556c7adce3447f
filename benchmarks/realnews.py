"""Events coded from real news against hand-coded gold events; prints precision, recall and F1 per selection.

    python benchmarks/realnews.py                          # dev split, selections main and all
    python benchmarks/realnews.py --events main --errors errors.txt
    python benchmarks/realnews.py --json > dev.json

The articles of the split (``--gold DIR/articles.jsonl``) are read from ``--news`` exactly as
``shadowline code`` reads them and coded by the same :class:`~shadowline.coding.pipeline.Coder`, once per
selection. Matching (``shadowline/evaluation/events.py``): same article, overlapping sentence, equal PLOVER
type, equal source and target country (the knowledge base's ``UNO``/``EUR``/``ARL`` read as the gold's
``UN``/``EU``/``ARAB_LEAGUE``; a null gold country compares the actor texts instead), one to one, most
confident prediction first. Rows ``dyad`` (type ignored) and ``type+source`` (target ignored) show where
the errors are. Spread: min/median/max of per-article precision and recall, and a bootstrap 90% interval
of F1 over articles.

The holdout split is for release measurements only: run ``--split holdout`` once, never tune on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from shadowline.evaluation.events import (  # noqa: E402
    LEVELS,
    GoldActor,
    PredictedEvent,
    Score,
    describe,
    load_gold,
    score,
)
from shadowline.readers import read_documents  # noqa: E402


def _predictions(coded_documents) -> list[PredictedEvent]:  # type: ignore[no-untyped-def]
    found = []
    for coded in coded_documents:
        for event in coded.events:
            sentence = coded.sentences[event.sentence_index]
            found.append(PredictedEvent(
                event.doc_id, sentence.char_start, sentence.char_end,
                GoldActor(event.source.text, event.source.country, event.source.sector),
                GoldActor(event.target.text, event.target.country, event.target.sector),
                event.plover_type, event.confidence, event.modality, event.sentence))
    return found


def _row(selection: str, s: Score) -> str:
    p, r = s.precision_spread, s.recall_spread
    return (f"{selection:<5} {s.level:<12} {s.predicted:>5} {s.gold:>5} {s.matched:>5} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f1:>6.3f}  {s.f1_interval[0]:.2f}-{s.f1_interval[1]:.2f}   "
            f"{p[0]:.2f}/{p[1]:.2f}/{p[2]:.2f}   {r[0]:.2f}/{r[1]:.2f}/{r[2]:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=REPO / ".." / "shared" / "data" / "news" / "wikinews.jsonl",
                    help="JSONL articles with 'id' and 'text' (default: ../shared/data/news/wikinews.jsonl)")
    ap.add_argument("--gold", type=Path, default=REPO / "benchmarks" / "data" / "realnews",
                    help="folder with gold_<split>.jsonl and articles.jsonl")
    ap.add_argument("--split", choices=["dev", "holdout"], default="dev")
    ap.add_argument("--events", choices=["main", "all", "both"], default="both", help="selection(s) to score")
    ap.add_argument("--coder", choices=["auto", "model", "patterns"], default="auto")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", type=Path, default=None,
                    help="write false positives and negatives (event level) to this file for reading")
    args = ap.parse_args()

    problems: list[str] = []
    documents = {d.doc_id: d for d in read_documents([args.news], report=lambda p: problems.append(str(p)))}
    if not documents:
        print(f"{args.news}: no articles read ({'; '.join(problems) or 'empty'})", file=sys.stderr)
        return 2
    try:
        gold = load_gold(args.gold, args.split, {i: d.text for i, d in documents.items()})
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    for problem in gold.problems:
        print(f"skipped {problem}", file=sys.stderr)
    articles = [documents[i] for i in gold.doc_ids if i in documents]

    from shadowline.coding.pipeline import Coder

    selections = ["main", "all"] if args.events == "both" else [args.events]
    scores: dict[str, list[Score]] = {}
    errors: list[str] = []
    for selection in selections:
        with Coder(coder=args.coder, events=selection, workers=1) as coder:
            predicted = _predictions(coder.code_documents(articles))
        scores[selection] = []
        for level in LEVELS:
            result, matching = score(gold.events, predicted, [d.doc_id for d in articles], level)
            scores[selection].append(result)
            if level == "event" and args.errors:
                errors.append(f"== {selection}: false positives ({len(matching.false_positives())})")
                errors.extend("FP " + describe(p) for p in sorted(matching.false_positives(),
                                                                   key=lambda p: (p.doc_id, p.char_start)))
                errors.append(f"== {selection}: false negatives ({len(matching.false_negatives())})")
                errors.extend("FN " + describe(g) for g in sorted(matching.false_negatives(),
                                                                   key=lambda g: (g.doc_id, g.char_start)))
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")

    if args.json:
        print(json.dumps({"split": args.split, "articles": len(articles), "gold_problems": len(gold.problems),
                          "scores": {k: [s.to_dict() for s in v] for k, v in scores.items()}}, indent=2))
        return 0
    print(f"real news, split {args.split}: {len(articles)} articles, {len(gold.events)} gold events"
          + (f" ({len(gold.problems)} gold lines skipped)" if gold.problems else ""))
    print(f"{'sel':<5} {'level':<12} {'pred':>5} {'gold':>5} {'match':>5} {'prec':>6} {'rec':>6} {'F1':>6}  "
          f"F1 90% CI   prec min/med/max   rec min/med/max")
    for selection, rows in scores.items():
        for s in rows:
            print(_row(selection, s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
