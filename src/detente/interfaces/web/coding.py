"""'Code this text': a pasted article through detente's pipeline, with its marked text.

Reads a `CodeRequest`; writes a `CodeResult` (events, spans, the full text they point
into). The pipeline is loaded once (`detente.coder`) and used by one request at a
time: spaCy pipelines are not documented as safe to call from several threads.
"""
from __future__ import annotations

import threading
import time

import detente
from detente.interfaces.web.markup import spans_of
from detente.interfaces.web.models import CodeRequest, CodeResult
from detente.records import Article
from detente.settings import Settings

_LOCK = threading.Lock()


class TextTooLong(ValueError):
    """Pasted text past the limit: the app answers HTTP 413 with this message."""


def check_size(request: CodeRequest, max_chars: int, message: str) -> None:
    if len(request.text) + len(request.title) > max_chars:
        raise TextTooLong(message)


def code_pasted(request: CodeRequest, settings: Settings | None) -> CodeResult:
    started = time.perf_counter()
    with _LOCK:
        events = detente.code_text(request.text, request.published, title=request.title, settings=settings)
    full_text = Article(title=request.title, text=request.text).full_text
    return CodeResult(full_text=full_text, events=events, spans=spans_of(events),
                      seconds=round(time.perf_counter() - started, 3))
