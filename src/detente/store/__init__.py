"""The store: articles, events and actors as Parquet datasets, read through DuckDB.

    >>> from detente.store import Store, code_into_store
    >>> report = code_into_store(articles, "detente-data")
    >>> Store("detente-data").query("SELECT cameo, count(*) AS n FROM events GROUP BY cameo")
"""
from __future__ import annotations

from detente.store.layout import DEFAULT_STORE
from detente.store.merge import rebuild_merged
from detente.store.reader import Store, connect
from detente.store.runner import RunReport, code_into_store

__all__ = ["DEFAULT_STORE", "RunReport", "Store", "code_into_store", "connect", "rebuild_merged"]
