"""REST API benchmark: ``GET /api/events?limit=100`` on a store of 1,000,000 events.

Writes the synthetic store of benchmarks/analysis.py (N events among 200 actors; sentences padded to
the length of real ones, about 170 characters) into a temporary folder, serves it with uvicorn on
127.0.0.1 and times requests over HTTP, each opening the store read-only as the server does. It also
times the two ways of reading a page in DuckDB: the full rows sorted and cut (one query), and the two
steps of ``Store.events`` (the page's event ids by a top-N over date and row number, their rows by id;
see shadowline/store/pages.py). Target for every page, filtered or deep: < 50 ms.

Run: ``PYTHONPATH=src python benchmarks/api.py [--events 1000000] [--repeat 20]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis import write_synthetic_store  # noqa: E402 - benchmarks/analysis.py

from shadowline.api import Store  # noqa: E402
from shadowline.store.database import EVENT_COLUMNS  # noqa: E402

TARGET_MS = 50.0
QUERIES: tuple[tuple[str, dict[str, object]], ...] = (
    ("limit=100", {"limit": 100}),
    ("limit=100, newest first", {"limit": 100, "newest_first": True}),
    ("limit=100, offset=100000", {"limit": 100, "offset": 100_000}),
    ("actor=C007, limit=100", {"actor": "C007", "limit": 100}),
    ("type=ASSAULT, since=2024-06-01", {"type": "ASSAULT", "since": "2024-06-01", "limit": 100}),
    ("actor=C007, type=ASSAULT", {"actor": "C007", "type": "ASSAULT", "limit": 100}),
    ("since=2023-03-01, until=2023-03-31", {"since": "2023-03-01", "until": "2023-03-31", "limit": 100}),
    ("actor=C007, offset=5000", {"actor": "C007", "offset": 5_000, "limit": 100}),
)


def write_store(path: Path, n_events: int) -> None:
    """The analysis benchmark's store, with sentences and places as long and as frequent as real ones."""
    write_synthetic_store(path, n_events, 200)
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET sentence = sentence || repeat(' according to officials quoted', 5), "
                "location_name = CASE WHEN hash(event_id) % 3 = 0 THEN 'Baku' END, "
                "location_lat = CASE WHEN hash(event_id) % 3 = 0 THEN 40.38 END, "
                "location_lon = CASE WHEN hash(event_id) % 3 = 0 THEN 49.89 END")
    con.execute("CHECKPOINT")
    con.close()


def timings(call: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and worst of `repeat` calls, in milliseconds, after one warm-up call."""
    call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def one_query_page(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    return con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY date NULLS LAST, rowid "
                       "LIMIT 100").fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    import uvicorn

    from shadowline.web.app import create_app

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "api.duckdb"
        start = time.perf_counter()
        write_store(db, args.events)
        with Store(db, read_only=True) as store:
            n = store.count_events()
            rows: list[tuple[str, float, float]] = [
                ("DuckDB: full rows sorted, LIMIT 100", *timings(lambda: one_query_page(store.con), args.repeat)),
                ("DuckDB: Store.events(limit=100), in two steps",
                 *timings(lambda: store.events(limit=100), args.repeat)),
            ]
            # the page after the 100,000th event, as a client following the Link header asks for it
            deep = store.events(limit=1, offset=99_999)[0].event_id
        queries = [*QUERIES, ("limit=100, after=(the 100,000th event)", {"limit": 100, "after": deep})]
        print(f"store: {n:,} events written in {time.perf_counter() - start:.0f} s\n")

        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for label, params in queries:
                def request(params: dict[str, object] = params) -> None:
                    response = client.get("/api/events", params=params)
                    response.raise_for_status()
                rows.append((f"HTTP GET /api/events?{label}", *timings(request, args.repeat)))
        server.should_exit = True
        thread.join(timeout=10)

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median ms':>9}  {'worst ms':>8}  target < {TARGET_MS:.0f} ms")
    for label, median, worst in rows:
        verdict = "ok" if median < TARGET_MS else "over"
        print(f"{label:<{width}}  {median:>9.1f}  {worst:>8.1f}  {verdict}")


if __name__ == "__main__":
    main()
