"""Export benchmark: every format of ``Store.export`` on a synthetic store, with its time and peak memory.

Writes the synthetic store of benchmarks/analysis.py (N coded events among 20 actors over three years, each
sentence padded to about 1 KB so that holding the selection shows) into a temporary folder, then exports it
once per format, each in a fresh process, and prints the seconds, the peak of Python's own allocations
during the export (tracemalloc: what the export holds in Python objects; one day's export runs first, so that
loading the format's modules is not counted) and the process's peak resident memory (DuckDB's buffers and
the loaded modules included).

    PYTHONPATH=src python benchmarks/export.py [--events 17000] [--formats csv,plover-jsonl,...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis import write_synthetic_store  # noqa: E402 - benchmarks/analysis.py

FORMATS = ("jsonl", "json", "csv", "tsv", "plover-jsonl", "parquet", "gdelt-tsv", "parquet-dataset", "graphml",
           "gexf")
_SUFFIX = {"plover-jsonl": "jsonl", "gdelt-tsv": "tsv", "parquet-dataset": "d"}

#: Run in a fresh process per format, so that each peak is that export's own.
_ONE_EXPORT = """
import json, resource, sys, time, tracemalloc
from shadowline.store import Store
db, fmt, out = sys.argv[1:4]
with Store(db, read_only=True) as store:
    # one day's export first, so that the modules a format loads are not counted as what it holds
    store.export(out + ".warm", fmt, since="2022-01-01", until="2022-01-01")
    tracemalloc.start()
    start = time.perf_counter()
    count = store.export(out, fmt)
    seconds = time.perf_counter() - start
    python_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
print(json.dumps({"count": count, "seconds": seconds, "python_mb": python_peak / 2**20,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=17_000, help="asked for; pairs of one actor are left out")
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated, of " + ", ".join(FORMATS))
    args = ap.parse_args()
    table = Table(title=f"Store.export of {args.events:,} synthetic events (sentences of about 1 KB)")
    for column, justify in (("format", "left"), ("events", "right"), ("written", "right"), ("seconds", "right"),
                            ("peak Python MB", "right"), ("peak RSS MB", "right"), ("output MB", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "export.duckdb"
        write_synthetic_store(db, args.events, 20)
        con = duckdb.connect(str(db))
        con.execute("UPDATE events SET sentence = sentence || ' ' || repeat('x', 1000)")
        n = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        con.close()
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"out-{fmt}.{_SUFFIX.get(fmt, fmt)}"
            run = subprocess.run([sys.executable, "-c", _ONE_EXPORT, str(db), fmt, str(out)], check=True,
                                 capture_output=True, text=True)
            result = json.loads(run.stdout.strip().splitlines()[-1])
            files = [out] if out.is_file() else [p for p in out.rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files) / 2**20
            table.add_row(fmt, f"{n:,}", f"{result['count']:,}", f"{result['seconds']:.2f}",
                          f"{result['python_mb']:.1f}", f"{result['rss_mb']:.0f}", f"{size:.1f}")
    Console(width=140).print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
