"""``newsdesk serve``: the web desk and its HTTP API (docs/web.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk.cli.base import DbOption, app, err, run_reported, safe
from newsdesk.service import DEFAULT_DB


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(
        help="Address to bind; beyond 127.0.0.1 a token is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="NEWSDESK_TOKEN", help="Require this token on every request.")] = None,
) -> None:
    """Serve the desk in the browser and its HTTP API (needs the `web` extra; docs/web.md)."""
    from newsdesk.web import serve as serve_api

    def listening() -> None:  # said once the address is bound: a refusal is then the only line
        err.print(f"serving {safe(db)} at http://{safe(host)}:{port}/ (API docs at /docs); "
                  "Ctrl-C stops", highlight=False)

    run_reported(lambda: serve_api(db, host=host, port=port, token=token, listening=listening))
