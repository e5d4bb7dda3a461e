"""The `detente` command. Each command is a thin wrapper around one Python API call."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from detente.errors import DetenteError, InputError
from detente.settings import Settings

app = typer.Typer(help="detente: political event data (CAMEO, PLOVER) from news text.", no_args_is_help=True, add_completion=False)
err = Console(stderr=True, soft_wrap=True)


def _settings(model: str | None, actors: list[Path] | None, batch_size: int | None = None) -> Settings:
    values: dict[str, object] = {}
    if model:
        values["model"] = model
    if actors:
        values["user_actor_folders"] = tuple(actors)
    if batch_size:
        values["batch_size"] = batch_size
    return Settings(**values)


@app.command()
def code(
    paths: Annotated[list[Path], typer.Argument(help="text, JSON Lines, CSV, HTML, RSS/Atom or WARC files, or folders of them")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="output file, '-' for standard output (default: the store)")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="jsonl, csv or parquet (default: from -o's suffix)")] = None,
    published: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for every input")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="processes to run")] = 1,
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default en_core_web_md)")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="folder of user actor files (wins over the packaged lexicon)")] = None,
    batch_size: Annotated[Optional[int], typer.Option(help="articles per spaCy batch")] = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar")] = True,
) -> None:
    """Code articles into events.

    Reads text, JSON Lines, CSV, HTML, RSS/Atom and WARC files, and folders of them,
    through the one reader `detente.ingest.sources.read_sources` (as `--store` does).

    Example: detente code samples/articles -o events.jsonl --jobs 2
    """
    from detente.ingest.sources import locations, read_sources
    from detente.pipeline import code_in_processes
    from detente.store.files import FORMATS, guess_format, open_writer

    if output is not None and str(output) == "-":
        output = None  # standard output
    kind = guess_format(output, fmt)
    if kind not in FORMATS:
        raise typer.BadParameter(f"unknown format {kind!r}: use {', '.join(FORMATS)}", param_hint="--format")
    failures: list[InputError] = []

    def failed(error: InputError) -> None:
        failures.append(error)
        print_error(error)

    articles = read_sources(paths, _date(published), failed)
    writer = open_writer(output, kind, sys.stdout)
    events_written = 0
    try:
        with _progress(progress and output is not None) as bar:
            task = bar.add_task("coding", total=sum(1 for _ in locations(paths)) or None)
            for _article, events in code_in_processes(articles, _settings(model, actors, batch_size), jobs):
                writer.write(events)
                events_written += len(events)
                bar.advance(task)
    except DetenteError as exc:
        print_error(exc)
        raise typer.Exit(2) from None
    finally:
        writer.close()
    if output is not None:
        err.print(f"{events_written} events written to {output}", highlight=False, markup=False)
    if failures:
        err.print(f"{len(failures)} input(s) could not be coded", highlight=False)
        raise typer.Exit(1)


def print_error(error: Exception) -> None:
    """One line `error: file:line: what is wrong`, the message printed literally
    (a lexicon line such as `[USAGOV 1701]` is not rich markup)."""
    err.print(f"[red]error[/red]: {escape(str(error))}", highlight=False)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="an article file: text (first line the title), or any form `code` reads (its first article)")],
    published: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model")] = None,
) -> None:
    """Print an article with its actors and events marked, and each event's evidence.

    Example: detente show samples/articles/russia_china_mideast_2021-08-03.txt
    """
    from detente.ingest.sources import read_sources
    from detente.interfaces.cli.show import render

    bad: list[InputError] = []
    article = next(iter(read_sources([path], _date(published), bad.append)), None)
    if article is None:
        print_error(bad[0] if bad else InputError(path, "no article found"))
        raise typer.Exit(1)
    render(article, _settings(model, None), Console())


@app.command()
def actors(
    phrase: Annotated[str, typer.Argument(help="an actor as news text names it")],
    date: Annotated[Optional[str], typer.Option(help="the day to resolve for (roles are dated): YYYY-MM-DD")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model")] = None,
    user_actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="folder of user actor files")] = None,
) -> None:
    """Print the code an actor phrase resolves to, and why.

    Example: detente actors "Israeli Defense Minister Benny Gantz" --date 2021-08-03
    """
    from detente import coder

    found = coder(_settings(model, user_actors)).explain_actor(phrase, _date(date))
    if not found:
        Console().print(f"{phrase!r}: no actor (no country, organisation, known person or agent found)", markup=False)
        raise typer.Exit(1)
    for actor in found:
        Console().print(f"[bold]{escape(actor.code)}[/bold]  {escape(actor.text)}" + (f"  ({escape(actor.name)})" if actor.name else ""))
        for why in actor.resolution:
            Console().print(f"  - {why}", highlight=False, markup=False)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD", param_hint="--published") from None


def _progress(enabled: bool) -> Progress:
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    return Progress(*columns, console=err, disable=not enabled, transient=False)


def main() -> None:
    """Entry point: a data or input error is one line naming the file and line, not a traceback."""
    try:
        app(standalone_mode=True)
    except DetenteError as exc:
        print_error(exc)
        sys.exit(2)


from detente.interfaces.cli import corpus  # noqa: E402 - corpus commands (store, analytics, export)
corpus.register(app)
from detente.interfaces.cli import web; web.register(app)  # noqa: E402,E702 - `detente serve`


if __name__ == "__main__":
    main()
