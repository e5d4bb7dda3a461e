"""The HTML pages: the same queries as the JSON API, rendered by Jinja2 templates.

Reads the store (read-only) and, for the paste form, the coder; writes HTML. Jinja2
escapes every value; the only HTML built in Python comes from `markup.py` and
`charts.py`, which escape each piece of text they place.
"""
from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from detente.interfaces.web import charts, queries
from detente.interfaces.web.api import ActorCode, Config, Reader, per_page
from detente.interfaces.web.coding import TextTooLong, check_size, code_pasted
from detente.interfaces.web.limits import too_long_message
from detente.interfaces.web.markup import marked_html
from detente.interfaces.web.models import CodeRequest, EventFilter

HERE = FilePath(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["marked"] = marked_html
templates.env.globals["QUADS"] = charts.QUADS
STATIC = {"app.css": "text/css", "app.js": "text/javascript"}
router = APIRouter(include_in_schema=False)
Html = HTMLResponse


def page(request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/", response_class=Html)
def overview(request: Request, db: Reader, config: Config) -> HTMLResponse:
    view = queries.overview(db, config.top)
    return page(request, "overview.html", view=view, chart=charts.quad_chart(view.quad_series))


@router.get("/events", response_class=Html)
def events(request: Request, db: Reader, config: Config, f: Annotated[EventFilter, Query()]) -> HTMLResponse:
    result = queries.events_page(db, f, per_page(f, config))
    return page(request, "events.html", result=result, f=f, query=_query(f))


def _query(f: EventFilter) -> str:
    """The filters as a query string without the page number, for the paging links."""
    return urlencode({k: v for k, v in f.model_dump(mode="json", exclude={"page"}).items() if v not in (None, "")})


@router.get("/articles/{article_id}", response_class=Html)
def article(request: Request, db: Reader, article_id: str) -> HTMLResponse:
    view = queries.article_view(db, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id!r}")
    related = {r.event_id: r for r in view.related}
    return page(request, "article.html", view=view, related=related)


@router.get("/dyads/{source}/{target}", response_class=Html)
def dyad(request: Request, db: Reader, config: Config, source: ActorCode, target: ActorCode,
         page_number: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1) -> HTMLResponse:
    view = queries.dyad_view(db, source.upper(), target.upper(), page_number, config.page_size)
    return page(request, "dyad.html", view=view, chart=charts.dyad_chart(view.series))


@router.get("/network", response_class=Html)
def network(request: Request, db: Reader, min_events: Annotated[int, Query(ge=1, le=10_000)] = 1) -> HTMLResponse:
    net = queries.network(db, min_events, 40)
    return page(request, "network.html", net=net, chart=charts.network_chart(net), min_events=min_events)


@router.get("/code", response_class=Html)
def code_form(request: Request, config: Config) -> HTMLResponse:
    return page(request, "code.html", form=CodeRequest.model_construct(text="", title="", published=None),
                limit=config.max_text_chars)


@router.post("/code", response_class=Html)
async def code_submit(request: Request, config: Config) -> HTMLResponse:
    """The paste form (url-encoded); the body was size-checked by the BodyLimit middleware."""
    fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}
    form = CodeRequest.model_construct(text=fields.get("text", ""), title=fields.get("title", ""),
                                       published=fields.get("published", ""))
    context = {"form": form, "limit": config.max_text_chars}
    try:
        body = CodeRequest(text=form.text, title=form.title, published=fields.get("published") or None)
        check_size(body, config.max_text_chars, too_long_message(config.max_text_chars))
    except TextTooLong as exc:
        return page(request, "code.html", 413, error=str(exc), **context)
    except ValidationError as exc:
        return page(request, "code.html", 422, error="; ".join(e["msg"] for e in exc.errors()), **context)
    result = await run_in_threadpool(code_pasted, body, config.coder)
    return page(request, "code.html", result=result, **context)


@router.get("/docs", response_class=Html)
def docs(request: Request) -> HTMLResponse:
    """The API reference, drawn from the OpenAPI schema (Swagger UI would need a CDN)."""
    schema = request.app.openapi()
    return page(request, "docs.html", schema=schema, paths=schema["paths"])


@router.get("/static/{name}")
def static(name: str) -> Response:
    """The two static files, by name from a fixed list: no path from the request reaches the disk."""
    if name not in STATIC:
        raise HTTPException(404, "not found")
    return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name],
                    headers={"Cache-Control": "max-age=3600"})
