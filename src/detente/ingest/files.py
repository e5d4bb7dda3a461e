"""Articles from files: plain text (first line the title) and JSON Lines.

Reads paths (files or folders, recursively: *.txt, *.jsonl). The publication date
comes from the caller, a JSON Lines record's `published`, or a YYYY-MM-DD in the
file name. A file that cannot be read (missing, empty, binary, not UTF-8, a bad
JSON line) yields an `InputError` naming it (and the line) in place of its
articles; the other files are still read. Commands read through `sources.read_sources`,
which hands text and JSON Lines files to this module.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from detente.errors import InputError
from detente.records import Article

DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SUFFIXES = {".txt", ".text", ".jsonl", ".ndjson"}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the text and JSON Lines files inside folders named, in a stable order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_articles(paths: Iterable[Path], published: dt.date | None = None) -> Iterator[Article | InputError]:
    for path in expand(paths):
        try:
            if path.suffix.lower() in (".jsonl", ".ndjson"):
                yield from _jsonl(path, published)
            else:
                yield _text(path, published)
        except InputError as error:
            yield error


def date_from_name(path: Path) -> dt.date | None:
    match = DATE_IN_NAME.search(path.name)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise InputError(path, "empty file")
    if b"\x00" in raw[:4096]:
        raise InputError(path, "binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", line) from None


def _text(path: Path, published: dt.date | None) -> Article:
    text = _decode(path).replace("\r\n", "\n")
    lines = text.strip("\n").split("\n")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip("\n")
    if not body.strip():
        title, body = "", title
    return Article(id=path.stem, title=title, text=body, published=published or date_from_name(path), source=None, url=None)


def _jsonl(path: Path, published: dt.date | None) -> Iterator[Article | InputError]:
    """Each good line is an article; a bad line is reported and the next lines still read."""
    for number, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"bad JSON: {exc.msg}", number)
            continue
        if not isinstance(record, dict) or not str(record.get("text") or "").strip():
            yield InputError(path, "a record needs a non-empty 'text' field", number)
            continue
        try:
            yield Article(
                id=str(record.get("id") or f"{path.stem}-{number}"),
                title=str(record.get("title") or ""),
                text=str(record["text"]),
                published=record.get("published") or published,
                source=record.get("source"),
                url=record.get("url"),
            )
        except ValidationError as exc:
            yield InputError(path, f"bad field: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}", number)
