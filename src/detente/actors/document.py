"""The actors of one document, met in reading order, with the document's memory.

spaCy component `detente_actors`, after `detente_actor_matches` and `detente_quotes`.
Reads the parse and entities, `doc._.detente_matches` (lexicon phrases),
`doc._.detente_quotes` (attribution subjects), `doc._.detente_skip` and
`doc._.published`. Writes `doc._.detente_actors`, a `DocumentActors`: every actor
phrase met in order (also as `doc.spans["detente_mentions"]`, labelled with the CAMEO
code), the speaker of each coded sentence, the conflicts the text names ("the war
between X and Y"), and the resolver later stages ask about argument heads. The
resolver's memory (people by name, the last person, groups named together) is built
here, in one pass before any event is read, so "he", surnames, "the two sides" and
quote speakers resolve the same whoever asks.

One feedback is allowed, explicitly: the argument linker reports the parties of each
reciprocal act (`note_parties`), so that a later "the two sides" means the pair that
last acted together rather than the pair last named together.
Data: the actor lexicon (through the matches) and data/grammar/word_lists.tsv.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.actors.lexicon import ActorLexicon, Entry
from detente.actors.resolve import Memory, Resolver
from detente.doc_types import MENTIONS, Mention, Quotes, skipped_tokens
from detente.errors import DetenteError
from detente.wordlists import words

NAME = "detente_actors"
REQUIRES = ["token.dep", "token.lemma", "token.pos", "token.ent_type", "doc._.detente_matches",
            "doc._.detente_quotes", "doc._.published"]
ASSIGNS = ["doc._.detente_actors", "doc.spans"]
CONFLICT_NOUNS = words("conflict_nouns")
SPEECH_VERBS = words("speech_verbs")
MODIFIER_DEPS = ("compound", "amod", "poss", "conj", "flat")
DIGEST_COHESION = 0.6  # in an article at least this share of paragraphs naming a country name one named before
DIGEST_MIN_ITEMS = 4  # ... counted over at least this many paragraphs


class DocumentActors:
    """Who is who in one document: the mentions met, speakers, named conflicts, memory."""

    def __init__(self, doc: Doc, countries: dict[str, Entry], quotes: Quotes) -> None:
        self.doc = doc
        self.quotes = quotes
        paragraphs, names = paragraph_spans(quotes), country_names(doc)
        digest = is_digest(names, paragraphs)
        self.memory = Memory(published=doc._.published, home=None if digest else home_country(names),
                             local_homes=paragraph_homes(names, paragraphs),
                             paragraph_starts=[start for start, _ in paragraphs] if digest else [],
                             plain=plain_paragraphs(doc, paragraphs))
        self.resolver = Resolver(doc, self.memory, countries)
        self.skipped = skipped_tokens(doc)
        self.mentions: list[Mention] = []
        self.speakers: dict[int, Mention | None] = {}  # coded sentence index -> its speaker
        self.conflicts: list[tuple[int, list[Mention]]] = []  # (position, the sides) named in the text

    # -- what later stages ask -------------------------------------------------------------
    def actors(self, token: Token, speaker: Mention | None = None) -> list[Mention]:
        """The actors a phrase head stands for, conjuncts included ("I" is `speaker`)."""
        return self.resolver.actors(token, speaker)

    def speaker_for(self, token: Token) -> Mention | None:
        """Who says the clause a token is in: the quote's speaker, or the subject of a
        speech verb above it ("X said (that) ...")."""
        if self.quotes.inside(token.idx):
            index = self.sent_index(token)
            return self.speakers.get(index) if index is not None else None
        for tok in token.ancestors:
            if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    found = self.resolver.actors(subject)
                    return found[0] if found else None
        return None

    def sent_index(self, token: Token) -> int | None:
        for i, sent in enumerate(self.quotes.sentences):
            if sent.start <= token.i < sent.end:
                return i
        return None

    def context_start(self, i: int) -> int:
        """The first token whose acts an event noun at token i may refer back to ("the attack"):
        any in an article, only nearby paragraphs in a digest of unrelated items."""
        return self.memory.reach(i)

    def parties_before(self, i: int) -> list[list[Mention]]:
        """The parties of reciprocal acts reported before token `i`, in reading order."""
        return [group for at, group in self.memory.recent(self.memory.event_groups, i) if at <= i]

    def note_parties(self, at: int, members: list[Mention]) -> None:
        """The one feedback from events: the parties of a reciprocal act at token `at`
        become a group named there (for a later "they") and a group that acted together
        (for a later "the two sides"). Nothing else in the memory changes."""
        if len({m.code for m in members}) >= 2:
            self.memory.groups.append((at, list(members)))
            self.memory.event_groups.append((at, list(members)))

    # -- the reading pass --------------------------------------------------------------------
    def read(self) -> None:
        """Meet every actor phrase in order; then give each sentence its speaker."""
        own: list[Mention | None] = []
        for sent, subject in zip(self.quotes.sentences, self.quotes.subjects):
            self._meet(sent)
            found = self.resolver.actors(subject) if subject is not None else []
            own.append(found[0] if found else None)
        self._assign_speakers(own)

    def _meet(self, sent: Span) -> None:
        for token in sent:
            if not self._names_someone(token):
                continue
            mentions = self.resolver.actors(token)
            self.resolver.remember(mentions, token.i)
            self.mentions.extend(mentions)
            if token.lemma_.lower() in CONFLICT_NOUNS:
                self._named_conflict(token)

    def _names_someone(self, token: Token) -> bool:
        """A phrase head that can name someone: a lexicon word or a name in or under it."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in MODIFIER_DEPS or token.i in self.skipped:
            return False
        matches = self.doc._.detente_matches or {}
        return token.i in matches or bool(token.ent_type_) or any(c.i in matches or c.ent_type_ for c in token.children)

    def _named_conflict(self, noun: Token) -> None:
        """A conflict noun with its sides in a 'between' phrase: a conflict the text names."""
        objects = [g for c in noun.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ == "between"
                   for g in c.children if g.dep_ == "pobj"]
        pair = [m for p in objects for m in self.resolver.actors(p)]
        if len({m.country for m in pair}) >= 2:
            self.conflicts.append((noun.i, pair))

    def _assign_speakers(self, own: list[Mention | None]) -> None:
        """A sentence mostly in quotes with no attribution takes the speaker of the nearest
        attributed sentence of its paragraph, before it or else after it."""
        paragraphs = self.quotes.paragraphs
        for i in range(len(self.quotes.sentences)):
            speaker = own[i]
            if speaker is None and self.quotes.shares[i] > 0.5:
                same = [j for j in range(len(own)) if paragraphs[j] == paragraphs[i] and own[j] is not None]
                before = [j for j in same if j < i]
                after = [j for j in same if j > i]
                if before or after:
                    speaker = own[before[-1]] if before else own[after[0]]
            self.speakers[i] = speaker


