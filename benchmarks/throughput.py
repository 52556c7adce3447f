"""Cost of `shadowline code` next to bare spaCy parsing of the same real sentences; prints a table.

Corpus: the real news articles of ../shared/data/news/wikinews.jsonl (``--news``); without them, the
news sentences of ../shared/data/train/ grouped into documents of 10 sentences; without those, the
bundled example corpus repeated. Every row codes the same documents after a warm-up:

- CPU seconds (this process, plus its worker processes in the worker row) and wall seconds;
- the CPU ratio to spaCy's ``nlp.pipe`` over the same texts (the cost of everything the coder adds);
- events, and peak resident memory of this process.

Start-up is timed apart: a fresh ``python -m shadowline code`` on a one-sentence file, from process
start to its first event on stdout (best of ``--startup-runs``).

    python benchmarks/throughput.py [--news ../shared/data/news/wikinews.jsonl] [--limit 1300] [--workers 0]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table
from startup import STARTUP_TEXT, one_run  # benchmarks/startup.py beside this script

from shadowline.coding.pipeline import Coder
from shadowline.examples import example_documents
from shadowline.nlp import load_nlp
from shadowline.records import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


def news_documents(path: Path, limit: int) -> list[Document]:
    """Articles of a JSONL news file (``id``, ``text``, ``date``) up to about `limit` sentences in all."""
    docs: list[Document] = []
    sentences = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document(row["id"], row["text"], row.get("date")))
        sentences += row["text"].count(". ") + 1
        if sentences >= limit:
            break
    return docs


def training_sentences(data_dir: Path, limit: int) -> list[str]:
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
    return [Document(f"bench-{start}", " ".join(sentences[start:start + per_document]), "2024-01-01")
            for start in range(0, len(sentences), per_document)]


def corpus(args: argparse.Namespace) -> tuple[list[Document], str]:
    """The documents to time and a line saying where they come from."""
    if args.news.exists():
        return news_documents(args.news, args.limit), os.path.relpath(args.news, REPO)
    sentences = training_sentences(args.data_dir, args.limit)
    if sentences:
        return documents_from(sentences), f"{os.path.relpath(args.data_dir, REPO)} sentences"
    base = example_documents()
    return [Document(f"bench-{i}", d.text, d.date) for i, d in enumerate((base * 10)[:200])], "example corpus x10"


def cpu_seconds() -> float:
    """CPU time of this process (all its threads)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def timed(work: Callable[[], int]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, result) of `work`."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = work()
    return cpu_seconds() - cpu, time.perf_counter() - wall, result


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def startup_seconds(runs: int) -> tuple[float, float]:
    """Best wall time from starting ``python -m shadowline code`` to its first event line, and the CPU
    seconds of that whole run (it exits right after the event)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(STARTUP_TEXT, encoding="utf-8")
        return min(one_run(path) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--news", type=Path, default=SHARED / "news" / "wikinews.jsonl")
    parser.add_argument("--data-dir", type=Path, default=SHARED / "train",
                        help="training sentences, used when the news file is absent")
    parser.add_argument("--limit", type=int, default=1300, help="about this many sentences")
    parser.add_argument("--coders", default="model,patterns")
    parser.add_argument("--workers", type=int, default=0, help="workers of the parallel row (0: auto, as the CLI)")
    parser.add_argument("--startup-runs", type=int, default=3)
    args = parser.parse_args()

    docs, source = corpus(args)
    nlp = load_nlp()
    list(nlp.pipe([d.text for d in docs[:3]]))  # warm-up
    texts = [d.text for d in docs]
    spacy_cpu, spacy_wall, n_sentences = timed(
        lambda: sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32)))

    table = Table(title=f"shadowline code — {source}: {len(docs)} documents, {n_sentences} sentences")
    for column in ("step", "CPU s", "CPU ratio to spaCy", "wall s", "sentences/s (wall)", "events", "peak RSS MB"):
        table.add_column(column, justify="right" if column != "step" else "left")
    table.add_row("spaCy nlp.pipe only", f"{spacy_cpu:.1f}", "1.00", f"{spacy_wall:.1f}",
                  f"{n_sentences / spacy_wall:.0f}", "-", f"{peak_rss_mb():.0f}")
    for kind in args.coders.split(","):
        try:
            coder = Coder(coder=kind, nlp=nlp)
        except (FileNotFoundError, ImportError) as exc:
            table.add_row(f"code ({kind})", "-", "-", "-", "-", f"unavailable: {exc}", "-")
            continue
        list(coder.code_documents(docs[:3]))  # warm-up: knowledge base, models
        cpu, wall, events = timed(lambda coder=coder: sum(len(c.events)
                                                          for c in coder.code_documents(docs, batch_size=32)))
        table.add_row(f"code, this process ({coder.version})", f"{cpu:.1f}", f"{cpu / spacy_cpu:.2f}", f"{wall:.1f}",
                      f"{n_sentences / wall:.0f}", str(events), f"{peak_rss_mb():.0f}")
        if kind == "model" and args.workers >= 0:
            table.add_row(*parallel_row(kind, docs, n_sentences, spacy_cpu, args.workers))
    Console(width=170).print(table)
    wall, cpu = startup_seconds(args.startup_runs)
    print(f"start-up, process start to first event (`python -m shadowline code` on one sentence, best of "
          f"{args.startup_runs}): {wall:.2f} s wall, {cpu:.2f} s CPU for the whole run")


def parallel_row(kind: str, docs: list[Document], n_sentences: int, spacy_cpu: float, workers: int) -> list[str]:
    """The coder as `shadowline code --workers N` runs it on this input (N = 0: auto).

    The workers are started and warmed up on the first documents, then timed on all of them; CPU
    counts this process and the workers (read from /proc while they run)."""
    from shadowline.coding import parallel

    with Coder(coder=kind, workers=workers) as coder:
        threshold = parallel.PARALLEL_MIN_CHARS
        parallel.PARALLEL_MIN_CHARS = 0  # start the workers on a few documents: their start is not timed
        try:
            start = time.perf_counter()
            list(coder.code_documents(docs[:3]))
            started = time.perf_counter() - start
        finally:
            parallel.PARALLEL_MIN_CHARS = threshold
        if coder._pool is None:
            return ["code on worker processes", "-", "-", "-", "-", "no workers started (one core?)", "-"]
        pids = coder._pool.pids()

        def workers_cpu() -> float:
            return sum(process_cpu_seconds(pid) for pid in pids)

        before = workers_cpu()
        cpu, wall, events = timed(lambda: sum(len(c.events) for c in coder.code_documents(docs)))
        cpu += workers_cpu() - before
        n = coder._pool.workers
    return [f"code, {n} worker processes (--workers {workers}; start and warm-up, {started:.1f} s, not timed)",
            f"{cpu:.1f}", f"{cpu / spacy_cpu:.2f}", f"{wall:.1f}", f"{n_sentences / wall:.0f}", str(events), "-"]


if __name__ == "__main__":
    main()
