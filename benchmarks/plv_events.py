"""Does `code` find the event a real news sentence was labelled with? Recall over the PLV sentences.

Each row of the PLV pair data (../shared/data/train/plover_pairs_train.jsonl: about 1,000 real news sentences,
one labelled event each, its source and target phrases and its PLV type) is coded as a document of its own,
by the same :class:`~shadowline.coding.pipeline.Coder` as ``shadowline code``, once per selection. A gold
event is found when some coded event of its sentence has a source phrase sharing a content word with the gold
source and a target phrase sharing one with the gold target:

- ``dyad``: source and target as labelled;
- ``either``: the two actors in either direction (PLV labels symmetric acts such as talks in one direction);
- ``dyad+type``: as ``dyad``, with the PLV type (CONCEDE and RETREAT count as PLV's YIELD).

The rows carry one event each and most sentences hold more, so there is no precision here: the real-news
benchmark (``benchmarks/realnews.py``) measures that. ``events/sent`` is how many events a selection writes per
sentence.

Two halves, by the parity of the sentence's SHA-256: ``read`` is the half whose misses may be read to improve
the coder (``--misses FILE`` writes them); ``check`` is the other half, scored but never read, which shows
whether a change read off the first half holds on sentences nobody looked at. Both halves hold rows the span
tagger and the pair classifier were trained on (the classifier's PLV dev split, 152 rows it never saw, is the
row ``classifier-dev``), so ``dyad+type`` is optimistic; candidates, screening and selection were never fitted
to these sentences.

    python benchmarks/plv_events.py [--events main|all|both] [--misses misses.txt] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from shadowline.evaluation.classifier import plv_dev_split, read_pairs, to_plv_label  # noqa: E402
from shadowline.records import Document  # noqa: E402

PLV = REPO / ".." / "shared" / "data" / "train" / "plover_pairs_train.jsonl"
LEVELS = ("dyad", "either", "dyad+type")
#: Words that say nothing of who an actor is.
_FILLER = frozenset("a an the of s 's ’s and or its their his her to in on for by with from at".split())
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of an actor phrase, without articles and particles ("U.S." and "US" alike)."""
    words = (w.lower().replace(".", "").strip("-") for w in _WORD.findall(text))
    return frozenset(w for w in words if w and w not in _FILLER)


def half(sentence: str) -> str:
    """"read" or "check": the half of the set a sentence belongs to."""
    return "read" if hashlib.sha256(sentence.encode("utf-8")).digest()[-1] % 2 == 0 else "check"


def found(row: dict, events: list, level: str) -> bool:
    """Whether one of a sentence's coded events is the row's labelled event at `level`."""
    source, target = content_words(row["source"]), content_words(row["target"])
    for event in events:
        got_source, got_target = content_words(event.source.text), content_words(event.target.text)
        forward = bool(source & got_source) and bool(target & got_target)
        if level == "either" and (forward or (source & got_target and target & got_source)):
            return True
        if level == "dyad" and forward:
            return True
        if level == "dyad+type" and forward and to_plv_label(event.plover_type) == row["plover"]:
            return True
    return False


def describe(row: dict, events: list) -> str:
    """One miss, for reading: the sentence, the gold event and what was coded instead."""
    coded = "; ".join(f"{e.source.text} -> {e.target.text} {e.plover_type} {e.confidence:.2f}" for e in events)
    return (f"[{row['plover']}] {row['source']} -> {row['target']}\n    {row['sentence']}\n"
            f"    coded: {coded or '(nothing)'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plv", type=Path, default=PLV, help="PLV pair JSONL (default: %(default)s)")
    ap.add_argument("--events", choices=["main", "all", "both"], default="both", help="selection(s) to score")
    ap.add_argument("--misses", type=Path, default=None,
                    help="write the read half's misses (dyad+type, selection all) to this file for reading")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N rows (a smoke run)")
    args = ap.parse_args()

    if not args.plv.is_file():
        print(f"{args.plv}: no such file (the PLV pair data, see --help)", file=sys.stderr)
        return 2
    rows, skipped = read_pairs(args.plv)
    classifier_split = plv_dev_split(rows)
    for row, split in zip(rows, classifier_split):
        row["classifier_dev"] = split == "dev"
    rows = rows[:args.limit] if args.limit else rows
    sentences = sorted({r["sentence"] for r in rows})
    documents = [Document(doc_id=f"plv{i}", text=s) for i, s in enumerate(sentences)]
    doc_of = {s: d.doc_id for s, d in zip(sentences, documents)}

    from shadowline.coding.pipeline import Coder

    selections = ["main", "all"] if args.events == "both" else [args.events]
    print(f"PLV sentences: {len(rows)} labelled events in {len(sentences)} sentences ({skipped} rows skipped: "
          f"an actor not written in the sentence); halves read {sum(half(r['sentence']) == 'read' for r in rows)}"
          f" / check {sum(half(r['sentence']) == 'check' for r in rows)}")
    print(f"{'sel':<5} {'rows':<15} {'n':>5} " + " ".join(f"{lv:>10}" for lv in LEVELS) + f" {'events/sent':>12}")
    misses: list[str] = []
    for selection in selections:
        t0 = time.perf_counter()
        with Coder(events=selection, workers=1) as coder:
            coded = {c.document.doc_id: list(c.events) for c in coder.code_documents(documents)}
        seconds = time.perf_counter() - t0
        groups = {"all rows": rows,
                  "read half": [r for r in rows if half(r["sentence"]) == "read"],
                  "check half": [r for r in rows if half(r["sentence"]) == "check"],
                  "classifier-dev": [r for r in rows if r["classifier_dev"]]}
        for name, members in groups.items():
            hits = Counter(level for r in members for level in LEVELS if found(r, coded[doc_of[r["sentence"]]], level))
            per_sentence = sum(len(coded[doc_of[s]]) for s in {r["sentence"] for r in members}) / max(
                len({r["sentence"] for r in members}), 1)
            print(f"{selection:<5} {name:<15} {len(members):>5} "
                  + " ".join(f"{hits[lv] / max(len(members), 1):>10.3f}" for lv in LEVELS) + f" {per_sentence:>12.2f}")
        print(f"{selection:<5} ({len(sentences) / seconds:.0f} sentences/s)")
        if args.misses and selection == "all":
            misses = [describe(r, coded[doc_of[r["sentence"]]]) for r in rows
                      if half(r["sentence"]) == "read" and not found(r, coded[doc_of[r["sentence"]]], "dyad+type")]
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
