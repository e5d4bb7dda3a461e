"""The web app's one settings object: which store, and the limits that keep it safe."""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from detente.settings import Settings


class WebSettings(BaseModel):
    """How `detente serve` runs. Pass one to `create_app`."""

    model_config = ConfigDict(frozen=True)

    store: Path
    # About 3,000 words: a long news article. Longer pastes are refused, not cut, so a
    # user never reads events of a text that was silently truncated.
    max_text_chars: int = Field(20_000, ge=1)
    page_size: int = Field(50, ge=1)
    max_page_size: int = Field(200, ge=1)
    top: int = Field(10, ge=1, description="rows in the overview's top lists")
    coder: Settings | None = Field(None, description="coding settings for 'code this text' (None: the defaults)")
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "testserver")

    @property
    def max_body_bytes(self) -> int:
        """UTF-8 takes up to 4 bytes a character; the rest is room for JSON or form fields."""
        return self.max_text_chars * 4 + 4096
