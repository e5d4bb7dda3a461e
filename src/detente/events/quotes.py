"""Quotations: which text is quoted, and who is said to say it.

spaCy component `detente_quotes`. Reads the Doc text, its sentences and parse, and
`doc._.detente_skip`. Writes `doc._.detente_quotes` (`Quotes`): the character ranges
inside quotation marks, paragraph by paragraph (straight and curly quotes), and for
each coded sentence its attribution subject ("X said", "according to X"), the share of
it inside quotes and its paragraph. The actors stage resolves the subjects to speakers:
a sentence mostly inside quotes with no attribution of its own takes the speaker of the
nearest attributed sentence of its paragraph, so a quote that runs on over several
sentences keeps its speaker. Data: `say_lemmas` in data/grammar/word_lists.tsv.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from detente.doc_types import Quotes, coded_sentences, in_spans
from detente.parse.segments import paragraphs
from detente.wordlists import words

NAME = "detente_quotes"
REQUIRES = ["doc.sents", "token.dep", "token.lemma", "token.pos", "doc._.detente_skip"]
ASSIGNS = ["doc._.detente_quotes"]
SAY_LEMMAS = words("say_lemmas")
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


def attribution_subject(sent: Span, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a say-verb outside quotes ("X said", "according to the ministry")."""
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


class QuoteFinder:
    """spaCy component: quotes and attribution subjects (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = quote_spans(doc.text)
        sents = coded_sentences(doc)
        doc._.detente_quotes = Quotes(spans, sents, [attribution_subject(s, spans) for s in sents],
                                      [quoted_share(s, spans) for s in sents], paragraph_index(doc, sents))
        return doc


def make_quote_finder(nlp, name: str) -> QuoteFinder:
    return QuoteFinder()
