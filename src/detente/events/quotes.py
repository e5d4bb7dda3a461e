"""Quotations: which text is quoted, and who says it.

Reads the Doc text and sentences. `quote_spans` gives the character ranges inside
quotation marks, paragraph by paragraph (straight and curly quotes). A sentence
mostly inside quotes with no attribution of its own ("...," Geng said) takes the
speaker of the nearest attributed sentence of its paragraph, before or after, so a
quote that runs on over several sentences keeps its speaker.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from detente.parse.segments import paragraphs

SAY_LEMMAS = {
    "say", "add", "tell", "state", "write", "tweet", "declare", "note", "insist", "stress", "explain", "argue",
    "claim", "comment", "remark", "conclude", "reply", "post", "quote", "continue", "affirm", "assert", "reiterate",
}
OPENING = {"“": "”", "«": "»"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in paragraphs(text):
        spans.extend(_paragraph_quotes(text, start, end))
    return spans


def _paragraph_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, open_at, closer = [], None, None
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in OPENING:
                open_at, closer = i + 1, OPENING[ch]
            elif ch == '"':
                open_at, closer = i + 1, '"'
        elif ch == closer or (closer == '"' and ch == "”"):
            spans.append((open_at, i))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end))  # an unclosed quote runs to the paragraph's end
    return spans


def quoted_share(sent: Span, spans: list[tuple[int, int]]) -> float:
    """The share of a sentence's word characters that lie inside quotes."""
    total = inside = 0
    for token in sent:
        if not token.is_alpha:
            continue
        total += len(token)
        if in_spans(token.idx, spans):
            inside += len(token)
    return inside / total if total else 0.0


def in_spans(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `char` lies in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (char, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


def attribution_subject(sent: Span, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a say-verb outside quotes ("Geng said", "according to the ministry")."""
    for token in sent:
        if in_spans(token.idx, spans):
            continue
        if token.lemma_.lower() in SAY_LEMMAS and token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            obj = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def paragraph_index(doc: Doc, sents: list[Span]) -> list[int]:
    """For each sentence, the line (paragraph) it starts on, to pair quotes with speakers."""
    breaks = [i for i, ch in enumerate(doc.text) if ch == "\n"]
    return [bisect.bisect_left(breaks, sent.start_char) for sent in sents]
