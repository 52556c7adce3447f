"""Does `code` find the actor pairs real news sentences were tagged with? Recall over the CAMEO span sentences.

Each row of ConfliBERT's CAMEO span data (../shared/data/train/actor_spans_train.jsonl: 776 real news sentences,
tokens with BIO tags S = source, T = target, R = reciprocal) is joined back into text and coded as a document of
its own, once per selection. Every S x T is a gold pair, as are the first two R spans (either direction), as the
span tagger itself is scored. A pair is
found when a coded event of the sentence has a source phrase sharing a content word with the source span and a
target phrase sharing one with the target span (as in ``benchmarks/plv_events.py``). There are no event types in
this data, and no precision: most sentences hold more events than their tags. The same sentences carry a CAMEO
class in ConfliBERT's pentaclass data (../shared/data/train/cameo_pentaclass_train.jsonl, joined by their letters
and digits: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 a statement);
the ``class`` columns count the pairs of sentences of classes 1-4, those found at all (``their dyad``) and those
found by an event of the sentence's class (the PLOVER type's quad class): a type-level check on sentences no rule
or model was fitted to.

``tagger-unseen`` are the rows the span tagger was never trained on (its dev and tuning rows: the file shuffled with
seed 13, the first 30%); candidates, screening and selection were never fitted to any of these sentences.

    python benchmarks/span_events.py [--events main|all|both] [--misses misses.txt]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "training"))

from plv_events import found  # noqa: E402  benchmarks/plv_events.py beside this script
from span_actors import detokenize  # noqa: E402
from span_data import split_indices  # noqa: E402  training/span_data.py: the tagger's own split

from shadowline import ontology  # noqa: E402
from shadowline.evaluation.spans import bio_spans, gold_pairs  # noqa: E402
from shadowline.records import Document  # noqa: E402

SPANS = REPO / ".." / "shared" / "data" / "train" / "actor_spans_train.jsonl"
PENTACLASS = SPANS.with_name("cameo_pentaclass_train.jsonl")
#: The span tagger's split (coding/models/spans/model_card.json): seed 13, 20% dev, then 10% tuning rows.
TAGGER_SEED, TAGGER_TUNE_SHARE = 13, 0.1


def labelled_pairs(tokens: list[str], tags: list[str]) -> list[tuple[str, str, bool]]:
    """(source, target, either direction) of a row, as the span tagger is scored (``evaluation.spans.gold_pairs``):
    every S x T, and the first two R spans."""
    reciprocal = set(bio_spans(tags)["R"])
    return [(detokenize(tokens[a[0]:a[1]]), detokenize(tokens[b[0]:b[1]]), a in reciprocal)
            for a, b in gold_pairs(tags)]


def pair_found(source: str, target: str, either: bool, events: list) -> bool:
    """Whether a coded event joins the two phrases, as labelled (or either way for reciprocal spans)."""
    return found({"source": source, "target": target}, events, "either" if either else "dyad")


def class_found(source: str, target: str, either: bool, events: list, quad_class: int) -> bool:
    """Whether a coded event of the sentence's CAMEO class joins the two phrases."""
    return pair_found(source, target, either, [e for e in events if ontology.quad_class(e.plover_type) == quad_class])


def sentence_classes(path: Path) -> dict[str, int]:
    """Pentaclass of each sentence of ConfliBERT's pentaclass data, by its letters and digits."""
    if not path.is_file():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {letters(r["sentence"]): int(r["pentaclass"]) for r in rows}


def letters(text: str) -> str:
    """The lowercase ASCII letters and digits of a text: one sentence however it was tokenised or quoted (the
    pentaclass data writes some apostrophes as the letter U+02BC)."""
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spans", type=Path, default=SPANS, help="CAMEO span JSONL (default: %(default)s)")
    ap.add_argument("--events", choices=["main", "all", "both"], default="both", help="selection(s) to score")
    ap.add_argument("--pentaclass", type=Path, default=PENTACLASS,
                    help="CAMEO pentaclass JSONL of the same sentences (default: %(default)s)")
    ap.add_argument("--misses", type=Path, default=None,
                    help="write the missed pairs (selection all) to this file for reading")
    args = ap.parse_args()
    if not args.spans.is_file():
        print(f"{args.spans}: no such file (the CAMEO span data, see --help)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.spans.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev, tune = split_indices(len(rows), TAGGER_SEED, TAGGER_TUNE_SHARE)
    unseen = dev | tune
    sentences = [detokenize(r["tokens"]) for r in rows]
    pairs = [labelled_pairs(r["tokens"], r["tags"]) for r in rows]
    documents = [Document(doc_id=f"span{i}", text=s) for i, s in enumerate(sentences)]
    classes_by_text = sentence_classes(args.pentaclass)
    classes = [classes_by_text.get(letters(" ".join(r["tokens"])), 0) for r in rows]

    from shadowline.coding.pipeline import Coder

    print(f"CAMEO span sentences: {len(rows)} rows, {sum(map(len, pairs))} gold pairs "
          f"({sum(len(pairs[i]) for i in unseen)} in the {len(unseen)} rows the tagger never saw)")
    print(f"{'sel':<5} {'rows':<15} {'pairs':>6} {'found':>6} {'recall':>7} {'events/sent':>12} "
          f"{'class pairs':>12} {'their dyad':>11} {'class found':>12} {'class recall':>13}")
    misses: list[str] = []
    for selection in ["main", "all"] if args.events == "both" else [args.events]:
        t0 = time.perf_counter()
        with Coder(events=selection, workers=1) as coder:
            coded = [list(c.events) for c in coder.code_documents(documents)]
        seconds = time.perf_counter() - t0
        groups = {"all rows": range(len(rows)), "tagger-unseen": sorted(unseen),
                  "tagger-trained": [i for i in range(len(rows)) if i not in unseen]}
        for name, members in groups.items():
            total = sum(len(pairs[i]) for i in members)
            hits = sum(pair_found(s, t, e, coded[i]) for i in members for s, t, e in pairs[i])
            per_sentence = sum(len(coded[i]) for i in members) / max(len(members), 1)
            typed = [(i, s, t, e) for i in members if classes[i] for s, t, e in pairs[i]]
            typed_dyads = sum(pair_found(s, t, e, coded[i]) for i, s, t, e in typed)
            typed_hits = sum(class_found(s, t, e, coded[i], classes[i]) for i, s, t, e in typed)
            print(f"{selection:<5} {name:<15} {total:>6} {hits:>6} {hits / max(total, 1):>7.3f} {per_sentence:>12.2f} "
                  f"{len(typed):>12} {typed_dyads:>11} {typed_hits:>12} {typed_hits / max(len(typed), 1):>13.3f}")
        print(f"{selection:<5} ({len(rows) / seconds:.0f} sentences/s)")
        if selection == "all":
            misses = [f"{s} -> {t}{' (either way)' if e else ''}\n    {sentences[i]}\n    coded: "
                      + ("; ".join(f"{ev.source.text} -> {ev.target.text} {ev.plover_type}" for ev in coded[i])
                         or "(nothing)")
                      for i in range(len(rows)) for s, t, e in pairs[i] if not pair_found(s, t, e, coded[i])]
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
