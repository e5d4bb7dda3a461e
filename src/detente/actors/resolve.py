"""Resolve a phrase head to actors, with the document's memory of who is who.

Part of the actors stage (actors/document.py runs it over the document in order).
Reads a token, the lexicon matches from recognize.py, spaCy's PERSON entities and the
`Memory` (memory.py) of the document read so far. Returns `Mention`s: a CAMEO code and
the reasons for it. This module resolves what needs the memory: pronouns, "the two
sides", "the country", "the group", counted people ("thousands of protesters") and
coordinated actors; noun phrases are read by phrases.py.
Data: data/grammar/word_lists.tsv.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.actors.lexicon import Entry
from detente.actors.memory import Memory, latest_before, latest_with_position
from detente.actors.phrases import NounPhrase, PhraseReader, split_code
from detente.actors.recognize import Match
from detente.doc_types import Mention
from detente.wordlists import words

__all__ = ["Memory", "Mention", "NounPhrase", "Resolver", "split_code"]
PERSON_PRONOUNS = words("person_pronouns")
GROUP_PRONOUNS = words("group_pronouns")
FIRST_PERSON = words("first_person")
IT_PRONOUNS = words("it_pronouns")
GROUP_NOUNS = words("group_nouns")  # with "two"/"both": the pair last named together
QUANTITIES = words("quantities")
COUNTRY_NOUNS = words("country_nouns")
GROUP_DESCRIPTIONS = words("group_descriptions")
PAIR_WORDS = words("pair_words")


def _counted(token: Token) -> Token | None:
    """What a quantity counts: 'thousands of protesters' -> protesters."""
    if token.lower_ not in QUANTITIES and token.pos_ != "NUM":
        return None
    counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return counted[0] if counted else None


class Resolver(PhraseReader):
    """Resolves phrase heads in one Doc; create one per document."""

    def __init__(self, doc: Doc, memory: Memory, countries: dict[str, Entry]) -> None:
        self.doc = doc
        self.memory = memory
        self.countries = countries
        self.matches: dict[int, Match] = doc._.detente_matches or {}
        self.person_ents = {t.i: ent for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        self._speaker: Mention | None = None

    # -- public -------------------------------------------------------------------------
    def actors(self, token: Token, speaker: Mention | None = None) -> list[Mention]:
        """All actors a phrase head stands for, conjuncts included."""
        found: list[Mention] = []
        nested = self._nested_conjuncts(token)
        shared = self._shared_country(token) if nested else None
        for head in [token, *token.conjuncts, *nested]:
            for mention in self.resolve(head, speaker):
                if head in nested and shared and (mention.guessed or not mention.country) and mention.agent:
                    # "X's federal government and rebel forces": the possessor before
                    # the coordination belongs to its first member too.
                    mention = replace(mention, code=shared + mention.agent, country=shared, guessed=False,
                                      why=(f"country {shared} from the phrase's possessor", *mention.why[:1]))
                if all(m.code != mention.code for m in found):
                    found.append(mention)
        return found

    def _nested_conjuncts(self, token: Token) -> list[Token]:
        """The parser often hangs the first of two coordinated actors on the second as a
        modifier: "[a country's government] and [rebel forces]", "[one leader] and [another]".
        Two country words before one noun ("the X and Y embassies") are only modifiers."""
        return [c for c in token.children if c.dep_ in ("nmod", "compound") and any(g.dep_ == "conj" for g in c.children)
                and not self._is_country_word(c)]

    def _shared_country(self, token: Token) -> str | None:
        for child in token.children:
            match = self.matches.get(child.i) if child.dep_ == "poss" else None
            entry = match.of_kind("country", "adjective", "capital") if match else None
            if entry:
                return entry.code[:3]
        return None

    def resolve(self, token: Token, speaker: Mention | None = None) -> list[Mention]:
        """The actors one phrase head stands for (not its conjuncts: see `actors`)."""
        self._speaker = speaker
        counted = _counted(token)
        if counted is not None:  # "hundreds of their supporters", "some of the rebels": the people counted
            return self.actors(counted, speaker)
        if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON | IT_PRONOUNS:
            return self._pronoun(token, speaker)
        described = self._country_noun(token) or self._group_description(token)
        if described:
            return described
        if self._is_group_phrase(token):
            two = any(c.lower_ in PAIR_WORDS for c in [token, *token.children])
            group = self.memory.group_before(token.i, parties=True, pair=two)
            return [self._as_anaphor(m, token, "'the two sides': the pair last named together") for m in group]
        return self._phrase(token)

    def _country_noun(self, token: Token) -> list[Mention]:
        """'the country's president', 'the kingdom': the country last named."""
        if token.lemma_.lower() not in COUNTRY_NOUNS or not self._bare(token) or token.tag_.endswith("S"):
            return []
        thing = latest_before([(i, m) for i, m in self.memory.last_thing if m.country and not m.group], token.i)
        if thing is None:
            return []
        country = self.countries.get(thing.country)
        name = country.name if country else thing.country
        return [Mention(thing.country, thing.country, None, None, name, token.i, token.i + 1,
                        (f"'{token.text}': {name}, the country last named",))]

    def _group_description(self, token: Token) -> list[Mention]:
        """'the group', 'the militia': the armed or political group last named."""
        if token.lemma_.lower() not in GROUP_DESCRIPTIONS or not self._bare(token):
            return []
        group = latest_before([(i, m) for i, m in self.memory.last_thing if m.group or "REB" in m.code[3:]], token.i)
        return [self._as_anaphor(group, token, f"'{token.text}': {group.code}, the group last named")] if group else []

    def remember(self, mentions: list[Mention], at: int) -> None:
        """Record mentions met at token `at` (people, groups, agents, things)."""
        if self.doc[at].dep_ in ("nsubj", "nsubjpass"):
            self.memory.subject_at.add(at)
        for mention in mentions:
            if mention.is_person:
                self.memory.last_person.append((at, mention))
            elif mention.country or mention.group:
                self.memory.last_thing.append((at, mention))
            if mention.agent and mention.country:
                self.memory.by_agent.setdefault(mention.agent, []).append((at, mention))
        distinct = {m.code for m in mentions}
        if len(distinct) >= 2:
            self.memory.groups.append((at, list(mentions)))

    # -- pronouns and anaphors --------------------------------------------------------------
    def _pronoun(self, token: Token, speaker: Mention | None) -> list[Mention]:
        lower = token.lower_
        if lower in FIRST_PERSON:
            return [self._as_anaphor(speaker, token, "first person in a quote: the speaker")] if speaker else []
        if lower in PERSON_PRONOUNS:
            return self._person_pronoun(token)
        if lower in GROUP_PRONOUNS:
            return self._group_pronoun(token)
        if lower in IT_PRONOUNS:
            thing = self.memory.thing_before(token.i)
            if thing and not thing.is_plural:
                return [self._as_anaphor(thing, token, f"'{token.text}': {thing.code}, last country or group named")]
        return []

    def _person_pronoun(self, token: Token) -> list[Mention]:
        """'he', 'she': the last person named, not the clause's own subject when the
        pronoun is an object ("X urged him to ..."; "X spoke with Y and urged him": X still)."""
        own: set[int] = set()
        verb = token.head
        while token.dep_ in ("dobj", "dative", "pobj"):
            own |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            if verb.dep_ != "conj":
                break
            verb = verb.head
        person = self.memory.person_before(token.i, exclude=own)
        return [self._as_anaphor(person, token, f"'{token.text}': {person.name or person.code}, last person named")] if person else []

    def _group_pronoun(self, token: Token) -> list[Mention]:
        """'they': a plural actor named as a subject ("the rebels said ... they fired"),
        or the group last named together, whichever is nearer."""
        plural = [(at, m) for at, m in self.memory.recent(self.memory.last_thing, token.i)
                  if at in self.memory.subject_at and (m.is_plural or m.group or "REB" in m.code[3:])]
        one = latest_with_position(plural, token.i)
        many = latest_with_position(self.memory.recent(self.memory.groups, token.i), token.i)
        if one and (not many or one[0] > many[0]):
            return [self._as_anaphor(one[1], token, f"'{token.text}': {one[1].code}, named as the subject before")]
        group = many[1] if many else []
        return [self._as_anaphor(m, token, f"'{token.text}': the pair last named together") for m in group]

    def _is_group_phrase(self, token: Token) -> bool:
        """'the two sides', 'both countries', 'the two', 'the sides'."""
        kids = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        if token.lower_ in PAIR_WORDS and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return True
        if any(c.i in self.matches or c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.subtree if c is not token):
            return False  # "two <nationality> officials" names its people
        return token.lemma_.lower() in GROUP_NOUNS and token.tag_ in ("NNS", "NNPS") and bool(kids & PAIR_WORDS or (token.lemma_.lower() == "side" and "the" in kids))

    def _bare(self, token: Token) -> bool:
        """Only 'the' before it: 'the group', 'the rebels' (not 'a group', 'Kurdish rebels')."""
        kids = [c for c in token.children if c.dep_ not in ("punct", "case")]
        return all(c.dep_ == "det" and c.lower_ == "the" for c in kids) and any(c.lower_ == "the" for c in kids)
