"""Actor resolution on real phrasing: the actor phrases of the hand-coded real-news gold.

Every actor of `benchmarks/data/realnews/gold_*.jsonl` that is named in its sentence (not known only from
context, not a pronoun) and has a country becomes a case: the phrase as written, the article's date, the
coder's country and sector. The coders wrote them from the articles without seeing the resolver or its
tables, so the phrases are independent of the rules; the holdout articles' phrases are the blind part.
Many phrases name their state only through the story ("the president", "the opposition"), so each set is
scored twice: the phrase alone, and with the story's state as context (each article's most frequent state
among its phrases as the resolver itself reads them; no gold label is used for it).
A third row reads each article's phrases in order as one document (`DocumentActors`): a bare surname is
the person named in full before, and a name nothing else places takes the story's state.
Intergovernmental bodies count as right when the phrase resolves to any IGO code (the gold writes UN, EU,
AU; the knowledge base UNO, EUR, ...); their sector is not scored.

    python benchmarks/realnews_actors.py [--split dev|holdout|both] [--misses FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from shadowline.actors import DocumentActors, load_knowledge_base, resolve_actor
from shadowline.evaluation.events import normalise_country

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "data" / "realnews"
NEWS = REPO / ".." / "shared" / "data" / "news" / "wikinews.jsonl"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"}


def actor_cases(split: str, news: Path) -> list[dict]:
    """Unique (phrase, date) cases with their gold country and sector."""
    dates = {}
    if news.exists():
        for line in news.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            dates[row["id"]] = row.get("date")
    cases: dict[tuple[str, str | None], dict] = {}
    for name in ("dev", "holdout") if split == "both" else (split,):
        for line in (GOLD / f"gold_{name}.jsonl").read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            if event.get("from_context"):
                continue
            for side in ("source", "target"):
                actor = event[side]
                text, country = (actor.get("text") or "").strip(), actor.get("country")
                if not text or not country or text.lower() in PRONOUNS:
                    continue
                key = (text, dates.get(event["doc_id"]))
                cases.setdefault(key, {"phrase": text, "date": key[1], "country": country,
                                       "sector": actor.get("sector"), "split": name, "doc": event["doc_id"]})
    return list(cases.values())


def story_states(cases: list[dict], kb: object) -> dict[str, str | None]:
    """Each article's most frequent state among its phrases as the resolver reads them (no gold used)."""
    counts: dict[str, Counter] = {}
    for case in cases:
        actor = resolve_actor(case["phrase"], date=case["date"], kb=kb)
        if actor is not None and actor.country and len(actor.country) == 3 and actor.sector != "IGO":
            counts.setdefault(case["doc"], Counter())[actor.country] += 1
    return {doc: c.most_common(1)[0][0] for doc, c in counts.items()}


def score(cases: list[dict], with_story: bool = False, as_documents: bool = False) -> tuple[Counter, list[str], float]:
    """Country and sector hits, the misses, and phrases per second."""
    kb = load_knowledge_base()
    hits: Counter = Counter()
    misses = []
    story = story_states(cases, kb) if with_story else {}
    t0 = time.perf_counter()
    if as_documents:
        documents: dict[str, DocumentActors] = {}
        results = [documents.setdefault(c["doc"], DocumentActors(date=c["date"], country=story.get(c["doc"]), kb=kb))
                   .resolve(c["phrase"]) for c in cases]
    else:
        results = [resolve_actor(c["phrase"], date=c["date"], country=story.get(c["doc"]), kb=kb) for c in cases]
    rate = len(cases) / max(time.perf_counter() - t0, 1e-9)
    for case, actor in zip(cases, results):
        country = (actor.country or "") if actor else ""
        sector = (actor.sector or "") if actor else ""
        if case["sector"] == "IGO":
            c_ok, s_ok, scored = sector == "IGO", True, False
        else:
            # one country spelled two ways is one country (Kosovo: XKX, KOS)
            c_ok = normalise_country(country) == normalise_country(case["country"])
            s_ok, scored = sector == case["sector"], True
        hits["n"] += 1
        hits["country"] += c_ok
        hits["sector_n"] += scored
        hits["sector"] += s_ok and scored
        if not (c_ok and s_ok):
            misses.append(f"{case['split']}\t{case['phrase']!r}\tgold {case['country']}/{case['sector']}\t"
                          f"got {country or '-'}/{sector or '-'}")
    return hits, misses, rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "holdout", "both"], default="dev")
    ap.add_argument("--news", type=Path, default=NEWS, help="the articles (for their dates)")
    ap.add_argument("--misses", type=Path, default=None, help="write the misses here, one per line")
    args = ap.parse_args(argv)
    splits = ["dev", "holdout"] if args.split == "both" else [args.split]
    print("| phrases | n | country | sector (non-IGO) | phrases/s |")
    print("|---|---|---|---|---|")
    all_misses = []
    for split in splits:
        for with_story, as_documents, label in ((False, False, "phrase alone"),
                                                (True, False, "story's state as context"),
                                                (True, True, "story's state and earlier mentions")):
            hits, misses, rate = score(actor_cases(split, args.news), with_story, as_documents)
            all_misses += misses if as_documents else []
            label = f"{split}, {label}"
            print(f"| {label} | {hits['n']} | {hits['country'] / hits['n']:.3f} | "
                  f"{hits['sector'] / max(hits['sector_n'], 1):.3f} | {rate:,.0f} |")
    if args.misses:
        args.misses.write_text("\n".join(all_misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
