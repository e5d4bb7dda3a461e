"""One reader for every input form: picks the reader by suffix (or URL) and streams articles.

`read_sources` is the one ingest path: `detente code -o FILE`, `detente code --store
DIR` and `detente show` all read through it, so a folder gives the same articles
whichever way it is coded.

Reads paths and URLs: text files and folders (`files.py`), HTML, RSS/Atom and WARC
(`web.py`), CSV and JSON Lines with field-name options (`tables.py`). Writes
`Article` records; each input that cannot be read is passed to `on_error` and the
others are still read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from detente.errors import InputError
from detente.ingest import files, tables, web
from detente.records import Article

HTML = {".html", ".htm", ".xhtml"}
FEEDS = {".rss", ".atom", ".xml"}
WARC = (".warc", ".warc.gz")
SUFFIXES = files.SUFFIXES | HTML | FEEDS | {".csv", ".warc"}  # and .warc.gz: see `_known`


def read_sources(paths: Iterable[Path | str], published: dt.date | None = None,
                 on_error: Callable[[InputError], None] | None = None,
                 fields: tables.Fields | None = None) -> Iterator[Article]:
    """Articles from every path or URL, in a stable order; errors go to `on_error`."""
    for item in _items(paths, published, fields):
        if isinstance(item, InputError):
            if on_error:
                on_error(item)
        else:
            yield item


def _items(paths: Iterable[Path | str], published: dt.date | None, fields: tables.Fields | None) -> Iterator[Article | InputError]:
    for location in locations(paths):
        try:
            yield from _read(location, published, fields)
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(location, f"cannot read: {exc}")


def _read(location: Path | str, published: dt.date | None, fields: tables.Fields | None) -> Iterator[Article | InputError]:
    if isinstance(location, str):  # a URL: only feeds are fetched, pages come through WARC or files
        return web.read_feed(location, published)
    name = location.name.lower()
    if name.endswith(WARC):
        return web.read_warc(location, published)
    if location.suffix.lower() in HTML:
        return web.read_html(location, published)
    if location.suffix.lower() in FEEDS:
        return web.read_feed(str(location), published)
    if location.suffix.lower() == ".csv" or (fields and location.suffix.lower() in (".jsonl", ".ndjson")):
        return tables.read_table(location, fields or tables.Fields(), published)
    return files.read_articles([location], published)


def locations(paths: Iterable[Path | str]) -> Iterator[Path | str]:
    """The files and URLs `read_sources` reads: those named, and the known kinds inside folders."""
    for path in paths:
        if isinstance(path, str) and path.startswith(("http://", "https://")):
            yield path
        elif Path(path).is_dir():
            yield from sorted(p for p in Path(path).rglob("*") if p.is_file() and _known(p))
        else:
            yield Path(path)


def _known(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or path.name.lower().endswith(WARC)
