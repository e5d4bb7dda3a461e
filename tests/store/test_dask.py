"""Coding on a local Dask cluster of 2 workers writes the same store as one process."""
from __future__ import annotations

import pytest

from corpus_support import generated_articles
from detente.store import Store, code_into_store
from detente.store.cluster import dask_client

ARTICLES = 400


def _content(store) -> dict[str, list[tuple]]:
    queries = {"articles": "SELECT id, title, text, published, source, url, num_events FROM articles ORDER BY id",
               "events": "SELECT id, record FROM events ORDER BY id",
               "merged": "SELECT id, event_ids, num_mentions FROM merged ORDER BY id"}
    return {name: [tuple(r.values()) for r in Store(store).query(sql)] for name, sql in queries.items()}


@pytest.mark.model
def test_dask_two_workers_equal_single_process(tmp_path, settings):
    articles = generated_articles(ARTICLES, seed=11)
    code_into_store(articles, tmp_path / "single", settings, batch=50)
    with dask_client(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        report = code_into_store(articles, tmp_path / "dask", settings, batch=50, client=client)
    assert report.coded == ARTICLES
    assert _content(tmp_path / "dask") == _content(tmp_path / "single")
