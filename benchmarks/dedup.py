"""Cross-article deduplication benchmark: `shadowline dedup` on synthetic stores of coded events.

Writes the synthetic store of benchmarks/analysis.py (N events among 20 actors over three years, so the
same dyad, type and day recur as repeated reports do) into a temporary folder, runs the deduplication
(store/dedup.py: same directed dyad, type and modality within the window, agreeing places) twice — the
second run recomputes everything, as the rule is idempotent — and prints the time, the peak resident memory
of this process and what was found.

    PYTHONPATH=src python benchmarks/dedup.py [--events 10000,100000,1000000] [--window-days 1]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis import write_synthetic_store  # noqa: E402 - benchmarks/analysis.py

from shadowline.store.dedup import deduplicate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", default="10000,100000,1000000", help="store sizes, comma-separated")
    ap.add_argument("--actors", type=int, default=20, help="fewer actors, more repeated reports")
    ap.add_argument("--window-days", type=int, default=1)
    args = ap.parse_args()
    table = Table(title=f"shadowline dedup (window {args.window_days} day) on synthetic coded events")
    for column in ("coded mentions", "events found", "repeated reports", "first run s", "second run s",
                   "mentions/s", "peak RSS MB"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.events.split(",")):
            path = Path(tmp) / f"dedup-{n}.duckdb"
            write_synthetic_store(path, n, args.actors)
            con = duckdb.connect(str(path))
            times = []
            for _ in range(2):
                start = time.perf_counter()
                summary = deduplicate(con, window_days=args.window_days)
                times.append(time.perf_counter() - start)
            con.close()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            table.add_row(f"{summary.mentions:,}", f"{summary.events:,}", f"{summary.mentions - summary.events:,}",
                          f"{times[0]:.1f}", f"{times[1]:.1f}", f"{summary.mentions / times[0]:,.0f}", f"{peak:.0f}")
    Console(width=140).print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
