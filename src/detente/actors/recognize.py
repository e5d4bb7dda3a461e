"""Find lexicon phrases in a parsed Doc: countries, organisations, people, agents.

Reads the tokens (text and lemma) and the actor lexicon. Writes
`doc._.detente_matches`: token index -> `Match` for every token inside a matched
phrase. Longest match wins, left to right; a phrase may also match with its last
word lemmatised ("soldiers" finds "soldier", "Foreign Ministries" finds "foreign ministry").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from detente.actors.lexicon import ActorLexicon, Entry


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indices, end exclusive
    end: int
    entries: tuple[Entry, ...]

    def of_kind(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


class ActorRecognizer:
    """spaCy component, after the parser and NER."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon
        self.first_words = {key[0] for key in lexicon.lower} | {key[0].lower() for key in lexicon.exact}

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, Match] = {}
        i = 0
        while i < len(doc):
            first = doc[i].lower_ in self.first_words or doc[i].lemma_.lower() in self.first_words
            match = self._longest(doc, i) if first else None
            if match is None:
                i += 1
                continue
            for j in range(match.start, match.end):
                found[j] = match
            i = match.end
        doc._.detente_matches = found
        return doc

    def _longest(self, doc: Doc, i: int) -> Match | None:
        top = min(len(doc), i + self.lexicon.max_len)
        for end in range(top, i, -1):
            span = doc[i:end]
            if span[-1].is_punct and end - i > 1:
                continue
            words = [t.text for t in span]
            entries = self.lexicon.lookup(words)
            if not entries and span[-1].lemma_ and span[-1].lemma_ != span[-1].text:
                entries = self.lexicon.lookup(words[:-1] + [span[-1].lemma_])
            if entries:
                return Match(i, end, tuple(entries))
        return None
