"""Throughput of `shadowline code`: sentences per second and peak memory, next to bare spaCy parsing.

Corpus: the news sentences of ../shared/data/train/ (PLV pairs, CAMEO pentaclass, actor-span sentences;
deduplicated), grouped into documents of 10 sentences; with no ../shared, the bundled example corpus
repeated. Each coder (the learned model, the verb patterns) is timed on the same documents after a
warm-up, in this process; peak memory is the process's maximum resident set size. The learned coder is
timed again as `shadowline code` runs it on a large input: on one worker process per core (`--workers`
auto); its warm-up starts the workers (timed apart), and its memory is per worker.

    python benchmarks/throughput.py [--data-dir ../shared/data/train] [--limit 3000] [--workers 0]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from shadowline.coding.pipeline import Coder
from shadowline.examples import example_documents
from shadowline.nlp import load_nlp
from shadowline.records import Document

REPO = Path(__file__).resolve().parents[1]


def news_sentences(data_dir: Path, limit: int) -> list[str]:
    """Distinct sentences from the training files (those present), up to `limit`."""
    seen: dict[str, None] = {}
    for name in ("plover_pairs_train.jsonl", "cameo_pentaclass_train.jsonl", "actor_spans_train.jsonl"):
        path = data_dir / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("sentence") or " ".join(row.get("tokens", []))
            if text:
                seen.setdefault(text.strip(), None)
    return list(seen)[:limit]


def documents_from(sentences: list[str], per_document: int = 10) -> list[Document]:
    docs = []
    for start in range(0, len(sentences), per_document):
        text = " ".join(sentences[start:start + per_document])
        docs.append(Document(f"bench-{start}", text, "2024-01-01"))
    return docs


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data" / "train")
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--coders", default="model,patterns")
    parser.add_argument("--workers", type=int, default=0, help="workers of the parallel run (0: auto, as the CLI)")
    args = parser.parse_args()

    sentences = news_sentences(args.data_dir, args.limit)
    source = f"{os.path.relpath(args.data_dir, REPO)} ({len(sentences)} sentences)"
    if not sentences:
        base = [d.text for d in example_documents()]
        texts = (base * 20)[:200]
        docs = [Document(f"bench-{i}", t, "2024-01-01") for i, t in enumerate(texts)]
        source = "bundled example corpus x10"
    else:
        docs = documents_from(sentences)
    nlp = load_nlp()
    list(nlp.pipe([d.text for d in docs[:5]]))  # warm-up
    start = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=32))
    spacy_seconds = time.perf_counter() - start
    n_sentences = sum(len(list(doc.sents)) for doc in parsed)

    table = Table(title=f"shadowline code throughput — {source}, {len(docs)} documents, {n_sentences} sentences")
    for column in ("step", "seconds", "sentences/s", "ratio to spaCy", "events", "peak RSS MB"):
        table.add_column(column, justify="right" if column != "step" else "left")
    table.add_row("spaCy nlp.pipe only", f"{spacy_seconds:.1f}", f"{n_sentences / spacy_seconds:.0f}", "1.00",
                  "-", f"{peak_rss_mb():.0f}")
    for kind in args.coders.split(","):
        try:
            coder = Coder(coder=kind, nlp=nlp)
        except (FileNotFoundError, ImportError) as exc:
            table.add_row(f"code ({kind})", "-", "-", "-", f"unavailable: {exc}", "-")
            continue
        list(coder.code_documents(docs[:5]))  # warm-up: knowledge base, model
        start = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_documents(docs, batch_size=32))
        seconds = time.perf_counter() - start
        table.add_row(f"code ({coder.version})", f"{seconds:.1f}", f"{n_sentences / seconds:.0f}",
                      f"{seconds / spacy_seconds:.2f}", str(events), f"{peak_rss_mb():.0f}")
        if kind == "model":
            table.add_row(*parallel_row(kind, docs, n_sentences, spacy_seconds, args.workers))
    Console(width=160).print(table)


def parallel_row(kind: str, docs: list[Document], n_sentences: int, spacy_seconds: float,
                 workers: int) -> list[str]:
    """The coder as `shadowline code --workers N` runs it on this input (N = 0: auto)."""
    with Coder(coder=kind, workers=workers) as coder:
        start = time.perf_counter()
        list(coder.code_documents(docs[:60]))  # starts the workers (auto: only on a large input)
        started = time.perf_counter() - start
        start = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_documents(docs))
        seconds = time.perf_counter() - start
        n = coder._pool.workers if coder._pool is not None else 1
    return [f"code, {n} worker processes ({workers or 'auto'}; warm-up with start {started:.1f} s)", f"{seconds:.1f}",
            f"{n_sentences / seconds:.0f}", f"{seconds / spacy_seconds:.2f}", str(events),
            f"{peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} each"]


if __name__ == "__main__":
    main()
