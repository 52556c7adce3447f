"""Analysis benchmark: network, blocs, domino, shadow, warning and report on a synthetic store.

Writes a synthetic store of N events (default 1,000,000) among 200 actors in four blocs into a
temporary folder, times each analysis and prints a table with the targets:

    network + blocs on 1 M events  < 10 s
    domino, 10,000 runs, 200 actors < 5 s
    report                          < 10 s

Run: ``PYTHONPATH=src python benchmarks/analysis.py [--events 1000000] [--actors 200]``
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from shadowline.analysis import (
    escalation_alerts,
    find_blocs,
    relations_network,
    shadow_conflicts,
    simulate_cascade,
    structural_balance,
)
from shadowline.report import write_report
from shadowline.store.schema import DDL, SCHEMA_VERSION


def write_synthetic_store(path: Path, n_events: int, n_actors: int) -> None:
    """N events among `n_actors` actors in four blocs: cooperation inside blocs, conflict across."""
    con = duckdb.connect(str(path))
    for stmt in DDL:
        con.execute(stmt)
    con.execute(f"INSERT INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}')")
    con.execute(f"""
        INSERT INTO events (event_id, doc_id, sentence_index, sentence, date, source_text, source_country,
                            source_backer, target_text, target_country, plover_type, plover_context,
                            quad_class, goldstein, modality, confidence)
        WITH r AS (
            SELECT i, hash(i) % {n_actors} AS s, hash(i * 7919 + 13) % {n_actors} AS t,
                   hash(i * 104729 + 7) % 1000 AS u, hash(i * 15485863 + 3) % 1095 AS d
            FROM range({int(n_events * 1.02) + 10}) AS x(i)),
        e AS (
            SELECT *, CASE WHEN s % 4 = t % 4 THEN (u < 850) ELSE (u < 150) END AS coop FROM r WHERE s <> t)
        SELECT md5(CAST(i AS VARCHAR)), 'doc' || (i // 20), CAST(i % 20 AS INTEGER),
               'Actor ' || s || (CASE WHEN coop THEN ' met ' ELSE ' attacked ' END) || 'actor ' || t || '.',
               DATE '2022-01-01' + CAST(d AS INTEGER),
               'Actor ' || s, 'C' || lpad(CAST(s AS VARCHAR), 3, '0'),
               CASE WHEN u % 97 = 0 THEN 'C' || lpad(CAST((s + 4) % {n_actors} AS VARCHAR), 3, '0') END,
               'actor ' || t, 'C' || lpad(CAST(t AS VARCHAR), 3, '0'),
               CASE WHEN coop THEN (CASE WHEN u % 3 = 0 THEN 'AID' ELSE 'CONSULT' END)
                    ELSE (CASE WHEN u % 3 = 0 THEN 'ASSAULT' ELSE 'ACCUSE' END) END,
               CASE WHEN u % 53 = 0 THEN ['information_operations']
                    WHEN u % 59 = 0 THEN ['military'] ELSE [] END,
               CASE WHEN coop THEN (CASE WHEN u % 3 = 0 THEN 2 ELSE 1 END)
                    ELSE (CASE WHEN u % 3 = 0 THEN 4 ELSE 3 END) END,
               CASE WHEN coop THEN (CASE WHEN u % 3 = 0 THEN 7.0 ELSE 1.0 END)
                    ELSE (CASE WHEN u % 3 = 0 THEN -10.0 ELSE -2.0 END) END,
               CASE WHEN u % 41 = 0 THEN 'negated' WHEN u % 43 = 0 THEN 'future' ELSE 'asserted' END,
               0.9
        FROM e ORDER BY i LIMIT {n_events}
    """)
    con.close()


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        _, t_write = timed(lambda: write_synthetic_store(db, args.events, args.actors))
        con = duckdb.connect(str(db), read_only=True)
        n = con.execute("SELECT COUNT(*) FROM events").fetchall()[0][0]
        G, t_net = timed(lambda: relations_network(con))
        partition, t_blocs = timed(lambda: find_blocs(G))
        balance, t_bal = timed(lambda: structural_balance(G))
        cascade, t_dom = timed(lambda: simulate_cascade(G, "C000", "C001", runs=args.runs, seed=0))
        shadows, t_shadow = timed(lambda: shadow_conflicts(con))
        alerts, t_warn = timed(lambda: escalation_alerts(con))
        _, t_report = timed(lambda: write_report(con, Path(tmp) / "brief.html"))
        con.close()
    rows = [
        ("write synthetic store", f"{n:,} events", t_write, None),
        ("relations network", f"{G.number_of_nodes()} actors, {G.number_of_edges():,} ties", t_net, None),
        ("blocs", f"{len(partition.blocs)} blocs, fit {partition.fit:.2f}", t_blocs, None),
        ("structural balance", f"{balance.index:.2f} of {balance.n_triads:,} triads", t_bal, None),
        ("network + blocs + balance", "", t_net + t_blocs + t_bal, 10.0),
        (f"domino, {args.runs:,} runs", f"{G.number_of_nodes()} actors", t_dom, 5.0),
        ("shadow conflict", f"{len(shadows)} dyads", t_shadow, None),
        ("early warning", f"{len(alerts)} alerts", t_warn, None),
        ("report (all of the above)", "", t_report, 10.0),
    ]
    print(f"shadowline analysis benchmark ({os.cpu_count()} CPUs, DuckDB {duckdb.__version__})")
    print(f"{'step':<28} {'size':<34} {'seconds':>8} {'target':>8}  ok")
    for name, size, seconds, target in rows:
        ok = "" if target is None else ("yes" if seconds < target else "NO")
        print(f"{name:<28} {size:<34} {seconds:>8.2f} {'' if target is None else f'< {target:g}':>8}  {ok}")


if __name__ == "__main__":
    main()
