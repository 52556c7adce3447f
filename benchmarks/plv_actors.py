"""Actor resolution on a blind set of real news phrases: the actors of PLV's sentences.

`benchmarks/data/actor_phrases_plv.csv` labels 543 actor phrases of the real news sentences of the PLV pair
data (every third row of ../shared/data/train/plover_pairs_train.jsonl) with their country and sector; it
was written by a coder who had not seen the resolver, its tables or its output
(`benchmarks/data/actor_phrases_plv.md` says how). It holds no text: each row names a line of the PLV file
and a side (source or target), and the phrase is read from there. The phrases are resolved as written, with
the row's date when it has one; a second pass gives the resolver the row's context country,
which the coder filled only where the phrase alone cannot show its state ("the president" in a sentence about
Kenya). Intergovernmental bodies are written UN, EU, NATO, AU...: UN and EU are read as the knowledge base's
UNO and EUR. Sectors are scored on rows with a gold sector.

A second set, `benchmarks/data/actor_phrases_plv2.csv` (468 phrases of the rows whose line number is 1 more than
a multiple of 3, sharing no phrase with the first; `actor_phrases_plv2.md`), is scored with `--data`.

    python benchmarks/plv_actors.py [--data benchmarks/data/actor_phrases_plv2.csv] [--misses FILE]
                                    [--plv ../shared/data/train/plover_pairs_train.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

from shadowline.actors import load_knowledge_base, resolve_actor

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data" / "actor_phrases_plv.csv"
PLV = REPO / ".." / "shared" / "data" / "train" / "plover_pairs_train.jsonl"
IGO_CODES = {"UN": "UNO", "EU": "EUR"}
#: CAMEO's code for health workers, as a coder may write it; PLOVER's is MED.
SECTOR_CODES = {"HLH": "MED"}


def load_cases(path: Path, plv: Path) -> list[dict]:
    """The labelled phrases (read from the PLV file), with gold codes in the knowledge base's spelling."""
    pairs = [json.loads(line) for line in plv.read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    for row in rows:
        row["phrase"] = pairs[int(row["line"])][row["side"]]
        row["gold_country"] = IGO_CODES.get(row["gold_country"], row["gold_country"])
        row["gold_sector"] = SECTOR_CODES.get(row["gold_sector"], row["gold_sector"])
    return rows


def score(cases: list[dict], with_context: bool) -> tuple[Counter, list[str], float]:
    """Country and sector hits per category, the misses, and phrases per second."""
    kb = load_knowledge_base()
    t0 = time.perf_counter()
    results = [resolve_actor(c["phrase"], date=c["date"] or None,
                             country=(c["context_country"] or None) if with_context else None, kb=kb)
               for c in cases]
    rate = len(cases) / max(time.perf_counter() - t0, 1e-9)
    hits: Counter = Counter()
    misses = []
    for case, actor in zip(cases, results):
        country = (actor.country or "") if actor else ""
        sector = (actor.sector or "") if actor else ""
        c_ok = country == case["gold_country"]
        s_ok = sector == case["gold_sector"]
        hits["n"] += 1
        hits["country"] += c_ok
        hits[f"n {case['category']}"] += 1
        hits[f"country {case['category']}"] += c_ok
        if case["gold_sector"]:
            hits["sector_n"] += 1
            hits["sector"] += s_ok
        if not c_ok or (case["gold_sector"] and not s_ok):
            misses.append(f"{case['category']}\t{case['phrase']!r}\tgold {case['gold_country']}/"
                          f"{case['gold_sector'] or '-'}\tgot {country or '-'}/{sector or '-'}")
    return hits, misses, rate


def print_report(cases: list[dict], misses_path: Path | None) -> None:
    """The score tables: the phrase alone and with its context country, then country by category."""
    print("| phrases | n | country | sector (rows with one) | phrases/s |")
    print("|---|---|---|---|---|")
    by_category = None
    for with_context in (False, True):
        hits, misses, rate = score(cases, with_context)
        label = "phrase and context country" if with_context else "phrase alone (with its date)"
        print(f"| {label} | {hits['n']} | {hits['country'] / hits['n']:.3f} | "
              f"{hits['sector'] / max(hits['sector_n'], 1):.3f} (n={hits['sector_n']}) | {rate:,.0f} |")
        if with_context:
            by_category = hits
            if misses_path:
                misses_path.write_text("\n".join(misses) + "\n", encoding="utf-8")
    print()
    print("| category | n | country (with context) |")
    print("|---|---|---|")
    cats = sorted({k[2:] for k in by_category if k.startswith("n ")}, key=lambda c: -by_category[f"n {c}"])
    for cat in cats:
        print(f"| {cat} | {by_category[f'n {cat}']} | {by_category[f'country {cat}'] / by_category[f'n {cat}']:.3f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="the labels (default: %(default)s)")
    ap.add_argument("--plv", type=Path, default=PLV, help="the PLV pair file the labels point into")
    ap.add_argument("--misses", type=Path, default=None, help="write the misses here, one per line")
    args = ap.parse_args(argv)
    if not args.plv.exists():
        print(f"no PLV pair file at {args.plv}; pass --plv", file=sys.stderr)
        return 2
    print_report(load_cases(args.data, args.plv), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