Names = list[tuple[int, str | None, str | None]]  # (token, country named, country named or through its organisation)


def country_names(doc: Doc) -> Names:
    """Each lexicon match that names a country, once: by name, adjective or capital, and (for
    a paragraph's country) also through a national organisation or armed group; IGOs name none."""
    names, seen = [], set()
    for i, match in (doc._.detente_matches or {}).items():
        if id(match) in seen:
            continue
        seen.add(id(match))
        own, wider = match.of_kind("country", "adjective", "capital"), match.of_kind("country", "adjective", "capital", "org")
        code, wide = (e.code[:3] if e and not e.code.startswith("IGO") else None for e in (own, wider))
        if wide or code:
            names.append((i, code, wide))
    return names


def country_counts(names: Names, start: int = 0, end: int | None = None, groups: bool = False) -> dict[str, int]:
    """How often each country is named in tokens start..end (with `groups`, also through its organisations)."""
    counts: dict[str, int] = {}
    for i, code, wide in names:
        named = wide if groups else code
        if named and start <= i and (end is None or i < end):
            counts[named] = counts.get(named, 0) + 1
    return counts


def home_country(names: Names) -> str | None:
    """The country the article is about, the default for 'the police', 'protesters': the
    one named most."""
    counts = country_counts(names)
    return max(counts, key=counts.get) if counts else None


def paragraph_spans(quotes: Quotes) -> list[tuple[int, int]]:
    """(first token, end token) of each paragraph's coded sentences, in order."""
    spans: dict[int, list[int]] = {}
    for sent, paragraph in zip(quotes.sentences, quotes.paragraphs):
        spans.setdefault(paragraph, [sent.start, sent.end])[1] = sent.end
    return [(start, end) for start, end in spans.values()]


def is_digest(names: Names, paragraphs: list[tuple[int, int]]) -> bool:
    """A text of unrelated items (a digest, a list of one-line reports), not an article: most
    paragraphs that name a country name none named before. In an article almost all do."""
    seen: set[str] = set()
    shared = counted = 0
    for start, end in paragraphs:
        here = set(country_counts(names, start, end))
        if here and seen:
            counted += 1
            shared += bool(here & seen)
        seen |= here
    return counted >= DIGEST_MIN_ITEMS and shared < DIGEST_COHESION * counted


def plain_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that name no political actor: no agent word, organisation, person or
    seat of government of the lexicon (sport, business and culture pages name countries and their people only)."""
    political = [i for i, m in (doc._.detente_matches or {}).items() if m.of_kind("agent", "org", "person", "capital")]
    return [(start, end) for start, end in paragraphs if not any(start <= i < end for i in political)]


def paragraph_homes(names: Names, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(first token, end token, country) for each paragraph that names one country most."""
    homes = []
    for start, end in paragraphs:
        counts = sorted(country_counts(names, start, end, groups=True).items(), key=lambda kv: -kv[1])
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            homes.append((start, end, counts[0][0]))
    return homes


class ActorStage:
    """spaCy component: `DocumentActors` for each Doc (see the module's docstring)."""

    def __init__(self, countries: dict[str, Entry] | None = None) -> None:
        self.countries = countries

    def use(self, lexicon: ActorLexicon) -> ActorStage:
        self.countries = lexicon.countries
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.countries is None:
            raise DetenteError("detente_actors has no lexicon: call .use(lexicon) after add_pipe")
        actors = DocumentActors(doc, self.countries, doc._.detente_quotes)
        actors.read()
        doc._.detente_actors = actors
        doc.spans[MENTIONS] = [Span(doc, m.start, m.end, label=m.code) for m in actors.mentions]
        return doc


def make_actor_stage(nlp, name: str) -> ActorStage:
    return ActorStage()
