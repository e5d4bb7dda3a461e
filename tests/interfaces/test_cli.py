"""The `detente` command as a user runs it: real processes, real files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from detente.interfaces.cli.main import app
from tests.conftest import ROOT

DETENTE = [sys.executable, "-m", "detente.interfaces.cli.main"]
SEED = ROOT / "samples" / "articles" / "russia_china_mideast_2021-08-03.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "250"}  # a wide terminal, so table cells do not wrap
    return subprocess.run([*DETENTE, *args], capture_output=True, text=True, cwd=cwd, timeout=300, env=env)


def test_every_command_is_documented_with_an_example():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert command.callback.__doc__, f"`detente {name}` has no help text"
        assert "Example:" in command.callback.__doc__, f"`detente {name}` has no Example: in its help"


@pytest.mark.model
def test_bad_inputs_are_named_and_the_rest_is_coded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good_2023-03-21.txt").write_text("Police disperse protesters\n\nKenyan police dispersed protesters in Nairobi on Monday.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (folder / "latin1.txt").write_bytes("Title\n\nLe ministre fran\xe7ais a rencontr\xe9 son homologue.\n".encode("latin-1"))
    (folder / "bad.jsonl").write_text('{"id": "a", "text": "Egypt criticized Israel on Sunday.", "published": "2021-08-03"}\n{broken\n')
    out = tmp_path / "events.jsonl"
    result = run("code", str(folder), "-o", str(out), "--no-progress")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("latin1.txt:3: not UTF-8" in e for e in errors)
    assert any("bad.jsonl:2: bad JSON" in e for e in errors)
    events = [json.loads(line) for line in out.read_text().splitlines()]
    coded = {e["doc_id"] for e in events}
    assert coded == {"good_2023-03-21", "a"}
    police = next(e for e in events if e["doc_id"] == "good_2023-03-21")
    assert (police["source"]["code"], police["target"]["code"], police["date"]) == ("KENCOP", "KENCVL", "2023-03-20")


@pytest.mark.model
def test_code_writes_csv_and_parquet_and_defaults_to_the_store(tmp_path):
    import pyarrow.parquet as pq

    assert run("code", str(SEED), "-o", str(tmp_path / "e.csv"), "--no-progress").returncode == 0
    header = (tmp_path / "e.csv").read_text().splitlines()[0].split(",")
    assert {"source_code", "target_code", "cameo", "goldstein", "quad_class", "plover_type", "rule"} <= set(header)
    assert run("code", str(SEED), "-o", str(tmp_path / "e.parquet"), "--no-progress").returncode == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len((tmp_path / "e.csv").read_text().splitlines()) - 1 > 20
    assert run("code", str(SEED), cwd=tmp_path).returncode == 0
    assert list((tmp_path / "detente-data" / "events").glob("*.parquet"))


@pytest.mark.model
def test_show_marks_events_and_actors_explains(tmp_path):
    shown = run("show", str(SEED))
    assert shown.returncode == 0 and "041 Discuss by telephone" in shown.stdout and "trigger: call" in shown.stdout
    explained = run("actors", "Israeli Defense Minister Benny Gantz", "--date", "2021-08-03")
    assert explained.returncode == 0 and explained.stdout.startswith("ISRGOV")
    assert "in force on 2021-08-03" in explained.stdout


def test_a_bad_lexicon_line_is_one_line_naming_file_and_line(tmp_path):
    (tmp_path / "agents.tsv").write_text("term\tagent\tnote\nsoldier\tMILITARY\t\n")
    result = run("actors", "a soldier", "--actors", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {tmp_path / 'agents.tsv'}:2: bad actor code")
