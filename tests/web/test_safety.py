"""Safe by default: read-only over the store, escaped text, no path outside the store, size limits."""
from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient

from detente.interfaces.web import StoreNotFound, WebSettings, create_app
from detente.interfaces.web.app import hosts_for
from detente.interfaces.web.db import StoreReader

PAGES = ["/", "/events", "/events?actor=RUS", "/articles/a-moscow", "/articles/c-hostile", "/dyads/RUS/ISR", "/network",
         "/code", "/docs", "/api/overview", "/api/events", "/api/articles/c-hostile", "/api/network"]


def snapshot(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_serving_never_changes_the_store(client, store):
    before = snapshot(store)
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    client.post("/api/code", json={"text": "x" * 5_000})
    assert snapshot(store) == before


def test_the_connection_cannot_reach_outside_the_store(store, tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_text("a\n1\n")
    cursor = StoreReader(store).cursor()
    for sql in (f"SELECT * FROM read_csv('{outside}')", "SELECT * FROM read_text('/etc/passwd')",
                f"COPY (SELECT 1) TO '{tmp_path}/x.csv'", "SET enable_external_access = true", f"ATTACH '{tmp_path}/x.db'"):
        with pytest.raises(Exception):
            cursor.execute(sql)
    assert not (tmp_path / "x.csv").exists()


def test_hostile_article_is_escaped_everywhere(client):
    for url in ("/articles/c-hostile", "/events?actor=KEN", "/"):
        html = client.get(url).text
        assert "<script>window" not in html and "<img src" not in html and "<b>not bold" not in html, url
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in client.get("/articles/c-hostile").text


def test_pasted_html_is_escaped(client):
    answer = client.post("/code", data={"text": "<script>alert(1)</script>", "title": "<i>t</i>"})
    assert "<script>alert" not in answer.text and "&lt;script&gt;alert(1)" in answer.text.replace("&lt;/script&gt;", "")


def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "default-src 'self'" in policy
    assert client.get("/api/events").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/static/../../pyproject.toml", "/static/%2e%2e%2fconfig.py", "/static/app.py",
                                 "/static/templates", "/articles/..%2f..%2fetc%2fpasswd", "/store/events"])
def test_no_path_outside_the_store(client, url):
    answer = client.get(url)
    assert answer.status_code == 404
    assert "root:" not in answer.text and "BaseModel" not in answer.text


def test_static_files_are_served(client):
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    assert "addEventListener" in client.get("/static/app.js").text


def test_unknown_host_names_are_refused(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert hosts_for("0.0.0.0") == ("*",) and "192.168.1.5" in hosts_for("192.168.1.5")


def test_paste_form_past_the_limit_answers_413_with_a_message(client):
    answer = client.post("/code", data={"text": "word " * 500})
    assert answer.status_code == 413 and "at most 2,000 characters" in answer.text
    huge = client.post("/code", content=b"text=" + b"x" * 20_000, headers={"content-type": "application/x-www-form-urlencoded"})
    assert huge.status_code == 413 and "Text too long" in huge.text


def test_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreNotFound, match="no store folder"):
        create_app(WebSettings(store=tmp_path / "nowhere"))


def test_an_empty_store_still_serves(tmp_path):
    empty = TestClient(create_app(WebSettings(store=tmp_path)))
    assert empty.get("/api/overview").json()["counts"] == {"articles": 0, "events": 0, "actors": 0}
    for url in ("/", "/events", "/network", "/api/network", "/dyads/RUS/ISR"):
        assert empty.get(url).status_code == 200, url
