"""The document's memory of who is who, as the actors stage reads it in order.

Holds people by name, the last people, things and groups named, with their token
positions, so that each question ("who is 'he' at token i?") is answered from what
came before token i. Written by `Resolver.remember` (the reading pass) and by
`DocumentActors.note_parties` (the one feedback from events).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from detente.doc_types import Mention


ANAPHOR_REACH = 0  # in a digest, 'it', 'they', 'he', 'the police' point back only inside their own item


@dataclass
class Memory:
    """What the document has said so far: people by name, the last person, groups."""

    published: dt.date | None = None
    home: str | None = None  # the country the article is mostly about
    local_homes: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, country) per paragraph
    paragraph_starts: list[int] = field(default_factory=list)  # in a digest of unrelated items: each item's first token
    plain: list[tuple[int, int]] = field(default_factory=list)  # paragraphs that name no political actor
    people: dict[str, Mention] = field(default_factory=dict)  # surname or full name -> mention
    last_person: list[tuple[int, Mention]] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # positions of people named as subjects
    groups: list[tuple[int, list[Mention]]] = field(default_factory=list)
    event_groups: list[tuple[int, list[Mention]]] = field(default_factory=list)  # parties of reciprocal acts
    by_agent: dict[str, list[tuple[int, Mention]]] = field(default_factory=dict)
    last_thing: list[tuple[int, Mention]] = field(default_factory=list)

    def reach(self, i: int, back: int = ANAPHOR_REACH) -> int:
        """The first token an anaphor at token i may point back to: in a digest of unrelated
        items (`paragraph_starts` set), the start of the paragraph `back` before its own; in
        an article, its start."""
        here = bisect.bisect_right(self.paragraph_starts, i) - 1
        return self.paragraph_starts[max(here - back, 0)] if here >= 0 else 0

    def recent(self, items: list, i: int, back: int = ANAPHOR_REACH) -> list:
        start = self.reach(i, back)
        return [(at, item) for at, item in items if at >= start]

    def is_plain(self, i: int) -> bool:
        """Token i is in a paragraph that names no agent, organisation, person or capital of the lexicon."""
        return any(start <= i < end for start, end in self.plain)

    def home_at(self, i: int, local_only: bool = False) -> str | None:
        """The country a domestic agent at token i belongs to: its paragraph's, else (unless
        `local_only`) the article's."""
        return next((code for start, end, code in self.local_homes if start <= i < end), None if local_only else self.home)

    def person_before(self, i: int, reach: int = 60, exclude: set[int] = frozenset()) -> Mention | None:
        """The person 'he' or 'she' means: the latest named as a subject in the last few
        dozen words ("X, speaking after meeting Y, said ..." -> X), else the latest."""
        people = [(at, m) for at, m in self.recent(self.last_person, i) if at not in exclude]
        subject = latest_before([(at, m) for at, m in people if at in self.subject_at and at > i - reach], i)
        return subject or latest_before(people, i)

    def group_before(self, i: int, parties: bool = False, pair: bool = False) -> list[Mention]:
        """The group last named together; with `parties`, the last that acted together;
        with `pair`, only groups of two countries ("the two sides", "both sides")."""
        def kept(groups):
            return [(at, g) for at, g in groups if not pair or len({m.code for m in g}) == 2]
        return (latest_before(kept(self.event_groups), i) if parties else None) or latest_before(kept(self.groups), i) or []

    def thing_before(self, i: int) -> Mention | None:
        return latest_before(self.last_thing, i)


def latest_with_position(items: list, i: int):
    """(position, item) of the item recorded last before token `i`, or None."""
    best = None
    for at, item in items:
        if at < i and (best is None or at > best[0]):
            best = (at, item)
    return best


def latest_before(items: list, i: int):
    """The item recorded at the greatest position before token `i` (records arrive out of order)."""
    best, best_at = None, -1
    for at, item in items:
        if best_at < at < i:
            best, best_at = item, at
    return best
