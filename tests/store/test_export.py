"""Exports: every format written and read back; the GDELT table has its 61 typed columns."""
from __future__ import annotations

import csv
import datetime as dt
import json

import duckdb
import pytest

from corpus_support import make_event
from detente.records import Article, Event
from detente.store import rebuild_merged
from detente.store.export import export
from detente.store.formats import GDELT_COLUMNS
from detente.store.writer import StoreWriter

DAY = dt.date(2024, 3, 5)
INTEGER_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
                   "NumSources", "NumArticles", "DATEADDED")


@pytest.fixture
def store(tmp_path):
    events = [make_event(f"d{i}", "ISR", "EGY", "042", DAY, "visited") for i in range(3)]
    events.append(make_event("d9", "EGY", None, "111", DAY, "criticized"))
    with StoreWriter(tmp_path / "store") as writer:
        writer.write([(Article(id=e.doc_id, text="x", url=f"https://n.example/{e.doc_id}"), [e]) for e in events])
    rebuild_merged(tmp_path / "store")
    return tmp_path / "store"


def test_gdelt_has_61_columns_with_gdelt_types(store, tmp_path):
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    out = tmp_path / "events.gdelt.tsv"
    assert export(store, out, "gdelt") == 4
    rows = list(csv.reader(out.open(), delimiter="\t"))
    assert {len(r) for r in rows} == {61}
    table = duckdb.read_csv(str(out), delimiter="\t", header=False, names=list(GDELT_COLUMNS), all_varchar=False)
    types = dict(zip(table.columns, (str(t) for t in table.types)))
    assert all(types[c] == "BIGINT" for c in INTEGER_COLUMNS), types
    assert types["GoldsteinScale"] == "DOUBLE" and types["EventCode"] in ("VARCHAR", "BIGINT")
    visit = next(r for r in rows if r[GDELT_COLUMNS.index("Actor1Code")] == "ISR")
    row = dict(zip(GDELT_COLUMNS, visit))
    assert (row["EventCode"], row["EventRootCode"], row["NumMentions"], row["NumArticles"]) == ("042", "04", "3", "3")
    assert row["SQLDATE"] == "20240305" and row["SOURCEURL"].startswith("https://n.example/")
    assert row["AvgTone"] == "" and row["ActionGeo_Lat"] == ""


def test_plain_formats_read_back(store, tmp_path):
    export(store, tmp_path / "e.csv", "csv")
    export(store, tmp_path / "e.parquet", "parquet")
    export(store, tmp_path / "m.parquet", "parquet", level="merged")
    export(store, tmp_path / "e.jsonl", "jsonl")
    assert len(list(csv.DictReader((tmp_path / "e.csv").open()))) == 4
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchall()[0][0] == 4
    assert duckdb.sql(f"SELECT max(num_mentions) FROM '{tmp_path / 'm.parquet'}'").fetchall()[0][0] == 3
    events = [Event.model_validate_json(line) for line in (tmp_path / "e.jsonl").open()]
    assert {e.doc_id for e in events} == {"d0", "d1", "d2", "d9"}


def test_plover_json(store, tmp_path):
    export(store, tmp_path / "p.jsonl", "plover")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").open()]
    first = next(r for r in records if r["source_country"] == "ISR")
    assert first["event_date"] == "2024-03-05" and first["target_country"] == "EGY" and first["num_mentions"] == 3
