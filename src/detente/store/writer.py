"""Writes coded articles into a store, one atomic batch of part files at a time.

Reads `(Article, list[Event])` pairs; writes `events/`, `actors/` and `articles/`
parts (see `layout.py`). The articles part is written last and is the batch's
commit mark: a batch whose articles part is missing (a run killed mid-batch) is
rolled back when the next writer opens the store, so its articles are coded again,
once. Articles already stored (by id) are skipped, which makes a rerun a no-op and
a killed run resumable. One writer at a time: a lock file guards the folder.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from detente.records import Article, Event
from detente.store.layout import ACTORS, ARTICLES, BATCH_TABLES, EVENTS, parts, remove_part, write_part


class StoreLocked(RuntimeError):
    """Another writer holds the store."""


class StoreWriter:
    """Open with `with StoreWriter(path) as writer:`; then `fresh()` and `write()`."""

    def __init__(self, store: Path) -> None:
        self.store = Path(store)
        self.known: set[str] = set()
        self._lock: int | None = None

    def __enter__(self) -> StoreWriter:
        self.store.mkdir(parents=True, exist_ok=True)
        self._lock = os.open(self.store / ".lock", os.O_CREAT | os.O_RDWR)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreLocked(f"{self.store}: another detente run is writing this store") from None
        self.known = roll_back_uncommitted(self.store)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing releases the flock, also when the process is killed
            self._lock = None

    def fresh(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles not yet stored, each id once (a repeated id in the input is coded once)."""
        for article in articles:
            if article.id not in self.known:
                self.known.add(article.id)
                yield article

    def write(self, batch: list[tuple[Article, list[Event]]]) -> str | None:
        """Store one batch atomically; returns its name (None for an empty batch)."""
        if not batch:
            return None
        name = batch_name(a.id for a, _ in batch)
        write_part(self.store, "events", name, events_table(batch, name))
        write_part(self.store, "actors", name, actors_table(batch, name))
        write_part(self.store, "articles", name, articles_table(batch, name))
        return name


def batch_name(ids: Iterable[str]) -> str:
    """Named by its articles, so the same batch coded twice lands in the same file name."""
    return "b-" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:20]


def roll_back_uncommitted(store: Path) -> set[str]:
    """Delete parts of batches that never got their articles part; return stored article ids."""
    committed = {p.stem for p in parts(store, "articles")}
    for table in BATCH_TABLES[:-1]:
        for path in parts(store, table):
            if path.stem not in committed:
                remove_part(path)
    for table in BATCH_TABLES:
        for temp in (store / table).glob(".*.tmp") if (store / table).is_dir() else []:
            remove_part(temp)
    return stored_ids(store)


def stored_ids(store: Path) -> set[str]:
    ids: set[str] = set()
    for path in parts(store, "articles"):
        ids.update(pq.read_table(path, columns=["id"]).column("id").to_pylist())
    return ids


def articles_table(batch: list[tuple[Article, list[Event]]], name: str) -> pa.Table:
    rows = [{**a.model_dump(), "num_events": len(events), "batch": name} for a, events in batch]
    return pa.Table.from_pylist(rows, schema=ARTICLES)


def events_table(batch: list[tuple[Article, list[Event]]], name: str) -> pa.Table:
    rows = [event_row(e, a, name) for a, events in batch for e in events]
    return pa.Table.from_pylist(rows, schema=EVENTS)


def event_row(event: Event, article: Article, name: str) -> dict[str, object]:
    row = event.flat()
    row.update(date=event.date, published=event.published, article_source=article.source, url=article.url)
    row.update(record=event.model_dump_json(), batch=name)
    return row


def actors_table(batch: list[tuple[Article, list[Event]]], name: str) -> pa.Table:
    rows = []
    for _article, events in batch:
        for event in events:
            for role in ("source", "target", "speaker"):
                actor = getattr(event, role)
                if actor is not None:
                    rows.append({**actor.model_dump(exclude={"resolution"}), "event_id": event.id,
                                 "doc_id": event.doc_id, "role": role, "batch": name})
    return pa.Table.from_pylist(rows, schema=ACTORS)
