"""Merges the same event reported many times into one event with its mentions.

Reads the store's `events` view; writes `merged/` (one row per merged event, with
GDELT's NumMentions, NumSources and NumArticles, and the event ids, articles and
sentences behind it) and `mentions/` (one row per event: which merged event it
belongs to). Both levels stay queryable: `events` is never changed.

Two events are the same when they share the dyad (source and target codes) and the
CAMEO root, happened within a day of each other, and their triggers are similar (the
same CAMEO code, or trigger words that share a stem). The day of slack is there
because reports date an event differently ("on Tuesday" written after midnight UTC).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import pyarrow as pa

from detente.store.layout import write_part

WINDOW = dt.timedelta(days=1)
SUFFIXES = ("ing", "ed", "es", "s", "e")

MERGED = pa.schema([
    ("id", pa.string()), ("source_code", pa.string()), ("target_code", pa.string()), ("root", pa.string()),
    ("cameo", pa.string()), ("quad_class", pa.int64()), ("goldstein", pa.float64()),
    ("date", pa.date32()), ("date_end", pa.date32()),
    ("num_mentions", pa.int64()), ("num_sources", pa.int64()), ("num_articles", pa.int64()),
    ("event_ids", pa.list_(pa.string())), ("doc_ids", pa.list_(pa.string())),
    ("sentences", pa.list_(pa.string())), ("triggers", pa.list_(pa.string())),
])
MENTIONS = pa.schema([
    ("merged_id", pa.string()), ("event_id", pa.string()), ("doc_id", pa.string()),
    ("sentence_index", pa.int64()), ("date", pa.date32()), ("trigger", pa.string()),
])
COLUMNS = ("id, doc_id, sentence_index, source_code, coalesce(target_code, '') AS target_code, root, cameo, "
           "quad_class, goldstein, coalesce(date, published) AS day, lower(trigger) AS trigger, article_source")


@dataclass
class Cluster:
    rows: list[dict] = field(default_factory=list)

    def accepts(self, row: dict) -> bool:
        if not _near(self.rows[-1]["day"], row["day"]):
            return False
        return any(similar(r, row) for r in self.rows)


def similar(a: dict, b: dict) -> bool:
    if a["cameo"] == b["cameo"]:
        return True
    left, right = stem(a["trigger"]), stem(b["trigger"])
    return left[:4] == right[:4] or SequenceMatcher(None, left, right).ratio() >= 0.75


def stem(trigger: str | None) -> str:
    word = (trigger or "").split()[0] if (trigger or "").split() else ""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(b - a) <= WINDOW


def cluster_events(rows: list[dict]) -> list[Cluster]:
    """Group rows by dyad and root, then walk each group in date order joining near, similar events."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["source_code"], row["target_code"], row["root"])].append(row)
    clusters: list[Cluster] = []
    for key in sorted(groups):
        open_clusters: list[Cluster] = []
        for row in sorted(groups[key], key=lambda r: (r["day"] or dt.date.min, r["id"])):
            home = next((c for c in reversed(open_clusters) if c.accepts(row)), None)
            if home is None:
                home = Cluster()
                open_clusters.append(home)
                clusters.append(home)
            home.rows.append(row)
    return clusters


def merged_row(cluster: Cluster) -> dict:
    rows = cluster.rows
    first = rows[0]
    days = [r["day"] for r in rows if r["day"] is not None]
    scores = [r["goldstein"] for r in rows if r["goldstein"] is not None]
    return {
        "id": "m-" + hashlib.sha1(first["id"].encode()).hexdigest()[:18],
        "source_code": first["source_code"], "target_code": first["target_code"] or None, "root": first["root"],
        "cameo": Counter(r["cameo"] for r in rows).most_common(1)[0][0], "quad_class": first["quad_class"],
        "goldstein": sum(scores) / len(scores) if scores else None,
        "date": min(days) if days else None, "date_end": max(days) if days else None,
        "num_mentions": len(rows), "num_sources": len({r["article_source"] or r["doc_id"] for r in rows}),
        "num_articles": len({r["doc_id"] for r in rows}),
        "event_ids": [r["id"] for r in rows], "doc_ids": sorted({r["doc_id"] for r in rows}),
        "sentences": [f"{r['doc_id']}#{r['sentence_index']}" for r in rows],
        "triggers": sorted({r["trigger"] for r in rows if r["trigger"]}),
    }


def rebuild_merged(store: Path) -> int:
    """Recompute `merged/` and `mentions/` from all stored events; returns the merged count."""
    from detente.store.reader import connect

    cursor = connect(store).execute(f"SELECT {COLUMNS} FROM events")
    names = [d[0] for d in cursor.description]
    clusters = cluster_events([dict(zip(names, row)) for row in cursor.fetchall()])
    merged = [merged_row(c) for c in clusters]
    mentions = [{"merged_id": m["id"], "event_id": r["id"], "doc_id": r["doc_id"], "sentence_index": r["sentence_index"],
                 "date": r["day"], "trigger": r["trigger"]} for m, c in zip(merged, clusters) for r in c.rows]
    write_part(store, "mentions", "all", pa.Table.from_pylist(mentions, schema=MENTIONS))
    write_part(store, "merged", "all", pa.Table.from_pylist(merged, schema=MERGED))
    return len(merged)
