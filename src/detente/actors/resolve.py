"""Resolve a noun phrase to actors, with the document's memory of who is who.

Reads a token's noun phrase (compounds, adjectives, possessors, appositions, "of"
phrases), the lexicon matches from recognize.py, spaCy's PERSON entities, and the
`Memory` of the document read so far. Returns `Mention`s: a CAMEO code and the
reasons for it. Pronouns, "the two sides", surnames and agent-only phrases ("the
police") are resolved from memory; a person met with a title keeps that code.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from detente.actors.lexicon import Entry
from detente.actors.recognize import Match

NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "case", "flat", "npadvmod", "quantmod", "prep", "pobj", "punct", "cc", "conj"}
OF_PREPS = {"of"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves", "theirs"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"}
IT_PRONOUNS = {"it", "its", "itself"}
GROUP_NOUNS = {
    "side", "two", "both", "pair", "country", "nation", "leader", "man", "woman", "minister", "government",
    "power", "envoy", "official", "party", "neighbour", "neighbor", "ally", "counterpart", "delegation", "state",
}
# Agent-only phrases that stand for a domestic actor of the article's country.
DOMESTIC_AGENTS = {"COP", "CVL", "OPP", "JUD", "LEG", "GOV", "MIL", "REB", "LAB", "MED", "BUS", "EDU", "HLH"}
QUANTITIES = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "most", "several", "all", "one", "two", "none", "part", "members", "group", "crowd", "crowds"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "state", "emirate"}
GROUP_DESCRIPTIONS = {"group", "movement", "militia", "paramilitary", "rebel", "militant", "insurgent", "organisation", "organization", "faction"}
QUANTIFIERS = {"all", "any", "some", "other", "many", "several", "each", "every", "no", "neither", "most", "few"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor: code and reasons, with the tokens it came from."""

    code: str
    country: str | None
    agent: str | None
    group: str | None
    name: str | None
    start: int  # token indices of the phrase, end exclusive
    end: int
    why: tuple[str, ...]
    is_person: bool = False
    is_plural: bool = False
    guessed: bool = False  # the country is the article's, not the phrase's


@dataclass
class Memory:
    """What the document has said so far: people by name, the last person, groups."""

    published: dt.date | None = None
    home: str | None = None  # the country the article is mostly about
    people: dict[str, Mention] = field(default_factory=dict)  # surname or full name -> mention
    last_person: list[tuple[int, Mention]] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # positions of people named as subjects
    groups: list[tuple[int, list[Mention]]] = field(default_factory=list)
    event_groups: list[tuple[int, list[Mention]]] = field(default_factory=list)  # parties of reciprocal acts
    by_agent: dict[str, list[tuple[int, Mention]]] = field(default_factory=dict)
    last_thing: list[tuple[int, Mention]] = field(default_factory=list)

    def person_before(self, i: int, reach: int = 60, exclude: set[int] = frozenset()) -> Mention | None:
        """The person 'he' or 'she' means: the latest named as a subject in the last few
        dozen words ("Kurti, speaking after meeting Borrell, said ..." -> Kurti), else the latest."""
        people = [(at, m) for at, m in self.last_person if at not in exclude]
        subject = _latest_before([(at, m) for at, m in people if at in self.subject_at and at > i - reach], i)
        return subject or _latest_before(people, i)

    def group_before(self, i: int, parties: bool = False, pair: bool = False) -> list[Mention]:
        """The group last named together; with `parties`, the last that acted together;
        with `pair`, only groups of two countries ("the two sides", "both sides")."""
        def kept(groups):
            return [(at, g) for at, g in groups if not pair or len({m.code for m in g}) == 2]
        return (_latest_before(kept(self.event_groups), i) if parties else None) or _latest_before(kept(self.groups), i) or []

    def thing_before(self, i: int) -> Mention | None:
        return _latest_before(self.last_thing, i)


def _latest_with_position(items: list, i: int):
    """(position, item) of the item recorded last before token `i`, or None."""
    best = None
    for at, item in items:
        if at < i and (best is None or at > best[0]):
            best = (at, item)
    return best


def _latest_before(items: list, i: int):
    """The item recorded at the greatest position before token `i` (records arrive out of order)."""
    best, best_at = None, -1
    for at, item in items:
        if best_at < at < i:
            best, best_at = item, at
    return best


def split_code(code: str) -> tuple[str | None, str | None]:
    """Country (or IGO prefix) and agent of a CAMEO actor code."""
    if code.startswith("IGO") or len(code) < 3:
        return None, None
    return code[:3], (code[3:6] or None)


