"""Articles from web pages, feeds and web archives: HTML, RSS/Atom, WARC.

Reads HTML files (main text by trafilatura, date by htmldate), RSS and Atom feeds
(feedparser; files or URLs) and WARC files (warcio; e.g. Common Crawl's CC-NEWS).
Writes `Article` records that keep source (the site), url and publication date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from detente.errors import InputError
from detente.records import Article


def article_from_html(html: str, url: str | None, fallback_id: str, published: dt.date | None = None) -> Article | None:
    """The page's main text, title and date; None for a page with no article text (a menu, an index)."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, url=url, include_comments=False, favor_precision=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    found = find_date(html, url=url, original_date=True, extensive_search=False) if published is None else None
    day = published or (dt.date.fromisoformat(found[:10]) if found else None)
    site = (meta.sitename if meta and meta.sitename else None) or (urlparse(url).hostname if url else None)
    return Article(id=_id(url, fallback_id), title=(meta.title if meta and meta.title else ""), text=text,
                   published=day, source=site, url=url)


def read_html(path: Path, published: dt.date | None) -> Iterator[Article | InputError]:
    html = path.read_text(encoding="utf-8", errors="replace")
    article = article_from_html(html, None, path.stem, published)
    yield article if article else InputError(path, "no article text found in the page")


def read_feed(location: str, published: dt.date | None) -> Iterator[Article | InputError]:
    """Each feed entry is an article: its content (or summary, HTML stripped) is the text."""
    import feedparser

    feed = feedparser.parse(location)
    if feed.bozo and not feed.entries:
        yield InputError(location, f"not a readable feed: {feed.bozo_exception}")
        return
    site = feed.feed.get("title") or urlparse(feed.feed.get("link", "")).hostname
    for number, entry in enumerate(feed.entries, start=1):
        text = _entry_text(entry)
        if not text:
            yield InputError(location, "feed entry has no text", number)
            continue
        day = published or _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield Article(id=_id(entry.get("id") or entry.get("link"), f"{Path(location).stem}-{number}"),
                      title=entry.get("title", ""), text=text, published=day, source=site, url=entry.get("link"))


def _entry_text(entry) -> str:
    import trafilatura

    html = entry["content"][0]["value"] if entry.get("content") else entry.get("summary", "")
    if "<" not in html:
        return html.strip()
    return (trafilatura.extract(f"<html><body><article>{html}</article></body></html>") or "").strip()


def _struct_date(value) -> dt.date | None:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday) if value else None


def read_warc(path: Path, published: dt.date | None) -> Iterator[Article | InputError]:
    """HTML responses of a WARC file; other records (requests, metadata, images) are passed over."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read().decode("utf-8", errors="replace")
            day = published or _warc_date(record.rec_headers.get_header("WARC-Date"))
            article = article_from_html(html, url, url or path.stem, None)
            if article is not None:
                yield article if article.published else article.model_copy(update={"published": day})


def _warc_date(value: str | None) -> dt.date | None:
    """The crawl date: a fallback only, a page's own date (htmldate) wins."""
    return dt.date.fromisoformat(value[:10]) if value else None


def _id(url: str | None, fallback: str) -> str:
    """Ids from URLs, so the same page fetched twice (feed and archive) is one article."""
    return hashlib.sha1(url.encode()).hexdigest()[:16] if url else fallback
