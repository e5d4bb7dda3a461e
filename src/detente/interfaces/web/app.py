"""The web app: `create_app(WebSettings)` builds it, `serve()` runs it with uvicorn.

Safe by default: it binds 127.0.0.1; it only reads the store (`db.py`); request
bodies are size-limited (`limits.py`); every page is served with a content security
policy that allows no inline script and nothing from another origin, so even text
that slipped past escaping could not run; only the listed host names are answered,
which stops DNS-rebinding pages from reading a local server.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

import detente
from detente.errors import DetenteError
from detente.interfaces.web import api, pages
from detente.interfaces.web.config import WebSettings
from detente.interfaces.web.db import StoreReader
from detente.interfaces.web.limits import BodyLimit, too_long_message

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY"}


class StoreNotFound(DetenteError):
    code = "E501"


def create_app(settings: WebSettings) -> FastAPI:
    """The FastAPI app over `settings.store`, which must be an existing store folder."""
    if not Path(settings.store).is_dir():
        raise StoreNotFound(f"{settings.store}: no store folder here; fill one with "
                            f"`detente code samples/articles --store {settings.store}`")
    app = FastAPI(title="detente", version=detente.__version__, docs_url=None, redoc_url=None,
                  description="Political events coded from news text (CAMEO, PLOVER), with the evidence for each.")
    app.state.settings, app.state.reader = settings, StoreReader(settings.store)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, message=too_long_message(settings.max_text_chars))
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.middleware("http")(_security_headers)
    app.exception_handler(StarletteHTTPException)(_http_error)
    app.exception_handler(RequestValidationError)(_invalid)
    return app


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers.update(HEADERS)
    return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _http_error(request: Request, exc: StarletteHTTPException):
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
    return pages.page(request, "error.html", exc.status_code, message=str(exc.detail))


async def _invalid(request: Request, exc: RequestValidationError):
    if _wants_json(request):
        return JSONResponse({"detail": exc.errors()}, status_code=422)
    where = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
    return pages.page(request, "error.html", 422, message=f"Invalid request: {where}")


def hosts_for(host: str) -> tuple[str, ...]:
    """Loopback names, plus the bound address; any name when bound to all interfaces."""
    if host in ("0.0.0.0", "::"):
        return ("*",)
    return tuple(dict.fromkeys(("127.0.0.1", "localhost", "::1", host)))


def serve(store: Path, host: str = "127.0.0.1", port: int = 8000, max_text_chars: int = 20_000) -> None:
    """Run the web app with uvicorn until interrupted."""
    import uvicorn

    settings = WebSettings(store=store, max_text_chars=max_text_chars, allowed_hosts=hosts_for(host))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
