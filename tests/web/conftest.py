"""Fixtures: the small world store and a live server over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the REST API needs fastapi and uvicorn (project dependencies)")

from live_server import LiveServer, start_server  # noqa: E402
from world_store import write_world  # noqa: E402


@pytest.fixture(scope="session")
def world_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_world(tmp_path_factory.mktemp("web") / "world.duckdb")


@pytest.fixture(scope="module")
def live(world_store: Path) -> Iterator[LiveServer]:
    """The API over the small world store, no token (reads and coding only)."""
    yield from start_server(world_store)
