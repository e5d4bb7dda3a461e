"""Reads a store through DuckDB: one view per table, typed records back on request.

Views: `articles`, `events`, `actors` (committed batches only: a part whose batch
has no articles part yet is a batch being written, and is left out), and, once
`detente merge` (or a coding run) has built them, `merged` and `mentions`. Any
other tool can read the same Parquet files directly: `store/events/*.parquet`.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from detente.records import Article, Event
from detente.store.layout import ACTORS, ARTICLES, EVENTS, has_parts, part_glob

EMPTY = {"articles": ARTICLES, "events": EVENTS, "actors": ACTORS}


def connect(store: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the store's tables as views (re-globbed on every query)."""
    con = duckdb.connect()
    _view(con, store, "articles", "")
    committed = "WHERE batch IN (SELECT batch FROM articles)"
    _view(con, store, "events", committed)
    _view(con, store, "actors", committed)
    for table in ("merged", "mentions"):
        if has_parts(store, table):
            _view(con, store, table, "")
    return con


def _view(con: duckdb.DuckDBPyConnection, store: Path, table: str, where: str) -> None:
    if has_parts(store, table):
        source = f"read_parquet('{_quote(part_glob(store, table))}', union_by_name = true)"
    else:  # an empty store still answers queries, with the right columns
        con.register(f"_empty_{table}", pa.table({f.name: pa.array([], f.type) for f in EMPTY[table]}))
        source = f"_empty_{table}"
    con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source} {where}")


def _quote(path: str) -> str:
    return path.replace("'", "''")


class Store:
    """A store folder, for reading. `Store("detente-data").events()`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def connect(self) -> duckdb.DuckDBPyConnection:
        return connect(self.path)

    def query(self, sql: str, params: list[object] | None = None) -> list[dict[str, object]]:
        """Rows of a SQL query over the views, as dicts."""
        cursor = self.connect().execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def events(self, where: str = "TRUE", params: list[object] | None = None) -> list[Event]:
        """Stored events as records, in a stable order (by id)."""
        rows = self.query(f"SELECT record FROM events WHERE {where} ORDER BY id", params)
        return [Event.model_validate_json(r["record"]) for r in rows]

    def articles(self) -> list[Article]:
        rows = self.query("SELECT id, title, text, published, source, url FROM articles ORDER BY id")
        return [Article(**row) for row in rows]

    def counts(self) -> dict[str, int]:
        con = self.connect()
        tables = ["articles", "events", "actors"] + [t for t in ("merged",) if has_parts(self.path, t)]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