class Resolver:
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
        # The parser often hangs the first of two coordinated actors on the second as a
        # modifier: "[Ethiopia's government] and [Tigrayan forces]", "[Yoon] and [Kishida]".
        nested = [c for c in token.children if c.dep_ in ("nmod", "compound") and any(g.dep_ == "conj" for g in c.children)
                  and not self._is_country_word(c)]  # "the U.S. and British embassies" are coordinated modifiers
        shared = self._shared_country(token) if nested else None
        for head in [token, *token.conjuncts, *nested]:
            for mention in self.resolve(head, speaker):
                if head in nested and shared and (mention.guessed or not mention.country) and mention.agent:
                    # "Ethiopia's federal government and Tigrayan forces": the possessor
                    # before the coordination belongs to its first member too.
                    mention = replace(mention, code=shared + mention.agent, country=shared, guessed=False,
                                      why=(f"country {shared} from the phrase's possessor", *mention.why[:1]))
                if all(m.code != mention.code for m in found):
                    found.append(mention)
        return found

    def _titled_name(self, head: Token):
        """'President Reagan' where the tagger found no PERSON: a capitalised name after a title."""
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
        holders = [head] + ([head.head] if head.dep_ in ("nsubj", "nsubjpass") else [])  # "people rallied in Niamey"
        counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if counted is not None and counted.dep_ in ("nsubj", "nsubjpass"):
            holders.append(counted.head)  # "thousands of people have rallied in Niamey"
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "from", "inside"):
                for obj in prep.children:
                    match = self.matches.get(obj.i) if obj.dep_ == "pobj" else None
                    entry = match.of_kind("country", "capital") if match else None
                    if entry:  # "protesters in Niamey": a capital is in its country, not its government
                        return [entry if entry.kind == "country" else self.countries.get(entry.code[:3], entry)]
        return []

    def _is_country_word(self, token: Token) -> bool:
        match = self.matches.get(token.i)
        return match is not None and match.of_kind("country", "adjective", "capital") is not None

    def _shared_country(self, token: Token) -> str | None:
        for child in token.children:
            match = self.matches.get(child.i) if child.dep_ == "poss" else None
            entry = match.of_kind("country", "adjective", "capital") if match else None
            if entry:
                return entry.code[:3]
        return None

    def resolve(self, token: Token, speaker: Mention | None = None) -> list[Mention]:
        self._speaker = speaker
        if token.lower_ in QUANTITIES or token.pos_ == "NUM":
            # "thousands of opposition supporters", "some of the rebels": the people counted
            counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if counted:
                return self.actors(counted[0], speaker)
        lower = token.lower_
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON | IT_PRONOUNS:
            return self._pronoun(token, speaker)
        if token.lemma_.lower() in COUNTRY_NOUNS and self._bare(token) and not token.tag_.endswith("S"):
            # "the country's president", "the kingdom": the country last named
            thing = _latest_before([(i, m) for i, m in self.memory.last_thing if m.country and not m.group], token.i)
            if thing is not None:
                country = self.countries.get(thing.country)
                name = country.name if country else thing.country
                return [Mention(thing.country, thing.country, None, None, name, token.i, token.i + 1,
                                (f"'{token.text}': {name}, the country last named",))]
        if token.lemma_.lower() in GROUP_DESCRIPTIONS and self._bare(token):
            group = _latest_before([(i, m) for i, m in self.memory.last_thing if m.group or "REB" in m.code[3:]], token.i)
            if group is not None:
                return [self._as_anaphor(group, token, f"'{token.text}': {group.code}, the group last named")]
        if self._is_group_phrase(token):
            two = any(c.lower_ in ("two", "both") for c in [token, *token.children])
            group = self.memory.group_before(token.i, parties=True, pair=two)
            return [self._as_anaphor(m, token, "'the two sides': the pair last named together") for m in group]
        return self._phrase(token)

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
            # "X urged him to ...": an object pronoun is not the clause's own subject
            own: set[int] = set()
            verb = token.head
            while token.dep_ in ("dobj", "dative", "pobj"):
                own |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
                if verb.dep_ != "conj":  # "X spoke with Y and urged him": X is still the subject
                    break
                verb = verb.head
            person = self.memory.person_before(token.i, exclude=own)
            return [self._as_anaphor(person, token, f"'{token.text}': {person.name or person.code}, last person named")] if person else []
        if lower in GROUP_PRONOUNS:
            # "they": a plural actor named as a subject ("the Houthis said ... they fired"),
            # or the group last named together, whichever is nearer.
            plural = [(at, m) for at, m in self.memory.last_thing
                      if at in self.memory.subject_at and (m.is_plural or m.group or "REB" in m.code[3:])]
            one = _latest_with_position(plural, token.i)
            many = _latest_with_position(self.memory.groups, token.i)
            if one and (not many or one[0] > many[0]):
                return [self._as_anaphor(one[1], token, f"'{token.text}': {one[1].code}, named as the subject before")]
            group = many[1] if many else []
            return [self._as_anaphor(m, token, f"'{token.text}': the pair last named together") for m in group]
        if lower in IT_PRONOUNS:
            thing = self.memory.thing_before(token.i)
            if thing and not thing.is_plural:
                return [self._as_anaphor(thing, token, f"'{token.text}': {thing.code}, last country or group named")]
        return []

    def _is_group_phrase(self, token: Token) -> bool:
        """'the two sides', 'both countries', 'the two', 'the sides'."""
        kids = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        if token.lower_ in ("two", "both") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return True
        if any(c.i in self.matches or c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.subtree if c is not token):
            return False  # "two North Korean officials" names its people
        return token.lemma_.lower() in GROUP_NOUNS and token.tag_ in ("NNS", "NNPS") and bool(kids & {"two", "both"} or (token.lemma_.lower() == "side" and "the" in kids))

    def _bare(self, token: Token) -> bool:
        """Only 'the' before it: 'the group', 'the rebels' (not 'a group', 'Kurdish rebels')."""
        kids = [c for c in token.children if c.dep_ not in ("punct", "case")]
        return all(c.dep_ == "det" and c.lower_ == "the" for c in kids) and any(c.lower_ == "the" for c in kids)

    def _as_anaphor(self, mention: Mention, token: Token, why: str) -> Mention:
        return Mention(mention.code, mention.country, mention.agent, mention.group, mention.name,
                       token.i, token.i + 1, (why, *mention.why), mention.is_person)

    # -- noun phrases -------------------------------------------------------------------
    def _phrase(self, head: Token) -> list[Mention]:
        tokens = self._np_tokens(head)
        if any(t.lower_ in QUANTIFIERS for t in tokens if t.dep_ in ("det", "amod", "predet") and t.head == head):
            return []
        start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
        why: list[str] = []
        person = self._person(head, tokens, why)
        igo = self._closest(head, tokens, "org")
        if person and person[0].endswith("ELI") and igo is not None and igo.code.startswith("IGO"):
            person = None  # a former official now acting for an organisation named beside him
        if person:
            code, name = person
            if self._is_former(tokens) and not code.endswith("ELI"):
                code, why = code[:3] + "ELI", why + ["'former': ELI"]
            return [self._mention(code, None, name, start, end, why, is_person=True)]
        ent = self.person_ents.get(head.i) or self._titled_name(head)
        org = igo
        agent, agent_why = self._agent(head, tokens)
        countries = self._countries(head, tokens)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "its police", "Kurti's government"
        if head.lemma_.lower() == "counterpart" and owner is not None and countries:
            # "his Pakistani counterpart": the country given, the role of the one whose counterpart
            role = next((m.agent for m in self._pronoun(owner, self._speaker) if m.agent), None)
            if role:
                agent = Entry("agent", role, "counterpart", "grammar")
                agent_why = f"'{head.text}': same role as '{owner.text}' ({role})"
        if owner is not None and not countries and not org and agent is not None:
            owners = [m for m in self.resolve(owner, self._speaker) if m.country]
            if owners:  # "its police", "our troops": the owner's country, this agent
                return [self._mention(owners[0].country + agent.code, None, None, start, end,
                                      [agent_why, *owners[0].why], is_plural=head.tag_ in ("NNS", "NNPS"))]
        if not countries and not org and agent is not None:
            countries = self._place_of(head)  # "protesters in Nairobi", "trade unions in Denmark"
        if ent is not None and not countries:
            # A named person: the title before the name says who they are, even
            # where the parse hung an organisation on the name ("to the U.N. Geng Shuang").
            title = self._title_before(ent)
            countries = [e for e in title if e.kind != "agent"][:1]
            if agent is None:
                agent = next((e for e in title if e.kind == "agent"), None)
                agent_why = f"'{agent.name}' agent {agent.code} in the title before the name ({agent.where})" if agent else ""
            if countries:
                org = None
        org_at = min((t.i for t in tokens if self.matches.get(t.i) and org in self.matches[t.i].entries), default=-1) if org else -1
        before_org = any(t.i < org_at and self.matches.get(t.i) and self.matches[t.i].of_kind("country", "adjective", "capital")
                         for t in tokens)
        if org and countries and before_org and not org.code.startswith("IGO") and org.code[:3] not in {c.code[:3] for c in countries}:
            # "Pakistan's Foreign Office" is not Britain's: a national body's generic name
            # takes the country the phrase gives, and keeps the body's role.
            agent = Entry("agent", org.code[3:6] or (agent.code if agent else "GOV"), org.name, org.where)
            agent_why = f"'{org.name}' a national body: role {agent.code} ({org.where})"
            org = None
        if org and self._is_former(tokens) and split_code(org.code)[0]:
            # "a former CIA official": no longer acting for the body; CAMEO's ELI
            why.append(f"'{org.name}' organisation {org.code} ({org.where}); 'former': ELI")
            return [self._mention(org.code[:3] + "ELI", None, org.name, start, end, why, is_person=ent is not None)]
        if org:
            why.append(f"'{org.name}' organisation {org.code} ({org.where})")
            group = org.code if org.code.startswith("IGO") or len(org.code) > 6 else None
            mention = self._mention(org.code, group, ent.text if ent is not None else org.name, start, end, why, is_person=ent is not None)
            if ent is not None:
                self._learn_person(ent, mention)
            return [mention]
        if countries:
            return self._country_mentions(head, tokens, countries, agent, agent_why, ent, start, end)
        named = head.pos_ == "PROPN" or (head.is_title and head.i > head.sent.start)  # the tagger calls some names nouns
        known = self._known_person(ent) if ent is not None else self.memory.people.get(head.lower_) if named else None
        if known:
            return [self._as_anaphor(known, head, f"'{head.text}': {known.name} named earlier")]
        head_match = self.matches.get(head.i)
        head_is_agent = head_match is not None and head_match.of_kind("agent") is not None
        if agent and (head_is_agent or ent is not None):
            return self._agent_only(head, tokens, agent, agent_why, ent, start, end)
        return []

    def _country_mentions(self, head: Token, tokens: list[Token], countries: list[Entry], agent: Entry | None,
                          agent_why: str, ent, start: int, end: int) -> list[Mention]:
        mentions = []
        former = self._is_former(tokens)
        for entry in countries:
            agent_code = agent.code if agent else ("GOV" if entry.kind == "capital" else None)
            if former and agent_code == "GOV":
                agent_code = "ELI"
            why = [f"'{entry.name}' {entry.kind} -> {entry.code[:3]} ({entry.where})"] + ([agent_why] if agent else [])
            mentions.append(self._mention(entry.code[:3] + (agent_code or ""), None, ent.text if ent is not None else None,
                                          start, end, why, is_person=ent is not None, is_plural=head.tag_ in ("NNS", "NNPS")))
        if ent is not None and mentions:
            self._learn_person(ent, mentions[0])
        return mentions

    def _agent_only(self, head: Token, tokens: list[Token], agent: Entry, agent_why: str, ent, start: int, end: int) -> list[Mention]:
        if agent.name in SPOKESPEOPLE:
            # "The ministry said ... , spokesman X said": the spokesperson of the body last named
            body = self.memory.thing_before(head.i)
            if body is not None and not body.is_person:
                why = [agent_why, f"speaks for {body.code}, the body last named"]
                return [self._mention(body.code, body.group, ent.text if ent is not None else None, start, end, why,
                                      is_person=ent is not None)]
        earlier = _latest_before(self.memory.by_agent.get(agent.code, []), head.i)
        if earlier is not None and earlier.country:
            why = [agent_why, f"country {earlier.country} from the last {agent.code} named"]
            country = earlier.country
        elif agent.code in DOMESTIC_AGENTS and self.memory.home and (ent is None):
            why = [agent_why, f"country {self.memory.home}: the country the article is about"]
            country = self.memory.home
        else:
            return []
        mention = self._mention(country + agent.code, None, ent.text if ent is not None else None, start, end, why,
                                is_person=ent is not None, is_plural=head.tag_ in ("NNS", "NNPS"))
        mention = replace(mention, guessed=True)  # the phrase names an agent, the country is inferred
        if ent is not None:
            self._learn_person(ent, mention)
        return [mention]

    def _title_before(self, ent) -> list[Entry]:
        """Countries and agents in the words just before a name, when the parse cut the
        title off ("Chinese special envoy for the Middle East Zhai Jun")."""
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
                out.append(child)
                stack.append(child)
        return out

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
        return tok.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in tok.children)

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
            return None  # "Turki al-Maliki" is not the "al-Maliki" of the lexicon
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
        return any(t.lower_ in ("former", "ex", "late") for t in tokens)

    def _learn_person(self, ent, mention: Mention) -> None:
        named = Mention(mention.code, mention.country, mention.agent, mention.group, ent.text,
                        mention.start, mention.end, mention.why, True)
        self.memory.people[ent.text.lower()] = named
        self.memory.people[ent[-1].text.lower()] = named
        # Chinese, Korean and Vietnamese names put the family name first ("Zhai Jun" -> "Zhai").
        self.memory.people.setdefault(ent[0].text.lower(), named)

    def _known_person(self, ent) -> Mention | None:
        people = self.memory.people
        return people.get(ent.text.lower()) or people.get(ent[-1].text.lower()) or people.get(ent[0].text.lower())

    def _mention(self, code: str, group: str | None, name: str | None, start: int, end: int, why: list[str],
                 is_person: bool = False, is_plural: bool = False) -> Mention:
        country, agent = split_code(code)
        return Mention(code, country, agent, group, name, start, end, tuple(why), is_person, is_plural)
