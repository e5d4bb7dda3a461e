"""Layout before parsing: paragraphs, photo credit lines, keyword lines.

Reads the raw text (headline, blank line, paragraphs). Gives the pieces to parse
one by one (`chunks`), and the character ranges that report no event
(`skip_ranges`: a caption's credit "Name/Agency", a line of bare keywords
"Russia, Putin, China, meet").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# "Mikhail Svetlov/Getty Images", "JAAFAR ASHTIYEH/AFP/Getty Images", "(Reuters/Jane Doe)":
# capitalised names joined by slashes closing a paragraph.
CREDIT = re.compile(r"(?:\(?(?:Photo(?:graph)?(?: by)?:?\s*)?[A-Z](?:\.|[\w'’-]*)(?:\s+[A-Z](?:\.|[\w'’-]*)){0,4}(?:\s*/\s*[A-Z][\w.'’ -]*?)+\)?)\s*$")
# A dateline opening a story: "NAIROBI —", "GOMA, Congo -", "MEXICO CITY (Reuters) -".
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’ -]*?)?(?: \([A-Za-z ]+\))? ?[-—–]+ ")
# A keyword line: at least three short comma-separated items and no sentence punctuation.
KEYWORD_ITEM = re.compile(r"^[\w'’ -]{1,30}$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((offset + lead, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def is_keyword_line(line: str) -> bool:
    items = [item.strip() for item in line.split(",")]
    return len(items) >= 3 and all(KEYWORD_ITEM.match(i) and len(i.split()) <= 3 for i in items)


def skip_ranges(text: str) -> list[tuple[int, int]]:
    skips = []
    for start, end in paragraphs(text):
        line = text[start:end]
        dateline = DATELINE.match(line)
        if dateline:  # "GEORGETOWN, Guyana — The United States ...": a place, not a subject
            skips.append((start, start + dateline.end()))
        if is_keyword_line(line):
            skips.append((start, end))
            continue
        credit = CREDIT.search(line)
        # A credit follows the caption's last sentence: require the sentence end before it.
        if credit and credit.start() > 0 and line[: credit.start()].rstrip().endswith((".", ")")):
            skips.append((start + credit.start(), end))
    return skips


def chunks(text: str) -> list[str]:
    """The text cut at each paragraph and credit line; the pieces join back to `text`.

    Each piece is parsed as its own Doc: the parser never joins a headline, a
    caption's credit or a keyword line to the prose around it.
    """
    skips = skip_ranges(text)
    cuts = sorted({start for start, _ in paragraphs(text)} | {a for a, _ in skips} | {b for _, b in skips} | {0})
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def in_skip(doc: Doc, char: int) -> bool:
    return any(start <= char < end for start, end in doc._.detente_skip or ())
