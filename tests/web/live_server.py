"""A real uvicorn server on 127.0.0.1 (a free port), run in a thread for the length of a test."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    db: Path
    token: str | None

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.get(self.url + path, timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.post(self.url + path, timeout=120, **kwargs)


def start_server(db: Path, token: str | None = None, **app_options: Any) -> Iterator[LiveServer]:
    """Serve the app from a thread until the generator is closed."""
    import uvicorn

    from shadowline.web.app import LOOPBACK_HOSTS, create_app

    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS, **app_options)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", db, token)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
