"""Shared fixtures: hand-built Docs (no model), a small lexicon, and the real pipeline."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.actors.lexicon import load_lexicon
from detente.events.lexicon import load_event_lexicon
from detente.pipeline import build_stages
from tests.small_lexicon import EVENTS, FILES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BLANK = spacy.blank("en")  # lexical attributes (lower case, shape) without a trained model

@pytest.fixture(scope="session")
def lexicons(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lexicon")
    (folder / "actors").mkdir()
    for name, text in FILES.items():
        (folder / "actors" / name).write_text(text)
    (folder / "events.tsv").write_text(EVENTS)
    return load_lexicon([folder / "actors"]), load_event_lexicon(folder / "events.tsv")


def build_doc(table: str, vocab: Vocab | None = None) -> Doc:
    """A Doc from rows of `word lemma POS TAG dep head [entity]`; heads are token indices.
    A word `<P>` is a paragraph break (a blank line in the text)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = ["\n\n" if r[0] == "<P>" else r[0] for r in rows]
    spaces = _spaces(words)
    ents, previous = [], None
    for r in rows:
        label = r[6] if len(r) > 6 else None
        ents.append("O" if label is None else ("I-" if label == previous else "B-") + label)
        previous = label
    return Doc(vocab or BLANK.vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows], ents=ents)


def _spaces(words: list[str]) -> list[bool]:
    """Spaces as news text has them: none before , . 's, none inside quotation marks' edges."""
    spaces, inside = [], False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == '"':
            inside = not inside
        opening = word == '"' and inside
        closing_next = nxt == '"' and inside
        spaces.append(nxt is not None and not opening and not closing_next and nxt not in (",", ".", "'s", "\n\n")
                      and word != "\n\n")
    return spaces


@pytest.fixture
def code_doc(lexicons):
    """Run detente's stages (actor matching to argument linking) on a hand-built Doc; returns the drafts."""
    actors, events = lexicons
    stages = build_stages(BLANK.vocab, actors, events)

    def run(table: str, published: dt.date = dt.date(2021, 8, 3)):
        doc = build_doc(table)
        doc._.published, doc._.detente_skip = published, []
        for _name, stage in stages.pipeline:
            doc = stage(doc)
        return doc._.detente_events

    return run


def dyads(drafts) -> set[tuple[str, str | None, str]]:
    return {(d.source.code, d.target.code if d.target else None, d.code) for d in drafts}


@pytest.fixture(scope="session")
def model_coder():
    from detente import coder

    return coder()
