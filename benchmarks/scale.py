"""Scale-out: documents per second with the local engine and with Dask workers, and peak memory of
`shadowline ingest` over growing inputs.

Corpus: the real news articles of ../shared/data/news/wikinews.jsonl (or --input; with neither, the
bundled example corpus). Table 1 codes the corpus with the local engine in this process, on two local
worker processes (`--workers 2`), and on a Dask LocalCluster of 1 and 2 worker processes
(`--engine dask --workers N`); each engine is started and warmed up on a few documents before it is timed
(the start, with every worker loading its models, is shown apart), and each engine's events are checked
against the local engine's. Table 2 runs `shadowline ingest --engine dask` on JSON Lines files of growing
size (the corpus repeated under new ids, each copy with a first sentence of its own) in a fresh process
each, and prints the peak resident memory of that process (reader, partitions, store writes) and of its
largest worker. Table 3 reads JSON Lines files
of 10 MB to 1 GB into partitions as `ingest` does, without coding them, and prints the reading process's
peak memory.

    python benchmarks/scale.py [--input ../shared/data/news/wikinews.jsonl] [--coder auto]
                               [--sizes 1,4,16] [--memory-coder patterns] [--read-mb 10,100,1000]
                               [--skip throughput|memory|reading]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from shadowline.coding.pipeline import Coder
from shadowline.examples import example_documents
from shadowline.readers import read_documents
from shadowline.records import Document
from shadowline.scale.engine import DaskCoder

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "news" / "wikinews.jsonl"

#: Runs `shadowline ingest ARGS`, then prints as JSON on stderr its own peak resident memory (VmHWM, KB: its
#: own, unlike ru_maxrss, which keeps the high mark of the process it was forked from) and its children's.
_MEASURED_INGEST = """
import json, re, resource, sys
from pathlib import Path
from shadowline.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="shadowline", standalone_mode=False)
finally:
    own = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
    print(json.dumps({"self": own, "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}),
          file=sys.stderr)
"""


#: Reads a JSONL file as `ingest` does (documents, cut into partitions) and prints the count and VmHWM (KB).
_MEASURED_READ = """
import json, re, sys
from pathlib import Path
from shadowline.coding.parallel import chunks
from shadowline.readers import read_documents
count = sum(len(part) for part in chunks(read_documents([sys.argv[1]])))
own = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(json.dumps({"documents": count, "self": own}))
"""


def corpus(path: Path) -> tuple[list[Document], str]:
    if path.exists():
        return list(read_documents([path])), os.path.relpath(path, REPO)
    return example_documents(), "bundled example corpus"


def timed(engine: Coder | DaskCoder, docs: list[Document]) -> tuple[float, list]:
    list(engine.code_documents(docs[:3]))  # warm-up
    start = time.perf_counter()
    coded = list(engine.code_documents(docs))
    return time.perf_counter() - start, coded


class ExternalCluster:
    """`dask scheduler` and `dask worker --nworkers N` as separate processes on this machine, as on a cluster,
    and a DaskCoder talking to them over TCP (the start column includes starting them)."""

    def __init__(self, workers: int, coder: str) -> None:
        import socket

        from distributed import Client

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host",
                                            "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)]
        self.processes.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", self.address,
                                                "--nworkers", str(workers), "--nthreads", "1", "--no-dashboard"],
                                               **quiet))
        for _ in range(120):
            try:
                with Client(self.address, timeout="5s") as client:
                    client.wait_for_workers(workers, timeout=120)
                break
            except (OSError, TimeoutError):
                time.sleep(0.5)
        self.engine = DaskCoder(self.address, coder=coder)

    def __enter__(self) -> DaskCoder:
        return self.engine

    def __exit__(self, *exc: object) -> None:
        self.engine.close()
        for process in reversed(self.processes):
            process.terminate()
            process.wait(timeout=30)


def throughput_table(docs: list[Document], source: str, coder: str) -> Table:
    table = Table(title=f"Coding {len(docs)} documents ({sum(len(d.text) for d in docs):,} characters) of "
                        f"{source}, coder {coder}, on {os.cpu_count()} cores")
    for column in ("engine", "start s", "seconds", "documents/s", "events", "same events as local"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    reference: list | None = None
    engines = [("local, this process", lambda: Coder(coder=coder, workers=1)),
               ("local, 2 worker processes", lambda: Coder(coder=coder, workers=2)),
               ("dask LocalCluster, 1 worker", lambda: DaskCoder(workers=1, coder=coder)),
               ("dask LocalCluster, 2 workers", lambda: DaskCoder(workers=2, coder=coder)),
               ("dask scheduler + 2 worker processes over TCP", lambda: ExternalCluster(2, coder))]
    for name, build in engines:
        start = time.perf_counter()
        with build() as engine:
            started = time.perf_counter() - start
            seconds, coded = timed(engine, docs)
        events = [[e.to_dict() for e in c.events] for c in coded]
        reference = events if reference is None else reference
        table.add_row(name, f"{started:.1f}", f"{seconds:.1f}", f"{len(docs) / seconds:.2f}",
                      str(sum(len(e) for e in events)), "yes" if events == reference else "NO")
    return table


def memory_table(docs: list[Document], sizes: list[int], coder: str, workers: int) -> Table:
    table = Table(title=f"Peak memory of shadowline ingest --engine dask --workers {workers} --coder {coder}")
    for column in ("documents", "JSONL MB", "seconds", "ingest process MB", "largest worker MB", "events"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"wire-{size}.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for copy in range(size):
                    for d in docs:
                        # a first sentence of its own, so that the store does not skip the copy as the same text
                        text = f"Copy {copy} of the report. {d.text}"
                        out.write(json.dumps({"id": f"{d.doc_id}-{copy}", "date": d.date, "text": text}) + "\n")
            db = Path(folder) / f"store-{size}.duckdb"
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-c", _MEASURED_INGEST, "ingest", str(path), "--db", str(db),
                                  "--engine", "dask", "--workers", str(workers), "--coder", coder,
                                  "--batch-size", "256"], capture_output=True, text=True, check=False)
            seconds = time.perf_counter() - start
            lines = run.stderr.strip().splitlines()
            peaks = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
            summary = next((line for line in lines if "documents coded" in line), run.stderr[-300:])
            events = summary.rsplit(", ", 1)[-1] if "events" in summary else summary
            table.add_row(f"{size * len(docs):,}", f"{path.stat().st_size / 1e6:.1f}", f"{seconds:.0f}",
                          f"{peaks.get('self', 0) / 1024:.0f}", f"{peaks.get('children', 0) / 1024:.0f}", events)
    return table


def reading_table(docs: list[Document], megabytes: list[int]) -> Table:
    table = Table(title="Peak memory of reading a JSONL input into partitions (as ingest does, without coding)")
    for column in ("JSONL MB", "documents", "seconds", "process MB"):
        table.add_column(column, justify="right")
    lines = [json.dumps({"id": d.doc_id, "date": d.date, "text": d.text}) + "\n" for d in docs]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "wire.jsonl"
        written, copy = 0, 0
        with path.open("w", encoding="utf-8") as out:
            for size in sorted(megabytes):
                while written < size * 1_000_000:
                    for line in lines:
                        line = line.replace('"id": "', f'"id": "{copy}-', 1)
                        written += out.write(line)
                    copy += 1
                out.flush()
                start = time.perf_counter()
                run = subprocess.run([sys.executable, "-c", _MEASURED_READ, str(path)], capture_output=True,
                                     text=True, check=True)
                seconds = time.perf_counter() - start
                found = json.loads(run.stdout.strip().splitlines()[-1])
                table.add_row(f"{path.stat().st_size / 1e6:,.0f}", f"{found['documents']:,}", f"{seconds:.0f}",
                              f"{found['self'] / 1024:.0f}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--coder", default="auto", help="coder of table 1 (auto, model, patterns)")
    parser.add_argument("--sizes", default="1,4,16", help="copies of the corpus in each input of table 2")
    parser.add_argument("--memory-coder", default="patterns", help="coder of table 2")
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--read-mb", default="10,100,1000", help="sizes (MB) of the JSONL inputs of table 3")
    parser.add_argument("--skip", choices=["throughput", "memory", "reading"], action="append", default=[])
    args = parser.parse_args()

    docs, source = corpus(args.input)
    console = Console(width=140)
    if "throughput" not in args.skip:
        console.print(throughput_table(docs, source, args.coder))
    if "memory" not in args.skip:
        sizes = [int(s) for s in args.sizes.split(",")]
        console.print(memory_table(docs, sizes, args.memory_coder, args.memory_workers))
    if "reading" not in args.skip:
        console.print(reading_table(docs, [int(s) for s in args.read_mb.split(",")]))


if __name__ == "__main__":
    main()
