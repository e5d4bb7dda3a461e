"""Corpus commands: code into a store, merge, dyads, top-actors, plot, network, export.

`register(app)` adds them to the `detente` app, and gives `detente code` the options
`--store DIR`, `--dask ADDRESS` and `--dask-local N`. With `--store` the articles go
into the store instead of a file; without it `code` behaves as before. Each command
is a thin wrapper around one Python API call in `detente.store` or `detente.analytics`.
"""
from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from detente.store.layout import DEFAULT_STORE

StoreOption = Annotated[Path, typer.Option("--store", "-s", help="store folder")]
out, err = Console(), Console(stderr=True)


def store_options(
    store: Annotated[Optional[Path], typer.Option("--store", help="store folder to code into (default ./detente-data when no -o is given)")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="code on the Dask scheduler at this address (with --store)")] = None,
    dask_local: Annotated[Optional[int], typer.Option("--dask-local", help="code on a local Dask cluster of N workers (with --store)")] = None,
) -> None:
    """The options `register` adds to `detente code` (this function only carries their signature)."""


def register(app: typer.Typer) -> None:
    """Add the corpus commands to `app`, and the store options to its `code` command."""
    for command in (merge, dyads, top_actors, plot, network, export):
        app.command(command.__name__.replace("_", "-"))(command)
    _extend_code(app)


def _extend_code(app: typer.Typer) -> None:
    """Wrap `code` so its own options stay its owner's, and ours are added beside them."""
    info = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == "code")
    original = info.callback
    hints = {**typing.get_type_hints(original, include_extras=True), **typing.get_type_hints(store_options, include_extras=True)}
    params = [p.replace(annotation=hints[p.name]) for p in (*inspect.signature(original).parameters.values(),
                                                             *inspect.signature(store_options).parameters.values())]

    def code(**values):
        store, dask, dask_local = values.pop("store"), values.pop("dask"), values.pop("dask_local")
        if store is None and values.get("output") is None:
            store = DEFAULT_STORE  # storing is the default; `-o FILE` (or `-o -`) writes a file instead
        if store is None:
            if dask or dask_local:
                raise typer.BadParameter("Dask writes into a store: add --store DIR", param_hint="--dask")
            return original(**values)
        return _code_into_store(store, dask, dask_local, **values)

    code.__signature__ = inspect.Signature(params)
    code.__annotations__ = {**hints, "return": None}
    code.__doc__ = (original.__doc__ or "") + "\n\nExample: detente code samples/articles --store detente-data --jobs 2"
    info.callback = code


def _code_into_store(store: Path, dask: str | None, dask_local: int | None, *, paths: list[Path],
                     published: str | None, jobs: int, model: str | None, actors: list[Path] | None,
                     batch_size: int | None, progress: bool, **_file_options: object) -> None:
    from detente.interfaces.cli.main import _date, _settings, print_error
    from detente.ingest.sources import read_sources

    failures: list[object] = []
    articles = read_sources(paths, _date(published), failures.append)
    show = (lambda r: err.print(f"{r.coded} articles, {r.events} events, {r.rate:.0f} articles/s", highlight=False)) if progress else None
    report = _run(articles, store, _settings(model, actors, batch_size), jobs, dask, dask_local, show)
    err.print(f"{store}: {report.coded} articles coded ({report.skipped} already stored), {report.events} events, "
              f"{report.merged if report.merged is not None else 'unchanged'} merged, {report.rate:.1f} articles/s", highlight=False)
    for failure in failures:
        print_error(failure)
    if failures:
        raise typer.Exit(1)


def _run(articles, store, settings, jobs, dask, dask_local, show):
    from detente.store import code_into_store

    if not (dask or dask_local):
        return code_into_store(articles, store, settings, jobs=jobs, progress=show)
    from detente.store.cluster import dask_client

    with dask_client(dask, dask_local) as client:
        return code_into_store(articles, store, settings, client=client, progress=show)


