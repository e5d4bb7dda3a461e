"""Fixtures for the web tests: a hand-built store, an app over it, a live server, a browser.

The server is uvicorn in a thread on 127.0.0.1 and a free port (`BackgroundServer`); the browser is Debian's
Chromium (/usr/bin/chromium, installed by scripts/setup_browser.sh) driven by Playwright,
started without any network-reaching background features, since CI has no network.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus_support import small_settings
from detente.interfaces.web import WebSettings, create_app
from detente.interfaces.web.server import BackgroundServer
from web_support import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "store")


@pytest.fixture(scope="session")
def coder_settings(tmp_path_factory):
    """The small test lexicon with the real model: 'code this text' tests do not depend on the packaged lexicon."""
    return small_settings(tmp_path_factory.mktemp("web-lexicon"))


@pytest.fixture(scope="session")
def web_settings(store, coder_settings) -> WebSettings:
    return WebSettings(store=store, max_text_chars=2_000, page_size=3, coder=coder_settings)


@pytest.fixture(scope="session")
def client(web_settings) -> TestClient:
    return TestClient(create_app(web_settings))


@pytest.fixture(scope="session")
def live_server(web_settings):
    with BackgroundServer(create_app(web_settings)) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed: run scripts/setup_browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
