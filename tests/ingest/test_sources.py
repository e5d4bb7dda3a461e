"""Ingest: HTML pages, RSS and Atom feeds, WARC archives, CSV and JSON Lines with field options."""
from __future__ import annotations

import datetime as dt
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.ingest.sources import locations, read_sources
from detente.ingest.tables import Fields

BODY = " ".join(["The foreign ministers of Egypt and Turkey met in Cairo on Saturday to restore full ties."] * 4)
PAGE = f"""<html><head><title>Egypt and Turkey restore ties</title>
<meta property="article:published_time" content="2023-03-18T10:00:00Z"><meta property="og:site_name" content="Nile Wire">
</head><body><nav>Home | World | Sport</nav><article><h1>Egypt and Turkey restore ties</h1><p>{BODY}</p>
<p>{BODY}</p></article><footer>Copyright</footer></body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>World Desk</title><link>https://desk.example</link>
<item><title>Talks in Cairo</title><link>https://desk.example/1</link><guid>https://desk.example/1</guid>
<pubDate>Sat, 18 Mar 2023 10:00:00 GMT</pubDate><description>{BODY}</description></item></channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Talks</title><id>urn:a:1</id><link href="https://atom.example/1"/><updated>2023-03-19T08:00:00Z</updated>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_html_page_main_text_title_date(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    [article] = read_sources([tmp_path / "page.html"])
    assert article.title == "Egypt and Turkey restore ties" and article.published == dt.date(2023, 3, 18)
    assert "foreign ministers" in article.text and "Home | World" not in article.text


def test_rss_and_atom_entries(tmp_path):
    (tmp_path / "world.rss").write_text(RSS)
    (tmp_path / "desk.atom").write_text(ATOM)
    articles = {a.url: a for a in read_sources([tmp_path])}
    rss, atom = articles["https://desk.example/1"], articles["https://atom.example/1"]
    assert (rss.source, rss.published, rss.title) == ("World Desk", dt.date(2023, 3, 18), "Talks in Cairo")
    assert atom.published == dt.date(2023, 3, 19) and "foreign ministers" in atom.text


def test_warc_html_responses(tmp_path):
    path = tmp_path / "news.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://nile.example/ties", "response",
                                                      payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    [article] = read_sources([path])
    assert article.url == "https://nile.example/ties" and article.published == dt.date(2023, 3, 18)
    assert article.source == "Nile Wire"


def test_csv_and_jsonl_with_field_names(tmp_path):
    (tmp_path / "a.csv").write_text("key,headline,body,day,link,outlet\nk1,Talks,Egypt met Turkey.,2023-03-18,https://x/1,X\n"
                                    "k2,Empty,,2023-03-18,,\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"key": "k3", "body": "Egypt met Turkey.", "day": "2023-03-19"}) + "\n")
    fields = Fields(id="key", title="headline", text="body", published="day", url="link", source="outlet")
    errors = []
    articles = list(read_sources([tmp_path / "a.csv", tmp_path / "b.jsonl"], on_error=errors.append, fields=fields))
    assert [(a.id, a.published, a.source) for a in articles] == [("k1", dt.date(2023, 3, 18), "X"),
                                                                ("k3", dt.date(2023, 3, 19), None)]
    assert len(errors) == 1 and "a.csv:3" in str(errors[0])


def test_bad_file_is_reported_and_others_read(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Title\nEgypt met Turkey.")
    errors = []
    assert [a.id for a in read_sources([tmp_path], on_error=errors.append)] == ["good"]
    assert "bad.txt" in str(errors[0])


def test_folders_list_every_known_form_and_nothing_else(tmp_path):
    for name in ("a.txt", "b.jsonl", "c.csv", "d.html", "e.rss", "f.atom", "g.warc", "h.warc.gz", "notes.md", "data.csv.gz"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in locations([tmp_path])] == ["a.txt", "b.jsonl", "c.csv", "d.html", "e.rss", "f.atom", "g.warc", "h.warc.gz"]
