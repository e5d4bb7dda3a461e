"""The `serve` command: the web app over a store. `register(app)` adds it to `detente`."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.store.layout import DEFAULT_STORE


def serve(
    store: Annotated[Path, typer.Option("--store", "-s", help="store folder to explore (read-only)")] = DEFAULT_STORE,
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 exposes the store to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    max_text: Annotated[int, typer.Option(help="most characters 'code this text' accepts")] = 20_000,
) -> None:
    """Explore a store in the browser: events, articles with their evidence, dyads, the network, and "code this text".

    Example: detente serve --store detente-data --port 8000
    """
    from detente.interfaces.web import serve as run

    run(store, host=host, port=port, max_text_chars=max_text)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
