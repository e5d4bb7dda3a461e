"""End to end in headless Chromium: each page, the filters, an event to its article, a paste, a hostile article."""
from __future__ import annotations

import re

import pytest

from web_support import HOSTILE_TITLE


def test_each_page_opens_without_errors(page):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    for url, heading in [("/", "Overview"), ("/events", "Events"), ("/articles/a-moscow", "Russia criticizes"),
                         ("/dyads/RUS/ISR", "Dyad"), ("/network", "Actor network"), ("/code", "Code this text"),
                         ("/docs", "JSON API")]:
        page.goto(url)
        assert heading in page.locator("h1").first.inner_text(), url
    assert page.goto("/").ok and page.locator("svg.quad-chart rect").count() > 4
    assert errors == []


def test_filter_the_table_then_follow_an_event_to_its_article(page):
    page.goto("/events")
    assert page.locator("#total").inner_text() == "7"
    page.fill("input[name=actor]", "RUS")
    page.select_option("select[name=quad]", "3")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"actor=RUS"))
    assert page.locator("#total").inner_text() == "2"
    assert page.locator("table.events tbody tr").count() == 2
    page.locator("a.article-link", has_text="Russia criticizes").click()
    page.wait_for_url(re.compile(r"/articles/a-moscow#event-a-moscow-e0"))
    card = page.locator("#event-a-moscow-e0")
    assert "Criticize or denounce" in card.inner_text() and "on Tuesday" in card.inner_text()
    page.locator("a.related-link").click()
    page.wait_for_url(re.compile(r"/articles/b-kremlin"))
    assert "Kremlin rebukes Israel" in page.locator("h1").inner_text()


def test_paging_and_dates(page):
    page.goto("/events?date_from=2023-01-01")
    assert page.locator("#total").inner_text() == "4"
    page.click("a[rel=next]")
    assert "page 2 of 2" in page.locator(".pager").inner_text()


def test_marks_light_up_their_evidence(page):
    page.goto("/articles/a-moscow")
    page.locator(".event-card[data-index='1']").hover()
    assert page.locator("mark.lit").count() == 3  # China, praised, Egypt
    assert page.locator("mark.trigger", has_text="criticized").get_attribute("title") == "111 Criticize or denounce"


def test_hostile_article_shows_as_text_and_runs_nothing(page):
    page.goto("/articles/c-hostile")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert HOSTILE_TITLE in page.locator("#article-text").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in page.locator("#article-text").inner_text()
    assert page.locator("#article-text img, #article-text b, main script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto("/events?actor=KEN")
    assert page.evaluate("typeof window.__pwned") == "undefined"


@pytest.mark.model
def test_paste_text_and_see_events(page):
    page.goto("/code")
    page.fill("input[name=title]", "<b>Clash</b>")
    page.fill("input[name=published]", "2023-05-03")
    page.fill("textarea[name=text]", "Russia attacked Japan on Monday. <script>window.__pwned = 3</script>")
    page.click("button[type=submit]")
    page.wait_for_selector("#found")
    assert page.locator("#found").inner_text() == "1"
    assert page.locator("#article-text mark.trigger").inner_text() == "attacked"
    assert "Use conventional military force" in page.locator(".event-card").inner_text()
    assert "2023-05-01" in page.locator(".event-card").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_paste_past_the_limit_is_refused_with_a_message(page):
    page.goto("/code")
    page.fill("textarea[name=text]", "word " * 500)
    page.click("button[type=submit]")
    assert "at most 2,000 characters" in page.locator(".error").inner_text()
