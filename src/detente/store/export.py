"""Exports a store's events (or merged events) to files other tools read.

Reads the store's views; writes CSV, Parquet or JSON Lines of either level, the GDELT
2.0 event table, or PLOVER/POLECAT-style JSON Lines (layouts in `formats.py`).
Rows stream from DuckDB in chunks, so an export never holds the corpus in memory.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from detente.store.formats import GDELT_QUERY, GDELT_QUERY_UNMERGED, gdelt_line, plover_line
from detente.store.layout import has_parts
from detente.store.reader import connect

EXPORTS = ("csv", "parquet", "jsonl", "gdelt", "plover")
LEVELS = ("events", "merged")
CHUNK = 5000


def export(store: Path, path: Path, fmt: str, level: str = "events") -> int:
    """Write the store's `level` table to `path` as `fmt`; returns the rows written."""
    if fmt not in EXPORTS:
        raise ValueError(f"unknown export format {fmt!r}: use {', '.join(EXPORTS)}")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use {', '.join(LEVELS)}")
    if level == "merged" and not has_parts(store, "merged"):
        raise ValueError(f"{store}: no merged events yet: run `detente merge` first")
    con = connect(store)
    if fmt in ("csv", "parquet"):
        return _copy(con, level, path, fmt)
    if fmt == "jsonl":
        return _lines(con, _plain_query(level) if level == "merged" else "SELECT record FROM events ORDER BY id",
                      path, lambda row: row["record"] + "\n" if "record" in row else _json(row))
    query = GDELT_QUERY if has_parts(store, "merged") else GDELT_QUERY_UNMERGED
    return _lines(con, query, path, gdelt_line if fmt == "gdelt" else plover_line)


def _plain_query(level: str) -> str:
    hidden = " EXCLUDE (record, batch)" if level == "events" else ""
    return f"SELECT *{hidden} FROM {level} ORDER BY id"


def _copy(con: duckdb.DuckDBPyConnection, level: str, path: Path, fmt: str) -> int:
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({_plain_query(level)}) TO '{target}' ({options})")
    return con.execute(f"SELECT count(*) FROM {level}").fetchone()[0]


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> Iterator[dict]:
    cursor = con.execute(query)
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(CHUNK):
        for values in chunk:
            yield dict(zip(names, values))


def _lines(con: duckdb.DuckDBPyConnection, query: str, path: Path, line: Callable[[dict], str]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        for row in _rows(con, query):
            out.write(line(row))
            count += 1
    return count


def _json(row: dict) -> str:
    return json.dumps(row, default=str, ensure_ascii=False) + "\n"
