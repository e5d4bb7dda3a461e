"""An article's text as HTML with its actors and event triggers marked, every character escaped.

Reads `Event` records (actor and trigger offsets into the article's full text); writes
a `Markup` string. Marks may overlap (an actor inside a longer actor, a trigger that
is also part of a name), so the text is cut at every mark boundary and each piece is
wrapped once with all the marks that cover it: the HTML never nests or crosses tags.
"""
from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup, escape

from detente.interfaces.web.models import Span
from detente.records import Event


def spans_of(events: list[Event]) -> list[Span]:
    """One span per distinct (start, end, kind), listing the events (by index) it belongs to."""
    found: dict[tuple[int, int, str], tuple[str, list[int]]] = {}
    for index, event in enumerate(events):
        for start, end, kind, label in _marks(event):
            _label, indices = found.setdefault((start, end, kind), (label, []))
            if index not in indices:
                indices.append(index)
    return [Span(start=s, end=e, kind=k, label=label, events=indices) for (s, e, k), (label, indices) in sorted(found.items())]


def _marks(event: Event) -> Iterator[tuple[int, int, str, str]]:
    for actor in (event.source, event.target, event.speaker):
        if actor is not None and actor.end > actor.start:
            yield actor.start, actor.end, "actor", f"{actor.code} {actor.name or ''}".strip()
    for trigger in event.evidence.triggers:
        if trigger.end > trigger.start:
            yield trigger.start, trigger.end, "trigger", f"{event.cameo} {event.cameo_label}"


def marked_html(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, with a <mark> around each stretch that spans cover."""
    size = len(text)
    cuts = sorted({0, size, *(min(max(s.start, 0), size) for s in spans), *(min(max(s.end, 0), size) for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        cover = [s for s in spans if s.start <= start and end <= s.end]
        piece = escape(text[start:end])
        pieces.append(_wrap(piece, cover) if cover else piece)
    return Markup("").join(pieces)


def _wrap(piece: Markup, cover: list[Span]) -> Markup:
    kinds = " ".join(sorted({s.kind for s in cover}))
    labels = "; ".join(dict.fromkeys(s.label for s in cover))
    events = " ".join(str(i) for i in sorted({i for s in cover for i in s.events}))
    return Markup('<mark class="{}" title="{}" data-events="{}">{}</mark>').format(kinds, labels, events, piece)
