"""Find lexicon phrases in a parsed Doc: countries, organisations, people, agents.

spaCy component `detente_actor_matches`, first of detente's stages. Reads the tokens
(text and lemma) and the actor lexicon (data/actors/*.tsv and any user folders). Writes
`doc._.detente_matches`: token index -> `Match` for every token inside a matched
phrase. Longest match wins, left to right; a phrase may also match with its last
word lemmatised ("soldiers" finds "soldier", "Foreign Ministries" finds "foreign ministry").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from detente.actors.lexicon import ActorLexicon, Entry
from detente.errors import DetenteError

NAME = "detente_actor_matches"
REQUIRES = ["token.lemma"]
ASSIGNS = ["doc._.detente_matches"]


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indices, end exclusive
    end: int
    entries: tuple[Entry, ...]

    def of_kind(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


class ActorRecognizer:
    """spaCy component, after the parser and NER.

    The lexicon's phrases are walked as a trie of lower-cased words, so each token
    costs a dictionary lookup or two, whatever the lexicon's size.
    """

    def __init__(self, lexicon: ActorLexicon | None = None) -> None:
        self.lexicon: ActorLexicon | None = None
        self.trie: dict = {}
        if lexicon is not None:
            self.use(lexicon)

    def use(self, lexicon: ActorLexicon) -> ActorRecognizer:
        """Give the component its lexicon (spaCy configs hold no loaded objects)."""
        self.lexicon, self.trie = lexicon, {}
        for key in lexicon.lower:
            node = self.trie
            for word in key:
                node = node.setdefault(word, {})
            node[END] = key
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise DetenteError("detente_actor_matches has no lexicon: call .use(lexicon) after add_pipe")
        found: dict[int, Match] = {}
        lowers = [t.lower_ for t in doc]
        i = 0
        while i < len(doc):
            match = self._longest(doc, lowers, i)
            if match is None:
                i += 1
                continue
            for j in range(match.start, match.end):
                found[j] = match
            i = match.end
        doc._.detente_matches = found
        return doc

    def _longest(self, doc: Doc, lowers: list[str], i: int) -> Match | None:
        best: Match | None = None
        exact = self.lexicon.exact.get((doc[i].text,))
        if exact:
            best = Match(i, i + 1, tuple(exact))
        node, j = self.trie, i
        while j < len(doc):
            token = doc[j]
            # The last word may also match as its lemma: "soldiers" ends "soldier".
            lemma = token.lemma_.lower() if token.lemma_ and token.lemma_.lower() != lowers[j] else None
            if lemma and lemma in node and END in node[lemma] and not (j > i and token.is_punct):
                best = Match(i, j + 1, tuple(self.lexicon.lower[node[lemma][END]]))
            node = node.get(lowers[j])
            if node is None:
                break
            if END in node and not (j > i and token.is_punct):
                best = Match(i, j + 1, tuple(self.lexicon.lower[node[END]]))
            j += 1
        return best


END = ""  # marks a complete phrase in the trie (no word is empty)


def make_actor_recognizer(nlp, name: str) -> ActorRecognizer:
    return ActorRecognizer()
