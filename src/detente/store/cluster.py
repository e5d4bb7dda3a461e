"""Coding on a Dask cluster: the same `(Article, events)` stream as `code_in_processes`.

Reads articles in chunks, sends each chunk to a Dask worker, and yields the results
in input order, so what the client writes to the store is what one process would
write. Each worker loads the spaCy pipeline once (a per-process cache), not once a
chunk. Only a bounded number of chunks is in flight, so a long stream never sits in
the client's memory.
"""
from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from detente.records import Article, Event
from detente.settings import Settings


@lru_cache(maxsize=2)
def _worker_coder(settings: Settings):
    from detente.pipeline import Coder

    return Coder(settings)


def code_chunk(articles: list[Article], settings: Settings) -> list[list[Event]]:
    """Runs on a worker: the events of each article of the chunk."""
    from detente.pipeline import to_events

    coder = _worker_coder(settings)
    return [to_events(doc, article, settings.min_confidence) for article, doc in coder.docs(articles)]


def code_on_dask(articles: Iterable[Article], settings: Settings, client, chunk: int = 32,
                 window: int = 0) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) in input order, coded by the workers of a `distributed.Client`."""
    window = window or 2 * max(1, sum(client.nthreads().values()))
    iterator = iter(articles)
    chunks = iter(lambda: list(itertools.islice(iterator, chunk)), [])
    pending: deque = deque()
    for group in chunks:
        pending.append((group, client.submit(code_chunk, group, settings, pure=False)))
        if len(pending) >= window:
            yield from _finish(pending.popleft())
    while pending:
        yield from _finish(pending.popleft())


def _finish(item) -> Iterator[tuple[Article, list[Event]]]:
    group, future = item
    results = future.result()
    future.release()
    yield from zip(group, results)


@contextmanager
def dask_client(address: str | None, local_workers: int | None = None) -> Iterator:
    """A client on the scheduler at `address`, or on a local cluster of processes closed after use."""
    from distributed import Client, LocalCluster

    if address:
        with Client(address) as client:
            yield client
        return
    with LocalCluster(n_workers=local_workers or 2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
