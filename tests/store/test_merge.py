"""Merging: one event reported in different words by several articles becomes one merged event."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus_support import make_event
from detente.records import Article
from detente.store import Store, code_into_store, rebuild_merged
from detente.store.merge import cluster_events
from detente.store.writer import StoreWriter

DAY = dt.date(2024, 3, 5)


def _row(event):
    return {"id": event.id, "doc_id": event.doc_id, "sentence_index": event.sentence_index,
            "source_code": event.source.code, "target_code": event.target.code if event.target else "",
            "root": event.root, "cameo": event.cameo, "quad_class": event.quad_class, "goldstein": event.goldstein,
            "day": event.date, "trigger": event.evidence.triggers[0].text, "article_source": None}


def test_same_dyad_root_near_dates_similar_trigger_merge():
    same = [make_event("a1", "RUS", "UKR", "190", DAY, "attacked"),
            make_event("a2", "RUS", "UKR", "190", DAY + dt.timedelta(days=1), "attack"),
            make_event("a3", "RUS", "UKR", "193", DAY, "attacking")]
    apart = [make_event("a4", "RUS", "UKR", "190", DAY + dt.timedelta(days=9), "attacked"),  # a week later
             make_event("a5", "UKR", "RUS", "190", DAY, "attacked"),  # the other direction
             make_event("a6", "RUS", "UKR", "111", DAY, "criticized")]  # another root
    clusters = cluster_events([_row(e) for e in same + apart])
    assert sorted(len(c.rows) for c in clusters) == [1, 1, 1, 3]


def _store_events(store, events):
    with StoreWriter(store) as writer:
        writer.write([(Article(id=e.doc_id, text="x", source=f"outlet-{e.doc_id}"), [e]) for e in events])


def test_both_levels_queryable(tmp_path):
    events = [make_event(f"d{i}", "ISR", "EGY", "042", DAY, "visited", sentence=i) for i in range(3)]
    _store_events(tmp_path, events + [make_event("d9", "EGY", "ISR", "111", DAY, "criticized")])
    assert rebuild_merged(tmp_path) == 2
    store = Store(tmp_path)
    top = store.query("SELECT * FROM merged ORDER BY num_mentions DESC")[0]
    assert (top["num_mentions"], top["num_articles"], top["num_sources"]) == (3, 3, 3)
    assert top["sentences"] == ["d0#0", "d1#1", "d2#2"]
    joined = store.query("SELECT e.doc_id FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.merged_id = ?",
                         [top["id"]])
    assert sorted(r["doc_id"] for r in joined) == ["d0", "d1", "d2"]


REPORTS = [
    "Russia attacked Japan on Monday, officials said.",
    "Russia attacked Japan on Monday in a surprise move.",
    "On Monday, Russia attacked Japan, according to witnesses.",
]


@pytest.mark.model
def test_articles_in_different_words_give_one_event(tmp_path, settings):
    published = dt.date(2023, 5, 3)
    articles = [Article(id=f"r{i}", text=t, published=published, source=f"s{i}") for i, t in enumerate(REPORTS)]
    articles.append(Article(id="other", text="China praised Kenya on Monday.", published=published))
    code_into_store(articles, tmp_path, settings)
    merged = Store(tmp_path).query("SELECT source_code, target_code, num_articles, doc_ids FROM merged ORDER BY 1")
    assert [(m["source_code"], m["target_code"], m["doc_ids"]) for m in merged] == [
        ("CHN", "KEN", ["other"]), ("RUS", "JPN", ["r0", "r1", "r2"])]
