"""Actor resolution on a blind set of real news phrases: the tagged actors of ConfliBERT's CAMEO sentences.

`benchmarks/data/actor_phrases_spans.csv` labels actor phrases of the real news sentences of
../shared/data/train/actor_spans_train.jsonl (tokens with BIO tags: S source, T target, R reciprocal) with their
country and sector. It was written by a coder who had not seen the resolver, its tables or its output
(`benchmarks/data/actor_phrases_spans.md` says how). It holds no text: each row names a line of the span file,
a tag (S, T or R) and which span of that tag on the line (0 = first), and the phrase is read from there and
joined back into text as `phrases()` does. Scoring is the same as `benchmarks/plv_actors.py`: the phrase
alone (with its date), then with the row's context country.

    python benchmarks/span_actors.py [--data benchmarks/data/actor_phrases_spans.csv] [--misses FILE]
                                     [--spans ../shared/data/train/actor_spans_train.jsonl]
    python benchmarks/span_actors.py --list      # every phrase with its pointer and sentence (for coders)
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plv_actors import IGO_CODES, SECTOR_CODES, print_report  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data" / "actor_phrases_spans.csv"
SPANS = REPO / ".." / "shared" / "data" / "train" / "actor_spans_train.jsonl"

_NO_SPACE_BEFORE = re.compile(r" (?=(?:['\u2019]s\b|['\u2019]|n't|[,.;:!?%)\]]))")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[$]) ")
#: A hyphen split off between two words ("rebel - held", "Lee Nak - yon") joins them again.
_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
#: A possessive whose apostrophe and "s" were split apart ("China ’ s").
_SPLIT_POSSESSIVE = re.compile(r" ?(['\u2019]) s\b")
#: Initials split apart ("U. S") are one abbreviation ("U.S.").
_INITIALS = re.compile(r"\b([A-Z])\. ([A-Z])\b\.?")


def detokenize(tokens: list[str]) -> str:
    """Tokens joined back into text: no space before 's, punctuation or a closing bracket; hyphenated
    words whole again."""
    text = _SPLIT_POSSESSIVE.sub(r"\1s", " ".join(tokens))
    text = _NO_SPACE_AFTER.sub("", _NO_SPACE_BEFORE.sub("", text))
    return _INITIALS.sub(r"\1.\2.", _HYPHEN.sub("-", text))


def phrases(spans: Path) -> list[tuple[int, str, int, str, str]]:
    """(line, tag, index, phrase, sentence) for every tagged span of the file, in file order."""
    out = []
    for number, line in enumerate(spans.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        tokens, tags = row["tokens"], row["tags"]
        seen: dict[str, int] = {}
        i = 0
        while i < len(tags):
            if tags[i].startswith("B-"):
                tag = tags[i][2:]
                j = i + 1
                while j < len(tags) and tags[j] == f"I-{tag}":
                    j += 1
                out.append((number, tag, seen.get(tag, 0), detokenize(tokens[i:j]), detokenize(tokens)))
                seen[tag] = seen.get(tag, 0) + 1
                i = j
            else:
                i += 1
    return out


def load_cases(path: Path, spans: Path) -> list[dict]:
    """The labelled phrases (read from the span file), with gold codes in the knowledge base's spelling."""
    text = {(line, tag, index): phrase for line, tag, index, phrase, _ in phrases(spans)}
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    for row in rows:
        row["phrase"] = text[(int(row["line"]), row["tag"], int(row["index"]))]
        row["gold_country"] = IGO_CODES.get(row["gold_country"], row["gold_country"])
        row["gold_sector"] = SECTOR_CODES.get(row["gold_sector"], row["gold_sector"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="the labels (default: %(default)s)")
    ap.add_argument("--spans", type=Path, default=SPANS, help="the span file the labels point into")
    ap.add_argument("--misses", type=Path, default=None, help="write the misses here, one per line")
    ap.add_argument("--list", action="store_true", help="print every phrase with its pointer and sentence")
    args = ap.parse_args(argv)
    if not args.spans.exists():
        print(f"no span file at {args.spans}; pass --spans", file=sys.stderr)
        return 2
    if args.list:
        for line, tag, index, phrase, sentence in phrases(args.spans):
            print(f"{line}\t{tag}\t{index}\t{phrase}\t{sentence}")
        return 0
    print_report(load_cases(args.data, args.spans), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
