"""Screenshots of each web page over a store of the sample corpus, saved under docs/screenshots/.

Codes samples/articles into a fresh store (or uses --store), serves it on loopback,
and photographs each page in Debian's headless Chromium (/usr/bin/chromium).

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/*.png
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from detente.ingest.files import read_articles
from detente.interfaces.web import WebSettings, create_app
from detente.interfaces.web.server import BackgroundServer
from detente.store import Store, code_into_store

ROOT = Path(__file__).resolve().parents[1]
SEED = "russia_china_mideast_2021-08-03.txt"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def sample_store(folder: Path) -> Path:
    articles = [a for a in read_articles([ROOT / "samples" / "articles"], None) if not isinstance(a, Exception)]
    code_into_store(articles, folder)
    return folder


def seed_article(store: Path) -> tuple[str, str]:
    """The seed article's id, and its first paragraph for the paste page."""
    row = Store(store).query("SELECT id, text FROM articles WHERE id = ?", [Path(SEED).stem])[0]
    return row["id"], row["text"].split("\n\n")[0]


def shots(page: Page, store: Path) -> dict[str, str]:
    """Page name: URL. The dyad is the corpus's busiest; the article is the seed."""
    article, _text = seed_article(store)
    dyad = Store(store).query("SELECT source_code AS s, target_code AS t FROM events WHERE target_code IS NOT NULL "
                              "GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 1")[0]
    return {"overview": "/", "events": "/events?quad=4", "article": f"/articles/{article}",
            "dyad": f"/dyads/{dyad['s']}/{dyad['t']}", "network": "/network", "docs": "/docs"}


def take(page: Page, name: str, out: Path) -> None:
    page.screenshot(path=str(out / f"{name}.png"), full_page=False)
    print(f"{out / f'{name}.png'}")


def paste(page: Page, store: Path, out: Path) -> None:
    page.goto("/code")
    page.fill("input[name=title]", "Russia and China on the Middle East (pasted)")
    page.fill("input[name=published]", "2021-08-03")
    page.fill("textarea[name=text]", seed_article(store)[1])
    page.click("button[type=submit]")
    page.wait_for_selector("#found", timeout=120_000)
    page.locator("#found").scroll_into_view_if_needed()
    take(page, "code", out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: code the sample corpus into a temp one)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        store = options.store or sample_store(Path(temp) / "store")
        with BackgroundServer(create_app(WebSettings(store=store))) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_context(base_url=server.url, viewport={"width": 1360, "height": 960}).new_page()
            for name, url in shots(page, store).items():
                page.goto(url)
                take(page, name, options.out)
            paste(page, store, options.out)
            browser.close()


if __name__ == "__main__":
    main()
