"""Throughput, load time and peak memory of the PLOVER pair classifier; prints a table.

    python benchmarks/classify_speed.py [--threads 1] [--pairs 2000] \\
        [--data ../shared/data/train/plover_pairs_train.jsonl]

Sentences are news-like pairs the script builds itself (or the pairs of a JSONL file given with
``--data``). Each pair runs through the model alone (decision 0014); CPU time per pair is printed
beside the wall-clock throughput, since a second onnxruntime thread buys little wall time for its CPU.
Peak memory is the process's maximum resident set size (onnxruntime allocates outside
Python's heap, so tracemalloc would undercount it).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from shadowline.coding.classifier import PairClassifier, PairInput, pair_input  # noqa: E402

ACTORS = ["Russia", "France", "the Azerbaijani defence ministry", "Armenia", "Turkey", "NATO",
          "Wagner fighters", "the European Union", "China's foreign ministry", "Iran", "Ukrainian forces",
          "the Malian junta"]
ACTS = ["criticised {t} over its arms deliveries to the region", "signed a defence pact with {t}",
        "launched drone strikes on {t} overnight", "imposed new sanctions on {t}",
        "urged {t} to release detained journalists", "hosted {t} for talks on the ceasefire",
        "accused {t} of funding separatist groups and amplifying unrest through state media",
        "threatened {t} with retaliation if the exercises went ahead"]
PREFIXES = ["", "KYIV, March 3 - ", "Officials said on Tuesday that ",
            "In a statement issued late on Monday, "]
SUFFIXES = ["", ", officials said.",
            ", a move that drew condemnation from several governments and analysts.",
            " as tensions rose along the border after weeks of clashes between rival militias."]


def synthetic_pairs(n: int, seed: int = 7) -> list[PairInput]:
    """`n` marked pairs in varied news-like sentences (8 to 45 words)."""
    rng = random.Random(seed)
    items = []
    for _ in range(n):
        src, tgt = rng.sample(ACTORS, 2)
        sentence = rng.choice(PREFIXES) + src + " " + rng.choice(ACTS).format(t=tgt) + rng.choice(SUFFIXES)
        items.append(pair_input(sentence, src, tgt))
    return items


def file_pairs(path: Path, n: int) -> list[PairInput]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        try:
            items.append(pair_input(row["sentence"], row["source"], row["target"]))
        except (ValueError, KeyError):
            continue
    return (items * (n // max(1, len(items)) + 1))[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    ap.add_argument("--batch-size", type=int, default=32, help="pairs tokenised together")
    ap.add_argument("--data", type=Path, default=None, help="a pair JSONL file to take sentences from")
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped model)")
    args = ap.parse_args()
    items = file_pairs(args.data, args.pairs) if args.data else synthetic_pairs(args.pairs)
    t0 = time.perf_counter()
    clf = PairClassifier.load(args.model, threads=args.threads)
    clf.predict(items[:1])  # the session opens on first use: part of loading
    load_s = time.perf_counter() - t0
    clf.predict(items[:64], args.batch_size)  # warm-up
    t0, cpu0 = time.perf_counter(), time.process_time()
    clf.predict(items, args.batch_size)
    run_s, cpu_s = time.perf_counter() - t0, time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    size_mb = sum(p.stat().st_size for p in clf.model_dir.glob("*.onnx")) / 2**20
    rows = [("model", clf.version), ("threads", str(args.threads)), ("batch size", str(args.batch_size)),
            ("pairs", str(len(items))), ("load time", f"{load_s:.3f} s"),
            ("throughput", f"{len(items) / run_s:.0f} pairs/s"),
            ("CPU per pair", f"{cpu_s / len(items) * 1000:.2f} ms"), ("peak RSS", f"{peak_mb:.0f} MB")]
    if size_mb:
        rows.append(("artifact", f"{size_mb:.1f} MiB"))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
