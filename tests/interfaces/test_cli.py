"""The `detente` command as a user runs it: real processes, real files."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.interfaces.cli.main import app
from detente.records import Event
from detente.store import Store
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


def test_a_petrarch_error_prints_its_text_literally(tmp_path):
    """`[USAGOV 1701]` and `[/x]` are the file's text, not rich markup to interpret."""
    (tmp_path / "Team.actors.txt").write_text("SOMEONE_\n\t[/x 1701]\n")
    result = run("actors", "someone", "--actors", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {tmp_path / 'Team.actors.txt'}:2: bad code tag [/x 1701]: ")


# One folder with every input form; each file holds one political event the model codes.
PARAGRAPH = ("Egyptian Foreign Minister Sameh Shoukry met his Turkish counterpart in Cairo on Saturday, "
             "and the two ministers agreed to restore full diplomatic relations after a decade of tension. ")
PAGE = f"""<html><head><title>Egypt and Turkey restore ties</title>
<meta property="article:published_time" content="2023-03-18T10:00:00Z"><meta property="og:site_name" content="Nile Wire">
</head><body><nav>Home | World | Sport</nav><article><h1>Egypt and Turkey restore ties</h1>
<p>{PARAGRAPH * 2}</p><p>Kenyan police fired tear gas at opposition protesters in Nairobi on Monday. {PARAGRAPH}</p>
</article><footer>Copyright</footer></body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>World Desk</title><link>https://desk.example</link>
<item><title>Israel criticized</title><link>https://desk.example/1</link><guid>https://desk.example/1</guid>
<pubDate>Sun, 19 Mar 2023 10:00:00 GMT</pubDate><description>Egypt criticized Israel on Sunday over the raid.</description>
</item></channel></rss>"""


def every_input_form(folder: Path) -> Path:
    folder.mkdir()
    (folder / "police_2023-03-21.txt").write_text("Police disperse protesters\n\nKenyan police dispersed protesters in Nairobi on Monday.\n")
    (folder / "wire.jsonl").write_text(json.dumps({"id": "j1", "text": "Russia accused Ukraine of shelling Donetsk on Friday.",
                                                   "published": "2023-03-17"}) + "\n")
    (folder / "table.csv").write_text("id,title,text,published,source,url\n"
                                      "c1,Talks,China and Russia signed a trade agreement on Tuesday.,2023-03-21,Desk,https://c.example/1\n")
    (folder / "page.html").write_text(PAGE)
    (folder / "world.rss").write_text(RSS)
    with open(folder / "crawl.warc.gz", "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://nile.example/ties", "response",
                                                      payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    return folder


def test_code_reads_every_form_alike_with_o_and_with_store(tmp_path, monkeypatch):
    """One ingest path: `-o` and `--store` get the same articles from a folder (the
    coder is replaced by one that records what it was given, so no model is needed)."""
    import detente.pipeline

    given: list = []

    def record(articles, settings, jobs):
        for article in articles:
            given.append(article)
            yield article, []

    monkeypatch.setattr(detente.pipeline, "code_in_processes", record)
    folder = every_input_form(tmp_path / "in")
    runner = CliRunner()
    to_file = runner.invoke(app, ["code", str(folder), "-o", str(tmp_path / "e.jsonl"), "--no-progress"])
    from_file, given[:] = list(given), []
    to_store = runner.invoke(app, ["code", str(folder), "--store", str(tmp_path / "store"), "--no-progress"])
    assert to_file.exit_code == 0 and to_store.exit_code == 0, (to_file.output, to_store.output)
    assert from_file == given and len(given) == 6
    assert sorted(given, key=lambda a: a.id) == Store(tmp_path / "store").articles()
    html = next(a for a in given if a.title == "Egypt and Turkey restore ties" and a.url is None)
    assert "<p>" not in html.text and "Home | World" not in html.text
    assert {a.url for a in given} >= {"https://nile.example/ties", "https://desk.example/1", "https://c.example/1"}


@pytest.mark.model
def test_code_gives_the_same_events_with_o_and_with_store(tmp_path):
    folder = every_input_form(tmp_path / "in")
    out = tmp_path / "events.jsonl"
    assert run("code", str(folder), "-o", str(out), "--no-progress").returncode == 0
    assert run("code", str(folder), "--store", str(tmp_path / "store"), "--no-progress").returncode == 0
    to_file = [Event.model_validate_json(line) for line in out.read_text().splitlines()]
    stored = Store(tmp_path / "store").events()
    assert len({e.doc_id for e in to_file}) == 6
    assert sorted(e.model_dump_json() for e in to_file) == sorted(e.model_dump_json() for e in stored)
