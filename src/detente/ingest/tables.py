"""Articles from tables: CSV and JSON Lines whose field names are given by options.

Reads a CSV file (header row) or JSON Lines file; `Fields` says which field holds the
id, title, text, published date, url and source. Writes `Article` records; a row with
no text or a bad date yields an `InputError` naming the file and line.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from detente.errors import InputError
from detente.records import Article


class Fields(BaseModel):
    """Field names in the input; the defaults are detente's own."""

    model_config = ConfigDict(frozen=True)
    id: str = "id"
    title: str = "title"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    source: str = "source"


def read_table(path: Path, fields: Fields, published: dt.date | None) -> Iterator[Article | InputError]:
    rows = _csv_rows(path) if path.suffix.lower() == ".csv" else _json_rows(path)
    for line, row in rows:
        if isinstance(row, InputError):
            yield row
        else:
            yield _article(path, line, row, fields, published)


def _csv_rows(path: Path) -> Iterator[tuple[int, dict | InputError]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, row


def _json_rows(path: Path) -> Iterator[tuple[int, dict | InputError]]:
    with open(path, encoding="utf-8-sig") as handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                yield line, json.loads(text)
            except json.JSONDecodeError as exc:
                yield line, InputError(path, f"bad JSON: {exc.msg}", line)


def _article(path: Path, line: int, row: dict, fields: Fields, published: dt.date | None) -> Article | InputError:
    text = str(row.get(fields.text) or "").strip()
    if not text:
        return InputError(path, f"no text in field {fields.text!r}", line)
    day = row.get(fields.published) or None
    try:
        return Article(id=str(row.get(fields.id) or f"{path.stem}-{line}"), title=str(row.get(fields.title) or ""),
                       text=text, published=str(day)[:10] if day else published, url=row.get(fields.url) or None,
                       source=row.get(fields.source) or None)
    except ValidationError as exc:
        return InputError(path, f"bad field: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}", line)
