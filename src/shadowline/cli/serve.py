"""``shadowline serve``: the REST API and dashboard."""

from __future__ import annotations

import click

from shadowline.cli.options import ExitCode, db_option, fail


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any address but loopback needs a token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", default=None, envvar="SHADOWLINE_TOKEN", show_envvar=True,
              help="Token that clients send as 'Authorization: Bearer TOKEN'; needed for POST /api/ingest "
                   "and for any host but 127.0.0.1.")
def serve_command(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the REST API (/api, /docs, /openapi.json) and the dashboard (/) over a store.

    \b
    Examples:
      shadowline demo && shadowline serve          then open http://127.0.0.1:8000/
      shadowline serve --db news.duckdb --host 0.0.0.0 --token "$(openssl rand -hex 16)"
    """
    from shadowline.errors import InvalidParameter
    from shadowline.web import serve
    from shadowline.web.server import server_token

    try:
        server_token(host, token)
    except InvalidParameter as exc:
        fail(f"--{exc.parameter}: {exc.problem}", ExitCode.USAGE)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"dashboard: http://{shown}:{port}/{'#token=…' if token else ''}  API docs: "
               f"http://{shown}:{port}/docs", err=True)
    serve(db, host=host, port=port, token=token)


def register(group: click.Group) -> None:
    group.add_command(serve_command)
