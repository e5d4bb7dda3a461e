"""The HTML pages render what the API returns (TestClient; the browser tests are in test_browser.py)."""
from __future__ import annotations

from typer.testing import CliRunner

from detente.interfaces.cli import web
from detente.interfaces.cli.main import app


def test_overview_page(client):
    html = client.get("/").text
    assert '<svg class="quad-chart"' in html and 'href="/dyads/RUS/ISR"' in html and "Kremlin rebukes Israel" in html


def test_events_page_filters_and_pages(client):
    html = client.get("/events?cameo=11").text
    assert '<span id="total">2</span>' in html and 'value="11"' in html
    paged = client.get("/events?quad=1").text
    assert 'href="/events?quad=1&amp;page=2"' in paged and "page 1 of 2" in paged


def test_article_page_marks_and_explains(client):
    html = client.get("/articles/a-moscow").text
    assert '<mark class="trigger" title="111 Criticize or denounce" data-events="0">criticized</mark>' in html
    assert "&#39;Russia&#39; is RUS in the test lexicon" in html and "from “on Tuesday”" in html
    assert 'class="related-link" href="/articles/b-kremlin"' in html


def test_dyad_and_network_pages(client):
    assert '<svg class="dyad-chart"' in client.get("/dyads/RUS/ISR").text
    html = client.get("/network").text
    assert '<svg class="network-chart"' in html and 'href="/events?actor=RUS"' in html


def test_error_pages_are_html(client):
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "no article" in missing.text and "<html" in missing.text
    invalid = client.get("/events?quad=9")
    assert invalid.status_code == 422 and "quad" in invalid.text


def test_serve_command_is_documented():
    assert "Example: detente serve" in web.serve.__doc__
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--store" in result.output and "--port" in result.output


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code != 0
