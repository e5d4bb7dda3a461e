"""The store: what is written is read back, reruns change nothing, half-written batches roll back."""
from __future__ import annotations

import pyarrow as pa
import pytest

from corpus_support import generated_articles
from detente.store import Store, code_into_store
from detente.store.layout import parts, write_part
from detente.store.writer import StoreLocked, StoreWriter


def test_empty_store_answers_queries(tmp_path):
    assert Store(tmp_path / "nothing").counts() == {"articles": 0, "events": 0, "actors": 0}


def test_uncommitted_batch_is_invisible_then_rolled_back(tmp_path):
    store = tmp_path / "store"
    stray = write_part(store, "events", "b-stray", pa.table({"id": ["x"], "batch": ["b-stray"]}))
    assert Store(store).query("SELECT count(*) AS n FROM events")[0]["n"] == 0  # readers skip it
    with StoreWriter(store):
        assert not stray.exists()


def test_one_writer_at_a_time(tmp_path):
    with StoreWriter(tmp_path):
        with pytest.raises(StoreLocked), StoreWriter(tmp_path):
            pass


@pytest.mark.model
def test_records_round_trip_and_rerun_changes_nothing(tmp_path, settings):
    articles = generated_articles(40)
    first = code_into_store(articles, tmp_path, settings, batch=16)
    files = {p: p.stat().st_mtime_ns for t in ("articles", "events", "actors", "merged") for p in parts(tmp_path, t)}
    again = code_into_store(articles + articles[:5], tmp_path, settings, batch=16)
    assert (first.coded, again.coded, again.skipped) == (40, 0, 45)
    assert {p: p.stat().st_mtime_ns for p in files} == files
    store = Store(tmp_path)
    assert [a.id for a in store.articles()] == sorted(a.id for a in articles)
    events = store.events()
    assert len(events) == first.events and events[0].evidence.triggers
    assert store.counts()["actors"] == sum(1 + (e.target is not None) + (e.speaker is not None) for e in events)


@pytest.mark.model
def test_reader_sees_whole_batches_while_a_run_writes(tmp_path, settings):
    seen: list[int] = []

    def read(report):
        counts = Store(tmp_path).query("SELECT (SELECT count(*) FROM articles) AS a, "
                                       "(SELECT sum(num_events) FROM articles) AS e, (SELECT count(*) FROM events) AS n")[0]
        assert counts["e"] == counts["n"]
        seen.append(counts["a"])

    code_into_store(generated_articles(60), tmp_path, settings, batch=20, progress=read)
    assert seen == [20, 40, 60]
