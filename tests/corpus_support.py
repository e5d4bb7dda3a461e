"""Small lexicons and generated corpora for the corpus tests (store, analytics, ingest).

The lexicons are written to a folder and passed through `Settings`, so the tests do
not depend on the packaged lexicon's contents; the model is the real spaCy pipeline.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from detente.records import Actor, Article, Event, Evidence, Trigger
from detente.settings import Settings

from small_lexicon import AGENTS, COUNTRIES, EVENTS, ORGS, PEOPLE  # noqa: F401 - shared with conftest

COUNTRY_NAMES = ["Russia", "China", "India", "Pakistan", "Egypt", "Israel", "Kenya", "Japan"]
VERBS = ["attacked", "criticized", "praised", "visited"]
OUTLETS = ["wire-a", "wire-b", "daily-c", "radio-d"]


def small_settings(folder: Path) -> Settings:
    """Settings that read the small lexicons above, written under `folder`."""
    actors = folder / "actors"
    actors.mkdir(parents=True, exist_ok=True)
    for name, text in [("countries.tsv", COUNTRIES), ("organizations.tsv", ORGS), ("people.tsv", PEOPLE),
                       ("agents.tsv", AGENTS)]:
        (actors / name).write_text(text)
    (folder / "events.tsv").write_text(EVENTS)
    return Settings(actor_folders=(actors,), event_lexicon=folder / "events.tsv", batch_size=64)


def generated_articles(count: int, seed: int = 7) -> list[Article]:
    """`count` short articles (one or two coded sentences each), the same for the same seed."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    articles = []
    for number in range(count):
        a, b, c, d = rng.sample(COUNTRY_NAMES, 4)
        text = f"{a} {rng.choice(VERBS)} {b} on Monday. {c} {rng.choice(VERBS)} {d}."
        articles.append(Article(id=f"gen-{number:06d}", title=f"Report {number}", text=text,
                                published=start + dt.timedelta(days=rng.randrange(365)),
                                source=rng.choice(OUTLETS), url=f"https://example.org/{number}"))
    return articles


def make_event(doc_id: str, source: str, target: str | None, cameo: str, day: dt.date, trigger: str,
               sentence: int = 0, quad: int = 4, goldstein: float = -10.0) -> Event:
    """A hand-built event record (no model), for the merge, analytics and export tests."""
    actor = lambda code: Actor(text=code, code=code, country=code[:3], start=0, end=len(code))  # noqa: E731
    return Event(id=f"{doc_id}-{sentence}-{source}-{target}-{cameo}", doc_id=doc_id, sentence_index=sentence,
                 sentence_text=f"{source} {trigger} {target}.", source=actor(source),
                 target=actor(target) if target else None, cameo=cameo, cameo_label=f"label {cameo}",
                 root=cameo[:2], quad_class=quad, goldstein=goldstein, date=day, published=day,
                 evidence=Evidence(triggers=[Trigger(text=trigger, start=4, end=4 + len(trigger))], rule="test",
                                   confidence=0.9))
