"""`detente show`: an article in the terminal, actors and triggers marked, then its events."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from detente import coder
from detente.records import Article, Event
from detente.settings import Settings

QUAD_STYLE = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}


def render(article: Article, settings: Settings, console: Console) -> list[Event]:
    events = list(coder(settings).code([article]))
    console.print(marked_text(article, events))
    console.print()
    console.print(event_table(events))
    return events


def marked_text(article: Article, events: list[Event]) -> Text:
    text = Text(article.full_text)
    for event in events:
        for actor in (event.source, event.target):
            if actor is not None and actor.end <= len(article.full_text):
                text.stylize("underline cyan", actor.start, actor.end)
        for trigger in event.evidence.triggers:
            text.stylize(f"reverse {QUAD_STYLE[event.quad_class]}", trigger.start, trigger.end)
    return text


def event_table(events: list[Event]) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=True, expand=True)
    for column in ("source", "event", "target", "date", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        goldstein = f"{e.goldstein:+.1f}" if e.goldstein is not None else "?"
        table.add_row(
            f"{e.source.code}\n[dim]{e.source.text}[/dim]",
            f"[{QUAD_STYLE[e.quad_class]}]{e.cameo} {e.cameo_label}[/]\nquad {e.quad_class}, Goldstein {goldstein}, {e.plover_type or '-'}",
            f"{e.target.code}\n[dim]{e.target.text}[/dim]" if e.target else "-",
            f"{e.date or ''} ({e.date_precision})" + (f"\n[dim]{e.date_text}[/dim]" if e.date_text else ""),
            f"trigger: {' '.join(t.text for t in e.evidence.triggers)}; rule: {e.evidence.rule} [{e.evidence.lexicon}]"
            + "".join(f"\n- {why}" for why in e.source.resolution[:2] + e.evidence.notes),
        )
    return table
