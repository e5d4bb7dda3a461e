"""Codes a stream of articles into a store: skip what is stored, code, write per batch.

Reads `Article` records (from any ingest reader); writes the store through
`StoreWriter`, then rebuilds the merged events. Coding runs in this process, in
`jobs` processes (`pipeline.code_in_processes`), or on a Dask cluster (`cluster.py`).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel

from detente.records import Article, Event
from detente.settings import Settings
from detente.store.merge import rebuild_merged
from detente.store.writer import StoreWriter

# Big enough that part files stay few (a 20,000-article run makes 80 of each table),
# small enough that a kill loses at most a minute or so of one process's work.
BATCH = 250


class RunReport(BaseModel):
    seen: int = 0
    skipped: int = 0
    coded: int = 0
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    merged: int | None = None

    @property
    def rate(self) -> float:
        """Articles coded per second."""
        return self.coded / self.seconds if self.seconds else 0.0


Progress = Callable[[RunReport], None]


def code_into_store(articles: Iterable[Article], store: Path, settings: Settings | None = None, *, jobs: int = 1,
                    client=None, batch: int = BATCH, merge: bool = True, progress: Progress | None = None) -> RunReport:
    """Code the articles not yet in `store` and write them there; safe to stop and rerun.

    client: a `distributed.Client` to code on a Dask cluster instead of local processes.
    """
    settings = settings or Settings()
    report, started = RunReport(), time.perf_counter()
    with StoreWriter(store) as writer:
        fresh = writer.fresh(_counted(articles, report))
        for group in _batches(_coded(fresh, settings, jobs, client), batch):
            writer.write(group)
            report.batches += 1
            report.coded += len(group)
            report.events += sum(len(events) for _, events in group)
            report.seconds = time.perf_counter() - started
            if progress:
                progress(report)
        report.skipped = report.seen - report.coded
        if merge and (report.coded or not (Path(store) / "merged").is_dir()):
            report.merged = rebuild_merged(Path(store))
    report.seconds = time.perf_counter() - started
    return report


def _coded(articles: Iterable[Article], settings: Settings, jobs: int, client) -> Iterator[tuple[Article, list[Event]]]:
    if client is not None:
        from detente.store.cluster import code_on_dask

        return code_on_dask(articles, settings, client)
    from detente.pipeline import code_in_processes

    return code_in_processes(articles, settings, jobs)


def _counted(articles: Iterable[Article], report: RunReport) -> Iterator[Article]:
    for article in articles:
        report.seen += 1
        yield article


def _batches(pairs: Iterable[tuple[Article, list[Event]]], size: int) -> Iterator[list[tuple[Article, list[Event]]]]:
    group: list[tuple[Article, list[Event]]] = []
    for pair in pairs:
        group.append(pair)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group
