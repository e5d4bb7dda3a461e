"""Types the stages pass one another through the Doc, and the Doc extensions they use.

No stage imports another: each reads what earlier stages wrote on the Doc and writes
its own results there, with these types.

    doc._.detente_quotes      Quotes          (events/quotes.py)
    doc._.detente_actors      DocumentActors  (actors/document.py; typed here as ActorView)
    doc.spans["detente_mentions"]             the actors met, labelled with their CAMEO code
    doc._.detente_predicates  PredicateTable  (events/predicates.py)
    doc.spans["detente_predicates"]           triggers, labelled with their code (or "none")
    doc._.detente_events      list[Draft]     (events/linking.py)
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from detente.events.dates import ResolvedDate
    from detente.events.lexicon import Pattern

EXTENSIONS = ("detente_skip", "detente_matches", "detente_quotes", "detente_actors", "detente_predicates",
              "detente_events", "published", "doc_id")
MENTIONS = "detente_mentions"  # doc.spans keys
PREDICATES = "detente_predicates"


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor: code and reasons, with the tokens it came from."""

    code: str
    country: str | None
    agent: str | None
    group: str | None
    name: str | None
    start: int  # token indices of the phrase, end exclusive
    end: int
    why: tuple[str, ...]
    is_person: bool = False
    is_plural: bool = False
    guessed: bool = False  # the country is the article's, not the phrase's


@dataclass
class Predicate:
    """A trigger with its lexicon entry, its CAMEO code after modality, and that modality
    (negated, refused, intended, threatened, demanded, hypothetical, alleged, blocked,
    reported). A predicate whose modality leaves no event has the code ""."""

    token: Token
    pattern: Pattern
    code: str
    rule: str
    complement: Token | None = None
    recip: bool | None = None  # reciprocal (both directions); by default the lexicon's `recip` flag
    modality: frozenset[str] = frozenset()
    speaker: Mention | None = None  # who demands, for a quoted "must"

    def __post_init__(self) -> None:
        if self.recip is None:
            self.recip = "recip" in self.pattern.flags


@dataclass(frozen=True)
class SentencePredicates:
    """One coded sentence's predicates as the linker takes them: modal demands first,
    then the other acts (intents already folded in), and the tokens they consumed."""

    index: int
    sent: Span
    demands: list[Predicate]
    acts: list[Predicate]


@dataclass(frozen=True)
class PredicateTable:
    matched: dict[int, Predicate | None]  # every token of a coded sentence: its lexicon match, if an event
    dropped: list[Predicate]  # matches whose modality leaves no event (negated, hypothetical, ...)
    sentences: list[SentencePredicates]

    def is_event_trigger(self, token: Token) -> bool:
        """An event verb or noun (not a speech verb): what a light verb is not."""
        pred = self.matched.get(token.i)
        return pred is not None and "say" not in pred.pattern.flags


@dataclass
class Draft:
    """An event before it is a record: one directed dyad with its trigger and reasons."""

    sent_index: int
    sent: Span
    source: Mention
    target: Mention | None
    code: str
    rule: str
    pattern: Pattern | None
    triggers: list[Token]
    speaker: Mention | None = None
    date: ResolvedDate | None = None
    place: str | None = None
    confidence: float = 0.9
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Quotes:
    """Quoted text and attribution, per coded sentence."""

    spans: list[tuple[int, int]]  # character ranges inside quotation marks
    sentences: list[Span]  # the coded sentences (not empty, not in a credit or keyword line)
    subjects: list[Token | None]  # each sentence's attribution subject ("X said", "according to X")
    shares: list[float]  # each sentence's share of word characters inside quotes
    paragraphs: list[int]  # each sentence's paragraph

    def inside(self, char: int) -> bool:
        return in_spans(char, self.spans)


class ActorView(Protocol):
    """What the actors stage offers later stages (actors/document.py implements it)."""

    speakers: dict[int, Mention | None]
    conflicts: list[tuple[int, list[Mention]]]

    def actors(self, token: Token, speaker: Mention | None = None) -> list[Mention]: ...

    def speaker_for(self, token: Token) -> Mention | None: ...

    def parties_before(self, i: int) -> list[list[Mention]]: ...

    def context_start(self, i: int) -> int: ...

    def note_parties(self, at: int, members: list[Mention]) -> None: ...


def in_spans(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `char` lies in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (char, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


def coded_sentences(doc: Doc) -> list[Span]:
    """The sentences events are read from: not empty, not inside a skipped range."""
    skips = doc._.detente_skip or ()
    return [s for s in doc.sents if s.text.strip() and not any(a <= s.start_char < b for a, b in skips)]


def skipped_tokens(doc: Doc) -> set[int]:
    """Tokens inside credits and keyword lines (`doc._.detente_skip`)."""
    skips = sorted(doc._.detente_skip or [])
    return {t.i for t in doc if in_spans(t.idx, skips)} if skips else set()
