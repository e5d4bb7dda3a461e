"""Read-only access to a store folder: parameterized SELECTs over the store's DuckDB views.

Reads the Parquet parts under the store through `detente.store.connect`; writes nothing.
The connection is then locked down: DuckDB may only read files under the store folder
(`allowed_directories`, external access off, configuration locked), so no query the
app could issue reaches a path outside it. Every request gets its own cursor, because
one DuckDB connection must not be used by two threads at once.
"""
from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pyarrow as pa

from detente.store import connect
from detente.store.layout import has_parts
from detente.store.merge import MENTIONS, MERGED
from detente.store.reader import EMPTY

TABLES = {**EMPTY, "merged": MERGED, "mentions": MENTIONS}


class StoreReader:
    """A store opened for reading by the web app. `reader.rows(sql, params)`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).resolve()
        self._lock = threading.Lock()
        self._base: duckdb.DuckDBPyConnection | None = None
        self._present: frozenset[str] = frozenset()

    def present(self) -> frozenset[str]:
        """Tables that have parts on disk now (merged appears after `detente merge`)."""
        return frozenset(t for t in TABLES if has_parts(self.path, t))

    def cursor(self) -> duckdb.DuckDBPyConnection:
        present = self.present()
        with self._lock:
            if self._base is None or present != self._present:
                self._base, self._present = _open(self.path, present), present
            return self._base.cursor()

    def rows(self, sql: str, params: list[object] | None = None) -> list[dict[str, object]]:
        cursor = self.cursor().execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def one(self, sql: str, params: list[object] | None = None) -> dict[str, object] | None:
        found = self.rows(sql, params)
        return found[0] if found else None


def _open(path: Path, present: frozenset[str]) -> duckdb.DuckDBPyConnection:
    con = connect(path)
    for table, schema in TABLES.items():
        if table not in present:  # empty tables as real tables, so that cursors see them too
            con.register(f"_schema_{table}", pa.table({f.name: pa.array([], f.type) for f in schema}))
            con.execute(f"CREATE TABLE _none_{table} AS FROM _schema_{table}")
            con.execute(f"CREATE OR REPLACE VIEW {table} AS FROM _none_{table}")
    folder = f"{path}/".replace("'", "''")
    con.execute(f"SET allowed_directories = ['{folder}']")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con
