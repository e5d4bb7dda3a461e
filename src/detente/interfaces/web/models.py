"""Typed records of the web app's JSON API: filters in, pages of rows and views out.

Events travel as the store's flat rows in tables (fast to query, enough for a row),
and as whole `Event` records where the evidence is shown (article, code this text).
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from detente.analytics.series import ActorCount, DyadPeriod
from detente.records import Article, Event

CODE = r"^[A-Za-z0-9]{1,15}$"


class EventFilter(BaseModel):
    """Filters of the events table; every one is optional and they combine with AND."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(None, max_length=100, description="actor code prefix (RUS, RUSGOV) or words of its text")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="country code of either side (RUS)")
    source: str | None = Field(None, pattern=CODE, description="exact source actor code")
    target: str | None = Field(None, pattern=CODE, description="exact target actor code")
    cameo: str | None = Field(None, pattern=r"^[0-9]{2,4}$", description="CAMEO code or root prefix: 19, 190, 0211")
    plover: str | None = Field(None, max_length=40, description="PLOVER event type (ASSAULT, CONSULT)")
    quad: int | None = Field(None, ge=1, le=4, description="quad class: 1 verbal coop ... 4 material conflict")
    date_from: dt.date | None = Field(None, description="first day (event date, else publication date)")
    date_to: dt.date | None = Field(None, description="last day, inclusive")
    q: str | None = Field(None, max_length=200, description="words that must all be in the sentence")
    doc_id: str | None = Field(None, max_length=100, description="events of one article")
    page: int = Field(1, ge=1, le=100_000)
    per_page: int | None = Field(None, ge=1, le=1000, description="rows a page (capped by the server)")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, values: object) -> object:
        """An HTML form sends its empty fields as empty strings: they mean 'no filter'."""
        if isinstance(values, dict):
            return {k: v for k, v in values.items() if not (isinstance(v, str) and not v.strip())}
        return values


class EventRow(BaseModel):
    id: str
    doc_id: str
    title: str | None
    sentence_index: int
    sentence_text: str
    day: dt.date | None = Field(description="event date, else publication date")
    cameo: str
    cameo_label: str
    root: str
    quad_class: int
    goldstein: float | None
    plover_type: str | None
    source_code: str
    source_text: str | None
    target_code: str | None
    target_text: str | None
    trigger: str | None
    confidence: float | None


class EventPage(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    events: list[EventRow]


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: dt.date | None
    source: str | None
    num_events: int | None


class DyadCount(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None


class QuadPeriod(BaseModel):
    period: dt.date
    counts: list[int] = Field(description="events per quad class 1, 2, 3, 4")


class Overview(BaseModel):
    counts: dict[str, int]
    period: str = Field(description="the unit of the quad class series: day, week or month")
    quad_series: list[QuadPeriod]
    top_dyads: list[DyadCount]
    top_actors: list[ActorCount]
    articles: list[ArticleSummary]


class Span(BaseModel):
    """A marked stretch of the article's full text (title, blank line, body)."""

    start: int
    end: int
    kind: str = Field(description="actor or trigger")
    label: str
    events: list[int] = Field(description="indices into the view's events")


class Related(BaseModel):
    """The merged event one of this article's events belongs to, and its other articles."""

    event_id: str
    merged_id: str
    num_articles: int
    articles: list[ArticleSummary]


class ArticleView(BaseModel):
    article: Article
    events: list[Event]
    spans: list[Span]
    related: list[Related]


class DyadView(BaseModel):
    source: str
    target: str
    series: list[DyadPeriod]
    events: EventPage


class NetworkNode(BaseModel):
    code: str
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="the article body (its size is limited: see the 413 answer)")
    title: str = ""
    published: dt.date | None = Field(None, description="anchors relative dates ('on Tuesday')")


class CodeResult(BaseModel):
    full_text: str
    events: list[Event]
    spans: list[Span]
    seconds: float
