"""Start-up of ``shadowline code``: process start to its first event, median of several fresh runs.

Each run starts ``python -m shadowline code`` on a one-sentence file and times the first event line on
stdout (wall); the CPU column is the whole run's user + system seconds (it exits right after the event).
Prints a table of the median, minimum and maximum of each.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTUP_TEXT = "Russia criticised France over its arms deliveries to Armenia on Monday.\n"


def one_run(path: Path) -> tuple[float, float]:
    """Wall seconds to the first event line and CPU seconds of the whole run."""
    command = [sys.executable, "-m", "shadowline", "code", str(path), "--date", "2024-03-04", "--format", "jsonl"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        first = proc.stdout.readline() if proc.stdout else ""
        wall = time.perf_counter() - start
        proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not first.strip():
        raise RuntimeError("`shadowline code` printed no event for the start-up sentence")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(STARTUP_TEXT, encoding="utf-8")
        one_run(path)  # warm the file cache and the knowledge-base cache
        runs = [one_run(path) for _ in range(args.runs)]
    print(f"start-up of `shadowline code` on one sentence, {args.runs} runs after one warm-up")
    print(f"{'':<6}{'median':>8}{'min':>8}{'max':>8}")
    for label, values in (("wall", [w for w, _ in runs]), ("CPU", [c for _, c in runs])):
        print(f"{label:<6}{statistics.median(values):>7.2f}s{min(values):>7.2f}s{max(values):>7.2f}s")


if __name__ == "__main__":
    main()
