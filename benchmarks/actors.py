"""Actor resolution and pair extraction on the development sets; knowledge-base speed.

Tables:
1. knowledge base: build time from the files, load time from the cache file, phrases/s of
   `resolve_actor` (wall clock and CPU time: CPU time is steadier on a shared machine) for phrases met for the
   first time and for the actor mentions of real news as a coder meets them (a phrase met again is
   remembered), sizes;
2. resolution accuracy (country, sector) on the bundled dev table (written with the resolver: a
   regression check) and on benchmarks/data/actor_phrases_heldout*.csv (written blind; each set's
   failure classes guided knowledge-base work after its first measurement, so only that first
   measurement, quoted in benchmarks/data/README.md, is an honest number; sets 3 to 5 also on their
   phrases that are not in the earlier sets). Gold country "IGO" counts as right when
   the phrase resolves to any IGO code; the sector of IGO rows is not scored;
3. source-target pair P/R/F1 on ../shared/data/train/actor_spans_train.jsonl (when present) and on the
   blind benchmarks/data/events_heldout.jsonl.

    python benchmarks/actors.py [--spans ../shared/data/train/actor_spans_train.jsonl] [--coder auto] [--no-pairs]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from shadowline.actors import load_knowledge_base, resolve_actor
from shadowline.actors.cache import load_or_build
from shadowline.actors.knowledge import KnowledgeBase
from shadowline.actors.loaders import build_knowledge_base

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"


def resolution_scores(rows: list[dict[str, str]],
                      igo_codes: set[str]) -> tuple[Counter, Counter, Counter, list[str]]:
    """Per category: totals, country hits, sector hits; and the misses."""
    totals, country_ok, sector_ok = Counter(), Counter(), Counter()
    misses = []
    kb = load_knowledge_base()
    for row in rows:
        actor = resolve_actor(row["phrase"], date=row["date"] or None, country=row["context_country"] or None, kb=kb)
        country = (actor.country or "") if actor else ""
        sector = (actor.sector or "") if actor else ""
        gold_country, gold_sector = row["gold_country"], row["gold_sector"]
        category = row.get("category") or "all"
        for key in (category, "all"):
            totals[key] += 1
            if gold_country == "IGO":
                c_ok, s_ok = country in igo_codes, True
            else:
                c_ok, s_ok = country == gold_country, sector == gold_sector
            country_ok[key] += c_ok
            sector_ok[key] += s_ok
        if not (c_ok and s_ok):
            misses.append(f"{row['phrase']!r} ({row['date'] or '-'}, {row['context_country'] or '-'}): "
                          f"gold {gold_country}/{gold_sector}, got {country or '-'}/{sector or '-'}")
    return totals, country_ok, sector_ok, misses


def resolution_rate(phrases: list[tuple[str, str | None]], kb: KnowledgeBase, *, forget: bool,
                    rounds: int = 5) -> tuple[float, float]:
    """Phrases/s of `resolve_actor` over `phrases` (text, date), wall clock and CPU time, best of `rounds`;
    `forget`: the base forgets every resolution before each phrase (each one is new), else only before each
    round (a phrase met again is remembered)."""
    best_wall = best_cpu = 0.0
    for _ in range(rounds):
        kb.resolutions.clear()
        start, cpu_start = time.perf_counter(), time.process_time()
        for text, date in phrases:
            if forget:
                kb.resolutions.clear()
            resolve_actor(text, date=date, kb=kb)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        best_wall, best_cpu = max(best_wall, len(phrases) / wall), max(best_cpu, len(phrases) / max(cpu, 1e-9))
    return best_wall, best_cpu


def news_mentions(folder: Path) -> list[tuple[str, str | None]]:
    """The source and target texts of every real-news gold event, in article order."""
    mentions = []
    for name in ("gold_dev.jsonl", "gold_holdout.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            mentions += [(event["doc_id"], event[side]["text"]) for side in ("source", "target") if event[side]["text"]]
    return [(text, None) for _, text in sorted(mentions, key=lambda m: m[0])]


def events_as_spans(path: Path) -> list[dict[str, object]]:
    """Sentences with source/target strings -> the token/BIO format of the span data (spaCy tokens)."""
    from shadowline.nlp import load_nlp

    nlp = load_nlp()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        doc = nlp.make_doc(row["sentence"])
        tags = ["O"] * len(doc)
        for label, text in (("S", row["source"]), ("T", row["target"])):
            start = row["sentence"].find(text)
            span = doc.char_span(start, start + len(text), alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                tags[i] = ("B-" if i == span.start else "I-") + label
        rows.append({"tokens": [t.text for t in doc], "tags": tags})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spans", type=Path, default=REPO.parent / "shared" / "data" / "train" /
                        "actor_spans_train.jsonl")
    parser.add_argument("--coder", default="auto", choices=["auto", "model", "patterns"])
    parser.add_argument("--no-pairs", action="store_true", help="skip the source-target pair table (slow)")
    args = parser.parse_args()
    console = Console(width=120)

    start = time.perf_counter()
    kb = build_knowledge_base()
    build_seconds = time.perf_counter() - start
    load_or_build(lambda: kb)  # writes the cache file when it is missing
    start = time.perf_counter()
    load_or_build(build_knowledge_base)
    load_seconds = time.perf_counter() - start
    igo_codes = {e.country for e in kb.entries if e.kind == "igo" and e.country}
    heldout = list(csv.DictReader((DATA / "actor_phrases_heldout.csv").read_text(encoding="utf-8").splitlines()))
    heldout2 = list(csv.DictReader((DATA / "actor_phrases_heldout2.csv").read_text(encoding="utf-8").splitlines()))
    heldout3 = list(csv.DictReader((DATA / "actor_phrases_heldout3.csv").read_text(encoding="utf-8").splitlines()))
    heldout4 = list(csv.DictReader((DATA / "actor_phrases_heldout4.csv").read_text(encoding="utf-8").splitlines()))
    earlier = {r["phrase"].casefold() for r in heldout + heldout2}
    heldout3_new = [r for r in heldout3 if r["phrase"].casefold() not in earlier]
    earlier |= {r["phrase"].casefold() for r in heldout3}
    heldout4_new = [r for r in heldout4 if r["phrase"].casefold() not in earlier]
    heldout5 = list(csv.DictReader((DATA / "actor_phrases_heldout5.csv").read_text(encoding="utf-8").splitlines()))
    earlier |= {r["phrase"].casefold() for r in heldout4}
    heldout5_new = [r for r in heldout5 if r["phrase"].casefold() not in earlier]
    from importlib import resources

    bundled_text = resources.files("shadowline.actors").joinpath("data", "dev_phrases.csv").read_text("utf-8")
    bundled = list(csv.DictReader(bundled_text.splitlines()))
    phrases = list(dict.fromkeys(r["phrase"] for r in heldout + heldout2 + heldout3 + heldout4 + heldout5 + bundled))
    cold, cold_cpu = resolution_rate([(phrase, None) for phrase in phrases], kb, forget=True)
    stream = news_mentions(DATA / "realnews")
    warm, warm_cpu = resolution_rate(stream, kb, forget=False)
    speed = Table(title="Knowledge base", header_style="bold")
    for column in ("build from files s", "load (cache file) s", "resolve phrases/s, each new (wall / CPU)",
                   "resolve phrases/s, news mentions (wall / CPU)", "entries", "distinct phrases"):
        speed.add_column(column, justify="right")
    speed.add_row(f"{build_seconds:.2f}", f"{load_seconds:.2f}", f"{cold:,.0f} / {cold_cpu:,.0f}",
                  f"{warm:,.0f} / {warm_cpu:,.0f}", f"{len(kb.entries):,}", f"{len(kb.index):,}")
    console.print(f"each new: {len(phrases):,} distinct phrases of the phrase sets, nothing remembered; news "
                  f"mentions: the {len(stream):,} actor mentions of the real-news gold in article order "
                  f"({len(set(stream)):,} distinct), as a coder meets them")
    console.print(speed)

    table = Table(title="Actor resolution (development sets)", header_style="bold")
    for column in ("set", "category", "n", "country", "sector"):
        table.add_column(column, justify="left" if column in {"set", "category"} else "right")
    held_misses: list[str] = []
    for name, rows in (("bundled dev (regression)", bundled), ("held-out 1, written blind", heldout),
                       ("held-out 2, written blind", heldout2), ("held-out 3, written blind", heldout3),
                       ("held-out 3, phrases not in sets 1-2", heldout3_new),
                       ("held-out 4, written blind", heldout4), ("held-out 4, phrases not in sets 1-3", heldout4_new),
                       ("held-out 5, written blind", heldout5), ("held-out 5, phrases not in sets 1-4", heldout5_new)):
        totals, country_ok, sector_ok, misses = resolution_scores(rows, igo_codes)
        for category in sorted(totals, key=lambda c: (c == "all", c)):
            n = totals[category]
            table.add_row(name, category, str(n), f"{country_ok[category] / n:.1%}", f"{sector_ok[category] / n:.1%}")
        if name.startswith("held-out") and "not in" not in name:
            held_misses += misses
    console.print(table)
    console.print(f"held-out misses ({len(held_misses)}):")
    for miss in held_misses:
        console.print(f"  {miss}", markup=False)

    if args.no_pairs:
        return
    from shadowline.coding.pipeline import Coder
    from shadowline.evaluation.spans import evaluate_pair_rows, tagger_dev_rows

    coder = Coder(coder=args.coder)
    pairs = Table(title=f"Source-target pairs ({coder.version})", header_style="bold")
    for column in ("set", "sentences", "gold", "predicted", "matched", "precision", "recall", "F1"):
        pairs.add_column(column, justify="left" if column == "set" else "right")
    sets = [("held-out events, written blind", events_as_spans(DATA / "events_heldout.jsonl"))]
    if args.spans.exists():
        span_rows = [json.loads(x) for x in args.spans.read_text(encoding="utf-8").splitlines()]
        sets.insert(0, ("actor_spans_train, the tagger's dev 20%", tagger_dev_rows(span_rows)))
    for name, rows in sets:
        r = evaluate_pair_rows(rows, coder)
        pairs.add_row(name, str(r.sentences), str(r.gold), str(r.predicted), str(r.hits), f"{r.precision:.3f}",
                      f"{r.recall:.3f}", f"{r.f1:.3f}")
    console.print(pairs)


if __name__ == "__main__":
    main()
