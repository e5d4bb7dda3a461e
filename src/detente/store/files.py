"""Event files: JSON Lines (nested records), CSV and Parquet (flat rows).

Reads `Event` records; writes them as they come, so a long run keeps what it has
coded. JSON Lines lines are flushed per batch; Parquet is written in row groups.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from detente.records import Event

FORMATS = ("jsonl", "csv", "parquet")
INTEGERS = {"sentence_index", "quad_class"}
FLOATS = {"goldstein", "confidence"}


def flat_schema(row: dict[str, object]) -> pa.Schema:
    """Columns typed by name, not by the first values seen (which may all be empty)."""
    def kind(name: str) -> pa.DataType:
        return pa.int64() if name in INTEGERS else pa.float64() if name in FLOATS else pa.string()
    return pa.schema([(name, kind(name)) for name in row])


class EventWriter(Protocol):
    def write(self, events: list[Event]) -> None: ...
    def close(self) -> None: ...


def guess_format(path: Path | None, explicit: str | None) -> str:
    if explicit:
        return explicit
    suffix = path.suffix.lower().lstrip(".") if path else ""
    return {"csv": "csv", "parquet": "parquet", "pq": "parquet"}.get(suffix, "jsonl")


def open_writer(path: Path | None, fmt: str, stdout: IO[str]) -> EventWriter:
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet needs an output file: -o events.parquet")
        return ParquetWriter(path)
    stream = path.open("w", encoding="utf-8", newline="") if path else stdout
    return CsvWriter(stream, own=path is not None) if fmt == "csv" else JsonlWriter(stream, own=path is not None)


class JsonlWriter:
    def __init__(self, stream: IO[str], own: bool) -> None:
        self.stream, self.own = stream, own

    def write(self, events: list[Event]) -> None:
        for event in events:
            self.stream.write(event.model_dump_json() + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.own:
            self.stream.close()


class CsvWriter:
    def __init__(self, stream: IO[str], own: bool) -> None:
        self.stream, self.own = stream, own
        self.writer: csv.DictWriter | None = None

    def write(self, events: list[Event]) -> None:
        for event in events:
            row = {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in event.flat().items()}
            if self.writer is None:
                self.writer = csv.DictWriter(self.stream, fieldnames=list(row))
                self.writer.writeheader()
            self.writer.writerow(row)
        self.stream.flush()

    def close(self) -> None:
        if self.own:
            self.stream.close()


class ParquetWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer: pq.ParquetWriter | None = None
        self.schema: pa.Schema | None = None

    def write(self, events: list[Event]) -> None:
        if not events:
            return
        rows = [{k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in e.flat().items()} for e in events]
        if self.writer is None:
            self.schema = flat_schema(rows[0])
            self.writer = pq.ParquetWriter(self.path, self.schema)
        table = pa.Table.from_pylist(rows, schema=self.schema)
        self.writer.write_table(table)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        else:  # no events: still leave a readable, empty file
            pq.write_table(pa.table({"id": pa.array([], pa.string())}), self.path)
