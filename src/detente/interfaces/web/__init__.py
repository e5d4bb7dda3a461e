"""web stage: a FastAPI app over a store, for exploring events and checking each one's evidence.

    >>> from detente.interfaces.web import WebSettings, create_app, serve
    >>> serve("detente-data")            # http://127.0.0.1:8000, API reference at /docs

Modules: `app` (the app, its safety settings), `api` (JSON), `pages` (HTML),
`queries` (SQL over the store), `db` (read-only connection), `markup` and `charts`
(escaped HTML and SVG), `coding` and `limits` ("code this text" and its size limit).
"""
from __future__ import annotations

from detente.interfaces.web.app import StoreNotFound, create_app, serve
from detente.interfaces.web.config import WebSettings

__all__ = ["StoreNotFound", "WebSettings", "create_app", "serve"]
