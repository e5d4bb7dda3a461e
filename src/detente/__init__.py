"""detente: political event data from news text.

    >>> import detente
    >>> events = detente.code_text("Kenyan police dispersed protesters in Nairobi on Tuesday.", published="2023-03-21")
    >>> [(e.source.code, e.cameo, e.target.code if e.target else None) for e in events]
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache

from detente.records import Actor, Article, Event
from detente.settings import Settings

__all__ = ["Actor", "Article", "Event", "Settings", "code_articles", "code_text", "coder"]
__version__ = "0.1.0"


@lru_cache(maxsize=4)
def coder(settings: Settings | None = None):
    """The loaded pipeline for `settings` (loaded once, then reused)."""
    from detente.pipeline import Coder

    return Coder(settings)


def code_text(text: str, published: str | dt.date | None = None, *, title: str = "", doc_id: str = "",
              settings: Settings | None = None) -> list[Event]:
    """Code one text. `published` anchors relative dates ("on Tuesday", "last week")."""
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    article = Article(id=doc_id, title=title, text=text, published=day)
    return list(coder(settings).code([article]))


def code_articles(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Event]:
    """Code a stream of articles lazily, in batches; events come out in article order."""
    return coder(settings).code(articles)