def merge(store: StoreOption = DEFAULT_STORE) -> None:
    """Rebuild the merged events (the same event reported by several articles) from the stored events.

    Example: detente merge --store detente-data
    """
    from detente.store import rebuild_merged

    out.print(f"{rebuild_merged(store)} merged events in {store}", highlight=False)


def dyads(
    store: StoreOption = DEFAULT_STORE,
    by: Annotated[str, typer.Option(help="day, week, month or year")] = "month",
    dyad: Annotated[Optional[str], typer.Option(help="only this dyad: RUS-UKR, or RUS- for all RUS as source")] = None,
    min_events: Annotated[int, typer.Option(help="leave out periods with fewer events")] = 1,
) -> None:
    """Print dyad by period series: events per quad class, Goldstein sum and mean.

    Example: detente dyads --by week --dyad RUS-UKR
    """
    from detente.analytics.series import dyad_series
    from detente.store import connect

    rows = dyad_series(connect(store), by, dyad, min_events)
    table = Table("source", "target", by, "events", "verb coop", "mat coop", "verb confl", "mat confl", "gold sum", "gold mean")
    for r in rows:
        table.add_row(r.source, r.target or "-", str(r.period), str(r.events), str(r.verbal_coop), str(r.material_coop),
                      str(r.verbal_conflict), str(r.material_conflict), _num(r.goldstein_sum), _num(r.goldstein_mean))
    out.print(table)


def top_actors(
    store: StoreOption = DEFAULT_STORE,
    top: Annotated[int, typer.Option("--top", help="how many")] = 20,
    role: Annotated[str, typer.Option(help="any, source or target")] = "any",
) -> None:
    """Print the actors in the most events.

    Example: detente top-actors --top 10
    """
    from detente.analytics.series import top_actors as ranking
    from detente.store import connect

    table = Table("code", "as source", "as target", "events")
    for a in ranking(connect(store), top, role):
        table.add_row(a.code, str(a.as_source), str(a.as_target), str(a.total))
    out.print(table)


def plot(
    dyad: Annotated[str, typer.Argument(help="a dyad: RUS-UKR")],
    output: Annotated[Path, typer.Option("-o", "--output", help="a .png or .svg file")] = Path("dyad.png"),
    store: StoreOption = DEFAULT_STORE,
    by: Annotated[str, typer.Option(help="day, week, month or year")] = "month",
) -> None:
    """Draw a dyad's cooperation and conflict over time (PNG or SVG).

    Example: detente plot RUS-UKR --by week -o rus-ukr.svg
    """
    from detente.analytics.plot import plot_dyad
    from detente.analytics.series import dyad_series
    from detente.store import connect

    rows = dyad_series(connect(store), by, dyad)
    if not rows:
        err.print(f"no dated events for {dyad} in {store}", highlight=False)
        raise typer.Exit(1)
    out.print(f"wrote {plot_dyad(rows, output, f'{dyad} by {by}')}", highlight=False)


def network(
    output: Annotated[Path, typer.Option("-o", "--output", help="GraphML file")] = Path("actors.graphml"),
    store: StoreOption = DEFAULT_STORE,
    min_events: Annotated[int, typer.Option(help="leave out dyads with fewer events")] = 1,
) -> None:
    """Export the actor network as GraphML (Gephi, networkx, igraph).

    Example: detente network -o actors.graphml --min-events 3
    """
    from detente.analytics.network import write_network
    from detente.store import connect

    graph = write_network(connect(store), output, min_events)
    out.print(f"wrote {output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} dyads", highlight=False)


def export(
    output: Annotated[Path, typer.Argument(help="the file to write")],
    fmt: Annotated[str, typer.Option("--format", help="csv, parquet, jsonl, gdelt or plover")] = "csv",
    level: Annotated[str, typer.Option(help="events, or merged (one row per merged event)")] = "events",
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the stored events to CSV, Parquet, JSON Lines, the GDELT 2.0 table or PLOVER JSON.

    Example: detente export events.tsv --format gdelt
    """
    from detente.store.export import export as write

    try:
        count = write(store, output, fmt, level)
    except ValueError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    out.print(f"wrote {count} rows to {output}", highlight=False)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
