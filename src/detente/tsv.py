"""The one reader of detente's data files: tab-separated, one header, `#` comments.

Every loader of lexicons and ontology tables goes through `read_rows`, so each bad
line anywhere is reported the same way: `file:line: what is wrong`.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from detente.errors import LexiconError


def read_rows(path: Path, header: tuple[str, ...], *, min_fields: int | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data line; the header must match `header`.

    Trailing empty fields may be left off down to `min_fields` columns.
    """
    need = len(header) if min_fields is None else min_fields
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    seen_header = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if not seen_header:
            if tuple(f.strip() for f in fields) != header:
                raise LexiconError(path, number, f"header should be {'<TAB>'.join(header)!r}, found {line!r}")
            seen_header = True
            continue
        if not need <= len(fields) <= len(header):
            raise LexiconError(path, number, f"expected {len(header)} tab-separated fields, found {len(fields)}")
        fields += [""] * (len(header) - len(fields))
        yield number, {key: value.strip() for key, value in zip(header, fields)}
    if not seen_header:
        raise LexiconError(path, 1, "empty file: no header row")


def split_multi(value: str) -> list[str]:
    """A multi-valued cell: `a|b|c`."""
    return [part.strip() for part in value.split("|") if part.strip()]
