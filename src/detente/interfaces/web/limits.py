"""Request size limits: a body past the limit is refused with HTTP 413 before anything reads it.

An ASGI middleware, so that the JSON endpoint can still declare its typed body (and
be documented by OpenAPI) while no oversized body is ever parsed. The answer is JSON
under /api/ and a short escaped HTML page elsewhere (the paste form).
"""
from __future__ import annotations

from markupsafe import escape
from starlette.responses import HTMLResponse, JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

WITH_BODY = ("POST", "PUT", "PATCH")


def too_long_message(max_chars: int) -> str:
    return (f"Text too long: 'code this text' takes at most {max_chars:,} characters. "
            "Split the article, or code long texts with `detente code FILE --store DIR`.")


class BodyLimit:
    """Refuse request bodies larger than `max_bytes` (by Content-Length, or counted as they arrive)."""

    def __init__(self, app: ASGIApp, max_bytes: int, message: str) -> None:
        self.app, self.max_bytes, self.message = app, max_bytes, message

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WITH_BODY:
            return await self.app(scope, receive, send)
        if self._declared(scope) > self.max_bytes:
            return await self._refuse(scope, receive, send)
        body = await self._read(receive)
        if body is None:
            return await self._refuse(scope, receive, send)
        await self.app(scope, _replay(body), send)

    def _declared(self, scope: Scope) -> int:
        value = dict(scope["headers"]).get(b"content-length", b"0")
        return int(value) if value.isdigit() else self.max_bytes + 1

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the limit."""
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            more = message.get("more_body", False) and message["type"] == "http.request"
        return b"".join(chunks)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"].startswith("/api/"):
            response = JSONResponse({"detail": self.message}, status_code=413)
        else:
            response = HTMLResponse(f"<!doctype html><title>Too long</title><p>{escape(self.message)}</p>"
                                    '<p><a href="/code">Back</a></p>', status_code=413)
        await response(scope, receive, send)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
