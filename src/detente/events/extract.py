"""The event stages as one callable, for callers of the old two-component pipeline.

`EventExtractor(lexicon, countries)(doc)` runs, on a Doc that `detente_actor_matches`
has marked, the stages that follow it: quotes, actors, predicates and argument
linking (see `detente.pipeline.build_stages`, which new code should use). Writes
`doc._.detente_events`, a list of `Draft`s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from detente.doc_types import Draft, Predicate

if TYPE_CHECKING:
    from detente.actors.lexicon import Entry
    from detente.events.lexicon import EventLexicon

__all__ = ["Draft", "EventExtractor", "Predicate"]


class EventExtractor:
    def __init__(self, lexicon: EventLexicon, countries: dict[str, Entry]) -> None:
        from detente.pipeline import event_stages  # the wiring, imported when used: no stage imports it

        self.stages = event_stages(lexicon, countries)

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc
