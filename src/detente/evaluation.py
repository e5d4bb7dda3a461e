"""Score detente against gold event files (the field's YAML format, see shared/gold).

Reads gold YAML files and the article texts they name; codes the articles with the
gold's publication date; scores with the project's scorer script
(shared/eval/score_events.py), so detente and its users measure the same way.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import yaml

from detente.ingest.files import read_articles
from detente.records import Article, Event
from detente.settings import Settings


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    report: str

    @property
    def agents(self) -> tuple[int, int] | None:
        return _fraction(self.report, "agent codes right on matched events")

    @property
    def dates(self) -> tuple[int, int] | None:
        return _fraction(self.report, "dates right on matched dated events")


def _fraction(report: str, label: str) -> tuple[int, int] | None:
    match = re.search(re.escape(label) + r": (\d+)/(\d+)", report)
    return (int(match.group(1)), int(match.group(2))) if match else None


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_events", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_articles(gold_files: list[Path], corpus: list[Path]) -> tuple[list[dict], list[Article]]:
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in gold_files]
    articles = []
    for gold in golds:
        path = next((folder / gold["document"] for folder in corpus if (folder / gold["document"]).exists()), None)
        if path is None:
            raise FileNotFoundError(f"{gold['document']} is in none of {', '.join(map(str, corpus))}")
        published = gold.get("published")
        day = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
        for item in read_articles([path], day):
            if isinstance(item, Article):
                articles.append(item)
    return golds, articles


def score(gold_files: list[Path], corpus: list[Path], scorer: Path, settings: Settings | None = None,
          verbose: bool = False, events: list[Event] | None = None) -> Score:
    """Code the gold articles (unless `events` are given) and score them."""
    from detente import code_articles

    golds, articles = gold_articles(gold_files, corpus)
    if events is None:
        events = list(code_articles(articles, settings))
    predictions = [json.loads(e.model_dump_json()) for e in events]
    out = io.StringIO()
    with redirect_stdout(out):
        precision, recall, f1 = load_scorer(scorer).score(golds, predictions, verbose)
    return Score(precision, recall, f1, out.getvalue())
