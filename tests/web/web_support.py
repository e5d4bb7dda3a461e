"""A small hand-built store for the web tests: real offsets, a merged event, a hostile article.

No model: events are built as records with their offsets found in the article text,
written with the store's own writer, then merged, so the web app reads what a coding
run would have written.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.records import Actor, Article, Event, Evidence, Trigger
from detente.store import rebuild_merged
from detente.store.writer import StoreWriter

HOSTILE_TITLE = "<script>window.__pwned = 1</script>Hostile headline"
HOSTILE_TEXT = 'Kenya attacked Japan <img src=x onerror="window.__pwned = 2">. <b>not bold</b> & done.'
ARTICLES = [
    Article(id="a-moscow", title="Russia criticizes Israel over Jenin raid",
            text="Russia criticized Israel on Tuesday over the raid. China praised Egypt for its mediation.",
            published=dt.date(2023, 7, 5), source="wire-a", url="https://example.org/a"),
    Article(id="b-kremlin", title="Kremlin rebukes Israel",
            text="Moscow criticized Israel on Tuesday after the raid. Egyptian officials visited Kenya.",
            published=dt.date(2023, 7, 5), source="wire-b"),
    Article(id="c-hostile", title=HOSTILE_TITLE, text=HOSTILE_TEXT, published=dt.date(2022, 3, 1), source="odd"),
    Article(id="d-talks", title="India and Pakistan meet",
            text="India met with Pakistan in Geneva. Pakistan praised India for the talks.",
            published=dt.date(2021, 11, 20), source="daily-c"),
]
# (article, source text, source code, trigger, target text or None, target code, cameo, label, quad, goldstein, plover, date text)
EVENTS = [
    ("a-moscow", "Russia", "RUS", "criticized", "Israel", "ISR", "111", "Criticize or denounce", 3, -2.0, "ACCUSE", "on Tuesday"),
    ("a-moscow", "China", "CHN", "praised", "Egypt", "EGY", "051", "Praise or endorse", 1, 3.4, "CONSULT", None),
    ("b-kremlin", "Moscow", "RUS", "criticized", "Israel", "ISR", "111", "Criticize or denounce", 3, -2.0, "ACCUSE", "on Tuesday"),
    ("b-kremlin", "Egyptian officials", "EGYGOV", "visited", "Kenya", "KEN", "042", "Make a visit", 1, 1.9, "CONSULT", None),
    ("c-hostile", "Kenya", "KEN", "attacked", "Japan", "JPN", "190", "Use conventional military force", 4, -10.0, "ASSAULT", None),
    ("d-talks", "India", "IND", "met", "Pakistan", "PAK", "040", "Consult", 1, 1.0, "CONSULT", None),
    ("d-talks", "Pakistan", "PAK", "praised", "India", "IND", "051", "Praise or endorse", 1, 3.4, "CONSULT", None),
]


def _actor(full: str, text: str, code: str, after: int = 0) -> Actor:
    start = full.index(text, after)
    return Actor(text=text, code=code, country=code[:3], agent=code[3:] or None, start=start, end=start + len(text),
                 resolution=[f"'{text}' is {code} in the test lexicon"])


def make_events(article: Article) -> list[Event]:
    full, events = article.full_text, []
    body = len(article.title) + 2  # offsets point into the body, after the headline
    for n, (doc, src, scode, trig, tgt, tcode, cameo, label, quad, gold, plover, when) in enumerate(EVENTS):
        if doc != article.id:
            continue
        source = _actor(full, src, scode, body)
        start = full.index(trig, source.end)
        target = _actor(full, tgt, tcode, start)
        sentence = next(s for s in article.text.split(". ") if trig in s and src in s)
        events.append(Event(
            id=f"{doc}-e{n}", doc_id=doc, sentence_index=1 + article.text.split(". ").index(sentence),
            sentence_text=sentence.rstrip(".") + ".", source=source, target=target, cameo=cameo, cameo_label=label,
            root=cameo[:2], quad_class=quad, goldstein=gold, plover_type=plover, date=article.published,
            date_text=when, published=article.published, evidence=Evidence(
                triggers=[Trigger(text=trig, start=start, end=start + len(trig))], rule=f"{trig} (test)",
                lexicon="events.tsv:1", confidence=0.9, notes=["built by tests/web/web_support.py"])))
    return events


def build_store(folder: Path) -> Path:
    """A store with the articles above, their events, and the merged table."""
    with StoreWriter(folder) as writer:
        writer.write([(a, make_events(a)) for a in ARTICLES])
    rebuild_merged(folder)
    return folder
