"""The store folder on disk: its tables, their Parquet schemas, and atomic part files.

A store is a folder (default `./detente-data`) with one sub-folder per table:
`articles/`, `events/`, `actors/` (written per batch by `writer.py`) and `merged/`,
`mentions/` (rebuilt by `merge.py`). Each table is a set of Parquet part files that
DuckDB, pandas, Arrow or R read as one dataset.

A part file is written under a hidden temporary name, flushed to disk, then renamed:
a reader (or a run that was killed) never sees half a file, because rename is atomic
on POSIX file systems and readers only glob names that do not start with a dot.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

DEFAULT_STORE = Path("detente-data")
BATCH_TABLES = ("events", "actors", "articles")  # articles last: its part is the batch's commit mark
DERIVED_TABLES = ("merged", "mentions")

ARTICLES = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("text", pa.string()), ("published", pa.date32()),
    ("source", pa.string()), ("url", pa.string()), ("num_events", pa.int64()), ("batch", pa.string()),
])

EVENTS = pa.schema([
    ("id", pa.string()), ("doc_id", pa.string()), ("sentence_index", pa.int64()), ("sentence_text", pa.string()),
    ("cameo", pa.string()), ("cameo_label", pa.string()), ("root", pa.string()), ("quad_class", pa.int64()),
    ("goldstein", pa.float64()), ("plover_type", pa.string()), ("plover_mode", pa.string()),
    ("date", pa.date32()), ("date_text", pa.string()), ("date_precision", pa.string()), ("published", pa.date32()),
    ("place", pa.string()),
    ("source_code", pa.string()), ("source_text", pa.string()), ("source_country", pa.string()), ("source_agent", pa.string()),
    ("target_code", pa.string()), ("target_text", pa.string()), ("target_country", pa.string()), ("target_agent", pa.string()),
    ("speaker_code", pa.string()), ("trigger", pa.string()), ("rule", pa.string()), ("confidence", pa.float64()),
    ("article_source", pa.string()), ("url", pa.string()),
    ("record", pa.string()),  # the whole Event as JSON, so readers get the typed record back
    ("batch", pa.string()),
])

ACTORS = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("role", pa.string()), ("text", pa.string()),
    ("name", pa.string()), ("code", pa.string()), ("country", pa.string()), ("agent", pa.string()),
    ("group", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("batch", pa.string()),
])

SCHEMAS = {"articles": ARTICLES, "events": EVENTS, "actors": ACTORS}


def table_dir(store: Path, table: str) -> Path:
    return Path(store) / table


def part_glob(store: Path, table: str) -> str:
    return str(table_dir(store, table) / "*.parquet")


def has_parts(store: Path, table: str) -> bool:
    folder = table_dir(store, table)
    return folder.is_dir() and any(p.suffix == ".parquet" and not p.name.startswith(".") for p in folder.iterdir())


def write_part(store: Path, table: str, name: str, data: pa.Table) -> Path:
    """Write `data` as `table/name.parquet` atomically: temp file, fsync, rename, fsync the folder."""
    folder = table_dir(store, table)
    folder.mkdir(parents=True, exist_ok=True)
    final, temp = folder / f"{name}.parquet", folder / f".{name}.parquet.tmp"
    pq.write_table(data, temp)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, final)
    _fsync_dir(folder)
    return final


def remove_part(path: Path) -> None:
    path.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """The rename itself must reach the disk, or a power cut could undo a committed batch."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def parts(store: Path, table: str) -> list[Path]:
    folder = table_dir(store, table)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))
