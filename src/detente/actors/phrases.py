"""Noun phrases to actors: what a phrase's own words name, with the document's memory.

Part of the actors stage, mixed into `Resolver` (resolve.py), whose state it reads:
the Doc, the lexicon matches of recognize.py, spaCy's PERSON entities and the `Memory`.
A phrase (compounds, adjectives, possessors, appositions, "of" phrases) resolves to a
person of the people lexicon in the role of the publication date, an organisation, one
actor per country it names with its agent, a name met before, or an agent whose
country the document gives ("the police": the article's country). A person met with a
title keeps that code when named again.
Data: the actor lexicon and data/grammar/word_lists.tsv.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from detente.actors.lexicon import Entry
from detente.actors.memory import latest_before
from detente.doc_types import Mention
from detente.wordlists import words

NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "case", "flat", "npadvmod", "quantmod", "prep", "pobj", "punct", "cc", "conj"}
OF_PREPS = {"of"}
DOMESTIC_AGENTS = words("domestic_agents")  # agent-only phrases for a domestic actor of the article's country
SPOKESPEOPLE = words("spokespeople")
QUANTIFIERS = words("quantifiers")
FORMER = words("former_words")
PLACE_PREPS = words("place_preps")
COUNTRY_WORDS = words("country_nouns") | words("group_nouns")


@dataclass
class NounPhrase:
    """What `Resolver._phrase` has read of one noun phrase so far."""

    head: Token
    tokens: list[Token]
    start: int  # token indices, end exclusive
    end: int
    why: list[str] = field(default_factory=list)
    ent: Span | None = None  # the person's name in it, if any
    org: Entry | None = None
    agent: Entry | None = None
    agent_why: str = ""
    countries: list[Entry] = field(default_factory=list)
    owner: Token | None = None  # a possessor: "its police"

    @property
    def plural(self) -> bool:
        return self.head.tag_ in ("NNS", "NNPS")

    @property
    def name(self) -> str | None:
        return self.ent.text if self.ent is not None else None


def split_code(code: str) -> tuple[str | None, str | None]:
    """Country (or IGO prefix) and agent of a CAMEO actor code."""
    if code.startswith("IGO") or len(code) < 3:
        return None, None
    return code[:3], (code[3:6] or None)


class PhraseReader:
    """Mixed into `Resolver`: noun phrases, names and titles."""

    # -- noun phrases -------------------------------------------------------------------
    def _phrase(self, head: Token) -> list[Mention]:
        """A noun phrase from what it names: a known person, an organisation, a country with
        an agent, a name met before, or an agent whose country the document gives."""
        tokens = self._np_tokens(head)
        if any(t.lower_ in QUANTIFIERS for t in tokens if t.dep_ in ("det", "amod", "predet") and t.head == head):
            return []  # "some officials", "all parties": nobody in particular
        np = NounPhrase(head, tokens, min(t.i for t in tokens), max(t.i for t in tokens) + 1)
        np.org = self._closest(head, tokens, "org")
        person = self._lexicon_person(np)
        if person:
            return person
        self._read_parts(np)
        owned = self._owned(np)
        if owned:
            return owned
        self._from_context(np)
        return self._as_organisation(np) or self._as_countries(np) or self._as_named_before(np) or self._as_agent(np)

    def _lexicon_person(self, np: NounPhrase) -> list[Mention]:
        """A person of the people lexicon, in the role of the publication date."""
        person = self._person(np.head, np.tokens, np.why)
        if person and person[0].endswith("ELI") and np.org is not None and np.org.code.startswith("IGO"):
            return []  # a former official now acting for an organisation named beside him
        if not person:
            return []
        code, name = person
        why = np.why
        if self._is_former(np.tokens) and not code.endswith("ELI"):
            code, why = code[:3] + "ELI", why + ["'former': ELI"]
        return [self._mention(code, None, name, np.start, np.end, why, is_person=True)]

    def _read_parts(self, np: NounPhrase) -> None:
        """The phrase's name, agent and countries; a counterpart takes its owner's role
        ("his <nationality> counterpart": the country given, the role of the owner)."""
        head = np.head
        np.ent = self.person_ents.get(head.i) or self._titled_name(head)
        np.agent, np.agent_why = self._agent(head, np.tokens)
        np.countries = self._countries(head, np.tokens)
        np.owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "its police", "<leader>'s government"
        if head.lemma_.lower() == "counterpart" and np.owner is not None and np.countries:
            role = next((m.agent for m in self._pronoun(np.owner, self._speaker) if m.agent), None)
            if role:
                np.agent = Entry("agent", role, "counterpart", "grammar")
                np.agent_why = f"'{head.text}': same role as '{np.owner.text}' ({role})"

    def _owned(self, np: NounPhrase) -> list[Mention]:
        """'its police', 'our troops': an agent of the owner's country."""
        if np.owner is None or np.countries or np.org or np.agent is None:
            return []
        owners = [m for m in self.resolve(np.owner, self._speaker) if m.country]
        if not owners:
            return []
        return [self._mention(owners[0].country + np.agent.code, None, None, np.start, np.end,
                              [np.agent_why, *owners[0].why], is_plural=np.plural)]

    def _from_context(self, np: NounPhrase) -> None:
        """What the words around the phrase add: the place of an agent ("protesters in
        <capital>"), the title cut off before a name, the country of a national body."""
        if not np.countries and not np.org and np.agent is not None:
            np.countries = self._place_of(np.head)
        if np.ent is not None and not np.countries:
            self._title_of_name(np)
        self._national_body(np)

    def _title_of_name(self, np: NounPhrase) -> None:
        """A named person: the title before the name says who they are, even where the
        parse hung an organisation on the name ("<country>'s envoy to the U.N. <name>")."""
        title = self._title_before(np.ent)
        np.countries = [e for e in title if e.kind != "agent"][:1]
        if np.agent is None:
            np.agent = next((e for e in title if e.kind == "agent"), None)
            np.agent_why = f"'{np.agent.name}' agent {np.agent.code} in the title before the name ({np.agent.where})" if np.agent else ""
        if np.countries:
            np.org = None

    def _national_body(self, np: NounPhrase) -> None:
        """"<country>'s Foreign Office" is not the lexicon's own: a national body's generic
        name takes the country the phrase gives before it, and keeps the body's role."""
        org = np.org
        if not org or not np.countries or org.code.startswith("IGO") or org.code[:3] in {c.code[:3] for c in np.countries}:
            return
        org_at = min((t.i for t in np.tokens if self.matches.get(t.i) and org in self.matches[t.i].entries), default=-1)
        if not any(t.i < org_at and self._is_country_word(t) for t in np.tokens):
            return
        np.agent = Entry("agent", org.code[3:6] or (np.agent.code if np.agent else "GOV"), org.name, org.where)
        np.agent_why = f"'{org.name}' a national body: role {np.agent.code} ({org.where})"
        np.org = None

    def _as_organisation(self, np: NounPhrase) -> list[Mention]:
        org = np.org
        if not org:
            return []
        if self._is_former(np.tokens) and split_code(org.code)[0]:
            # "a former <agency> official": no longer acting for the body; CAMEO's ELI
            np.why.append(f"'{org.name}' organisation {org.code} ({org.where}); 'former': ELI")
            return [self._mention(org.code[:3] + "ELI", None, org.name, np.start, np.end, np.why, is_person=np.ent is not None)]
        np.why.append(f"'{org.name}' organisation {org.code} ({org.where})")
        group = org.code if org.code.startswith("IGO") or len(org.code) > 6 else None
        mention = self._mention(org.code, group, np.ent.text if np.ent is not None else org.name, np.start, np.end, np.why,
                                is_person=np.ent is not None)
        if np.ent is not None:
            self._learn_person(np.ent, mention)
        return [mention]

    def _as_countries(self, np: NounPhrase) -> list[Mention]:
        """One actor per country the phrase names, with the phrase's agent."""
        if self._private_name(np):
            return []
        former = self._is_former(np.tokens)
        mentions = [self._country_mention(np, entry, former) for entry in np.countries]
        if np.ent is not None and mentions:
            self._learn_person(np.ent, mentions[0])
        return mentions

    def _private_name(self, np: NounPhrase) -> bool:
        """A name the lexicon does not know, with a country and no role ("<country>'s <name>",
        "<nationality> singer <name>"): a person or firm from that country, no political actor."""
        if np.agent is not None or np.org is not None or self.matches.get(np.head.i) is not None:
            return False
        if np.ent is not None or (np.head.pos_ == "PROPN" and np.head.ent_type_ in ("ORG", "PERSON", "")):
            return True
        # "Australia's cricketers", "a Chinese carmaker" where nothing around names a political actor:
        # people or things of that country in no political role
        return (np.head.pos_ == "NOUN" and np.head.lemma_.lower() not in COUNTRY_WORDS
                and self.memory.is_plain(np.head.i))

    def _country_mention(self, np: NounPhrase, entry: Entry, former: bool) -> Mention:
        agent_code = np.agent.code if np.agent else ("GOV" if entry.kind == "capital" else None)
        if former and agent_code == "GOV":
            agent_code = "ELI"
        why = [f"'{entry.name}' {entry.kind} -> {entry.code[:3]} ({entry.where})"] + ([np.agent_why] if np.agent else [])
        return self._mention(entry.code[:3] + (agent_code or ""), None, np.name, np.start, np.end, why,
                             is_person=np.ent is not None, is_plural=np.plural)

    def _as_named_before(self, np: NounPhrase) -> list[Mention]:
        """A name (or surname) the document has tied to an actor before."""
        head = np.head
        named = head.pos_ == "PROPN" or (head.is_title and head.i > head.sent.start)  # the tagger calls some names nouns
        known = self._known_person(np.ent) if np.ent is not None else self.memory.people.get(head.lower_) if named else None
        return [self._as_anaphor(known, head, f"'{head.text}': {known.name} named earlier")] if known else []

    def _as_agent(self, np: NounPhrase) -> list[Mention]:
        """An agent with no country in the phrase ("the police", "spokesman X")."""
        head_match = self.matches.get(np.head.i)
        head_is_agent = head_match is not None and head_match.of_kind("agent") is not None
        if np.agent and (head_is_agent or np.ent is not None):
            return self._agent_only(np)
        return []

    def _agent_only(self, np: NounPhrase) -> list[Mention]:
        """A spokesperson speaks for the body last named; another agent takes the country of
        the last such agent named, or for a domestic agent the country the article is about."""
        agent = np.agent
        if agent.name in SPOKESPEOPLE:
            body = self.memory.thing_before(np.head.i)
            if body is not None and not body.is_person:
                why = [np.agent_why, f"speaks for {body.code}, the body last named"]
                return [self._mention(body.code, body.group, np.name, np.start, np.end, why, is_person=np.ent is not None)]
        country, why = self._agent_country(np)
        if country is None:
            return []
        mention = self._mention(country + agent.code, None, np.name, np.start, np.end, why,
                                is_person=np.ent is not None, is_plural=np.plural)
        mention = replace(mention, guessed=True)  # the phrase names an agent, the country is inferred
        if np.ent is not None:
            self._learn_person(np.ent, mention)
        return [mention]

    def _agent_country(self, np: NounPhrase) -> tuple[str | None, list[str]]:
        agent, at = np.agent, np.head.i
        named = self.memory.by_agent.get(agent.code, [])
        earlier = latest_before(self.memory.recent(named, at), at)  # the last of these agents named
        if earlier is not None and earlier.country:
            return earlier.country, [np.agent_why, f"country {earlier.country} from the last {agent.code} named"]
        speaker = self._speaker  # "<country>'s spokesman said the government had ...": the speaker's own government
        if agent.code == "GOV" and np.ent is None and speaker is not None and speaker.country:
            return speaker.country, [np.agent_why, f"country {speaker.country}: the government of the speaker who reports it"]
        # a titled name ("President <name>") only takes the country its own paragraph is about
        home = self.memory.home_at(at, local_only=np.ent is not None)
        if agent.code in DOMESTIC_AGENTS and home:
            return home, [np.agent_why, f"country {home}: the country the article (or its paragraph) is about"]
        return None, []

    def _titled_name(self, head: Token):
        """A title before a capitalised name the tagger found no PERSON in: a named person."""
        if head.pos_ != "PROPN" or not head.is_title or head.i in self.matches:
            return None
        titles = [c.i for c in head.children if c.dep_ == "compound" and c.i < head.i and self.matches.get(c.i)
                  and self.matches[c.i].of_kind("agent")]
        if not titles:
            return None
        start = max(titles) + 1
        if any(not t.is_title or t.pos_ != "PROPN" for t in self.doc[start:head.i + 1]):
            return None
        return self.doc[start:head.i + 1]

    def _place_of(self, head: Token) -> list[Entry]:
        holders = [head] + ([head.head] if head.dep_ in ("nsubj", "nsubjpass") else [])  # "people rallied in <capital>"
        counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if counted is not None and counted.dep_ in ("nsubj", "nsubjpass"):
            holders.append(counted.head)  # "thousands of people have rallied in <capital>"
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                for obj in prep.children:
                    match = self.matches.get(obj.i) if obj.dep_ == "pobj" else None
                    entry = match.of_kind("country", "capital") if match else None
                    if entry:  # "protesters in <capital>": a capital is in its country, not its government
                        return [entry if entry.kind == "country" else self.countries.get(entry.code[:3], entry)]
        return []

    def _is_country_word(self, token: Token) -> bool:
        match = self.matches.get(token.i)
        return match is not None and match.of_kind("country", "adjective", "capital") is not None

    def _title_before(self, ent) -> list[Entry]:
        """Countries and agents in the words just before a name, when the parse cut the
        title off ("<nationality> special envoy for <region> <name>")."""
        found: list[Entry] = []
        for i in range(ent.start - 1, max(ent.sent.start, ent.start - 12) - 1, -1):
            tok = self.doc[i]
            if tok.is_punct and tok.text not in ("-", "'s", "’s") or tok.pos_ in ("CCONJ", "VERB", "AUX", "PRON"):
                break
            if tok.ent_type_ == "PERSON":
                break
            match = self.matches.get(i)
            entry = match.of_kind("adjective", "country", "agent") if match else None
            if entry and all(e.kind != entry.kind for e in found):
                found.append(entry)
        return found

    def _np_tokens(self, head: Token) -> list[Token]:
        out, stack = [head], [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ not in NP_DEPS:
                    continue
                if (tok == head and child.dep_ in ("nmod", "compound") and any(g.dep_ == "conj" for g in child.children)
                        and not self._is_country_word(child)):
                    continue  # a coordinated actor of its own (see `actors`)
                if child.dep_ == "prep" and child.lower_ not in OF_PREPS:
                    continue
                if child.dep_ in ("conj", "cc") and tok == head:
                    continue  # conjuncts of the head are actors of their own
                if child.dep_ == "appos" and child.pos_ == "NOUN" and tok == head and self._names_itself(head):
                    continue  # a head that names an actor keeps it: "<country>, a member of <alliance>," is the country
                    # (a proper-noun apposition is more often a list the parser misread: "A, B, C and D")
                out.append(child)
                stack.append(child)
        return out

    def _names_itself(self, head: Token) -> bool:
        """The head is a country, organisation or person of the lexicon (not a title or agent word)."""
        match = self.matches.get(head.i)
        return match is not None and match.of_kind("country", "capital", "org", "person") is not None

    def _closest(self, head: Token, tokens: list[Token], kind: str) -> Entry | None:
        best = None
        for tok in sorted(tokens, key=lambda t: (abs(t.i - head.i), -t.i)):
            match = self.matches.get(tok.i)
            entry = match.of_kind(kind) if match else None
            if entry:
                best = entry
                break
        return best

    def _countries(self, head: Token, tokens: list[Token]) -> list[Entry]:
        """Country entries in the phrase; coordinated adjectives give several."""
        seen: dict[str, Entry] = {}
        ordered = sorted(tokens, key=lambda t: (abs(t.i - head.i), -t.i))
        for tok in ordered:
            match = self.matches.get(tok.i)
            entry = match.of_kind("country", "adjective", "capital") if match else None
            if entry and entry.code[:3] not in seen:
                if seen and not self._coordinated(tok):
                    continue
                seen[entry.code[:3]] = entry
        return list(seen.values())

    @staticmethod
    def _coordinated(tok: Token) -> bool:
        """Joined to another of the phrase's words: "A and B", or by a hyphen ("<nationality>-<nationality> talks")."""
        if tok.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in tok.children):
            return True
        return tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and tok.doc[tok.i + 1].head in (tok, tok.head) \
            and tok.head.i == tok.i + 2 and tok.head.pos_ == tok.pos_

    def _agent(self, head: Token, tokens: list[Token]) -> tuple[Entry | None, str]:
        for tok in sorted(tokens, key=lambda t: (abs(t.i - head.i), -t.i)):
            if tok.i > head.i:
                continue
            match = self.matches.get(tok.i)
            entry = match.of_kind("agent") if match else None
            if entry:
                return entry, f"'{self.doc[match.start:match.end].text}' agent {entry.code} ({entry.where})"
        return None, ""

    def _person(self, head: Token, tokens: list[Token], why: list[str]) -> tuple[str, str] | None:
        """A person the lexicon knows, with the role in force on the publication date."""
        match = self.matches.get(head.i)
        entry = match.of_kind("person") if match else None
        if entry is None:
            return None
        ent = self.person_ents.get(head.i)
        if ent is not None and (ent.start < match.start or ent.end > match.end):
            return None  # a longer name is someone else: "<given name> al-X" is not the lexicon's "al-X"
        known = self._known_person(ent if ent is not None else self.doc[head.i:head.i + 1])
        if match.end - match.start == 1 and known is not None:
            why.append(f"'{head.text}': {known.name} named earlier")  # the article's own tie wins
            return known.code, known.name or head.text
        role, note = entry.role_on(self.memory.published)
        if role is None:
            return None
        why.append(f"'{entry.name}' person ({entry.where}); {note}")
        if ent is not None:
            self._learn_person(ent, self._mention(role.code, None, entry.name, head.i, head.i + 1, why, is_person=True))
        return role.code, entry.name

    def _is_former(self, tokens: list[Token]) -> bool:
        return any(t.lower_ in FORMER for t in tokens)

    def _learn_person(self, ent, mention: Mention) -> None:
        named = Mention(mention.code, mention.country, mention.agent, mention.group, ent.text,
                        mention.start, mention.end, mention.why, True)
        self.memory.people[ent.text.lower()] = named
        self.memory.people[ent[-1].text.lower()] = named
        # Chinese, Korean and Vietnamese names put the family name first: the first word is a surname too.
        self.memory.people.setdefault(ent[0].text.lower(), named)

    def _known_person(self, ent) -> Mention | None:
        people = self.memory.people
        return people.get(ent.text.lower()) or people.get(ent[-1].text.lower()) or people.get(ent[0].text.lower())

    def _as_anaphor(self, mention: Mention, token: Token, why: str) -> Mention:
        return Mention(mention.code, mention.country, mention.agent, mention.group, mention.name,
                       token.i, token.i + 1, (why, *mention.why), mention.is_person)

    def _mention(self, code: str, group: str | None, name: str | None, start: int, end: int, why: list[str],
                 is_person: bool = False, is_plural: bool = False) -> Mention:
        country, agent = split_code(code)
        return Mention(code, country, agent, group, name, start, end, tuple(why), is_person, is_plural)
