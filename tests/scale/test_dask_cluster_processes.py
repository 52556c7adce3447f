"""A cluster of separate processes, as on many machines: `dask scheduler` and `dask worker` started on their
own, and `shadowline ingest --engine dask --scheduler ADDRESS` talking to them over TCP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = [
    ("wire-1", "2024-05-17", "Russia criticised France's arms deliveries to Armenia. Azerbaijan accused France of "
                             "supporting separatists in New Caledonia."),
    ("wire-2", "2024-06-02", "Turkey signed a defence pact with Azerbaijan. Greece protested against Turkish "
                             "military flights over its islands."),
    ("wire-3", "2024-08-21", "Wagner fighters attacked villages in Mali. The junta expelled the French ambassador."),
]
pytestmark = pytest.mark.model


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}


def _shadowline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shadowline", *args], capture_output=True, text=True,
                          env=_env(), timeout=300)


def _stored_events(db: Path) -> list[dict]:
    result = _shadowline("events", "--db", str(db), "--format", "json", "--limit", "1000")
    assert result.returncode == 0, result.stderr
    return sorted(json.loads(result.stdout), key=lambda e: e["event_id"])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    pytest.importorskip("distributed")
    from distributed import Client

    logs = tmp_path_factory.mktemp("cluster")
    address = f"tcp://127.0.0.1:{_free_port()}"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
        stdout=(logs / "scheduler.log").open("w"), stderr=subprocess.STDOUT, env=_env())
    worker = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2", "--nthreads", "1",
         "--no-dashboard", "--memory-limit", "0"],
        stdout=(logs / "worker.log").open("w"), stderr=subprocess.STDOUT, env=_env())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_scheduler_without_workers_is_reported(tmp_path):
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    try:
        article = tmp_path / "a.txt"
        article.write_text("Russia criticised France.", encoding="utf-8")
        result = _shadowline("ingest", str(article), "--db", str(tmp_path / "s.duckdb"), "--engine", "dask",
                             "--scheduler", address)
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=30)
    assert result.returncode == 2
    assert f"has no workers; start them with 'dask worker {address}'" in result.stderr + result.stdout
    assert not (tmp_path / "s.duckdb").exists()


def test_separate_scheduler_and_worker_processes_store_the_local_engines_events(cluster, tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in ARTICLES),
                    encoding="utf-8")
    local = _shadowline("ingest", str(wire), "--db", str(tmp_path / "local.duckdb"))
    remote = _shadowline("ingest", str(wire), "--db", str(tmp_path / "remote.duckdb"), "--engine", "dask",
                         "--scheduler", cluster, "--parquet-dir", str(tmp_path / "parts"))
    assert local.returncode == 0 and remote.returncode == 0, remote.stderr
    here, there = _stored_events(tmp_path / "local.duckdb"), _stored_events(tmp_path / "remote.duckdb")
    assert len(here) >= 4
    assert there == here
    assert list((tmp_path / "parts").rglob("*.parquet"))
