"""Start the REST API and dashboard with uvicorn, refusing an exposed address without a token."""

from __future__ import annotations

import os
from pathlib import Path

from shadowline.api import DEFAULT_DB
from shadowline.errors import InvalidParameter
from shadowline.web.access import is_loopback

#: Environment variable read for the token when ``--token`` is not given.
TOKEN_VARIABLE = "SHADOWLINE_TOKEN"


def server_token(host: str, token: str | None) -> str | None:
    """The token the server will require (given, else from ``SHADOWLINE_TOKEN``); an address other than
    loopback without one raises :class:`InvalidParameter`.

    >>> server_token("127.0.0.1", None) is None or True
    True
    """
    token = token or os.environ.get(TOKEN_VARIABLE) or None
    if token is not None and len(token) < 8:
        raise InvalidParameter("token", "use a token of 8 characters or more")
    if not is_loopback(host) and not token:
        raise InvalidParameter("host", f"{host} can be reached from other machines: give --token "
                                       f"(or set {TOKEN_VARIABLE}) to serve there, or bind 127.0.0.1")
    return token


def serve(db: str | Path = DEFAULT_DB, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, log_level: str = "info") -> None:
    """Serve the API and dashboard on `host`:`port` over the store `db` until interrupted."""
    import uvicorn

    from shadowline.web.app import LOOPBACK_HOSTS, create_app

    token = server_token(host, token)
    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
