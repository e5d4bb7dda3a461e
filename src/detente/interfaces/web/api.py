"""The JSON API: one endpoint per page of the web app, typed by the models in `models.py`.

Reads the store through the app's `StoreReader` (read-only) and the coder for
`POST /api/code`; writes nothing. FastAPI documents all of it at /openapi.json and /docs.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from detente.interfaces.web import queries
from detente.interfaces.web.coding import TextTooLong, check_size, code_pasted
from detente.interfaces.web.config import WebSettings
from detente.interfaces.web.db import StoreReader
from detente.interfaces.web.limits import too_long_message
from detente.interfaces.web.models import (CODE, ArticleView, CodeRequest, CodeResult, DyadView, EventFilter, EventPage,
                                           Network, Overview)
from detente.records import Event

router = APIRouter(prefix="/api", tags=["api"])
ActorCode = Annotated[str, Path(pattern=CODE, description="actor code, e.g. RUSGOV")]
TOO_LONG = {413: {"description": "the pasted text or the request body is past the size limit",
                  "content": {"application/json": {"example": {"detail": "Text too long: ..."}}}}}


def reader(request: Request) -> StoreReader:
    return request.app.state.reader


def settings(request: Request) -> WebSettings:
    return request.app.state.settings


Reader = Annotated[StoreReader, Depends(reader)]
Config = Annotated[WebSettings, Depends(settings)]


def per_page(f: EventFilter, config: WebSettings) -> int:
    return min(f.per_page or config.page_size, config.max_page_size)


@router.get("/overview")
def get_overview(db: Reader, config: Config) -> Overview:
    """Counts, quad classes over time, top dyads and actors, recent articles."""
    return queries.overview(db, config.top)


@router.get("/events")
def get_events(db: Reader, config: Config, f: Annotated[EventFilter, Query()]) -> EventPage:
    """One page of events, filtered; newest first."""
    return queries.events_page(db, f, per_page(f, config))


@router.get("/events/{event_id}")
def get_event(db: Reader, event_id: Annotated[str, Path(max_length=200)]) -> Event:
    """One event record with all its evidence."""
    found = queries.event(db, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return found


@router.get("/articles/{article_id}")
def get_article(db: Reader, article_id: Annotated[str, Path(max_length=200)]) -> ArticleView:
    """An article, its events with evidence, the marked spans, and the articles reporting the same merged events."""
    found = queries.article_view(db, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/dyads/{source}/{target}")
def get_dyad(db: Reader, config: Config, source: ActorCode, target: ActorCode,
             page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> DyadView:
    """A dyad's cooperation and conflict per period, and a page of its events."""
    return queries.dyad_view(db, source.upper(), target.upper(), page, config.page_size)


@router.get("/network")
def get_network(db: Reader, min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
                max_nodes: Annotated[int, Query(ge=1, le=500)] = 40) -> Network:
    """Actors and the directed dyads between them (events, cooperation, conflict, Goldstein mean)."""
    return queries.network(db, min_events, max_nodes)


@router.post("/code", responses=TOO_LONG)
async def post_code(body: CodeRequest, config: Config) -> CodeResult:
    """Code a pasted text: its events with evidence, and the spans to mark in it. Size-limited (413)."""
    try:
        check_size(body, config.max_text_chars, too_long_message(config.max_text_chars))
    except TextTooLong as exc:
        raise HTTPException(413, str(exc)) from None
    return await run_in_threadpool(code_pasted, body, config.coder)
