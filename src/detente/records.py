"""Typed records that leave the NLP stages: Article in, Actor and Event out.

Everything after coding (writers, store, CLI, web) passes these frozen pydantic
models; none of it ever sees a spaCy Doc.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One news article. `id` defaults to a hash of title and text."""

    id: str = ""
    title: str = ""
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None

    def model_post_init(self, _context: object) -> None:
        if not self.id:
            digest = hashlib.sha1(f"{self.title}\n{self.text}".encode()).hexdigest()[:16]
            object.__setattr__(self, "id", digest)

    @property
    def full_text(self) -> str:
        """Headline and body as one text, headline first: what the coder reads."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


class Actor(Record):
    """An actor as the text names it and as the lexicon resolves it."""

    text: str
    name: str | None = None
    code: str
    country: str | None = None
    agent: str | None = None
    group: str | None = None
    start: int = Field(description="character offset of the mention in the article")
    end: int
    resolution: list[str] = Field(default_factory=list, description="how the code was reached")


class Trigger(Record):
    text: str
    start: int
    end: int


class Evidence(Record):
    triggers: list[Trigger]
    rule: str = Field(description="the lexicon entry or grammar rule that fired")
    lexicon: str | None = Field(None, description="file:line of the lexicon entry")
    confidence: float
    notes: list[str] = Field(default_factory=list)


class Event(Record):
    """One coded event: a directed dyad, a CAMEO code, a date, and why."""

    id: str
    doc_id: str
    sentence_index: int
    sentence_text: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_label: str
    root: str
    quad_class: int
    goldstein: float | None
    plover_type: str | None = None
    plover_mode: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_precision: str = Field("day", description="day, month or year; 'published' when the text fixes no date")
    published: dt.date | None = None
    place: str | None = None
    speaker: Actor | None = None
    evidence: Evidence

    def flat(self) -> dict[str, object]:
        """One flat row, for CSV and Parquet."""
        row = self.model_dump(mode="json", exclude={"source", "target", "speaker", "evidence"})
        for side in ("source", "target"):
            actor = getattr(self, side)
            row[f"{side}_code"] = actor.code if actor else None
            row[f"{side}_text"] = actor.text if actor else None
            row[f"{side}_country"] = actor.country if actor else None
            row[f"{side}_agent"] = actor.agent if actor else None
        row["speaker_code"] = self.speaker.code if self.speaker else None
        row["trigger"] = " ".join(t.text for t in self.evidence.triggers)
        row["rule"] = self.evidence.rule
        row["confidence"] = self.evidence.confidence
        return row
