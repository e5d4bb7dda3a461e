"""One explicit settings object; no module globals are changed at run time."""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from detente.ontology import DATA


class Settings(BaseModel):
    """How detente codes. Pass one to `code_text`, `code_articles` or `Coder`.

    model: a spaCy pipeline: "en_core_web_md" (the default, installed from PyPI with
    detente), or any installed package name or model folder (en_core_web_sm, _lg, _trf).
    """

    model_config = ConfigDict(frozen=True)

    model: str = "en_core_web_md"
    batch_size: int = 16
    actor_folders: tuple[Path, ...] = (DATA / "actors",)
    user_actor_folders: tuple[Path, ...] = ()
    event_lexicon: Path = DATA / "events" / "lexicon.tsv"
    # Below this confidence an event is not written: low scores come from fallbacks
    # (weak entries, a target guessed from the document's conflict context).
    min_confidence: float = 0.0
